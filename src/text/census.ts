// One walk over a text's UTF-16 units that answers several whole-paragraph pre-tests of the text rules at once.
//
// Five pre-tests used to scan every paragraph with a pattern of their own just to decide whether to look further:
// matchText's UNTIDY, unicode/nfc's MAYBE_COMBINING, mojibake's LEGACY_CODE, spacing/punctuation's MAYBE_ANY and
// typing-leftover's MAYBE_FEATURE. Each asks only about single units and pairs of neighbouring units, so one table of
// each unit's classes answers all five in a single walk: at 500 lean pages (1.3 M characters) the walk costs about
// 2.4 ms against about 6 ms for the five scans. A JS loop over units costs as much as two or three such scans, so the
// census pays only because it replaces all five; a test compares each answer with its pattern (test/text/census):
// four are equal to theirs, the punctuation answer may also say yes where MAYBE_ANY says no (see SPACE_BESIDE_MARK).
//
// Each unit's entry holds three groups of bits:
// - unit classes (bits 0–4): "the text holds such a unit";
// - pair starts (bits 5–17) and pair ends (bits 18–30), one bit of each per kind of pair: a pair of a kind is present
//   when some unit has its start bit and the next unit its end bit. Shifting the next unit's entry right by
//   PAIR_SHIFT lays its end bits on the start bits, so one AND per unit finds every kind at once.
// The same walk also tells spelling/i-y whether a document can hold an i form at all (CENSUS_I_FORM, a pre-test that
// may say yes where there is none, never no where there is one).

import { TCVN3_FOREIGN, VNI_FOREIGN } from "./legacy-encodings";

// Unit classes.
/** What matchText changes besides the ends: a combining mark, a special hyphen or space, white space but " ". */
const UNTIDY_UNIT = 1 << 0;
/** Outside ASCII and Latin (to U+02FF), the Vietnamese letters (U+1E00–U+1EFF) and punctuation (U+2000–U+206F). */
const UNCOMMON_UNIT = 1 << 1;
/** A character of the TCVN3 and VNI tables that is no Vietnamese letter (legacy-text's LEGACY_CODE). */
const LEGACY_UNIT = 1 << 2;
/** f, j, w: no Vietnamese word holds one; Telex takes w and f, j as keys. */
const KEY_LETTER = 1 << 3;
/** What the citations' matching form (mapText) also normalises: the other hyphens and dashes, minus, zero-width space. */
const DASH_UNIT = 1 << 4;

// Kinds of pairs of neighbouring units. Five unit classes and 13 kinds fill the 31 bits of a small integer.
const TWO_SPACES = 0;
/**
 * A space or no-break space before , . ; : ? ! ), or ( before a space or no-break space. One kind for both, so it is
 * also set by two spaces in a row and by ( before one of those marks: CENSUS_PUNCTUATION may say yes where MAYBE_ANY
 * says no (spacing/punctuation's own tests then read the paragraph), never the reverse.
 */
const SPACE_BESIDE_MARK = 1;
/** , ; . before anything but ASCII that is no letter. */
const MARK_BEFORE_LETTER = 2;
/** A doubled d, a, e, o, the second in lower case (Telex đ, â, ê, ô). */
const DOUBLE_D = 3;
const DOUBLE_A = 4;
const DOUBLE_E = 5;
const DOUBLE_O = 6;
/** A vowel before s, r, x (a Telex tone key). */
const VOWEL_KEY = 7;
/** s, r, x before the end or anything but an ASCII or Latin letter, a digit, a combining mark or a Vietnamese letter. */
const KEY_AT_END = 8;
/** Anything but ASCII that is no letter, before a digit (a VNI key). */
const LETTER_DIGIT = 9;
/** kĩ, kỉ, mĩ (and mỉ, which no i form has: k and m share a kind to keep within the bits). */
const I_FORM_KM = 10;
/** lí */
const I_FORM_L = 11;
/** The u and the i of qui, quí, quĩ, quì, quị. */
const I_FORM_QU = 12;
const PAIR_KINDS = 13;

const PAIR_START = 5;
const PAIR_SHIFT = PAIR_KINDS;
const UNIT_BITS = (1 << PAIR_START) - 1;
const PAIR_BITS = ((1 << PAIR_KINDS) - 1) << PAIR_START;

// Every unit class must lie below the pair bits, and the pair bits within a small integer's 31.
for (const unit of [UNTIDY_UNIT, UNCOMMON_UNIT, LEGACY_UNIT, KEY_LETTER, DASH_UNIT])
  if (unit >= 1 << PAIR_START || PAIR_START + 2 * PAIR_KINDS > 31)
    throw new RangeError("census: the unit classes and pair kinds overlap");

const starts = (kind: number): number => 1 << (PAIR_START + kind);
const ends = (kind: number): number => 1 << (PAIR_START + PAIR_SHIFT + kind);
/** The bit of a kind in a census: where its start bit lies. */
const found = starts;

