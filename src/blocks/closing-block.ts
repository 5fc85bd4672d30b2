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
import type { Block, BuildResult, FieldError, ParagraphSpec, ShapeSpec, TableSpec } from "./block";
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
  /** Ô 12, the drafter's code and the number of copies ("PL.(300)"), under Nơi nhận [PL1 III.3]. */
  readonly drafter?: string;
  /** The electronic form: placeholders for the signature and seal images in the signing space [PL1 II.7d, II.8a]. */
  readonly electronic?: boolean;
  /** The issuer's seal's real diameter in mm, for its image's placeholder (RULEBOOK D27); SEAL_IMAGE_MM if absent. */
  readonly sealMm?: number;
}

/** Ô 12: "ký hiệu bằng chữ in hoa, số lượng bản bằng chữ số Ả Rập, cỡ chữ 11, kiểu chữ đứng" [PL1 III.3]. */
const DRAFTER_SIZE_PT = 11;

function drafterParagraph(text: string): ParagraphSpec {
  return {
    kind: "paragraph",
    role: "drafter-copies",
    align: "left",
    runs: [{ text, sizePt: DRAFTER_SIZE_PT }],
    spacing: { beforePt: 6, afterPt: 0 },
  };
}

/**
 * The signature image's placeholder: the decree fixes its place, "đặt canh giữa chức vụ của người ký và họ tên người
 * ký", and its look (blue, transparent PNG), not its size [PL1 II.7d]; 40 × 16 mm fits the four lines of signing
 * space (RULEBOOK D27).
 */
const SIGNATURE_IMAGE_MM = { width: 40, height: 16 } as const;
/**
 * The seal image is the seal's real size [PL1 II.8a]; 36 mm, a common diameter of an agency's round seal, stands in
 * for it when the drafter gives none (RULEBOOK D27): the Văn thư's signing software puts the real image.
 */
export const SEAL_IMAGE_MM = 36;
/** The diameters a real round seal can have, in mm (RULEBOOK D27: the size article was not in the stored sources). */
export const SEAL_DIAMETER_RANGE_MM = { min: 25, max: 50 } as const;

/**
 * A seal's diameter as typed, "42", "35,5", "42 mm": undefined when blank (the default size is drawn), refused outside
 * the sizes of real round seals (RULEBOOK D27).
 */
export function sealDiameterMm(typed: string): BuildResult<number | undefined> {
  const text = tidy(typed);
  if (text === "") return { ok: true, value: undefined };
  const match = /^(\d{1,3}(?:[.,]\d)?)\s*(?:mm)?$/iu.exec(text);
  const mm = match?.[1] ? Number(match[1].replace(",", ".")) : Number.NaN;
  const { min, max } = SEAL_DIAMETER_RANGE_MM;
  if (Number.isNaN(mm) || mm < min || mm > max)
    return {
      ok: false,
      errors: [
        fieldError(
          "sealDiameter",
          `Đường kính dấu “${text}” phải là số mi-li-mét từ ${min} đến ${max}, ví dụ 36 (Thể Thức, quyết định D27)`,
          `The seal diameter must be a number of millimetres from ${min} to ${max}, e.g. 36 (rulebook D27)`
        ),
      ],
    };
  return { ok: true, value: mm };
}

/**
 * Placeholders where the electronic form puts its images, offsets from the first line of signing space in a
 * column `columnMm` wide: the signature image centred [PL1 II.7d]; the seal image "trùm lên khoảng 1/3 hình ảnh chữ
 * ký số của người có thẩm quyền về bên trái" [PL1 II.8a]: its right edge a third of the way into the signature.
 */
export function electronicShapes(
  columnMm: number,
  seal: boolean,
  sealMm: number = SEAL_IMAGE_MM
): ShapeSpec[] {
  const room = columnMm - 2 * CELL_MARGIN_MM;
  const signature: ShapeSpec = {
    kind: "rect",
    leftMm: Math.max(0, (room - SIGNATURE_IMAGE_MM.width) / 2),
    topMm: 2,
    widthMm: SIGNATURE_IMAGE_MM.width,
    heightMm: SIGNATURE_IMAGE_MM.height,
    color: "1F4E9E",
    label:
      "Hình ảnh chữ ký số của người có thẩm quyền (màu xanh, .png nền trong suốt) — signature image",
  };
  if (!seal) return [signature];
  const sealShape: ShapeSpec = {
    kind: "oval",
    // Its right edge a third of the way into the signature, whatever its size: a large seal reaches left of the
    // column, as a real one stamped over the signature does.
    leftMm: signature.leftMm + SIGNATURE_IMAGE_MM.width / 3 - sealMm,
    topMm: Math.max(0, signature.topMm + SIGNATURE_IMAGE_MM.height / 2 - sealMm / 2),
    widthMm: sealMm,
    heightMm: sealMm,
    color: "C00000",
    label: "Hình ảnh dấu của cơ quan (màu đỏ, kích thước thật, .png nền trong suốt) — seal image",
  };
  return [sealShape, signature];
}

