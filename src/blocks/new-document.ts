// A complete new document: header, tên loại and trích yếu, Kính gửi or căn cứ, the skeleton, Nơi nhận and signature.

import {
  bodyRow,
  findRecipientPreset,
  needsPartySuperior,
  RECIPIENT_PRESETS,
  type DocumentType,
  findDocumentType,
  type Profile,
  PROFILES,
  type TypeStructure,
  typeStructure,
} from "../conventions";
import { tidy, upper } from "../text/case";
import { textWidthMm } from "../text/text-width";
import { textAreaWidthMm } from "./layout";
import { annexBlock } from "./annex-block";
import { basisBlock } from "./basis-block";
import { COPY_FORMS, type CopyKind, copyBlocks, copyKindOf } from "./copy-block";
import type { Block, BuildResult, FieldError, ParagraphSpec } from "./block";
import { skeletonBlock } from "./body-block";
import {
  type AuthorityKind,
  closingBlock,
  leaveConfirmationBlock,
  partiesClosingBlock,
  sealDiameterMm,
  travelTableBlock,
  type SignatureInput,
  minutesClosingBlock,
} from "./closing-block";
import { numberLine } from "./document-number";
import { type HeaderInput, documentDate, headerBlock } from "./header-block";
import { kinhGuiBlock } from "./kinh-gui-block";
import type { Mark } from "./mark-block";
import { type OriginalDocument, originalContent } from "./original-block";
import type { OutlineStyle } from "./outline";
import type { SkeletonItem } from "../conventions";
import { titleBlock } from "./title-block";

export interface NewDocumentInput extends Omit<HeaderInput, "subject"> {
  /** Trích yếu; for a công văn it is the subject line under the number. */
  readonly summary?: string;
  /** Party practice: the issuer under the tên loại, "của Thị ủy (khóa XXI)" → "CỦA THỊ ỦY (KHÓA XXI)" (D9). */
  readonly issuerLine?: string;
  readonly kinhGui?: readonly string[];
  readonly basis?: readonly string[];
  readonly proposer?: string;
  readonly recipients?: readonly string[];
  readonly storage?: string;
  readonly authority?: AuthorityKind;
  readonly collective?: string;
  readonly head?: string;
  readonly signerTitle?: string;
  readonly signer?: string;
  readonly executors?: string;
  /** Who chairs the meeting (giấy mời, biên bản); a biên bản's chair defaults to its signer. */
  readonly chair?: string;
  /** Who keeps the minutes (biên bản): the "Thư ký" line and the secretary's signature. */
  readonly secretary?: string;
  /** Hợp đồng, bản ghi nhớ, bản thỏa thuận: the other party ("Công ty TNHH …"), its signer's title and name. */
  readonly otherParty?: string;
  readonly otherPartyTitle?: string;
  readonly otherPartySigner?: string;
  /**
   * Who enacts: State "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" (the THẨM QUYỀN BAN HÀNH line before căn cứ), Party "Ban Thường
   * vụ Thị ủy" ("BAN THƯỜNG VỤ THỊ ỦY QUYẾT ĐỊNH", "… quy định … như sau:"); derived from the issuer when absent.
   */
  readonly enactingBody?: string;
  /** What a kế hoạch, hướng dẫn, chương trình carries out: "Thực hiện <this>, …". */
  readonly implementing?: string;
  /**
   * The text is ban hành or phê duyệt kèm theo a quyết định: what follows "(Kèm theo …)", e.g. "Quyết định số
   * 15/QĐ-UBND ngày 04/11/2026 của Ủy ban nhân dân tỉnh Lào Cai"; "…" writes the decision's fields as gaps.
   */
  readonly attachedTo?: string;
  /** A quyết định that ban hành (or phê duyệt) a text kèm theo it: the text's name ("Quy chế làm việc của …"). */
  readonly issues?: string;
  readonly approves?: string;
  /** Dấu mật (ô 10a), khẩn (ô 10b), phạm vi lưu hành (ô 11), each one mark or none [PL1]. */
  readonly secrecy?: readonly Mark[];
  readonly urgency?: readonly Mark[];
  readonly circulation?: readonly Mark[];
  /** Ô 12: the drafter's code, in capitals ("PL"), and the number of copies ("300") → "PL.(300)" [PL1 III.3]. */
  readonly drafterCode?: string;
  readonly copies?: string;
  /** Ô 13: address, e-mail, website, phone, fax, on page 1 under a line across the page [PL1 III.4]. */
  readonly contacts?: readonly string[];
  /**
   * The electronic form [PL1 II.7d, II.8, III.1c–d]: placeholders for the signature and seal images, the
   * organisation's digital signature at the top right of an attached text, "(Kèm theo …)" fields left blank; on a
   * State copy, the electronic copy: the copying body's digital signature over the copied text [PL1 Phần II.I.3].
   */
  readonly electronic?: boolean;
  /**
   * The electronic form: the real diameter of the issuer's round seal, in mm ("42", "35,5"), for the seal image's
   * placeholder; 36 mm when not given (RULEBOOK D27).
   */
  readonly sealDiameter?: string;
  /** The round of a draft, "2" → "DỰ THẢO LẦN 2" (only a draft carries the marker). */
  readonly draftRound?: string;
  /** Titles of the phụ lục that follow the document, each on its own page (PL1 III.1, mẫu 2.1). */
  readonly annexes?: readonly string[];
  /**
   * Write the phụ lục alone, as a file of their own sent with the document (the "không cùng tệp" case of PL1
   * III.1d, mẫu 2.2); the document's fields only name it in "(Kèm theo …)".
   */
  readonly annexOnly?: boolean;
  /** Bản sao: the Party copy's kind (the State one is its type); sao-y by default. */
  readonly copyKind?: CopyKind;
  /** Bản sao: the copied text, a paragraph a line; "…" placeholders when not given. */
  readonly copiedText?: readonly string[];
  /** Bản sao: the original read from its .docx (`ban-chinh`), pasted whole above the copy's parts. */
  readonly original?: OriginalDocument;
  /** A Nơi nhận preset (conventions/recipient-presets) for the recipients and storage not typed. */
  readonly recipientPreset?: string;
  readonly outline?: OutlineStyle;
  /** Header and tên loại only, without the rest (what the first release wrote). */
  readonly headerOnly?: boolean;
}

