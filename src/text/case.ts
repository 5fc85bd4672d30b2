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
