// What the add-in needs from a document, whatever holds it: Word through Office.js, or a file.

import type { Block } from "../blocks/block";
import type { SkippedFix } from "../check/apply-fixes";
import type { Finding, Fix, Message } from "../check/types";
import type { Snapshot } from "../ooxml/snapshot";
import type { AlignmentSummary, ParagraphAlignment } from "./paragraph-alignment";

export type { ParagraphAlignment } from "./paragraph-alignment";

/** Where a block goes: the start of the document, or the cursor (after the selection, which is never replaced). */
export type InsertWhere = "start" | "cursor";

export interface HostCapabilities {
  /** Highest WordApi requirement set the host supports, "1.1" at least. */
  readonly wordApi: string;
  /** `Word.Application.createDocument` (WordApi 1.3) can open a new document. */
  readonly createDocument: boolean;
  /** Findings can be written as Word comments (WordApi 1.4). */
  readonly comments: boolean;
  /**
   * Word on the web: a new document is saved to the user's OneDrive or SharePoint default folder after Word asks,
   * and may not open by itself.
   */
  readonly web: boolean;
}

/**
 * The texts of the paragraphs a check saw, by snapshot index: what a finding's or fix's paragraph refers to, and what
 * every action compares Word's paragraph with before touching it. `alignment` is how they lined up with Word's own
 * paragraph list when read (`readSnapshot` gives it); without it an action lines them up afresh.
 */
export interface CheckedText {
  readonly paragraphs: readonly { readonly text: string }[];
  readonly alignment?: ParagraphAlignment;
  /** How the document was read; `revisions` makes text fixes compare their paragraph's whole text first. */
  readonly read?: Pick<ReadInfo, "revisions">;
}

/**
 * The document as Word handed it over, before it is read: what `readSource` returns and what a Web Worker can be given
 * (post it, transferring `docx.buffer`), to turn into a snapshot there with `snapshotFromSource`
 * (src/host/read-source.ts, which touches no Office API).
 */
export interface DocumentSource {
  /** The body's flat-OPC package from `body.getOoxml()`: the usual way. */
  readonly ooxml?: string;
  /** The .docx file from `Document.getFileAsync`, in slices, when Word could not hand the package over in one answer. */
  readonly docx?: Uint8Array;
  /** The texts of Word's own `body.paragraphs`, read in the same Word.run. */
  readonly wordTexts: readonly string[];
  readonly via: "getOoxml" | "file";
  /** How many slices the file came in (`via` "file"). */
  readonly slices?: number;
  /** Track changes as Word reports it (`Document.changeTrackingMode`, WordApi 1.4); absent when it cannot say. */
  readonly trackingMode?: string;
}

/** How one read crossed from Word to the add-in, and what the user should know about it. */
export interface ReadInfo {
  readonly via: "getOoxml" | "file";
  /** Characters of getOoxml's package, or bytes of the .docx file. */
  readonly size: number;
  readonly slices?: number;
  /** The document holds tracked insertions, deletions or moves not yet accepted or rejected. */
  readonly revisions: boolean;
  readonly trackingMode?: string;
  /** Milliseconds the paragraph alignment took. */
  readonly alignMs: number;
  /** Sentences for the user about this read (read as a file; tracked changes), in both languages. */
  readonly notes: readonly Message[];
}

/** A snapshot as read from Word: the checker's view, how its paragraphs lined up with Word's list then, and the read. */
export type ReadSnapshot = Snapshot & {
  readonly alignment?: ParagraphAlignment;
  readonly read?: ReadInfo;
};

/** Why an action skipped a paragraph: its text in Word is no longer what the check saw, and it is not found once. */
export const PARAGRAPH_CHANGED: Message = {
  vi: "Văn bản đã thay đổi — kiểm tra lại.",
  en: "The document has changed — check again.",
};

/** What `fillEmptyDocument` did not write. */
export interface FillReport {
  /**
   * The blocks left out because their place is page 1's own header or footer (ô 13, the organisation's digital
   * signature), in the order given.
   */
  readonly leftOut: readonly Block[];
}

/** What `findParts` saw. */
export interface DocumentParts {
  /** Content controls the add-in left (`thethuc:<name>`), by block name. */
  readonly controls: Readonly<Record<string, number>>;
  /** Word's own paragraph texts, in order. */
  readonly paragraphs: readonly string[];
}

/** What became of the findings handed to `addComments`. */
export interface CommentReport {
  readonly written: number;
  /** Findings whose paragraph could not be found as the check saw it; nothing was written for them. */
  readonly skipped: readonly { readonly finding: Finding; readonly reason: Message }[];
}

/** What "Tự kiểm tra" found: how the check's paragraphs line up with Word's own list, and what the host supports. */
export interface SelfTestReport {
  readonly alignment: AlignmentSummary;
  /** Milliseconds the alignment took. */
  readonly alignMs: number;
  /** Characters getOoxml() returned, or bytes of the file when the document was read as a file (`read.via`). */
  readonly ooxmlChars: number;
  /** How the document was read. */
  readonly read?: Pick<ReadInfo, "via" | "size" | "slices" | "revisions" | "trackingMode">;
  /** Every WordApi set asked for, and whether the host has it. */
  readonly apiSets: readonly { readonly name: string; readonly supported: boolean }[];
  /** Office's own words for where it runs ("PC", "OfficeOnline", "Mac", …) and its version, when it says. */
  readonly platform: string;
}

