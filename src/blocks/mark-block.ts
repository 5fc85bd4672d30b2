// Dấu mức độ mật và khẩn (ô 10a, 10b): "MẬT", "KHẨN", … in bold capitals, placed under the number.

import { type ProfileId, PROFILES } from "../conventions";
import { textWidthMm } from "../text/text-width";
import type { Block, BuildResult, FieldError, ParagraphSpec } from "./block";
import { CELL_MARGIN_MM, headerColumnsMm } from "./layout";

export const SECRECY_MARKS = ["MẬT", "TỐI MẬT", "TUYỆT MẬT"] as const;
export const URGENCY_MARKS = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"] as const;
/** Phạm vi lưu hành (ô 11) [PL1 III.2c] (secondary for the format). */
export const CIRCULATION_MARKS = ["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"] as const;
export type Mark =
  | (typeof SECRECY_MARKS)[number]
  | (typeof URGENCY_MARKS)[number]
  | (typeof CIRCULATION_MARKS)[number];

/** Why the marks cannot be written (none chosen, or one not prescribed); null when they can. */
function markErrors(marks: readonly Mark[]): FieldError[] | null {
  if (marks.length === 0)
    return [
      { field: "marks", message: { vi: "Chọn ít nhất một dấu", en: "Choose at least one mark" } },
    ];
  const known = [...SECRECY_MARKS, ...URGENCY_MARKS, ...CIRCULATION_MARKS] as readonly string[];
  const unknown = marks.find((mark) => !known.includes(mark));
  if (unknown)
    return [
      {
        field: "marks",
        message: {
          vi: `Dấu “${unknown}” không có trong quy định`,
          en: `“${unknown}” is not a prescribed mark`,
        },
      },
    ];
  return null;
}

/** The marks in the order of the form: secrecy, urgency, circulation [PL1 IV]. */
function ordered(marks: readonly Mark[]): Mark[] {
  return [
    ...SECRECY_MARKS.filter((m) => marks.includes(m)),
    ...URGENCY_MARKS.filter((m) => marks.includes(m)),
    ...CIRCULATION_MARKS.filter((m) => marks.includes(m)),
  ];
}

function roleOf(mark: Mark): "secrecy" | "urgency" | "circulation" {
  if ((SECRECY_MARKS as readonly string[]).includes(mark)) return "secrecy";
  if ((URGENCY_MARKS as readonly string[]).includes(mark)) return "urgency";
  return "circulation";
}

/**
 * The State urgency stamps are "hình chữ nhật … 30 mm x 8 mm, 40 mm x 8 mm và 20 mm x 8 mm" for HỎA TỐC, THƯỢNG KHẨN
 * and KHẨN [PL1 III.2b]; the phạm vi lưu hành stands "cân đối trong một khung hình chữ nhật viền đơn" [PL1 III.2c],
 * as wide as its text. The Party sources give khẩn and lưu hành no frame (conventions §3.13). The secrecy stamp, in
 * both regimes, is the state-secrets law's (D38).
 */
const STAMP_WIDTH_MM: Readonly<Record<string, number>> = {
  "HỎA TỐC": 30,
  "THƯỢNG KHẨN": 40,
  KHẨN: 20,
  // The secrecy stamp: 40, 30, 20 × 8 mm, two borders 1 mm apart, capitals 13 bold [TT24 mẫu số 02] (D38).
  "TUYỆT MẬT": 40,
  "TỐI MẬT": 30,
  MẬT: 20,
};
/** The secrecy stamp's letters: 13 pt, bold [TT24] (D38). */
const SECRECY_PT = 13;
/** A line 8 mm high inside its frame: the stamps' height [PL1 III.2b]. */
const STAMP_LINE_PT = 19;
const FRAME_PT = 0.75;
/** Room between a framed text and its frame, each side. */
const FRAME_PAD_MM = 2;

/**
 * One mark as it stands in a column `columnMm` wide [PL1 IV, ô 10a, 10b, 11]: the secrecy stamp framed by two lines at
 * its width, 13 pt bold, in both regimes (D38); State khẩn and lưu hành in a single frame [PL1 III.2b–c]; the Party's
 * khẩn and lưu hành unframed (conventions §3.13). The frame is the paragraph's border, centred by its indents.
 */
function markParagraph(profileId: ProfileId, mark: Mark, columnMm: number): ParagraphSpec {
  const profile = PROFILES[profileId];
  const format = profile.drafting.urgency;
  const role = roleOf(mark);
  // The secrecy stamp belongs to the state-secrets law, which binds Party documents too (D38); the Party sources
  // give khẩn and lưu hành no frame (conventions §3.13).
  const secrecy = role === "secrecy";
  const framed = secrecy || profile.regime === "state";
  const widthMm = framed
    ? (STAMP_WIDTH_MM[mark] ??
      textWidthMm(mark, format.sizePt, format.bold ?? false) + 2 * FRAME_PAD_MM)
    : 0;
  const sideMm = Math.max(0, (columnMm - 2 * CELL_MARGIN_MM - widthMm) / 2);
  return {
    kind: "paragraph",
    role,
    align: "center",
    runs: [
      secrecy
        ? { text: mark, sizePt: SECRECY_PT, bold: true }
        : { text: mark, sizePt: format.sizePt, bold: format.bold },
    ],
    spacing: framed
      ? { beforePt: 8, afterPt: 2, lineExactPt: STAMP_LINE_PT }
      : { beforePt: 6, afterPt: 0 },
    ...(framed
      ? {
          box: { widthPt: FRAME_PT, ...(secrecy ? { double: true } : {}) },
          indent: { leftMm: sideMm, rightMm: sideMm },
        }
      : {}),
  };
}

/**
 * The marks as the header carries them: dấu mật and khẩn under the number in the left column, phạm vi lưu hành under
 * the place-date in the right column. `leftMm` and `rightMm` are the header's column widths, which centre the frames.
 */
export function headerMarkParagraphs(
  profileId: ProfileId,
  marks: readonly Mark[],
  leftMm: number,
  rightMm: number
): BuildResult<{ left: ParagraphSpec[]; right: ParagraphSpec[] }> {
  const errors = markErrors(marks);
  if (errors) return { ok: false, errors };
  const left: ParagraphSpec[] = [];
  const right: ParagraphSpec[] = [];
  for (const mark of ordered(marks)) {
    if (roleOf(mark) === "circulation") right.push(markParagraph(profileId, mark, rightMm));
    else left.push(markParagraph(profileId, mark, leftMm));
  }
  return { ok: true, value: { left, right } };
}

/**
 * The marks block the Insert pane puts at the cursor, secrecy above urgency above circulation [PL1 IV], each written
 * as `thethuc new` writes it in the header (the same paragraphs: the secrecy stamp double-framed, D38), centred as in
 * the left column of a header with short names — where the cursor stands under the number. `columnMm` overrides that.
 */
export function markBlock(
  profileId: ProfileId,
  marks: readonly Mark[],
  columnMm?: number
): BuildResult<Block> {
  const profile = PROFILES[profileId];
  const errors = markErrors(marks);
  if (errors) return { ok: false, errors };
  const widthMm = columnMm ?? headerColumnsMm(profile, profile.header)[0];
  const content = ordered(marks).map((mark) => markParagraph(profileId, mark, widthMm));
  return {
    ok: true,
    value: {
      name: "marks",
      title: "Thể Thức: dấu mật, khẩn",
      font: profile.page.font.name,
      content,
    },
  };
}
