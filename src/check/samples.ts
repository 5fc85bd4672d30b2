// Correct sample documents in each regime, with named paragraphs, for rule examples: change one part, expect one finding.

import type { ProfileId } from "../conventions";
import {
  cell,
  doc,
  p,
  page,
  type PageDraft,
  type ParagraphDraft,
  type ParagraphFormat,
  row,
  table,
} from "../ooxml/snapshot-builder";
import type { Snapshot } from "../ooxml/snapshot";

/** A change to one named paragraph: new formatting, or a new text (keeping the formatting). */
export interface SampleChange extends ParagraphFormat {
  readonly text?: string;
}

export interface Sample {
  readonly snapshot: Snapshot;
  /** Paragraph index of each named part. */
  readonly at: Readonly<Record<string, number>>;
}

type Named = readonly [name: string, format: ParagraphFormat, text: string];

const BODY: ParagraphFormat = {
  size: 14,
  align: "both",
  firstLineMm: 10,
  afterPt: 6,
  line: 20,
  lineRule: "exact",
};
const STATE_BODY: ParagraphFormat = {
  size: 14,
  align: "both",
  firstLineMm: 10,
  afterPt: 6,
  line: 1.15,
  lineRule: "auto",
};
const C = "center" as const;

const PARTY_HEADER_LEFT: Named[] = [
  ["superior", { size: 14, align: C }, "ĐẢNG BỘ TỈNH QUẢNG NAM"],
  ["issuer", { size: 14, bold: true, align: C }, "THỊ ỦY ĐIỆN BÀN"],
  ["star", { size: 14, align: C }, "*"],
  ["number", { size: 14, align: C }, "Số 1301-KL/TU"],
];
const PARTY_HEADER_RIGHT: Named[] = [
  ["partyTitle", { size: 15, bold: true, align: C }, "ĐẢNG CỘNG SẢN VIỆT NAM"],
  ["partyTitleLine", { size: 6, align: C, borderTop: true }, ""],
  ["placeDate", { size: 14, italic: true, align: C }, "Điện Bàn, ngày 18 tháng 7 năm 2023"],
];
const PARTY_FRONT: Named[] = [
  ["documentType", { size: 16, bold: true, align: C, beforePt: 18 }, "KẾT LUẬN"],
  ["titleIssuerLine", { size: 15, bold: true, align: C }, "CỦA THỊ ỦY (KHÓA XXI)"],
  ["summary", { size: 14, bold: true, align: C }, "tại Hội nghị giữa nhiệm kỳ 2020 - 2025"],
  ["separator", { size: 14, align: C, afterPt: 12 }, "-----"],
];
const PARTY_BODY: Named[] = [
  [
    "opening",
    BODY,
    "Ngày 17/7/2023, Hội nghị giữa nhiệm kỳ Ban Chấp hành Đảng bộ thị xã (khóa XXI) thống nhất kết luận:",
  ],
  [
    "heading1",
    { ...BODY, bold: true },
    "I. Về kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ thị xã",
  ],
  [
    "paragraph1",
    BODY,
    "Ban Chấp hành Đảng bộ thị xã và các đại biểu đã thảo luận và cho ý kiến về các dự thảo báo cáo.",
  ],
  ["heading2", { ...BODY, bold: true }, "II. Về công tác kiểm tra, giám sát và kỷ luật của Đảng"],
  [
    "paragraph2",
    BODY,
    "Giao Ủy ban Kiểm tra Thị ủy tiếp tục tham mưu thực hiện tốt nhiệm vụ kiểm tra, giám sát.",
  ],
  ["heading3", { ...BODY, bold: true }, "III. TỔ CHỨC THỰC HIỆN"],
  [
    "item1",
    BODY,
    "1. Các đảng ủy, chi bộ trực thuộc Thị ủy triển khai thực hiện có hiệu quả Kết luận này.",
  ],
  [
    "item2",
    BODY,
    "2. Ban Thường vụ Thị ủy có trách nhiệm lãnh đạo, chỉ đạo thực hiện Kết luận này.",
  ],
];
const PARTY_RECIPIENTS: Named[] = [
  ["recipientsLabel", { size: 14, underline: true }, "Nơi nhận:"],
  ["recipient1", { size: 12 }, "- Thường trực Tỉnh ủy (b/c),"],
  ["recipient2", { size: 12 }, "- Các đảng ủy, chi bộ trực thuộc Thị ủy,"],
  ["recipientLast", { size: 12 }, "- Lưu Văn phòng Thị ủy."],
];
const PARTY_SIGNATURE: Named[] = [
  ["authority", { size: 14, bold: true, align: C }, "T/M THỊ ỦY"],
  ["signerTitle", { size: 14, bold: true, align: C }, "PHÓ BÍ THƯ"],
  ["signatureSpace", { size: 14, align: C }, ""],
  ["signerName", { size: 14, bold: true, align: C }, "Bùi Văn Lý"],
];

