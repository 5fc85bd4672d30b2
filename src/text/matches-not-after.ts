// Matching with a look-behind tested in code: a pattern that opens with `(?<!…)` makes the engine try the look-behind
// at every position of the text before anything else, which costs several times the rest of the pattern on a body.

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
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (before.test(codePointBefore(text, match.index))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    yield match;
  }
  pattern.lastIndex = 0;
}