/** The signature paragraphs with the electronic form's placeholders on the first line of signing space. */
function withShapes(paragraphs: readonly ParagraphSpec[], shapes: readonly ShapeSpec[]) {
  const at = paragraphs.findIndex((p) => p.role === "signature-space");
  return paragraphs.map((p, i) => (i === at ? { ...p, shapes } : p));
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
  const drafter = tidy(input.drafter ?? "");
  const signing = input.electronic
    ? withShapes(signature.value, electronicShapes(total - left, true, input.sealMm))
    : signature.value;
  const table: TableSpec = {
    kind: "table",
    columnsMm: [left, total - left],
    rows: [
      [
        {
          paragraphs: [
            ...spaced(recipients.value),
            ...(drafter !== "" ? [drafterParagraph(drafter)] : []),
          ],
        },
        { paragraphs: spaced(signing) },
      ],
    ],
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
  chair: string,
  options: { readonly drafter?: string; readonly electronic?: boolean } = {}
): BuildResult<Block> {
  const list = recipientsParagraphs(recipients);
  if (!list.ok) return list;
  const profile = PROFILES[recipients.profile];
  const f = profile.drafting;
  const total = textAreaWidthMm(profile);
  // Two people sign a biên bản; neither signs for the body, so the electronic form has their images and no seal.
  const column = (title: string, name: string) => {
    const lines = [
      paragraph("signature-title", title, f.signerTitle, {
        spacing: { beforePt: CLOSING_SPACE_PT, afterPt: 0 },
      }),
      ...Array.from({ length: f.signatureSpace }, () =>
        paragraph("signature-space", "", f.signerName)
      ),
      paragraph("signature-name", tidy(name) || "…", f.signerName),
    ];
    return options.electronic ? withShapes(lines, electronicShapes(total / 2, false)) : lines;
  };
  const drafter = tidy(options.drafter ?? "");
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
      content: [table, ...list.value, ...(drafter !== "" ? [drafterParagraph(drafter)] : [])],
    },
  };
}

/** The other party of a hợp đồng, bản ghi nhớ, bản thỏa thuận, who signs beside the issuer. */
export interface OtherPartyInput {
  /** Bản ghi nhớ, bản thỏa thuận: each column is headed by its body's name; a hợp đồng's by "BÊN A" / "BÊN B". */
  readonly bodies: boolean;
  readonly issuer?: string;
  readonly party: string;
  readonly title: string;
  readonly name: string;
}

/**
 * The closing of a text both parties sign (hợp đồng, bản ghi nhớ, bản thỏa thuận): two columns side by side, the
 * other party on the left and the issuer on the right, where ô 7 puts the signature of the body whose text it is
 * (it numbers and keeps it) [PL1 II.7][RULEBOOK D34]; each headed "ĐẠI DIỆN BÊN B" / "ĐẠI DIỆN BÊN A" or "ĐẠI DIỆN
 * <the body>"; the issuer's column keeps its marks as any signature; Nơi nhận below, as under a biên bản.
 */
export function partiesClosingBlock(
  input: ClosingInput,
  other: OtherPartyInput
): BuildResult<Block> {
  const list = recipientsParagraphs(input.recipients);
  const signature = signatureParagraphs(input.signature);
  if (!list.ok || !signature.ok) {
    return {
      ok: false,
      errors: [...(list.ok ? [] : list.errors), ...(signature.ok ? [] : signature.errors)],
    };
  }
  const profile = PROFILES[input.signature.profile];
  const f = profile.drafting;
  const total = textAreaWidthMm(profile);
  const upper = (name: string) => tidy(name).toLocaleUpperCase("vi");
  const heading = (label: string) =>
    paragraph("signature-party", `ĐẠI DIỆN ${label}`, f.signerTitle, {
      spacing: { beforePt: CLOSING_SPACE_PT, afterPt: 0 },
    });
  const ours = other.bodies ? upper(other.issuer ?? "") || "…" : "BÊN A";
  const theirs = other.bodies ? upper(other.party) || "…" : "BÊN B";
  // Two rows: the headings and titles, then the signing space and the names, so the names stand level however
  // many lines a body's name or the marks take.
  const space = signature.value.findIndex((p) => p.role === "signature-space");
  const right = [heading(ours), ...signature.value.slice(0, space)];
  const rightSigning = signature.value.slice(space);
  const left = [
    heading(theirs),
    paragraph("signature-title", upper(other.title) || "…", f.signerTitle),
  ];
  const leftSigning = [
    ...Array.from({ length: f.signatureSpace }, () =>
      paragraph("signature-space", "", f.signerName)
    ),
    paragraph("signature-name", tidy(other.name) || "…", f.signerName),
  ];
  // The other party signs and seals its own column too; the electronic form places both images in each.
  // The other party's seal is not known here: its placeholder keeps the default size.
  const signing = (paragraphs: readonly ParagraphSpec[], sealMm?: number) =>
    input.electronic
      ? withShapes(paragraphs, electronicShapes(total / 2, true, sealMm))
      : paragraphs;
  const table: TableSpec = {
    kind: "table",
    columnsMm: [total / 2, total / 2],
    rows: [
      [{ paragraphs: left }, { paragraphs: right }],
      [{ paragraphs: signing(leftSigning) }, { paragraphs: signing(rightSigning, input.sealMm) }],
    ],
  };
  const drafter = tidy(input.drafter ?? "");
  return {
    ok: true,
    value: {
      name: "closing",
      title: "Thể Thức: chữ ký các bên và nơi nhận",
      font: profile.page.font.name,
      content: [table, ...list.value, ...(drafter !== "" ? [drafterParagraph(drafter)] : [])],
    },
  };
}

