// Tells TCVN3 or VNI text shown through a Unicode font ("Uû ban nh©n d©n") from Vietnamese and ordinary © or ®.

import { decodeTcvn3, decodeVni, TCVN3_FOREIGN, VNI_FOREIGN } from "./legacy-encodings";

export interface LegacyText {
  readonly encoding: "TCVN3" | "VNI";
  readonly decode: (text: string) => string;
}

const VOWEL = /[aeiouyAEIOUYôöÔÖ]/;
const LETTER = /\p{L}/u;
/** Signs that appear alone in ordinary text (© 2024, Word®): suspect only between two letters. */
const ORDINARY_SIGNS = new Set(["©", "®", "§", "µ", "·"]);
/** VNI modifiers that are not Vietnamese letters: after a vowel they mark VNI ("hoøa", "Coäng", "chuû"). */
const VNI_MODIFIERS = new Set([..."øïûäåëüØÏÛÄÅËÜ"]);
/** TCVN3 codes that are not VNI codes either: they mark TCVN3 ("nh©n", "hoµ", "H¹nh"). */
const TCVN3_ONLY = new Set([...TCVN3_FOREIGN].filter((c) => !VNI_FOREIGN.has(c)));

// Letters only Unicode has, and the combining marks (kept apart: a mark inside a class after a letter looks combined).
const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{Mn}/u;
// Any character of the legacy tables that is no Vietnamese letter (what `suspect` looks for): a text without one has no
// suspect word. Tested first, as one class: nearly every paragraph is Unicode Vietnamese and holds none.
const LEGACY_CODE = new RegExp(
  `[${[...new Set([...TCVN3_FOREIGN, ...VNI_FOREIGN])]
    .map((char) => `\\u{${(char.codePointAt(0) as number).toString(16)}}`)
    .join("")}]`,
  "u"
);

/**
 * False when `detectLegacyText` finds nothing in `text` or in any text made of its pieces and white space: it holds no
 * character a legacy code shows. A paragraph's pieces need not be cut out then. The mojibake rule reads the same
 * answer from the paragraph's census (CENSUS_LEGACY).
 */
export function mayHoldLegacyText(text: string): boolean {
  return LEGACY_CODE.test(text);
}

/** Word's optional hyphen: in Unicode text it is U+00AD, which is no evidence of a legacy encoding. */
const SOFT_HYPHEN = "\u00ad";

/** Fewer suspect words than this in a paragraph is a foreign name or a sign, not an encoding. */
const MIN_WORDS = 2;
/** …and they must be at least this share of its words. */
const MIN_SHARE = 0.25;

function suspect(word: string): boolean {
  const chars = [...word];
  return chars.some((char, i) => {
    if (char === SOFT_HYPHEN) return false;
    if (!TCVN3_FOREIGN.has(char) && !VNI_FOREIGN.has(char)) return false;
    const before = LETTER.test(chars[i - 1] ?? "") && !ORDINARY_SIGNS.has(chars[i - 1] ?? "");
    const after = LETTER.test(chars[i + 1] ?? "");
    return ORDINARY_SIGNS.has(char) ? before && after : before || after;
  });
}

/**
 * The legacy encoding the text was typed in, with its decoder, when enough of its words carry letters that Vietnamese
 * never uses inside a word; null for Vietnamese (NFC or not), English, and a lone foreign name or sign.
 */
export function detectLegacyText(text: string): LegacyText | null {
  // Legacy codes seen through a Unicode font are all Windows-1252 characters; a letter only Unicode has (ă, đ, ơ, ư,
  // ạ…ỹ, or a combining mark) means the paragraph is Unicode already, whatever else it holds.
  if (UNICODE_ONLY.test(text) || !LEGACY_CODE.test(text)) return null;
  const words = text.split(/\s+/u).filter((w) => LETTER.test(w));
  const suspects = words.filter(suspect);
  if (suspects.length < MIN_WORDS || suspects.length < words.length * MIN_SHARE) return null;
  let vni = 0;
  let tcvn3 = 0;
  for (const word of suspects) {
    const chars = [...word];
    chars.forEach((char, i) => {
      if (VNI_MODIFIERS.has(char) && VOWEL.test(chars[i - 1] ?? "")) vni++;
      if (TCVN3_ONLY.has(char)) tcvn3++;
      else if (TCVN3_FOREIGN.has(char) && !VOWEL.test(chars[i - 1] ?? "")) tcvn3++;
    });
  }
  if (vni === 0 && tcvn3 === 0) return null;
  return vni > tcvn3
    ? { encoding: "VNI", decode: decodeVni }
    : { encoding: "TCVN3", decode: (t) => decodeTcvn3(t) };
}
