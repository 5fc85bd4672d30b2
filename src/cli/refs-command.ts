// `thethuc refs`: lists the documents each file cites and the short forms it defines; an unreadable file gets a one-line reason.

import { terminalJson, terminalText } from "../text/terminal-text";
import { readFileSync } from "node:fs";
import { formatNumericDate, groupSameDocuments, type Reference } from "../citations";
import { findComponents } from "../check/components";
import { documentReferences, type PlacedReference } from "../check/references";
import { boundedSnapshot } from "../check/long-paragraphs";
import { readDocx } from "../ooxml/snapshot-reader";
import { reasonOf } from "./check-file";

export interface RefsCommandOptions {
  readonly format: "text" | "json";
}

/** One cited document: its most complete mention, where it is first cited and how often. */
export interface CitedEntry {
  readonly type: string;
  readonly number: string | null;
  readonly law: string | null;
  readonly date: string | null;
  readonly issuer: string | null;
  readonly summary: string | null;
  /** 0-based paragraph of the first mention. */
  readonly firstParagraph: number;
  readonly count: number;
  readonly definedAs: string | null;
}

export interface AbbreviationEntry {
  readonly short: string;
  readonly formula: string;
  /** 0-based paragraph of the definition. */
  readonly paragraph: number;
  /** Uses outside the definition. */
  readonly uses: number;
}

export type RefsOutcome = { readonly file: string } & (
  | {
      readonly references: readonly CitedEntry[];
      readonly abbreviations: readonly AbbreviationEntry[];
    }
  | { readonly error: string }
);

function completeness(reference: Reference): number {
  return [
    reference.date,
    reference.issuer,
    reference.summary,
    reference.code,
    reference.law?.year,
  ].filter((part) => part !== null && part !== undefined).length;
}

function entryOf(group: readonly PlacedReference[]): CitedEntry {
  const best = [...group].sort((a, b) => completeness(b.reference) - completeness(a.reference))[0]
    ?.reference as Reference;
  const first = group[0] as PlacedReference;
  return {
    type: best.typeName,
    number: best.numberText,
    law: best.law?.name ?? null,
    date: best.date ? formatNumericDate(best.date) : best.law?.year ? String(best.law.year) : null,
    issuer: best.issuer,
    summary: best.summary,
    firstParagraph: first.paragraph,
    count: group.length,
    definedAs: group.find((entry) => entry.reference.definedAs)?.reference.definedAs ?? null,
  };
}

/** The cited documents and defined short forms of one .docx. */
export function listReferences(data: Uint8Array): {
  references: CitedEntry[];
  abbreviations: AbbreviationEntry[];
} {
  const { snapshot } = boundedSnapshot(readDocx(data));
  const scan = documentReferences(snapshot, findComponents(snapshot));
  // Each mention joins the first group whose first mention names the same document (sameDocument), found by key.
  const groups = groupSameDocuments(scan.references, (entry) => entry.reference, "head");
  const abbreviations = scan.definitions.map(({ paragraph, definition }) => ({
    short: definition.short,
    formula: definition.formula,
    paragraph,
    uses: scan.mentions(definition.short).length,
  }));
  return { references: groups.map(entryOf), abbreviations };
}

function textReport(outcomes: readonly RefsOutcome[]): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if ("error" in outcome) continue;
    lines.push(`${outcome.file}`);
    lines.push(`  Văn bản được viện dẫn (cited documents): ${outcome.references.length}`);
    for (const entry of outcome.references) {
      const name = entry.law
        ? `${entry.type} ${entry.law}`
        : `${entry.type} ${entry.number ?? ""}`.trim();
      const parts = [
        entry.law && entry.number ? `số ${entry.number}` : null,
        entry.date ? `${/^\d{4}$/u.test(entry.date) ? "năm" : "ngày"} ${entry.date}` : null,
        entry.issuer ? `của ${entry.issuer}` : null,
        entry.definedAs ? `viết tắt “${entry.definedAs}”` : null,
      ].filter((part): part is string => part !== null);
      lines.push(
        `  đoạn ${String(entry.firstParagraph + 1).padEnd(4)} ×${String(entry.count).padEnd(3)} ${name}${parts.length > 0 ? ` — ${parts.join(", ")}` : ""}`
      );
    }
    lines.push(`  Tên viết tắt (abbreviations): ${outcome.abbreviations.length}`);
    for (const entry of outcome.abbreviations)
      lines.push(
        `  đoạn ${String(entry.paragraph + 1).padEnd(4)} “${entry.short}” (${entry.formula}), dùng ${entry.uses} lần (used ${entry.uses}×)`
      );
    lines.push("");
  }
  return lines.map(terminalText).join("\n");
}

/** Lists every file's references; returns the exit code: 0, or 2 when some file could not be read. */
export function refsFiles(
  files: readonly string[],
  options: RefsCommandOptions,
  out: (text: string) => void,
  err: (text: string) => void
): number {
  const outcomes: RefsOutcome[] = files.map((file) => {
    try {
      return { file, ...listReferences(readFileSync(file)) };
    } catch (error) {
      return { file, error: reasonOf(error) };
    }
  });
  for (const outcome of outcomes)
    if ("error" in outcome) err(`${terminalText(`${outcome.file}: ${outcome.error}`)}\n`);
  if (options.format === "json")
    out(`${terminalJson(JSON.stringify({ files: outcomes }, null, 2))}\n`);
  else out(textReport(outcomes));
  return outcomes.some((outcome) => "error" in outcome) ? 2 : 0;
}
