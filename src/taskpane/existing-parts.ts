// Is there already a header, a Kính gửi or a Nơi nhận in the document? Asked before inserting one, so a second one is
// never added without the user saying so (issue 14, item 1).

import type { DocumentHost, DocumentParts } from "../host/document-host";

/** The blocks a document has only one of. */
export const SINGLE_BLOCKS = ["header", "kinh-gui", "closing"] as const;
export type SingleBlock = (typeof SINGLE_BLOCKS)[number];

export function isSingleBlock(name: string): name is SingleBlock {
  return SINGLE_BLOCKS.some((block) => block === name);
}

/** One already in the document: inserted by the add-in (its content control can be replaced) or typed. */
export interface ExistingPart {
  readonly block: SingleBlock;
  /** How many of the add-in's content controls hold it (0: typed, or inserted with an older version). */
  readonly controls: number;
  /** The line that gave it away, as Word shows it; empty when only a content control was found. */
  readonly line: string;
}

// The header is read in the first lines only (a quoted header further down is not the document's own).
const HEADER_LINES = 15;

const flat = (text: string) =>
  text
    .normalize("NFC")
    // Word's end-of-cell marks and other control characters in Paragraph.text.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is dropped
    .replace(/[\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const MOTTO = /^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|^ĐẢNG CỘNG SẢN VIỆT NAM/u;
const LEADS: Readonly<Record<Exclude<SingleBlock, "header">, RegExp>> = {
  "kinh-gui": /^Kính gửi\s*:/iu,
  closing: /^Nơi nhận\s*:/iu,
};

/** The block's line among Word's paragraph texts, or null. */
function lineOf(block: SingleBlock, paragraphs: readonly string[]): string | null {
  if (block === "header") {
    const line = paragraphs
      .slice(0, HEADER_LINES)
      .map(flat)
      .find((text) => MOTTO.test(text.toUpperCase()));
    return line ?? null;
  }
  return paragraphs.map(flat).find((text) => LEADS[block].test(text)) ?? null;
}

/** What of `block` the document already has, from `findParts`; null when it has none. */
export function existingPart(block: SingleBlock, parts: DocumentParts): ExistingPart | null {
  const controls = parts.controls[block] ?? 0;
  const line = lineOf(block, parts.paragraphs);
  if (controls === 0 && line === null) return null;
  return { block, controls, line: line ?? "" };
}

/**
 * Asks Word (one Word.run, one sync) whether the block is already there; null for blocks a document may have several
 * of, and when Word would not say: the look is a courtesy, and the insert that follows gives Word's own reason.
 */
export async function findExisting(
  host: DocumentHost,
  block: string
): Promise<ExistingPart | null> {
  if (!isSingleBlock(block)) return null;
  try {
    return existingPart(block, await host.findParts([block]));
  } catch {
    return null;
  }
}
