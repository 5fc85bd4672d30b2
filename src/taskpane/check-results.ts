// From a check's result to what the Check pane lists: findings by category, the safe fixes, counts by severity.

import { RULES } from "../check/rules";
import {
  CATEGORIES,
  type Category,
  type Finding,
  type Fix,
  type Message,
  type Severity,
} from "../check/types";

export interface FindingGroup {
  readonly category: Category;
  readonly findings: readonly Finding[];
}

/** The findings by category, in the rulebook's order of categories, each group in document order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byCategory = new Map<Category, Finding[]>();
  for (const finding of findings) {
    const group = byCategory.get(finding.category) ?? [];
    group.push(finding);
    byCategory.set(finding.category, group);
  }
  return CATEGORIES.flatMap((category) => {
    const group = byCategory.get(category);
    return group ? [{ category, findings: group }] : [];
  });
}

/** A fix that only sets formatting: safe to apply without showing it first, and part of "fix all". */
export function isSafeFix(fix: Fix | undefined): fix is Extract<Fix, { kind: "format" }> {
  return fix?.kind === "format";
}

/** The fixes "fix all safe findings" applies: every format fix; text fixes are always shown and applied one by one. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => (isSafeFix(finding.fix) ? [finding.fix] : []));
}

/** How many findings of each severity. */
export function severityCounts(findings: readonly Finding[]): Readonly<Record<Severity, number>> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

const DESCRIPTIONS = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.description]));

/** What a rule checks, in both languages ("Chữ màu đen"), or undefined for an id the registry no longer has. */
export function ruleDescription(rule: string): Message | undefined {
  return DESCRIPTIONS.get(rule);
}

/** A stable key for a finding within one result. */
export function findingKey(finding: Finding, index: number): string {
  return `${finding.rule}@${finding.paragraph ?? "doc"}:${finding.start ?? ""}:${index}`;
}