/** Blank parts a drafter fills in are written "…" so the document is complete and the gaps are plain to see. */
const GAP = "…";

/** The document's number without "Số", its blank as "…": "15/SNV-KS", "…/SNV-KS". */
function parentNumber(input: NewDocumentInput): string {
  const line = numberLine(input);
  return line.ok
    ? line.value
        .replace(/^Số:?\s*/u, "")
        .replace(/^\s*(?=[-/])/u, GAP)
        .trim()
    : GAP;
}

/** The document a phụ lục goes with: "Công văn số 15/SNV-KS ngày 04 tháng 11 năm 2026 của Sở Nội vụ", gaps as "…". */
function parentReference(input: NewDocumentInput, typeName: string): string {
  const number = parentNumber(input);
  const date = documentDate(input.date, input.today);
  const when =
    date.ok && date.value.kind === "dated"
      ? `ngày ${String(date.value.date.day).padStart(2, "0")} tháng ${String(date.value.date.month).padStart(2, "0")} năm ${date.value.date.year}`
      : `ngày ${GAP} tháng ${GAP} năm ${GAP}`;
  return `${typeName || "Văn bản"} số ${number} ${when} của ${tidy(input.issuer) || GAP}`;
}

/** Texts that are ban hành or phê duyệt kèm theo a quyết định (NĐ30 Phụ lục III, the mẫu after mẫu 1.3) [PL3]. */
export const ATTACHABLE_TYPES: readonly string[] = [
  "quy-che",
  "quy-dinh",
  "ke-hoach",
  "chuong-trinh",
  "de-an",
  "du-an",
  "phuong-an",
  "huong-dan",
];

/**
 * The decision a text is attached to, as the "(Kèm theo …)" line writes it; "…" or "qd" leaves its fields blank, and
 * so does the electronic form ("đối với văn bản điện tử, không phải điền thông tin tại các vị trí này") [PL1 III.1c].
 */
function attachedToText(input: NewDocumentInput, profile: Profile): string {
  const typed = tidy(input.attachedTo ?? "");
  if (typed !== "" && !input.electronic && !/^(?:…|\.{3}|qd|quyet-dinh)$/iu.test(typed))
    return typed;
  const number =
    profile.regime === "party"
      ? `${GAP}-QĐ/${tidy(input.issuerCode) || GAP}`
      : `${GAP}/QĐ-${tidy(input.issuerCode) || GAP}`;
  return `Quyết định số ${number} ngày ${GAP} tháng ${GAP} năm ${GAP} của ${tidy(input.issuer) || GAP}`;
}

/** Ô 12 as the form writes it: "PL.(300)" — the code in capitals, the copies in Arabic digits [PL1 III.3]. */
function drafterLine(input: NewDocumentInput): string {
  const code = upper(tidy(input.drafterCode ?? ""));
  const copies = tidy(input.copies ?? "");
  if (code !== "" && copies !== "") return `${code}.(${copies})`;
  return code !== "" ? code : copies !== "" ? `(${copies})` : "";
}

/**
 * The seal diameter, checked: only the electronic form's seal placeholder takes it, and only within the sizes a real
 * round seal has (RULEBOOK D27); a field error otherwise.
 */
function sealDiameterError(input: NewDocumentInput, sealDrawn: boolean): FieldError | null {
  const typed = tidy(input.sealDiameter ?? "");
  if (typed === "") return null;
  if (!sealDrawn)
    return {
      field: "sealDiameter",
      message: {
        vi: input.electronic
          ? "Văn bản này không có chỗ cho hình ảnh dấu (biên bản, văn bản kèm theo quyết định, bản sao điện tử, phụ lục ghi riêng): bỏ đường kính dấu"
          : "Đường kính dấu chỉ dùng cho bản điện tử (--ban-dien-tu), nơi đặt hình ảnh dấu (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.8a)",
        en: input.electronic
          ? "This document has no place for the seal image: leave out the seal diameter"
          : "The seal diameter is for the electronic form (--ban-dien-tu), where the seal image goes",
      },
    };
  const mm = sealDiameterMm(typed);
  return mm.ok ? null : (mm.errors[0] ?? null);
}

