// A real .docx as Word's body.getOoxml() would hand it over: its XML parts in one flat-OPC package.

import { readFileSync } from "node:fs";
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
export function docxAsFlatOpc(path: string, times = 1): string {
  const parts = docxParts(readFileSync(path));
  const xmlParts = Object.entries(parts).filter(
    ([name]) => name.endsWith(".xml") || name.endsWith(".rels")
  );
  return `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="${PKG_NS}">${xmlParts
    .map(([name, xml]) => part(name, name === "word/document.xml" ? repeatBody(xml, times) : xml))
    .join("")}</pkg:package>`;
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
