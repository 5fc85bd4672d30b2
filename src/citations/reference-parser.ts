// Finds the references to other documents in a paragraph's text — numbered documents, laws by name — and the definitions of short forms.

import type { Regime } from "../conventions";
import {
  CITED_TYPES,
  type CitedType,
  findCitedType,
  KNOWN_TYPE_CODES,
  PARTY_ISSUER_CODES,
  STATE_ISSUER_CODES,
} from "./cited-types";
import { codePointClass } from "../text/code-point-class";
import { nextMatchNotAfter } from "../text/matches-not-after";
import { isWhiteSpaceUnit } from "../text/white-space";
import { LAW_NAMES } from "./law-names";
import {
  isPlainMapping,
  mapText,
  mapTextOnce,
  type MappedText,
  originalSpan,
  type TextSpan,
} from "./mapped-text";
import { findNamedDocument, NAMED_DOCUMENTS, type NamedDocument } from "./named-documents";

export type DateStyle = "numeric" | "long";

export interface ReferenceDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** "18/7/2023" is numeric, "18 tháng 7 năm 2023" long. */
  readonly style: DateStyle;
  readonly span: TextSpan;
}

export interface LawName {
  /**
   * The name after the type: "Hóa chất", "Tổ chức chính quyền địa phương", "sửa đổi, bổ sung một số điều của Luật Đất
   * đai"; "Đảng" for Điều lệ Đảng; "" for "Hiến pháp năm 2013".
   */
  readonly name: string;
  /** "năm 2025" or a bare "2020" after the name. */
  readonly year: number | null;
}

export interface Reference {
  /** Offsets in the original text, from the type name to the last part understood (trích yếu, issuer, date…). */
  readonly span: TextSpan;
  /** The original text of the span. */
  readonly text: string;
  /** The type as the rulebook writes it: "Quyết định", "Luật"; "Điều lệ", "Hiến pháp", "Cương lĩnh" for named documents. */
  readonly typeName: string;
  /** The type as written in the text (case and typing variants kept): "quyết định", "Bộ Luật". */
  readonly typeWritten: string;
  /** "số" written before the number. */
  readonly hasSo: boolean;
  /** The serial number: "1300", "30"; null for a law cited by name only. */
  readonly number: string | null;
  /** The ký hiệu after the serial, spaces removed: "KL/TU", "QĐ-UBND", "2020/NĐ-CP"; null for "Quyết định 218". */
  readonly code: string | null;
  /** The whole number, spaces removed: "1300-KL/TU", "30/2020/NĐ-CP", "218". */
  readonly numberText: string | null;
  /** Where the number is, in the original text. */
  readonly numberSpan: TextSpan | null;
  /** The number had spaces around "-" or "/" ("1300 - KL/TU"). */
  readonly spacedNumber: boolean;
  /**
   * A group of the ký hiệu was typed in lower case ("12/qđ-ubnd") or in a case its known code does not have ("12/Qđ-UBND",
   * "38/Ct-TTg"); `numberText` and the codes give it in capitals, known codes in their own case ("TTg").
   */
  readonly lowerCaseCode: boolean;
  /** The number's form: Party "1300-KL/TU", State "12/QĐ-UBND"; null without a ký hiệu. */
  readonly regime: Regime | null;
  /** Type code in the ký hiệu ("KL", "QĐ"), or null (State công văn "UBND-KT" has none the parser can tell). */
  readonly typeCode: string | null;
  /** Issuer part of the ký hiệu: Party "TU"; State the groups after the type code ("UBND", "CP"), or all of them. */
  readonly issuerCode: string | null;
  /** Year inside a normative number ("30/2020/NĐ-CP" → 2020). */
  readonly numberYear: number | null;
  readonly date: ReferenceDate | null;
  /** "10-NQ/TW, ngày …": a comma between the number and "ngày" (D5). */
  readonly commaBeforeDate: boolean;
  /** After "của": "Thị ủy", "Bộ Chính trị (khóa XI)". */
  readonly issuer: string | null;
  /** The trích yếu: "về …", "ban hành …", up to the end of the clause. */
  readonly summary: string | null;
  /** Laws and ordinances cited by name, and the documents cited by name alone (Điều lệ Đảng, Hiến pháp, Cương lĩnh). */
  readonly law: LawName | null;
  /** Type and number only, a number without ký hiệu ("Chỉ thị 11"), or a law by bare name: the form of later mentions. */
  readonly short: boolean;
  /** The short form defined right after the reference: "(viết tắt là Quyết định 218)". */
  readonly definedAs: string | null;
}

export type DefinitionFormula =
  | "viết tắt là"
  | "sau đây viết tắt là"
  | "sau đây gọi tắt là"
  | "gọi tắt là"
  | "sau đây gọi là"
  | "gọi là"
  | "acronym";

export interface Definition {
  /** The short form defined: "Quyết định 218", "KCN". */
  readonly short: string;
  /** The parenthesis, in the original text. */
  readonly span: TextSpan;
  /** The short form itself, in the original text. */
  readonly shortSpan: TextSpan;
  /** How it is introduced; "acronym" for a bare "(KCN)" after the words it shortens. */
  readonly formula: DefinitionFormula;
}

