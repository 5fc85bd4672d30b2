// Spelling: tone-mark placement in oa/oe/uy (H07, D4) and i/y variants (H08), never in names; Telex/VNI keys left
// in words when the Vietnamese keyboard was off.

import { nfc, nfd } from "../../text/normalize";
import { ownValue } from "../../text/own-value";
import type { ParagraphSnapshot, Snapshot } from "../../ooxml/snapshot";
import { toneInsensitive } from "../../text/normalize";
import { isSyllable } from "../../text/syllables";
import { decodeTelex, decodeVni } from "../../text/typing-leftovers";
import { indexOf, sample } from "../samples";
import type { Rule, ToneStyle } from "../types";
import { paragraphCensus, paragraphText } from "../lines";
import {
  CENSUS_I_FORM,
  CENSUS_KEY_LETTER,
  CENSUS_TYPING_KEY,
  CENSUS_TYPING_PAIR,
} from "../../text/census";
import { textPass, type Word } from "../text-pass";
import { codePointClass } from "../../text/code-point-class";

// Open oa, oe, uy ending the word, not after q (conventions §5 H07): "hòa", "khỏe", "thủy" vs "hoà", "khoẻ", "thuỷ".
const TONE_ON_FIRST = /(?<!q)(?:[òóỏõọ][ae]|[ùúủũụ]y)$/u;
const TONE_ON_SECOND = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$/u;

// The last letter of every word either pattern can match; most words end otherwise and are skipped cheaply.
const OPEN_ENDINGS = new Set([..."aeyàáảãạèéẻẽẹỳýỷỹỵ"]);

function toneStyleOf(word: string): ToneStyle | null {
  if (!OPEN_ENDINGS.has((word[word.length - 1] ?? "").toLowerCase())) return null;
  // toLowerCase, not toLocaleLowerCase("vi"): the same for every character (Vietnamese has no special casing, as
  // Turkish and Lithuanian do), and four times cheaper over the thousands of words this is asked about.
  const lower = word.toLowerCase();
  return TONE_ON_FIRST.test(lower) ? "first" : TONE_ON_SECOND.test(lower) ? "second" : null;
}

const STYLED = new WeakMap<Snapshot, { word: Word; style: ToneStyle }[]>();

