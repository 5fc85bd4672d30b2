// TCVN3 (ABC, TCVN 5712:1993 VN3) and VNI Windows, the pre-Unicode Vietnamese encodings: tables, decoders, encoders.

import { nfc } from "./normalize";

// A legacy document stores single bytes; Word shows each byte as the Windows-1252 character of the same code, which
// is what a snapshot holds. The tables are therefore written in those characters.

/** The Vietnamese vowels with their six tones, in the order: none, huyền, sắc, hỏi, ngã, nặng. */
const VOWEL_ROWS: readonly string[] = [
  "aàáảãạ",
  "ăằắẳẵặ",
  "âầấẩẫậ",
  "eèéẻẽẹ",
  "êềếểễệ",
  "iìíỉĩị",
  "oòóỏõọ",
  "ôồốổỗộ",
  "ơờớởỡợ",
  "uùúủũụ",
  "ưừứửữự",
  "yỳýỷỹỵ",
];

/** Every lower-case Vietnamese letter outside ASCII: toned vowels, ă â ê ô ơ ư and đ. */
export const VIETNAMESE_LOWER: readonly string[] = [
  ...VOWEL_ROWS.flatMap((row) => [...row]),
  "đ",
].filter((letter) => !/^[a-z]$/.test(letter));

// TCVN3: one byte per lower-case letter, in VOWEL_ROWS' order (the standard's own order is huyền, hỏi, ngã, sắc,
// nặng). Capitals with tones have no code: they are typed in the
// upper-case fonts (.VnTimeH, .VnArialH…), which draw the lower-case codes as capitals.
const TCVN3_ROWS: Readonly<Record<string, string>> = {
  a: "aµ¸¶·¹",
  ă: "¨»¾¼½Æ",
  â: "©ÇÊÈÉË",
  e: "eÌÐÎÏÑ",
  ê: "ªÒÕÓÔÖ",
  i: "i×ÝØÜÞ",
  o: "oßãáâä",
  ô: "«åèæçé",
  ơ: "¬êíëìî",
  u: "uïóñòô",
  ư: "\u00adõøö÷ù",
  y: "yúýûüþ",
};
const TCVN3_LETTERS: Readonly<Record<string, string>> = {
  Ă: "¡",
  Â: "¢",
  Ê: "£",
  Ô: "¤",
  Ơ: "¥",
  Ư: "¦",
  Đ: "§",
  đ: "®",
};

// VNI Windows: a base letter followed by a modifier byte (tone, or vowel mark with tone); a few letters (đ, ơ, ư,
// the toned i and ỵ) have one byte of their own. Lower-case modifiers follow lower-case letters, capitals capitals.
const VNI_TONES = ["", "ø", "ù", "û", "õ", "ï"];
const VNI_CIRCUMFLEX = ["â", "à", "á", "å", "ã", "ä"];
const VNI_BREVE = ["ê", "è", "é", "ú", "ü", "ë"];
const VNI_I = ["i", "ì", "í", "æ", "ó", "ò"];
const VNI_ROWS: Readonly<Record<string, readonly string[]>> = {
  a: VNI_TONES.map((m) => `a${m}`),
  ă: VNI_BREVE.map((m) => `a${m}`),
  â: VNI_CIRCUMFLEX.map((m) => `a${m}`),
  e: VNI_TONES.map((m) => `e${m}`),
  ê: VNI_CIRCUMFLEX.map((m) => `e${m}`),
  i: VNI_I,
  o: VNI_TONES.map((m) => `o${m}`),
  ô: VNI_CIRCUMFLEX.map((m) => `o${m}`),
  ơ: VNI_TONES.map((m) => `ô${m}`),
  u: VNI_TONES.map((m) => `u${m}`),
  ư: VNI_TONES.map((m) => `ö${m}`),
  y: [...VNI_TONES.slice(0, 5).map((m) => `y${m}`), "î"],
};
const VNI_D = "ñ";

/** Unicode letter → legacy code, and back, for one encoding. */
interface Table {
  readonly encode: ReadonlyMap<string, string>;
  readonly decode: ReadonlyMap<string, string>;
}

function table(pairs: readonly (readonly [letter: string, code: string])[]): Table {
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  for (const [letter, code] of pairs) {
    encode.set(letter, code);
    decode.set(code, letter);
  }
  return { encode, decode };
}

function rowPairs(rows: Readonly<Record<string, readonly string[] | string>>): [string, string][] {
  return Object.entries(rows).flatMap(([base, codes]) => {
    const row = VOWEL_ROWS.find((r) => r.startsWith(base)) ?? "";
    return [...codes].map((code, tone) => [row[tone] as string, code] as [string, string]);
  });
}

