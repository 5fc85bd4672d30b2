// Letter case for Vietnamese text: capitals keep their tone marks ("Thị ủy" → "THỊ ỦY").

import { nfc } from "./normalize";

/** The text in capitals, as the header and tên loại are written. */
export function upper(text: string): string {
  return nfc(text).toLocaleUpperCase("vi");
}

/** Collapses runs of white space to one space and trims: user input as it should enter a document. */
export function tidy(text: string): string {
  return nfc(text).replace(/\s+/g, " ").trim();
}

/**
 * Numbers, codes and year ranges kept on one line: a hyphen inside "33-NQ/TW" becomes the non-breaking hyphen
 * U+2011 (written as Word's noBreakHyphen), the spaces around a year range's hyphen no-break spaces. Apply after tidy().
 */
export function keepTogether(text: string): string {
  return text
    .replace(/(?<=[\p{L}\d])-(?=[\p{L}\d])/gu, "\u2011")
    .replace(/(?<=\d) - (?=\d)/gu, "\u00a0-\u00a0");
}
