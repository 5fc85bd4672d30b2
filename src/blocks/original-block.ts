// The original pasted into a bản sao (`thethuc new sao-y … --set ban-chinh=<file.docx>`): its paragraphs and tables as
// the project's reader sees them — text with each run's size, bold, italic and underline, each paragraph's alignment,
// indents, spacing and lines — written again as block content above the copy's own parts [PL1 Phần II.II.1].

import type { Snapshot } from "../ooxml/snapshot";
import type { BlockContent, CellSpec, ParagraphSpec, RunSpec, TableSpec } from "./block";

/** What a table of the original looks like beyond its text: printed with lines or not (a layout table). */
export interface OriginalTableLook {
  readonly ruled: boolean;
}

/** An original read from its .docx: the snapshot and, by top-level table, whether it is printed with lines. */
export interface OriginalDocument {
  readonly snapshot: Snapshot;
  readonly tables: readonly OriginalTableLook[];
}

/**
 * One paragraph of the original as block content. The font is the copy's (a bản sao keeps the original's text and
 * layout; its typeface is the profile's); text shown in capitals by the caps property is written in capitals.
 */
function originalParagraph(
  p: Snapshot["paragraphs"][number],
  fallbackSizePt: number
): ParagraphSpec {
  const runs: RunSpec[] = p.runs
    .filter((r) => r.text !== "")
    .map((r) => ({
      text: r.caps ? r.text.toLocaleUpperCase("vi") : r.text,
      sizePt: r.sizePt,
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italic: true } : {}),
      ...(r.underline ? { underline: true } : {}),
    }));
  // An "at least" line height is written as single lines: as exact, it would clip a larger letter.
  const around = {
    beforePt: Math.max(0, p.spacing.beforePt),
    afterPt: Math.max(0, p.spacing.afterPt),
  };
  const spacing =
    p.spacing.lineRule === "exact"
      ? { ...around, lineExactPt: p.spacing.line }
      : { ...around, lineMultiple: p.spacing.lineRule === "auto" ? p.spacing.line : 1 };
  return {
    kind: "paragraph",
    role: "original",
    align: p.align,
    runs,
    spacing,
    // An indent into the margin is written as none; a hanging first line stays hanging, within the left indent.
    indent: {
      leftMm: Math.max(0, p.indent.leftMm),
      rightMm: Math.max(0, p.indent.rightMm),
      firstLineMm: Math.max(-Math.max(0, p.indent.leftMm), p.indent.firstLineMm),
    },
    ...(p.border.top ? { borderTop: { widthPt: 0.5 } } : {}),
    ...(p.border.bottom ? { borderBottom: { widthPt: 0.5 } } : {}),
    markSizePt: runs[runs.length - 1]?.sizePt ?? fallbackSizePt,
  };
}

/**
 * The original's body as block content, in order: paragraphs, and each top-level table with its rows and cells (a
 * table nested in a cell is written as that cell's paragraphs). `looks` tells, by the table's position among the
 * top-level tables, whether it is printed with lines; `widthMm` is the copy's text area, shared among the columns
 * of a table whose widths the file does not give.
 */
export function originalContent(
  snapshot: Snapshot,
  looks: readonly OriginalTableLook[],
  widthMm: number,
  fallbackSizePt: number
): BlockContent[] {
  const content: BlockContent[] = [];
  let table:
    | { index: number; rows: Map<number, Map<number, { p: ParagraphSpec[]; w?: number }>> }
    | undefined;
  let outer: { row: number; column: number } = { row: 0, column: 0 };
  const flush = () => {
    if (!table) return;
    content.push(tableSpec(table.rows, looks[table.index]?.ruled ?? false, widthMm));
    table = undefined;
  };
  // A text box's text (a "DỰ THẢO" stamp, a note) is written as a centred paragraph before its anchor: the snapshot
  // keeps its text, not its frame or place.
  const boxes = new Map<number, string[]>();
  for (const box of snapshot.textBoxes ?? []) {
    const text = box.text.trim();
    if (text !== "") boxes.set(box.paragraph, [...(boxes.get(box.paragraph) ?? []), text]);
  }
  const boxParagraph = (text: string): ParagraphSpec => ({
    kind: "paragraph",
    role: "original",
    align: "center",
    runs: [{ text, sizePt: fallbackSizePt }],
  });
  for (const p of snapshot.paragraphs) {
    const specs = [
      ...(boxes.get(p.index) ?? []).map(boxParagraph),
      originalParagraph(p, fallbackSizePt),
    ];
    if (!p.cell) {
      flush();
      content.push(...specs);
      continue;
    }
    if (!table || table.index !== p.cell.table) {
      flush();
      table = { index: p.cell.table, rows: new Map() };
    }
    if (p.cell.depth === 1) outer = { row: p.cell.row, column: p.cell.column };
    const row = table.rows.get(outer.row) ?? new Map();
    table.rows.set(outer.row, row);
    const cell = row.get(outer.column) ?? { p: [] };
    row.set(outer.column, cell);
    if (p.cell.depth === 1 && p.cell.widthMm !== undefined) cell.w ??= p.cell.widthMm;
    cell.p.push(...specs);
  }
  flush();
  return content;
}

/**
 * A table of the original: as many grid columns as its widest row, their widths from that row's cells (or shared
 * evenly); a row with fewer cells lets its last cell span the rest.
 */
function tableSpec(
  rows: Map<number, Map<number, { p: ParagraphSpec[]; w?: number }>>,
  ruled: boolean,
  widthMm: number
): TableSpec {
  const ordered = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, cells]) => [...cells.entries()].sort(([a], [b]) => a - b).map(([, cell]) => cell));
  const widest = ordered.reduce((best, row) => (row.length > best.length ? row : best), []);
  const columns = Math.max(1, widest.length);
  const given = widest.map((cell) => cell.w);
  const columnsMm = given.every((w) => w !== undefined && w > 0)
    ? (given as number[])
    : Array.from({ length: columns }, () => widthMm / columns);
  const out: CellSpec[][] = ordered.map((row) =>
    row.map((cell, i) => {
      const span = i === row.length - 1 ? columns - row.length + 1 : 1;
      return { paragraphs: cell.p, ...(span > 1 ? { span } : {}) };
    })
  );
  return { kind: "table", columnsMm, rows: out, ...(ruled ? { ruled: true } : {}) };
}
