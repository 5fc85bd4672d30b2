// The closing (ô 7, 8, 9b): Nơi nhận on the left and the signature block on the right of one borderless table.

import {
  type AuthorityKind,
  type DraftingFormats,
  signingLines,
  type ProfileId,
  PROFILES,
  type TextFormat,
} from "../conventions";
import { tidy } from "../text/case";
import type { Block, BuildResult, FieldError, ParagraphSpec, TableSpec } from "./block";
import { CELL_MARGIN_MM, textAreaWidthMm } from "./layout";
import { textWidthMm } from "../text/text-width";

export type { AuthorityKind } from "../conventions";

export interface SignatureInput {
  readonly profile: ProfileId;
  /** The form asked for; undefined derives it from the issuer and the title (conventions/signing-authority). */
  readonly authority?: AuthorityKind;
  /** The issuing body, from which the marks are derived: "Thị ủy Điện Bàn", "Ủy ban nhân dân tỉnh Lào Cai". */
  readonly issuer?: string;
  /** The collective signed for (TM./T/M, T/L, and above KT. in the combined form): "Ủy ban nhân dân", "Thị ủy". */
  readonly collective?: string;
  /** The head whose deputy or authorised person signs (KT., TL., TUQ.): "Chủ tịch", "Giám đốc". */
  readonly head?: string;
  /** The signer's own title: "Phó Chủ tịch", "Phó Bí thư". */
  readonly title: string;
  readonly name: string;
}

export interface RecipientsInput {
  readonly profile: ProfileId;
  readonly recipients: readonly string[];
  /** Start with "- Như trên" (letters and tờ trình sent to a Kính gửi). */
  readonly nhuTren?: boolean;
  /** Start with "- Như Điều <n>" (quyết định, nghị quyết: the article naming who executes it). */
  readonly nhuDieu?: number;
  /** Party: where the original is kept ("Văn phòng Thị ủy"); State: the drafting unit's code after VT ("KT"). */
  readonly storage?: string;
}

export interface ClosingInput {
  readonly recipients: RecipientsInput;
  readonly signature: SignatureInput;
}

const CLOSING_SPACE_PT = 12;

function fieldError(field: string, vi: string, en: string): FieldError {
  return { field, message: { vi, en } };
}

function paragraph(
  role: string,
  text: string,
  format: TextFormat,
  extra: Partial<ParagraphSpec> = {}
): ParagraphSpec {
  return {
    kind: "paragraph",
    role,
    align: format.align,
    runs:
      text === ""
        ? []
        : [
            {
              text,
              sizePt: format.sizePt,
              bold: format.bold,
              italic: format.italic,
              underline: format.underline,
            },
          ],
    spacing: { beforePt: 0, afterPt: 0 },
    markSizePt: format.sizePt,
    ...extra,
  };
}

/** The signature lines: authority, title, space for signature and seal, name; or why the rules forbid them. */
export function signatureParagraphs(input: SignatureInput): BuildResult<ParagraphSpec[]> {
  const profile = PROFILES[input.profile];
  if (tidy(input.title) === "" && input.authority !== "acting")
    return {
      ok: false,
      errors: [fieldError("title", "Cần chức vụ của người ký", "The signer's title is required")],
    };
  if (tidy(input.name) === "")
    return {
      ok: false,
      errors: [fieldError("name", "Cần họ tên người ký", "The signer's name is required")],
    };
  const f: DraftingFormats = profile.drafting;
  const signing = signingLines({
    regime: profile.regime,
    marks: f.marks,
    issuer: input.issuer,
    collective: input.collective,
    head: input.head,
    title: input.title,
    authority: input.authority,
  });
  if (!signing.ok) return { ok: false, errors: [signing.error] };
  const lines: ParagraphSpec[] = signing.value.authority.map((text) =>
    paragraph("signature-authority", text, f.authority)
  );
  lines.push(paragraph("signature-title", signing.value.title, f.signerTitle));
  for (let i = 0; i < f.signatureSpace; i++)
    lines.push(paragraph("signature-space", "", f.signerName));
  lines.push(paragraph("signature-name", tidy(input.name), f.signerName));
  return { ok: true, value: lines };
}

