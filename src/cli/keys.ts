// The `--set key=value` keys of `thethuc new`, and the form fields they fill.

import type { AuthorityKind } from "../blocks/closing-block";
import type { NewDocumentInput } from "../blocks/new-document";
import type { Mark } from "../blocks/mark-block";
import { readFileSync } from "node:fs";
import type { OriginalDocument } from "../blocks/original-block";
import { RECIPIENT_PRESETS, findRecipientPreset } from "../conventions";
import { DocxReadError, readZipPackage } from "../ooxml/package-reader";
import { snapshotOf } from "../ooxml/snapshot-reader";
import { tableLooks } from "../ooxml/table-looks";
import { ownValue } from "../text/own-value";

type Field = keyof Omit<
  NewDocumentInput,
  "profile" | "type" | "today" | "headerOnly" | "electronic"
>;

export interface CliKey {
  readonly key: string;
  readonly field: Field;
  readonly help: string;
  /** A list: the key may repeat, and one value may hold several items separated by "|". */
  readonly list?: boolean;
  /** Turns the text into the field's value, or throws a RangeError with a one-line reason. */
  readonly parse?: (value: string) => unknown;
}

const AUTHORITIES: Readonly<Record<string, AuthorityKind>> = {
  "": "none",
  khong: "none",
  tm: "collective",
  "t/m": "collective",
  kt: "deputy",
  "k/t": "deputy",
  tl: "byOrder",
  "t/l": "byOrder",
  tuq: "authorised",
  q: "acting",
};

function parseAuthority(value: string): AuthorityKind {
  const key = value.trim().toLowerCase().replace(/\.$/, "");
  const kind = ownValue(AUTHORITIES, key);
  if (!kind)
    throw new RangeError(
      `thẩm quyền "${value}" không có; dùng tm, kt, tl, tuq, q hoặc để trống (ký trực tiếp)`
    );
  return kind;
}

function parsePreset(value: string): string {
  const preset = findRecipientPreset(value.trim());
  if (!preset)
    throw new RangeError(
      `danh sách mẫu "${value}" không có; dùng ${RECIPIENT_PRESETS.map((p) => p.id).join(", ")}`
    );
  return preset.id;
}

/** A mark typed without diacritics or as written: "hoa-toc", "HỎA TỐC". */
function markParser(
  what: string,
  marks: Readonly<Record<string, Mark>>
): (value: string) => readonly Mark[] {
  return (value) => {
    const key = value.trim().toLocaleLowerCase("vi").replace(/\s+/gu, "-");
    const written = Object.values(marks).find(
      (m) => m.toLocaleLowerCase("vi").replace(/ /gu, "-") === key
    );
    const mark = written ?? ownValue(marks, key);
    if (!mark)
      throw new RangeError(`${what} "${value}" không có; dùng ${Object.keys(marks).join(", ")}`);
    return [mark];
  };
}

function parseOutline(value: string): "dot" | "dash" {
  if (value === "I." || value === "dot" || value === "cham") return "dot";
  if (value === "I-" || value === "dash" || value === "gach") return "dash";
  throw new RangeError(`kiểu đánh số "${value}" không có; dùng "I." hoặc "I-"`);
}