/** matchText would change more than the text's ends (normalize's UNTIDY matches). */
export const CENSUS_UNTIDY = UNTIDY_UNIT | found(TWO_SPACES);
/** mapText would change the text (mapped-text's UNPLAIN matches): CENSUS_UNTIDY or a unit of DASH_UNIT. */
export const CENSUS_UNPLAIN = CENSUS_UNTIDY | DASH_UNIT;
/** The text may hold a combining mark (unicode's MAYBE_COMBINING matches). */
export const CENSUS_UNCOMMON = UNCOMMON_UNIT;
/** The text holds a character a legacy code shows (legacy-text's LEGACY_CODE matches). */
export const CENSUS_LEGACY = LEGACY_UNIT;
/** A space before a mark, after "(", or none after one: wherever spacing's MAYBE_ANY matches, and a little more. */
export const CENSUS_PUNCTUATION = found(SPACE_BESIDE_MARK) | found(MARK_BEFORE_LETTER);
/** The pairs of CENSUS_TYPING_KEY: what it finds besides f, j, w. */
export const CENSUS_TYPING_PAIR =
  found(DOUBLE_D) |
  found(DOUBLE_A) |
  found(DOUBLE_E) |
  found(DOUBLE_O) |
  found(VOWEL_KEY) |
  found(KEY_AT_END) |
  found(LETTER_DIGIT);
/** A key Telex or VNI leaves in a word may be there (spelling's MAYBE_FEATURE matches). */
export const CENSUS_TYPING_KEY = KEY_LETTER | CENSUS_TYPING_PAIR;
/** The text holds f, j or w. */
export const CENSUS_KEY_LETTER = KEY_LETTER;
/** The text may hold a word spelt with i where Y_FORMS (spelling/i-y) gives the y: kĩ, kỉ, lí, mĩ, qui, quí … */
export const CENSUS_I_FORM = found(I_FORM_KM) | found(I_FORM_L) | found(I_FORM_QU);

const CLASSES = new Int32Array(0x10000);

function mark(from: number, to: number, bits: number): void {
  for (let unit = from; unit <= to; unit++) CLASSES[unit] = (CLASSES[unit] as number) | bits;
}

function unmark(from: number, to: number, bits: number): void {
  for (let unit = from; unit <= to; unit++) CLASSES[unit] = (CLASSES[unit] as number) & ~bits;
}

function markEach(units: string, bits: number): void {
  for (let i = 0; i < units.length; i++) mark(units.charCodeAt(i), units.charCodeAt(i), bits);
}

/** The classes that hold for every unit but a few ranges: set everywhere, then taken off those ranges. */
const MOST_UNITS =
  UNCOMMON_UNIT | starts(LETTER_DIGIT) | ends(MARK_BEFORE_LETTER) | ends(KEY_AT_END);
CLASSES.fill(MOST_UNITS);
unmark(0x0000, 0x02ff, UNCOMMON_UNIT);
unmark(0x1e00, 0x1eff, UNCOMMON_UNIT);
unmark(0x2000, 0x206f, UNCOMMON_UNIT);
// ASCII that is no letter: U+0000–U+0040, U+005B–U+0060, U+007B–U+007F.
const ASCII_NON_LETTER = starts(LETTER_DIGIT) | ends(MARK_BEFORE_LETTER);
unmark(0x0000, 0x0040, ASCII_NON_LETTER);
unmark(0x005b, 0x0060, ASCII_NON_LETTER);
unmark(0x007b, 0x007f, ASCII_NON_LETTER);
// What may follow a word's last s, r, x: ASCII and Latin letters, digits, combining marks, Vietnamese letters.
for (const [from, to] of [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
] as const)
  unmark(from, to, ends(KEY_AT_END));

mark(0x0300, 0x036f, UNTIDY_UNIT);
mark(0x2000, 0x200a, UNTIDY_UNIT);
markEach(
  "\u2011\u001e\u00a0\u00ad\u001f\t\n\r\v\f\u1680\u2028\u2029\u202f\u205f\u3000\ufeff",
  UNTIDY_UNIT
);
for (const char of new Set([...TCVN3_FOREIGN, ...VNI_FOREIGN]))
  if (char.length === 1) markEach(char, LEGACY_UNIT);
markEach("fjwFJW", KEY_LETTER);
markEach("\u2010\u2012\u2013\u2014\u2212\u200b", DASH_UNIT);

/** A pair of `kind`: a unit of `first` followed by a unit of `second`. */
function markPair(kind: number, first: string, second: string): void {
  markEach(first, starts(kind));
  markEach(second, ends(kind));
}

markPair(TWO_SPACES, " ", " ");
markPair(SPACE_BESIDE_MARK, " \u00a0", ",.;:?!)");
markPair(SPACE_BESIDE_MARK, "(", " \u00a0");
markEach(",;.", starts(MARK_BEFORE_LETTER));
markPair(DOUBLE_D, "dD", "d");
markPair(DOUBLE_A, "aA", "a");
markPair(DOUBLE_E, "eE", "e");
markPair(DOUBLE_O, "oO", "o");
markPair(VOWEL_KEY, "aeiouyAEIOUY", "srxSRX");
markEach("srxSRX", starts(KEY_AT_END));
markEach("0123456789", ends(LETTER_DIGIT));
markPair(I_FORM_KM, "km", "ĩỉ");
markPair(I_FORM_L, "l", "í");
markPair(I_FORM_QU, "u", "iíĩìị");

/** The end of a text, as a unit after the last: it ends a word's last s, r, x. */
const AFTER_END = ends(KEY_AT_END) >>> PAIR_SHIFT;

/**
 * The census of a text: test it with the CENSUS_ masks; a mask's bits are set exactly when its pattern would match the
 * text. Meant to be taken once per paragraph (check/lines' paragraphCensus).
 */
export function textCensus(text: string): number {
  let units = 0;
  let pairs = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const classes = CLASSES[text.charCodeAt(i)] as number;
    units |= classes;
    pairs |= previous & (classes >>> PAIR_SHIFT);
    previous = classes;
  }
  pairs |= previous & AFTER_END;
  return (units & UNIT_BITS) | (pairs & PAIR_BITS);
}
