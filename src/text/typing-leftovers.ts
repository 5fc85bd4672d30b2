// Words typed while the Vietnamese keyboard was off: Telex ("dduwowcj", "tieesng") and VNI ("vie65t") keys decoded.

import { nfc, nfd } from "./normalize";
import { isSyllable, placeTone, TONE_MARKS } from "./syllables";

export interface Decoded {
  /** The syllable the keys spell, lower-case, NFC. */
  readonly word: string;
  /**
   * The keys could come from nothing but a Vietnamese keyboard: "dd", "aa", "uw", "uow", a w after an onset, a tone
   * key f or j, a VNI digit. The others (ee, oo, aw, ow; s, r, x) are weak: English has "seen", "now", "bus", and
   * "trees", "moons" with two of them.
   */
  readonly strong: boolean;
}

const [HUYEN, SAC, HOI, NGA, NANG] = TONE_MARKS;
const TELEX_TONES: Readonly<Record<string, string>> = { f: HUYEN, s: SAC, r: HOI, x: NGA, j: NANG };
const VNI_TONES: Readonly<Record<string, string>> = {
  "1": SAC,
  "2": HUYEN,
  "3": HOI,
  "4": NGA,
  "5": NANG,
};
const CIRCUMFLEX: Readonly<Record<string, string>> = { a: "â", e: "ê", o: "ô" };
const VOWELS = new Set([..."aăâeêioôơuưy"]);
const TONE_SET: ReadonlySet<string> = new Set(TONE_MARKS);

function hasVowel(letters: readonly string[], from = 0): boolean {
  for (let i = from; i < letters.length; i++) if (VOWELS.has(letters[i] as string)) return true;
  return false;
}

/** The token's letters without tone marks (NFC), and whether it carried one. */
function untoned(token: string): { readonly letters: string[]; readonly toned: boolean } {
  const decomposed = nfd(token);
  let toned = false;
  let base = "";
  for (const char of decomposed) {
    if (TONE_SET.has(char)) toned = true;
    else base += char;
  }
  return { letters: [...nfc(base)], toned };
}

/** The decoded syllable, when the keys were typed where a keyboard takes them and spell a real syllable. */
function finish(
  letters: readonly string[],
  tone: string,
  toneAt: number,
  keys: number,
  strong: boolean,
  style: "first" | "second"
): Decoded | null {
  if (keys === 0) return null;
  // A tone key goes after the vowels: at the end ("hoaf") or before the final consonants ("tieesng"); "virus" is not
  // "víu".
  if (tone && hasVowel(letters, toneAt)) return null;
  // A lone s, r or x before final consonants is English far more often than Telex: "best", "most", "list".
  if (tone && toneAt < letters.length && keys === 1 && !strong) return null;
  const word = placeTone(letters.join(""), tone, style);
  return isSyllable(word) ? { word, strong } : null;
}

/**
 * The syllable a lower-case token spells in Telex, or null when it has no Telex key or does not decode to a
 * syllable. Keys: dd → đ, aa ee oo → â ê ô, aw ow uw uow → ă ơ ư ươ, w after an onset → ư; f s r x j → tones.
 */
export function decodeTelex(token: string, style: "first" | "second" = "first"): Decoded | null {
  const { letters: input, toned } = untoned(token);
  const out: string[] = [];
  let tone = "";
  let toneAt = -1;
  let keys = 0;
  let strong = false;
  for (const char of input) {
    const last = out.length - 1;
    const previous = out[last];
    const modifier =
      (char === "d" && last === 0 && previous === "d") ||
      ((char === "a" || char === "e" || char === "o") && previous === char) ||
      char === "w";
    // A keyboard takes the vowel keys before the tone key; after it they spell English: "there", "here".
    if (modifier && tone) return null;
    if (char === "d" && last === 0 && previous === "d") {
      out[0] = "đ";
      strong = true;
    } else if ((char === "a" || char === "e" || char === "o") && previous === char) {
      out[last] = CIRCUMFLEX[char] as string;
      if (char === "a") strong = true;
    } else if (char === "w") {
      if (previous === "a") out[last] = "ă";
      else if (previous === "o") {
        out[last] = "ơ";
        if (out[last - 1] === "u") {
          out[last - 1] = "ư";
          strong = true;
        }
      } else if (previous === "u") {
        out[last] = "ư";
        strong = true;
      } else if (out.length > 0 && !hasVowel(out)) {
        out.push("ư");
        strong = true;
      } else return null;
    } else if (Object.hasOwn(TELEX_TONES, char) && hasVowel(out)) {
      if (tone || toned) return null;
      tone = TELEX_TONES[char] as string;
      toneAt = out.length;
      if (char === "f" || char === "j") strong = true;
    } else {
      out.push(char);
      continue;
    }
    keys++;
  }
  return finish(out, tone, toneAt, keys, strong, style);
}

/** The syllable a lower-case token spells in VNI (1–5 tones, 6 ^, 7 horn, 8 breve, 9 đ), or null. */
export function decodeVni(token: string, style: "first" | "second" = "first"): Decoded | null {
  const { letters: input, toned } = untoned(token);
  const out: string[] = [];
  let tone = "";
  let toneAt = -1;
  let keys = 0;
  const lastOf = (wanted: string) => {
    for (let i = out.length - 1; i >= 0; i--) if (wanted.includes(out[i] as string)) return i;
    return -1;
  };
  for (const char of input) {
    if (char < "0" || char > "9") {
      out.push(char);
      continue;
    }
    keys++;
    if (Object.hasOwn(VNI_TONES, char)) {
      if (tone || toned || !hasVowel(out)) return null;
      tone = VNI_TONES[char] as string;
      toneAt = out.length;
    } else if (char === "6" || char === "8") {
      const at = lastOf(char === "6" ? "aeo" : "a");
      if (at < 0) return null;
      out[at] = char === "6" ? (CIRCUMFLEX[out[at] as string] as string) : "ă";
    } else if (char === "7") {
      const at = lastOf("ou");
      if (at < 0) return null;
      out[at] = out[at] === "o" ? "ơ" : "ư";
      if (out[at] === "ơ" && out[at - 1] === "u") out[at - 1] = "ư";
    } else if (char === "9" && out[0] === "d") out[0] = "đ";
    else return null;
  }
  return finish(out, tone, toneAt, keys, true, style);
}
