// What the add-in needs from a document, whatever holds it: Word through Office.js, or a file.

import type { Block } from "../blocks/block";

/** Where a block goes: the start of the document, or the cursor (after the selection, which is never replaced). */
export type InsertWhere = "start" | "cursor";

export interface HostCapabilities {
  /** Highest WordApi requirement set the host supports, "1.1" at least. */
  readonly wordApi: string;
  /** `Word.Application.createDocument` (WordApi 1.3) can open a new document. */
  readonly createDocument: boolean;
}

export interface DocumentHost {
  capabilities(): HostCapabilities;
  /** Inserts the blocks, in order, as one package: one Word.run and one sync. */
  insertBlocks(blocks: readonly Block[], where: InsertWhere): Promise<void>;
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
