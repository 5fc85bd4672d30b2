// The flat-OPC package that Word's insertOoxml takes: a package with a relationship part and a document part.

import type { Block } from "../blocks/block";
import { blockXml } from "./body";
import { documentElement } from "./document-part";
import { el } from "./xml";
import {
  DOCUMENT_CONTENT_TYPE,
  OFFICE_DOCUMENT_REL,
  PKG_NS,
  RELS_CONTENT_TYPE,
  RELS_NS,
} from "./wml/namespaces";

function part(name: string, contentType: string, xml: string): string {
  return el("pkg:part", { "pkg:name": name, "pkg:contentType": contentType }, [
    el("pkg:xmlData", {}, [xml]),
  ]);
}

/**
 * The flat-OPC XML for `insertOoxml`: the blocks in document order, each in its tagged content control. A paragraph
 * follows the blocks so that a table is never the last thing inserted (Word would merge it with what follows).
 * Section properties are left out: Word ignores them in an inserted payload. `tagged: false` leaves the blocks bare,
 * for replacing the content of a control that already carries the tag.
 */
export function flatOpcPackage(
  blocks: readonly Block[],
  options: { readonly tagged?: boolean } = {}
): string {
  const relationships = el("Relationships", { xmlns: RELS_NS }, [
    el("Relationship", { Id: "rId1", Type: OFFICE_DOCUMENT_REL, Target: "word/document.xml" }),
  ]);
  const document = documentElement([
    ...blocks.flatMap((block) => blockXml(block, options.tagged ?? true)),
    el("w:p"),
  ]);
  return `<?xml version="1.0" standalone="yes"?>${el("pkg:package", { "xmlns:pkg": PKG_NS }, [
    part("/_rels/.rels", RELS_CONTENT_TYPE, relationships),
    part("/word/document.xml", DOCUMENT_CONTENT_TYPE, document),
  ])}`;
}