/**
 * Under a giấy nghỉ phép's closing, the place where the body or the local authority of the place of leave confirms
 * the stay, signing and sealing (NĐ30 Phụ lục III mẫu 1.10) [PL3]: a left column, the signature's space below it.
 */
export function leaveConfirmationBlock(profileId: ProfileId): Block {
  const profile = PROFILES[profileId];
  const f = profile.drafting;
  const total = textAreaWidthMm(profile);
  const column = [
    paragraph(
      "leave-confirmation",
      "Xác nhận của cơ quan, tổ chức hoặc chính quyền địa phương nơi nghỉ phép",
      { ...f.signerTitle, caps: false, sizePt: 13 },
      { spacing: { beforePt: 2 * CLOSING_SPACE_PT, afterPt: 0 } }
    ),
    paragraph("leave-confirmation-note", "(Ký tên, đóng dấu)", {
      ...f.signerName,
      sizePt: 13,
      bold: false,
      italic: true,
    }),
    ...Array.from({ length: f.signatureSpace }, () =>
      paragraph("signature-space", "", f.signerName)
    ),
  ];
  const table: TableSpec = {
    kind: "table",
    columnsMm: [total / 2, total / 2],
    rows: [
      [
        { paragraphs: column },
        { paragraphs: [paragraph("leave-confirmation-space", "", f.signerName)] },
      ],
    ],
  };
  return {
    name: "leave-confirmation",
    title: "Thể Thức: xác nhận nơi nghỉ phép",
    font: profile.page.font.name,
    content: [table],
  };
}

/**
 * Under a giấy đi đường's closing, the travel table each place on the way fills and confirms: nơi đi / nơi đến, the
 * day, the means of transport, the days of work, why the traveller stayed, and the confirmation (signed and sealed)
 * [RULEBOOK D35]. Two legs, out and back; the drafter adds rows for more.
 */
export function travelTableBlock(profileId: ProfileId): Block {
  const profile = PROFILES[profileId];
  const f = profile.drafting;
  const total = textAreaWidthMm(profile);
  const cellFormat: TextFormat = { ...f.signerName, bold: false, italic: false, sizePt: 12 };
  const headFormat: TextFormat = { ...cellFormat, bold: true };
  const heads = [
    "Nơi đi, nơi đến",
    "Ngày",
    "Phương tiện sử dụng",
    "Số ngày công tác",
    "Lý do lưu trú",
    "Xác nhận của cơ quan, đơn vị nơi đến (ký tên, đóng dấu)",
  ];
  const widths = [36, 20, 24, 20, 24];
  const columnsMm = [...widths, total - widths.reduce((a, b) => a + b, 0)];
  const cell = (text: string, format: TextFormat, align: TextFormat["align"] = "center") => ({
    paragraphs: [paragraph("travel-cell", text, { ...format, align })],
  });
  // Each row leaves room for the place's signature and seal in its last cell.
  const leg = (where: string) => [
    cell(`${where}: …`, cellFormat, "left"),
    ...heads.slice(1, -1).map(() => cell("", cellFormat)),
    {
      paragraphs: Array.from({ length: 2 }, () => paragraph("signature-space", "", cellFormat)),
    },
  ];
  const table: TableSpec = {
    kind: "table",
    ruled: true,
    columnsMm,
    rows: [
      heads.map((h) => cell(h, headFormat)),
      leg("Nơi đi"),
      leg("Nơi đến"),
      leg("Nơi đi"),
      leg("Nơi đến"),
    ],
  };
  return {
    name: "travel-table",
    title: "Thể Thức: bảng đi đường",
    font: profile.page.font.name,
    content: [
      paragraph("travel-title", "ĐI ĐƯỜNG", f.signerTitle, {
        align: "center",
        spacing: { beforePt: CLOSING_SPACE_PT, afterPt: 6 },
      }),
      table,
    ],
  };
}