// A word either pattern matches ends in one of these pairs; only words holding one are taken from the text. Both cases
// are spelled out: the i flag with u made the engine fold every character of the text, three times the cost.
const OPEN_PAIR_AT_END =
  /(?:[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]|[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/** The words with an open oa, oe, uy and the style of their tone mark, computed once per snapshot. */
export function styledWords(snapshot: Snapshot): { word: Word; style: ToneStyle }[] {
  const cached = STYLED.get(snapshot);
  if (cached) return cached;
  const styled: { word: Word; style: ToneStyle }[] = [];
  for (const word of textPass(snapshot).wordsHolding(OPEN_PAIR_AT_END)) {
    const style = toneStyleOf(word.text);
    if (style) styled.push({ word, style });
  }
  STYLED.set(snapshot, styled);
  return styled;
}

const COUNTS = new WeakMap<Snapshot, { first: number; second: number }>();
const LOWER_Q = 0x71;
const UPPER_Q = 0x51;
const PLAIN_O = /[oOuU]/;

/**
 * How many of styledWords' words are written in each style, counted without taking the words out of the text: in
 * "auto" a document written one way (nearly all) needs no more than this. A match of OPEN_PAIR_AT_END ends its word
 * (nothing but a letter or mark may follow it), so each word has one and is counted once, as wordsHolding takes it;
 * its style is the pair's (a plain o or u first is tone on the second vowel), except after q, where neither style
 * applies ("quý"). A paragraph with combining marks is read word by word in NFC, as wordsHolding reads it.
 */
export function styleCounts(snapshot: Snapshot): { first: number; second: number } {
  const cached = COUNTS.get(snapshot);
  if (cached) return cached;
  const pass = textPass(snapshot);
  let first = 0;
  let second = 0;
  for (let index = 0; index < snapshot.paragraphs.length; index++) {
    if (pass.hasMarks(index)) {
      for (const word of pass.words(index)) {
        OPEN_PAIR_AT_END.lastIndex = 0;
        if (!OPEN_PAIR_AT_END.test(word.text)) continue;
        const style = toneStyleOf(word.text);
        if (style === "first") first++;
        else if (style === "second") second++;
      }
      continue;
    }
    const text = paragraphText(snapshot, index);
    // test, not exec: the pair is two UTF-16 units just before lastIndex, and no match array is made.
    OPEN_PAIR_AT_END.lastIndex = 0;
    while (OPEN_PAIR_AT_END.test(text)) {
      const pair = OPEN_PAIR_AT_END.lastIndex - 2;
      const before = text.charCodeAt(pair - 1);
      if (before === LOWER_Q || before === UPPER_Q) continue;
      if (PLAIN_O.test(text.charAt(pair))) second++;
      else first++;
    }
  }
  OPEN_PAIR_AT_END.lastIndex = 0;
  const counts = { first, second };
  COUNTS.set(snapshot, counts);
  return counts;
}

// OPEN_PAIR_AT_END's pairs of each style: a plain o or u first is tone on the second vowel.
const FIRST_PAIR_AT_END = /(?:[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?![\p{L}\p{M}])/gu;
const SECOND_PAIR_AT_END = /(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/**
 * True when styleCounts would count some word of `style`, found without counting: its pairs are looked for alone (a
 * pattern of half the pairs scans a body in about 40 % of OPEN_PAIR_AT_END's time) and the search stops at the first.
 * In "auto" a document written one way (nearly all) is told so by one search for the other style.
 */
export function writesStyle(snapshot: Snapshot, style: ToneStyle): boolean {
  const counted = COUNTS.get(snapshot);
  if (counted) return counted[style] > 0;
  const pass = textPass(snapshot);
  const pairs = style === "first" ? FIRST_PAIR_AT_END : SECOND_PAIR_AT_END;
  let found = false;
  for (let index = 0; index < snapshot.paragraphs.length && !found; index++) {
    if (pass.hasMarks(index)) {
      // Read word by word in NFC, as styleCounts reads it.
      for (const word of pass.words(index)) {
        OPEN_PAIR_AT_END.lastIndex = 0;
        if (OPEN_PAIR_AT_END.test(word.text) && toneStyleOf(word.text) === style) found = true;
      }
      OPEN_PAIR_AT_END.lastIndex = 0;
      continue;
    }
    const text = paragraphText(snapshot, index);
    pairs.lastIndex = 0;
    while (!found && pairs.test(text)) {
      // Not after q, where neither style applies (the unit before the pair, which ends at lastIndex).
      const before = text.charCodeAt(pairs.lastIndex - 3);
      found = before !== LOWER_Q && before !== UPPER_Q;
    }
  }
  pairs.lastIndex = 0;
  return found;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The word with the tone moved onto the second vowel: "hòa" → "hoà", "Ủy" → "Uỷ". */
function toneOnSecond(word: string): string {
  const decomposed = nfd(word);
  const tail = /(\p{L})(\p{M}*)(\p{L})$/u.exec(decomposed);
  if (!tail) return word;
  const tone = TONES.exec(tail[2] ?? "")?.[0] ?? "";
  const head = decomposed.slice(0, tail.index);
  return `${head}${tail[1]}${(tail[2] ?? "").replace(tone, "")}${tail[3]}${tone}`.normalize("NFC");
}

function restyled(word: string, style: ToneStyle): string {
  return style === "first" ? toneInsensitive(word) : toneOnSecond(word);
}

/** Words that are safe to change even with a capital: Ủy ban, Ủy viên, Cộng hòa (D4: never names). */
function allowlisted(text: string, word: Word): boolean {
  const lower = word.text.toLocaleLowerCase("vi");
  // A window around the word, not the rest of the paragraph: this runs for every word.
  const after = nfc(text.slice(word.end, word.end + 40)).toLocaleLowerCase("vi");
  const before = nfc(text.slice(Math.max(0, word.start - 40), word.start)).toLocaleLowerCase("vi");
  if ((lower === "ủy" || lower === "uỷ") && /^\s+(?:ban|viên)(?!\p{L})/u.test(after)) return true;
  return (lower === "hòa" || lower === "hoà") && /(?<!\p{L})cộng\s+$/u.test(before);
}

const EXAMPLE: Readonly<Record<ToneStyle, string>> = { first: "hòa, ủy", second: "hoà, uỷ" };

const toneStyle: Rule = {
  meta: {
    id: "spelling/tone-style",
    category: "spelling",
    severity: "warning",
    source: "[RULEBOOK D4]",
    fix: "text",
    description: {
      vi: "Một kiểu đặt dấu thanh trong oa, oe, uy cho cả văn bản (hòa/hoà, ủy/uỷ), theo kiểu đã chọn nếu có",
      en: "One tone-mark placement for oa, oe, uy in the whole document (hòa/hoà, ủy/uỷ), the chosen one if set",
    },
    messages: {
      mixed: {
        vi: "“{word}” đặt dấu khác kiểu chủ đạo của văn bản ({majority}: {count} từ); nên viết “{suggestion}”",
        en: "“{word}” places its tone mark unlike the document's majority ({majority}: {count} words); write “{suggestion}”",
      },
      name: {
        vi: "“{word}” đặt dấu khác kiểu chủ đạo của văn bản ({majority}); nếu là tên riêng thì giữ nguyên",
        en: "“{word}” places its tone mark unlike the document's majority ({majority}); keep it if it is a name",
      },
      preferred: {
        vi: "“{word}” đặt dấu khác kiểu đã chọn ({preferred}); nên viết “{suggestion}”",
        en: "“{word}” places its tone mark unlike the chosen style ({preferred}); write “{suggestion}”",
      },
      preferredName: {
        vi: "“{word}” đặt dấu khác kiểu đã chọn ({preferred}); nếu là tên riêng thì giữ nguyên",
        en: "“{word}” places its tone mark unlike the chosen style ({preferred}); keep it if it is a name",
      },
    },
  },
  check({ snapshot, toneStyle: preference }, report) {
    // Without a preference only a mixed document is reported; a chosen style reports every word written otherwise.
    if (
      preference === "auto" &&
      (!writesStyle(snapshot, "first") || !writesStyle(snapshot, "second"))
    )
      return;
    const { first, second } = styleCounts(snapshot);
    const styled = styledWords(snapshot);
    // A chosen style wins; else the majority, hòa/ủy on a tie (the D4 default).
    const target: ToneStyle =
      preference !== "auto" ? preference : second > first ? "second" : "first";
    const count = target === "first" ? first : second;
    const chosen = preference !== "auto";
    for (const { word, style } of styled) {
      if (style === target) continue;
      const text = paragraphText(snapshot, word.paragraph);
      const lowerCase = word.text === word.text.toLocaleLowerCase("vi");
      const suggestion = restyled(word.text, target);
      const at = { paragraph: word.paragraph, start: word.start, end: word.end };
      const data: Readonly<Record<string, string | number>> = chosen
        ? { word: word.text, preferred: EXAMPLE[target], suggestion }
        : { word: word.text, majority: EXAMPLE[target], count, suggestion };
      if (lowerCase || allowlisted(text, word))
        report({
          messageId: chosen ? "preferred" : "mixed",
          ...at,
          data,
          fix: { kind: "text", ...at, replacement: suggestion },
        });
      else report({ messageId: chosen ? "preferredName" : "name", ...at, data });
    }
  },
  examples: {
    valid: [
      { name: "one style (hòa, Ủy)", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "the other style throughout",
        snapshot: sample("nha-nuoc", {
          nationalName: { text: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
          article2: { text: "Điều 2. Quyết định này bảo đảm hoà hợp, có hiệu lực kể từ ngày ký." },
        }).snapshot,
        findings: [],
      },
      {
        name: "the chosen style (hòa) throughout",
        toneStyle: "first",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Bảo đảm hòa hợp; thủy lợi; khỏe mạnh kể từ ngày ký." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "“hoà” in a document written hòa/Ủy",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Bảo đảm hoà hợp; thủy lợi; khỏe mạnh; Ủy ban kể từ ngày ký." },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: "a name in the minority style is reported without a fix",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Ông Nguyễn Văn Thuỷ, hòa giải, thủy lợi, khỏe mạnh." },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: "hoà, thuỷ chosen: a document written hòa throughout is reported, the Quốc hiệu too",
        toneStyle: "second",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Bảo đảm hòa hợp, thủy lợi, có hiệu lực kể từ ngày ký." },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "nationalName"), indexOf("nha-nuoc", "article2")],
      },
    ],
  },
};

// i/y variants of one word (conventions §5 H08): the y form is official usage.
export const Y_FORMS: Readonly<Record<string, string>> = {
  kĩ: "kỹ",
  lí: "lý",
  kỉ: "kỷ",
  mĩ: "mỹ",
  qui: "quy",
  quí: "quý",
  quĩ: "quỹ",
  quì: "quỳ",
  quị: "quỵ",
};

// Every key and value of Y_FORMS ends in one of these: only words that do are taken from the text.
const I_Y_FORM = /(?:k[ĩỉỹỷ]|l[íý]|m[ĩỹ]|qu[iíĩìịyýỹỳỵ])(?![\p{L}\p{M}])/gu;

const iY: Rule = {
  meta: {
    id: "spelling/i-y",
    category: "spelling",
    severity: "warning",
    source: "[RULEBOOK]",
    fix: "text",
    description: {
      vi: "Một từ không viết lẫn i và y (kỹ/kĩ, lý/lí, quy/qui); dùng y",
      en: "One word not written with both i and y (kỹ/kĩ, lý/lí, quy/qui); use y",
    },
    messages: {
      mixed: {
        vi: "“{word}” và “{y}” cùng có trong văn bản; nên thống nhất viết “{y}”",
        en: "Both “{word}” and “{y}” occur in the document; write “{y}” throughout",
      },
    },
  },
  check({ snapshot }, report) {
    // Only a word spelt with i is reported (its y form is no key of Y_FORMS): none can be written where no paragraph's
    // census finds one. A paragraph with combining marks is read in NFC, where the census of its text does not look.
    if (!mayHoldIForm(snapshot)) return;
    // Only lower-case words: a capital may be a name (D4 spirit: never change names).
    const words = textPass(snapshot)
      .wordsHolding(I_Y_FORM)
      .filter((w) => w.text.length <= 3 && w.text === w.text.toLowerCase());
    const present = new Set(words.map((w) => w.text));
    for (const word of words) {
      const y = ownValue(Y_FORMS, word.text);
      if (!y || !present.has(y)) continue;
      const at = { paragraph: word.paragraph, start: word.start, end: word.end };
      report({
        messageId: "mixed",
        ...at,
        data: { word: word.text, y },
        fix: { kind: "text", ...at, replacement: y },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "only y forms",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Quản lý kỹ thuật; về lý do, quyết định có hiệu lực kể từ ngày ký.",
          },
        }).snapshot,
        findings: [],
      },
      {
        name: "an i form alone is consistent",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Nghiên cứu kĩ, quyết định có hiệu lực kể từ ngày ký." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "quản lý beside quản lí",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Quản lý kỹ thuật và quản lí kĩ thuật có hiệu lực kể từ ngày ký.",
          },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
    ],
  },
};

/** False when no paragraph can hold an i form of Y_FORMS (most documents write y throughout). */
function mayHoldIForm(snapshot: Snapshot): boolean {
  const pass = textPass(snapshot);
  const paragraphs = snapshot.paragraphs;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as ParagraphSnapshot;
    if ((paragraphCensus(paragraph) & CENSUS_I_FORM) !== 0 || pass.hasMarks(index)) return true;
  }
  return false;
}

// Telex and VNI keys left in the text (the Vietnamese keyboard was off): "dduwowcj" → "được", "vie65t" → "việt".
// A token qualifies when it holds a key a keyboard takes (FEATURE, a cheap first test), is no syllable itself, and
// decodes to one. English is the risk: "bus", "seen", "now" decode too, so weak keys count only in a lower-case
// word set among Vietnamese ones, and never for the words below; acronyms, codes, URLs and e-mail never qualify.
const FEATURE = /[fjw\d]|dd|aa|ee|oo|[aeiouy][srx]|[srx]$/i;
// The same keys looked for in a whole paragraph, so that only the few paragraphs holding one are split into words:
// no Vietnamese word has f, j, w, a doubled d, a, e, o, a vowel before s, r, x, a letter before a digit, or ends in
// s, r, x. Written as one character class with lookbehinds, it is four times faster than as alternatives.
export const FEATURE_IN_TEXT =
  /[fjwFJWsrxSRXdDaAeEoO\d](?:(?<=[fjwFJW])|(?<=[dD]d|[aA]a|[eE]e|[oO]o)|(?<=[aeiouyAEIOUY][srxSRX])|(?<=[srxSRX])(?![\p{L}\p{M}\d])|(?<=\p{L}\d))/u;
/**
 * FEATURE_IN_TEXT without the u flag, which makes the engine read code points: 1.7 times faster over a body, and
 * matching wherever it does (so only paragraphs it matches are tested by FEATURE_IN_TEXT). After s, r, x it asks for a
 * Latin letter, a Vietnamese letter, a combining mark or a digit not to follow (all of them letters, marks or digits;
 * any other unit, a surrogate too, lets it match); before a digit, for anything but ASCII that is no letter (a
 * surrogate of an astral letter too). The rule reads it from the paragraph's census (CENSUS_TYPING_KEY, equal).
 */
export const MAYBE_FEATURE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- a range from U+0000; the marks are a range of units, no letter with its mark
  /[fjwFJWsrxSRXdDaAeEoO\d](?:(?<=[fjwFJW])|(?<=[dD]d|[aA]a|[eE]e|[oO]o)|(?<=[aeiouyAEIOUY][srxSRX])|(?<=[srxSRX])(?![a-zA-Z\d\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff])|(?<=[^\u0000-\u0040\u005b-\u0060\u007b-\u007f]\d))/;
/**
 * Where in a paragraph a token FEATURE can match may lie, with g: every key of FEATURE in either case, and a digit after
 * a letter or a mark (a token with a digit counts only when it starts with a letter). A token without one of these
 * positions fails FEATURE or that start, so only the tokens around them are read, not every word of the paragraph.
 * One class with look-behinds, as FEATURE_IN_TEXT, is several times faster than the same keys as alternatives.
 */
export const FEATURE_AT =
  /[fjwFJWsrxSRXdDaAeEoO\d](?:(?<=[fjwFJW])|(?<=[dD][dD]|[aA][aA]|[eE][eE]|[oO][oO])|(?<=[aeiouyAEIOUY][srxSRX])|(?<=[srxSRX])(?![\p{L}\p{M}\d])|(?<=[\p{L}\p{M}]\d))/gu;
/**
 * FEATURE_AT in a paragraph whose census finds none of MAYBE_FEATURE's pairs (CENSUS_TYPING_PAIR), only f, j or w:
 * there FEATURE_AT can match only at f, j, w and at the second of a doubled d, a, e, o in upper case (MAYBE_FEATURE's
 * doubles, vowel before s/r/x, s/r/x at a word's end and letter before a digit each hold wherever FEATURE_AT's do). Its
 * rare first units make it many times cheaper than FEATURE_AT over a paragraph that holds "TW" or "Website".
 */
export const LETTER_KEY_AT = /[fjwFJWDAEO](?:(?<=[fjwFJW])|(?<=[dD]D|[aA]A|[eE]E|[oO]O))/g;
const TOKEN_CHARACTER = codePointClass(/^[\p{L}\p{M}\d]$/u);

/** The token (a run of letters, marks and digits, `/[\p{L}\p{M}\d]+/u`) around the offset `at` of a text: its start and end. */
function tokenAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  for (let n = TOKEN_CHARACTER.lengthBefore(text, start); n > 0;) {
    start -= n;
    n = TOKEN_CHARACTER.lengthBefore(text, start);
  }
  let end = at;
  for (let n = TOKEN_CHARACTER.lengthAt(text, end); n > 0;) {
    end += n;
    n = TOKEN_CHARACTER.lengthAt(text, end);
  }
  return { start, end };
}

/** What may touch a word of running text; a code (QĐ-TTg, KL/TU), an address or a number does not qualify. */
const CODE_NEIGHBOUR = /[-/@_.&#\\'+=:%]/;
const ROMAN = /^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
/**
 * Foreign words a Vietnamese keyboard could have typed ("of" → "ò", "bus" → "bú"): English function words, which
 * also mark an English neighbourhood; loans met in Vietnamese sentences ("khí gas", "quán bar"); units ("50 mw").
 * Compared in lower case.
 */
const FOREIGN = new Set(
  `air as bar bars beef been box bus car cars caps chef chips gas has her his how if is its loaf low max mix now of
  or own reef ref roof room row rows see seen sex tax the these this tips too tour tours us gw kw mw tw`.split(
    /\s+/
  )
);
const NON_ASCII = /\P{ASCII}/u;
const HAS_DIGIT = /\d/;
const DIGITS = /\d/g;
const STARTS_WITH_LETTER = /^\p{L}/u;
const SPACE_OR_END = /^\s?$/u;
const ASCII_WORD = /^[a-z]+$/i;
/** Longer tokens are no one syllable's keys: "nghieengx" (nghiễng) has nine letters. */
const MAX_TOKEN = 12;

const WORD_BEFORE = /([\p{L}\p{M}\d]+)[^\p{L}\p{M}\d]*$/u;
const WORD_AFTER = /^[^\p{L}\p{M}\d]*([\p{L}\p{M}\d]+)/u;
/** How far either side of a token its neighbours are looked for. */
const NEIGHBOURHOOD = 40;

/** The words either side of a span, for the context a weak key needs. */
function neighbours(text: string, start: number, end: number): string[] {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - NEIGHBOURHOOD), start));
  const after = WORD_AFTER.exec(text.slice(end, end + NEIGHBOURHOOD));
  return [before?.[1], after?.[1]].filter((word): word is string => word !== undefined);
}

