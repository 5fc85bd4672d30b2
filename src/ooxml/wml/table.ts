// Borderless tables (CT_Tbl), the layout of headers and signature blocks.

import type { TableSpec } from "../../blocks/block";
import { mmToTwips } from "../units";
import { el } from "../xml";
import { paragraph } from "./paragraph";

const BORDER_SIDES = ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] as const;

/** CT_TblBorders with every side "none", so the layout table prints no lines. */
export function noBorders(): string {
  return el(
    "w:tblBorders",
    {},
    BORDER_SIDES.map((side) =>
      el(side, { "w:val": "none", "w:sz": 0, "w:space": 0, "w:color": "auto" })
    )
  );
}

/** CT_TblBorders with single ½ pt lines on every side, for a form's ruled table. */
function singleBorders(): string {
  return el(
    "w:tblBorders",
    {},
    BORDER_SIDES.map((side) =>
      el(side, { "w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "auto" })
    )
  );
}

/** CT_TblPr in schema order: tblW, tblBorders, tblLayout fixed (the widths are ours, not Word's autofit), tblLook. */
export function tableProperties(widthTwips: number, ruled = false): string {
  return el("w:tblPr", {}, [
    el("w:tblW", { "w:w": widthTwips, "w:type": "dxa" }),
    ruled ? singleBorders() : noBorders(),
    el("w:tblLayout", { "w:type": "fixed" }),
    el("w:tblLook", {
      "w:val": "0000",
      "w:firstRow": 0,
      "w:lastRow": 0,
      "w:firstColumn": 0,
      "w:lastColumn": 0,
      "w:noHBand": 1,
      "w:noVBand": 1,
    }),
  ]);
}

/** The CT_Tc cells of one row; a cell spanning columns starts at the grid column after the cells before it. */
function rowCells(
  cells: TableSpec["rows"][number],
  widths: readonly number[],
  font: string,
  neutral: boolean
) {
  let column = 0;
  return cells.map((cell) => {
    const body =
      cell.paragraphs.length > 0
        ? cell.paragraphs.map((p) => paragraph(p, font, neutral))
        : [el("w:p")];
    const span = Math.max(1, cell.span ?? 1);
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    column += span;
    return el("w:tc", {}, [
      el("w:tcPr", {}, [
        el("w:tcW", { "w:w": width, "w:type": "dxa" }),
        ...(span > 1 ? [el("w:gridSpan", { "w:val": span })] : []),
      ]),
      ...body,
    ]);
  });
}

/** CT_Tbl for a block table; every cell gets at least one paragraph, as the schema requires. */
export function table(spec: TableSpec, font: string, neutral = false): string {
  const widths = spec.columnsMm.map(mmToTwips);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const rows = spec.rows.map((cells) => el("w:tr", {}, rowCells(cells, widths, font, neutral)));
  return el("w:tbl", {}, [
    tableProperties(total, spec.ruled),
    el(
      "w:tblGrid",
      {},
      widths.map((w) => el("w:gridCol", { "w:w": w }))
    ),
    ...rows,
  ]);
}
