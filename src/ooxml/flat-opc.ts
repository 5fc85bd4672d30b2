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

/** The blocks end with a table: inserted right before another table, Word would merge the two. */
export function endsWithTable(blocks: readonly Block[]): boolean {
  return blocks.at(-1)?.content.at(-1)?.kind === "table";
}

export interface PackageOptions {
  /** false leaves the blocks bare, for replacing the content of a control that already carries the tag. */
  readonly tagged?: boolean;
  /**
   * Whether an empty paragraph follows the blocks. It is only needed to keep a final table apart from a table that
   * may follow (Word would merge them), so by default it is there exactly when the blocks end with a table; a
   * caller that knows nothing follows, or that a paragraph of the document follows, passes false.
   */
  readonly trailingParagraph?: boolean;
}

/**
 * The flat-OPC XML for `insertOoxml`: the blocks in document order, each in its tagged content control, every
 * paragraph with its own properties so the destination's Normal style does not leak in. Section properties are left
 * out: Word ignores them in an inserted payload.
 */
export function flatOpcPackage(blocks: readonly Block[], options: PackageOptions = {}): string {
  const relationships = el("Relationships", { xmlns: RELS_NS }, [
    el("Relationship", { Id: "rId1", Type: OFFICE_DOCUMENT_REL, Target: "word/document.xml" }),
  ]);
  // An inserted payload has no header or footer parts. Word's fill fallback leaves such blocks out and says so
  // (word.ts); any that still reach here go first (page 1's header) or last (its footer) rather than being lost.
  const ordered = [
    ...blocks.filter((b) => b.placement === "first-page-header"),
    ...blocks.filter((b) => (b.placement ?? "body") === "body"),
    ...blocks.filter((b) => b.placement === "first-page-footer"),
  ];
  const trailing = options.trailingParagraph ?? endsWithTable(ordered);
  const document = documentElement([
    ...ordered.flatMap((block) => blockXml(block, options.tagged ?? true, true)),
    ...(trailing ? [el("w:p")] : []),
  ]);
  return `<?xml version="1.0" standalone="yes"?>${el("pkg:package", { "xmlns:pkg": PKG_NS }, [
    part("/_rels/.rels", RELS_CONTENT_TYPE, relationships),
    part("/word/document.xml", DOCUMENT_CONTENT_TYPE, document),
  ])}`;
}
