// Paragraphs and their properties (CT_P, CT_PPr).

import type { ParagraphSpec, ShapeSpec } from "../../blocks/block";
import type { Align } from "../../conventions";
import { mmToTwips, ptToEighths, ptToTwips } from "../units";
import { el } from "../xml";
import { run, runProperties } from "./run";

/**
 * CT_Spacing: before and after in points, an exact line height when given, single lines otherwise; `noAutospacing`
 * turns off the automatic spacing a style may have switched on.
 */
export function spacing(
  options: {
    readonly beforePt?: number;
    readonly afterPt?: number;
    readonly lineExactPt?: number;
    readonly lineMultiple?: number;
  },
  noAutospacing = false
): string {
  const exact = options.lineExactPt !== undefined;
  return el("w:spacing", {
    "w:before": ptToTwips(options.beforePt ?? 0),
    "w:beforeAutospacing": noAutospacing ? 0 : undefined,
    "w:after": ptToTwips(options.afterPt ?? 0),
    "w:afterAutospacing": noAutospacing ? 0 : undefined,
    // Auto line spacing is counted in 240ths of a single line.
    "w:line": exact
      ? ptToTwips(options.lineExactPt as number)
      : Math.round((options.lineMultiple ?? 1) * 240),
    "w:lineRule": exact ? "exact" : "auto",
  });
}

/** CT_Ind in millimetres; a negative first line is a hanging indent. */
export function indentation(options: {
  readonly leftMm?: number;
  readonly rightMm?: number;
  readonly firstLineMm?: number;
}): string {
  const first = options.firstLineMm;
  return el("w:ind", {
    "w:left": options.leftMm === undefined ? undefined : mmToTwips(options.leftMm),
    "w:right": options.rightMm === undefined ? undefined : mmToTwips(options.rightMm),
    "w:firstLine": first === undefined || first < 0 ? undefined : mmToTwips(first),
    "w:hanging": first !== undefined && first < 0 ? mmToTwips(-first) : undefined,
  });
}

/** CT_Jc: WordprocessingML calls justified "both". */
export function justification(align: Align): string {
  return el("w:jc", { "w:val": align });
}

/** CT_PBdr with a single top line (the short solid lines of the header) and, when given, a line under the paragraph. */
export function topBorder(widthPt: number | undefined, bottomPt?: number): string {
  const side = (name: string, width: number) =>
    el(name, { "w:val": "single", "w:sz": ptToEighths(width), "w:space": 1, "w:color": "000000" });
  return el("w:pBdr", {}, [
    ...(widthPt === undefined ? [] : [side("w:top", widthPt)]),
    ...(bottomPt === undefined ? [] : [side("w:bottom", bottomPt)]),
  ]);
}

/**
 * CT_PBdr with the four sides: the single-line frame round KHẨN, HỎA TỐC and the phạm vi lưu hành [PL1 III.2], or the
 * two lines round the secrecy stamp (D38).
 */
export function boxBorder(widthPt: number, double = false): string {
  const side = (name: string) =>
    el(name, {
      "w:val": double ? "double" : "single",
      "w:sz": ptToEighths(widthPt),
      "w:space": 1,
      "w:color": "000000",
    });
  return el("w:pBdr", {}, [side("w:top"), side("w:left"), side("w:bottom"), side("w:right")]);
}

const VML_NS = "urn:schemas-microsoft-com:vml";
const PT_PER_MM = 72 / 25.4;

/**
 * A placeholder drawing (CT_Picture holding a VML rect or oval): dashed outline, no fill and no text, floating in
 * front of the text at its offset from the paragraph, with what goes there as its alternative text.
 */
export function shapeRun(shape: ShapeSpec): string {
  const pt = (mm: number) => `${(mm * PT_PER_MM).toFixed(1)}pt`;
  const style = [
    "position:absolute",
    `margin-left:${pt(shape.leftMm)}`,
    `margin-top:${pt(shape.topMm)}`,
    `width:${pt(shape.widthMm)}`,
    `height:${pt(shape.heightMm)}`,
    "z-index:251659264",
    "mso-position-horizontal-relative:text",
    "mso-position-vertical-relative:text",
  ].join(";");
  return el("w:r", {}, [
    el("w:pict", {}, [
      el(
        shape.kind === "rect" ? "v:rect" : "v:oval",
        {
          "xmlns:v": VML_NS,
          style,
          alt: shape.label,
          filled: "f",
          strokecolor: `#${shape.color}`,
          strokeweight: "0.75pt",
        },
        [el("v:stroke", { dashstyle: "dash" })]
      ),
    ]),
  ]);
}

/**
 * CT_PPr in schema order: keepNext, keepLines, pageBreakBefore, pBdr, spacing, ind, jc, outlineLvl, rPr (the paragraph mark).
 * `neutral` (what is inserted into someone else's document) also writes, as explicit values, what the block leaves
 * to the style, so the destination's Normal style (a first-line indent, autospacing, keep-with-next, an outline
 * level) cannot leak into a header or a signature block; files of our own have a Normal style that is already neutral.
 */
export function paragraphProperties(spec: ParagraphSpec, font: string, neutral = false): string {
  const markSize = spec.markSizePt ?? spec.runs[0]?.sizePt ?? 14;
  const indent = neutral
    ? {
        leftMm: spec.indent?.leftMm ?? 0,
        rightMm: spec.indent?.rightMm ?? 0,
        firstLineMm: spec.indent?.firstLineMm ?? 0,
      }
    : spec.indent;

  return el("w:pPr", {}, [
    ...(neutral ? [el("w:keepNext", { "w:val": 0 }), el("w:keepLines", { "w:val": 0 })] : []),
    ...(spec.pageBreakBefore ? [el("w:pageBreakBefore", {})] : []),
    ...(spec.box
      ? [boxBorder(spec.box.widthPt, spec.box.double)]
      : spec.borderTop || spec.borderBottom
        ? [topBorder(spec.borderTop?.widthPt, spec.borderBottom?.widthPt)]
        : []),
    spacing(spec.spacing ?? {}, neutral),
    ...(indent ? [indentation(indent)] : []),
    justification(spec.align),
    // Level 9 is body text: no heading level from the destination's style.
    ...(neutral ? [el("w:outlineLvl", { "w:val": 9 })] : []),
    runProperties({ font, sizePt: markSize }),
  ]);
}

/** CT_P for a block paragraph; `neutral` as for paragraphProperties. */
export function paragraph(spec: ParagraphSpec, font: string, neutral = false): string {
  return el("w:p", {}, [
    paragraphProperties(spec, font, neutral),
    ...(spec.shapes ?? []).map(shapeRun),
    ...spec.runs.map((r) => run(r, font)),
  ]);
}