/** An English-looking word: ASCII, not capitals only, and a known English word or no syllable nor leftover. */
function englishLike(word: string): boolean {
  if (!ASCII_WORD.test(word) || word.length < 2 || word === word.toUpperCase()) return false;
  const lower = word.toLowerCase();
  return FOREIGN.has(lower) || (!isSyllable(lower) && decodeTelex(lower) === null);
}

/** A word of Vietnamese running text: Vietnamese letters, not capitals only ("BÁO" in a heading says less). */
function vietnameseLike(word: string): boolean {
  return NON_ASCII.test(word) && word !== word.toLocaleUpperCase("vi");
}

/** The decoded word in the token's case (a capital first letter kept). */
function inCaseOf(token: string, word: string): string {
  const first = token.charAt(0);
  return first === first.toLowerCase()
    ? word
    : word.charAt(0).toLocaleUpperCase("vi") + word.slice(1);
}

const typingLeftover: Rule = {
  meta: {
    id: "spelling/typing-leftover",
    category: "spelling",
    severity: "warning",
    source: "[RULEBOOK]",
    fix: "text",
    description: {
      vi: "Không còn chữ gõ Telex/VNI chưa chuyển thành tiếng Việt (“dduwowcj”, “vie65t”)",
      en: "No Telex/VNI keystrokes left unconverted (“dduwowcj”, “vie65t”)",
    },
    messages: {
      leftover: {
        vi: "“{word}” là chữ gõ {method} chưa được chuyển (bộ gõ tiếng Việt đang tắt?); có phải “{suggestion}”? Kiểm tra trước khi sửa, nhất là với tên riêng",
        en: "“{word}” looks like {method} keystrokes left unconverted (Vietnamese keyboard off?); did you mean “{suggestion}”? Check before fixing, names especially",
      },
    },
  },
  check({ snapshot, toneStyle: preference }, report) {
    for (const paragraph of snapshot.paragraphs) {
      const text = paragraph.text;
      // MAYBE_FEATURE, read from the paragraph's census. FEATURE_IN_TEXT matches every f, j, w: it is asked only of a
      // paragraph holding none.
      const census = paragraphCensus(paragraph);
      if ((census & CENSUS_TYPING_KEY) === 0) continue;
      if ((census & CENSUS_KEY_LETTER) === 0 && !FEATURE_IN_TEXT.test(text)) continue;
      const keys = (census & CENSUS_TYPING_PAIR) === 0 ? LETTER_KEY_AT : FEATURE_AT;
      // The tokens holding a FEATURE_AT position, in order, each once: of the paragraph's tokens, the ones that can
      // qualify.
      for (let key = nextKey(keys, text, 0); key >= 0;) {
        const { start, end } = tokenAround(text, key);
        key = nextKey(keys, text, Math.max(end, key + 1));
        const token = text.slice(start, end);
        if (token.length < 2 || token.length > MAX_TOKEN || !FEATURE.test(token)) continue;
        // Numbers and codes (2025, m2, A4, pm10) are most tokens with a digit: VNI needs a word of three letters.
        const vni = HAS_DIGIT.test(token);
        if (vni && (!STARTS_WITH_LETTER.test(token) || token.replace(DIGITS, "").length < 3))
          continue;
        const before = text.charAt(start - 1);
        const after = text.charAt(end);
        // A full stop ends a sentence when a space or the end follows; "abc.vn" is an address.
        if (CODE_NEIGHBOUR.test(before)) continue;
        if (
          CODE_NEIGHBOUR.test(after) &&
          !(after === "." && SPACE_OR_END.test(text.charAt(end + 1)))
        )
          continue;
        const lower = token.toLowerCase();
        let capitals = 0;
        for (let i = 0; i < token.length; i++) if (token[i] !== lower[i]) capitals++;
        // Capitals only (UBND, QĐ) are acronyms; a capital inside (iPhone, VNeID) is a brand.
        if (capitals > 1 || (capitals === 1 && token.charAt(0) === lower.charAt(0))) continue;
        if (ROMAN.test(lower) || isSyllable(lower) || FOREIGN.has(lower)) continue;
        const decoded = vni ? decodeVni(lower) : decodeTelex(lower);
        if (!decoded) continue;
        const around = neighbours(text, start, end);
        if (around.some(englishLike)) continue;
        // Weak keys: a lower-case word beside a lower-case word with Vietnamese letters.
        if (!decoded.strong && (capitals > 0 || !around.some(vietnameseLike))) continue;
        // An open oa, oe, uy takes the chosen style, or the document's (D4); the decoder puts it on the first vowel.
        let word = decoded.word;
        const open = toneStyleOf(word);
        if (open) {
          const style = preference === "auto" ? majorityStyle(snapshot) : preference;
          if (open !== style) word = restyled(word, style);
        }
        const suggestion = inCaseOf(token, word);
        report({
          messageId: "leftover",
          paragraph: paragraph.index,
          start,
          end,
          data: { word: token, method: vni ? "VNI" : "Telex", suggestion },
          fix: { kind: "text", paragraph: paragraph.index, start, end, replacement: suggestion },
        });
      }
    }
  },
  examples: {
    valid: [
      { name: "State sample", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "acronyms, codes, e-mail, web addresses, Roman numerals and English in English",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. UBND, QĐ-TTg, KL/TU, vanthu@laocai.gov.vn, www.laocai.gov.vn, khóa XIX, dự án Smart Trees, “terms of reference”, VNeID có hiệu lực kể từ ngày ký.",
          },
        }).snapshot,
        findings: [],
      },
      {
        name: "loans in a Vietnamese sentence: khí gas, quán bar",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Kiểm tra cơ sở kinh doanh khí gas, quán bar kể từ ngày ký." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Telex left in words (dduwowcj, tieesng, hoaf)",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Quyết định này dduwowcj thi hành, tieesng nói hoaf bình kể từ ngày ký.",
          },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article2")],
      },
      {
        name: "VNI left in a word (vie65t)",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm vie65c của Sở Nông nghiệp và Môi trường.",
          },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article1")],
      },
      {
        name: "a weak key in a Vietnamese sentence (cuar)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph2: {
            text: "Giao Ủy ban Kiểm tra Thị ủy tiếp tục tham mưu cuar Thị ủy thực hiện tốt nhiệm vụ kiểm tra, giám sát.",
          },
        }).snapshot,
        findings: [indexOf("dang-2018", "paragraph2")],
      },
    ],
  },
};

/** The offset of the first position of `keys` (FEATURE_AT or LETTER_KEY_AT) at or after `from`, or -1. */
function nextKey(keys: RegExp, text: string, from: number): number {
  keys.lastIndex = from;
  const found = keys.exec(text);
  keys.lastIndex = 0;
  return found ? found.index : -1;
}

const STYLE_OF_DOCUMENT = new WeakMap<Snapshot, ToneStyle>();

/** The document's majority tone style, for decoded words (D4: hòa/ủy on a tie or when none is written). */
function majorityStyle(snapshot: Snapshot): ToneStyle {
  const cached = STYLE_OF_DOCUMENT.get(snapshot);
  if (cached) return cached;
  const { first, second } = styleCounts(snapshot);
  const style: ToneStyle = second * 2 > first + second ? "second" : "first";
  STYLE_OF_DOCUMENT.set(snapshot, style);
  return style;
}

export const spellingRules: readonly Rule[] = [toneStyle, iY, typingLeftover];
