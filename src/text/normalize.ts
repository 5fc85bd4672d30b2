// Text as the checker matches it: NFC, Word's non-breaking hyphens as "-", NBSP as space (conventions §0 Matching).

// Word writes its non-breaking hyphen as U+001E and its optional hyphen as U+001F in some exports.
// eslint-disable-next-line no-control-regex -- matching those control characters is the point
const NON_BREAKING_HYPHENS = /[\u2011\u001e]/g;
// eslint-disable-next-line no-control-regex -- as above
const IGNORED = /[\u00ad\u001f]/g;

/**
 * Marks in a row beyond which the rest of the run is left as it is (the stream-safe limit of UAX #15). Putting an
 * unbounded run of combining marks in canonical order takes quadratic time in the engines; no letter carries more.
 */
const MAX_MARKS = 30;
const LONG_MARK_RUN = /\p{M}{31,}/u;
const LONG_MARK_RUNS = /\p{M}{31,}/gu;

/** NFC in linear time: as `text.normalize("NFC")`, except that marks after the 30th of one run stay as typed. */
export function nfc(text: string): string {
  return bounded(text, "NFC");
}

/** NFD in linear time, as `nfc`. */
export function nfd(text: string): string {
  return bounded(text, "NFD");
}

function bounded(text: string, form: "NFC" | "NFD"): string {
  if (!LONG_MARK_RUN.test(text)) return text.normalize(form);
  let out = "";
  let from = 0;
  for (const run of text.matchAll(LONG_MARK_RUNS)) {
    const kept = run.index + MAX_MARKS;
    out += text.slice(from, kept).normalize(form) + text.slice(kept, run.index + run[0].length);
    from = run.index + run[0].length;
  }
  return out + text.slice(from).normalize(form);
}

/**
 * True when matchText changes nothing but the ends of `text`: it holds no combining mark (U+0300–U+036F), no special
 * hyphen or space (U+2011, U+001E, U+00A0, U+00AD, U+001F), no white space but the plain space (no tab, no line
 * break), and no two plain spaces in a row. Nearly every paragraph is so, and one scan tells it; a checked paragraph's
 * census (CENSUS_UNTIDY) tells it too.
 */
export function isTidy(text: string): boolean {
  return !UNTIDY.test(text);
}

/** The matching form of a text: NFC; U+2011, U+001E → "-"; U+00A0 → space; U+00AD, U+001F dropped; spaces collapsed. */
export function matchText(text: string): string {
  // Most lines need none of it: one scan says so, then only the trim is left.
  if (!UNTIDY.test(text)) return text.trim();
  // Checking each step first is much cheaper than normalising and replacing.
  let result = COMBINING_MARK.test(text) ? nfc(text) : text;
  if (SPECIAL.test(result))
    result = result
      .replace(NON_BREAKING_HYPHENS, "-")
      .replace(/\u00a0/g, " ")
      .replace(IGNORED, "");
  if (UNTIDY_SPACE.test(result)) result = result.replace(/\s+/g, " ");
  return result.trim();
}

// Anything matchText changes besides the ends: a combining mark, a special hyphen or space, or two spaces (the union of
// the three tests below, in one scan; "  " is a little faster than " {2}" here).
const UNTIDY =
  // eslint-disable-next-line no-control-regex, no-regex-spaces -- Word's hyphen controls; two spaces
  /[\u0300-\u036f\u2011\u001e\u00a0\u00ad\u001f\t\n\r\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|  /;
const COMBINING_MARK = /[\u0300-\u036f]/;
// eslint-disable-next-line no-control-regex -- the control characters Word uses for hyphens
const SPECIAL = /[\u2011\u001e\u00a0\u00ad\u001f]/;
// Two spaces, or a space other than U+0020 (NBSP is already a plain space here): cheaper than /\s\s|[^\S ]/.
const UNTIDY_SPACE = / {2}|[\t\n\r\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Upper case the way Vietnamese capitals are compared: NFC, Vietnamese locale. */
export function upperMatch(text: string): string {
  return matchText(text).toLocaleUpperCase("vi");
}

/**
 * Tone-style-insensitive form: "HOÀ"/"HÒA", "UỶ"/"ỦY", "khoẻ"/"khỏe" compare equal (D4), so a header written in
 * either style is recognised.
 */
export function toneInsensitive(text: string): string {
  return text.replace(OPEN_SYLLABLE_TONE_ON_SECOND, (match, first: string, marked: string) => {
    const pair = `${first}${marked.normalize("NFD")[0]}`.toLowerCase();
    return pair === "oa" || pair === "oe" || pair === "uy" ? toneMoved(marked, first) : match;
  });
}

// oa, oe, uy ending a syllable (not after q), with the tone mark on the second vowel: "hoà", "khoẻ", "thuỷ".
const OPEN_SYLLABLE_TONE_ON_SECOND =
  /(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\p{L})/gu;

const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

/** Moves the tone mark of `marked` (second vowel) onto `first`: ("à", "o") → "òa". */
function toneMoved(marked: string, first: string): string {
  const decomposed = marked.normalize("NFD");
  const tone = [...decomposed].find((char) => TONES.includes(char)) ?? "";
  const base = decomposed.replace(tone, "");
  return `${(first + tone).normalize("NFC")}${base.normalize("NFC")}`;
}
