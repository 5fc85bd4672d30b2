// Messages between the task pane and its document worker, which reads the package and runs the checker off the
// pane's thread so a long document never freezes the pane.

import type { CheckOptions } from "../check/engine";
import type { CheckResult, Message } from "../check/types";
import type { DocumentSource, ReadInfo } from "../host/document-host";
import type { ParagraphAlignment } from "../host/paragraph-alignment";

/** The checker's options that cross to the worker: plain data only (no rule objects, no callbacks). */
export type WorkerCheckOptions = Omit<CheckOptions, "rules" | "onProgress">;

/** What each rule checks ("Chữ màu đen"), by rule id. */
export type RuleDescriptions = Readonly<Record<string, Message>>;

export type WorkerRequest =
  /**
   * Reads what Word handed over (`DocumentSource`: its flat-OPC package sent before as chunks under `key`, or the
   * .docx, transferred) and aligns it with Word's own paragraphs; the worker keeps the snapshot under `key`.
   */
  | {
      readonly id: number;
      readonly kind: "parse";
      readonly key: number;
      readonly source: Omit<DocumentSource, "ooxml">;
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
 * ~200 ms (copying it), so it goes in pieces, one per task.
 */
export interface WorkerChunk {
  readonly kind: "chunk";
  readonly key: number;
  readonly text: string;
}

export type WorkerReply =
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
