// Messages between the task pane and its document worker, which reads the package and runs the checker off the
// pane's thread so a long document never freezes the pane.

import type { CheckOptions } from "../check/engine";
import type { CheckResult, Finding, Message } from "../check/types";
import type { DocumentSource, ReadInfo } from "../host/document-host";
import type { ParagraphAlignment } from "../host/paragraph-alignment";

/** The checker's options that cross to the worker: plain data only (no rule objects, no callbacks). */
export type WorkerCheckOptions = Omit<CheckOptions, "rules" | "onProgress">;

/** What each rule checks ("Chữ màu đen"), by rule id. */
export type RuleDescriptions = Readonly<Record<string, Message>>;

export type WorkerRequest =
  /**
   * Reads what Word handed over (`DocumentSource`: its flat-OPC package sent before as chunks under `key`, or the
   * .docx, transferred; Word's paragraph texts sent before as "texts" under `key`) and aligns it with Word's own
   * paragraphs; the worker keeps the snapshot under `key`.
   */
  | {
      readonly id: number;
      readonly kind: "parse";
      readonly key: number;
      readonly source: Omit<DocumentSource, "ooxml" | "wordTexts">;
    }
  /** Checks the snapshot kept under `key`. */
  | {
      readonly id: number;
      readonly kind: "check";
      readonly key: number;
      readonly options: WorkerCheckOptions;
    };

/**
 * A piece of a package, in order; no reply. A package of megabytes posted in one message held the pane's thread for
 * ~200 ms (copying it), so it goes in pieces, one per task. Word's paragraph texts go the same way (`texts`, in
 * order, before the "parse" request): 2,670 paragraphs in one message took ~60 ms at 4× CPU throttle to copy.
 */
export type WorkerChunk =
  | { readonly kind: "chunk"; readonly key: number; readonly text: string }
  | { readonly kind: "texts"; readonly key: number; readonly texts: readonly string[] };

/**
 * Characters a message between the pane and the worker holds, about: copying a message costs the sending thread and
 * the receiving one in proportion to its size, so anything longer goes in pieces, one message (one task) each.
 */
export const PIECE_CHARACTERS = 1 << 16;

/**
 * Items a piece holds at most, whatever their size: a receiver appends a piece with one `push(...piece)`, whose
 * arguments must fit on the stack (about 120,000 do not), and a document may hold 400,000 empty paragraphs, which cost
 * no characters.
 */
export const PIECE_ITEMS = 1 << 14;

/**
 * `items` in runs of about `budget` characters (`size` of each) and at most PIECE_ITEMS items, in order; an item longer
 * than the budget is a run.
 */
export function piecesOf<T>(
  items: readonly T[],
  size: (item: T) => number,
  budget: number = PIECE_CHARACTERS
): T[][] {
  const pieces: T[][] = [];
  let piece: T[] = [];
  let characters = 0;
  for (const item of items) {
    if (piece.length > 0 && (characters + size(item) > budget || piece.length >= PIECE_ITEMS)) {
      pieces.push(piece);
      piece = [];
      characters = 0;
    }
    piece.push(item);
    characters += size(item);
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/** About how many characters a finding takes in a message (its texts, and a little for the rest). */
export function findingCharacters(finding: Finding): number {
  return (
    finding.text.length +
    finding.message.length +
    finding.messages.vi.length +
    finding.messages.en.length +
    finding.source.length +
    160
  );
}

export type WorkerReply =
  /**
   * A piece of the long lists of the "parsed" or "checked" reply that follows under the same id (the paragraph texts,
   * Word's paragraph keys, the findings), in order: the reply carries those lists empty. One message of them all held
   * the pane's thread (copying it in) longer than the pane may freeze.
   */
  | {
      readonly id: number;
      readonly kind: "piece";
      readonly texts?: readonly string[];
      readonly wordKeys?: readonly string[];
      readonly findings?: readonly Finding[];
    }
  /**
   * The paragraph texts only: all the pane needs to find paragraphs in Word and show them. The whole snapshot (runs,
   * formatting) stays in the worker; copying it to the pane took longer than the pane may freeze.
   */
  | {
      readonly id: number;
      readonly kind: "parsed";
      readonly texts: readonly string[];
      readonly alignment: ParagraphAlignment;
      readonly read: ReadInfo;
    }
  /**
   * `descriptions`: what each rule checks, by id, in both languages (the pane names ignored rules with them; the rule
   * registry stays out of the pane's code, where evaluating it took ~170 ms).
   */
  | {
      readonly id: number;
      readonly kind: "checked";
      readonly result: CheckResult;
      readonly descriptions: RuleDescriptions;
    }
  /** The worker no longer has the snapshot under that key: the document must be read again. */
  | { readonly id: number; readonly kind: "unknown-key" }
  | {
      readonly id: number;
      readonly kind: "progress";
      readonly done: number;
      readonly total: number;
    }
  /** `reason`: the reader's one-line sentence for refusing a package (a HostError's), when it gave one. */
  | {
      readonly id: number;
      readonly kind: "failed";
      readonly message: string;
      readonly reason?: string;
    };
