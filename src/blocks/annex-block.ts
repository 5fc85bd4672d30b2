// Phụ lục (PL1 III.1, NĐ30 Phụ lục III mẫu 2.1): on a page of its own after the document, "Phụ lục I" in bold, its
// title in bold capitals, "(Kèm theo <văn bản> số … ngày … của …)" in italics, a short line under it, then the text.

import { type ProfileId, PROFILES, type TextFormat } from "../conventions";
import { keepTogether, tidy, upper } from "../text/case";
import type { Block, ParagraphSpec } from "./block";
import { bodyParagraph } from "./body-block";
import { roman } from "./outline";
import { formattedParagraph, lineUnder, textAreaWidthMm } from "./layout";

export interface AnnexInput {
  readonly profile: ProfileId;
  /** The annexes' titles, in order: Phụ lục I, II, … */
  readonly titles: readonly string[];
  /** What the annexes go with: "Công văn số 15/SNV-KS ngày 04 tháng 11 năm 2026 của Sở Nội vụ". */
  readonly parent: string;
}

/** The annexes as one block, each starting a new page; no block when there are none. */
export function annexBlock(input: AnnexInput): Block | null {
  const titles = input.titles.map(tidy).filter((t) => t !== "");
  if (titles.length === 0) return null;
  const profile = PROFILES[input.profile];
  const size = profile.drafting.body.sizePt;
  const base: TextFormat = {
    ...profile.header.summary,
    sizePt: size,
    bold: true,
    italic: false,
    caps: false,
    align: "center",
  };
  const content: ParagraphSpec[] = titles.flatMap((title, i) => {
    const reference = `(Kèm theo ${keepTogether(tidy(input.parent))})`;
    return [
      {
        ...formattedParagraph("annex-number", `Phụ lục ${roman(i + 1)}`, base),
        pageBreakBefore: true,
        // "Số trang của phụ lục được đánh riêng theo từng phụ lục" [PL1 III.1].
        newSection: true,
      },
      formattedParagraph("annex-title", upper(title), { ...base, caps: true }),
      formattedParagraph("annex-reference", reference, { ...base, bold: false, italic: true }),
      lineUnder(
        "annex-line",
        reference,
        { ...base, bold: false, italic: true },
        // As the line under a State trích yếu (PL1 II.5a): a part of the text's width.
        {
          length: { fraction: 0.4, acceptFraction: [1 / 3, 1 / 2] },
          widthPt: 0.75,
          source: "[PL1 II.5a]",
        },
        textAreaWidthMm(profile)
      ),
      bodyParagraph(profile, "annex-body", [{ text: "…", sizePt: size }]),
    ];
  });
  return { name: "annex", title: "Thể Thức: phụ lục", font: profile.page.font.name, content };
}