/** What a Party document or an attached text cannot carry, and bad ô 12 values, as field errors. */
function extraErrors(input: NewDocumentInput, profile: Profile, attached: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const drafter = tidy(input.drafterCode ?? "") !== "" || tidy(input.copies ?? "") !== "";
  const contacts = (input.contacts ?? []).some((line) => tidy(line) !== "");
  if (profile.regime === "party") {
    if (input.electronic)
      errors.push({
        field: "electronic",
        message: {
          vi: "Các nguồn của Đảng hiện có không quy định hình thức văn bản điện tử (chữ ký số, hình ảnh dấu); bản điện tử chỉ theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7d, II.8 cho văn bản nhà nước (Thể Thức, quyết định D25)",
          en: "The Party sources at hand give no electronic form; it follows NĐ30 for State documents only (rulebook D25)",
        },
      });
    if (drafter || contacts)
      errors.push({
        field:
          tidy(input.drafterCode ?? "") !== ""
            ? "drafterCode"
            : tidy(input.copies ?? "") !== ""
              ? "copies"
              : "contacts",
        message: {
          vi: "Hướng dẫn 36-HD/VPTW và Quy định 399-QĐ/TW không có ô ký hiệu người soạn thảo, số bản, địa chỉ liên hệ; các ô 12, 13 chỉ có ở văn bản nhà nước (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.3, III.4; Thể Thức, quyết định D26)",
          en: "The Party sources have no drafter/copies or contacts boxes; boxes 12 and 13 are State only (rulebook D26)",
        },
      });
  } else if (attached && (drafter || contacts)) {
    errors.push({
      field: drafter ? "drafterCode" : "contacts",
      message: {
        vi: "Văn bản ban hành kèm theo quyết định không có ô 12, 13: ký hiệu người soạn thảo, số bản và địa chỉ ghi ở quyết định (Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.3)",
        en: "A text attached to a decision has no boxes 12 and 13: they go on the decision",
      },
    });
  }
  if (tidy(input.copies ?? "") !== "" && !/^[1-9]\d{0,5}$/u.test(tidy(input.copies ?? "")))
    errors.push({
      field: "copies",
      message: {
        vi: `Số lượng bản “${tidy(input.copies ?? "")}” phải là số nguyên dương bằng chữ số Ả Rập (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.3)`,
        en: "The number of copies must be a positive whole number in Arabic digits",
      },
    });
  const round = tidy(input.draftRound ?? "");
  if (round !== "" && !/^(?:[1-9]\d?|…)$/u.test(round))
    errors.push({
      field: "draftRound",
      message: {
        vi: `Lần dự thảo “${round}” phải là một số, ví dụ 2`,
        en: "The draft round must be a number, e.g. 2",
      },
    });
  const code = tidy(input.drafterCode ?? "");
  if (code !== "" && !/^[\p{L}\d.-]{1,12}$/u.test(code))
    errors.push({
      field: "drafterCode",
      message: {
        vi: `Ký hiệu người soạn thảo “${code}” phải là chữ viết tắt ngắn, không dấu cách, ví dụ PL (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.3)`,
        en: "The drafter's code must be a short abbreviation without spaces, e.g. PL",
      },
    });
  return errors;
}

/** Ô 13: the contacts, 11 pt upright, under a solid line across the text area, at the foot of page 1 [PL1 III.4]. */
function contactsBlock(lines: readonly string[], font: string): Block {
  return {
    name: "contacts",
    title: "Thể Thức: địa chỉ, điện thoại, thư điện tử",
    font,
    placement: "first-page-footer",
    content: lines.map((line, i): ParagraphSpec => ({
      kind: "paragraph",
      role: "contacts",
      align: "left",
      runs: [{ text: line, sizePt: 11 }],
      spacing: { beforePt: i === 0 ? 2 : 0, afterPt: 0 },
      ...(i === 0 ? { borderTop: { widthPt: 0.75 } } : {}),
    })),
  };
}

/**
 * The organisation's digital signature on an attached text in its own file: top right of page 1, no image, the
 * number and the signing time (ISO 8601) in Times New Roman 10, black [PL1 II.8b]; the signing software fills the
 * gaps.
 */
function organisationSignatureBlock(
  input: NewDocumentInput,
  profile: Profile,
  font: string,
  /** The number of the document the file goes with: the quyết định by default, the document of a phụ lục. */
  parent?: string
): Block {
  const code = tidy(input.issuerCode) || GAP;
  const number = parent ?? (profile.regime === "party" ? `${GAP}-QĐ/${code}` : `${GAP}/QĐ-${code}`);
  return signatureBox(font, [`Số, ký hiệu: ${number}`, SIGNING_TIME]);
}

/** The signing time the signing software fills: date and time to the second, Vietnam time, ISO 8601. */
const SIGNING_TIME = `Thời gian ký: ${GAP}-${GAP}-${GAP}T${GAP}:${GAP}:${GAP}+07:00`;

/** An organisation's digital signature: its lines, top right of page 1, Times New Roman 10, no image. */
function signatureBox(
  font: string,
  lines: readonly string[],
  placement: Block["placement"] = "first-page-header"
): Block {
  const line = (text: string): ParagraphSpec => ({
    kind: "paragraph",
    role: "organisation-signature",
    align: "right",
    runs: [{ text, sizePt: 10 }],
    spacing: { beforePt: 0, afterPt: 0 },
  });
  return {
    name: "organisation-signature",
    title: "Thể Thức: chữ ký số của cơ quan",
    font,
    placement,
    content: lines.map(line),
  };
}

