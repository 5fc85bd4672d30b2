// Letter case for Vietnamese text: capitals keep their tone marks ("Thị ủy" → "THỊ ỦY").

/** The text in capitals, as the header and tên loại are written. */
export function upper(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi");
}

/** Collapses runs of white space to one space and trims: user input as it should enter a document. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
