// Hostile and broken inputs for the reader and `thethuc check`, built in the test rather than stored.

import { deflateSync, strToU8, zipSync } from "fflate";

const DOCUMENT_XML = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/** A minimal valid .docx whose body is `body` (WordprocessingML). */
export function tinyDocx(body = "<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>"): Uint8Array {
  return zipSync({ "word/document.xml": strToU8(DOCUMENT_XML(body)) });
}

/** The same package stored without compression, so that text passes are measured rather than the ratio refusal. */
export function storedDocx(body: string): Uint8Array {
  return zipSync({ "word/document.xml": strToU8(DOCUMENT_XML(body)) }, { level: 0 });
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

const DOCUMENT_PART = "word/document.xml";

/** Offset of the end of central directory record of a zip without a comment. */
function endRecord(bytes: Uint8Array): number {
  return bytes.length - 22;
}

/**
 * A zip64 end record claiming 268,435,456 entries in front of a tiny valid package (the fuzzer's 39 KB case): a
 * reader that loops over the declared count before checking it runs for minutes.
 */
export function zip64EntryCountDocx(count = 268_435_456): Uint8Array {
  const bytes = tinyDocx();
  const eocd = endRecord(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryAt = view.getUint32(eocd + 16, true);
  const out = new Uint8Array(eocd + 56 + 20 + 22);
  out.set(bytes.subarray(0, eocd));
  const o = new DataView(out.buffer);
  const record = eocd;
  o.setUint32(record, 0x06064b50, true);
  o.setBigUint64(record + 4, 44n, true);
  o.setUint16(record + 12, 45, true);
  o.setUint16(record + 14, 45, true);
  o.setBigUint64(record + 24, BigInt(count), true);
  o.setBigUint64(record + 32, BigInt(count), true);
  o.setBigUint64(record + 40, BigInt(directorySize), true);
  o.setBigUint64(record + 48, BigInt(directoryAt), true);
  const locator = record + 56;
  o.setUint32(locator, 0x07064b50, true);
  o.setBigUint64(locator + 8, BigInt(record), true);
  o.setUint32(locator + 16, 1, true);
  const end = locator + 20;
  o.setUint32(end, 0x06054b50, true);
  o.setUint16(end + 8, 0xffff, true);
  o.setUint16(end + 10, 0xffff, true);
  o.setUint32(end + 12, 0xffffffff, true);
  o.setUint32(end + 16, 0xffffffff, true);
  return out;
}

/** Sets the central directory's packed and unpacked sizes of `name`, as a lying zip writer would. */
export function withDeclaredSizes(
  bytes: Uint8Array,
  name: string,
  sizes: { packed?: number; unpacked?: number }
): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const found = out.subarray(at + 46, at + 46 + nameLength);
    if (found.length !== wanted.length || !found.every((b, i) => b === wanted[i])) continue;
    if (sizes.packed !== undefined) view.setUint32(at + 20, sizes.packed, true);
    if (sizes.unpacked !== undefined) view.setUint32(at + 24, sizes.unpacked, true);
  }
  return out;
}

/** `count` paragraphs of ordinary official wording, as document.xml. */
export function paragraphsXml(
  count: number,
  text = "Ủy ban nhân dân tỉnh triển khai thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về phát triển kinh tế - xã hội."
): string {
  return DOCUMENT_XML(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`.repeat(count));
}

/**
 * A document.xml of `megabytes` MB of paragraphs whose central directory declares a 4 GB packed size and a 1 KB
 * unpacked one (the fuzzer's 466 KB file that unpacked to 120 MB): only the bytes actually unpacked can be trusted.
 */
export function lyingPackedSizeDocx(megabytes = 120): Uint8Array {
  const paragraph =
    "<w:p><w:r><w:t>Ủy ban nhân dân tỉnh triển khai thực hiện Nghị quyết.</w:t></w:r></w:p>";
  const count = Math.ceil((megabytes * 1024 * 1024) / strToU8(paragraph).length);
  const zipped = zipSync(
    { [DOCUMENT_PART]: strToU8(DOCUMENT_XML(paragraph.repeat(count))) },
    { level: 1 }
  );
  return withDeclaredSizes(zipped, DOCUMENT_PART, { packed: 0xfffffffe, unpacked: 1024 });
}

interface RawEntry {
  readonly name: string;
  /** The bytes as stored: deflated when `unpacked` is given, stored otherwise. */
  readonly data: Uint8Array;
  readonly unpacked?: number;
}

/**
 * A zip written by hand, so one deflated buffer can stand for many parts without compressing each again. CRCs are
 * left 0: the reader does not rely on them.
 */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const method = entry.unpacked === undefined ? 0 : 8;
    const size = entry.unpacked ?? entry.data.length;
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, method, true);
    l.setUint32(18, entry.data.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const c = new DataView(header.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, method, true);
    c.setUint32(20, entry.data.length, true);
    c.setUint32(24, size, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    header.set(name, 46);
    chunks.push(local, entry.data);
    central.push(header);
    offset += local.length + entry.data.length;
  }
  const directorySize = central.reduce((sum, h) => sum + h.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, directorySize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const chunk of [...chunks, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `parts` parts of 1 MB each beside a small document (the fuzzer's 325 KB file of 250 × 1 MB). */
export function manyLargePartsDocx(parts = 250): Uint8Array {
  const filler = deflateSync(new Uint8Array(1024 * 1024).fill(0x20), { level: 9 });
  return rawZip([
    {
      name: DOCUMENT_PART,
      data: strToU8(DOCUMENT_XML("<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>")),
    },
    ...Array.from({ length: parts }, (_, i) => ({
      name: `word/part${i + 1}.xml`,
      data: filler,
      unpacked: 1024 * 1024,
    })),
  ]);
}

/** A document.xml that unpacks to `megabytes` MB of varied paragraphs at a ratio real Word XML has (about 10:1). */
export function largeDocumentDocx(megabytes: number): Uint8Array {
  let seed = 1;
  const words = [
    "Ủy",
    "ban",
    "nhân",
    "dân",
    "tỉnh",
    "triển",
    "khai",
    "thực",
    "hiện",
    "Nghị",
    "quyết",
    "phát",
    "triển",
    "kinh",
    "tế",
    "xã",
    "hội",
    "năm",
    "2026",
    "các",
    "sở",
    "ngành",
  ];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < megabytes * 1024 * 1024) {
    let text = "";
    for (let i = 0; i < 40; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      text += `${words[seed % words.length]} `;
    }
    const p = `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    paragraphs.push(p);
    size += p.length;
  }
  return zipSync({ [DOCUMENT_PART]: strToU8(DOCUMENT_XML(paragraphs.join(""))) }, { level: 1 });
}
