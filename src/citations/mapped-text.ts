// Text in matching form with a map back to the original offsets: NFC, Word's hyphens as "-", NBSP and runs of spaces as one space.

import { nfc } from "../text/normalize";

/**
 * A text in matching form; `starts[i]`/`ends[i]` give the original span of its character `i` (the arrays may run past
 * the text: a text with nothing to normalise shares one identity map).
 */
export interface MappedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

const COMBINING = /[\u0300-\u036f]/;
// Word's non-breaking hyphen (U+2011, U+001E in some exports), the other Unicode hyphens, the figure dash, the minus sign
// and the en dash typed in numbers ("1300–KL/TU", "1300−KL/TU") all read as "-" (conventions §0 Matching, H14).
// eslint-disable-next-line no-control-regex -- U+001E is Word's non-breaking hyphen
const HYPHENS = /^[\u2010\u2011\u2012\u2013\u001e\u2212]$/;
// The em dash reads as "-" only between two letters or digits ("1300—KL/TU"): spaced, it is the sentence's own dash
// ("… 12/QĐ-UBND — về việc …") and stays as written in a trích yếu.
const EM_DASH = "\u2014";
const BEFORE_GLUED_DASH = /[\p{L}\p{M}\d]/u;
const AFTER_GLUED_DASH = /[\p{L}\d]/u;
// eslint-disable-next-line no-control-regex -- U+001F is Word's optional hyphen
const IGNORED = /^[\u00ad\u001f\u200b\ufeff]$/;
const SPACE = /^\s$/;

/**
 * The matching form of `original` (as `matchText`, but untrimmed) and, for each of its characters, the original span it
 * came from — so a match in the matching form reports offsets in the text the user sees.
 */
export function mapText(original: string): MappedText {
  const cached = MAPPED.get(original);
  if (cached) return cached;
  const mapped = mapTextOnce(original);
  // The same paragraph is mapped by several rules and for every defined term; keep the last few thousand.
  if (MAPPED.size >= MAPPED_LIMIT) MAPPED.clear();
  MAPPED.set(original, mapped);
  return mapped;
}

/**
 * `mapText` without its cache, for a caller that maps each text once and keeps what it gets (the check's text pass keeps
 * each paragraph's): looking a fresh paragraph up in the cache hashes all of it, which cost more than the scan below.
 * `plain`, when the caller knows it, says whether the text holds anything to normalise (UNPLAIN matches: a checked
 * paragraph's census tells it, CENSUS_UNPLAIN), and spares the scan.
 */
export function mapTextOnce(original: string, plain?: boolean): MappedText {
  return (plain === undefined ? UNPLAIN.test(original) : !plain)
    ? mapCharacters(original)
    : identity(original);
}

const MAPPED = new Map<string, MappedText>();
const MAPPED_LIMIT = 4096;
// Something to normalise: a combining mark, a special hyphen or dash, an ignorable, a white space other than U+0020, or
// two spaces. One class scanned forward, not `^(?!.*(?:…))`, which walked each paragraph back from its end (three
// times slower); the same answer on every UTF-16 unit.
const UNPLAIN =
  // eslint-disable-next-line no-control-regex -- Word's hyphen controls and the white-space controls
  /[\u0300-\u036f\u2010-\u2014\u001e\u2212\u00ad\u001f\u200b\ufeff\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}/;

// starts[i] = i and ends[i] = i + 1, grown to the longest plain text seen: most paragraphs need no map of their own.
const IDENTITY_STARTS: number[] = [];
const IDENTITY_ENDS: number[] = [];

/**
 * True when `mapped` is its original text unchanged (nothing to normalise): it then holds no white space but U+0020 and no
 * two spaces in a row (UNPLAIN finds every other). A mapped text may keep another space before a combining mark.
 */
export function isPlainMapping(mapped: MappedText): boolean {
  return mapped.starts === IDENTITY_STARTS;
}

function identity(original: string): MappedText {
  for (let i = IDENTITY_STARTS.length; i < original.length; i++) {
    IDENTITY_STARTS.push(i);
    IDENTITY_ENDS.push(i + 1);
  }
  return { text: original, starts: IDENTITY_STARTS, ends: IDENTITY_ENDS };
}

function mapCharacters(original: string): MappedText {
  // Pieces joined once at the end, and the last piece remembered: asking the growing string whether it ends in a space
  // would flatten it on every space, quadratic in the paragraph (a 126,000-character paragraph took 7 s).
  const pieces: string[] = [];
  let afterSpace = false;
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    while (j < original.length && COMBINING.test(original[j] as string)) j++;
    const cluster = original.slice(i, j);
    if (IGNORED.test(cluster)) {
      i = j;
      continue;
    }
    if (SPACE.test(cluster)) {
      if (afterSpace) ends[ends.length - 1] = j;
      else {
        pieces.push(" ");
        afterSpace = true;
        starts.push(i);
        ends.push(j);
      }
      i = j;
      continue;
    }
    const replacement =
      HYPHENS.test(cluster) || (cluster === EM_DASH && gluedDash(original, i, j))
        ? "-"
        : nfc(cluster);
    for (const char of replacement) {
      pieces.push(char);
      afterSpace = char === " ";
      for (let k = 0; k < char.length; k++) {
        starts.push(i);
        ends.push(j);
      }
    }
    i = j;
  }
  return { text: pieces.join(""), starts, ends };
}

/** True when the dash at [start, end) stands between a letter or digit and another, with no space: "1300—KL". */
function gluedDash(original: string, start: number, end: number): boolean {
  return (
    BEFORE_GLUED_DASH.test(original[start - 1] ?? "") && AFTER_GLUED_DASH.test(original[end] ?? "")
  );
}

/** The original span of the matching-form span [start, end). */
export function originalSpan(mapped: MappedText, start: number, end: number): TextSpan {
  if (end <= start) {
    const at =
      start < mapped.text.length
        ? (mapped.starts[start] as number)
        : (mapped.ends[mapped.text.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: mapped.starts[start] as number, end: mapped.ends[end - 1] as number };
}