const TCVN3: Table = table([
  ...rowPairs(TCVN3_ROWS),
  ...Object.entries(TCVN3_LETTERS).map(([letter, code]) => [letter, code] as const),
]);

/** A VNI code in capitals: "aù" → "AÙ", "ñ" → "Ñ" (Windows-1252 capitals sit 0x20 below the small letters). */
function vniUpper(code: string): string {
  return code.toLocaleUpperCase("en");
}

const VNI_LOWER_PAIRS: [string, string][] = [
  ...Object.entries(VNI_ROWS).flatMap(([base, codes]) => {
    const row = VOWEL_ROWS.find((r) => r.startsWith(base)) ?? "";
    return codes.map((code, tone) => [row[tone] as string, code] as [string, string]);
  }),
  ["đ", VNI_D],
];
const VNI: Table = table([
  ...VNI_LOWER_PAIRS,
  ...VNI_LOWER_PAIRS.map(
    ([letter, code]) => [letter.toLocaleUpperCase("vi"), vniUpper(code)] as [string, string]
  ),
]);

/** Upper-case TCVN3 fonts: .VnTimeH, .VnArialH, .VnCentury SchoolbookH… (the name ends in H). */
const TCVN3_UPPER_FONT = /^\.Vn.*H$/i;

/** The font is a TCVN3 capitals font, whose lower-case codes are drawn as capitals. */
export function isTcvn3UpperFont(font: string | undefined): boolean {
  return font !== undefined && TCVN3_UPPER_FONT.test(font.trim());
}

/**
 * TCVN3 text as Unicode (NFC). In an upper-case font (`.VnTimeH`…) the result is in capitals, as the font draws it.
 * Characters that are not TCVN3 codes are kept.
 */
export function decodeTcvn3(text: string, font?: string): string {
  let out = "";
  for (const char of text) out += TCVN3.decode.get(char) ?? char;
  return isTcvn3UpperFont(font) ? out.toLocaleUpperCase("vi") : out;
}

/**
 * Unicode text in TCVN3 codes. Capitals with tones exist only in the upper-case fonts: with such a `font` the text is
 * encoded as the font draws it (lower-case codes); otherwise a toned capital is a RangeError.
 */
export function encodeTcvn3(text: string, font?: string): string {
  const source = nfc(isTcvn3UpperFont(font) ? text.toLocaleLowerCase("vi") : text);
  let out = "";
  for (const char of source) {
    const code = TCVN3.encode.get(char);
    if (code !== undefined) out += code;
    else if (VIETNAMESE.has(char.toLocaleLowerCase("vi")))
      throw new RangeError(
        `“${char}” has no TCVN3 code outside an upper-case font such as .VnTimeH`
      );
    else out += char;
  }
  return out;
}

const VIETNAMESE = new Set(VIETNAMESE_LOWER);

/** The longest VNI code is a letter and one modifier. */
const VNI_MAX = 2;

/** VNI Windows text as Unicode (NFC); characters that are not VNI codes are kept. */
export function decodeVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let length = VNI_MAX; length > 0 && !matched; length--) {
      const code = text.slice(i, i + length);
      // The case of the letter decides; a capital letter with a small modifier is still a capital ("Aù" → "Á").
      const small = VNI.decode.get(code.toLocaleLowerCase("en"));
      const letter =
        VNI.decode.get(code) ??
        (small !== undefined && /\p{Lu}/u.test(code.charAt(0))
          ? small.toLocaleUpperCase("vi")
          : small);
      if (code.length === length && letter !== undefined) {
        out += letter;
        i += length;
        matched = true;
      }
    }
    if (!matched) {
      out += text.charAt(i);
      i++;
    }
  }
  return out;
}

/** Unicode text in VNI Windows codes. */
export function encodeVni(text: string): string {
  let out = "";
  for (const char of nfc(text)) out += VNI.encode.get(char) ?? char;
  return out;
}

/** Characters of the legacy tables that are not Vietnamese letters: their presence betrays mis-decoded text. */
export const TCVN3_FOREIGN: ReadonlySet<string> = foreignIn(TCVN3.decode.keys());
export const VNI_FOREIGN: ReadonlySet<string> = foreignIn(
  [...VNI.decode.keys()].flatMap((code) => [...code])
);

function foreignIn(codes: Iterable<string>): Set<string> {
  const foreign = new Set<string>();
  for (const code of codes)
    for (const char of code)
      if (!/[a-zA-Z]/.test(char) && !VIETNAMESE.has(char.toLocaleLowerCase("vi")))
        foreign.add(char);
  return foreign;
}