/** What became of the fixes handed to `applyFixes`. */
export interface FixReport {
  readonly applied: readonly Fix[];
  readonly skipped: readonly SkippedFix[];
  /**
   * How many separate changes Word was asked to make (each property set, each text edit). Word cannot group an
   * add-in's edits into one undo step, so this is about how many times Ctrl+Z takes them back.
   */
  readonly changes?: number;
  /** Track changes was on: Word recorded every change as a tracked change (WordApi 1.4 hosts only). */
  readonly tracked?: boolean;
}

export interface DocumentHost {
  capabilities(): HostCapabilities;
  /** Inserts the blocks, in order, as one package: one Word.run and one sync. */
  insertBlocks(blocks: readonly Block[], where: InsertWhere): Promise<void>;
  /**
   * The whole document as a snapshot, with Word's own paragraph texts read in the same Word.run and sync and aligned
   * with it (`alignment`), so later actions find each checked paragraph by what it says.
   */
  readSnapshot(): Promise<ReadSnapshot>;
  /**
   * The document as Word hands it over, not yet read (`readSnapshot` is `snapshotFromSource(await readSource())`):
   * body.getOoxml() and Word's paragraph texts in one Word.run and one sync; when Word on the web refuses an answer
   * that large, Word's paragraph texts alone in a second sync and the .docx file in 4 MB slices. For reading and
   * checking off the main thread.
   */
  readSource(): Promise<DocumentSource>;
  /**
   * Selects checked paragraph `paragraph` (a snapshot index of `checked`) so Word scrolls to it: found through the
   * alignment, its current text compared with what the check saw, else searched for by that text; when it is not
   * found once, throws a HostError saying the document changed and selects nothing. One Word.run, two syncs.
   */
  selectParagraph(paragraph: number, checked: CheckedText): Promise<void>;
  /**
   * Applies the fixes found in the `checked` document, in one Word.run with two syncs; each format fix only to the
   * paragraph whose current text is the one the check saw, each text fix only where its text occurs once. Says which
   * were applied and which were skipped, and why. Word records each change as its own undo step.
   */
  applyFixes(fixes: readonly Fix[], checked: CheckedText): Promise<FixReport>;
  /**
   * Writes each finding as a Word comment on its paragraph (a finding about the whole document on the first
   * paragraph), found as `selectParagraph` finds it; the others are skipped with a reason. One Word.run, two syncs.
   */
  addComments(findings: readonly Finding[], checked: CheckedText): Promise<CommentReport>;
  /** Reads the document and compares the check's paragraphs with Word's own list: the Settings pane's self-test. */
  selfTest(): Promise<SelfTestReport>;
  /** The rule ids ignored in this document, remembered in the document itself. */
  getIgnored(): Promise<readonly string[]>;
  /** Remembers `rules` as this document's ignored rule ids (replacing the list). */
  setIgnored(rules: readonly string[]): Promise<void>;
  /** Opens the .docx (base64) as a new document in Word (WordApi 1.3); one Word.run, one sync. */
  createDocument(docxBase64: string): Promise<void>;
  /**
   * Puts the blocks into the current document when it is empty (page setup does not travel this way); refuses with a
   * HostError, touching nothing, when the document has text. Blocks a written file puts in page 1's own header or
   * footer are left out (the body is not their place, and page 1's own header cannot be turned on this way) and
   * named in the report. One Word.run, two syncs.
   */
  fillEmptyDocument(blocks: readonly Block[]): Promise<FillReport>;
  /**
   * Inserts at the cursor (after the selection, which is never replaced) the text `compose` makes of the document's
   * text before the cursor (the whole text where WordApi 1.3 is missing), and leaves the cursor after it; returns the
   * text inserted. One Word.run, two syncs.
   */
  insertAtCursor(compose: (textBefore: string) => string): Promise<string>;
  /**
   * What is already in the document, to warn before a second header, Kính gửi or Nơi nhận: how many content controls
   * `thethuc:<name>` each of `names` has, and Word's paragraph texts. One Word.run, one sync.
   */
  findParts(names: readonly string[]): Promise<DocumentParts>;
  /** Replaces every block the add-in inserted earlier (content control `thethuc:<name>`) by its new version; returns how many. */
  updateBlocks(blocks: readonly Block[]): Promise<number>;
}

/**
 * A failure of the host, with a one-line reason fit to show the user (Vietnamese), the same in both languages when
 * known (`messages`), and Office's own words, kept only as a detail line (`detail`).
 */
export class HostError extends Error {
  readonly messages?: Message;
  readonly detail?: string;

  constructor(
    readonly reason: string,
    override readonly cause?: unknown,
    more: { readonly messages?: Message; readonly detail?: string } = {}
  ) {
    super(reason);
    this.name = "HostError";
    this.messages = more.messages;
    this.detail = more.detail;
  }
}

/**
 * The reason to show for a failed action, in `language`: a HostError's own (with Office's message as a second
 * "Chi tiết"/"Detail" line when there is one), else the error as text.
 */
export function failureReason(error: unknown, language: "vi" | "en" = "vi"): string {
  if (!(error instanceof HostError)) return String(error);
  const reason = error.messages?.[language] ?? error.reason;
  if (!error.detail) return reason;
  return `${reason}\n${language === "vi" ? "Chi tiết" : "Detail"}: ${error.detail}`;
}
