// Paragraphs and their properties (CT_P, CT_PPr).

import type { ParagraphSpec } from "../../blocks/block";
import type { Align } from "../../conventions";
import { mmToTwips, ptToEighths, ptToTwips } from "../units";
import { el } from "../xml";
import { run, runProperties } from "./run";

/** CT_Spacing: before and after in points, an exact line height when given, single lines otherwise. */
export function spacing(options: {
  readonly beforePt?: number;
  readonly afterPt?: number;
  readonly lineExactPt?: number;
  readonly lineMultiple?: number;
}): string {
  const exact = options.lineExactPt !== undefined;
  return el("w:spacing", {
    "w:before": ptToTwips(options.beforePt ?? 0),
    "w:after": ptToTwips(options.afterPt ?? 0),
    // Auto line spacing is counted in 240ths of a single line.
    "w:line": exact
      ? ptToTwips(options.lineExactPt as number)
      : Math.round((options.lineMultiple ?? 1) * 240),
    "w:lineRule": exact ? "exact" : "auto",
  });
}

/** CT_Ind in millimetres. */
export function indentation(options: {
  readonly leftMm?: number;
  readonly rightMm?: number;
  readonly firstLineMm?: number;
}): string {
  return el("w:ind", {
    "w:left": options.leftMm === undefined ? undefined : mmToTwips(options.leftMm),
    "w:right": options.rightMm === undefined ? undefined : mmToTwips(options.rightMm),
    "w:firstLine": options.firstLineMm === undefined ? undefined : mmToTwips(options.firstLineMm),
  });
}

/** CT_Jc: WordprocessingML calls justified "both". */
export function justification(align: Align): string {
  return el("w:jc", { "w:val": align });
}

/** CT_PBdr with a single top line, the short solid lines of the header. */
export function topBorder(widthPt: number): string {
  return el("w:pBdr", {}, [
    el("w:top", {
      "w:val": "single",
      "w:sz": ptToEighths(widthPt),
      "w:space": 1,
      "w:color": "000000",
    }),
  ]);
}

/** CT_PPr in schema order: keepNext, pBdr, spacing, ind, jc, rPr (the paragraph mark). */
export function paragraphProperties(spec: ParagraphSpec, font: string): string {
  const markSize = spec.markSizePt ?? spec.runs[0]?.sizePt ?? 14;
  return el("w:pPr", {}, [
    ...(spec.borderTop ? [topBorder(spec.borderTop.widthPt)] : []),
    spacing(spec.spacing ?? {}),
    ...(spec.indent ? [indentation(spec.indent)] : []),
    justification(spec.align),
    runProperties({ font, sizePt: markSize }),
  ]);
}

/** CT_P for a block paragraph. */
export function paragraph(spec: ParagraphSpec, font: string): string {
  return el("w:p", {}, [paragraphProperties(spec, font), ...spec.runs.map((r) => run(r, font))]);
}
