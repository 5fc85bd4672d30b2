// Runs and their properties (CT_R, CT_RPr), always with all four rFonts slots: Vietnamese letters use hAnsi.

import type { RunSpec } from "../../blocks/block";
import { ptToHalfPoints } from "../units";
import { el, xmlText } from "../xml";

/** CT_Fonts with the same font in the ascii, hAnsi, eastAsia and cs slots. */
export function fonts(font: string): string {
  return el("w:rFonts", { "w:ascii": font, "w:hAnsi": font, "w:eastAsia": font, "w:cs": font });
}

export interface RunFormat {
  readonly font: string;
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

/** CT_RPr in schema order: rFonts, b, bCs, i, iCs, color, sz, szCs, u, lang. */
export function runProperties(format: RunFormat): string {
  const size = ptToHalfPoints(format.sizePt);
  return el("w:rPr", {}, [
    fonts(format.font),
    ...(format.bold ? [el("w:b"), el("w:bCs")] : []),
    ...(format.italic ? [el("w:i"), el("w:iCs")] : []),
    el("w:color", { "w:val": "000000" }),
    el("w:sz", { "w:val": size }),
    el("w:szCs", { "w:val": size }),
    ...(format.underline ? [el("w:u", { "w:val": "single" })] : []),
    el("w:lang", { "w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA" }),
  ]);
}

/** CT_Text, keeping leading, trailing and repeated spaces (draft blanks). */
export function text(value: string): string {
  return el("w:t", { "xml:space": "preserve" }, [xmlText(value)]);
}

/**
 * The run's content: text, with a line break (CT_Br) for "\n", a tab character (w:tab) for "\t" and Word's non-breaking hyphen (CT_NoBreakHyphen) for
 * U+2011, so numbers and year ranges never wrap at their hyphen.
 */
function content(value: string): string[] {
  const parts: string[] = [];
  for (const piece of value.split(/(\n|\t|\u2011)/u)) {
    if (piece === "\n") parts.push(el("w:br"));
    else if (piece === "\t") parts.push(el("w:tab"));
    else if (piece === "\u2011") parts.push(el("w:noBreakHyphen"));
    else if (piece !== "") parts.push(text(piece));
  }
  return parts;
}

/** CT_R for one run of a block. */
export function run(spec: RunSpec, font: string): string {
  return el("w:r", {}, [runProperties({ font, ...spec }), ...content(spec.text)]);
}
