// The table-backed class answers exactly as its pattern does: every UTF-16 unit, astral letters, lone surrogates.

import { codePointClass } from "../../src/text/code-point-class";

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** What the old code asked: the code point ending at / starting at `at`, tested with the pattern. */
function expectedBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const low = text.charCodeAt(at - 1);
  let point = text.charAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) point = text.slice(at - 2, at);
  }
  return LETTER_OR_MARK.test(point) ? point.length : 0;
}

function expectedAt(text: string, at: number): number {
  const code = text.codePointAt(at);
  if (code === undefined) return 0;
  const point = String.fromCodePoint(code);
  return LETTER_OR_MARK.test(point) ? point.length : 0;
}

describe("codePointClass", () => {
  const letters = codePointClass(LETTER_OR_MARK);

  it("agrees with the pattern on every UTF-16 unit", () => {
    let differences = 0;
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}a`;
      if (letters.lengthAt(text, 1) !== expectedAt(text, 1)) differences++;
      if (letters.lengthBefore(text, 2) !== expectedBefore(text, 2)) differences++;
    }
    expect(differences).toBe(0);
  });

  it("reads astral code points whole and lone surrogates as one unit", () => {
    const texts = ["𝐀b", "x𝐀", "\ud835b", "a\udc00", "😀a", "a\u0301𝐀\ud835", ""];
    for (const text of texts)
      for (let at = 0; at <= text.length; at++) {
        expect(letters.lengthAt(text, at)).toBe(expectedAt(text, at));
        expect(letters.lengthBefore(text, at)).toBe(expectedBefore(text, at));
        expect(letters.before(text, at)).toBe(expectedBefore(text, at) > 0);
      }
    expect(letters.lengthAt("𝐀", 0)).toBe(2);
    expect(letters.lengthBefore("𝐀", 2)).toBe(2);
    expect(letters.lengthAt("😀", 0)).toBe(0);
  });
});
