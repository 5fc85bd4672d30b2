// From a check's result to what the Check pane lists: findings in order or by category, filtered by severity, the
// findings ignored one by one, the safe fixes, counts by severity.

import { type FindingGroup, groupFloods } from "../check/finding-groups";
import {
  CATEGORIES,
  type Category,
  type CheckResult,
  type Finding,
  type Fix,
  type Message,
  type Severity,
} from "../check/types";

/** A fix that only sets formatting: applied without a preview of its own. */
export function isSafeFix(fix: Fix | undefined): fix is Extract<Fix, { kind: "format" }> {
  return fix?.kind === "format";
}

/** A text fix whose span lies inside the paragraph as checked, so its change can be shown before it is made. */
function fitsText(fix: Fix, paragraphs: readonly { readonly text: string }[]): boolean {
  if (fix.kind !== "text") return false;
  const text = paragraphs[fix.paragraph]?.text;
  return text !== undefined && fix.start >= 0 && fix.start <= fix.end && fix.end <= text.length;
}

/**
 * The findings "fix all" fixes: every format fix and every text fix (Unicode form, tone marks, spacing, …) whose
 * change can be shown; page fixes are left to Word's own dialog.
 */
export function fixAllFindings(
  findings: readonly Finding[],
  paragraphs: readonly { readonly text: string }[]
): Finding[] {
  return findings.filter(
    (finding) =>
      isSafeFix(finding.fix) || (finding.fix !== undefined && fitsText(finding.fix, paragraphs))
  );
}

/** How many findings of each severity. */
export function severityCounts(findings: readonly Finding[]): Readonly<Record<Severity, number>> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

// What each rule checks, as the last check (in the document worker) reported: the rule registry is not evaluated on
// the pane's thread (it held the pane ~170 ms, ~700 ms at 4× throttle, when the Check pane's code was preloaded).
let descriptions: Readonly<Record<string, Message>> = {};

/** Keeps the rules' descriptions a check reported (see `ruleDescription`). */
export function rememberRuleDescriptions(reported: Readonly<Record<string, Message>>): void {
  descriptions = reported;
}

/**
 * What a rule checks, in both languages ("Chữ màu đen"), or undefined for an id the registry no longer has (or before
 * the first check, when no rule is listed anyway).
 */
export function ruleDescription(rule: string): Message | undefined {
  return Object.hasOwn(descriptions, rule) ? descriptions[rule] : undefined;
}

/** A stable key for a finding within one result. */
export function findingKey(finding: Finding, index: number): string {
  return `${finding.rule}@${finding.paragraph ?? "doc"}:${finding.start ?? ""}:${index}`;
}

/** Which findings the list shows: errors only, errors and warnings, or everything (notes too). */
export type SeverityFilter = "errors" | "serious" | "all";
export const SEVERITY_FILTERS: readonly SeverityFilter[] = ["errors", "serious", "all"];

/** How the list is laid out: in the order of the document (the default), or in folds by part of the document. */
export type FindingView = "order" | "group";

export function passesFilter(finding: Finding, filter: SeverityFilter): boolean {
  return (
    filter === "all" ||
    finding.severity === "error" ||
    (filter === "serious" && finding.severity === "warning")
  );
}

/** How many findings each filter would show, for the filter's own labels. */
export function filterCounts(
  findings: readonly Finding[]
): Readonly<Record<SeverityFilter, number>> {
  const counts = severityCounts(findings);
  return {
    errors: counts.error,
    serious: counts.error + counts.warning,
    all: counts.error + counts.warning + counts.info,
  };
}

/** A finding as the pane lists it: its place in the check's result (document order) is its id. */
export interface ListedFinding {
  readonly id: number;
  readonly finding: Finding;
}

/** The findings the filter lets through, in document order (the order the checker returns them in). */
export function listFindings(
  findings: readonly Finding[],
  filter: SeverityFilter
): ListedFinding[] {
  const listed: ListedFinding[] = [];
  findings.forEach((finding, id) => {
    if (passesFilter(finding, filter)) listed.push({ id, finding });
  });
  return listed;
}

export interface ListedGroup {
  readonly category: Category;
  readonly findings: readonly ListedFinding[];
}

/** The listed findings by category, in the rulebook's order of categories, each group in document order. */
export function groupListed(listed: readonly ListedFinding[]): ListedGroup[] {
  const byCategory = new Map<Category, ListedFinding[]>();
  for (const entry of listed) {
    const group = byCategory.get(entry.finding.category) ?? [];
    group.push(entry);
    byCategory.set(entry.finding.category, group);
  }
  return CATEGORIES.flatMap((category) => {
    const group = byCategory.get(category);
    return group ? [{ category, findings: group }] : [];
  });
}

