// Stable keys of findings, so hand verdicts on real documents (test/fixtures/real/verdicts.json) can follow them
// from one version of the checker to the next: rule, paragraph, the first 40 characters of the text (or of the
// message for document-wide findings), and the occurrence among equal keys.

import type { Finding } from "./types";

/** The errors and warnings, each with its key (notes are not judged). */
export function keyedFindings(
  findings: readonly Finding[]
): { readonly key: string; readonly finding: Finding }[] {
  const seen = new Map<string, number>();
  return findings
    .filter((finding) => finding.severity !== "info")
    .map((finding) => {
      const what = finding.paragraph === null ? finding.messages.en : finding.text;
      const base = `${finding.rule}|${finding.paragraph ?? "-"}|${what.replace(/\s+/gu, " ").trim().slice(0, 40)}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return { key: `${base}|${n}`, finding };
    });
}
