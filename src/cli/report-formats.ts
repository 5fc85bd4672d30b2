// Output of `thethuc check`: text like a linter, JSON as product.md specifies, and SARIF 2.1.0.

import { terminalJson, terminalText } from "../text/terminal-text";
import { summaryLine, type Language } from "../check/engine";
import { floodGroups, groupFloods, groupLine, paragraphRanges } from "../check/finding-groups";
import { RULES } from "../check/rules";
import type { CheckResult, Finding } from "../check/types";
import type { BatchSummary } from "../report/batch-summary";

export type FileOutcome = { readonly file: string } & (
  { readonly result: CheckResult } | { readonly error: string }
);

const SEVERITY_WORDS: Readonly<Record<Language, Readonly<Record<Finding["severity"], string>>>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "gợi ý" },
  en: { error: "error", warning: "warning", info: "note" },
};

/**
 * One block per file: a line per finding (paragraphs counted from 1 for people), many findings of one rule folded into
 * one line with their count and the list of their paragraphs, then the summary and coverage.
 */
export function textReport(outcomes: readonly FileOutcome[], language: Language): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if ("error" in outcome) continue;
    const { result } = outcome;
    lines.push(
      `${outcome.file} (${result.profile}${result.documentType ? `, ${result.documentType}` : ""})`
    );
    const para = language === "vi" ? "đoạn" : "para";
    for (const entry of groupFloods(result.findings)) {
      const finding = entry.kind === "finding" ? entry.finding : entry.group.findings[0];
      if (!finding) continue;
      const where = finding.paragraph === null ? "—" : `${para} ${finding.paragraph + 1}`;
      const severity = SEVERITY_WORDS[language][finding.severity];
      const fixes =
        entry.kind === "finding"
          ? finding.fix
            ? 1
            : 0
          : entry.group.findings.filter((f) => f.fix).length;
      const fixable = fixes > 0 ? (language === "vi" ? " (sửa được)" : " (fixable)") : "";
      const message = entry.kind === "finding" ? finding.message : groupLine(entry.group, language);
      lines.push(
        `  ${where.padEnd(9)} ${severity.padEnd(9)} ${message}${fixable}  ${finding.rule} ${finding.source}`
      );
      if (entry.kind === "group")
        lines.push(
          `  ${"".padEnd(9)} ${"".padEnd(9)} ${para}: ${paragraphRanges(entry.group.paragraphs)}`
        );
    }
    lines.push(`  ${summaryLine(result, language)}`);
    for (const open of result.coverage.notEvaluated) {
      lines.push(
        `  ${language === "vi" ? "chưa đánh giá" : "not evaluated"}: ${open.rule} — ${open.reason[language]}`
      );
    }
    lines.push("");
  }
  // Each line escaped on its own: a newline inside a file name or a finding stays inside its line.
  return lines.map(terminalText).join("\n");
}

/** One file of the JSON report: its result, or `error` for an unreadable file. */
export function jsonFile(outcome: FileOutcome): object {
  return "error" in outcome
    ? { file: outcome.file, error: outcome.error }
    : {
        file: outcome.file,
        profile: outcome.result.profile,
        documentType: outcome.result.documentType,
        summary: summaryLine(outcome.result, "en"),
        findings: outcome.result.findings,
        // Many findings of one rule, counted once with their paragraphs; every one of them is in `findings` too.
        groups: floodGroups(outcome.result.findings).map((group) => ({
          rule: group.rule,
          severity: group.severity,
          count: group.findings.length,
          paragraphs: group.paragraphs,
          message: group.same ? group.findings[0]?.message : null,
        })),
        coverage: outcome.result.coverage,
      };
}

/**
 * `{"files":[{"file","profile","documentType","findings":[…],"coverage":{…}}],"summary":{…}}`; unreadable files carry
 * `error`; the batch summary when given.
 */
export function jsonReport(outcomes: readonly FileOutcome[], summary?: BatchSummary): string {
  const files = outcomes.map(jsonFile);
  return `${terminalJson(JSON.stringify(summary ? { files, summary } : { files }, null, 2))}\n`;
}

const SARIF_LEVEL: Readonly<Record<Finding["severity"], string>> = {
  error: "error",
  warning: "warning",
  info: "note",
};

/** A SARIF 2.1.0 log: one run, the rule catalogue, one result per finding, unreadable files as notifications. */
export function sarifReport(
  outcomes: readonly FileOutcome[],
  language: Language,
  version: string
): string {
  const used = new Set(
    outcomes.flatMap((o) => ("result" in o ? o.result.findings.map((f) => f.rule) : []))
  );
  const rules = RULES.filter((rule) => used.has(rule.meta.id)).map((rule) => ({
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description[language] },
    defaultConfiguration: { level: SARIF_LEVEL[rule.meta.severity] },
    properties: { category: rule.meta.category, source: rule.meta.source },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = outcomes.flatMap((outcome) =>
    "result" in outcome
      ? outcome.result.findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: ruleIndex.get(finding.rule),
          level: SARIF_LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: encodeURI(outcome.file) } },
              ...(finding.paragraph === null
                ? {}
                : {
                    logicalLocations: [
                      {
                        name: `paragraph ${finding.paragraph}`,
                        kind: "element",
                        index: finding.paragraph,
                      },
                    ],
                  }),
            },
          ],
          properties: {
            category: finding.category,
            source: finding.source,
            paragraph: finding.paragraph,
            text: finding.text,
          },
        }))
      : []
  );
  const notifications = outcomes.flatMap((outcome) =>
    "error" in outcome
      ? [
          {
            level: "error",
            message: { text: `${outcome.file}: ${outcome.error}` },
            locations: [
              { physicalLocation: { artifactLocation: { uri: encodeURI(outcome.file) } } },
            ],
          },
        ]
      : []
  );
  const log = {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: { driver: { name: "thethuc", version, rules } },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications,
          },
        ],
        results,
      },
    ],
  };
  return `${terminalJson(JSON.stringify(log, null, 2))}\n`;
}
