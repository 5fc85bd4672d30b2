// One habit, one finding: many findings of one rule at one severity over a document's paragraphs (a whole document in
// Arial, a whole document decomposed, a hundred double spaces) are shown as one line with a count and the list of
// paragraphs, so a real finding is never buried. The findings themselves stay as they are (JSON, fixes, the pane).

import type { Finding, Severity } from "./types";

/** From this many findings of one rule and severity at paragraphs, they are shown as one group. */
export const FLOOD_MIN = 5;

export interface FindingGroup {
  readonly rule: string;
  readonly severity: Severity;
  /** The findings of the group, in document order. */
  readonly findings: readonly Finding[];
  /** The paragraphs they stand at, in order, once each (0-based, as in findings). */
  readonly paragraphs: readonly number[];
  /** Every finding says the same (else each names its own text, and the first stands as the example). */
  readonly same: boolean;
}

/** One entry of a grouped list: a single finding, or a group standing where its first finding stood. */
export type GroupedEntry =
  | { readonly kind: "finding"; readonly finding: Finding }
  | { readonly kind: "group"; readonly group: FindingGroup };

/** The findings in their order, floods folded into a group at the place of their first finding. */
export function groupFloods(findings: readonly Finding[], min = FLOOD_MIN): GroupedEntry[] {
  const byKey = new Map<string, Finding[]>();
  const keyOf = (finding: Finding) => `${finding.rule}\u0000${finding.severity}`;
  for (const finding of findings) {
    if (finding.paragraph === null) continue;
    const list = byKey.get(keyOf(finding)) ?? [];
    list.push(finding);
    byKey.set(keyOf(finding), list);
  }
  const entries: GroupedEntry[] = [];
  const placed = new Set<string>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const members = finding.paragraph === null ? undefined : byKey.get(key);
    if (!members || members.length < min) {
      entries.push({ kind: "finding", finding });
      continue;
    }
    if (placed.has(key)) continue;
    placed.add(key);
    const messages = new Set(members.map((member) => member.messages.vi));
    entries.push({
      kind: "group",
      group: {
        rule: finding.rule,
        severity: finding.severity,
        findings: members,
        paragraphs: [...new Set(members.map((member) => member.paragraph as number))],
        same: messages.size === 1,
      },
    });
  }
  return entries;
}

/** The groups alone, for a machine-readable report beside the full list of findings. */
export function floodGroups(findings: readonly Finding[], min = FLOOD_MIN): FindingGroup[] {
  return groupFloods(findings, min).flatMap((entry) =>
    entry.kind === "group" ? [entry.group] : []
  );
}

/** Paragraph numbers for people (counted from 1) as ranges: "3–7, 12, 20–21". */
export function paragraphRanges(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] as number;
    parts.push(end === start ? `${start + 1}` : `${start + 1}–${end + 1}`);
  }
  return parts.join(", ");
}

/**
 * The group's line: "84 đoạn: Có 2 dấu cách liền nhau…" when every finding says the same, else the count with the
 * first finding as an example ("83 đoạn, ví dụ đoạn 5: …").
 */
export function groupLine(group: FindingGroup, language: "vi" | "en"): string {
  const count = group.findings.length;
  const first = group.findings[0] as Finding;
  const at = (first.paragraph as number) + 1;
  const places =
    group.paragraphs.length === count
      ? language === "vi"
        ? `${count} đoạn`
        : `${count} paragraphs`
      : language === "vi"
        ? `${count} chỗ trong ${group.paragraphs.length} đoạn`
        : `${count} places in ${group.paragraphs.length} paragraphs`;
  const message = first.messages[language];
  if (group.same) return `${places}: ${message}`;
  return language === "vi"
    ? `${places}, ví dụ đoạn ${at}: ${message}`
    : `${places}, e.g. paragraph ${at}: ${message}`;
}
