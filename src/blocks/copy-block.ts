// Bản sao (NĐ30 Phụ lục I Phần II, Phụ lục III mẫu 3.1; HD36 mục II.3): the copied text, then under a solid line
// running the full width of the text area, the copy's own parts: hình thức sao and place-date on the right, the copying
// body and the copy's number on the left; Nơi nhận and signature follow as in any document.

import { type ProfileId, PROFILES, type TextFormat } from "../conventions";
import { tidy } from "../text/case";
import { formatPlaceDate } from "../text/dates";
import type { Block, BlockContent, BuildResult, ParagraphSpec, TableSpec } from "./block";
import { bodyParagraph } from "./body-block";
import { numberLine } from "./document-number";
import { documentDate, type HeaderInput, leftIssuerParagraphs } from "./header-block";
import { formattedParagraph, textAreaWidthMm } from "./layout";

/** The three kinds of copy; a copy's kind decides the words of its hình thức sao. */
export type CopyKind = "sao-y" | "sao-luc" | "trich-sao";

/**
 * Hình thức sao as each regime writes it: State "SAO Y", "SAO LỤC", "TRÍCH SAO" [PL1 Phần II.I.1]; Party "SAO Y BẢN
 * CHÍNH", "SAO LỤC", "TRÍCH SAO" — the names of HD36's three kinds of copy [H36-BS].
 */
export const COPY_FORMS: Readonly<Record<"state" | "party", Readonly<Record<CopyKind, string>>>> = {
  state: { "sao-y": "SAO Y", "sao-luc": "SAO LỤC", "trich-sao": "TRÍCH SAO" },
  party: { "sao-y": "SAO Y BẢN CHÍNH", "sao-luc": "SAO LỤC", "trich-sao": "TRÍCH SAO" },
};

/** The copy kind of a State copy type; the Party's one "ban-sao" takes its kind from the input. */
export function copyKindOf(type: string, asked: CopyKind | undefined): CopyKind {
  if (type === "sao-y" || type === "sao-luc" || type === "trich-sao") return type;
  return asked ?? "sao-y";
}

export interface CopyInput extends Omit<HeaderInput, "subject" | "attached"> {
  readonly kind: CopyKind;
  /** The copied text, one paragraph a line; "…" placeholders when not given. */
  readonly copiedText?: readonly string[];
  /** The original itself, pasted whole (`ban-chinh`): its paragraphs and tables stand for the copied text. */
  readonly pasted?: readonly BlockContent[];
}

/** What stands for the copied text when the drafter gives none: the whole original, or the part extracted. */
function copiedPlaceholder(kind: CopyKind): string {
  return kind === "trich-sao"
    ? "… (phần văn bản được trích sao, giữ nguyên nội dung và thể thức của bản chính)"
    : "… (toàn văn văn bản được sao, giữ nguyên nội dung và thể thức của bản chính)";
}

/**
 * The copied text and the copy's own parts, as two blocks: the text, then the full-width line and the table of
 * the copy's header parts. Nơi nhận and the signature are the closing block, as in every document.
 */
export function copyBlocks(input: CopyInput): BuildResult<Block[]> {
  const profile = PROFILES[input.profile as ProfileId];
  const header = profile.header;
  const number = numberLine(input);
  const date = documentDate(input.date, input.today);
  if (!number.ok || !date.ok)
    return {
      ok: false,
      errors: [...(number.ok ? [] : number.errors), ...(date.ok ? [] : date.errors)],
    };
  const size = profile.drafting.body.sizePt;
  const lines = (input.copiedText ?? []).map(tidy).filter((l) => l !== "");
  const copied: readonly BlockContent[] =
    input.pasted ??
    (lines.length > 0 ? lines : [copiedPlaceholder(input.kind)]).map((text) =>
      bodyParagraph(profile, "copied-text", [{ text, sizePt: size }])
    );
  const total = textAreaWidthMm(profile);
  // "dưới một đường kẻ nét liền, kéo dài hết chiều ngang của vùng trình bày văn bản" [PL1 Phần II.II.1][H36-BS].
  const line: ParagraphSpec = {
    kind: "paragraph",
    role: "copy-line",
    align: "center",
    runs: [],
    spacing: { beforePt: 12, afterPt: 0, lineExactPt: 6 },
    borderTop: { widthPt: 0.75 },
    markSizePt: 6,
  };
  // Hình thức sao: capitals, 13–14, upright, bold [PL1 Phần II.II.2]; set as the quốc hiệu or tiêu đề it stands for.
  const formFormat: TextFormat = {
    ...(header.nationalName ?? header.partyTitle ?? header.issuer),
    sizePt: 14,
    bold: true,
    italic: false,
    caps: true,
    align: "center",
  };
  const form = COPY_FORMS[profile.regime][input.kind];
  const left = total * header.columns.left;
  const leftParagraphs: ParagraphSpec[] = [
    // Tên cơ quan sao, set as the issuer of a document with its line or "*" [PL1 Phần II.II.2][H36-BS].
    ...leftIssuerParagraphs(input, header, left),
    formattedParagraph("number", number.value, header.number, {
      spacing: { beforePt: 6, afterPt: 0 },
    }),
  ];
  const rightParagraphs: ParagraphSpec[] = [
    formattedParagraph("copy-form", form, formFormat),
    formattedParagraph(
      "place-date",
      formatPlaceDate(tidy(input.place), date.value),
      header.placeDate,
      { spacing: { beforePt: 6, afterPt: 0 } }
    ),
  ];
  const table: TableSpec = {
    kind: "table",
    columnsMm: [left, total - left],
    rows: [[{ paragraphs: leftParagraphs }, { paragraphs: rightParagraphs }]],
  };
  const font = profile.page.font.name;
  return {
    ok: true,
    value: [
      { name: "copied-text", title: "Thể Thức: văn bản được sao", font, content: copied },
      { name: "copy", title: "Thể Thức: thể thức bản sao", font, content: [line, table] },
    ],
  };
}
