// What the add-in needs from a document, whatever holds it: Word through Office.js, or a file.

import type { Block } from "../blocks/block";
import type { SkippedFix } from "../check/apply-fixes";
import type { Finding, Fix } from "../check/types";
import type { Snapshot } from "../ooxml/snapshot";

/** Where a block goes: the start of the document, or the cursor (after the selection, which is never replaced). */
export type InsertWhere = "start" | "cursor";

export interface HostCapabilities {
  /** Highest WordApi requirement set the host supports, "1.1" at least. */
  readonly wordApi: string;
  /** `Word.Application.createDocument` (WordApi 1.3) can open a new document. */
  readonly createDocument: boolean;
  /** Findings can be written as Word comments (WordApi 1.4). */
  readonly comments: boolean;
}

/** The texts of the paragraphs a check saw, by snapshot index: what a fix's paragraph and offsets refer to. */
export interface CheckedText {
  readonly paragraphs: readonly { readonly text: string }[];
}

/** What became of the fixes handed to `applyFixes`. */
export interface FixReport {
  readonly applied: readonly Fix[];
  readonly skipped: readonly SkippedFix[];
}

export interface DocumentHost {
  capabilities(): HostCapabilities;
  /** Inserts the blocks, in order, as one package: one Word.run and one sync. */
  insertBlocks(blocks: readonly Block[], where: InsertWhere): Promise<void>;
  /** The whole document as a snapshot, read in one Word.run and one sync. */
  readSnapshot(): Promise<Snapshot>;
  /**
   * Selects paragraph `index` (a snapshot index) so Word scrolls to it; when the document has no such paragraph,
   * the first place its `text` occurs. One Word.run, two syncs.
   */
  selectParagraph(index: number, text: string): Promise<void>;
  /**
   * Applies the fixes found in the `checked` document, all in one Word.run (one undo step where Word allows) with two
   * syncs; says which were applied and which were skipped, and why.
   */
  applyFixes(fixes: readonly Fix[], checked: CheckedText): Promise<FixReport>;
  /** Writes each finding as a Word comment on its paragraph; returns how many were written. */
  addComments(findings: readonly Finding[]): Promise<number>;
  /** The rule ids ignored in this document, remembered in the document itself. */
  getIgnored(): Promise<readonly string[]>;
  /** Remembers `rules` as this document's ignored rule ids (replacing the list). */
  setIgnored(rules: readonly string[]): Promise<void>;
  /** Opens the .docx (base64) as a new document in Word (WordApi 1.3); one Word.run, one sync. */
  createDocument(docxBase64: string): Promise<void>;
  /**
   * Puts the blocks into the current document when it is empty (page setup does not travel this way); refuses with a
   * HostError, touching nothing, when the document has text. One Word.run, two syncs.
   */
  fillEmptyDocument(blocks: readonly Block[]): Promise<void>;
  /**
   * Inserts at the cursor (after the selection, which is never replaced) the text `compose` makes of the document's
   * text before the cursor (the whole text where WordApi 1.3 is missing), and leaves the cursor after it; returns the
   * text inserted. One Word.run, two syncs.
   */
  insertAtCursor(compose: (textBefore: string) => string): Promise<string>;
  /** Replaces every block the add-in inserted earlier (content control `thethuc:<name>`) by its new version; returns how many. */
  updateBlocks(blocks: readonly Block[]): Promise<number>;
}

/** A failure of the host, with a one-line reason fit to show the user. */
export class HostError extends Error {
  constructor(
    readonly reason: string,
    override readonly cause?: unknown
  ) {
    super(reason);
    this.name = "HostError";
  }
}

/** The one-line reason to show for a failed action: a HostError's own, else the error as text. */
export function failureReason(error: unknown): string {
  return error instanceof HostError ? error.reason : String(error);
}