const L = String.raw`\p{L}`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\d])`;

/**
 * The pattern with its named groups made plain numbered ones, read by number (the order of their "(" in the source):
 * a match of a pattern with named groups builds a dictionary of them, about 200 bytes more and twice the time of the
 * match itself; these run for every citation candidate of a document. Look-behinds are left alone.
 */
function numbered(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/\(\?<(?![=!])[A-Za-z]\w*>/g, "("), pattern.flags);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A type's name after its first letter, as a pattern: a law's "luật", "lệnh" in either case ("Bộ Luật"). */
function restOfName(type: CitedType): string {
  const rest = escape(type.name.slice(1));
  return type.law ? rest.replace("luật", "[Ll]uật").replace("lệnh", "[Ll]ệnh") : rest;
}

// The type names grouped by first letter ("[Nn](?:ghị quyết liên tịch|ghị quyết|ghị định)|[Tt](?:…)"), longest first
// within a group as in CITED_TYPES: the engine tests each position against a score of first letters, not forty-odd names
// (twice as fast on a body as the flat list). The matches are the same: the first letters differ between groups, and
// where a shorter name is the start of a longer one the longer cannot match too (a name is followed by "số" or digits).
const DOCUMENT_TYPES_RE = [...new Set(CITED_TYPES.map((type) => type.name[0] as string))]
  .map((first) => {
    const rests = CITED_TYPES.filter((type) => type.name[0] === first).map(restOfName);
    return `[${first}${first.toLocaleLowerCase("vi")}](?:${rests.join("|")})`;
  })
  .join("|");

/**
 * A type name, "số" or not, then the number (checked by NUMBER at the end of the match). It must start a word (not after
 * a letter or digit); that is tested in code by `wordStarts`, not by a look-behind, which the engine would try at every
 * position of every paragraph before the type's first letter (four times the cost of the whole pattern on a body).
 */
// Groups: 1 type, 2 so.
const DOCUMENT_HEAD = numbered(
  new RegExp(`(?<type>${DOCUMENT_TYPES_RE})(?<so>\\s+số\\s*:?)?\\s+(?=\\d)`, "gu")
);
// Where a document head can end: a digit with white space before it (DOCUMENT_HEAD's `\s+(?=\d)`). The engine looks for
// digits, then behind: a third cheaper than `/\s(?=\d)/g`, as spaces are many more. Walked by `test` (the digit is just
// before lastIndex): no match array for each of a document's thousands of numbers.
const NUMBER_AFTER_SPACE = /\d(?<=\s\d)/g;
// The same in a plain text (isPlainMapping), whose only white space is U+0020: a search for " " then a digit, which the
// engine runs in two thirds of the time of the look-behind, with the same matches and lastIndex.
const NUMBER_AFTER_PLAIN_SPACE = / \d/g;
const LONGEST_TYPE = Math.max(...CITED_TYPES.map((type) => type.name.length));

/** A unit that may stand between a head's type and its number: white space, "số" and ":". */
function isHeadTail(unit: number): boolean {
  return unit === 0x3a || unit === 0x73 || unit === 0x1ed1 || isWhiteSpaceUnit(unit);
}
/**
 * The last two units of each type's name once the units `isHeadTail` takes are cut from its end ("Tuyên bố" gives " b"),
 * as one number: walking back from a digit over those units stops right after a head's type, so a stretch whose last two
 * units are none of these holds no head. Most digits in a text (dates, "năm 2023", "khoản 2") end there.
 */
const HEAD_KEYS: ReadonlySet<number> = new Set(
  CITED_TYPES.map((type) => {
    let end = type.name.length;
    while (end > 0 && isHeadTail(type.name.charCodeAt(end - 1))) end--;
    return type.name.charCodeAt(end - 2) * 0x10000 + type.name.charCodeAt(end - 1);
  })
);
// Words before a lower-case "luật" that make it a common noun: "pháp luật Việt Nam", "kỷ luật Đảng", "quy luật", "dự
// luật". A lower-case "luật" is a law only before a capitalised name ("theo luật Đất đai"), never "luật sư".
const LAW_NOUN_BEFORE = new Set([
  "pháp",
  "kỷ",
  "quy",
  "định",
  "điều",
  "giáo",
  "đạo",
  "hình",
  "dân",
  "công",
  "tư",
  "phạm",
  "trái",
  "dự",
  "hiến",
  "thành",
]);
// "Trường Đại học Luật Hà Nội", "Khoa Luật": a capital "Luật" naming a school, not a law.
const SCHOOL_BEFORE = new Set(["học", "khoa"]);
// Laws and ordinances by name. The word before is checked in code, not in a lookbehind: the pattern runs on every
// paragraph and a lookbehind or a rarer first letter in it makes every paragraph slower.
// Group 1: the type.
const LAW_HEAD = numbered(
  new RegExp(`(?<type>[Bb]ộ [Ll]uật|Luật|luật(?=\\s\\p{Lu})|[Pp]háp [Ll]ệnh)\\s+(?=\\S)`, "gu")
);
// The documents cited by name alone (named-documents.ts), looked for only in a paragraph that holds one's type.
const NAMED_HEAD = new RegExp(`(?:${NAMED_DOCUMENTS.map((named) => named.head).join("|")})`, "gu");
const PREVIOUS_WORD = /(?<word>\p{L}+)\s$/u;

/**
 * The next match of a g-flagged `pattern` from its lastIndex that starts a word (no letter or digit before it): a step of
 * `matchAll` with `(?<![\p{L}\d])` put before the pattern. Walked by `exec` in a loop, not a generator: this runs over
 * every paragraph of a document.
 */
function nextWordStart(pattern: RegExp, text: string): RegExpExecArray | null {
  return nextMatchNotAfter(pattern, text, WORD_CHARACTERS);
}

/** The word right before `at`, lower-cased: "pháp" before "luật" in "pháp luật". */
function previousWord(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 8), at);
  return PREVIOUS_WORD.exec(before)?.groups?.word?.toLocaleLowerCase("vi") ?? "";
}

// Party "1300-KL/TU"; State "12/QĐ-UBND", "5973/UBND-KT", "30/2020/NĐ-CP", "69/2025/QH15" — spaces around the
// separators tolerated and reported (conventions §3.3). Codes typed in lower or mixed case ("12/qđ-ubnd", "1300-kl/tu",
// "1300-Kl/Tu") are read too, so the number-form rule can report them: a State one starting in lower case needs a
// hyphen, and a lower-case group no space before it ("12/QĐ-UBND - về việc" ends at "UBND").
const STATE_GROUP = String.raw`\s?-\s?\p{Lu}[${L}\d&]*|-\s?\p{Ll}[${L}\d&]*`;
// Groups: 1 serial, 2 ptype, 3 pissuer, 4 year, 5 scode.
const NUMBER = numbered(
  new RegExp(
    String.raw`(?<serial>\d{1,5})(?:` +
      String.raw`\s?-\s?(?<ptype>${L}+)\s?\/\s?(?<pissuer>${L}[${L}\d]*)` +
      "|" +
      String.raw`\s?\/\s?(?:(?<year>(?:19|20)\d{2})\s?\/\s?)?(?<scode>\p{Lu}[${L}\d&]*(?:${STATE_GROUP})*|\p{Ll}[${L}\d&]*(?:${STATE_GROUP})+)` +
      ")?",
    "uy"
  )
);
const SERIAL = 1;
const PTYPE = 2;
const YEAR = 4;
const SCODE = 5;
// A bare number is a reference only when it stands alone: not "Báo cáo 6 tháng", "Kế hoạch 2.000".
const BARE_END = /^(?=$|[\s,;:.)”"])(?!\s(?:tháng|năm|ngày|quý|lần|giờ|người|%))(?![.,]\d)/u;
// A group of a ký hiệu with a lower-case letter: "qđ" in "12/qđ-ubnd", "Qđ" in "12/Qđ-UBND" — and "TTg", "QĐi", which
// are right (`miscased` tells them apart).
const CASED_GROUPS = /(?<=[-/])\p{L}[\p{L}\d&]*(?=$|[-/])/gu;
const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;

// Groups: 1 comma, 2–4 day, month, year of a numeric date, 5–7 of a long one.
const DATE = numbered(
  new RegExp(
    String.raw`(?<comma>\s?,)?\s?ngày\s(?:(?<d>\d{1,2})\s?[/.-]\s?(?<m>\d{1,2})\s?[/.-]\s?(?<y>\d{4})|(?<ld>\d{1,2})\stháng\s(?<lm>\d{1,2})\snăm\s(?<ly>\d{4}))` +
      NOT_WORD_AFTER,
    "uy"
  )
);
const ISSUER_START = /\s?,?\s?của\s/uy;
// "Quyết định số 12/QĐ-UBND do UBND tỉnh ban hành ngày …": the issuer after "do", only when "ban hành" follows it.
const ISSUED_BY = /\sdo\s/uy;
const ISSUED = /\s(?:ký\s)?ban hành(?![\p{L}\d])/uy;
const TOKEN = /\s?(?<token>\([^()]*\)|[^\s,;:()“”"]+)/uy;
const NEXT_WORD = /\s?(?<word>[^\s,;:()“”"]+)/uy;
// Group 1: the word that starts the trích yếu.
const SUMMARY_START = numbered(
  new RegExp(
    String.raw`\s?,?\s?(?<start>về|ban hành|quy định|phê duyệt|hướng dẫn|sửa đổi)(?=\s)(?!\s?:)`,
    "uy"
  )
);
const LAW_YEAR = /\s(?:năm\s)?(?<year>(?:19|20)\d{2})(?![\d/])/uy;
// A year, number or date after a law's name ends it: "Luật Hóa chất năm 2025", "… số 69/2025/QH15", "… ngày 19 tháng …".
const LAW_MARKER = /(?:số\s\d|ngày\s\d|năm\s(?:19|20)\d{2}|(?:19|20)\d{2}(?![\d/]))/uy;

// Lower-case words that end an issuer ("của Thị ủy về …", "của Chính phủ quy định …"): verbs and linking words.
const ISSUER_STOP = new Set([
  "về",
  "được",
  "đã",
  "theo",
  "tại",
  "trong",
  "thì",
  "để",
  "nhằm",
  "với",
  "cho",
  "có",
  "là",
  "trước",
  "sau",
  "đến",
  "từ",
  "nay",
  "này",
  "đó",
  "khi",
  "nêu",
  "gửi",
  "trình",
  "các",
  "những",
  "ngày",
  "năm",
  "số",
  "cũng",
  "đang",
  "sẽ",
  "không",
  "chưa",
  "mà",
  "nên",
  "do",
  "vì",
  "như",
  "hoặc",
  "đề",
  "giao",
  "ký",
]);
// Two-word verbs that end an issuer, whose first word may also be part of a name ("Ủy ban nhân dân" but "ban hành").
const ISSUER_STOP_PAIRS = new Set([
  "ban hành",
  "quy định",
  "phê duyệt",
  "hướng dẫn",
  "công nhận",
  "thông qua",
  "tổ chức",
  "kèm theo",
  "hợp nhất",
  "áp dụng",
  "tiếp tục",
  "triển khai",
  "yêu cầu",
  "chỉ đạo",
  "thực hiện",
  "sửa đổi",
]);
// The first words of those pairs (a pair can only match when the word before the next one is one of them).
const ISSUER_STOP_PAIR_FIRSTS: ReadonlySet<string> = new Set(
  [...ISSUER_STOP_PAIRS].map((pair) => pair.split(" ")[0] as string)
);
// Words that end a law's name when no year, number or date follows it (the name ends at the first punctuation too).
const LAW_STOP = new Set([
  "của",
  "được",
  "đã",
  "thì",
  "có",
  "tại",
  "theo",
  "để",
  "về",
  "này",
  "hiện",
  "trong",
  "cho",
  "với",
  "nhằm",
  "khi",
  "là",
  "do",
  "nên",
  "như",
  "mà",
  "đối",
  "sửa",
  "sẽ",
  "đang",
  "cần",
  "phải",
  "chưa",
  "cũng",
  "vẫn",
  "còn",
  "mới",
  "gồm",
  "nêu",
  "hoặc",
  "nhưng",
  "hay",
  "từ",
  "đến",
  "các",
  "những",
  "và các",
  "quy định",
  "hướng dẫn",
  "ban hành",
  "hiện hành",
  "bổ sung",
  "giao cho",
  "quyết định",
  "thực hiện",
  "triển khai",
  "áp dụng",
  "yêu cầu",
  "điều chỉnh",
  "xác định",
  "nghiêm cấm",
  "ngày",
  "năm",
]);
// Lower-case words after "Luật" that make no law's name: "Luật sư", "Luật gia", "luật lệ", "Luật quy định …".
const LAW_NOT_NAME = new Set([
  "sư",
  "gia",
  "học",
  "pháp",
  "lệ",
  "lệnh",
  "chơi",
  "định",
  "hóa",
  "hoá",
  "tục",
  "khoa",
  "quy",
  "điều",
  "áp",
  "xác",
  "yêu",
  "nghiêm",
  "ghi",
  "chính",
  "nói",
  "trên",
  "ấy",
  "kia",
  "cũ",
  "riêng",
  "chung",
  "và",
  "nào",
  "gì",
  "cơ",
  "bổ",
  "mẫu",
  "thuộc",
  "đi",
  "ra",
  "vào",
  "bao",
  "quốc",
  "rừng",
  "nhân",
  "cung",
  "bất",
  "ngầm",
  "thơ",
  "bằng",
  "hấp",
]);
// Names that make no law: "theo luật Việt Nam" is Vietnamese law in general.
const LAW_NOT_NAMES = /^(?:Việt Nam|Nhà nước|Đảng|Quốc tế)(?![\p{L}\d])/u;
// A part before its number ends a name: "Luật Địa chất và khoáng sản và Điều 73 Nghị định …".
const PART_WORDS = new Set([
  "Điều",
  "điều",
  "Khoản",
  "khoản",
  "Điểm",
  "điểm",
  "Chương",
  "chương",
  "Mục",
  "mục",
  "Phần",
  "phần",
]);
// "Luật Phòng, chống tham nhũng": the one comma a law's name commonly holds.
const PHONG_CHONG = /,\s?chống\s/uy;
// "hòa"/"hoà", "thủy"/"thuỷ": a known name in either tone-mark style (D4), written in the new style in law-names.ts.
const NEW_TONE = /[òóỏõọ]a(?!\p{L})|(?<![qQ])[ùúủũụ]y(?!\p{L})/gu;

function eitherTone(name: string): string {
  return escape(name).replace(NEW_TONE, (pair) => {
    const [vowel = "", mark = ""] = (pair[0] as string).normalize("NFD");
    return `(?:${pair}|${`${vowel}${pair[1] as string}${mark}`.normalize("NFC")})`;
  });
}

// The names in law-names.ts, whatever their case, longest first: taken whole before the general rule.
const KNOWN_LAW_NAME = new RegExp(
  `(?:${[...LAW_NAMES]
    .map(([name]) => name)
    .sort((a, b) => b.length - a.length)
    .map(eitherTone)
    .join("|")})${NOT_WORD_AFTER}`,
  "iuy"
);
// Linking words left at the end of a name or a trích yếu when the next reference cuts it.
const DANGLING = /(?:[\s,]+(?:và|tại|theo|của|với|trong|hoặc))*[\s,]*$/u;
const DANGLING_WORDS = ["và", "tại", "theo", "của", "với", "trong", "hoặc"];

/**
 * The text without its dangling linking words and trailing spaces or commas (DANGLING removed). Most names end in a
 * letter of no linking word, where the pattern can only match the empty end: it is not run then, since an end-anchored
 * pattern is tried from every position of the text.
 */
function withoutDangling(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x2c && !isWhiteSpaceUnit(last) && !endsWithDanglingWord(text)) return text;
  return text.replace(DANGLING, "");
}

function endsWithDanglingWord(text: string): boolean {
  for (const word of DANGLING_WORDS) if (text.endsWith(word)) return true;
  return false;
}
const MAX_ISSUER_WORDS = 14;
const MAX_LAW_WORDS = 14;
// A lower-case name without year, number or date ("Luật tổ chức chính quyền địa phương") is kept up to this many words
// and only when something ends it: punctuation, a linking word, the end of the text.
const MAX_LOWER_LAW_WORDS = 8;
const MAX_AMENDED_LAWS = 12;
const MAX_SUMMARY = 400;

const STARTS_UPPER = /^\p{Lu}/u;

function isUpper(word: string): boolean {
  return STARTS_UPPER.test(word);
}

// A cited type's name (or a named document's) starts here, whatever its case: "… và Quyết định số …".
const TYPE_AT = new RegExp(
  `(?:${[
    ...CITED_TYPES.map((type) => type.name),
    "Điều lệ Đảng",
    "Hiến pháp",
    "Cương lĩnh xây dựng",
    "Cương lĩnh chính trị",
  ]
    .map(escape)
    .join("|")})`,
  "iuy"
);
// The same for the types an issuer's name never holds; a law's type in one ("Hội Luật gia") ends it only as a reference.
const DOCUMENT_TYPE_AT = new RegExp(
  `(?:${CITED_TYPES.filter((type) => !type.law)
    .map((type) => escape(type.name))
    .join("|")})`,
  "iuy"
);

function startsAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** The word after `at` and where it starts; "" at the end or before punctuation. */
function nextWord(text: string, at: number): { word: string; start: number } {
  NEXT_WORD.lastIndex = at;
  if (!NEXT_WORD.test(text)) return { word: "", start: 0 };
  // By `test` (no match array): the word starts after the one white space the pattern may take first.
  const start = isWhiteSpaceUnit(text.charCodeAt(at)) ? at + 1 : at;
  return { word: text.slice(start, NEXT_WORD.lastIndex), start };
}

interface Head {
  readonly start: number;
  /** End of the number (documents), of the type word and its space (laws), of the type (named documents). */
  readonly end: number;
  readonly typeName: string;
  readonly typeWritten: string;
  readonly kind: "document" | "law" | "named";
  readonly hasSo: boolean;
  readonly number?: RegExpExecArray;
  readonly named?: NamedDocument;
}

function findHeads(text: string, plain: boolean): Head[] {
  const heads: Head[] = [];
  const digits = plain ? NUMBER_AFTER_PLAIN_SPACE : NUMBER_AFTER_SPACE;
  // The word-starting matches of DOCUMENT_HEAD, in the order a search of the whole text finds them, found by searching
  // only the stretch before each digit that follows white space: a head ends at such a digit, after its type (at most
  // LONGEST_TYPE units) and white space, "số" and ":" (HEAD_TAIL units). The stretch holds every head that ends at the
  // digit and no other (a head holds no digit; the earlier ones were found at their own digit), and the engine no
  // longer tries the type names at every letter of the paragraph. `from` is where a search of the whole text would go
  // on: past a head taken, one unit past one dropped for the letter before it.
  let from = 0;
  digits.lastIndex = 0;
  while (digits.test(text)) {
    const digitAt = digits.lastIndex - 1;
    let tail = digitAt;
    while (tail > from && isHeadTail(text.charCodeAt(tail - 1))) tail--;
    // A type of at least two units ends at `tail`, after `from`; none does where the two units before it are no type's end.
    if (
      tail - 2 < from ||
      !HEAD_KEYS.has(text.charCodeAt(tail - 2) * 0x10000 + text.charCodeAt(tail - 1))
    )
      continue;
    const windowStart = Math.max(from, tail - LONGEST_TYPE);
    const window = text.slice(windowStart, digitAt + 1);
    let match: RegExpExecArray | null = null;
    DOCUMENT_HEAD.lastIndex = 0;
    for (let found = DOCUMENT_HEAD.exec(window); found; found = DOCUMENT_HEAD.exec(window)) {
      if (!WORD_CHARACTERS.before(text, windowStart + found.index)) {
        match = found;
        break;
      }
      from = windowStart + found.index + 1;
      DOCUMENT_HEAD.lastIndex = found.index + 1;
    }
    DOCUMENT_HEAD.lastIndex = 0;
    if (!match) continue;
    const start = windowStart + match.index;
    from = start + match[0].length;
    const typeWritten = match[1] as string;
    const so = match[2];
    const type = findCitedType(typeWritten);
    if (!type) continue;
    NUMBER.lastIndex = from;
    const number = NUMBER.exec(text);
    if (!number) continue;
    const coded = number[PTYPE] !== undefined || number[SCODE] !== undefined;
    // "Luật 2025", "báo cáo 6 tháng": without a ký hiệu, only a capitalised type followed by a lone number.
    if (
      !coded &&
      (type.law || !BARE_END.test(text.slice(NUMBER.lastIndex)) || (!so && !isUpper(typeWritten)))
    )
      continue;
    heads.push({
      start,
      end: NUMBER.lastIndex,
      typeName: type.name,
      typeWritten,
      kind: "document",
      hasSo: so !== undefined,
      number,
    });
  }
  // Every law head holds "uật" or "háp lệnh"/"háp Lệnh" (LAW_HEAD's alternatives, matched case-sensitively in the
  // matching form: NFC, one U+0020 between words): a paragraph with none of them is not searched. "háp" alone let in
  // every "giải pháp" and "biện pháp", where the pattern then walked the whole paragraph for nothing.
  // One search tells whether either test below can pass (most paragraphs hold none of their texts): five fewer walks.
  const lawOrNamed = LAW_OR_NAMED.test(text);
  if (lawOrNamed && (text.includes("uật") || holdsPhapLenh(text))) {
    LAW_HEAD.lastIndex = 0;
    for (let match = nextWordStart(LAW_HEAD, text); match; match = nextWordStart(LAW_HEAD, text)) {
      const typeWritten = match[1] as string;
      if (typeWritten === "Luật" && SCHOOL_BEFORE.has(previousWord(text, match.index))) continue;
      if (typeWritten === "luật" && LAW_NOUN_BEFORE.has(previousWord(text, match.index))) continue;
      const type = findCitedType(typeWritten);
      if (!type) continue;
      heads.push({
        start: match.index,
        end: match.index + match[0].length,
        typeName: type.name,
        typeWritten,
        kind: "law",
        hasSo: false,
      });
    }
  }
  if (lawOrNamed && holdsNamedType(text)) {
    NAMED_HEAD.lastIndex = 0;
    for (
      let match = nextWordStart(NAMED_HEAD, text);
      match;
      match = nextWordStart(NAMED_HEAD, text)
    ) {
      const written = match[0];
      const named = namedWritten(written);
      if (!named) continue;
      heads.push({
        start: match.index,
        end: match.index + written.length,
        typeName: named.typeName,
        typeWritten: written,
        kind: "named",
        hasSo: false,
        named,
      });
    }
  }
  // Each kind is found in order: only heads of two kinds can be out of order, and sorting copies the list.
  let sorted = true;
  for (let i = 1; i < heads.length && sorted; i++) {
    const before = heads[i - 1] as Head;
    const head = heads[i] as Head;
    sorted = before.start < head.start || (before.start === head.start && before.end >= head.end);
  }
  if (heads.length < 2) return heads;
  if (!sorted) heads.sort(byStartThenLongest);
  // "Bộ luật" also holds "luật": keep the first of overlapping heads.
  const kept: Head[] = [heads[0] as Head];
  for (let index = 1; index < heads.length; index++) {
    const head = heads[index] as Head;
    if (head.start >= (heads[index - 1] as Head).end) kept.push(head);
  }
  return kept;
}

// The parse is written in loops and module functions, not with callbacks (some, find, filter, map, sort comparators)
// made inside the functions: a callback made at each call loses its optimised code at every full collection, as no
// closure of it lives between checks.

function byStartThenLongest(a: Head, b: Head): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Matches wherever the law test ("uật", "háp lệnh", "háp Lệnh") or the named-document test (NAMED_DOCUMENTS' written
 * types) can: a text it does not match passes neither. Checked against named-documents.ts by a test.
 */
export const LAW_OR_NAMED = /uật|háp [lL]ệnh|[Đđ]iều lệ|Hiến pháp|Cương lĩnh/;

/** True when the text holds "háp lệnh" or "háp Lệnh": one search for "háp ", then a look at what follows each. */
function holdsPhapLenh(text: string): boolean {
  for (let at = text.indexOf("háp "); at >= 0; at = text.indexOf("háp ", at + 1))
    if (text.startsWith("lệnh", at + 4) || text.startsWith("Lệnh", at + 4)) return true;
  return false;
}

/** True when the text holds a named document's type as it may be written ("Điều lệ", "Hiến pháp" …). */
function holdsNamedType(text: string): boolean {
  for (const named of NAMED_DOCUMENTS)
    for (const written of named.written) if (text.includes(written)) return true;
  return false;
}

/** The named document whose type is written `written`. */
function namedWritten(written: string): NamedDocument | undefined {
  for (const named of NAMED_DOCUMENTS) if (named.written.includes(written)) return named;
  return undefined;
}

interface DateRead {
  readonly start: number;
  readonly end: number;
  readonly date: Omit<ReferenceDate, "span">;
  readonly comma: boolean;
}

/** The date read, with its span in the original text (written out, not spread: this runs for every citation). */
function withSpan(mapped: MappedText, read: DateRead): ReferenceDate {
  const { day, month, year, style } = read.date;
  return { day, month, year, style, span: originalSpan(mapped, read.start, read.end) };
}

function readDate(text: string, at: number): DateRead | null {
  DATE.lastIndex = at;
  const match = DATE.exec(text);
  if (!match) return null;
  const long = match[5] !== undefined;
  const dateStart = text.indexOf("ngày", at);
  return {
    start: dateStart,
    end: DATE.lastIndex,
    date: {
      day: Number(long ? match[5] : match[2]),
      month: Number(long ? match[6] : match[3]),
      year: Number(long ? match[7] : match[4]),
      style: long ? "long" : "numeric",
    },
    comma: match[1] !== undefined,
  };
}

/**
 * The issuer after "của" (or "do … ban hành"), ending before the first verb or linking word and before the next reference;
 * null when none starts with a capital.
 */
function readIssuer(
  text: string,
  at: number,
  limit: number
): { issuer: string; end: number } | null {
  let by = false;
  // By `test`: only where each pattern ends is read (no match array).
  ISSUER_START.lastIndex = at;
  if (!ISSUER_START.test(text)) {
    ISSUED_BY.lastIndex = at;
    if (!ISSUED_BY.test(text)) return null;
    by = true;
  }
  let pos = by ? ISSUED_BY.lastIndex : ISSUER_START.lastIndex;
  const start = pos;
  let end = pos;
  let words = 0;
  while (words < MAX_ISSUER_WORDS) {
    TOKEN.lastIndex = pos;
    // By `test`, as nextWord: the token starts after the one white space the pattern may take first.
    if (!TOKEN.test(text)) break;
    const tokenEnd = TOKEN.lastIndex;
    const tokenStart = isWhiteSpaceUnit(text.charCodeAt(pos)) ? pos + 1 : pos;
    const token = text.slice(tokenStart, tokenEnd);
    if (tokenStart >= limit) break;
    if (token.charCodeAt(0) === 0x28) {
      // "(khóa XI)", "(nhiệm kỳ 2020 - 2025)" belong to the issuer; any other parenthesis ends it.
      if (words > 0 && /^\((?:khóa|khoá|nhiệm kỳ)\s/iu.test(token)) end = tokenEnd;
      break;
    }
    const word = token.endsWith(".") ? token.slice(0, -1) : token;
    if (words === 0 && !isUpper(word)) return null;
    if (isDigitUnit(word.charCodeAt(0))) break;
    if (!isUpper(word)) {
      if (ISSUER_STOP.has(word)) break;
      // The next word is read only for a pair's first word or "và": most lower-case words of a name are neither.
      if (word === "và" || ISSUER_STOP_PAIR_FIRSTS.has(word)) {
        const next = nextWord(text, tokenEnd);
        if (ISSUER_STOP_PAIRS.has(`${word} ${next.word}`)) break;
        // "của Ban Chấp hành Trung ương và Kết luận số 21-KL/TW": "và" before another reference ends the issuer. Before
        // a capitalised name it joins two issuers of one document ("của Ban Thường vụ Tỉnh ủy và Ủy ban nhân dân tỉnh",
        // "Bộ Nông nghiệp và Môi trường"): they stay one issuer, as the document names them together.
        if (
          word === "và" &&
          (!isUpper(next.word) ||
            next.start >= limit ||
            startsAt(DOCUMENT_TYPE_AT, text, next.start))
        )
          break;
      }
    } else if (words > 0 && startsAt(DOCUMENT_TYPE_AT, text, tokenStart)) break;
    end = tokenStart + word.length;
    words++;
    pos = tokenEnd;
    if (word !== token) break;
  }
  const issuer = withoutDangling(text.slice(start, end));
  if (issuer === "") return null;
  end = start + issuer.length;
  if (by) {
    ISSUED.lastIndex = end;
    if (!ISSUED.test(text)) return null;
    end = ISSUED.lastIndex;
  }
  return { issuer, end };
}

const RELATIVE_CLAUSE = /\s(?:đã được|đã|được xác định|nêu)\s/u;
// A definition or a note in parentheses, at a "(" (sticky: tested where the "(" is, not on a copy of the rest).
const NOTE_OPEN = /\((?:sau đây|viết tắt|gọi tắt|gọi là|được gọi)/iuy;

/** True for "0"–"9" (what `\d` matches, with or without the u flag); false past the end (NaN). */
function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/** The trích yếu: "về …", "ban hành …" up to the end of the clause or the next reference. */
function readSummary(
  text: string,
  at: number,
  limit: number
): { summary: string; end: number } | null {
  SUMMARY_START.lastIndex = at;
  const match = SUMMARY_START.exec(text);
  if (!match) return null;
  const opening = match[1] as string;
  const start = SUMMARY_START.lastIndex - opening.length;
  let depth = 0;
  let end = Math.min(limit, text.length, start + MAX_SUMMARY);
  // By code unit: `text[i]` makes a new string of each Vietnamese letter.
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x28) {
      // A definition or a note in parentheses closes the trích yếu.
      if (startsAt(NOTE_OPEN, text, i)) {
        end = i;
        break;
      }
      depth++;
    } else if (unit === 0x29) {
      if (depth === 0) {
        end = i;
        break;
      }
      depth--;
    } else if (unit === 0x3b || unit === 0x3a || unit === 0x201c || unit === 0x22) {
      end = i;
      break;
    } else if (unit === 0x2e && !isDigitUnit(text.charCodeAt(i + 1))) {
      end = i;
      break;
    }
  }
  // A relative clause ("… đã được xác định tại Báo cáo …") is not part of the trích yếu.
  const clause = RELATIVE_CLAUSE.exec(text.slice(start, end));
  if (clause) end = start + clause.index;
  const summary = withoutDangling(text.slice(start, end));
  return summary.length > opening.length ? { summary, end: start + summary.length } : null;
}

const WHITE_SPACE = /\s/u;
const WHITE_SPACES = /\s/gu;
const YEAR_PREFIX = /^\d{4}\//u;

function compact(text: string): string {
  return text.replace(WHITE_SPACES, "");
}

interface LawRead {
  readonly name: string;
  readonly nameEnd: number;
}

/**
 * The name of a law after its type word: up to a year, a number or a date, or else to the first punctuation, linking
 * word or verb ("của", "được", "đã", "quy định", "thì" …), the next reference (`stopAt`) or a part ("và Điều 73").
 * A capitalised name may hold one "và" before a lower-case word ("Địa chất và khoáng sản"). A lower-case name ("Luật tổ
 * chức chính quyền địa phương") is a law only after a capitalised type, when it ends at its first "và" or something
 * else ends it, within a few words: it must not swallow the sentence. A name listed in law-names.ts ("Phòng, chống tác
 * hại của rượu, bia") is taken whole first, whatever its case.
 */
function readLawName(
  text: string,
  at: number,
  capitalType: boolean,
  stopAt: number
): LawRead | null {
  if (startsAt(KNOWN_LAW_NAME, text, at))
    return { name: text.slice(at, KNOWN_LAW_NAME.lastIndex), nameEnd: KNOWN_LAW_NAME.lastIndex };
  let pos = at;
  let end = at;
  let count = 0;
  let marker = false;
  // Ended by a word that cannot be in a name (a linking word, a verb), or by punctuation or the end of the text.
  let ended = false;
  let punctuated = false;
  let lower = false;
  let beforeAnd = -1;
  let wordsBeforeAnd = 0;
  while (count < MAX_LAW_WORDS) {
    TOKEN.lastIndex = pos;
    const token = TOKEN.exec(text)?.groups?.token;
    if (token === undefined) {
      ended = punctuated = true;
      break;
    }
    const tokenEnd = TOKEN.lastIndex;
    const tokenStart = tokenEnd - token.length;
    if (tokenStart >= stopAt || token.startsWith("(")) {
      ended = punctuated = true;
      break;
    }
    if (count > 0 && startsAt(LAW_MARKER, text, tokenStart)) {
      marker = true;
      break;
    }
    const word = token.endsWith(".") ? token.slice(0, -1) : token;
    const next = nextWord(text, tokenEnd);
    if (LAW_STOP.has(word) || LAW_STOP.has(`${word} ${next.word}`)) {
      ended = true;
      break;
    }
    if (count === 0) {
      lower = !isUpper(word);
      if (lower && LAW_NOT_NAME.has(word)) return null;
    } else if (
      (PART_WORDS.has(word) && /^\d/u.test(next.word)) ||
      (isUpper(word) && startsAt(TYPE_AT, text, tokenStart))
    ) {
      ended = true;
      break;
    } else if (word === "và") {
      if (beforeAnd >= 0 || startsAt(TYPE_AT, text, next.start)) {
        ended = true;
        break;
      }
      beforeAnd = end;
      wordsBeforeAnd = count;
    }
    end = tokenStart + word.length;
    count++;
    pos = tokenEnd;
    if (word !== token) {
      ended = punctuated = true;
      break;
    }
    // "Phòng, chống …" goes on past its comma; any other comma ends the name at the next token.
    if (
      text[tokenEnd] === "," &&
      word.toLocaleLowerCase("vi") === "phòng" &&
      startsAt(PHONG_CHONG, text, tokenEnd)
    )
      pos = tokenEnd + 1;
  }
  if (count === 0) return null;
  if (!marker && lower) {
    if (!capitalType) return null;
    // "Luật tổ chức chính quyền địa phương và tổ chức thực hiện …": the name ends at "và", unless punctuation closes
    // the words after it ("Luật địa chất và khoáng sản).").
    if (beforeAnd >= 0 && !punctuated) {
      end = beforeAnd;
      count = wordsBeforeAnd;
      ended = true;
    }
    if (!ended || count > MAX_LOWER_LAW_WORDS) return null;
  }
  const name = withoutDangling(text.slice(at, end));
  if (name === "" || LAW_NOT_NAMES.test(name)) return null;
  return { name, nameEnd: at + name.length };
}

// "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương": one amending
// law, whose name holds the laws it amends (their numbers too: "… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở …"), or
// lists them after one plural type ("… của các Luật: Quy hoạch, Đầu tư, … và Đấu thầu"), or counts them and names their
// field ("… của 37 luật có liên quan đến quy hoạch", Luật số 35/2018/QH14). "… của các luật có liên quan" names none.
const AMENDING = /[Ss]ửa đổi(?:,\s?bổ sung)?(?:\smột số điều)?(?:\scủa)?\s/uy;
const LAW_TYPE_AHEAD = String.raw`(?=(?:[Bb]ộ\s)?[Ll]uật\s|[Pp]háp\s[Ll]ệnh\s)`;
const AMENDED_TYPE = /(?:[Bb]ộ\s[Ll]uật|[Ll]uật|[Pp]háp\s[Ll]ệnh)\s/uy;
const AMENDED_NUMBER = /\s?số\s?(?=\d)/uy;
const AMENDED_NEXT = new RegExp(String.raw`(?:,\s?|\svà\s)${LAW_TYPE_AHEAD}`, "uy");
// A year between two amended laws is the first one's; after the last, it is the amending law's own.
const AMENDED_YEAR = new RegExp(
  String.raw`\s(?:năm\s)?(?:19|20)\d{2}(?=(?:,\s?|\svà\s)(?:[Bb]ộ\s)?(?:[Ll]uật|[Pp]háp\s[Ll]ệnh)\s)`,
  "uy"
);
const AMENDED_LIST = /các\s[Ll]uật\s?:?\s?(?=\p{Lu})/uy;
const LISTED_NEXT = /,\s?(?=\p{Lu})/uy;
const LISTED_LAST = /\svà\s(?=\p{Lu})/uy;
const LISTED_AND = /\svà\s(?=\p{Lu})/gu;
const AMENDED_COUNT = /\d{1,3}\s[Ll]uật\scó liên quan đến\s(?=\p{Ll})/uy;
const MAX_FIELD_WORDS = 6;

function readAmendingName(text: string, at: number): LawRead | null {
  if (!startsAt(AMENDING, text, at)) return null;
  const pos = AMENDING.lastIndex;
  let end = -1;
  if (startsAt(AMENDED_TYPE, text, pos)) end = readAmendedLaws(text, pos);
  else if (startsAt(AMENDED_LIST, text, pos)) end = readListedLaws(text, AMENDED_LIST.lastIndex);
  else if (startsAt(AMENDED_COUNT, text, pos))
    end = readAmendedField(text, AMENDED_COUNT.lastIndex);
  return end < 0 ? null : { name: text.slice(at, end), nameEnd: end };
}

/** "Luật Đất đai số 31/2024/QH15, Luật Nhà ở … và Luật …": where the last law read ends, or -1. */
function readAmendedLaws(text: string, at: number): number {
  let pos = at;
  let end = -1;
  for (let count = 0; count < MAX_AMENDED_LAWS; count++) {
    if (!startsAt(AMENDED_TYPE, text, pos)) break;
    const amended = readLawName(text, AMENDED_TYPE.lastIndex, true, text.length);
    if (!amended) break;
    end = amended.nameEnd;
    if (startsAt(AMENDED_NUMBER, text, end)) {
      NUMBER.lastIndex = AMENDED_NUMBER.lastIndex;
      const number = NUMBER.exec(text);
      if (number !== null && number[SCODE] !== undefined) end = NUMBER.lastIndex;
    }
    if (startsAt(AMENDED_YEAR, text, end)) end = AMENDED_YEAR.lastIndex;
    if (!startsAt(AMENDED_NEXT, text, end)) break;
    pos = AMENDED_NEXT.lastIndex;
  }
  return end;
}

/** "Quy hoạch, Đầu tư, … và Đấu thầu" after "các Luật:": names up to the one after "và", or -1. */
function readListedLaws(text: string, at: number): number {
  let pos = at;
  let end = -1;
  for (let count = 0; count < MAX_AMENDED_LAWS; count++) {
    // "Quy hoạch và Đấu thầu" is two names here: the next capitalised "và" ends this one.
    LISTED_AND.lastIndex = pos;
    const and = LISTED_AND.exec(text)?.index ?? text.length;
    const listed = readLawName(text, pos, true, and);
    if (!listed) break;
    end = listed.nameEnd;
    if (startsAt(LISTED_NEXT, text, end)) pos = LISTED_NEXT.lastIndex;
    else if (startsAt(LISTED_LAST, text, end)) {
      const last = readLawName(text, LISTED_LAST.lastIndex, true, text.length);
      if (last) end = last.nameEnd;
      break;
    } else break;
  }
  return end;
}

/** "quy hoạch" after "37 luật có liên quan đến": lower-case words up to punctuation, a year or a linking word, or -1. */
function readAmendedField(text: string, at: number): number {
  let pos = at;
  let end = -1;
  for (let words = 0; words < MAX_FIELD_WORDS; words++) {
    TOKEN.lastIndex = pos;
    const token = TOKEN.exec(text)?.groups?.token;
    if (token === undefined || token.startsWith("(")) break;
    const tokenEnd = TOKEN.lastIndex;
    const tokenStart = tokenEnd - token.length;
    if (words > 0 && startsAt(LAW_MARKER, text, tokenStart)) break;
    const word = token.endsWith(".") ? token.slice(0, -1) : token;
    const next = nextWord(text, tokenEnd).word;
    if (isUpper(word) || word === "và" || LAW_STOP.has(word) || LAW_STOP.has(`${word} ${next}`))
      break;
    end = tokenStart + word.length;
    pos = tokenEnd;
    if (word !== token) break;
  }
  return end;
}

function typeAndIssuerCodes(
  regime: Regime | null,
  code: string | null
): { typeCode: string | null; issuerCode: string | null } {
  if (regime === null || code === null) return { typeCode: null, issuerCode: null };
  if (regime === "party") {
    const slash = code.indexOf("/");
    return { typeCode: code.slice(0, slash), issuerCode: code.slice(slash + 1) };
  }
  const parts = code.replace(YEAR_PREFIX, "").split("-");
  const first = parts[0] ?? "";
  if (parts.length > 1 && KNOWN_TYPE_CODES.state.has(first))
    return { typeCode: first, issuerCode: parts.slice(1).join("-") };
  return { typeCode: null, issuerCode: parts.join("-") };
}

// Every known code in its own case, to write a lower-case group back: "ttg" → "TTg", "qđi" → "QĐi".
const CODE_CASE: ReadonlyMap<string, string> = new Map(
  [
    ...KNOWN_TYPE_CODES.party,
    ...KNOWN_TYPE_CODES.state,
    ...PARTY_ISSUER_CODES,
    ...STATE_ISSUER_CODES,
  ].map((code) => [code.toLocaleUpperCase("vi"), code])
);

/**
 * True for a group typed in a case no code has: all in lower case ("qđ", "ubnd"), or mixed where the known code in
 * capitals is written otherwise ("Qđ" for QĐ, "Ttg" for TTg). An unknown mixed-case group is left alone.
 */
function miscased(group: string): boolean {
  if (!LOWER_LETTER.test(group)) return false;
  if (!UPPER_LETTER.test(group)) return true;
  const known = CODE_CASE.get(group.toLocaleUpperCase("vi"));
  return known !== undefined && known !== group;
}

/** The number with its miscased groups in their own case ("12/Qđ-ubnd" → "12/QĐ-UBND"), or null when none is. */
function capitalised(numberText: string): string | null {
  let changed = false;
  const fixed = numberText.replace(CASED_GROUPS, (group) => {
    if (!miscased(group)) return group;
    changed = true;
    const upper = group.toLocaleUpperCase("vi");
    return CODE_CASE.get(upper) ?? upper;
  });
  return changed ? fixed : null;
}

interface NumberParts {
  readonly number: string;
  readonly code: string | null;
  readonly numberText: string;
  readonly numberSpan: TextSpan;
  readonly spacedNumber: boolean;
  readonly lowerCaseCode: boolean;
  readonly regime: Regime | null;
  readonly typeCode: string | null;
  readonly issuerCode: string | null;
  readonly numberYear: number | null;
}

function numberParts(mapped: MappedText, match: RegExpExecArray, end: number): NumberParts {
  const number = match[SERIAL] as string;
  const year = match[YEAR];
  const regime: Regime | null =
    match[PTYPE] !== undefined ? "party" : match[SCODE] !== undefined ? "state" : null;
  const raw = mapped.text.slice(match.index, end);
  const spacedNumber = WHITE_SPACE.test(raw);
  const written = spacedNumber ? compact(raw) : raw;
  const fixed = LOWER_LETTER.test(written) ? capitalised(written) : null;
  const lowerCaseCode = fixed !== null;
  const numberText = fixed ?? written;
  const code = numberText.length > number.length ? numberText.slice(number.length + 1) : null;
  return {
    number,
    code,
    numberText,
    numberSpan: originalSpan(mapped, match.index, end),
    spacedNumber,
    lowerCaseCode,
    regime,
    ...typeAndIssuerCodes(regime, code),
    numberYear: year ? Number(year) : null,
  };
}

const NO_NUMBER: Omit<NumberParts, "number" | "numberText" | "numberSpan"> & {
  number: null;
  numberText: null;
  numberSpan: null;
} = {
  number: null,
  code: null,
  numberText: null,
  numberSpan: null,
  spacedNumber: false,
  lowerCaseCode: false,
  regime: null,
  typeCode: null,
  issuerCode: null,
  numberYear: null,
};

interface LawParts {
  readonly law: LawName;
  readonly parts: NumberParts | null;
  readonly end: number;
}

/** A law's name, then "số 69/2025/QH15" and "năm 2025" when written. */
function readLaw(mapped: MappedText, head: Head, stopAt: number): LawParts | null {
  const { text } = mapped;
  const read =
    readAmendingName(text, head.end) ??
    readLawName(text, head.end, isUpper(head.typeWritten), stopAt);
  if (!read) return null;
  let end = read.nameEnd;
  let parts: NumberParts | null = null;
  const numbered = /\s?số\s?(?=\d)/uy;
  numbered.lastIndex = end;
  if (numbered.exec(text)) {
    NUMBER.lastIndex = numbered.lastIndex;
    const match = NUMBER.exec(text);
    if (match && (match[SCODE] !== undefined || match[PTYPE] !== undefined)) {
      parts = numberParts(mapped, match, NUMBER.lastIndex);
      end = NUMBER.lastIndex;
    }
  }
  let year: number | null = null;
  LAW_YEAR.lastIndex = end;
  const yearMatch = LAW_YEAR.exec(text);
  if (yearMatch?.groups) {
    year = Number(yearMatch.groups.year);
    end = LAW_YEAR.lastIndex;
  }
  return { law: { name: read.name, year }, parts, end };
}

/** "Điều lệ Đảng", "Hiến pháp năm 2013", "Cương lĩnh … (bổ sung, phát triển năm 2011)"; null for a bare "Hiến pháp". */
function readNamed(text: string, head: Head): LawParts | null {
  const rest = head.named?.rest;
  if (!rest) return null;
  rest.lastIndex = head.end;
  const match = rest.exec(text);
  if (!match) return null;
  const name = match.groups?.name ?? "";
  const year = match.groups?.year ?? match.groups?.year2;
  const end = rest.lastIndex;
  if (name === "" && year === undefined && !readDate(text, end)) return null;
  return { law: { name, year: year === undefined ? null : Number(year) }, parts: null, end };
}

interface Found {
  readonly head: Head;
  readonly end: number;
  readonly parts: NumberParts | null;
  readonly law: LawName | null;
}

/** Every head that names a document, read as far as its number or name. */
function readHeads(mapped: MappedText, heads: readonly Head[]): Found[] {
  const found: Found[] = [];
  // An amending law's name holds the heads of the laws it amends: they are not references of their own.
  let consumed = 0;
  // A loop, not forEach: a callback made for each paragraph loses its optimised code at every full collection.
  for (let index = 0; index < heads.length; index++) {
    const head = heads[index] as Head;
    if (head.start < consumed) continue;
    let read: LawParts | null = null;
    if (head.kind === "document" && head.number) {
      found.push({
        head,
        end: head.end,
        parts: numberParts(mapped, head.number, head.end),
        law: null,
      });
      consumed = head.end;
      continue;
    }
    if (head.kind === "named") read = readNamed(mapped.text, head);
    else read = readLaw(mapped, head, heads[index + 1]?.start ?? mapped.text.length);
    // A head that names nothing ("Luật này", "Luật sư") neither makes a reference nor ends the one before it.
    if (!read) continue;
    found.push({ head, end: read.end, parts: read.parts, law: read.law });
    consumed = read.end;
  }
  return found;
}

/** Every reference in a paragraph's text, in order, with offsets in the original text. */
/**
 * Whether `at` lies strictly inside one of a paragraph's definitions, given their "(" in order (`opens`) and the
 * furthest ")" up to each (`reach`): in logarithmic time per question, as a paragraph may hold thousands of definitions
 * and thousands of citations.
 */
function insideAny(opens: readonly number[], reach: readonly number[], at: number): boolean {
  let low = 0;
  let high = opens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((opens[middle] as number) < at) low = middle + 1;
    else high = middle;
  }
  return low > 0 && (reach[low - 1] as number) > at;
}

/** Types that also name programmes and projects by a bare number. */
const PROGRAMMES: ReadonlySet<string> = new Set(["Đề án", "Dự án", "Chương trình", "Tiểu dự án"]);

/** A paragraph's citations and the short forms it defines, read in one pass. */
export interface ParagraphCitations {
  readonly references: readonly Reference[];
  readonly definitions: readonly Definition[];
  /** Where each definition starts in the paragraph's matching form: what a mention finder leaves out. */
  readonly definitionStarts: readonly number[];
  /** The paragraph's matching form (mapText), for the readers of the same paragraph after the parse. */
  readonly mapped: MappedText;
}

/** The citations of a paragraph (documents, laws, named documents), in order. */
export function parseReferences(original: string): Reference[] {
  const mapped = mapText(original);
  return referencesIn(original, mapped, parseDefinitionsIn(mapped));
}

/**
 * A paragraph's citations and definitions: `parseReferences` and `parseDefinitions` at once, the definitions found once
 * (the citations need them too), for the shared text pass that reads every paragraph of a document. `plain`: whether
 * the text holds anything mapText normalises, when the caller knows it (mapTextOnce).
 */
export function parseParagraph(original: string, plain?: boolean): ParagraphCitations {
  // Mapped without the cache: the pass keeps the result, and asks once per paragraph.
  const mapped = mapTextOnce(original, plain);
  const definitions = parseDefinitionsIn(mapped);
  if (definitions.length === 0)
    return {
      references: referencesIn(original, mapped, definitions),
      definitions: NO_DEFINITIONS,
      definitionStarts: NO_STARTS,
      mapped,
    };
  const defined: Definition[] = [];
  const starts: number[] = [];
  for (const found of definitions) {
    defined.push(found.definition);
    starts.push(found.at);
  }
  return {
    references: referencesIn(original, mapped, definitions),
    definitions: defined,
    definitionStarts: starts,
    mapped,
  };
}

// Shared by the paragraphs that define nothing (nearly all); never written to.
const NO_DEFINITIONS: readonly Definition[] = [];
const NO_FOUND_DEFINITIONS: readonly FoundDefinition[] = [];
const NO_STARTS: readonly number[] = [];

/** A definition found in a paragraph and where it starts in the matching form. */
interface FoundDefinition {
  readonly at: number;
  readonly definition: Definition;
}

function referencesIn(
  original: string,
  mapped: MappedText,
  definitions: readonly FoundDefinition[]
): Reference[] {
  const { text } = mapped;
  const candidates = findHeads(text, isPlainMapping(mapped));
  // Most paragraphs cite nothing, and most that do define nothing: neither needs the tables below.
  if (candidates.length === 0) return [];
  // The short form inside "(viết tắt là Quyết định 218)" is the definition, not a mention.
  let definitionAt: Map<number, FoundDefinition> | null = null;
  let heads = candidates;
  if (definitions.length > 0) {
    definitionAt = new Map();
    for (const found of definitions) definitionAt.set(found.at, found);
    const opens: number[] = [];
    const reach: number[] = [];
    for (const { at } of definitions) {
      opens.push(at);
      reach.push(Math.max(reach[reach.length - 1] ?? -1, text.indexOf(")", at)));
    }
    heads = [];
    for (const head of candidates) if (!insideAny(opens, reach, head.start)) heads.push(head);
  }
  const found = readHeads(mapped, heads);
  const references: Reference[] = [];
  for (let index = 0; index < found.length; index++) {
    const { head, parts, law, end: readEnd } = found[index] as Found;
    const limit = found[index + 1]?.head.start ?? text.length;
    let end = readEnd;
    let date: ReferenceDate | null = null;
    let commaBeforeDate = false;
    const dated = readDate(text, end);
    if (dated && dated.end <= limit) {
      date = withSpan(mapped, dated);
      commaBeforeDate = dated.comma;
      end = dated.end;
    }
    let issuer: string | null = null;
    let summary: string | null = null;
    if (head.kind === "document") {
      const issued = readIssuer(text, end, limit);
      if (issued && issued.end <= limit) {
        issuer = issued.issuer;
        end = issued.end;
        // "Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020": the date after the issuer. After a comma a date
        // starts the sentence's own clause ("… của UBND tỉnh, ngày 10/5/2024 Sở đã …"), so it must follow directly.
        const later = date ? null : readDate(text, end);
        if (later && !later.comma && later.end <= limit) {
          date = withSpan(mapped, later);
          end = later.end;
        }
      }
      const summarised = readSummary(text, end, limit);
      if (summarised) {
        summary = summarised.summary;
        end = summarised.end;
      }
    }
    // "(" right after, or after one white space: what /^\s?\(/u said of the rest of the text, without copying it.
    const open =
      text.charCodeAt(end) === 0x28
        ? end
        : isWhiteSpaceUnit(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 0x28
          ? end + 1
          : -1;
    // Looked up among the paragraph's definitions, found once: scanning from here for each citation was quadratic.
    const definition = open >= 0 ? definitionAt?.get(open) : undefined;
    // "Đề án 06", "Tổ công tác triển khai Đề án 06", "(Dự án 4)", "Chương trình 135": a programme's or project's
    // name, not a citation, unless a ký hiệu, a date or an issuer follows the number [REAL]. A type issued with a
    // number ("Quyết định 749", "Chỉ thị 11") stays a short citation.
    if (PROGRAMMES.has(head.typeName) && !parts?.code && date === null && issuer === null) continue;
    const span = originalSpan(mapped, head.start, end);
    const short =
      law !== null
        ? date === null && law.year === null && parts === null
        : parts?.code === null || (date === null && issuer === null);
    // The number's fields written out, not spread: this object is built for every citation.
    const number = parts ?? NO_NUMBER;
    references.push({
      span,
      text: original.slice(span.start, span.end),
      typeName: head.typeName,
      typeWritten: head.typeWritten,
      hasSo: head.hasSo,
      number: number.number,
      code: number.code,
      numberText: number.numberText,
      numberSpan: number.numberSpan,
      spacedNumber: number.spacedNumber,
      lowerCaseCode: number.lowerCaseCode,
      regime: number.regime,
      typeCode: number.typeCode,
      issuerCode: number.issuerCode,
      numberYear: number.numberYear,
      date,
      commaBeforeDate,
      issuer,
      summary,
      law,
      short,
      definedAs: definition?.definition.short ?? null,
    });
  }
  return references;
}

// Both patterns start with "(" and hold no other "(" or ")" before their closing one, so they are tried sticky at each
// "(" that indexOf finds: the matches a global search finds, without the engine walking the text between brackets (two
// to three times the cost on a body).
// Groups: 1 formula, 2 short.
const DEFINITION = numbered(
  new RegExp(
    String.raw`\(\s?(?<formula>(?:sau đây\s)?(?:được\s)?(?:viết tắt là|gọi tắt là|gọi là|viết tắt))\s?:?\s?(?<short>[^()]+?)\s?\)`,
    "iuy"
  )
);
// "(KCN)" after a letter and at most one space (the look-behind takes the bracket in).
// Group 1: the short form.
const ACRONYM = numbered(/\((?<=\p{L}\s?\()(?<short>\p{Lu}[\p{Lu}\d&-]{1,11})\)/uy);
const ROMAN = /^[IVXLC]+$/u;

/** The sticky `pattern`'s match at `at`, or null. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * False when the unit after a "(" is ASCII that cannot start DEFINITION's rest: white space or the first letter of a
 * formula ("sau đây", "được", "viết tắt", "gọi"), in either case. Other units are left to the pattern (under the i and u
 * flags "ſ" matches "s"). Most brackets open "(1)", "(khóa …)": the pattern is then not run.
 */
function mayOpenDefinition(unit: number): boolean {
  if (unit >= 0x80) return true;
  return (
    unit === 0x73 ||
    unit === 0x53 ||
    unit === 0x76 ||
    unit === 0x56 ||
    unit === 0x67 ||
    unit === 0x47 ||
    isWhiteSpaceUnit(unit)
  );
}

/** False when the unit after a "(" is ASCII but no capital: ACRONYM's short form starts with a capital (\p{Lu}). */
function mayOpenAcronym(unit: number): boolean {
  return unit >= 0x80 || (unit >= 0x41 && unit <= 0x5a);
}

const SPACES = /\s+/gu;
// Quotes before a short form and quotes or punctuation after it: not part of it.
const SHORT_WRAPPING = /^[“"‘']+|[”"’'.,;]+$/gu;
const UPPER_LETTERS = /\p{Lu}/gu;

function formulaOf(written: string): DefinitionFormula {
  const formula = written.toLowerCase().replace(SPACES, " ").replace("được ", "");
  if (formula === "viết tắt") return "viết tắt là";
  return formula as DefinitionFormula;
}

function parseDefinitionsIn(mapped: MappedText, from = 0): readonly FoundDefinition[] {
  const { text } = mapped;
  // Both forms open a bracket: most paragraphs hold none, and the patterns would try every position. The walk below
  // starts at the first, found once.
  const first = text.indexOf("(", from);
  if (first < 0) return NO_FOUND_DEFINITIONS;
  const found: FoundDefinition[] = [];
  const subject = from === 0 ? text : text.slice(from);
  // The matches of `matchAll` with each pattern, in one walk of the brackets: a match holds no "(" but its first, so each
  // search tries every "(" of the text; and a "(" that opens a definition opens no acronym (every formula holds a space
  // before the first ")", an acronym none), so trying ACRONYM only where DEFINITION fails loses nothing. The definitions
  // come out in order of their brackets, as sorting both lists gave them.
  for (let open = first - from; open >= 0; open = subject.indexOf("(", open + 1)) {
    const next = subject.charCodeAt(open + 1);
    const defined = mayOpenDefinition(next) ? matchAt(DEFINITION, subject, open) : null;
    if (defined) {
      const at = from + open;
      const raw = defined[2] as string;
      const trimmed = raw.replace(SHORT_WRAPPING, "");
      const shortStart = at + defined[0].indexOf(raw, 1) + raw.indexOf(trimmed);
      found.push({
        at,
        definition: {
          short: trimmed,
          span: originalSpan(mapped, at, at + defined[0].length),
          shortSpan: originalSpan(mapped, shortStart, shortStart + trimmed.length),
          formula: formulaOf(defined[1] as string),
        },
      });
      continue;
    }
    const acronym = mayOpenAcronym(next) ? matchAt(ACRONYM, subject, open) : null;
    if (!acronym) continue;
    const short = acronym[1] as string;
    if (ROMAN.test(short) || (short.match(UPPER_LETTERS) ?? []).length < 2) continue;
    const at = from + open;
    found.push({
      at,
      definition: {
        short,
        span: originalSpan(mapped, at, at + acronym[0].length),
        shortSpan: originalSpan(mapped, at + 1, at + 1 + short.length),
        formula: "acronym",
      },
    });
  }
  return found;
}

/** The short forms a paragraph defines: "(viết tắt là Quyết định 218)", "(sau đây gọi tắt là …)", "khu công nghiệp (KCN)". */
export function parseDefinitions(original: string): Definition[] {
  return parseDefinitionsIn(mapText(original)).map((found) => found.definition);
}

/** Where each definition of a paragraph starts in its matching form (mapText): the brackets mentions leave out. */
export function definitionStarts(original: string): number[] {
  return parseDefinitionsIn(mapText(original)).map((found) => found.at);
}

/**
 * Where `term` is used in a paragraph as a whole word (in matching form, so typing variants count), leaving out the
 * definitions themselves.
 */
export function findMentions(original: string, term: string): TextSpan[] {
  return findTerms(termTables([term]), original).get(term) ?? [];
}

const WORD_CHARACTER = /^[\p{L}\d]$/u;
// The same class answered from a table of the units met: asked before every head the patterns find.
const WORD_CHARACTERS = codePointClass(WORD_CHARACTER);

/**
 * What `findTerms` looks for: the terms in matching form, their lengths, and the positions that may start one. An
 * object literal read by module functions, not a class or a closure made per document: V8 keeps a function's optimised
 * code only while one of its closures lives, and ties code that reads an object to its hidden class, which for a class
 * lives only while an instance does; either way every full collection threw the finder's optimised code away.
 */
export interface TermTables {
  readonly byWanted: ReadonlyMap<string, readonly string[]>;
  readonly lengths: readonly number[];
  /** The terms by their first unit, shortest first. */
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
  /**
   * The positions that can start a term, found by the engine rather than by a Set lookup per character (a non-ASCII
   * character read with `text[at]` is a new string each time). No u flag: it reads UTF-16 units, as `text[at]` does,
   * so a term starting with a surrogate is found where it was before.
   */
  readonly first: RegExp;
}

/** The tables `findTerms` reads to find `terms`. */
export function termTables(terms: readonly string[]): TermTables {
  const byWanted = new Map<string, string[]>();
  for (const term of new Set(terms)) {
    const wanted = mapText(term).text.trim();
    // A short form is a few words; a longer "term" is a mis-read definition, and no real use of it is looked for.
    if (wanted === "" || wanted.length > 200) continue;
    const same = byWanted.get(wanted);
    if (same) same.push(term);
    else byWanted.set(wanted, [term]);
  }
  const lengths = [...new Set([...byWanted.keys()].map((wanted) => wanted.length))].sort(
    (a, b) => a - b
  );
  const firsts = new Set([...byWanted.keys()].map((wanted) => wanted[0] as string));
  const first = new RegExp(
    `[${[...firsts].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`,
    "g"
  );
  // Where few share a first unit, each is compared in place (`occursAt`), which is cheaper than cutting a candidate of
  // every length at each position and looking it up.
  const byFirst = new Map<number, string[]>();
  for (const wanted of byWanted.keys()) {
    const list = byFirst.get(wanted.charCodeAt(0));
    if (list) list.push(wanted);
    else byFirst.set(wanted.charCodeAt(0), [wanted]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => a.length - b.length);
  return { byWanted, lengths, byFirst, first };
}

/** `findTerms` over `terms` as one function: for a caller that does not run once per document. */
export function mentionFinder(
  terms: readonly string[]
): (original: string, definitionStarts?: readonly number[]) => ReadonlyMap<string, TextSpan[]> {
  const tables = termTables(terms);
  return (original, definitionStarts) => findTerms(tables, original, definitionStarts);
}

/**
 * Finds every one of the tables' terms in a paragraph in one pass: each position is looked up in a map of the terms (by
 * the lengths they have), instead of one pattern per term run over every paragraph, which made a document with
 * thousands of short forms quadratic. Each term's mentions are those of `matchAll` with
 * `(?<![\p{L}\d])term(?![\p{L}\d])`: left to right, not overlapping one another. `definitionStarts`, when given, are the
 * paragraph's (parseParagraph's), so its definitions are not searched again.
 */
export function findTerms(
  tables: TermTables,
  original: string,
  definitionStarts?: readonly number[]
): ReadonlyMap<string, TextSpan[]> {
  if (tables.byWanted.size === 0) return NO_MENTIONS;
  return findTermsIn(tables, mapText(original), definitionStarts);
}

/** `findTerms` over a paragraph already in matching form (`mapText` of it). */
export function findTermsIn(
  tables: TermTables,
  mapped: MappedText,
  definitionStarts?: readonly number[]
): ReadonlyMap<string, TextSpan[]> {
  const { byWanted, byFirst, lengths } = tables;
  const FIRST = tables.first;
  // Both maps made at the first use found: most paragraphs hold none, and this runs for every paragraph searched.
  let found: Map<string, TextSpan[]> | null = null;
  if (byWanted.size === 0) return NO_MENTIONS;
  if (byWanted.size <= FEW_TERMS) return findEachTerm(byWanted, mapped, definitionStarts);
  const { text } = mapped;
  let ends: Map<string, number> | null = null;
  let inDefinitions: Set<number> | null = null;
  // The ")" closing the last definition asked about. Definitions hold no bracket and are asked about in order, so
  // each is searched once, up to its own ")": linear in the paragraph.
  let closedOpen = -1;
  let close = -1;
  // Scanned up to `scanned`: the last "(" so far, and where the current run of non-spaces starts, with its last digit
  // and slash, so the tests below cost nothing per mention.
  let scanned = 0;
  let lastOpen = -1;
  let tokenStart = 0;
  let lastDigit = -1;
  let lastSlash = -1;
  FIRST.lastIndex = 0;
  // `test`, not `exec`: FIRST matches one unit, so the match starts just before lastIndex (no match array to build).
  while (FIRST.test(text)) {
    const at = FIRST.lastIndex - 1;
    if (WORD_CHARACTERS.before(text, at)) continue;
    const few = byFirst.get(text.charCodeAt(at));
    const listed = few !== undefined && few.length <= FEW_TERMS;
    const count = listed ? few.length : lengths.length;
    for (let k = 0; k < count; k++) {
      let candidate: string;
      if (listed) {
        candidate = few[k] as string;
        if (at + candidate.length > text.length) break;
        if (!occursAt(text, candidate, at)) continue;
      } else {
        const length = lengths[k] as number;
        if (at + length > text.length) break;
        candidate = text.slice(at, at + length);
      }
      const end = at + candidate.length;
      const same = byWanted.get(candidate);
      if (!same || (ends?.get(candidate) ?? 0) > at) continue;
      if (WORD_CHARACTERS.lengthAt(text, end) > 0) continue;
      ends ??= new Map();
      ends.set(candidate, end);
      // By code unit, not `text[scanned]` and a pattern: this walks most of a paragraph full of uses.
      for (; scanned < at; scanned++) {
        const unit = text.charCodeAt(scanned);
        if (unit === 0x28) lastOpen = scanned;
        if (isWhiteSpaceUnit(unit)) tokenStart = scanned + 1;
        else if (unit >= 0x30 && unit <= 0x39) lastDigit = scanned;
        else if (unit === 0x2f) lastSlash = scanned;
      }
      const open = text[at] === "(" ? at : lastOpen;
      // A use inside its own definition's brackets is the definition.
      inDefinitions ??= new Set(definitionStarts ?? definitionStartsIn(mapped));
      if (inDefinitions.has(open)) {
        if (open !== closedOpen) {
          closedOpen = open;
          close = text.indexOf(")", open);
        }
        if (close >= at) continue;
      }
      // Letters inside a document number ("1234/BNV-CCHC") are its ký hiệu, not a use of the short form [REAL].
      const before = at > tokenStart ? (text[at - 1] as string) : "";
      if ((before === "-" || before === "/") && lastDigit >= tokenStart && lastSlash >= tokenStart)
        continue;
      found ??= new Map();
      addUse(found, same, originalSpan(mapped, at, end));
    }
  }
  return found ?? NO_MENTIONS;
}

/** Adds `span` to the uses of each term written `same` way. */
function addUse(found: Map<string, TextSpan[]>, same: readonly string[], span: TextSpan): void {
  for (const term of same) {
    const list = found.get(term);
    if (list) list.push(span);
    else found.set(term, [span]);
  }
}

/** Where each definition of the mapped paragraph starts. */
function definitionStartsIn(mapped: MappedText): number[] {
  const found = parseDefinitionsIn(mapped);
  const starts: number[] = [];
  for (const definition of found) starts.push(definition.at);
  return starts;
}

/**
 * `findTerms` for a few terms (most documents define a handful of short forms): each term looked for by `indexOf`, the
 * engine's string search, instead of stopping at every unit that starts one of them ("N", "Q", "C" start most Party
 * short forms and many words). Each term is taken as the scan does: at a position that starts a word and ends one, not
 * overlapping its last use (a use left out below still counts for that), not inside its own definition's brackets, not
 * after "-" or "/" in a token holding a digit and a slash. The spans of each term come out in the same order.
 */
function findEachTerm(
  byWanted: ReadonlyMap<string, readonly string[]>,
  mapped: MappedText,
  definitionStarts: readonly number[] | undefined
): ReadonlyMap<string, TextSpan[]> {
  const { text } = mapped;
  let found: Map<string, TextSpan[]> | null = null;
  let inDefinitions: Set<number> | null = null;
  for (const [wanted, same] of byWanted) {
    // Where the last use taken (or left out inside a definition or a number) ends: the next may not start before it.
    let lastEnd = 0;
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
      if (WORD_CHARACTERS.before(text, at) || lastEnd > at) continue;
      const end = at + wanted.length;
      if (WORD_CHARACTERS.lengthAt(text, end) > 0) continue;
      lastEnd = end;
      // A use inside its own definition's brackets is the definition: the last "(" up to here opens one, and its ")"
      // comes after the use.
      const open = text.charCodeAt(at) === 0x28 ? at : at > 0 ? text.lastIndexOf("(", at - 1) : -1;
      inDefinitions ??= new Set(definitionStarts ?? definitionStartsIn(mapped));
      if (inDefinitions.has(open) && text.indexOf(")", open) >= at) continue;
      // Letters inside a document number ("1234/BNV-CCHC") are its ký hiệu, not a use of the short form [REAL].
      const before = at > 0 ? text.charCodeAt(at - 1) : -1;
      if ((before === 0x2d || before === 0x2f) && inNumberToken(text, at)) continue;
      found ??= new Map();
      addUse(found, same, originalSpan(mapped, at, end));
    }
  }
  return found ?? NO_MENTIONS;
}

/** True when the run of non-spaces that `at` ends holds a digit and a slash before `at`. */
function inNumberToken(text: string, at: number): boolean {
  let digit = false;
  let slash = false;
  for (let i = at - 1; i >= 0; i--) {
    const unit = text.charCodeAt(i);
    if (isWhiteSpaceUnit(unit)) break;
    if (unit >= 0x30 && unit <= 0x39) digit = true;
    else if (unit === 0x2f) slash = true;
  }
  return digit && slash;
}

/** True when `wanted` stands in `text` at `at`, compared unit by unit: reads `wanted`'s length, not the text's. */
function occursAt(text: string, wanted: string, at: number): boolean {
  for (let i = 0; i < wanted.length; i++)
    if (text.charCodeAt(at + i) !== wanted.charCodeAt(i)) return false;
  return true;
}

/** Up to this many terms sharing a first unit are tested in place; more are looked up by length. */
const FEW_TERMS = 8;

/** What a finder answers for a paragraph that uses none of its terms: one empty map, never written to. */
const NO_MENTIONS: ReadonlyMap<string, TextSpan[]> = new Map();

// Old-style tone marks on the last vowel pair ("hoà", "uỷ"), written in the new style for keys (D4): one law either way.
const OLD_TONE = /o[àáảãạ](?!\p{L})|(?<!q)u[ỳýỷỹỵ](?!\p{L})/gu;

function newTone(pair: string): string {
  const vowel = (pair[1] as string).normalize("NFD");
  return `${(pair[0] as string) + vowel.slice(1)}${vowel[0]}`.normalize("NFC");
}

/** A law's name in its key: lower case, new-style tone marks; a named document's own ("Đảng" for either Điều lệ). */
function lawKeyName(typeName: string, name: string): string {
  const named = findNamedDocument(typeName);
  if (named) return named.keyName(name);
  return name.toLocaleLowerCase("vi").replace(OLD_TONE, newTone);
}

/**
 * The ký hiệu as it names a document: a joint State document's issuing bodies in any order, as a drafter may swap them
 * at a later mention ("55/2015/TTLT-BTC-BKHCN", later "55/2015/TTLT-BKHCN-BTC") [REAL]. The type code stays first;
 * a code with no known type code, or a Party code, is kept as it is.
 */
export function codeIdentity(code: string): string {
  // Fewer than two "-" (nearly every code: "KL/TU", "QĐ-UBND") leave fewer than three parts: the code as it is. The
  // year prefix holds none, so they are counted in the whole code, without the pattern and the split.
  const dash = code.indexOf("-");
  if (dash < 0 || code.indexOf("-", dash + 1) < 0) return code;
  const year = YEAR_PREFIX.exec(code)?.[0] ?? "";
  const parts = code.slice(year.length).split("-");
  const first = parts[0] ?? "";
  if (parts.length < 3 || code.includes("/", year.length) || !KNOWN_TYPE_CODES.state.has(first))
    return code;
  return `${year}${[first, ...parts.slice(1).sort()].join("-")}`;
}

/**
 * A key naming the cited document: same key, same document ("Văn bản"/"Công văn" and case aside). Laws and named
 * documents are keyed by type and name, not by year, as later mentions drop it: "Điều lệ Đảng" and "Điều lệ Đảng Cộng
 * sản Việt Nam" are one document; an amending law ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai") is not the law
 * it amends.
 */
export function referenceKey(reference: Reference): string {
  if (reference.law)
    return `law|${reference.typeName.toLocaleLowerCase("vi")}|${lawKeyName(reference.typeName, reference.law.name)}`;
  if (reference.code) return `doc|${reference.number}|${codeIdentity(reference.code)}`;
  return `bare|${reference.typeName}|${reference.number}`;
}

/** True when two references name the same document; a bare "Quyết định 218" matches "Quyết định số 218-QĐ/TW". */
export function sameDocument(a: Reference, b: Reference): boolean {
  if (a.law || b.law) return referenceKey(a) === referenceKey(b);
  if (a.code && b.code)
    return a.number === b.number && codeIdentity(a.code) === codeIdentity(b.code);
  const letter = (name: string) => (name === "Văn bản" ? "Công văn" : name);
  return a.number === b.number && letter(a.typeName) === letter(b.typeName);
}
