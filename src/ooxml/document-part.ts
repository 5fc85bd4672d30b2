// The main document part (word/document.xml), shared by the .docx writer and the flat-OPC package.

import { el } from "./xml";
import { R_NS, W_NS } from "./wml/namespaces";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** `<w:document>` with the given body content and, for a whole file, the final section properties. */
export function documentElement(
  bodyContent: readonly string[],
  sectionProperties?: string
): string {
  return el("w:document", { "xmlns:w": W_NS, "xmlns:r": R_NS }, [
    el("w:body", {}, [...bodyContent, ...(sectionProperties ? [sectionProperties] : [])]),
  ]);
}

/** A standalone XML part with its declaration. */
export function xmlPart(root: string): string {
  return `${XML_DECLARATION}\n${root}`;
}
