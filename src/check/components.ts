// Finds the components of an official document in a snapshot — header parts, tên loại, body, Nơi nhận, signature —
// in tables or not, as real drafts lay them out.

import { DOCUMENT_TYPES, type DocumentType, PROFILE_IDS, type Regime } from "../conventions";
import type { ParagraphSnapshot, Snapshot } from "../ooxml/snapshot";
import { matchText, toneInsensitive, upperMatch } from "../text/normalize";
import { isWhiteSpaceUnit } from "../text/white-space";
import { paragraphIsTidy, paragraphMatchText } from "./lines";
import { paragraphMemo } from "./paragraph-memo";

/** One line of a paragraph (paragraphs may hold several, split by line breaks), in matching form. */
export interface Span {
  readonly paragraph: number;
  /** Offsets of the line in the paragraph's original text. */
  readonly start: number;
  readonly end: number;
  /** The line in matching form (NFC, hyphens and spaces normalised, trimmed). */
  readonly text: string;
}

export interface Heading {
  readonly paragraph: number;
  readonly kind: "roman" | "arabic" | "letter" | "article" | "chapter" | "part" | "section";
  /** The number as written: "IV", "3", "b". */
  readonly label: string;
  /** Its value: 4, 3, 2 (letters count in the Vietnamese điểm order a b c d đ e …). */
  readonly value: number;
  /** The delimiter after the number: ".", "-", ")", ":" or "" (Chương II). */
  readonly delimiter: string;
}

export interface Components {
  readonly regime: Regime | null;
  /** Paragraph indexes of the header (the leading table, or the lines before the tên loại). */
  readonly header: readonly number[];
  readonly partyTitle?: Span;
  readonly nationalName?: Span;
  readonly motto?: Span;
  readonly star?: Span;
  readonly superior: readonly Span[];
  readonly issuer: readonly Span[];
  readonly number?: Span;
  readonly placeDate?: Span;
  readonly letterSubject: readonly Span[];
  readonly documentTypeLine?: Span;
  /** The type named by the tên loại, or by the number's type code. */
  readonly documentType: DocumentType | null;
  readonly titleIssuerLine: readonly Span[];
  readonly summary: readonly Span[];
  readonly summarySeparator?: Span;
  /**
   * "(Kèm theo Quyết định số … ngày … của …)" under the trích yếu: a text ban hành or phê duyệt kèm theo a decision,
   * whose number, date, Nơi nhận and signature are the decision's (NĐ30 Phụ lục III, the mẫu after mẫu 1.3).
   */
  readonly attachedTo?: Span;
  /**
   * A bản sao whose copied text carries no header of its own: the hình thức sao ("SAO Y", "SAO Y BẢN CHÍNH", "SAO
   * LỤC", "TRÍCH SAO") of the copy's parts under the full-width line, which then stand as the header [PL1 Phần II].
   */
  readonly copyForm?: Span;
  /**
   * A bản sao whose copied text is a whole original with its own header and closing: the copy's parts (the
   * full-width line, then the table with the hình thức sao, number and place-date, then Nơi nhận and signature) start
   * at paragraph `start`, after the original's closing [PL1 Phần II][PL3 mẫu 3.1]. The components above are the
   * original's, which ends there; the engine checks the copy's parts on their own.
   */
  readonly copyPart?: {
    readonly start: number;
    readonly form: Span;
    /**
     * An electronic copy of a whole original: the copying body's digital signature stands above the original's header
     * (D36) and has no number, date, Nơi nhận or signer to judge; `start` is then 0 and the original runs to the end.
     */
    readonly top?: true;
  };
  /**
   * A phụ lục written as a file of its own ("Phụ lục I" first, "(Kèm theo … số …)" under it): it has no header, and
   * its number, date, Nơi nhận and signature are those of the document it goes with (PL1 III.1, mẫu 2.2).
   */
  readonly annexFile?: Span;
  readonly kinhGui: readonly Span[];
  readonly canCu: readonly Span[];
  /** Body paragraphs outside tables, in order. */
  readonly body: readonly number[];
  readonly headings: readonly Heading[];
  readonly recipientsLabel?: Span;
  /** One span per line of the list: "- …" lines, and the continuation lines of a recipient wrapped by hand. */
  readonly recipients: readonly Span[];
  readonly signature: {
    readonly authority: readonly Span[];
    readonly titles: readonly Span[];
    readonly name?: Span;
  } | null;
  /** A centred title in capitals under the header when the type is not one the rulebook lists ("PHIẾU …"). */
  readonly formTitle?: Span;
  /** "DỰ THẢO" appears near the top. */
  readonly draftMarker: boolean;
  /**
   * The document is a sample to fill ("Mẫu Quyết định …" typed above its header): its signer and its placeholder
   * lines ("- …") are left for the user of the sample [REAL].
   */
  readonly sampleForm: boolean;
  /**
   * Where the document's own text ends when more follows that is not its own: a second filled copy of a mail-merge
   * template (its first header line typed again), or appended sample forms ("Mẫu số 01 …") after its closing [REAL].
   * The paragraph count when nothing follows.
   */
  readonly ownEnd: number;
}

const PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";
const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = /^độc lập\s*[-–—]\s*tự do\s*[-–—]\s*hạnh phúc$/i;
const NUMBER_LINE = /^số(?=[\s:\d]|$)/iu;
// The comma after the place is sometimes missing ("Hà Nội  ngày …", reported by date/form) and the year left blank
// in a form ("năm 20..") [REAL].
const PLACE_DATE = /^[^,\d]{2,60}?,?\s*ngày(?=\s|\d|$).*\snăm\s*(?:\d{4}|20\s?(?:\.{2,}|…))$/iu;
const SEPARATOR = /^[-_–—=.]{3,}$/;
const PARTY_SIGNATURE = /^ĐẠI DIỆN (?:BÊN [A-Z]\b|\p{Lu}{2,})/u;
const AUTHORITY = /^(?:TM\.|KT\.|TL\.|TUQ\.|Q\.|T\/M|K\/T|T\/L|T\/U)\s*\S/;
const RECIPIENTS_LABEL = /^nơi nhận\s*:?/iu;
// "Kính gửi:", "Kính trình:", or the công điện's sender line "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH … điện:" (mẫu 1.6) [PL3].
const KINH_GUI_LABEL = /^kính (?:gửi|trình)(?=[\s:]|$)/iu;
const DIEN_LABEL = /^\p{Lu}[\p{Lu}\s,.-]*\sđiện:$/u;
const KINH_GUI = { test: (text: string) => KINH_GUI_LABEL.test(text) || DIEN_LABEL.test(text) };
// "Xét Tờ trình số …; Báo cáo thẩm tra …" closes the căn cứ of a nghị quyết of a Hội đồng nhân dân [REAL].
const CAN_CU = /^(?:-\s*)?(?:căn cứ|theo đề nghị|xét)(?=[\s,:;]|$)/iu;
const MARK_LINE =
  /^(?:MẬT|TỐI MẬT|TUYỆT MẬT|KHẨN|THƯỢNG KHẨN|HỎA TỐC|HỎA TỐC HẸN GIỜ|XEM XONG TRẢ LẠI|LƯU HÀNH NỘI BỘ)$/u;