const STATE_HEADER_TOP_LEFT: Named[] = [
  ["superior", { size: 13, align: C }, "UBND TỈNH LÀO CAI"],
  ["issuer", { size: 13, bold: true, align: C }, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
  ["issuerLine", { size: 6, align: C, borderTop: true }, ""],
];
const STATE_HEADER_TOP_RIGHT: Named[] = [
  ["nationalName", { size: 13, bold: true, align: C }, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["motto", { size: 14, bold: true, align: C }, "Độc lập - Tự do - Hạnh phúc"],
  ["mottoLine", { size: 6, align: C, borderTop: true }, ""],
];
const STATE_NUMBER: Named[] = [["number", { size: 13, align: C }, "Số: 12/QĐ-SNNMT"]];
const STATE_DATE: Named[] = [
  ["placeDate", { size: 14, italic: true, align: C }, "Lào Cai, ngày 05 tháng 3 năm 2026"],
];
const STATE_FRONT: Named[] = [
  ["documentType", { size: 14, bold: true, align: C, beforePt: 18 }, "QUYẾT ĐỊNH"],
  ["summary", { size: 14, bold: true, align: C }, "Về việc ban hành Quy chế làm việc của Sở"],
  // The line under the trích yếu: about 2/5 of it, centred by indents as the generator centres it.
  ["summaryLine", { size: 6, align: C, borderTop: true, leftMm: 64, rightMm: 64 }, ""],
  [
    "decisionAuthority",
    { size: 14, bold: true, align: C },
    "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
  ],
  [
    "basis1",
    { ...STATE_BODY, italic: true },
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
  ],
  ["basis2", { ...STATE_BODY, italic: true }, "Theo đề nghị của Chánh Văn phòng Sở."],
  ["enacting", { size: 14, bold: true, align: C }, "QUYẾT ĐỊNH:"],
];
const STATE_BODY_PARAGRAPHS: Named[] = [
  [
    "article1",
    STATE_BODY,
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nông nghiệp và Môi trường.",
  ],
  ["article2", STATE_BODY, "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."],
  [
    "article3",
    STATE_BODY,
    "Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.",
  ],
];
const STATE_RECIPIENTS: Named[] = [
  ["recipientsLabel", { size: 12, bold: true, italic: true }, "Nơi nhận:"],
  ["recipient1", { size: 11 }, "- Như Điều 3;"],
  ["recipient2", { size: 11 }, "- UBND tỉnh (b/c);"],
  ["recipientLast", { size: 11 }, "- Lưu: VT, VP."],
];
const STATE_SIGNATURE: Named[] = [
  ["signerTitle", { size: 14, bold: true, align: C }, "GIÁM ĐỐC"],
  ["signatureSpace", { size: 14, align: C }, ""],
  ["signerName", { size: 14, bold: true, align: C }, "Nguyễn Văn An"],
];

const STATE_LETTER_NUMBER: Named[] = [
  ["number", { size: 13, align: C }, "Số: 5973/UBND-KT"],
  [
    "letterSubject",
    { size: 12, align: C, beforePt: 6 },
    "V/v tăng cường công tác quản lý khoáng sản",
  ],
];
const STATE_LETTER_FRONT: Named[] = [
  ["kinhGui", { size: 14, align: C, beforePt: 12 }, "Kính gửi: Sở Tài chính tỉnh Lào Cai."],
];
const STATE_LETTER_BODY: Named[] = [
  [
    "paragraph1",
    STATE_BODY,
    "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nông nghiệp và Môi trường đề nghị Sở Tài chính phối hợp thực hiện.",
  ],
  ["paragraph2", STATE_BODY, "Đề nghị Sở Tài chính quan tâm, phối hợp thực hiện./."],
];
const STATE_LETTER_RECIPIENTS: Named[] = [
  ["recipientsLabel", { size: 12, bold: true, italic: true }, "Nơi nhận:"],
  ["recipient1", { size: 11 }, "- Như trên;"],
  ["recipientLast", { size: 11 }, "- Lưu: VT, KS."],
];
const PARTY_LETTER_LEFT: Named[] = [
  ["superior", { size: 14, align: C }, "ĐẢNG BỘ TỈNH QUẢNG NAM"],
  ["issuer", { size: 14, bold: true, align: C }, "THỊ ỦY ĐIỆN BÀN"],
  ["star", { size: 14, align: C }, "*"],
  ["number", { size: 14, align: C }, "Số 12-CV/TU"],
  ["letterSubject", { size: 12, italic: true, align: C }, "chế độ hội nghị và công tác phí"],
];
const PARTY_LETTER_FRONT: Named[] = [
  [
    "kinhGui",
    { size: 14, align: C, beforePt: 12 },
    "Kính gửi: Các đảng ủy, chi bộ trực thuộc Thị ủy",
  ],
];
const PARTY_LETTER_BODY: Named[] = [
  [
    "paragraph1",
    BODY,
    "Thực hiện quy định về chế độ hội nghị, Ban Thường vụ Thị ủy đề nghị các đảng ủy, chi bộ thực hiện nghiêm.",
  ],
  ["paragraph2", BODY, "Đề nghị các đảng ủy, chi bộ triển khai thực hiện."],
];
const PARTY_LETTER_RECIPIENTS: Named[] = [
  ["recipientsLabel", { size: 14, underline: true }, "Nơi nhận:"],
  ["recipient1", { size: 12 }, "- Như trên,"],
  ["recipientLast", { size: 12 }, "- Lưu Văn phòng Thị ủy."],
];
const PARTY_LETTER_SIGNATURE: Named[] = [
  ["authority", { size: 14, bold: true, align: C }, "T/L BAN THƯỜNG VỤ"],
  ["signerTitle", { size: 14, bold: true, align: C }, "CHÁNH VĂN PHÒNG"],
  ["signatureSpace", { size: 14, align: C }, ""],
  ["signerName", { size: 14, bold: true, align: C }, "Nguyễn Văn Bình"],
];

export type SampleKind = "document" | "letter";

/**
 * A correct document of the profile's regime — a Party kết luận (the seed's layout) or a State quyết định — with
 * `changes` applied to the named parts. `at` gives each part's paragraph index.
 */
export function sample(
  profile: ProfileId,
  changes: Readonly<Record<string, SampleChange>> = {},
  setup?: Omit<PageDraft, "kind">,
  kind: SampleKind = "document"
): Sample {
  const at: Record<string, number> = {};
  let next = 0;
  const make = (named: readonly Named[]): ParagraphDraft[] =>
    named.map(([name, format, text]) => {
      const change = changes[name] ?? {};
      const { text: changedText, ...changedFormat } = change;
      at[name] = next++;
      const finalText = changedText ?? text;
      return finalText === ""
        ? p({ ...format, ...changedFormat })
        : p({ ...format, ...changedFormat }, finalText);
    });
  const pageDraft = setup ? [page(setup)] : [];
  if (kind === "letter" && profile === "nha-nuoc") {
    const headerTable = table(
      row(cell(...make(STATE_HEADER_TOP_LEFT)), cell(...make(STATE_HEADER_TOP_RIGHT))),
      row(cell(...make(STATE_LETTER_NUMBER)), cell(...make(STATE_DATE)))
    );
    const front = make(STATE_LETTER_FRONT);
    const body = make(STATE_LETTER_BODY);
    const closing = table(
      row(cell(...make(STATE_LETTER_RECIPIENTS)), cell(...make(STATE_SIGNATURE)))
    );
    return { snapshot: doc(headerTable, ...front, ...body, closing, ...pageDraft), at };
  }
  if (kind === "letter") {
    const headerTable = table(
      row(cell(...make(PARTY_LETTER_LEFT)), cell(...make(PARTY_HEADER_RIGHT)))
    );
    const front = make(PARTY_LETTER_FRONT);
    const body = make(PARTY_LETTER_BODY);
    const closing = table(
      row(cell(...make(PARTY_LETTER_RECIPIENTS)), cell(...make(PARTY_LETTER_SIGNATURE)))
    );
    return { snapshot: doc(headerTable, ...front, ...body, closing, ...pageDraft), at };
  }
  if (profile === "nha-nuoc") {
    const headerTable = table(
      row(cell(...make(STATE_HEADER_TOP_LEFT)), cell(...make(STATE_HEADER_TOP_RIGHT))),
      row(cell(...make(STATE_NUMBER)), cell(...make(STATE_DATE)))
    );
    const front = make(STATE_FRONT);
    const body = make(STATE_BODY_PARAGRAPHS);
    const closing = table(row(cell(...make(STATE_RECIPIENTS)), cell(...make(STATE_SIGNATURE))));
    return { snapshot: doc(headerTable, ...front, ...body, closing, ...pageDraft), at };
  }
  const headerTable = table(
    row(cell(...make(PARTY_HEADER_LEFT)), cell(...make(PARTY_HEADER_RIGHT)))
  );
  const front = make(PARTY_FRONT);
  const body = make(PARTY_BODY);
  const closing = table(row(cell(...make(PARTY_RECIPIENTS)), cell(...make(PARTY_SIGNATURE))));
  return { snapshot: doc(headerTable, ...front, ...body, closing, ...pageDraft), at };
}

/** The index of a named part in the unchanged sample (the same whatever the changes). */
export function indexOf(profile: ProfileId, name: string, kind: SampleKind = "document"): number {
  const index = sample(profile, {}, undefined, kind).at[name];
  if (index === undefined) throw new RangeError(`sample ${profile} has no part "${name}"`);
  return index;
}
