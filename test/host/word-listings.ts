// How Word's own body.paragraphs may list a document, next to the snapshot read from its OOXML: the behaviours the
// Office.js audit (shared/docs/reviews/word-audit.md, M1 and the requirement-set table) says real Word may show, and
// the edits a user may make between a check and a fix. The fakes take Word's list from here, so no test gives the
// paragraphs and the package independently any more.

import { readFlatOpc } from "../../src/ooxml/snapshot-reader";

/** How Word lists the paragraphs of a document. */
export type Listing =
  /** Exactly the w:p of the body, tables included (WordApi 1.3 as documented). */
  | "exact"
  /** Every table row ends with an extra, empty paragraph (its end-of-row mark), and cell texts end with "\u0007". */
  | "row-marks"
  /** Table paragraphs left out (WordApi 1.1 and 1.2). */
  | "no-tables"
  /** Text-box paragraphs listed right after the paragraph that anchors the text box. */
  | "text-boxes";

export const LISTINGS: readonly Listing[] = ["exact", "row-marks", "no-tables", "text-boxes"];

/** The text the fixtures put in a text box, which the reader skips (w:txbxContent) and some Word may list. */
export const TEXT_BOX_TEXT = "DỰ THẢO LẦN 2 (hộp văn bản)";

/**
 * Puts a text box holding TEXT_BOX_TEXT in the body paragraph that contains `anchor`, as Word writes a VML text box.
 * The reader skips it; a Word that lists text-box paragraphs lists it after that paragraph.
 */
export function withTextBox(ooxml: string, anchor: string): string {
  const at = ooxml.indexOf(anchor);
  if (at < 0) throw new Error(`withTextBox: no run with "${anchor}"`);
  const runEnd = ooxml.indexOf("</w:r>", at) + "</w:r>".length;
  const box =
    `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:120pt;height:30pt">` +
    `<v:textbox><w:txbxContent><w:p><w:r><w:t>${TEXT_BOX_TEXT}</w:t></w:r></w:p></w:txbxContent>` +
    `</v:textbox></v:shape></w:pict></w:r>`;
  return ooxml.slice(0, runEnd) + box + ooxml.slice(runEnd);
}

/** Word's paragraph texts for the package `ooxml` under `listing` (text boxes anchored at `anchor`). */
export function wordListing(ooxml: string, listing: Listing, anchor = ""): string[] {
  const paragraphs = readFlatOpc(ooxml).paragraphs;
  const texts: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    const cell = paragraph.cell;
    if (listing === "no-tables" && cell) return;
    texts.push(listing === "row-marks" && cell ? `${paragraph.text}\u0007` : paragraph.text);
    const next = paragraphs[i + 1]?.cell;
    const rowEnds =
      cell !== null &&
      (!next || next.table !== cell.table || next.row !== cell.row || next.depth !== cell.depth);
    if (listing === "row-marks" && rowEnds) texts.push("");
    if (listing === "text-boxes" && anchor !== "" && paragraph.text.includes(anchor)) {
      texts.push(TEXT_BOX_TEXT);
    }
  });
  return texts;
}

/** An edit a user makes in Word between the check and the action, on Word's list of paragraph texts. */
export interface Edit {
  readonly name: string;
  /** Whether the number of paragraphs stays the same (what defeated the old count guard). */
  readonly sameCount: boolean;
  apply(paragraphs: string[]): void;
}

function indexOf(paragraphs: readonly string[], start: string): number {
  const at = paragraphs.findIndex((text) => text.startsWith(start));
  if (at < 0) throw new Error(`edit: no paragraph starts with "${start}"`);
  return at;
}

export const EDITS: readonly Edit[] = [
  { name: "no edit", sameCount: true, apply: () => {} },
  {
    name: "Enter above the body, an empty line deleted below (same count)",
    sameCount: true,
    apply(paragraphs) {
      paragraphs.splice(indexOf(paragraphs, "QUYẾT ĐỊNH"), 0, "");
      const empty = paragraphs.lastIndexOf("");
      paragraphs.splice(empty >= 0 ? empty : paragraphs.length - 1, 1);
    },
  },
  {
    name: "a paragraph split, two others merged (same count)",
    sameCount: true,
    apply(paragraphs) {
      const split = indexOf(paragraphs, "Căn cứ Luật");
      const text = paragraphs[split] ?? "";
      paragraphs.splice(split, 1, text.slice(0, 20), text.slice(20));
      const merge = indexOf(paragraphs, "Điều 2.");
      paragraphs.splice(merge, 2, `${paragraphs[merge]} ${paragraphs[merge + 1]}`);
    },
  },
  {
    name: "a paragraph moved by cut and paste (same count)",
    sameCount: true,
    apply(paragraphs) {
      const from = indexOf(paragraphs, "Điều 1.");
      const [moved] = paragraphs.splice(from, 1);
      paragraphs.splice(indexOf(paragraphs, "Điều 3.") + 1, 0, moved ?? "");
    },
  },
  {
    name: "the finding's own text retyped, a paragraph inserted at the top",
    sameCount: false,
    apply(paragraphs) {
      const at = indexOf(paragraphs, "Điều 1.");
      paragraphs[at] = "Điều 1. (đã viết lại) Thành lập Tổ công tác.";
      paragraphs.unshift("Kính gửi: Sở Nội vụ");
    },
  },
];
