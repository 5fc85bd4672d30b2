// Matching with a look-behind tested in code: a pattern that opens with `(?<!…)` makes the engine try the look-behind
// at every position of the text before anything else, which costs several times the rest of the pattern on a body.

import { type CodePointClass, codePointClass } from "./code-point-class";

/** The code point that ends just before `at` ("" at the start): what a look-behind with the u flag sees. */
export function codePointBefore(text: string, at: number): string {
  if (at <= 0) return "";
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text.charAt(at - 1);
}

/** The class of code points an anchored one-character pattern accepts, one table per pattern. */
const CLASSES = new WeakMap<RegExp, CodePointClass>();

function classOf(before: RegExp): CodePointClass {
  let found = CLASSES.get(before);
  if (!found) {
    found = codePointClass(before);
    CLASSES.set(before, found);
  }
  return found;
}

/**
 * The next match of the g-flagged `pattern` from its lastIndex that does not follow a code point of `before`, or null
 * (lastIndex then 0): one step of `matchesNotAfter`, for a loop that needs no generator (a hot loop of the citation
 * pass). `before` answers as `codePointBefore` tested with the anchored pattern it was made from.
 */
export function nextMatchNotAfter(
  pattern: RegExp,
  text: string,
  before: CodePointClass
): RegExpExecArray | null {
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!before.before(text, match.index)) return match;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/**
 * The matches of the g-flagged `pattern` that do not follow a code point `before` accepts (an anchored test of one
 * character, `/^[\p{L}\d]$/u`): the matches `matchAll` gives for the look-behind `(?<![\p{L}\d])` put in front of the
 * pattern. A match after such a character is dropped and the search goes on from the next position, as the engine
 * would have. The pattern's lastIndex is its own: do not nest two walks of one pattern.
 */
export function* matchesNotAfter(
  pattern: RegExp,
  text: string,
  before: RegExp
): Generator<RegExpExecArray> {
  const unwanted = classOf(before);
  pattern.lastIndex = 0;
  for (
    let match = nextMatchNotAfter(pattern, text, unwanted);
    match;
    match = nextMatchNotAfter(pattern, text, unwanted)
  )
    yield match;
  pattern.lastIndex = 0;
}
