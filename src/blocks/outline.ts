// Literal outline numbers: "I." / "1." / "a)" (or the Party "I-" / "1-"), written as text, never Word list numbering.

export type OutlineStyle = "dot" | "dash";

/** Điểm letters in the Vietnamese order: a b c d đ e g h i k l m n o p q r s t u v x y (conventions §3.10). */
export const POINT_LETTERS = "abcdđeghiklmnopqrstuvxy";

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 4 → "IV"; throws a RangeError outside 1–3999. */
export function roman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999)
    throw new RangeError(`no Roman numeral for ${value}`);
  let rest = value;
  let result = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      result += letters;
      rest -= amount;
    }
  }
  return result;
}

/** The n-th điểm letter, "a" for 1; past "y" the letters double ("aa"), as long documents do. */
export function pointLetter(value: number): string {
  const letters = POINT_LETTERS;
  return value <= letters.length
    ? (letters[value - 1] as string)
    : `${pointLetter(value - letters.length)}${letters[0]}`;
}

/** The label of an outline heading: level 1 Roman, level 2 Arabic, level 3 a letter. */
export function outlineLabel(level: 1 | 2 | 3, value: number, style: OutlineStyle): string {
  const delimiter = style === "dash" ? "-" : ".";
  if (level === 1) return `${roman(value)}${delimiter}`;
  if (level === 2) return `${value}${delimiter}`;
  return `${pointLetter(value)})`;
}