/** Party originals are kept by the committee's office: "Thị ủy Điện Bàn" → "Văn phòng Thị ủy", as in the seed. */
function partyStorage(issuer: string): string {
  // A chi bộ has no văn phòng: it keeps its own papers.
  if (/^chi bộ/iu.test(tidy(issuer))) return "Chi bộ";
  const committee = /^(?:đảng|thị|tỉnh|huyện|thành|quận) (?:ủy|uỷ)/iu.exec(tidy(issuer));
  return `Văn phòng ${committee ? committee[0] : tidy(issuer)}`;
}

/** The first words of the issuer that name its kind: "Thị ủy Điện Bàn" → "Thị ủy". */
function kindWords(issuer: string, prefix: string): string {
  return tidy(issuer).split(" ").slice(0, prefix.split(" ").length).join(" ");
}

/** Who enacts the document, in capitals for the State line and the Party formula, and as a sentence subject. */
function enactingBody(
  input: NewDocumentInput,
  profile: Profile
): { caps: string; sentence: string } {
  const given = tidy(input.enactingBody ?? "");
  if (given !== "") return { caps: upper(given), sentence: given };
  const issuer = tidy(input.issuer);
  const row = bodyRow(issuer, profile.regime);
  if (profile.regime === "state") {
    // NĐ30 PL3 mẫu 1.1–1.3 note: the head's title for a decision of the head, the body's name for a collective.
    const caps = row?.kind === "single" ? `${row.head} ${upper(issuer)}` : upper(issuer);
    return { caps, sentence: issuer };
  }
  if (row?.kind === "committee" && row.prefix !== "CHI BỘ" && !row.prefix.startsWith("BAN ")) {
    const sentence = `Ban Thường vụ ${kindWords(issuer, row.prefix)}`;
    return { caps: upper(sentence), sentence };
  }
  const sentence = row?.kind === "committee" ? kindWords(issuer, row.prefix) : issuer;
  return { caps: upper(sentence), sentence };
}

/**
 * A trích yếu as the form writes it: numbers and codes never wrap at their hyphen ("33‑NQ/TW"), year ranges keep
 * together ("2020 - 2025" with no-break spaces); a Party trích yếu starts lower-case (as the checker's
 * title/summary-case expects), a State one upper-case; a typed "V/v" is not doubled.
 */
export function summaryText(summary: string, profile: Profile, letter: boolean): string {
  let text = tidy(summary).replace(/^v\s*[/.]\s*v\.?\s*/iu, "");
  const words = text.split(" ");
  const first = words[0] ?? "";
  const second = words[1] ?? "";
  if (profile.regime === "party" || letter) {
    // Lower the first letter only when the next word is lower-case too: "Quảng Nam …" is a name.
    if (second === "" || second.charAt(0) === second.charAt(0).toLocaleLowerCase("vi"))
      text = `${first.charAt(0).toLocaleLowerCase("vi")}${text.slice(1)}`;
  } else {
    text = `${text.charAt(0).toLocaleUpperCase("vi")}${text.slice(1)}`;
  }
  return text;
}

/** The trích yếu to write: the typed one, or a placeholder so the line is never missing. */
function summaryFor(
  input: NewDocumentInput,
  profile: Profile,
  type: DocumentType | undefined,
  structure: TypeStructure
): string | undefined {
  if (!structure.summary && !type?.letter) return undefined;
  const typed = tidy(input.summary ?? "");
  if (typed !== "") return summaryText(typed, profile, type?.letter ?? false);
  if (type?.letter) return GAP;
  return profile.regime === "party" ? `về ${GAP}` : `Về việc ${GAP}`;
}

/** Room between the draft marker's text and its frame, each side. */
const DRAFT_FRAME_PAD_MM = 2;

/**
 * A draft (blank number or date) says so above the tên loại, so the checker accepts its blanks (D18): "DỰ THẢO" or
 * "DỰ THẢO LẦN 2", capitals, bold, in a single-line frame as wide as the text, as the chỉ dẫn về dự thảo was drawn
 * [HIST TT 01/2011]; NĐ30 and the Party sources give no form of their own (RULEBOOK D33).
 */
function draftMarker(font: string, profile: Profile, round: string): Block {
  const text = round === "" ? "DỰ THẢO" : `DỰ THẢO LẦN ${upper(round)}`;
  const widthMm = textWidthMm(text, 14, true) + 2 * DRAFT_FRAME_PAD_MM;
  return {
    name: "draft-marker",
    title: "Thể Thức: dự thảo",
    font,
    content: [
      {
        kind: "paragraph",
        role: "draft-marker",
        align: "center",
        runs: [{ text, sizePt: 14, bold: true }],
        spacing: { beforePt: 6, afterPt: 0 },
        box: { widthPt: 0.75 },
        indent: { leftMm: 0, rightMm: Math.max(0, textAreaWidthMm(profile) - widthMm) },
      },
    ],
  };
}

