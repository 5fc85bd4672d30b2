// Builds snapshots from short descriptions, so rule examples and tests read like documents: doc(p({ bold: true }, "…")).

import type { Align } from "../conventions";
import type {
  LineRule,
  ParagraphSnapshot,
  RunSnapshot,
  SectionSnapshot,
  Snapshot,
} from "./snapshot";

export interface RunFormat {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly caps?: boolean;
  /** One font for all four slots. */
  readonly font?: string;
  /** A different font for the hAnsi slot only (where Vietnamese letters go). */
  readonly hAnsi?: string;
  readonly color?: string;
}

export interface ParagraphFormat extends RunFormat {
  readonly align?: Align;
  readonly leftMm?: number;
  readonly rightMm?: number;
  readonly firstLineMm?: number;
  readonly beforePt?: number;
  readonly afterPt?: number;
  readonly line?: number;
  readonly lineRule?: LineRule;
  readonly borderTop?: boolean;
  readonly borderBottom?: boolean;
  readonly styleId?: string;
}

export interface RunDraft {
  readonly kind: "run";
  readonly format: RunFormat;
  readonly text: string;
}

export interface ParagraphDraft {
  readonly kind: "paragraph";
  readonly format: ParagraphFormat;
  readonly runs: readonly RunDraft[];
}

export interface CellDraft {
  readonly kind: "cell";
  readonly paragraphs: readonly ParagraphDraft[];
}

export interface RowDraft {
  readonly kind: "row";
  readonly cells: readonly CellDraft[];
}

export interface TableDraft {
  readonly kind: "table";
  readonly rows: readonly RowDraft[];
}

export type PageDraft = { readonly kind: "page" } & Partial<Omit<SectionSnapshot, "margins">> & {
    readonly margins?: Partial<SectionSnapshot["margins"]>;
  };

export const DEFAULT_FONT = "Times New Roman";
export const A4_PAGE: SectionSnapshot = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  orientation: "portrait",
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  titlePage: true,
};

/** A run with its own format inside a paragraph. */
export function r(format: RunFormat, text: string): RunDraft {
  return { kind: "run", format, text };
}

/** A paragraph: an optional format (which its plain-text runs take), then texts or runs. */
export function p(
  first?: ParagraphFormat | string | RunDraft,
  ...rest: (string | RunDraft)[]
): ParagraphDraft {
  const hasFormat = typeof first === "object" && !("kind" in first);
  const format: ParagraphFormat = hasFormat ? first : {};
  const items: (string | RunDraft)[] =
    hasFormat || first === undefined ? rest : [first as string | RunDraft, ...rest];
  const runs = items.map((item) => (typeof item === "string" ? r({}, item) : item));
  return { kind: "paragraph", format, runs };
}

export function cell(...paragraphs: ParagraphDraft[]): CellDraft {
  return { kind: "cell", paragraphs };
}

export function row(...cells: CellDraft[]): RowDraft {
  return { kind: "row", cells };
}

export function table(...rows: RowDraft[]): TableDraft {
  return { kind: "table", rows };
}

/** Page setup for the document's (single) section; A4 with 20/20/30/15 mm margins unless changed. */
export function page(setup: Omit<PageDraft, "kind">): PageDraft {
  return { kind: "page", ...setup };
}

function runSnapshot(paragraph: ParagraphFormat, run: RunDraft, start: number): RunSnapshot {
  const format = { ...paragraph, ...run.format };
  const font = format.font ?? DEFAULT_FONT;
  return {
    text: run.text,
    start,
    fonts: { ascii: font, hAnsi: format.hAnsi ?? font, eastAsia: font, cs: font },
    sizePt: format.size ?? 14,
    bold: format.bold ?? false,
    italic: format.italic ?? false,
    underline: format.underline ?? false,
    caps: format.caps ?? false,
    color: format.color ?? "000000",
  };
}

function paragraphSnapshot(
  draft: ParagraphDraft,
  index: number,
  cellPosition: ParagraphSnapshot["cell"]
): ParagraphSnapshot {
  const f = draft.format;
  let offset = 0;
  const runs = draft.runs.map((run) => {
    const snapshot = runSnapshot(f, run, offset);
    offset += run.text.length;
    return snapshot;
  });
  return {
    index,
    text: draft.runs.map((run) => run.text).join(""),
    runs,
    styleId: f.styleId ?? null,
    align: f.align ?? "left",
    indent: { leftMm: f.leftMm ?? 0, rightMm: f.rightMm ?? 0, firstLineMm: f.firstLineMm ?? 0 },
    spacing: {
      beforePt: f.beforePt ?? 0,
      afterPt: f.afterPt ?? 0,
      line: f.line ?? 1,
      lineRule: f.lineRule ?? "auto",
    },
    border: { top: f.borderTop ?? false, bottom: f.borderBottom ?? false },
    cell: cellPosition,
    section: 0,
  };
}

/** A snapshot of paragraphs and tables in order, on one section. */
export function doc(...items: (ParagraphDraft | TableDraft | PageDraft)[]): Snapshot {
  const paragraphs: ParagraphSnapshot[] = [];
  let tableCount = 0;
  let setup: SectionSnapshot = A4_PAGE;
  for (const item of items) {
    if (item.kind === "paragraph")
      paragraphs.push(paragraphSnapshot(item, paragraphs.length, null));
    else if (item.kind === "page") {
      setup = {
        pageWidthMm: item.pageWidthMm ?? setup.pageWidthMm,
        pageHeightMm: item.pageHeightMm ?? setup.pageHeightMm,
        orientation: item.orientation ?? setup.orientation,
        titlePage: item.titlePage ?? setup.titlePage,
        margins: { ...setup.margins, ...item.margins },
      };
    } else {
      const tableIndex = tableCount++;
      item.rows.forEach((rowDraft, rowIndex) =>
        rowDraft.cells.forEach((cellDraft, column) => {
          for (const paragraph of cellDraft.paragraphs) {
            paragraphs.push(
              paragraphSnapshot(paragraph, paragraphs.length, {
                table: tableIndex,
                row: rowIndex,
                column,
                depth: 1,
              })
            );
          }
        })
      );
    }
  }
  return { paragraphs, sections: [setup] };
}
