// Estimates how wide a line of Times New Roman is, to size header columns and the lines drawn under texts.

import { nfc } from "./normalize";
import { ownValue } from "./own-value";

// Advance widths in 1/1000 em of Adobe's Times-Roman and Times-Bold metrics, which Times New Roman follows closely.
// Characters are looked up by their base letter, so "Ở" counts as "O".
const ROMAN: Readonly<Record<string, number>> = widths(
  " 250 ! 333 \" 408 # 500 $ 500 % 833 & 778 ' 180 ( 333 ) 333 * 500 + 564 , 250 - 333 . 250 / 278 : 278 ; 278 ? 444 " +
    "A 722 B 667 C 667 D 722 E 611 F 556 G 722 H 722 I 333 J 389 K 722 L 611 M 889 N 722 O 722 P 556 Q 722 R 667 " +
    "S 556 T 611 U 722 V 722 W 944 X 722 Y 722 Z 611 a 444 b 500 c 444 d 500 e 444 f 333 g 500 h 500 i 278 j 278 " +
    "k 500 l 278 m 778 n 500 o 500 p 500 q 500 r 333 s 389 t 278 u 500 v 500 w 722 x 500 y 500 z 444"
);
const BOLD: Readonly<Record<string, number>> = widths(
  " 250 ! 333 \" 555 # 500 $ 500 % 1000 & 833 ' 278 ( 333 ) 333 * 500 + 570 , 250 - 333 . 250 / 278 : 333 ; 333 ? 500 " +
    "A 722 B 667 C 722 D 722 E 667 F 611 G 778 H 778 I 389 J 500 K 778 L 667 M 944 N 722 O 778 P 611 Q 778 R 722 " +
    "S 556 T 667 U 722 V 722 W 1000 X 722 Y 722 Z 667 a 500 b 556 c 444 d 556 e 444 f 333 g 500 h 556 i 278 j 333 " +
    "k 556 l 278 m 833 n 556 o 500 p 556 q 556 r 444 s 389 t 333 u 556 v 500 w 722 x 500 y 500 z 444"
);
const DIGIT = 500;
const UNKNOWN = 556;
const MM_PER_PT = 25.4 / 72;

function widths(table: string): Record<string, number> {
  const result: Record<string, number> = {};
  // Pairs "char width"; the space character is the first pair, written as a leading " ".
  const tokens = table.slice(1).split(" ");
  result[" "] = Number(tokens[0]);
  for (let i = 1; i + 1 < tokens.length; i += 2)
    result[tokens[i] as string] = Number(tokens[i + 1]);
  return result;
}

function baseLetter(char: string): string {
  if (char === "Đ") return "D";
  if (char === "đ") return "d";
  return char.normalize("NFD")[0] ?? char;
}

/** Width of `text` in millimetres when set in Times New Roman at `sizePt`, bold or not. */
export function textWidthMm(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? BOLD : ROMAN;
  let units = 0;
  for (const char of nfc(text)) {
    if (/\d/.test(char)) units += DIGIT;
    else units += ownValue(table, baseLetter(char)) ?? UNKNOWN;
  }
  return (units / 1000) * sizePt * MM_PER_PT;
}

/**
 * The widths in millimetres of the lines `text` takes in a column `columnMm` wide, wrapped at spaces as Word wraps
 * (greedily); one line when it fits. A word wider than the column stands alone on its line.
 */
export function wrappedWidthsMm(
  text: string,
  sizePt: number,
  bold: boolean,
  columnMm: number
): number[] {
  const whole = textWidthMm(text, sizePt, bold);
  if (whole <= columnMm) return [whole];
  const space = textWidthMm(" ", sizePt, bold);
  const lines: number[] = [];
  let current = -1;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const width = textWidthMm(word, sizePt, bold);
    if (current >= 0 && current + space + width <= columnMm) current += space + width;
    else {
      if (current >= 0) lines.push(current);
      current = width;
    }
  }
  if (current >= 0) lines.push(current);
  return lines;
}
