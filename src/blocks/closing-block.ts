// The closing (ô 7, 8, 9b): Nơi nhận on the left and the signature block on the right of one borderless table.

import {
  type DraftingFormats,
  type ProfileId,
  PROFILES,
  type Profile,
  type TextFormat,
} from "../conventions";
import { tidy, upper } from "../text/case";
import type { Block, BuildResult, FieldError, ParagraphSpec, TableSpec } from "./block";
import { CELL_MARGIN_MM, textAreaWidthMm } from "./layout";
import { textWidthMm } from "../text/text-width";

/** How the signer signs: bare title, for a collective (TM.), as deputy (KT.), by order (TL.), by authorisation (TUQ.), acting (Q.). */
export type AuthorityKind = "none" | "collective" | "deputy" | "byOrder" | "authorised" | "acting";

export interface SignatureInput {
  readonly profile: ProfileId;
  readonly authority: AuthorityKind;
  /** The collective signed for (TM./T/M, TL./T/L, and above KT. in the combined form): "Ủy ban nhân dân", "Thị ủy". */
  readonly collective?: string;
  /** The head whose deputy or authorised person signs (KT., TUQ.): "Chủ tịch", "Giám đốc". */
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

// A cấp ủy and the other collective Party bodies sign T/M; their deputies never sign K/T [H36-1.7.1].
const PARTY_COLLECTIVE =
  /(?:ỦY|UỶ)\b|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|CHI BỘ|ĐẢNG ĐOÀN|BAN CÁN SỰ|ĐẠI HỘI|HỘI ĐỒNG/u;

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

/** Why the rules forbid this signature, or null when they allow it. */
function refusal(input: SignatureInput, profile: Profile): FieldError | null {
  const collective = upper(tidy(input.collective ?? ""));
  const head = upper(tidy(input.head ?? ""));
  if (tidy(input.title) === "" && input.authority !== "acting")
    return fieldError("title", "Cần chức vụ của người ký", "The signer's title is required");
  if (tidy(input.name) === "")
    return fieldError("name", "Cần họ tên người ký", "The signer's name is required");
  if ((input.authority === "collective" || input.authority === "byOrder") && collective === "") {
    return fieldError(
      "collective",
      "Cần tên tập thể hoặc cơ quan ký thay mặt / thừa lệnh",
      "Name the body signed for"
    );
  }
  if ((input.authority === "deputy" || input.authority === "authorised") && head === "") {
    return fieldError(
      "head",
      "Cần chức vụ người đứng đầu mà người ký thay (ví dụ CHỦ TỊCH)",
      "Name the head signed for (e.g. CHỦ TỊCH)"
    );
  }
  if (profile.regime === "party") {
    if (input.authority === "authorised") {
      return fieldError(
        "authority",
        "Văn bản của Đảng không dùng thừa ủy quyền (T/U)",
        "Party documents have no signing by authorisation (T/U)"
      );
    }
    if (
      input.authority === "deputy" &&
      (PARTY_COLLECTIVE.test(collective) || /BÍ THƯ/u.test(head))
    ) {
      return fieldError(
        "authority",
        "Cấp ủy là tập thể: phó bí thư ký “T/M <cấp ủy>”, không ký “K/T” (Hướng dẫn 36-HD/VPTW, mục 1.7.1)",
        "A Party committee is collective: its deputy secretary signs T/M <committee>, never K/T"
      );
    }
  }
  return null;
}

/** The signature lines: authority, title, space for signature and seal, name. */
export function signatureParagraphs(input: SignatureInput): BuildResult<ParagraphSpec[]> {
  const profile = PROFILES[input.profile];
  const problem = refusal(input, profile);
  if (problem) return { ok: false, errors: [problem] };
  const f: DraftingFormats = profile.drafting;
  const marks = f.marks;
  const collective = upper(tidy(input.collective ?? ""));
  const head = upper(tidy(input.head ?? ""));
  const title = upper(tidy(input.title));
  const lines: ParagraphSpec[] = [];
  const authorityLine = (text: string) =>
    lines.push(paragraph("signature-authority", text, f.authority));
  switch (input.authority) {
    case "collective":
      authorityLine(`${marks.collective} ${collective}`);
      break;
    case "deputy":
      // The combined form: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" [REAL][KYTL].
      if (collective !== "") authorityLine(`${marks.collective} ${collective}`);
      authorityLine(`${marks.deputy} ${head}`);
      break;
    case "byOrder":
      authorityLine(`${marks.byOrder} ${collective}`);
      break;
    case "authorised":
      authorityLine(`${marks.authorised} ${head}`);
      break;
    case "acting":
      lines.push(paragraph("signature-title", `${marks.acting} ${title || head}`, f.signerTitle));
      break;
    case "none":
      break;
  }
  if (input.authority !== "acting") lines.push(paragraph("signature-title", title, f.signerTitle));
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
  const lines = [...nhuTren, ...recipients].map((r) => `- ${r}${f.recipients.separator}`);
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