/** An entry of the pane's list: one finding, or a flood of one rule over many paragraphs shown as one row. */
export type ListedEntry =
  | { readonly kind: "finding"; readonly entry: ListedFinding }
  | {
      readonly kind: "group";
      readonly group: FindingGroup;
      /** The group's findings as listed (with their ids), in document order. */
      readonly members: readonly ListedFinding[];
    };

/**
 * The listed findings with floods folded as the CLI and the HTML report fold them (groupFloods: five or more findings
 * of one rule and severity at paragraphs become one row where the first of them stood); the rest stay as they are.
 */
export function groupListedFloods(listed: readonly ListedFinding[]): ListedEntry[] {
  const byFinding = new Map(listed.map((entry) => [entry.finding, entry]));
  const listedOf = (finding: Finding): ListedFinding => {
    const entry = byFinding.get(finding);
    if (!entry) throw new Error("a grouped finding is not in the list");
    return entry;
  };
  return groupFloods(listed.map((entry) => entry.finding)).map((entry) =>
    entry.kind === "finding"
      ? { kind: "finding", entry: listedOf(entry.finding) }
      : { kind: "group", group: entry.group, members: entry.group.findings.map(listedOf) }
  );
}

/**
 * The position a "next"/"previous" step lands on in a list of `length`, from `current` (null: none yet); null when
 * there is nowhere to go. Next from nothing is the first, previous from nothing the last.
 */
export function stepTo(current: number | null, length: number, direction: 1 | -1): number | null {
  if (length === 0) return null;
  if (current === null) return direction === 1 ? 0 : length - 1;
  const next = current + direction;
  return next >= 0 && next < length ? next : null;
}

// One finding ignored (not its whole rule) is stored beside the ignored rule ids, in the same document setting, as
// "rule<US>paragraph text": rule ids never hold the unit separator, so the two kinds cannot be confused, and an
// older version that reads the list as rule ids simply finds no rule of that name.
const UNIT_SEPARATOR = "\u001f";

/** One finding the user chose to ignore: its rule and the text of its paragraph ("" for the whole document). */
export interface IgnoredFinding {
  readonly rule: string;
  readonly text: string;
}

/** The stored entry that ignores this one finding, given the text of its paragraph as checked. */
export function ignoredFindingEntry(finding: Finding, paragraphText: string | undefined): string {
  return `${finding.rule}${UNIT_SEPARATOR}${finding.paragraph === null ? "" : (paragraphText ?? finding.text)}`;
}

/** The document's ignore list split into whole rules (for the checker) and single findings (for the pane). */
export function splitIgnored(entries: readonly string[]): {
  readonly rules: string[];
  readonly findings: IgnoredFinding[];
} {
  const rules: string[] = [];
  const findings: IgnoredFinding[] = [];
  for (const entry of entries) {
    const at = entry.indexOf(UNIT_SEPARATOR);
    if (at < 0) rules.push(entry);
    else findings.push({ rule: entry.slice(0, at), text: entry.slice(at + 1) });
  }
  return { rules, findings };
}

/** The findings left once the single ignored findings are taken out (same rule, same paragraph text). */
export function withoutIgnoredFindings(
  findings: readonly Finding[],
  paragraphs: readonly { readonly text: string }[],
  entries: readonly string[]
): Finding[] {
  const ignored = new Set(entries.filter((entry) => entry.includes(UNIT_SEPARATOR)));
  if (ignored.size === 0) return [...findings];
  return findings.filter(
    (finding) =>
      !ignored.has(
        ignoredFindingEntry(
          finding,
          finding.paragraph === null ? undefined : paragraphs[finding.paragraph]?.text
        )
      )
  );
}

/** The check's result as plain text for the clipboard: the summary, then one line per finding in document order. */
export function reportText(
  result: CheckResult,
  paragraphs: readonly { readonly text: string }[],
  labels: {
    readonly title: string;
    readonly summary: string;
    readonly severity: (severity: Severity) => string;
    readonly where: (paragraph: number | null) => string;
    readonly pick: (message: Message) => string;
  }
): string {
  const lines = [labels.title, labels.summary, ""];
  for (const finding of result.findings) {
    const text =
      finding.paragraph === null
        ? ""
        : (paragraphs[finding.paragraph]?.text ?? finding.text).trim();
    lines.push(
      `${labels.severity(finding.severity)} · ${labels.where(finding.paragraph)}: ${labels.pick(finding.messages)}`
    );
    if (text) lines.push(`    “${text.length > 160 ? `${text.slice(0, 160)}…` : text}”`);
  }
  return `${lines.join("\n")}\n`;
}