const ATTACHED_TO = /^\(\s*(?:ban hành )?kèm theo\s/iu;

/**
 * A part that opens the closing: "Nơi nhận" or an authority line. Asked of every part after the header; the first
 * letter either pattern can start with (n or N, which alone the i flag folds to n; T, K, Q) is tested first.
 */
function opensClosing(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first !== 0x6e && first !== 0x4e && first !== 0x54 && first !== 0x4b && first !== 0x51)
    return false;
  return RECIPIENTS_LABEL.test(text) || AUTHORITY.test(text);
}
/** A part of the paragraph opens the closing (a loop: it is asked of every paragraph, and a closure each time cost). */
function partOpensClosing(paragraph: ParagraphSnapshot): boolean {
  for (const part of partsOf(paragraph)) if (opensClosing(part.text)) return true;
  return false;
}

/** RECIPIENTS_LABEL's test, its first letter looked at first (n or N, which alone the i flag folds to n). */
function isRecipientsLabel(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 0x6e || first === 0x4e) && RECIPIENTS_LABEL.test(text);
}

/**
 * An authority line or a party's "ĐẠI DIỆN …" column head, asked of every line of the tail: the first letter either
 * pattern can start with (T, K, Q; Đ) is tested first.
 */
function headsSignature(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 0x54 || first === 0x4b || first === 0x51) return AUTHORITY.test(text);
  return first === 0x110 && PARTY_SIGNATURE.test(text);
}

/** Hình thức sao: State "SAO Y", "SAO LỤC", "TRÍCH SAO" [PL1 Phần II.I.1]; Party "SAO Y BẢN CHÍNH" … [H36-BS]. */
const ANNEX_HEADING = /^phụ lục(?:\s+(?:[IVXLC]+|\d+))?$/iu;
const COPY_FORM = /^(?:SAO Y(?: BẢN CHÍNH)?|SAO LỤC|TRÍCH SAO)$/u;

/** The State copy type a hình thức sao names ("SAO Y" → sao-y), for an electronic copy, which has no number. */
export function copyTypeOfForm(form: string): string | null {
  const text = upperMatch(form);
  if (/^SAO Y\b/u.test(text)) return "sao-y";
  if (text === "SAO LỤC") return "sao-luc";
  if (text === "TRÍCH SAO") return "trich-sao";
  return null;
}
const LETTERS = "abcdđeghiklmnopqrstuvxy";
// "DỰ THẢO LẦN 2", "Dự thảo lần …" name the round of a draft [HIST TT 01/2011].
const DRAFT_LINE = /^\(?\s*dự thảo(?:\s+lần\s*(?:\d+|…|\.+))?\s*:?\s*\)?$/iu;
/** A heading that opens an appended sample form ("Mẫu số 01. Công văn …", "- Mẫu số 02", "CÁC MẪU VĂN BẢN"). */
const SAMPLE_HEADING = /^(?:[-–]\s*)?(?:mẫu số\s*\d+\b|các mẫu\b)/iu;
/** A recipient line left as a blank to fill ("- …", "- ..."), in a sample or a form. */
export const PLACEHOLDER_LINE = /^[-–+•]\s*(?:…|\.{2,})\s*[;.]?$/u;

/** A draft marker set on its own line: "(DỰ THẢO)", "Dự thảo:", "DỰ THẢO", "DỰ THẢO LẦN 2". */
export function isDraftLine(text: string): boolean {
  return DRAFT_LINE.test(matchText(text));
}

/** The non-empty lines of a paragraph, as spans with original offsets. */
const LINES = paragraphMemo<Span[]>();

/** The lines of a paragraph, computed once per snapshot paragraph. */
export function linesOf(paragraph: ParagraphSnapshot): Span[] {
  const cached = LINES.get(paragraph);
  if (cached) return cached;
  const spans = splitLines(paragraph);
  LINES.set(paragraph, spans);
  return spans;
}

function splitLines(paragraph: ParagraphSnapshot): Span[] {
  // A paragraph without a line break (nearly all) is one line: no split. A tidy one holds none.
  if (
    paragraphIsTidy(paragraph) ||
    (paragraph.text.indexOf("\n") < 0 && paragraph.text.indexOf("\v") < 0)
  ) {
    const text = paragraphMatchText(paragraph);
    // A literal array of one, not a push onto []: a pushed-to array keeps room for 17, and the lines of every
    // paragraph live through the whole check.
    return text === ""
      ? []
      : [{ paragraph: paragraph.index, start: 0, end: paragraph.text.length, text }];
  }
  const spans: Span[] = [];
  let start = 0;
  const lines = paragraph.text.split(/[\n\v]/);
  for (const line of lines) {
    // A paragraph of one line (nearly all) shares its matching form with the whole paragraph's.
    const text = lines.length === 1 ? paragraphMatchText(paragraph) : matchText(line);
    if (text !== "")
      spans.push({ paragraph: paragraph.index, start, end: start + line.length, text });
    start += line.length + 1;
  }
  return spans;
}

/**
 * The parts of a paragraph's lines: a line laid out with tabs or runs of three or more spaces instead of a table
 * ("TỈNH X⇥Độc lập - Tự do - Hạnh phúc", "Số: …/UBND-XX␣␣␣␣Lào Cai, ngày …") holds several parts, each judged
 * by its own runs [REAL]. The blanks of a number or a date ("Số:␣␣␣␣/QĐ-UBND", "ngày␣␣␣␣tháng") do not split.
 */
export function partsOf(paragraph: ParagraphSnapshot): Span[] {
  const cached = PARTS.get(paragraph);
  if (cached) return cached;
  const parts = splitParts(paragraph);
  PARTS.set(paragraph, parts);
  return parts;
}

const PARTS = paragraphMemo<Span[]>();

// A tab, or three spaces or no-break spaces in a row: where GAP can match. Most lines have none and are one part.
const MAY_GAP = /\t|[\u00a0 ]{3}/u;

