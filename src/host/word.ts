// DocumentHost over Office.js: the only module that touches Word. One Word.run and at most two syncs per action.

import type { Block } from "../blocks/block";
import { flatOpcPackage } from "../ooxml/flat-opc";
import {
  type DocumentHost,
  type HostCapabilities,
  HostError,
  type InsertWhere,
} from "./document-host";

/** The slice of `Word.RequestContext` this module uses; Word's own context satisfies it, and so can a test's fake. */
export interface WordContext {
  readonly document: {
    readonly body: { insertOoxml(ooxml: string, location: "Start"): unknown };
    getSelection(): { insertOoxml(ooxml: string, location: "After"): unknown };
  };
  sync(): Promise<unknown>;
}

/** The parts of the Office.js globals this module uses, so tests can pass a recording fake. */
export interface OfficeGlobals {
  readonly Word: { run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> };
  readonly Office: {
    readonly context: {
      readonly requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
    };
  };
}

// Checked from the newest down; the first one supported is the host's level.
const WORD_API_VERSIONS = ["1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3", "1.2", "1.1"] as const;

/** The first non-blank line of an Office error, which is what fits in a one-line reason. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message
    .split(/\r?\n|\r/)
    .map((part) => part.trim())
    .find((part) => part !== "");
  const code = (error as { code?: unknown } | null)?.code;
  return line ?? (typeof code === "string" ? code : "lỗi không rõ");
}

/** A DocumentHost for the Word that loaded the task pane. */
export function createWordHost(globals: OfficeGlobals = { Word, Office }): DocumentHost {
  return {
    capabilities(): HostCapabilities {
      const supports = (version: string) =>
        globals.Office.context.requirements.isSetSupported("WordApi", version);
      const wordApi = WORD_API_VERSIONS.find(supports) ?? "1.1";
      return { wordApi, createDocument: supports("1.3") };
    },

    async insertBlocks(blocks: readonly Block[], where: InsertWhere): Promise<void> {
      const ooxml = flatOpcPackage(blocks);
      try {
        await globals.Word.run(async (context) => {
          if (where === "start") {
            context.document.body.insertOoxml(ooxml, "Start");
          } else {
            // "After" keeps whatever the user selected; "Replace" would delete it.
            context.document.getSelection().insertOoxml(ooxml, "After");
          }
          await context.sync();
        });
      } catch (error) {
        throw new HostError(`Word không chèn được khối: ${reasonOf(error)}`, error);
      }
    },
  };
}
