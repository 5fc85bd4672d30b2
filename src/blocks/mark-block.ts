// Dấu mức độ mật và khẩn (ô 10a, 10b): "MẬT", "KHẨN", … in bold capitals, placed under the number.

import { type ProfileId, PROFILES } from "../conventions";
import type { Block, BuildResult, ParagraphSpec } from "./block";

export const SECRECY_MARKS = ["MẬT", "TỐI MẬT", "TUYỆT MẬT"] as const;
export const URGENCY_MARKS = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"] as const;
/** Phạm vi lưu hành (ô 11) [PL1 III.2c] (secondary for the format). */
export const CIRCULATION_MARKS = ["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"] as const;
export type Mark =
  | (typeof SECRECY_MARKS)[number]
  | (typeof URGENCY_MARKS)[number]
  | (typeof CIRCULATION_MARKS)[number];

/** The marks block, secrecy above urgency [PL1]; a Party document has no secrecy stamp format (HD36 Mục II.1). */
export function markBlock(profileId: ProfileId, marks: readonly Mark[]): BuildResult<Block> {
  const profile = PROFILES[profileId];
  if (marks.length === 0)
    return {
      ok: false,
      errors: [
        { field: "marks", message: { vi: "Chọn ít nhất một dấu", en: "Choose at least one mark" } },
      ],
    };
  const known = [...SECRECY_MARKS, ...URGENCY_MARKS, ...CIRCULATION_MARKS] as readonly string[];
  const unknown = marks.find((mark) => !known.includes(mark));
  if (unknown)
    return {
      ok: false,
      errors: [
        {
          field: "marks",
          message: {
            vi: `Dấu “${unknown}” không có trong quy định`,
            en: `“${unknown}” is not a prescribed mark`,
          },
        },
      ],
    };
  const ordered = [
    ...SECRECY_MARKS.filter((m) => marks.includes(m)),
    ...URGENCY_MARKS.filter((m) => marks.includes(m)),
    ...CIRCULATION_MARKS.filter((m) => marks.includes(m)),
  ];
  const format = profile.drafting.urgency;
  const content = ordered.map((mark): ParagraphSpec => ({
    kind: "paragraph",
    role: (SECRECY_MARKS as readonly string[]).includes(mark)
      ? "secrecy"
      : (URGENCY_MARKS as readonly string[]).includes(mark)
        ? "urgency"
        : "circulation",
    align: format.align,
    runs: [{ text: mark, sizePt: format.sizePt, bold: format.bold }],
    spacing: { beforePt: 6, afterPt: 0 },
  }));
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
