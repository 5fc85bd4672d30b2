// Reads parts of a .docx in tests and parses them with a DOM, so tests compare structure rather than XML strings.

import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The text of every part of the package, by path. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, "text/xml");
}

/** Elements named `w:<local>` under `root`, in document order. */
export function wElements(root: Document | Element, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W, local));
}

export function wAttr(element: Element | undefined, name: string): string | null {
  return element?.getAttributeNS(W, name) ?? null;
}

/** The text of a paragraph: its w:t elements joined. */
export function paragraphText(p: Element): string {
  return wElements(p, "t")
    .map((t) => t.textContent ?? "")
    .join("");
}