function splitParts(paragraph: ParagraphSnapshot): Span[] {
  const lines = linesOf(paragraph);
  // A paragraph of one line that is one part with no blank at its edges (nearly all): its parts are its lines, the
  // same array and span, rather than a copy of each kept through the whole check.
  if (lines.length === 1 && onePartAsIs(paragraph, lines[0] as Span)) return lines;
  const parts: Span[] = [];
  for (const line of lines) {
    const original = paragraph.text.slice(line.start, line.end);
    // A tidy paragraph holds no tab and no two spaces in a row, so no gap.
    if (paragraphIsTidy(paragraph) || !MAY_GAP.test(original)) {
      // One part: the line itself (linesOf keeps only lines with text), without its edges' white space.
      let lead = 0;
      while (lead < original.length && isWhiteSpaceUnit(original.charCodeAt(lead))) lead++;
      let trail = 0;
      while (
        trail < original.length &&
        isWhiteSpaceUnit(original.charCodeAt(original.length - 1 - trail))
      )
        trail++;
      parts.push({
        paragraph: paragraph.index,
        start: line.start + lead,
        end: line.end - trail,
        text: line.text,
      });
      continue;
    }
    const gap = /\t+[\t ]*| {3,}[\t ]*|[\u00a0 ]{3,}/gu;
    let from = 0;
    const pieces: { start: number; end: number }[] = [];
    for (let match = gap.exec(original); match; match = gap.exec(original)) {
      const left = original.slice(from, match.index).trimEnd();
      const right = original.slice(match.index + match[0].length);
      const blank =
        /(?:^|\s)(?:số|ngày|tháng|năm)\s*:?$/iu.test(left) ||
        /^(?:\/|tháng\b|năm\b|\d{0,2}\s*\/)/iu.test(right) ||
        left.trim() === "";
      if (blank) continue;
      pieces.push({ start: from, end: match.index });
      from = match.index + match[0].length;
    }
    pieces.push({ start: from, end: original.length });
    for (const piece of pieces) {
      const raw = original.slice(piece.start, piece.end);
      // A line of one part (nearly all) is already in matching form.
      const text = piece.start === 0 && piece.end === original.length ? line.text : matchText(raw);
      if (text === "") continue;
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      parts.push({
        paragraph: paragraph.index,
        start: line.start + piece.start + lead,
        end: line.start + piece.end - trail,
        text,
      });
    }
  }
  return parts;
}

/**
 * Whether a line is one part as it stands: no gap that may split it (none in a tidy paragraph) and no white space at
 * either end, so the one part splitParts would make of it equals the line.
 */
function onePartAsIs(paragraph: ParagraphSnapshot, line: Span): boolean {
  const text = paragraph.text;
  if (
    isWhiteSpaceUnit(text.charCodeAt(line.start)) ||
    isWhiteSpaceUnit(text.charCodeAt(line.end - 1))
  )
    return false;
  if (paragraphIsTidy(paragraph)) return true;
  return !MAY_GAP.test(
    line.start === 0 && line.end === text.length ? text : text.slice(line.start, line.end)
  );
}

/**
 * True when the span is one of several parts of a line laid out with tabs or runs of spaces: its paragraph's
 * alignment says nothing about where it prints.
 */
export function placedBySpaces(snapshot: Snapshot, span: Span): boolean {
  const paragraph = snapshot.paragraphs[span.paragraph];
  if (!paragraph) return false;
  const parts = partsOf(paragraph).filter((part) => part.start < span.end && part.end > span.start);
  const line = linesOf(paragraph).find((l) => l.start <= span.start && l.end >= span.end);
  const lineParts = line
    ? partsOf(paragraph).filter((part) => part.start >= line.start && part.end <= line.end)
    : parts;
  return lineParts.length > 1;
}

/** A part that starts far to the right of its line (right column of a layout made with spaces or tabs). */
function indented(snapshot: Snapshot, span: Span): boolean {
  const text = snapshot.paragraphs[span.paragraph]?.text ?? "";
  const lineStart =
    Math.max(text.lastIndexOf("\n", span.start - 1), text.lastIndexOf("\v", span.start - 1)) + 1;
  const lead = text.slice(lineStart, span.start);
  return (
    /\S/u.test(lead) ||
    (lead.match(/\t/g) ?? []).length >= 2 ||
    lead.replace(/\t/g, "").length >= 24
  );
}

function isCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase("vi");
}

function boldAt(snapshot: Snapshot, span: Span): boolean {
  const runs = (snapshot.paragraphs[span.paragraph]?.runs ?? []).filter(
    (run) =>
      run.start < span.end && run.start + run.text.length > span.start && run.text.trim() !== ""
  );
  return runs.length > 0 && runs.every((run) => run.bold);
}

/** The roman numerals' values, made once: romanValue is asked of every roman heading. */
const ROMAN_VALUES: ReadonlyMap<string, number> = new Map([
  ["I", 1],
  ["V", 5],
  ["X", 10],
  ["L", 50],
  ["C", 100],
]);

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES.get(text.charAt(i)) ?? 0;
    const next = ROMAN_VALUES.get(text.charAt(i + 1)) ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const PART_HEADING = /^(Chương|Phần|Mục)\s+([IVXLC]+|\d+)\b\s*([.:]?)/;
const ARTICLE_HEADING = /^Điều\s+(\d+)\s*([.:])/;
const ROMAN_HEADING = /^([IVXLC]+)\s*([.-])(?:\s|$)/;
const ARABIC_HEADING = /^(\d{1,2})\s*([.-])(?:\s|$)/;
const LETTER_HEADING = /^([a-zđ])\)\s/;
const HAS_DIGIT = /\d/;

/** The outline heading a body paragraph starts with, if any. */
export function headingOf(paragraph: number, text: string): Heading | null {
  // Asked of every paragraph: each pattern is tried only when the first character is one it can start with, and the
  // patterns are module constants (a literal makes a new RegExp object each time it is evaluated).
  const first = text.charCodeAt(0);
  let match: RegExpExecArray | null;
  // C, P, M: Chương, Phần, Mục.
  if (first === 0x43 || first === 0x50 || first === 0x4d) {
    match = PART_HEADING.exec(text);
    if (match) {
      const kind = match[1] === "Chương" ? "chapter" : match[1] === "Phần" ? "part" : "section";
      const label = match[2] as string;
      return {
        paragraph,
        kind,
        label,
        value: HAS_DIGIT.test(label) ? Number(label) : romanValue(label),
        delimiter: match[3] ?? "",
      };
    }
  }
  // Đ: Điều.
  if (first === 0x110) {
    match = ARTICLE_HEADING.exec(text);
    if (match)
      return {
        paragraph,
        kind: "article",
        label: match[1] as string,
        value: Number(match[1]),
        delimiter: match[2] as string,
      };
  }
  // I, V, X, L, C.
  if (first === 0x49 || first === 0x56 || first === 0x58 || first === 0x4c || first === 0x43) {
    match = ROMAN_HEADING.exec(text);
    if (match)
      return {
        paragraph,
        kind: "roman",
        label: match[1] as string,
        value: romanValue(match[1] as string),
        delimiter: match[2] as string,
      };
  }
  // 0–9.
  if (first >= 0x30 && first <= 0x39) {
    match = ARABIC_HEADING.exec(text);
    if (match)
      return {
        paragraph,
        kind: "arabic",
        label: match[1] as string,
        value: Number(match[1]),
        delimiter: match[2] as string,
      };
  }
  // a–z, đ.
  if ((first >= 0x61 && first <= 0x7a) || first === 0x111) {
    match = LETTER_HEADING.exec(text);
    if (match)
      return {
        paragraph,
        kind: "letter",
        label: match[1] as string,
        value: LETTERS.indexOf(match[1] as string) + 1,
        delimiter: ")",
      };
  }
  return null;
}