export const CLI_KEYS: readonly CliKey[] = [
  {
    key: "co-quan-cap-tren",
    field: "superior",
    help: "cơ quan cấp trên (Đảng) / chủ quản (Nhà nước), tùy chọn — superior body",
  },
  { key: "co-quan", field: "issuer", help: "cơ quan ban hành — issuing body (required)" },
  {
    key: "ky-hieu",
    field: "issuerCode",
    help: "ký hiệu cơ quan: TU, HU, ĐU, UBND, SNNMT — issuing body's code (required)",
  },
  {
    key: "don-vi",
    field: "unitCode",
    help: "công văn nhà nước: mã đơn vị soạn thảo (KT trong 5973/UBND-KT) — drafting unit of a State letter",
  },
  {
    key: "so",
    field: "number",
    help: "số văn bản; để trống khi là dự thảo — number; blank in a draft",
  },
  { key: "dia-danh", field: "place", help: "địa danh — place name (required)" },
  {
    key: "ngay",
    field: "date",
    help: "ngày dd/mm/yyyy; để trống khi là dự thảo — date; blank in a draft",
  },
  { key: "trich-yeu", field: "summary", help: "trích yếu (công văn: dòng V/v) — subject" },
  {
    key: "kinh-gui",
    field: "kinhGui",
    list: true,
    help: "nơi nhận sau “Kính gửi:”, nhiều nơi cách nhau bởi | — addressees",
  },
  {
    key: "can-cu",
    field: "basis",
    list: true,
    help: "căn cứ ban hành, mỗi căn cứ một lần --set hoặc cách nhau bởi | — legal bases",
  },
  {
    key: "de-nghi",
    field: "proposer",
    help: "“Theo đề nghị của …” (căn cứ cuối) — proposing body",
  },
  {
    key: "noi-nhan",
    field: "recipients",
    list: true,
    help: "Nơi nhận, cách nhau bởi |, có thể kèm (b/c), (p/h) — recipients",
  },
  {
    key: "noi-nhan-mau",
    field: "recipientPreset",
    parse: parsePreset,
    help: `danh sách nơi nhận mẫu theo cấp: ${RECIPIENT_PRESETS.map((p) => p.id).join(", ")} — Nơi nhận preset`,
  },
  {
    key: "luu",
    field: "storage",
    help: "nơi lưu: Đảng “Văn phòng Thị ủy”; Nhà nước mã đơn vị sau VT — where the original is kept",
  },
  {
    key: "tham-quyen",
    field: "authority",
    parse: parseAuthority,
    help: "thẩm quyền ký: tm, kt, tl, tuq, q, khong; bỏ qua thì suy ra từ cơ quan và chức vụ — signing authority (derived when omitted)",
  },
  {
    key: "tap-the",
    field: "collective",
    help: "tập thể ký thay mặt / thừa lệnh: “Ủy ban nhân dân”, “Thị ủy” — body signed for",
  },
  {
    key: "thu-truong",
    field: "head",
    help: "người đứng đầu được ký thay (kt, tuq): “Chủ tịch” — head signed for",
  },
  {
    key: "chuc-vu",
    field: "signerTitle",
    help: "chức vụ người ký: “Phó Chủ tịch” — signer's title",
  },
  { key: "nguoi-ky", field: "signer", help: "họ tên người ký — signer's name" },
  {
    key: "thi-hanh",
    field: "executors",
    help: "quyết định: ai chịu trách nhiệm thi hành (điều cuối) — who executes a decision",
  },
  {
    key: "mat",
    field: "secrecy",
    parse: markParser("độ mật", { mat: "MẬT", "toi-mat": "TỐI MẬT", "tuyet-mat": "TUYỆT MẬT" }),
    help: "dấu độ mật dưới số, ký hiệu (ô 10a): mat, toi-mat, tuyet-mat — secrecy mark",
  },
  {
    key: "khan",
    field: "urgency",
    parse: markParser("độ khẩn", {
      khan: "KHẨN",
      "thuong-khan": "THƯỢNG KHẨN",
      "hoa-toc": "HỎA TỐC",
    }),
    help: "dấu độ khẩn (ô 10b): khan, thuong-khan, hoa-toc — urgency mark",
  },
  {
    key: "luu-hanh",
    field: "circulation",
    parse: markParser("phạm vi lưu hành", {
      "xem-xong-tra-lai": "XEM XONG TRẢ LẠI",
      "luu-hanh-noi-bo": "LƯU HÀNH NỘI BỘ",
    }),
    help: "phạm vi lưu hành (ô 11): xem-xong-tra-lai, luu-hanh-noi-bo — circulation mark",
  },
  {
    key: "phu-luc",
    field: "annexes",
    list: true,
    help: "phụ lục sau văn bản, mỗi phụ lục một trang: tiêu đề, nhiều phụ lục cách nhau bởi | (Phụ lục I, II…) — annex titles",
  },
  {
    key: "phu-luc-rieng",
    field: "annexOnly",
    parse: (value: string) => {
      const key = value.trim().toLocaleLowerCase("vi");
      if (["co", "có", "1", "true"].includes(key)) return true;
      if (["khong", "không", "0", "false", ""].includes(key)) return false;
      throw new RangeError(`phu-luc-rieng "${value}" không rõ; dùng co hoặc khong`);
    },
    help: "co: chỉ ghi phụ lục thành tệp riêng gửi kèm văn bản (số trang riêng; các khóa khác cho “(Kèm theo …)”) — write the annexes as a file of their own",
  },
  {
    key: "kem-theo",
    field: "attachedTo",
    help: "quy chế, quy định, kế hoạch, đề án… ban hành kèm theo quyết định: “Quyết định số 15/QĐ-UBND ngày … của …” hoặc … (không số, không ngày, không nơi nhận) — text attached to a decision",
  },
  {
    key: "ban-hanh",
    field: "issues",
    help: "quyết định ban hành văn bản kèm theo: tên văn bản (“Quy chế làm việc của Sở …”), viết vào trích yếu và Điều 1 — the text a decision issues",
  },
  {
    key: "phe-duyet",
    field: "approves",
    help: "quyết định phê duyệt văn bản kèm theo: tên văn bản (“Kế hoạch …”) — the text a decision approves",
  },
  {
    key: "chu-tri",
    field: "chair",
    help: "giấy mời, biên bản: người chủ trì (chủ tọa); biên bản mặc định là người ký — who chairs the meeting",
  },
  {
    key: "thu-ky",
    field: "secretary",
    help: "biên bản: thư ký (người ghi biên bản), dòng “Thư ký” và chữ ký — who keeps the minutes",
  },
  {
    key: "ben-b",
    field: "otherParty",
    help: "hợp đồng, bản ghi nhớ, bản thỏa thuận: bên kia (“Công ty TNHH …”), ký ở cột trái — the other party",
  },
  {
    key: "ben-b-chuc-vu",
    field: "otherPartyTitle",
    help: "hợp đồng, bản ghi nhớ, bản thỏa thuận: chức vụ người ký của bên kia — the other party's signer's title",
  },
  {
    key: "ben-b-nguoi-ky",
    field: "otherPartySigner",
    help: "hợp đồng, bản ghi nhớ, bản thỏa thuận: họ tên người ký của bên kia — the other party's signer",
  },
  {
    key: "tham-quyen-ban-hanh",
    field: "enactingBody",
    help: "ai ban hành: nhà nước dòng THẨM QUYỀN BAN HÀNH (quyết định, nghị quyết); Đảng “Ban Thường vụ Tỉnh ủy … QUYẾT ĐỊNH”; mặc định suy ra từ cơ quan — enacting body",
  },
  {
    key: "thuc-hien",
    field: "implementing",
    help: "kế hoạch, hướng dẫn, chương trình: văn bản được thực hiện (“Thực hiện … như sau:”) — what the plan carries out",
  },
  {
    key: "du-thao-lan",
    field: "draftRound",
    help: "dự thảo (số hoặc ngày để trống): lần dự thảo, “DỰ THẢO LẦN 2” — draft round",
  },
  {
    key: "nguoi-soan",
    field: "drafterCode",
    help: "nhà nước, ô 12: ký hiệu người soạn thảo, chữ in hoa (PL trong “PL.(300)”) — drafter's code",
  },
  {
    key: "so-ban",
    field: "copies",
    help: "nhà nước, ô 12: số lượng bản phát hành (300 trong “PL.(300)”) — number of copies",
  },
  {
    key: "lien-he",
    field: "contacts",
    list: true,
    help: "nhà nước, ô 13: địa chỉ, điện thoại, thư điện tử, trang thông tin ở chân trang 1, mỗi dòng cách nhau bởi | — contacts line",
  },
  {
    key: "dau-duong-kinh",
    field: "sealDiameter",
    help: "bản điện tử (--ban-dien-tu): đường kính thật của dấu cơ quan, mm, từ 25 đến 50 (mặc định 36) — the seal's real diameter",
  },
  {
    key: "hinh-thuc-sao",
    field: "copyKind",
    parse: (value: string) => {
      const key = value.trim().toLocaleLowerCase("vi");
      if (key === "sao-y" || key === "sao-luc" || key === "trich-sao") return key;
      throw new RangeError(`hình thức sao "${value}" không có; dùng sao-y, sao-luc, trich-sao`);
    },
    help: "bản sao của Đảng (ban-sao): sao-y (SAO Y BẢN CHÍNH, mặc định), sao-luc, trich-sao — Party copy kind",
  },
  {
    key: "van-ban-sao",
    field: "copiedText",
    list: true,
    help: "bản sao: nội dung văn bản được sao, mỗi đoạn cách nhau bởi | (bỏ trống: dòng “…” để dán bản chính) — copied text",
  },
  {
    key: "ban-chinh",
    field: "original",
    parse: readOriginal,
    help: "bản sao: tệp .docx của bản chính, dán cả văn bản (đoạn, bảng, định dạng) lên trên phần thể thức bản sao — the original's .docx, pasted whole",
  },
  {
    key: "danh-so",
    field: "outline",
    parse: parseOutline,
    help: "kiểu đánh số đề mục: I. (mặc định) hoặc I- — outline style",
  },
];