/** The text with its first letter lowered when the next word is lower-case too ("Về việc …" → "về việc …"). */
function lowerStart(text: string): string {
  const second = text.split(" ")[1] ?? "";
  if (second !== "" && second.charAt(0) !== second.charAt(0).toLocaleLowerCase("vi")) return text;
  return `${text.charAt(0).toLocaleLowerCase("vi")}${text.slice(1)}`;
}

/** The lines that open the skeleton: the Party enacting formula or sentence, the "Thực hiện … như sau:" opening. */
function openingOf(
  input: NewDocumentInput,
  structure: TypeStructure,
  type: DocumentType | undefined,
  enacting: { caps: string; sentence: string },
  summary: string | undefined
): SkeletonItem[] {
  const subject = summary && summary !== GAP ? ` ${lowerStart(summary)}` : ` về ${GAP}`;
  switch (structure.enacting) {
    case "formula":
      // "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH" (as "BỘ CHÍNH TRỊ QUYẾT ĐỊNH" in QĐ 31-QĐ/TW) [Q399][REAL].
      return [{ kind: "enacting", text: `${enacting.caps} QUYẾT ĐỊNH` }];
    case "sentence": {
      // "Ban Bí thư quy định về … như sau:" [Q399].
      const verb = input.type === "quy-che" ? "ban hành Quy chế" : "quy định";
      return [{ kind: "text", text: `${enacting.sentence} ${verb}${subject} như sau:` }];
    }
    case "implementing": {
      const name = type?.name ?? "";
      const what = tidy(input.implementing ?? "") || GAP;
      return [
        {
          kind: "text",
          text: `Thực hiện ${what}, ${enacting.sentence} ban hành ${name}${subject} như sau:`,
        },
      ];
    }
    default:
      return [];
  }
}

/** The issuer's signer, as the closing writes it: the typed title and name, else gaps. */
function issuerSignature(input: NewDocumentInput): SignatureInput {
  return {
    profile: input.profile,
    authority: input.authority,
    issuer: input.issuer,
    collective: input.collective,
    head: input.head,
    title: input.signerTitle ?? GAP,
    name: input.signer ?? GAP,
  };
}

/** Nơi nhận of a document: the typed list, else the preset's, else a gap; the storage as each regime keeps it. */
function storageFor(input: NewDocumentInput, profile: Profile, presetStorage?: string): string {
  return (
    input.storage ??
    (profile.regime === "state"
      ? ""
      : /^chi bộ/iu.test(tidy(input.issuer))
        ? "Chi bộ"
        : (presetStorage ?? partyStorage(input.issuer)))
  );
}

/**
 * A bản sao: the copied text, the full-width line and the copy's parts, then Nơi nhận and the signature of the
 * person who signs the copy [PL1 Phần II][PL3 mẫu 3.1][H36-BS]. A copy with a blank number or date is a draft.
 */
function copyDocument(input: NewDocumentInput, profile: Profile): BuildResult<Block[]> {
  const copy = copyBlocks({
    ...input,
    // Neither shows on the electronic copy (D36); the paper parts built from them are left out below.
    ...(input.electronic
      ? { place: tidy(input.place) || "Hà Nội", issuerCode: tidy(input.issuerCode) || "SY" }
      : {}),
    // The cấp ủy above the copying body, "…" when not given, as in any Party header [H36-PL3 1.2.1].
    superior:
      profile.regime === "party" &&
      tidy(input.superior ?? "") === "" &&
      needsPartySuperior(input.issuer)
        ? GAP
        : input.superior,
    kind: copyKindOf(input.type, input.copyKind),
    copiedText: input.copiedText,
    ...(input.original
      ? {
          pasted: originalContent(
            input.original.snapshot,
            input.original.tables,
            textAreaWidthMm(profile),
            profile.drafting.body.sizePt
          ),
        }
      : {}),
  });
  if (!copy.ok) return copy;
  if (input.electronic) {
    // The electronic copy [PL1 Phần II.I.3]: the copying body's digital signature at the top right of page 1 —
    // hình thức sao, the body's name, the signing time (ISO 8601, filled by the signing software) — over the copied
    // text; no number, place-date, Nơi nhận or signer of the paper copy.
    const font = profile.page.font.name;
    const form = COPY_FORMS.state[copyKindOf(input.type, input.copyKind)];
    return {
      ok: true,
      value: [
        // At the top of the text area rather than in the page header, where the checker (here and in Word) reads it (D36).
        signatureBox(font, [form, tidy(input.issuer) || GAP, SIGNING_TIME], "body"),
        ...copy.value.filter((block) => block.name === "copied-text"),
      ],
    };
  }
  const closing = closingBlock({
    recipients: {
      profile: input.profile,
      recipients: input.recipients && input.recipients.length > 0 ? input.recipients : [GAP],
      storage: storageFor(input, profile),
    },
    signature: issuerSignature(input),
  });
  if (!closing.ok) return closing;
  const draft = tidy(input.number ?? "") === "" || tidy(input.date ?? "") === "";
  return {
    ok: true,
    value: [
      ...(draft
        ? [draftMarker(profile.page.font.name, profile, tidy(input.draftRound ?? ""))]
        : []),
      ...copy.value,
      closing.value,
    ],
  };
}