function findTypeByName(name: string, regime: Regime | null): DocumentType | null {
  const wanted = toneInsensitive(upperMatch(name));
  for (const profile of PROFILE_IDS) {
    const types = DOCUMENT_TYPES[profile];
    const regimeOfProfile = profile === "nha-nuoc" ? "state" : "party";
    if (regime && regimeOfProfile !== regime) continue;
    const found = types.find(
      (type) =>
        !type.letter &&
        toneInsensitive((type.title ?? type.name).toLocaleUpperCase("vi")) === wanted
    );
    if (found) return found;
  }
  return null;
}

function findTypeByCode(numberText: string, regime: Regime | null): DocumentType | null {
  const party = /-(\p{Lu}\p{L}*)\//u.exec(numberText);
  const state = /\/(?:\d{4}\/)?(\p{Lu}[\p{L}\d&]*)-/u.exec(numberText);
  const code =
    regime === "party" ? party?.[1] : regime === "state" ? state?.[1] : (party?.[1] ?? state?.[1]);
  if (!code) return null;
  const profiles = regime === "party" ? (["dang-2026"] as const) : (["nha-nuoc"] as const);
  for (const profile of profiles) {
    const found = DOCUMENT_TYPES[profile].find(
      (type) => type.code === code || type.altCodes?.includes(code)
    );
    if (found) return found;
  }
  return null;
}

/**
 * The type a title line names: its name alone ("KẾ HOẠCH"), or followed by one or two words that qualify it
 * ("KẾ HOẠCH HÀNH ĐỘNG", "BÁO CÁO TÓM TẮT") [REAL].
 */
function typeOfTitle(text: string, regime: Regime | null): DocumentType | null {
  const exact = findTypeByName(text, regime);
  if (exact) return exact;
  const words = text.split(" ");
  for (let keep = words.length - 1; keep >= Math.max(1, words.length - 2); keep--) {
    const type = findTypeByName(words.slice(0, keep).join(" "), regime);
    if (type && keep >= 2) return type;
  }
  // "THƯ CHÚC MỪNG", "THƯ CẢM ƠN": a thư công is headed "THƯ" and what it is (RULEBOOK D29).
  if (words.length >= 2 && words.length <= 4 && words[0] === "THƯ")
    return findTypeByName("THƯ", regime);
  return null;
}

/**
 * The header laid out without a table: the parts of the first paragraphs outside tables, up to the tên loại or a
 * centred title in capitals (a form's "BẢNG TỔNG HỢP …") [REAL].
 */
function freeHeaderLines(paragraphs: readonly ParagraphSnapshot[]): Span[] {
  const lines: Span[] = [];
  for (const p of paragraphs.slice(0, 12)) {
    if (p.cell) continue;
    const text = paragraphMatchText(p);
    if (
      lines.length > 0 &&
      p.align === "center" &&
      isCaps(text) &&
      !/\t| {3}/u.test(p.text.trim()) &&
      (findTypeByName(text, null) !== null || text.length >= 25) &&
      toneInsensitive(upperMatch(text)) !== NATIONAL_NAME &&
      upperMatch(text) !== PARTY_TITLE
    )
      break;
    lines.push(...partsOf(p));
  }
  return lines;
}

/** The matching form of paragraph `index`, or "" past the end. */
const matchTextAt = (paragraphs: readonly ParagraphSnapshot[], index: number): string => {
  const paragraph = paragraphs[index];
  return paragraph ? paragraphMatchText(paragraph) : "";
};

/** Pushes the numbers from `from` up to `to` (excluded) onto `into`: a loop, not Array.from's callback and a spread. */
function pushRange(into: number[], from: number, to: number): void {
  for (let i = from; i < to; i++) into.push(i);
}

/**
 * The end of the document's own text: the first paragraph after its closing (a "Nơi nhận" or an authority line)
 * that repeats its first header line (a mail-merge template followed by a filled copy) or opens an appended sample
 * form ("Mẫu số 01 …"); the paragraph count when there is none [REAL].
 */
function ownEndOf(
  paragraphs: readonly ParagraphSnapshot[],
  from: number,
  header: readonly number[],
  scanLines: readonly Span[],
  number: Span | undefined
): number {
  const first = header.find((i) => matchTextAt(paragraphs, i) !== "") ?? scanLines[0]?.paragraph;
  const opening = first === undefined ? "" : matchTextAt(paragraphs, first);
  const numberLine = number ? matchTextAt(paragraphs, number.paragraph) : "";
  // A copy repeats the header with its number line; an attached quy chế repeats only the issuer [REAL].
  const copyAt = (index: number) =>
    numberLine !== "" &&
    paragraphs
      .slice(index, index + 8)
      .some((p) => p.index !== number?.paragraph && paragraphMatchText(p) === numberLine);
  let closed = false;
  for (const p of paragraphs.slice(from)) {
    const text = paragraphMatchText(p);
    if (text === "") continue;
    if (
      closed &&
      ((opening.length >= 10 && text === opening && copyAt(p.index)) || SAMPLE_HEADING.test(text))
    )
      return p.index;
    if (partOpensClosing(p)) closed = true;
  }
  return paragraphs.length;
}

/** A line that may stand in a quoted sample's header, above its tên loại: centred capitals, the tiêu ngữ, a number. */
function sampleHeaderLine(p: ParagraphSnapshot, text: string): boolean {
  if (/^mẫu\b/iu.test(text)) return true;
  return (
    p.align === "center" &&
    (isCaps(text) || MOTTO.test(text) || NUMBER_LINE.test(text) || PLACE_DATE.test(text))
  );
}

/**
 * Paragraphs of samples quoted inside the text, before its own closing: a guideline showing the nghị quyết or the
 * công văn it asks for, with the sample's header, tên loại, căn cứ, articles, "Nơi nhận:" and signer [REAL]. An
 * earlier "Nơi nhận:" than the document's own marks one; the sample runs from its tên loại (and the header lines
 * above it) to the signer lines under its list. With no tên loại above, only the quoted closing is the sample's.
 */
