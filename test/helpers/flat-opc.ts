// A real .docx as Word's body.getOoxml() would hand it over: its XML parts in one flat-OPC package.

import { readFileSync } from "node:fs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { docxParts } from "./docx";

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";

function part(name: string, xml: string): string {
  const body = xml.replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, "");
  return `<pkg:part pkg:name="/${name}" pkg:contentType="application/xml"><pkg:xmlData>${body}</pkg:xmlData></pkg:part>`;
}

/**
 * The package of the .docx at `path`, its body repeated `times` (a longer document with the same findings again
 * and again, for tests of long lists).
 */
export function docxAsFlatOpc(
  path: string,
  times = 1,
  binaries: Readonly<Record<string, Uint8Array>> = {}
): string {
  const parts = docxParts(readFileSync(path));
  const xmlParts = Object.entries(parts).filter(
    ([name]) => name.endsWith(".xml") || name.endsWith(".rels")
  );
  return `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="${PKG_NS}">${xmlParts
    .map(([name, xml]) => part(name, name === "word/document.xml" ? repeatBody(xml, times) : xml))
    .join("")}${Object.entries(binaries)
    .map(([name, bytes]) => binaryPart(name, bytes))
    .join("")}</pkg:package>`;
}

/** A picture as getOoxml carries it: base64 in pkg:binaryData, wrapped at 76 characters as Word writes it. */
function binaryPart(name: string, bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\n");
  return `<pkg:part pkg:name="/${name}" pkg:contentType="image/png" pkg:compression="store"><pkg:binaryData>${base64}</pkg:binaryData></pkg:part>`;
}

/**
 * The same document as `docxAsFlatOpc(path, times, binaries)`, as the .docx file getFileAsync would hand over: the
 * file's own parts, its body repeated `times`, the pictures stored (as Word stores media, already compressed).
 */
export function docxAsFile(
  path: string,
  times = 1,
  binaries: Readonly<Record<string, Uint8Array>> = {}
): Uint8Array {
  const bytes = readFileSync(path);
  if (times <= 1 && Object.keys(binaries).length === 0) return new Uint8Array(bytes);
  const files = unzipSync(bytes);
  const document = new TextDecoder().decode(files["word/document.xml"]);
  return zipSync({
    ...files,
    "word/document.xml": strToU8(repeatBody(document, times)),
    ...Object.fromEntries(
      Object.entries(binaries).map(([name, data]) => [name, [data, { level: 0 }] as const])
    ),
  });
}

function repeatBody(xml: string, times: number): string {
  if (times <= 1) return xml;
  const open = xml.indexOf(">", xml.indexOf("<w:body")) + 1;
  const sectPr = xml.lastIndexOf("<w:sectPr");
  const close = xml.lastIndexOf("</w:body>");
  const end = sectPr > open && sectPr < close ? sectPr : close;
  const content = xml.slice(open, end);
  return xml.slice(0, open) + content.repeat(times) + xml.slice(end);
}
