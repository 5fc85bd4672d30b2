// The summary of a batch: files, findings per category and severity, the commonest rules; built as files finish.

import type { Language } from "../check/engine";
import { CATEGORIES, type Category, type CheckResult, type Severity } from "../check/types";

export interface RuleCount {
  readonly rule: string;
  /** Findings of the rule across the batch. */
  readonly count: number;
  /** Files with at least one. */
  readonly files: number;
}

export interface BatchSummary {
  readonly files: number;
  readonly checked: number;
  readonly unreadable: number;
  /** Files with at least one error finding. */
  readonly filesWithErrors: number;
  readonly findings: Readonly<Record<Severity, number>>;
  /** Categories with findings, in the rulebook's order. */
  readonly categories: readonly {
    readonly category: Category;
    readonly error: number;
    readonly warning: number;
    readonly info: number;
  }[];
  /** The ten commonest rules, most findings first. */
  readonly topRules: readonly RuleCount[];
}

/** How many rules the summary lists. */
export const TOP_RULES = 10;

/** Counts outcomes as they come; keeps counts only, never the findings. */
export class SummaryCounter {
  private checked = 0;
  private unreadable = 0;
  private filesWithErrors = 0;
  private readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private readonly byCategory = new Map<Category, Record<Severity, number>>();
  private readonly byRule = new Map<string, { count: number; files: number }>();

  add(outcome: { readonly result: CheckResult } | { readonly error: string }): void {
    if ("error" in outcome) {
      this.unreadable++;
      return;
    }
    this.checked++;
    const rulesHere = new Set<string>();
    let errors = 0;
    for (const finding of outcome.result.findings) {
      this.bySeverity[finding.severity]++;
      if (finding.severity === "error") errors++;
      const category = this.byCategory.get(finding.category) ?? { error: 0, warning: 0, info: 0 };
      category[finding.severity]++;
      this.byCategory.set(finding.category, category);
      const rule = this.byRule.get(finding.rule) ?? { count: 0, files: 0 };
      rule.count++;
      if (!rulesHere.has(finding.rule)) {
        rulesHere.add(finding.rule);
        rule.files++;
      }
      this.byRule.set(finding.rule, rule);
    }
    if (errors > 0) this.filesWithErrors++;
  }

  summary(): BatchSummary {
    return {
      files: this.checked + this.unreadable,
      checked: this.checked,
      unreadable: this.unreadable,
      filesWithErrors: this.filesWithErrors,
      findings: { ...this.bySeverity },
      categories: CATEGORIES.filter((category) => this.byCategory.has(category)).map(
        (category) => ({ category, ...(this.byCategory.get(category) as Record<Severity, number>) })
      ),
      topRules: [...this.byRule]
        .map(([rule, { count, files }]) => ({ rule, count, files }))
        .sort((a, b) => b.count - a.count || b.files - a.files || (a.rule < b.rule ? -1 : 1))
        .slice(0, TOP_RULES),
    };
  }
}

/** The summary as lines of text, in the language asked for. */
export function summaryText(summary: BatchSummary, language: Language): string {
  const vi = language === "vi";
  const lines = [
    vi
      ? `Tổng cộng: ${summary.files} tệp — ${summary.checked} đã kiểm tra, ${summary.unreadable} không đọc được, ${summary.filesWithErrors} tệp có lỗi`
      : `Total: ${summary.files} files — ${summary.checked} checked, ${summary.unreadable} unreadable, ${summary.filesWithErrors} with errors`,
    vi
      ? `  ${summary.findings.error} lỗi, ${summary.findings.warning} cảnh báo, ${summary.findings.info} gợi ý`
      : `  ${summary.findings.error} errors, ${summary.findings.warning} warnings, ${summary.findings.info} notes`,
  ];
  if (summary.categories.length > 0) {
    lines.push(
      vi ? "  Theo nhóm (lỗi / cảnh báo / gợi ý):" : "  By category (errors / warnings / notes):"
    );
    for (const row of summary.categories) {
      lines.push(
        `    ${row.category.padEnd(15)} ${String(row.error).padStart(6)} / ${String(row.warning).padStart(6)} / ${String(row.info).padStart(6)}`
      );
    }
  }
  if (summary.topRules.length > 0) {
    lines.push(vi ? "  Quy tắc gặp nhiều nhất:" : "  Commonest rules:");
    for (const row of summary.topRules) {
      lines.push(
        `    ${row.rule.padEnd(34)} ${String(row.count).padStart(6)} ${vi ? `trong ${row.files} tệp` : `in ${row.files} files`}`
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