function quotedSamples(
  paragraphs: readonly ParagraphSnapshot[],
  indexes: readonly number[],
  ownLabel: number | undefined
): Set<number> {
  const free = indexes.filter((i) => {
    const p = paragraphs[i] as ParagraphSnapshot;
    return !p.cell && paragraphMatchText(p) !== "";
  });
  const quoted = new Set<number>();
  let lastEnd = -1;
  for (let k = 0; k < free.length; k++) {
    const at = free[k] as number;
    if (at === ownLabel || !isRecipientsLabel(matchTextAt(paragraphs, at))) continue;
    let open = k;
    for (let j = k - 1; j > lastEnd && j >= k - 80; j--) {
      const p = paragraphs[free[j] as number] as ParagraphSnapshot;
      const text = paragraphMatchText(p);
      if (p.align === "center" && isCaps(text) && typeOfTitle(text, null)) {
        open = j;
        break;
      }
    }
    if (open < k)
      while (open - 1 > lastEnd) {
        const p = paragraphs[free[open - 1] as number] as ParagraphSnapshot;
        if (!sampleHeaderLine(p, paragraphMatchText(p))) break;
        open--;
      }
    // Under its list: the sample's signer, centred or in capitals, and the "(Ký …)" notes.
    let end = k;
    while (end + 1 < free.length && end - k < 15 && free[end + 1] !== ownLabel) {
      const p = paragraphs[free[end + 1] as number] as ParagraphSnapshot;
      const text = paragraphMatchText(p);
      if (!(/^[-–+•]/u.test(text) || p.align === "center" || p.align === "right" || isCaps(text)))
        break;
      end++;
    }
    for (let j = open; j <= end; j++) quoted.add(free[j] as number);
    lastEnd = end;
    k = end;
  }
  return quoted;
}