/**
 * The original of a bản sao, read from its .docx by the project's reader (the checker's): its paragraphs with their
 * effective formatting, and which tables are printed with lines. A file that cannot be read throws with a one-line
 * reason.
 */
function readOriginal(path: string): OriginalDocument {
  const file = path.trim();
  if (file === "")
    throw new RangeError("cần đường dẫn tệp .docx của bản chính (the original's .docx path)");
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RangeError(
      code === "ENOENT"
        ? `không có tệp "${file}" (no such file)`
        : code === "EISDIR"
          ? `"${file}" là thư mục, không phải tệp .docx (a folder, not a .docx)`
          : `không đọc được "${file}" (cannot read: ${code ?? "error"})`
    );
  }
  try {
    const parts = readZipPackage(bytes);
    return {
      snapshot: snapshotOf(parts),
      tables: tableLooks(parts.get("word/document.xml") ?? ""),
    };
  } catch (error) {
    if (error instanceof DocxReadError) throw new RangeError(`"${file}": ${error.message}`);
    throw error;
  }
}

/** The CLI key that fills a form field, for messages; the field name itself when no key does. */
export function keyForField(field: string): string {
  if (field === "electronic") return "--ban-dien-tu";
  return CLI_KEYS.find((key) => key.field === field)?.key ?? field;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * What the document's safe normalisations change in a typed value, as one line for stderr; null when the value goes
 * into the document as typed.
 */
export function normalisationNote(key: string, value: string): string | null {
  const vi: string[] = [];
  const en: string[] = [];
  const controls = value.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    vi.push(`${controls} ký tự điều khiển bị bỏ hoặc thành dấu cách`);
    en.push(`${controls} control characters dropped or made spaces`);
  }
  const lone = value.match(LONE_SURROGATE)?.length ?? 0;
  if (lone > 0) {
    vi.push(`${lone} nửa cặp UTF-16 lẻ thay bằng �`);
    en.push(`${lone} lone surrogates replaced with �`);
  }
  const clean = value.replace(CONTROL, " ").replace(LONE_SURROGATE, "\ufffd");
  if (clean !== clean.normalize("NFC")) {
    vi.push("dấu được ghép vào chữ (NFC)");
    en.push("combining marks composed (NFC)");
  }
  if (clean !== clean.replace(/\s+/gu, " ").trim()) {
    vi.push("khoảng trắng thừa được gộp hoặc bỏ");
    en.push("extra white space collapsed or trimmed");
  }
  return vi.length === 0 ? null : `${key}: ${vi.join(", ")} (normalised: ${en.join(", ")})`;
}
