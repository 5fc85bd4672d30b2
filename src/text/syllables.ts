// Vietnamese syllables: onset + rhyme + tone, as the quốc ngữ spelling allows them; tone placement on a syllable.

import { nfc, nfd } from "./normalize";

/** Tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"] as const;
export type ToneMark = (typeof TONE_MARKS)[number];

const SAC = "\u0301";
const NANG = "\u0323";
const TONE_SET: ReadonlySet<string> = new Set(TONE_MARKS);

// Rhymes (vần) without their tone, medial o/u included; one line per main vowel.
const RHYMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
  ăc ăm ăn ăng ăp ăt
  âc âm ân âng âp ât âu ây
  e ec em en eng eo ep et
  ê êch êm ên ênh êp êt êu
  i ia ich im in inh ip it iu
  iêc iêm iên iêng iêp iêt iêu
  o oc oi om on ong op ot oong ooc
  ô ôc ôi ôm ôn ông ôp ôt
  ơ ơi ơm ơn ơp ơt
  u ua uc ui um un ung up ut
  uôc uôi uôm uôn uông uôt
  ư ưa ưc ưi ưm ưn ưng ưt ưu
  ươc ươi ươm ươn ương ươp ươt ươu
  y
  oa oac oach oai oam oan oang oanh oao oap oat oay
  oăc oăm oăn oăng oăt
  oe oem oen oeo oet
  uân uâng uât uây
  uê uêch uênh
  uy uya uych uynh uyp uyt uyu uyên uyêt
  uơ`.split(/\s+/)
);
// "yê" opens a syllable without an onset (yên, yêu); after an onset the same sound is written "iê".
const BARE_RHYMES = new Set(["yêm", "yên", "yêng", "yêt", "yêu"]);
// After "qu" the u is the medial: quan, quên, quý, quyết, quốc.
const QU_RHYMES = new Set(
  `a ac ach ai an ang anh ao at ay ăc ăm ăn ăng ăp ăt ân âng ât ây e en eo et ê êch ênh êt êu
  i it y ych ynh yt yên yêt ơ ôc`.split(/\s+/)
);
const ONSETS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "th",
  "tr",
  "qu",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "r",
  "s",
  "t",
  "v",
  "x",
] as const;
/** Onsets written only before a front vowel (k, gh, ngh), and those never written there (c, g, ng). */
const FRONT_ONLY = new Set(["k", "gh", "ngh"]);
const NEVER_FRONT = new Set(["c", "g", "ng"]);
const FRONT = new Set(["i", "e", "ê", "y"]);
const VOWELS = new Set([..."aăâeêioôơuưy"]);
const MEDIAL = /^(?:o[aăe]|u[âêyơ])/u;
const STOP_CODAS = ["c", "ch", "p", "t"];

interface Parts {
  readonly onset: string;
  readonly rhyme: string;
}

/** The onset and rhyme of a toneless lower-case syllable, or null when no onset and rhyme spell it. */
function split(base: string): Parts | null {
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (rhyme === "") continue;
    if (onset === "qu") return QU_RHYMES.has(rhyme) ? { onset, rhyme } : null;
    if (onset === "gi") {
      // gia, giữ; in giếng and gìn the i is shared: g + iêng, g + in ("gì" alone is g + i, below).
      if (RHYMES.has(rhyme)) return { onset, rhyme };
      if (RHYMES.has(`i${rhyme}`)) return { onset: "g", rhyme: `i${rhyme}` };
      continue;
    }
    const front = FRONT.has(rhyme.charAt(0));
    if (FRONT_ONLY.has(onset) && !front) return null;
    if (NEVER_FRONT.has(onset) && front && !(onset === "g" && rhyme.startsWith("i"))) return null;
    if (rhyme.startsWith("yê")) return null;
    // After c the medial is spelt with q: "qua", "quê", never "coa", "cuê".
    if (onset === "c" && MEDIAL.test(rhyme)) return null;
    return RHYMES.has(rhyme) ? { onset, rhyme } : null;
  }
  if (BARE_RHYMES.has(base)) return { onset: "", rhyme: base };
  return RHYMES.has(base) && !base.startsWith("iê") ? { onset: "", rhyme: base } : null;
}

/** The syllable without its tone mark, and the mark ("" for none); null when it carries two. */
function toneOf(syllable: string): { readonly base: string; readonly tone: string } | null {
  let tone = "";
  let base = "";
  for (const char of nfd(syllable)) {
    if (!TONE_SET.has(char)) base += char;
    else if (tone) return null;
    else tone = char;
  }
  return { base: nfc(base), tone };
}

/**
 * Whether a lower-case word is one Vietnamese syllable: an onset and a rhyme the spelling allows, at most one tone,
 * and sắc or nặng on a rhyme ending in c, ch, p or t. Tone placement (hòa/hoà) is not judged.
 */
export function isSyllable(word: string): boolean {
  const toned = toneOf(word);
  if (!toned) return false;
  const parts = split(toned.base);
  if (!parts) return false;
  if (STOP_CODAS.some((coda) => parts.rhyme.endsWith(coda)))
    return toned.tone === SAC || toned.tone === NANG;
  return true;
}

const MARKED = new Set([..."ăâêôơư"]);

/**
 * A toneless lower-case syllable with `tone` placed where the spelling puts it: on the marked vowel (ươ: on ơ),
 * else on the last vowel before a final consonant, else on the first of two vowels — oa, oe, uy on the first
 * ("hòa") or on the second ("hoà") as `style` asks — and on the middle one of three.
 */
export function placeTone(base: string, tone: string, style: "first" | "second" = "first"): string {
  if (!tone) return base;
  const parts = split(base);
  const onset = parts?.onset ?? "";
  const rhyme = parts?.rhyme ?? base;
  const vowels: number[] = [];
  for (let i = 0; i < rhyme.length; i++) if (VOWELS.has(rhyme.charAt(i))) vowels.push(i);
  if (vowels.length === 0) return base;
  let at = -1;
  for (const i of vowels) if (MARKED.has(rhyme.charAt(i))) at = i;
  if (at < 0) {
    const last = vowels[vowels.length - 1] as number;
    if (last < rhyme.length - 1) at = last;
    else if (vowels.length === 1) at = last;
    else if (vowels.length === 3) at = vowels[1] as number;
    else {
      const pair = rhyme.slice(-2);
      const second = style === "second" && (pair === "oa" || pair === "oe" || pair === "uy");
      at = second ? last : (vowels[0] as number);
    }
  }
  const marked = `${rhyme.slice(0, at + 1)}${tone}${rhyme.slice(at + 1)}`;
  return `${onset}${marked}`.normalize("NFC");
}
