// Shared layout helpers for blocks: the text width of a page, paragraphs from rulebook formats, drawn lines.

import type { HeaderFormats, Profile, RuleLine, TextFormat } from "../conventions";
import { textWidthMm } from "../text/text-width";
import type { ParagraphSpec } from "./block";

/** Word's default left and right cell margin (108 twips). */
export const CELL_MARGIN_MM = 1.905;
/** Room left beside a text that must stay on one line, for rounding in the width estimate. */
const ONE_LINE_SLACK_MM = 3;

/** Width between the margins of the page the profile generates. */
export function textAreaWidthMm(profile: Profile): number {
  const { paper, margins } = profile.page;
  return paper.widthMm - margins.generate.left - margins.generate.right;
}

/** A paragraph holding `text` set as the rulebook row `format` says. */
export function formattedParagraph(
  role: string,
  text: string,
  format: TextFormat,
  extra: Partial<ParagraphSpec> = {}
): ParagraphSpec {
  return {
    kind: "paragraph",
    role,
    align: format.align,
    runs: [
      {
        text,
        sizePt: format.sizePt,
        bold: format.bold,
        italic: format.italic,
        underline: format.underline,
      },
    ],
    spacing: { beforePt: 0, afterPt: 0 },
    ...extra,
  };
}

/**
 * An empty paragraph whose top border is the solid line under a text: as long as the text, or the rulebook's
 * fraction of it, centred in a column `columnMm` wide.
 */
export function lineUnder(
  role: string,
  text: string,
  format: TextFormat,
  line: RuleLine,
  columnMm: number,
  heightPt = LINE_PARAGRAPH_PT
): ParagraphSpec {
  const textMm = textWidthMm(text, format.sizePt, format.bold);
  const lengthMm = line.length === "text" ? textMm : textMm * line.length.fraction;
  const room = columnMm - 2 * CELL_MARGIN_MM;
  const sideMm = Math.max(0, (room - Math.min(lengthMm, room)) / 2);
  return {
    kind: "paragraph",
    role,
    align: "center",
    runs: [],
    // Space before moves the line clear of the descenders of the text above it.
    spacing: { beforePt: LINE_GAP_PT, afterPt: 0, lineExactPt: heightPt },
    indent: { leftMm: sideMm, rightMm: sideMm },
    borderTop: { widthPt: line.widthPt },
    markSizePt: 6,
  };
}

/** Height of the paragraph that carries a drawn line, and the gap above it. */
export const LINE_PARAGRAPH_PT = 6;
export const LINE_GAP_PT = 2;
/** Times New Roman's single line height, as a multiple of its size (conventions §3.9: ≈ 1.15 em). */
export const SINGLE_LINE_EM = 1.15;

/** Column width that keeps `text` on one line in a table cell. */
export function oneLineWidthMm(text: string, format: TextFormat): number {
  return textWidthMm(text, format.sizePt, format.bold) + 2 * CELL_MARGIN_MM + ONE_LINE_SLACK_MM;
}

/** The widest the header's left column may grow: what the tiêu đề or quốc hiệu on one line leaves (D13). */
export function maxLeftColumnMm(profile: Profile, header: HeaderFormats): number {
  const total = textAreaWidthMm(profile);
  const wide = header.partyTitle ?? header.nationalName;
  const needed = wide ? oneLineWidthMm(wide.text, wide) : 0;
  return total - Math.max(needed, total * 0.4);
}

/**
 * The header's column widths: the right column wide enough for the tiêu đề or quốc hiệu on one line (D13); the left
 * column the profile's share, widened within what is left to `leftLinesMm`, the widths its lines need to stay whole.
 * With no lines, the columns a header with short names has — where the Insert pane centres its marks.
 */
export function headerColumnsMm(
  profile: Profile,
  header: HeaderFormats,
  leftLinesMm: readonly number[] = []
): [number, number] {
  const total = textAreaWidthMm(profile);
  const wide = header.partyTitle ?? header.nationalName;
  const needed = wide ? oneLineWidthMm(wide.text, wide) : 0;
  const leftMm = Math.min(
    maxLeftColumnMm(profile, header),
    Math.max(total * header.columns.left, ...leftLinesMm)
  );
  const rightMm = Math.max(total - leftMm, needed);
  return [total - rightMm, rightMm];
}
