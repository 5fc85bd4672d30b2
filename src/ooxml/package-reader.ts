// Opens a .docx (zip) or a flat-OPC package (what getOoxml returns) and hands out its XML parts, refusing hostile input.

import { strFromU8, unzipSync } from "fflate";

/** A document that cannot be read, with a one-line reason fit for the user. */
export class DocxReadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "DocxReadError";
  }
}

/** Limits on what a package may unpack to, against zip bombs. */
export const PACKAGE_LIMITS = {
  /** Largest uncompressed part we read. */
  partBytes: 128 * 1024 * 1024,
  /** Largest sum of the uncompressed parts we read. */
  totalBytes: 256 * 1024 * 1024,
  /** Largest compression ratio of a part above 1 MB; real Word XML compresses about 10:1. */
  ratio: 200,
} as const;

/** The XML parts the reader needs, by package path without the leading "/". */
export type PackageParts = ReadonlyMap<string, string>;

const WANTED =
  /^(?:word\/[^/]+\.xml|word\/_rels\/document\.xml\.rels|word\/theme\/theme\d*\.xml|\[Content_Types\]\.xml)$/;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The XML parts of a .docx file's bytes; throws DocxReadError for anything that is not a readable .docx. */
export function readZipPackage(bytes: Uint8Array): PackageParts {
  if (bytes.length === 0) throw new DocxReadError("tệp rỗng (empty file)");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocxReadError(
      "tệp .doc cũ hoặc .docx có mật khẩu, không đọc được (legacy .doc or encrypted .docx)"
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE))
    throw new DocxReadError("không phải tệp .docx (not a .docx: no zip signature)");
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        if (!WANTED.test(file.name)) return false;
        const tooBig = file.originalSize > PACKAGE_LIMITS.partBytes;
        const suspicious =
          file.originalSize > 1024 * 1024 && file.originalSize > file.size * PACKAGE_LIMITS.ratio;
        total += file.originalSize;
        if (tooBig || suspicious || total > PACKAGE_LIMITS.totalBytes) {
          throw new DocxReadError(
            `phần ${file.name} giải nén quá lớn, có thể là zip bomb (part too large when unpacked)`
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError(
      `tệp zip hỏng hoặc bị cắt cụt (corrupt or truncated zip: ${String((error as Error).message ?? error)})`
    );
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) parts.set(name, strFromU8(data));
  if (!parts.has("word/document.xml"))
    throw new DocxReadError(
      "thiếu word/document.xml, không phải văn bản Word (no word/document.xml)"
    );
  return parts;
}

const PART_OPEN = /<pkg:part\b[^>]*\bpkg:name="\/([^"]+)"[^>]*>/g;
const XML_DATA_OPEN = "<pkg:xmlData>";
const XML_DATA_CLOSE = "</pkg:xmlData>";

/** The XML parts of a flat-OPC package string, as Word's getOoxml returns it. */
export function readFlatOpcPackage(xml: string): PackageParts {
  if (/<!DOCTYPE/i.test(xml))
    throw new DocxReadError("gói XML có khai báo DTD, bị từ chối (DTD refused)");
  const parts = new Map<string, string>();
  for (const match of xml.matchAll(PART_OPEN)) {
    const name = match[1] as string;
    if (!WANTED.test(name)) continue;
    const start = xml.indexOf(XML_DATA_OPEN, match.index);
    const nextPart = xml.indexOf("<pkg:part", match.index + match[0].length);
    if (start < 0 || (nextPart >= 0 && start > nextPart)) continue;
    const end = xml.indexOf(XML_DATA_CLOSE, start);
    if (end < 0) throw new DocxReadError("gói XML bị cắt cụt (truncated flat-OPC package)");
    parts.set(name, xml.slice(start + XML_DATA_OPEN.length, end));
  }
  if (!parts.has("word/document.xml"))
    throw new DocxReadError("gói XML không có word/document.xml (no document part)");
  return parts;
}