/** Nơi nhận: the label, one recipient per line with the profile's end mark, the last line "Lưu …". */
export function recipientsParagraphs(input: RecipientsInput): BuildResult<ParagraphSpec[]> {
  const profile = PROFILES[input.profile];
  const f = profile.drafting;
  const state = profile.regime === "state";
  const storage = tidy(input.storage ?? "");
  if (!state && storage === "") {
    return {
      ok: false,
      errors: [
        fieldError(
          "storage",
          "Cần nơi lưu (ví dụ Văn phòng Thị ủy)",
          "Say where the original is kept (e.g. Văn phòng Thị ủy)"
        ),
      ],
    };
  }
  const recipients = input.recipients
    .map((r) =>
      tidy(r)
        .replace(/^[-–]\s*/, "")
        .replace(/[;,.]$/, "")
    )
    .filter((r) => r !== "");
  const nhuTren =
    input.nhuTren && !recipients.some((r) => /^như trên/iu.test(r)) ? ["Như trên"] : [];
  const nhuDieu =
    input.nhuDieu && !recipients.some((r) => /^như điều/iu.test(r))
      ? [`Như Điều ${input.nhuDieu}`]
      : [];
  const lines = [...nhuDieu, ...nhuTren, ...recipients].map(
    (r) => `- ${r}${f.recipients.separator}`
  );
  // State: "- Lưu: VT, <đơn vị>." [PL1 II.9b]; Party: "- Lưu <nơi lưu>." without colon (secondary).
  const last = state
    ? `- Lưu: VT${storage !== "" && storage.toUpperCase() !== "VT" ? `, ${storage.replace(/^VT,\s*/i, "")}` : ""}.`
    : `- Lưu ${storage.replace(/^lưu:?\s*/iu, "")}.`;
  return {
    ok: true,
    value: [
      paragraph("recipients-label", "Nơi nhận:", f.recipientsLabel),
      ...[...lines, last].map((line) => paragraph("recipient", line, f.recipients)),
    ],
  };
}

/** The closing table: Nơi nhận left, signature right, both in the profile's formats. */
export function closingBlock(input: ClosingInput): BuildResult<Block> {
  const recipients = recipientsParagraphs(input.recipients);
  const signature = signatureParagraphs(input.signature);
  if (!recipients.ok || !signature.ok) {
    return {
      ok: false,
      errors: [
        ...(recipients.ok ? [] : recipients.errors),
        ...(signature.ok ? [] : signature.errors),
      ],
    };
  }
  const profile = PROFILES[input.signature.profile];
  const total = textAreaWidthMm(profile);
  // Space above the closing, the same in both cells so "Nơi nhận:" stays level with the authority line [PL1 II.9b].
  const spaced = (paragraphs: readonly ParagraphSpec[]) =>
    paragraphs.map((p, i) =>
      i === 0 ? { ...p, spacing: { ...p.spacing, beforePt: CLOSING_SPACE_PT } } : p
    );
  // The list column widens (up to half the page) so recipients stay on one line each, as in real lists.
  const widest = Math.max(
    ...recipients.value.map((p) =>
      textWidthMm(
        p.runs.map((r) => r.text).join(""),
        p.runs[0]?.sizePt ?? 12,
        p.runs[0]?.bold ?? false
      )
    )
  );
  const left = Math.min(total * 0.5, Math.max(total * 0.45, widest + 2 * CELL_MARGIN_MM + 2));
  const table: TableSpec = {
    kind: "table",
    columnsMm: [left, total - left],
    rows: [[{ paragraphs: spaced(recipients.value) }, { paragraphs: spaced(signature.value) }]],
  };
  return {
    ok: true,
    value: {
      name: "closing",
      title: "Thể Thức: nơi nhận và chữ ký",
      font: profile.page.font.name,
      content: [table],
    },
  };
}

/**
 * The closing of a biên bản: the secretary's and the chair's signatures side by side (NĐ 30 mẫu biên bản: THƯ KÝ,
 * CHỦ TỌA), then Nơi nhận below them.
 */
export function minutesClosingBlock(
  recipients: RecipientsInput,
  secretary: string,
  chair: string
): BuildResult<Block> {
  const list = recipientsParagraphs(recipients);
  if (!list.ok) return list;
  const profile = PROFILES[recipients.profile];
  const f = profile.drafting;
  const column = (title: string, name: string) => [
    paragraph("signature-title", title, f.signerTitle, {
      spacing: { beforePt: CLOSING_SPACE_PT, afterPt: 0 },
    }),
    ...Array.from({ length: f.signatureSpace }, () =>
      paragraph("signature-space", "", f.signerName)
    ),
    paragraph("signature-name", tidy(name) || "…", f.signerName),
  ];
  const total = textAreaWidthMm(profile);
  const chairTitle = profile.regime === "state" ? "CHỦ TỌA" : "CHỦ TRÌ";
  const table: TableSpec = {
    kind: "table",
    columnsMm: [total / 2, total / 2],
    rows: [
      [{ paragraphs: column("THƯ KÝ", secretary) }, { paragraphs: column(chairTitle, chair) }],
    ],
  };
  return {
    ok: true,
    value: {
      name: "closing",
      title: "Thể Thức: chữ ký biên bản và nơi nhận",
      font: profile.page.font.name,
      content: [table, ...list.value],
    },
  };
}
