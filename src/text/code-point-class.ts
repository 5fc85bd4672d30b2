// Whether the code point before or at an offset belongs to a class (letters, letters and marks …), answered from a table
// of the UTF-16 units the class was asked about: testing a one-character pattern for every character of every word was
// a hot spot of the text rules. The answers are the pattern's own, computed the first time each unit is met.

/** Tests of one class of code points, as `pattern` (anchored, one code point: `/^[\p{L}\p{M}]$/u`) answers them. */
export interface CodePointClass {
  /** True when the code point ending at `at` is in the class (false at the start of the text). */
  before(text: string, at: number): boolean;
  /** The length (1 or 2 units) of the code point ending at `at` when it is in the class, else 0. */
  lengthBefore(text: string, at: number): number;
  /** The length (1 or 2 units) of the code point starting at `at` when it is in the class, else 0. */
  lengthAt(text: string, at: number): number;
}

const UNKNOWN = 0;
const IN = 1;
const OUT = 2;

export function codePointClass(pattern: RegExp): CodePointClass {
  // Answers for the units that are code points of their own (not surrogates), filled as they are met.
  const table = new Uint8Array(0x10000);
  const unit = (code: number): boolean => {
    let answer = table[code] as number;
    if (answer === UNKNOWN) {
      answer = pattern.test(String.fromCharCode(code)) ? IN : OUT;
      table[code] = answer;
    }
    return answer === IN;
  };
  const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
  const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  const lengthBefore = (text: string, at: number): number => {
    if (at <= 0) return 0;
    const low = text.charCodeAt(at - 1);
    if (isLow(low) && at >= 2 && isHigh(text.charCodeAt(at - 2)))
      return pattern.test(text.slice(at - 2, at)) ? 2 : 0;
    if (isLow(low) || isHigh(low)) return pattern.test(text.charAt(at - 1)) ? 1 : 0;
    return unit(low) ? 1 : 0;
  };
  return {
    before: (text, at) => lengthBefore(text, at) > 0,
    lengthBefore,
    lengthAt(text, at) {
      if (at >= text.length) return 0;
      const high = text.charCodeAt(at);
      if (isHigh(high) && at + 1 < text.length && isLow(text.charCodeAt(at + 1)))
        return pattern.test(text.slice(at, at + 2)) ? 2 : 0;
      if (isLow(high) || isHigh(high)) return pattern.test(text.charAt(at)) ? 1 : 0;
      return unit(high) ? 1 : 0;
    },
  };
}