/** The blocks of a new document of the input's type, or every field error found. */
export function newDocumentBlocks(input: NewDocumentInput): BuildResult<Block[]> {
  const type = findDocumentType(input.profile, input.type);
  const letter = type?.letter ?? false;
  const profile = PROFILES[input.profile];
  const structure = typeStructure(input.type, profile.regime);
  const attached = tidy(input.attachedTo ?? "") !== "";
  // The QĐ "ban hành / phê duyệt" form (mẫu 1.3): its trích yếu and Điều 1 name the text it carries.
  const carried = tidy(input.issues ?? "") || tidy(input.approves ?? "");
  const carriedVerb = tidy(input.issues ?? "") !== "" ? "Ban hành" : "Phê duyệt";
  const summary = summaryFor(
    carried !== "" && tidy(input.summary ?? "") === ""
      ? { ...input, summary: `${carriedVerb} ${carried}` }
      : input,
    profile,
    type,
    structure
  );
  // The cấp ủy above a committee below the province, or above a ban, is written "…" when not given [H36-PL3 1.2.1].
  const superior =
    profile.regime === "party" &&
    tidy(input.superior ?? "") === "" &&
    needsPartySuperior(input.issuer)
      ? GAP
      : input.superior;
  // Under the number, above the tên loại: secrecy, then urgency; circulation under the place-date [PL1 IV].
  const marks = [...(input.secrecy ?? []), ...(input.urgency ?? []), ...(input.circulation ?? [])];
  const header = headerBlock({
    ...input,
    superior,
    subject: letter ? summary : undefined,
    attached,
    marks,
  });
  const title = titleBlock({
    profile: input.profile,
    type: input.type,
    summary: letter ? undefined : summary,
    ...(attached ? { attachedTo: attachedToText(input, profile) } : {}),
    issuerLine: letter ? undefined : input.issuerLine,
  });
  // The electronic copy shows neither the place nor the ký hiệu (D36): they are not asked for.
  const electronicCopy = structure.copy && input.electronic === true && profile.regime === "state";
  const errors: FieldError[] = [
    ...(header.ok
      ? []
      : header.errors.filter((e) => !electronicCopy || !["place", "issuerCode"].includes(e.field))),
    ...(title.ok ? [] : title.errors),
    ...extraErrors(input, profile, attached),
  ];
  if (attached && !ATTACHABLE_TYPES.includes(input.type)) {
    errors.push({
      field: "attachedTo",
      message: {
        vi: `Chỉ ${ATTACHABLE_TYPES.join(", ")} được ban hành kèm theo quyết định (Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.3)`,
        en: `Only ${ATTACHABLE_TYPES.join(", ")} are issued attached to a decision`,
      },
    });
  }
  if (carried !== "" && input.type !== "quyet-dinh") {
    errors.push({
      field: tidy(input.issues ?? "") !== "" ? "issues" : "approves",
      message: {
        vi: "Chỉ quyết định mới ban hành, phê duyệt văn bản kèm theo (Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.3)",
        en: "Only a quyết định issues or approves a text attached to it",
      },
    });
  }
  if (input.copyKind && input.type !== "ban-sao") {
    errors.push({
      field: "copyKind",
      message: {
        vi: "Hình thức sao chỉ chọn cho bản sao của Đảng (ban-sao); bản sao nhà nước chọn loại sao-y, sao-luc, trich-sao (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II)",
        en: "The copy kind is chosen only for a Party copy (ban-sao); a State copy is the type sao-y, sao-luc or trich-sao",
      },
    });
  }
  // The seal placeholder is drawn under the issuer's signature of an electronic document that has one (D27).
  const sealDrawn =
    input.electronic === true &&
    !attached &&
    !structure.copy &&
    !input.annexOnly &&
    structure.closing !== "minutes";
  const sealError = sealDiameterError(input, sealDrawn);
  if (sealError) errors.push(sealError);
  // Only a text both parties sign has another party (D34): its keys are refused elsewhere, not silently dropped.
  const otherParty = (
    [
      ["otherParty", input.otherParty],
      ["otherPartyTitle", input.otherPartyTitle],
      ["otherPartySigner", input.otherPartySigner],
    ] as const
  ).find(([, value]) => tidy(value ?? "") !== "");
  if (otherParty && !structure.parties) {
    errors.push({
      field: otherParty[0],
      message: {
        vi: `${type?.name ?? "Loại văn bản này"} (${input.type}) không có bên ký thứ hai; bên B chỉ có ở hợp đồng, bản ghi nhớ, bản thỏa thuận (Thể Thức, quyết định D34)`,
        en: `A ${type?.name ?? "document of this type"} (${input.type}) has no second signing party; the other party belongs to a hợp đồng, bản ghi nhớ or bản thỏa thuận`,
      },
    });
  }
  if (input.original) {
    const refusal = !structure.copy
      ? {
          vi: "Bản chính (ban-chinh) chỉ dán vào bản sao: sao-y, sao-luc, trich-sao, ban-sao",
          en: "An original (ban-chinh) is pasted only into a copy: sao-y, sao-luc, trich-sao, ban-sao",
        }
      : (input.copiedText ?? []).some((line) => tidy(line) !== "")
        ? {
            vi: "Chỉ dùng một trong hai: ban-chinh (dán cả bản chính) hoặc van-ban-sao (gõ nội dung được sao)",
            en: "Use one of ban-chinh (paste the whole original) or van-ban-sao (type the copied text), not both",
          }
        : input.original.snapshot.paragraphs.every((p) => tidy(p.text) === "")
          ? {
              vi: "Tệp bản chính không có chữ nào để sao",
              en: "The original's file holds no text to copy",
            }
          : undefined;
    if (refusal) errors.push({ field: "original", message: refusal });
  }
  const kinhGuiTyped = (input.kinhGui ?? []).map(tidy).filter((r) => r !== "");
  if (structure.kinhGui === "never" && kinhGuiTyped.length > 0) {
    errors.push({
      field: "kinhGui",
      message: {
        vi: `${type?.name ?? "Loại văn bản này"} không có “Kính gửi” (Nghị định 30/2020/NĐ-CP, Phụ lục III; Hướng dẫn 36-HD/VPTW, Phụ lục 3)`,
        en: `A ${type?.name ?? "document of this type"} never carries “Kính gửi”`,
      },
    });
  }
  if (input.annexOnly && (input.annexes ?? []).every((t) => tidy(t) === "")) {
    errors.push({
      field: "annexOnly",
      message: {
        vi: "Cần tiêu đề phụ lục (phu-luc=…) để ghi phụ lục thành tệp riêng",
        en: "A separate annex file needs the annex titles (phu-luc=…)",
      },
    });
  }
  // The paper copy's own parts have no place on the electronic copy [PL1 Phần II.I.3]: refuse them, not drop them.
  const paperOnly = (
    [
      ["number", input.number],
      ["date", input.date],
      ["signer", input.signer],
      ["signerTitle", input.signerTitle],
      ["recipients", (input.recipients ?? []).join("")],
    ] as const
  ).find(([, value]) => tidy(value ?? "") !== "");
  if (electronicCopy && paperOnly) {
    errors.push({
      field: paperOnly[0],
      message: {
        vi: "Bản sao điện tử chỉ có chữ ký số của cơ quan sao (hình thức sao, tên cơ quan, thời gian ký), không có số, ngày, nơi nhận, người ký của bản sao giấy (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục I.3); bỏ --ban-dien-tu để ghi bản sao giấy",
        en: "An electronic copy carries only the copying body's digital signature, not the paper copy's number, date, recipients or signer; leave out --ban-dien-tu for a paper copy",
      },
    });
  }
  if (structure.copy && errors.length === 0 && type) return copyDocument(input, profile);
  if (!header.ok || !title.ok || !type || errors.length > 0) {
    // The type error is reported by both builders; show it once.
    const unique = errors.filter(
      (e, i) =>
        errors.findIndex(
          (other) => other.field === e.field && other.message.vi === e.message.vi
        ) === i
    );
    return { ok: false, errors: unique };
  }
  // An attached text has no number or date of its own: it is no draft for want of them.
  const draft =
    !attached &&
    ((tidy(input.number ?? "") === "" && !type.unnumbered) || tidy(input.date ?? "") === "");
  if (!draft && tidy(input.draftRound ?? "") !== "")
    return {
      ok: false,
      errors: [
        {
          field: "draftRound",
          message: {
            vi: "Văn bản đã có số và ngày không phải dự thảo; để trống số hoặc ngày để ghi “DỰ THẢO LẦN …”",
            en: "A document with its number and date is no draft; leave one blank to mark the round",
          },
        },
      ],
    };
  const blocks: Block[] = [
    header.value,
    ...(draft ? [draftMarker(header.value.font, profile, tidy(input.draftRound ?? ""))] : []),
    ...(title.value.content.length > 0 ? [title.value] : []),
  ];
  if (input.headerOnly) return { ok: true, value: blocks };
  if (attached) {
    // Mẫu after mẫu 1.3: the text itself, with no Kính gửi, căn cứ, Nơi nhận or signature (the decision has them).
    const skeleton = skeletonBlock({
      profile: input.profile,
      type: input.type,
      outline: input.outline,
    });
    if (!skeleton.ok) return skeleton;
    const signed = input.electronic
      ? [organisationSignatureBlock(input, profile, header.value.font)]
      : [];
    return { ok: true, value: [...signed, ...blocks, skeleton.value] };
  }

  const more: BuildResult<Block>[] = [];
  const kinhGui = kinhGuiTyped;
  const enacting = enactingBody(input, profile);
  const inline = structure.kinhGui === "inline";
  if (
    structure.kinhGui === "required" ||
    (structure.kinhGui !== "never" && !inline && kinhGui.length > 0)
  ) {
    more.push(
      kinhGuiBlock({
        profile: input.profile,
        recipients: kinhGui.length > 0 ? kinhGui : [GAP],
        toTrinh: input.type === "to-trinh" && profile.regime === "party",
        // Mẫu 1.6 note 6: the body's name, or the head's title, as on the THẨM QUYỀN BAN HÀNH line.
        ...(input.type === "cong-dien" ? { sender: enacting.caps } : {}),
      })
    );
  }
  if (structure.basis) {
    const basis = (input.basis ?? []).map(tidy).filter((r) => r !== "");
    more.push(
      basisBlock({
        profile: input.profile,
        lines: basis.length > 0 ? basis : [GAP],
        // "Theo đề nghị của …" belongs to the State decision forms (mẫu 1.2, 1.3), not to a giấy ủy quyền.
        proposer:
          input.proposer ??
          (profile.regime === "state" && structure.enacting === "authority-line" ? GAP : ""),
        // NĐ30 PL3 mẫu 1.1–1.3: the THẨM QUYỀN BAN HÀNH line, capitals, bold, centred, before căn cứ.
        ...(structure.enacting === "authority-line" ? { authorityLine: enacting.caps } : {}),
      })
    );
  }
  more.push(
    skeletonBlock({
      profile: input.profile,
      type: input.type,
      outline: input.outline,
      executors: input.executors,
      opening: openingOf(input, structure, type, enacting, summary),
      ...(carried !== ""
        ? {
            firstArticle: `${carriedVerb} kèm theo Quyết định này ${carried}.`,
          }
        : {}),
      fields: {
        issuer: input.issuer,
        addressees: inline ? kinhGui.join(", ") : undefined,
        chair: input.chair ?? (structure.closing === "minutes" ? input.signer : undefined),
        secretary: input.secretary,
        otherParty: input.otherParty,
      },
    })
  );
  const preset = input.recipientPreset ? findRecipientPreset(input.recipientPreset) : undefined;
  if (preset && !preset.profiles.includes(input.profile)) {
    const offered = RECIPIENT_PRESETS.filter((p) => p.profiles.includes(input.profile)).map(
      (p) => p.id
    );
    errors.push({
      field: "recipientPreset",
      message: {
        vi: `Danh sách mẫu “${preset.id}” không dùng cho ${input.profile}; dùng ${offered.join(", ")}`,
        en: `The preset “${preset.id}” is not for ${input.profile}; use ${offered.join(", ")}`,
      },
    });
  }
  // The preset's generic storage ("Văn phòng", "VT") gives way to the issuer's own office.
  const presetStorage =
    preset && !["Văn phòng", "VT"].includes(preset.storage) ? preset.storage : undefined;
  const recipients = {
    profile: input.profile,
    recipients:
      input.recipients && input.recipients.length > 0
        ? input.recipients
        : preset
          ? preset.lines
          : [GAP],
    // Wherever there is a Kính gửi, the list starts "- Như trên" [PL1 II.9b]: báo cáo, công điện, giấy mời too.
    nhuTren:
      structure.nhuTren || structure.kinhGui === "required" || (!inline && kinhGui.length > 0),
    ...(structure.executorsArticle ? { nhuDieu: structure.executorsArticle } : {}),
    storage:
      input.storage ??
      (profile.regime === "state"
        ? ""
        : /^chi bộ/iu.test(tidy(input.issuer))
          ? "Chi bộ"
          : (presetStorage ?? partyStorage(input.issuer))),
  };
  const drafter = drafterLine(input);
  const seal = sealDiameterMm(sealDrawn ? (input.sealDiameter ?? "") : "");
  // The issuer's closing, alone or beside the other party's.
  const signed = {
    drafter,
    electronic: input.electronic,
    ...(seal.ok && seal.value !== undefined ? { sealMm: seal.value } : {}),
    recipients,
    signature: issuerSignature(input),
  };
  if (structure.closing === "minutes") {
    more.push(
      minutesClosingBlock(recipients, input.secretary ?? "", input.signer ?? input.chair ?? "", {
        drafter,
        electronic: input.electronic,
      })
    );
  } else if (structure.parties) {
    more.push(
      partiesClosingBlock(signed, {
        bodies: structure.parties === "bodies",
        issuer: input.issuer,
        party: input.otherParty ?? "",
        title: input.otherPartyTitle ?? "",
        name: input.otherPartySigner ?? "",
      })
    );
  } else {
    more.push(closingBlock(signed));
  }
  for (const result of more) {
    if (result.ok) blocks.push(result.value);
    else errors.push(...result.errors);
  }
  if (structure.leaveConfirmation) blocks.push(leaveConfirmationBlock(input.profile));
  if (structure.travelTable) blocks.push(travelTableBlock(input.profile));
  const annex = annexBlock({
    profile: input.profile,
    titles: input.annexes ?? [],
    // The electronic form leaves the number and date of "(Kèm theo …)" blank [PL1 III.1c].
    parent: parentReference(
      input.electronic ? { ...input, number: "", date: "" } : input,
      type?.name ?? ""
    ),
  });
  if (input.annexOnly && annex) {
    // The phụ lục as a file of their own: the first starts the file, each later one a section of its own; the
    // electronic form puts the organisation's signature at the top right of page 1 (mẫu 2.2) [PL1 III.1d, II.8b].
    const standalone: Block = {
      ...annex,
      content: annex.content.map((item, i) =>
        i === 0 && item.kind === "paragraph"
          ? { ...item, pageBreakBefore: false, newSection: false }
          : item
      ),
    };
    const signed = input.electronic
      ? [organisationSignatureBlock(input, profile, header.value.font, parentNumber(input))]
      : [];
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: [...signed, standalone] };
  }
  if (annex) blocks.push(annex);
  const contacts = (input.contacts ?? []).map(tidy).filter((line) => line !== "");
  if (contacts.length > 0) blocks.push(contactsBlock(contacts, header.value.font));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: blocks };
}
