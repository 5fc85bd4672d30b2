// Finds the references to other documents in a paragraph's text — numbered documents, laws by name — and the definitions of short forms.

import type { Regime } from "../conventions";
import { CITED_TYPES, type CitedType, findCitedType, KNOWN_TYPE_CODES } from "./cited-types";
import { mapText, type MappedText, originalSpan, type TextSpan } from "./mapped-text";

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
  /** The name after the type: "Hóa chất", "Tổ chức chính quyền địa phương". */
  readonly name: string;
  /** "năm 2025" or a bare "2020" after the name. */
  readonly year: number | null;
}

export interface Reference {
  /** Offsets in the original text, from the type name to the last part understood (trích yếu, issuer, date…). */
  readonly span: TextSpan;
  /** The original text of the span. */
  readonly text: string;
  /** The type as the rulebook writes it: "Quyết định", "Luật". */
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
  /** Laws and ordinances cited by name. */
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
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\d])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\d])`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "Quyết định" → "[Qq]uyết định": types are found whatever the case of their first letter. */
function caseFreeFirst(name: string): string {
  const first = name[0] as string;
  return `[${first}${first.toLocaleLowerCase("vi")}]${escape(name.slice(1))}`;
}

const DOCUMENT_TYPES_RE = CITED_TYPES.map((type) =>
  type.law
    ? caseFreeFirst(type.name).replace("luật", "[Ll]uật").replace("lệnh", "[Ll]ệnh")
    : caseFreeFirst(type.name)
).join("|");

/** A type name, "số" or not, then the number (checked by NUMBER at the end of the match). */
const DOCUMENT_HEAD = new RegExp(
  `${NOT_WORD_BEFORE}(?<type>${DOCUMENT_TYPES_RE})(?<so>\\s+số\\s*:?)?\\s+(?=\\d)`,
  "gu"
);
const LAW_HEAD = new RegExp(
  `${NOT_WORD_BEFORE}(?<type>[Bb]ộ [Ll]uật|Luật|[Pp]háp [Ll]ệnh)\\s+(?=\\S)`,
  "gu"
);

// Party "1300-KL/TU"; State "12/QĐ-UBND", "5973/UBND-KT", "30/2020/NĐ-CP", "69/2025/QH15" — spaces around the
// separators tolerated and reported (conventions §3.3).
const NUMBER = new RegExp(
  String.raw`(?<serial>\d{1,5})(?:` +
    String.raw`\s?-\s?(?<ptype>\p{Lu}${L}*)\s?\/\s?(?<pissuer>\p{Lu}[\p{Lu}\d]*)` +
    "|" +
    String.raw`\s?\/\s?(?:(?<year>(?:19|20)\d{2})\s?\/\s?)?(?<scode>\p{Lu}[\p{L}\d&]*(?:\s?-\s?\p{Lu}[\p{L}\d&]*)*)` +
    ")?",
  "uy"
);
// A bare number is a reference only when it stands alone: not "Báo cáo 6 tháng", "Kế hoạch 2.000".
const BARE_END = /^(?=$|[\s,;:.)”"])(?!\s(?:tháng|năm|ngày|quý|lần|giờ|người|%))(?![.,]\d)/u;

const DATE = new RegExp(
  String.raw`(?<comma>\s?,)?\s?ngày\s(?:(?<d>\d{1,2})\s?[/.-]\s?(?<m>\d{1,2})\s?[/.-]\s?(?<y>\d{4})|(?<ld>\d{1,2})\stháng\s(?<lm>\d{1,2})\snăm\s(?<ly>\d{4}))` +
    NOT_WORD_AFTER,
  "uy"
);
const ISSUER_START = /\s?,?\s?của\s/uy;
const TOKEN = /\s?(?<token>\([^()]*\)|[^\s,;:()“”"]+)/uy;
const SUMMARY_START = new RegExp(
  String.raw`\s?,?\s?(?<start>về|ban hành|quy định|phê duyệt|hướng dẫn|sửa đổi)(?=\s)(?!\s?:)`,
  "uy"
);
const LAW_YEAR = /\s(?:năm\s)?(?<year>(?:19|20)\d{2})(?![\d/])/uy;

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
// Words that end a law's name when no year, number or date follows it.
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
  "và các",
  "quy định",
  "hướng dẫn",
  "ban hành",
  "hiện hành",
  "số",
  "ngày",
  "năm",
]);
// Linking words left at the end of a name or a trích yếu when the next reference cuts it.
const DANGLING = /(?:[\s,]+(?:và|tại|theo|của|với|trong|hoặc))*[\s,]*$/u;
const MAX_ISSUER_WORDS = 14;
const MAX_LAW_WORDS = 14;
const MAX_SUMMARY = 400;

function isUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A cited type's name starts at `at` ("… và Quyết định số …"). */
function typeStartsAt(text: string, at: number): boolean {
  const rest = text.slice(at, at + 24).toLocaleLowerCase("vi");
  return CITED_TYPES.some((type) => rest.startsWith(type.name.toLocaleLowerCase("vi")));
}

interface Head {
  readonly start: number;
  /** End of the number (documents) or of the type word (laws). */
  readonly end: number;
  readonly type: CitedType;
  readonly typeWritten: string;
  readonly kind: "document" | "law";
  readonly hasSo: boolean;
  readonly number?: RegExpExecArray;
}

function findHeads(text: string): Head[] {
  const heads: Head[] = [];
  for (const match of text.matchAll(DOCUMENT_HEAD)) {
    const groups = match.groups as { type: string; so?: string };
    const type = findCitedType(groups.type);
    if (!type) continue;
    NUMBER.lastIndex = match.index + match[0].length;
    const number = NUMBER.exec(text);
    if (!number) continue;
    const coded = number.groups?.ptype !== undefined || number.groups?.scode !== undefined;
    const after = text.slice(NUMBER.lastIndex);
    // "Luật 2025", "báo cáo 6 tháng": without a ký hiệu, only a capitalised type followed by a lone number.
    if (!coded && (type.law || !BARE_END.test(after) || (!groups.so && !isUpper(groups.type))))
      continue;
    heads.push({
      start: match.index,
      end: NUMBER.lastIndex,
      type,
      typeWritten: groups.type,
      kind: "document",
      hasSo: groups.so !== undefined,
      number,
    });
  }
  for (const match of text.matchAll(LAW_HEAD)) {
    const typeWritten = (match.groups as { type: string }).type;
    const type = findCitedType(typeWritten);
    if (!type) continue;
    heads.push({
      start: match.index,
      end: match.index + match[0].length,
      type,
      typeWritten,
      kind: "law",
      hasSo: false,
    });
  }
  heads.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Bộ luật" also holds "luật": keep the first of overlapping heads.
  return heads.filter((head, index) => index === 0 || head.start >= (heads[index - 1] as Head).end);
}

interface DateRead {
  readonly start: number;
  readonly end: number;
  readonly date: Omit<ReferenceDate, "span">;
  readonly comma: boolean;
}

function readDate(text: string, at: number): DateRead | null {
  DATE.lastIndex = at;
  const match = DATE.exec(text);
  if (!match?.groups) return null;
  const g = match.groups;
  const long = g.ld !== undefined;
  const dateStart = text.indexOf("ngày", at);
  return {
    start: dateStart,
    end: DATE.lastIndex,
    date: {
      day: Number(long ? g.ld : g.d),
      month: Number(long ? g.lm : g.m),
      year: Number(long ? g.ly : g.y),
      style: long ? "long" : "numeric",
    },
    comma: g.comma !== undefined,
  };
}

/** The issuer after "của", ending before the first verb or linking word; null when none starts with a capital. */
function readIssuer(text: string, at: number): { issuer: string; end: number } | null {
  ISSUER_START.lastIndex = at;
  if (!ISSUER_START.exec(text)) return null;
  let pos = ISSUER_START.lastIndex;
  const start = pos;
  let end = pos;
  let words = 0;
  while (words < MAX_ISSUER_WORDS) {
    TOKEN.lastIndex = pos;
    const match = TOKEN.exec(text);
    if (!match?.groups) break;
    const token = match.groups.token as string;
    const tokenStart = TOKEN.lastIndex - token.length;
    if (token.startsWith("(")) {
      // "(khóa XI)", "(nhiệm kỳ 2020 - 2025)" belong to the issuer; any other parenthesis ends it.
      if (words > 0 && /^\((?:khóa|khoá|nhiệm kỳ)\s/iu.test(token)) end = TOKEN.lastIndex;
      break;
    }
    const word = token.replace(/\.$/u, "");
    if (words === 0 && !isUpper(word)) return null;
    if (/^\d/u.test(word)) break;
    if (!isUpper(word)) {
      const next = /^\s?([^\s,;:()“”"]+)/u.exec(text.slice(TOKEN.lastIndex))?.[1] ?? "";
      if (ISSUER_STOP.has(word) || ISSUER_STOP_PAIRS.has(`${word} ${next}`)) break;
      if (word === "và") {
        const next = TOKEN.exec(text)?.groups?.token ?? "";
        const nextStart = TOKEN.lastIndex - next.length;
        if (!isUpper(next) || typeStartsAt(text, nextStart)) break;
      }
    } else if (words > 0 && typeStartsAt(text, tokenStart)) break;
    end = tokenStart + word.length;
    words++;
    pos = TOKEN.lastIndex;
    if (word !== token) break;
  }
  return end > start ? { issuer: text.slice(start, end), end } : null;
}

/** The trích yếu: "về …", "ban hành …" up to the end of the clause or the next reference. */
function readSummary(
  text: string,
  at: number,
  limit: number
): { summary: string; end: number } | null {
  SUMMARY_START.lastIndex = at;
  const match = SUMMARY_START.exec(text);
  if (!match?.groups) return null;
  const start = SUMMARY_START.lastIndex - (match.groups.start as string).length;
  let depth = 0;
  let end = Math.min(limit, text.length, start + MAX_SUMMARY);
  for (let i = start; i < end; i++) {
    const char = text[i] as string;
    if (char === "(") {
      // A definition or a note in parentheses closes the trích yếu.
      if (/^\((?:sau đây|viết tắt|gọi tắt|gọi là|được gọi)/iu.test(text.slice(i))) {
        end = i;
        break;
      }
      depth++;
    } else if (char === ")") {
      if (depth === 0) {
        end = i;
        break;
      }
      depth--;
    } else if (char === ";" || char === ":" || char === "“" || char === '"') {
      end = i;
      break;
    } else if (char === "." && !/\d/u.test(text[i + 1] ?? "")) {
      end = i;
      break;
    }
  }
  // A relative clause ("… đã được xác định tại Báo cáo …") is not part of the trích yếu.
  const clause = /\s(?:đã được|đã|được xác định|nêu)\s/u.exec(text.slice(start, end));
  if (clause) end = start + clause.index;
  const summary = text.slice(start, end).replace(DANGLING, "");
  return summary.length > (match.groups.start ?? "").length
    ? { summary, end: start + summary.length }
    : null;
}

function compact(text: string): string {
  return text.replace(/\s/gu, "");
}

interface LawRead {
  readonly name: string;
  readonly nameEnd: number;
}

/** The name of a law after its type word: up to a year, a number or a date, or else to the first linking word. */
function readLawName(text: string, at: number): LawRead | null {
  const words: { word: string; start: number; end: number }[] = [];
  let pos = at - 1;
  let marker = false;
  while (words.length < MAX_LAW_WORDS) {
    TOKEN.lastIndex = pos < at ? at : pos;
    const match = TOKEN.exec(text);
    if (!match?.groups) break;
    const token = match.groups.token as string;
    if (token.startsWith("(")) break;
    const tokenStart = TOKEN.lastIndex - token.length;
    const word = token.replace(/\.$/u, "");
    const rest = text.slice(tokenStart);
    if (
      words.length > 0 &&
      (/^(?:số\s\d|ngày\s\d|năm\s(?:19|20)\d{2}|(?:19|20)\d{2}(?![\d/]))/u.test(rest) ||
        /^(?:19|20)\d{2}$/u.test(word))
    ) {
      marker = true;
      break;
    }
    const pair = `${word} ${/^\s?(\S+)/u.exec(text.slice(TOKEN.lastIndex))?.[1] ?? ""}`;
    if (LAW_STOP.has(word) || LAW_STOP.has(pair)) break;
    if (words.length > 0 && isUpper(word) && typeStartsAt(text, tokenStart)) break;
    words.push({ word, start: tokenStart, end: tokenStart + word.length });
    pos = TOKEN.lastIndex;
    if (word !== token) break;
    // Punctuation right after the word ends the name.
    if (/^[,;:()“”"]/u.test(text.slice(TOKEN.lastIndex))) break;
  }
  if (words.length === 0) return null;
  // Without a year, number or date, only a capitalised name is a law ("Luật Khoáng sản", not "Luật này").
  if (!marker && !isUpper(words[0]?.word ?? "")) return null;
  const name = text
    .slice(at, (words[words.length - 1] as { end: number }).end)
    .replace(DANGLING, "");
  return name === "" ? null : { name, nameEnd: at + name.length };
}

function typeAndIssuerCodes(
  regime: Regime | null,
  groups: Record<string, string | undefined>
): { typeCode: string | null; issuerCode: string | null } {
  if (regime === "party")
    return { typeCode: groups.ptype ?? null, issuerCode: groups.pissuer ?? null };
  if (regime !== "state") return { typeCode: null, issuerCode: null };
  const parts = compact(groups.scode ?? "").split("-");
  const first = parts[0] ?? "";
  if (parts.length > 1 && KNOWN_TYPE_CODES.state.has(first))
    return { typeCode: first, issuerCode: parts.slice(1).join("-") };
  return { typeCode: null, issuerCode: parts.join("-") };
}

interface NumberParts {
  readonly number: string;
  readonly code: string | null;
  readonly numberText: string;
  readonly numberSpan: TextSpan;
  readonly spacedNumber: boolean;
  readonly regime: Regime | null;
  readonly typeCode: string | null;
  readonly issuerCode: string | null;
  readonly numberYear: number | null;
}

function numberParts(mapped: MappedText, match: RegExpExecArray, end: number): NumberParts {
  const groups = match.groups ?? {};
  const number = groups.serial as string;
  const regime: Regime | null =
    groups.ptype !== undefined ? "party" : groups.scode !== undefined ? "state" : null;
  const raw = mapped.text.slice(match.index, end);
  const numberText = compact(raw);
  return {
    number,
    code: numberText.length > number.length ? numberText.slice(number.length + 1) : null,
    numberText,
    numberSpan: originalSpan(mapped, match.index, end),
    spacedNumber: /\s/u.test(raw),
    regime,
    ...typeAndIssuerCodes(regime, groups),
    numberYear: groups.year ? Number(groups.year) : null,
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
  regime: null,
  typeCode: null,
  issuerCode: null,
  numberYear: null,
};

/** A law's name, then "số 69/2025/QH15" and "năm 2025" when written. */
function readLaw(
  mapped: MappedText,
  at: number
): { law: LawName; parts: NumberParts | null; end: number } | null {
  const { text } = mapped;
  const read = readLawName(text, at);
  if (!read) return null;
  let end = read.nameEnd;
  let parts: NumberParts | null = null;
  const numbered = /\s?số\s?(?=\d)/uy;
  numbered.lastIndex = end;
  if (numbered.exec(text)) {
    NUMBER.lastIndex = numbered.lastIndex;
    const match = NUMBER.exec(text);
    if (match && (match.groups?.scode !== undefined || match.groups?.ptype !== undefined)) {
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

/** Every reference in a paragraph's text, in order, with offsets in the original text. */
export function parseReferences(original: string): Reference[] {
  const mapped = mapText(original);
  const { text } = mapped;
  // The short form inside "(viết tắt là Quyết định 218)" is the definition, not a mention.
  const inside = parseDefinitionsIn(mapped).map(({ at }) => [at, text.indexOf(")", at)] as const);
  const heads = findHeads(text).filter(
    (head) => !inside.some(([open, close]) => head.start > open && head.start < close)
  );
  const references: Reference[] = [];
  heads.forEach((head, index) => {
    const limit = heads[index + 1]?.start ?? text.length;
    let end = head.end;
    let parts: NumberParts | null = null;
    let law: LawName | null = null;
    if (head.kind === "document" && head.number) {
      parts = numberParts(mapped, head.number, head.end);
    } else {
      const read = readLaw(mapped, head.end);
      if (!read) return;
      ({ law, parts, end } = read);
    }

    let date: ReferenceDate | null = null;
    let commaBeforeDate = false;
    const dated = readDate(text, end);
    if (dated && dated.end <= limit) {
      date = { ...dated.date, span: originalSpan(mapped, dated.start, dated.end) };
      commaBeforeDate = dated.comma;
      end = dated.end;
    }
    let issuer: string | null = null;
    let summary: string | null = null;
    if (head.kind === "document") {
      const issued = readIssuer(text, end);
      if (issued && issued.end <= limit) {
        issuer = issued.issuer;
        end = issued.end;
      }
      const summarised = readSummary(text, end, limit);
      if (summarised) {
        summary = summarised.summary;
        end = summarised.end;
      }
    }
    const open = /^\s?\(/u.test(text.slice(end)) ? text.indexOf("(", end) : -1;
    const definition =
      open >= 0 ? parseDefinitionsIn(mapped, open).find((d) => d.at === open) : undefined;
    const span = originalSpan(mapped, head.start, end);
    const short =
      law !== null
        ? date === null && law.year === null && parts === null
        : parts?.code === null || (date === null && issuer === null);
    references.push({
      span,
      text: original.slice(span.start, span.end),
      typeName: head.type.name,
      typeWritten: head.typeWritten,
      hasSo: head.hasSo,
      ...(parts ?? NO_NUMBER),
      date,
      commaBeforeDate,
      issuer,
      summary,
      law,
      short,
      definedAs: definition?.definition.short ?? null,
    });
  });
  return references;
}

const DEFINITION = new RegExp(
  String.raw`\(\s?(?<formula>(?:sau đây\s)?(?:được\s)?(?:viết tắt là|gọi tắt là|gọi là|viết tắt))\s?:?\s?(?<short>[^()]+?)\s?\)`,
  "giu"
);
const ACRONYM = /(?<=\p{L}\s?)\((?<short>\p{Lu}[\p{Lu}\d&-]{1,11})\)/gu;
const ROMAN = /^[IVXLC]+$/u;

function formulaOf(written: string): DefinitionFormula {
  const formula = written.toLocaleLowerCase("vi").replace(/\s+/gu, " ").replace("được ", "");
  if (formula === "viết tắt") return "viết tắt là";
  return formula as DefinitionFormula;
}

function parseDefinitionsIn(
  mapped: MappedText,
  from = 0
): { at: number; definition: Definition }[] {
  const { text } = mapped;
  const found: { at: number; definition: Definition }[] = [];
  for (const match of text.slice(from).matchAll(DEFINITION)) {
    const at = from + match.index;
    const groups = match.groups as { formula: string; short: string };
    const raw = groups.short;
    const trimmed = raw.replace(/^[“"‘']+|[”"’'.,;]+$/gu, "");
    const shortStart = at + match[0].indexOf(raw, 1) + raw.indexOf(trimmed);
    found.push({
      at,
      definition: {
        short: trimmed,
        span: originalSpan(mapped, at, at + match[0].length),
        shortSpan: originalSpan(mapped, shortStart, shortStart + trimmed.length),
        formula: formulaOf(groups.formula),
      },
    });
  }
  for (const match of text.slice(from).matchAll(ACRONYM)) {
    const short = (match.groups as { short: string }).short;
    if (ROMAN.test(short) || (short.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const at = from + match.index;
    found.push({
      at,
      definition: {
        short,
        span: originalSpan(mapped, at, at + match[0].length),
        shortSpan: originalSpan(mapped, at + 1, at + 1 + short.length),
        formula: "acronym",
      },
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The short forms a paragraph defines: "(viết tắt là Quyết định 218)", "(sau đây gọi tắt là …)", "khu công nghiệp (KCN)". */
export function parseDefinitions(original: string): Definition[] {
  return parseDefinitionsIn(mapText(original)).map((found) => found.definition);
}

/**
 * Where `term` is used in a paragraph as a whole word (in matching form, so typing variants count), leaving out the
 * definitions themselves.
 */
export function findMentions(original: string, term: string): TextSpan[] {
  const mapped = mapText(original);
  const wanted = mapText(term).text.trim();
  if (wanted === "") return [];
  const inDefinitions = parseDefinitionsIn(mapped).map((d) => d.at);
  const pattern = new RegExp(`${NOT_WORD_BEFORE}${escape(wanted)}${NOT_WORD_AFTER}`, "gu");
  const mentions: TextSpan[] = [];
  for (const match of mapped.text.matchAll(pattern)) {
    const open = mapped.text.lastIndexOf("(", match.index);
    const close = mapped.text.indexOf(")", open);
    if (inDefinitions.includes(open) && close >= match.index) continue;
    mentions.push(originalSpan(mapped, match.index, match.index + match[0].length));
  }
  return mentions;
}

/** A key naming the cited document: same key, same document ("Văn bản"/"Công văn" and case aside). */
export function referenceKey(reference: Reference): string {
  if (reference.law) return `law|${reference.law.name.toLocaleLowerCase("vi")}`;
  if (reference.code) return `doc|${reference.number}|${reference.code}`;
  return `bare|${reference.typeName}|${reference.number}`;
}

/** True when two references name the same document; a bare "Quyết định 218" matches "Quyết định số 218-QĐ/TW". */
export function sameDocument(a: Reference, b: Reference): boolean {
  if (a.law || b.law) return referenceKey(a) === referenceKey(b);
  if (a.code && b.code) return a.number === b.number && a.code === b.code;
  const letter = (name: string) => (name === "Văn bản" ? "Công văn" : name);
  return a.number === b.number && letter(a.typeName) === letter(b.typeName);
}