/** Detects the document's components; what is absent stays undefined or empty. */
export function findComponents(snapshot: Snapshot): Components {
  const paragraphs = snapshot.paragraphs;
  // The header: the tables at the very top, before the first text outside a table.
  let firstFree = paragraphs.findIndex((p) => p.cell === null && paragraphMatchText(p) !== "");
  // A heading or note typed above the header table ("Mẫu …", "(Kèm theo văn bản …)", "Mẫu A") is a preamble,
  // not the header, when a table holding the header's parts follows within a few lines [REAL].
  const firstCell = paragraphs.findIndex((p) => p.cell !== null);
  if (firstFree >= 0 && firstCell > firstFree && firstCell < 12) {
    const table = paragraphs[firstCell]?.cell?.table;
    const before = paragraphs.slice(0, firstCell).filter((p) => paragraphMatchText(p) !== "");
    const headerTable = paragraphs.some(
      (p) =>
        p.cell?.table === table &&
        p.cell?.depth === 1 &&
        (toneInsensitive(upperMatch(p.text)).includes(NATIONAL_NAME) ||
          upperMatch(p.text).includes(PARTY_TITLE) ||
          (NUMBER_LINE.test(paragraphMatchText(p)) && /[-/]/.test(p.text)))
    );
    if (headerTable && before.length <= 3)
      firstFree = paragraphs.findIndex(
        (p) => p.index > firstCell && p.cell === null && paragraphMatchText(p) !== ""
      );
  }
  // A bản sao laid out by the form: the copied text, then a table with the hình thức sao on the right and the copy's
  // number on the left. Without a header above it (no tiêu đề or Quốc hiệu in the copied text) it is the header.
  const copyParagraph = paragraphs.find(
    (p) =>
      p.cell !== null &&
      p.cell.column > 0 &&
      p.text.length < 40 &&
      COPY_FORM.test(upperMatch(p.text)) &&
      paragraphs.some(
        (q) =>
          q.cell?.table === p.cell?.table &&
          q.cell?.column === 0 &&
          NUMBER_LINE.test(matchText(q.text)) &&
          /[-/]/.test(q.text)
      )
  );
  const copyHeader =
    copyParagraph !== undefined &&
    !paragraphs
      .slice(0, copyParagraph.index)
      .some(
        (p) =>
          toneInsensitive(upperMatch(p.text)).includes(NATIONAL_NAME) ||
          upperMatch(p.text).includes(PARTY_TITLE)
      );
  // A bản sao of a whole original: the original, with its own header, closing and all, then the full-width line and
  // the copy's table. The copy's parts start at that line; the original ends there [PL1 Phần II].
  let copyPart: Components["copyPart"];
  if (copyParagraph && !copyHeader) {
    const table = paragraphs.findIndex((p) => p.cell?.table === copyParagraph.cell?.table);
    const closedBefore = paragraphs.slice(0, table).some(partOpensClosing);
    const line = paragraphs[table - 1];
    const start =
      line && !line.cell && paragraphMatchText(line) === "" && line.border.top ? table - 1 : table;
    const [form] = linesOf(copyParagraph);
    if (closedBefore && form) copyPart = { start, form };
  }
  // A phụ lục on its own: "Phụ lục I" first, its "(Kèm theo …)" line within the next three.
  const opening: ParagraphSnapshot[] = [];
  for (const p of paragraphs) {
    if (opening.length === 4) break;
    if (p.cell === null && paragraphMatchText(p) !== "") opening.push(p);
  }
  const annexFile =
    opening[0] &&
    ANNEX_HEADING.test(matchText(opening[0].text)) &&
    opening.slice(1).some((p) => ATTACHED_TO.test(matchText(p.text)))
      ? linesOf(opening[0])[0]
      : undefined;
  // An electronic bản sao: the copying body's digital signature on top — the hình thức sao, then "Thời gian ký" within
  // two lines — over the copied text, which is the original's [PL1 Phần II.I.3] (D36).
  const electronicCopy =
    !copyHeader &&
    opening[0] &&
    COPY_FORM.test(upperMatch(opening[0].text)) &&
    opening.slice(1, 3).some((p) => /^Thời gian ký\s*:/u.test(matchText(p.text)))
      ? linesOf(opening[0])[0]
      : undefined;
  const header: number[] = copyHeader
    ? paragraphs
        .filter((p) => p.cell?.table === copyParagraph.cell?.table && p.cell?.depth === 1)
        .map((p) => p.index)
    : [];
  const topTables = new Set<number>();
  // Loops, not flatMap, over every paragraph here and below: flatMap made an array for each one.
  const kinhGuiTables = new Set<number>();
  for (const p of paragraphs)
    if (p.cell && KINH_GUI.test(paragraphMatchText(p))) kinhGuiTables.add(p.cell.table);
  for (const p of copyHeader
    ? []
    : paragraphs.slice(0, firstFree < 0 ? paragraphs.length : firstFree)) {
    if (!p.cell) continue;
    // A later table that holds "Kính gửi" (label in one cell, recipients beside it) ends the header [REAL].
    if (
      p.cell &&
      topTables.size > 0 &&
      !topTables.has(p.cell.table) &&
      kinhGuiTables.has(p.cell.table)
    )
      break;
    if (p.cell) {
      header.push(p.index);
      topTables.add(p.cell.table);
    }
  }
  const headerLines = header.flatMap((index) => partsOf(paragraphs[index] as ParagraphSnapshot));
  // An electronic copy whose copied text is a whole original: the original, under the copying body's signature, is
  // judged as the original (D36).
  const electronicOriginal =
    electronicCopy !== undefined &&
    headerLines.some(
      (s) =>
        toneInsensitive(upperMatch(s.text)) === NATIONAL_NAME || upperMatch(s.text) === PARTY_TITLE
    );
  if (electronicOriginal) copyPart = { start: 0, form: electronicCopy, top: true };
  const copyForm = copyHeader
    ? linesOf(copyParagraph)[0]
    : electronicOriginal
      ? undefined
      : electronicCopy;
  // Without a header table, the header is the lines before the tên loại: look at the first paragraphs.
  const scanLines =
    headerLines.length > 0
      ? headerLines
      : annexFile || electronicCopy
        ? []
        : freeHeaderLines(paragraphs);

  const find = (test: (span: Span) => boolean) => scanLines.find(test);
  const partyTitle = find((s) => upperMatch(s.text) === PARTY_TITLE);
  const nationalName = find((s) => toneInsensitive(upperMatch(s.text)) === NATIONAL_NAME);
  const motto = find((s) => MOTTO.test(s.text));
  const number = find((s) => NUMBER_LINE.test(s.text) && /[-/]/.test(s.text));
  const placeDate = find((s) => PLACE_DATE.test(s.text));
  let regime: Regime | null = partyTitle ? "party" : nationalName || motto ? "state" : null;
  if (!regime && number)
    regime = /^Số\s*:/.test(number.text)
      ? "state"
      : /^Số\s*\d*\s*-/.test(number.text)
        ? "party"
        : null;

  // The issuer column: the header lines in the first column, before the number.
  // Without a table, the left column is the first part of each line, unless the line starts far to the right.
  const leftLines =
    headerLines.length > 0
      ? headerLines.filter((s) => paragraphs[s.paragraph]?.cell?.column === 0)
      : scanLines.filter(
          (s) =>
            !indented(snapshot, s) &&
            s !== partyTitle &&
            s !== nationalName &&
            s !== motto &&
            !(s === placeDate && s !== number)
        );
  const beforeNumber = number
    ? leftLines.slice(0, Math.max(0, leftLines.indexOf(number)))
    : leftLines.slice(0, 4);
  const star = beforeNumber.find((s) => s.text === "*");
  const issuerLines = beforeNumber.filter(
    (s) =>
      s !== star &&
      !SEPARATOR.test(s.text) &&
      s !== partyTitle &&
      s !== nationalName &&
      s !== motto &&
      s !== placeDate
  );
  // Leading lines that are not bold are the superior body; the issuer is bold (or, failing that, the last line).
  let firstBold = issuerLines.findIndex((s) => boldAt(snapshot, s));
  if (firstBold < 0) firstBold = Math.max(0, issuerLines.length - 1);
  const superior = issuerLines.slice(0, firstBold);
  const issuer = issuerLines.slice(firstBold);
  const afterNumber = number ? leftLines.slice(leftLines.indexOf(number) + 1) : [];
  // What sits under the number is not always the subject: a "Dự thảo" marker, a "*", "Kính gửi:" [REAL]. A State
  // subject is the lines from the one that starts with "V/v"; a Party one sits in the header table under the number.
  const subjectCandidates = afterNumber.filter(
    (s) =>
      s !== placeDate &&
      !SEPARATOR.test(s.text) &&
      !AUTHORITY.test(s.text) &&
      !DRAFT_LINE.test(s.text) &&
      // Dấu mật and khẩn stand under the number in the left column (ô 10a, 10b) [PL1 IV].
      !MARK_LINE.test(s.text) &&
      s.text !== "*" &&
      !KINH_GUI.test(s.text)
  );
  // Without a header table, only a line written as a subject ("V/v …", or its slips "V/V", "V.v", "Về việc") is one.
  const vv = subjectCandidates.findIndex((s) => /^(?:V\s*[/.]\s*v\b|về việc\b)/iu.test(s.text));
  let letterSubject: Span[] =
    headerLines.length > 0
      ? subjectCandidates
      : vv >= 0
        ? subjectCandidates
            .slice(vv)
            .filter((s, i, all) => i === 0 || s.paragraph - (all[i - 1] as Span).paragraph <= 1)
        : [];

  // Tên loại, its issuer line and trích yếu: centred lines after the header.
  const afterHeader =
    header.length > 0
      ? (header[header.length - 1] as number) + 1
      : scanLines.length > 0
        ? Math.max(
            ...scanLines.filter((s) => s === number || s === placeDate).map((s) => s.paragraph),
            -1
          ) + 1
        : 0;
  let documentTypeLine: Span | undefined;
  let documentType: DocumentType | null = null;
  const titleIssuerLine: Span[] = [];
  const summary: Span[] = [];
  let summarySeparator: Span | undefined;
  let attachedTo: Span | undefined;
  let attachedOpen = false;
  let cursor = afterHeader;
  // A copy has no tên loại: its closing follows its parts.
  for (; !copyHeader && cursor < Math.min(paragraphs.length, afterHeader + 8); cursor++) {
    const p = paragraphs[cursor] as ParagraphSnapshot;
    if (p.cell) continue;
    const [line] = linesOf(p);
    if (!line) continue;
    if (/^dự thảo/iu.test(line.text) || DRAFT_LINE.test(line.text)) continue;
    // Dấu mật, khẩn and phạm vi lưu hành stand between the header and the tên loại (ô 10a, 10b, 11) [PL1].
    if (MARK_LINE.test(line.text)) continue;
    const type = typeOfTitle(line.text, regime);
    if (type && isCaps(line.text)) {
      documentTypeLine = line;
      documentType = type;
      cursor++;
    }
    break;
  }
  // A công văn's "V/v …" typed under the header table rather than in it, perhaps over two paragraphs.
  if (!documentTypeLine && letterSubject.length === 0 && header.length > 0) {
    const first = paragraphs[cursor];
    const align = first?.align;
    if (first && !first.cell && /^V\s*[/.]\s*v\b/u.test(linesOf(first)[0]?.text ?? "")) {
      for (; cursor < Math.min(paragraphs.length, afterHeader + 12); cursor++) {
        const p = paragraphs[cursor] as ParagraphSnapshot;
        const lines = linesOf(p);
        if (
          p.cell ||
          lines.length === 0 ||
          p.align !== align ||
          KINH_GUI.test(lines[0]?.text ?? "") ||
          (letterSubject.length > 0 && p.indent.firstLineMm > 0)
        )
          break;
        letterSubject = [...letterSubject, ...lines];
      }
    }
  }
  // The trích yếu may follow the tên loại in the same paragraph, after line breaks [REAL].
  const typeParagraph = documentTypeLine ? paragraphs[documentTypeLine.paragraph] : undefined;
  for (const line of typeParagraph ? linesOf(typeParagraph).slice(1) : []) {
    if (SEPARATOR.test(line.text)) summarySeparator = line;
    else summary.push(line);
  }
  if (documentTypeLine && !summarySeparator) {
    for (; cursor < paragraphs.length; cursor++) {
      const p = paragraphs[cursor] as ParagraphSnapshot;
      const lines = linesOf(p);
      if (lines.length === 0) {
        // An empty paragraph with a border is the State line under the trích yếu.
        if (p.border.top || p.border.bottom || summary.length > 0) {
          cursor++;
          break;
        }
        continue;
      }
      if (
        p.align !== "center" ||
        KINH_GUI.test(lines[0]?.text ?? "") ||
        CAN_CU.test(lines[0]?.text ?? "")
      )
        break;
      let done = false;
      for (const line of lines) {
        if (SEPARATOR.test(line.text)) {
          summarySeparator = line;
          done = true;
        } else if (summary.length === 0 && isCaps(line.text) && /^CỦA\b/.test(line.text))
          titleIssuerLine.push(line);
        else if (!attachedTo && ATTACHED_TO.test(line.text)) {
          attachedTo = line;
          attachedOpen = !/\)$/.test(line.text);
        } else if (attachedOpen) {
          // A reference broken by hand over two lines: its end is the decision's, not trích yếu.
          attachedOpen = !/\)$/.test(line.text);
        } else summary.push(line);
      }
      if (done || p.border.bottom) {
        cursor++;
        break;
      }
    }
  }
  if (!documentType && number) documentType = findTypeByCode(number.text, regime);
  let formTitle: Span | undefined;
  if (!documentType)
    for (const p of paragraphs.slice(afterHeader, afterHeader + 8)) {
      const [line] = p.cell ? [] : linesOf(p);
      if (line && p.align === "center" && isCaps(line.text) && line.text.length >= 5) {
        formTitle = line;
        break;
      }
    }
  if (!documentType && regime && letterSubject.length > 0)
    documentType =
      DOCUMENT_TYPES[regime === "party" ? "dang-2026" : "nha-nuoc"].find((t) => t.letter) ?? null;

  // The document's own text ends where a second copy of it (a mail-merge template followed by a filled page) or its
  // appended sample forms begin, once its own closing has been seen [REAL].
  // A bản sao's own parts after the original end the original's text as the end of the file ends a document's.
  const textEnd = copyPart && !copyPart.top ? copyPart.start : paragraphs.length;
  const ownEnd = Math.min(
    ownEndOf(paragraphs, Math.max(cursor, header.length), header, scanLines, number),
    textEnd
  );
  // The closing: "Nơi nhận:" and the signature beside it, usually a table after the body.
  const tail = paragraphs.slice(Math.max(cursor, header.length), ownEnd);
  // Parts, not lines: "Nơi nhận:⇥GIÁM ĐỐC" and "- Như trên;⇥⇥(Ký tên)" hold the list and the signature side by side [REAL].
  const allTailLines: Span[] = [];
  for (const p of tail) for (const part of partsOf(p)) allTailLines.push(part);
  const rightPart = (span: Span) => {
    const paragraph = paragraphs[span.paragraph] as ParagraphSnapshot;
    const line = linesOf(paragraph).find((l) => l.start <= span.start && l.end >= span.end);
    return partsOf(paragraph).some(
      (part) => line && part.start >= line.start && part.start < span.start
    );
  };
  const besideList: Span[] = [];
  let recipientsLabel: Span | undefined;
  for (let i = allTailLines.length - 1; i >= 0 && !recipientsLabel; i--)
    if (isRecipientsLabel((allTailLines[i] as Span).text)) recipientsLabel = allTailLines[i];
  const closingParagraph = recipientsLabel?.paragraph;
  const closingCell = closingParagraph !== undefined ? paragraphs[closingParagraph]?.cell : null;
  const recipients: Span[] = [];
  if (recipientsLabel) {
    // The list may stand in the rows under the label's row, same column ("Nơi nhận:" in one row, the list in the
    // next, the signature in the other column) [REAL].
    const sameCell = (p: ParagraphSnapshot) =>
      closingCell
        ? p.cell?.table === closingCell.table &&
          p.cell.row >= closingCell.row &&
          p.cell.column === closingCell.column
        : p.cell === null;
    for (const line of allTailLines) {
      if (
        line.paragraph < recipientsLabel.paragraph ||
        (line.paragraph === recipientsLabel.paragraph && line.start <= recipientsLabel.start)
      )
        continue;
      const p = paragraphs[line.paragraph] as ParagraphSnapshot;
      // The signature's cell beside it comes between the rows of a list laid out in several rows.
      if (closingCell && p.cell?.table === closingCell.table && !sameCell(p)) continue;
      if (!sameCell(p)) break;
      if (!closingCell && rightPart(line)) {
        besideList.push(line);
        continue;
      }
      if (/^[-–+•]/.test(line.text)) recipients.push(line);
      // A recipient wrapped onto the next paragraph ("- Các sở: Nông nghiệp và Môi trường," / "Tài chính, …;") [REAL].
      else if (
        recipients.length > 0 &&
        !/^- Lưu|\.$/u.test(recipients[recipients.length - 1]?.text ?? "")
      )
        recipients.push(line);
      else if (recipients.length > 0) break;
    }
    // "Nơi nhận: - Như trên;" on one line.
    const rest = recipientsLabel.text.replace(RECIPIENTS_LABEL, "").trim();
    if (rest.startsWith("-")) recipients.unshift({ ...recipientsLabel, text: rest });
  }

  // Signature: the authority line (TM., K/T …) or, beside Nơi nhận, the right cell's capitals and the name below.
  let signatureLines: Span[] = [];
  if (closingCell) {
    signatureLines = allTailLines.filter((s) => {
      const cell = paragraphs[s.paragraph]?.cell;
      return (
        cell?.table === closingCell.table &&
        cell.row >= closingCell.row &&
        cell.column > closingCell.column
      );
    });
  }
  // Without a table, the signature stands to the right of the list, on the same lines, and its name below.
  if (signatureLines.length === 0 && besideList.length > 0) {
    const last = recipients[recipients.length - 1] ?? recipientsLabel;
    const below = allTailLines.filter(
      (s) =>
        last !== undefined &&
        s.paragraph > last.paragraph &&
        s.paragraph <= last.paragraph + 8 &&
        !recipients.includes(s)
    );
    signatureLines = [...besideList, ...below];
  }
  if (signatureLines.length === 0) {
    // Documents that quote samples (a guideline showing sample signatures) have several authority lines: the
    // document's own is the one nearest its Nơi nhận, else the last [REAL].
    // A text both parties sign (hợp đồng, bản ghi nhớ) heads each column "ĐẠI DIỆN BÊN A" or "ĐẠI DIỆN <cơ quan>",
    // with no mark when the head himself signs [RULEBOOK D34].
    const authorities: number[] = [];
    for (let i = 0; i < allTailLines.length; i++)
      if (headsSignature((allTailLines[i] as Span).text)) authorities.push(i);
    const near = authorities.filter(
      (i) =>
        closingParagraph !== undefined &&
        Math.abs((allTailLines[i] as Span).paragraph - closingParagraph) <= 15
    );
    const authorityIndex = near[near.length - 1] ?? authorities[authorities.length - 1] ?? -1;
    if (authorityIndex >= 0)
      signatureLines = allTailLines
        .slice(authorityIndex, authorityIndex + 8)
        .filter((s) => s.paragraph !== closingParagraph && !recipients.includes(s));
  }
  let signature: Components["signature"] = null;
  if (signatureLines.length > 0) {
    const authority = signatureLines.filter((s) => AUTHORITY.test(s.text));
    const titles = signatureLines.filter(
      (s) => !authority.includes(s) && isCaps(s.text) && !/^\(.*\)$/.test(s.text)
    );
    const candidates = signatureLines.filter(
      (s) => !isCaps(s.text) && !/^\(.*\)$/.test(s.text) && /\p{Lu}/u.test(s.text)
    );
    let name = candidates[candidates.length - 1];
    // A name typed in capitals ("NGUYỄN VĂN A") is the last capital line, set apart by the signing space.
    const lastTitle = titles[titles.length - 1];
    const above = lastTitle ? signatureLines[signatureLines.indexOf(lastTitle) - 1] : undefined;
    if (!name && lastTitle && above) {
      const gap =
        lastTitle.paragraph === above.paragraph
          ? (
              paragraphs[above.paragraph]?.text
                .slice(above.end, lastTitle.start)
                .match(/[\n\v]/g) ?? []
            ).length > 1
          : lastTitle.paragraph - above.paragraph > 1;
      if (gap) {
        name = lastTitle;
        titles.pop();
      }
    }
    signature = { authority, titles, ...(name ? { name } : {}) };
  }

  // Body: free paragraphs between the title block and the closing.
  const closingStart = Math.min(
    closingParagraph ?? paragraphs.length,
    ...(signature ? [...signature.authority, ...signature.titles].map((s) => s.paragraph) : [])
  );
  const kinhGui: Span[] = [];
  const canCu: Span[] = [];
  const body: number[] = [];
  // Kính gửi and căn cứ come before the body proper; a quyết định may put its authority ("ỦY BAN NHÂN DÂN TỈNH …",
  // centred capitals) above the căn cứ.
  // Kính gửi laid out as a table: the label in one cell, the recipients beside it [REAL].
  for (const p of paragraphs.slice(0, closingStart)) {
    if (!p.cell || !kinhGuiTables.has(p.cell.table)) continue;
    for (const line of linesOf(p)) {
      if (KINH_GUI.test(line.text) || (kinhGui.length > 0 && /^[-–+•]/.test(line.text)))
        kinhGui.push(line);
    }
  }
  // When the document's own text goes on after its closing (a quy chế issued with the quyết định, before the
  // appended samples), that part is body too; the samples and a second copy are not.
  const closingEnd = Math.max(
    closingStart,
    ...[recipientsLabel, ...recipients, ...signatureLines].flatMap((s) => (s ? [s.paragraph] : []))
  );
  const bodyIndexes: number[] = [];
  pushRange(bodyIndexes, cursor, closingStart);
  if (ownEnd < textEnd) pushRange(bodyIndexes, closingEnd + 1, ownEnd);
  const quoted = quotedSamples(paragraphs, bodyIndexes, closingParagraph);
  let bodyStarted = false;
  for (const index of bodyIndexes) {
    const p = paragraphs[index] as ParagraphSnapshot;
    if (p.cell || header.includes(index) || quoted.has(index)) continue;
    const text = paragraphMatchText(p);
    if (text === "") continue;
    // A "(DỰ THẢO)" stamp under the header is the drafter's marker, not text of the document.
    if (!bodyStarted && DRAFT_LINE.test(text)) continue;
    if (!bodyStarted && KINH_GUI.test(text)) {
      kinhGui.push(...linesOf(p));
      continue;
    }
    if (!bodyStarted && kinhGui.length > 0 && /^[-–+•]/.test(text) && p.align !== "both") {
      kinhGui.push(...linesOf(p));
      continue;
    }
    // A document addressed by "Kính gửi" (tờ trình, công văn) has no căn cứ ban hành: its "Căn cứ …" lines are
    // the body's reasoning [PL1 II.6a].
    // "Xét …" closes a list of căn cứ; opening the body ("Xét Đơn đề nghị nghỉ phép …", mẫu 1.10) it is the text.
    if (
      !bodyStarted &&
      kinhGui.length === 0 &&
      CAN_CU.test(text) &&
      (canCu.length > 0 || !/^(?:-\s*)?xét(?=[\s,:;]|$)/iu.test(text))
    ) {
      canCu.push(...linesOf(p));
      continue;
    }
    body.push(index);
    if (!(p.align === "center" && isCaps(text))) bodyStarted = true;
  }
  const headings: Heading[] = [];
  for (const index of body) {
    const heading = headingOf(index, matchTextAt(paragraphs, index));
    if (heading) headings.push(heading);
  }
  // "Mẫu …" typed above the header: the document is a sample to fill [REAL].
  const top = Math.min(header[0] ?? Infinity, scanLines[0]?.paragraph ?? Infinity, 12);
  const sampleForm = paragraphs
    .slice(0, Number.isFinite(top) ? top : 0)
    .some((p) => /^Mẫu\b/u.test(paragraphMatchText(p)));
  // The marker may stand in a text box anchored in the header (its text is not the paragraph's) [REAL].
  const draftMarker =
    paragraphs
      .slice(0, Math.min(paragraphs.length, afterHeader + 6))
      .some((p) => /\bDỰ THẢO\b/u.test(upperMatch(p.text))) ||
    (snapshot.textBoxes ?? []).some(
      (box) => box.paragraph < afterHeader + 6 && /\bDỰ THẢO\b/u.test(upperMatch(box.text))
    );

  // Every key present, absent parts undefined: one hidden class whatever the document holds, so the rules' code, which
  // reads these on every check, stays optimised from one document to the next instead of meeting a new shape.
  return {
    regime,
    header,
    partyTitle,
    nationalName,
    motto,
    star,
    superior,
    issuer,
    number,
    placeDate,
    letterSubject,
    documentTypeLine,
    documentType,
    titleIssuerLine,
    summary,
    summarySeparator,
    attachedTo,
    copyForm,
    copyPart,
    annexFile,
    kinhGui,
    canCu,
    body,
    headings,
    recipientsLabel,
    recipients,
    signature,
    formTitle,
    draftMarker,
    sampleForm,
    ownEnd,
  };
}
