// Tên loại and trích yếu (ô 5a): the document type in capitals, its subject, and the Party "-----" or the State line.

import { type ProfileId, PROFILES } from "../conventions";
import { keepTogether, tidy, upper } from "../text/case";
import type { Block, BuildResult, ParagraphSpec } from "./block";
import { resolveType } from "./document-number";
import { formattedParagraph, lineUnder, textAreaWidthMm } from "./layout";

export interface TitleInput {
  readonly profile: ProfileId;
  readonly type: string;
  /** Trích yếu: "về quy hoạch cán bộ …" (Party, lower-case start) or "Về việc …" (State). Optional. */
  readonly summary?: string;
  /** Party practice: the issuer under the tên loại, "CỦA THỊ ỦY (KHÓA XXI)" (D9). */
  readonly issuerLine?: string;
  /**
   * A text ban hành kèm theo a decision: "(Kèm theo Quyết định số …/QĐ-… ngày … tháng … năm … của …)", italic, under
   * the trích yếu (NĐ30 Phụ lục III, the mẫu after mẫu 1.3).
   */
  readonly attachedTo?: string;
}

/**
 * The tên loại block for a type that has one; a letter (công văn) has none and gets an empty block, since its
 * subject sits in the header.
 */
export function titleBlock(input: TitleInput): BuildResult<Block> {
  const profile = PROFILES[input.profile];
  const type = resolveType(input.profile, input.type);
  if (!type.ok) return type;
  const header = profile.header;
  const content: ParagraphSpec[] = [];
  if (!type.value.letter) {
    const summary = keepTogether(tidy(input.summary ?? ""));
    content.push(
      formattedParagraph(
        "document-type",
        upper(type.value.title ?? type.value.name),
        header.documentType,
        {
          spacing: { beforePt: 18, afterPt: 0 },
        }
      )
    );
    const issuerLine = tidy(input.issuerLine ?? "");
    if (issuerLine !== "") {
      // D9: capitals, bold, 15 pt — the tên loại's bold at the Party title's size.
      content.push(
        formattedParagraph("title-issuer-line", upper(issuerLine), {
          ...header.documentType,
          sizePt: 15,
        })
      );
    }
    if (summary !== "") content.push(formattedParagraph("summary", summary, header.summary));
    const attachedTo = keepTogether(tidy(input.attachedTo ?? ""));
    if (attachedTo !== "") {
      content.push(
        formattedParagraph("attached-to", `(Kèm theo ${attachedTo})`, {
          ...header.summary,
          bold: false,
          italic: true,
        })
      );
    }
    if (header.summarySeparator) {
      content.push(
        formattedParagraph(
          "summary-separator",
          header.summarySeparator.text,
          header.summarySeparator,
          { spacing: { beforePt: 0, afterPt: 12 } }
        )
      );
    } else if (header.summaryLine) {
      const lineText = summary === "" ? upper(type.value.title ?? type.value.name) : summary;
      const lineFormat = summary === "" ? header.documentType : header.summary;
      content.push(
        lineUnder(
          "summary-line",
          lineText,
          lineFormat,
          header.summaryLine,
          textAreaWidthMm(profile)
        )
      );
    }
  }
  return {
    ok: true,
    value: {
      name: "title",
      title: "Thể Thức: tên loại và trích yếu",
      font: profile.page.font.name,
      content,
    },
  };
}
