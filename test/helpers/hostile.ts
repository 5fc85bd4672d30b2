// Hostile and broken inputs for the reader and `thethuc check`, built in the test rather than stored.

import { strToU8, zipSync } from "fflate";

const DOCUMENT_XML = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/** A minimal valid .docx whose body is `body` (WordprocessingML). */
export function tinyDocx(body = "<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>"): Uint8Array {
  return zipSync({ "word/document.xml": strToU8(DOCUMENT_XML(body)) });
}

/** Billion laughs: nested entities declared in a DTD. */
export function billionLaughsDocx(): Uint8Array {
  const entities = Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`
  ).join("");
  const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
  return zipSync({ "word/document.xml": strToU8(xml) });
}

/** A part that inflates far beyond what real Word XML does (8 MB of one character). */
export function zipBombDocx(): Uint8Array {
  return zipSync({ "word/document.xml": new Uint8Array(8 * 1024 * 1024).fill(0x20) }, { level: 9 });
}

/** A zip whose central directory claims a 3 GB part: the reader must refuse before inflating anything. */
export function lyingSizeDocx(): Uint8Array {
  const bytes = tinyDocx();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Central directory file header: signature 0x02014b50, uncompressed size at offset 24.
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, 3_000_000_000, true);
      break;
    }
  }
  return bytes;
}

/** The first half of a real .docx. */
export function truncated(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/** The header of an OLE compound file, as a legacy .doc (or an encrypted .docx) starts. */
export function legacyDoc(): Uint8Array {
  return new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array(504).fill(0),
  ]);
}

export function zipWithoutDocument(): Uint8Array {
  return zipSync({ "word/styles.xml": strToU8("<w:styles/>") });
}

export function malformedXmlDocx(): Uint8Array {
  return zipSync({
    "word/document.xml": strToU8(DOCUMENT_XML("<w:p><w:r><w:t>không đóng thẻ</w:r></w:p>")),
  });
}
