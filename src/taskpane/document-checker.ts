// Reads and checks documents in the document worker, so the pane keeps answering while a long document is read and
// checked (issue 14: never frozen more than 100 ms). The worker keeps each document it read; the pane gets only its
// paragraph texts and a key. Where a worker cannot start (a webview that refuses it), the same work runs on the
// pane's thread, as before.

import type { CheckResult, Finding } from "../check/types";
import { type DocumentSource, HostError, type ReadInfo } from "../host/document-host";
import type { ParagraphAlignment } from "../host/paragraph-alignment";
import type { Snapshot } from "../ooxml/snapshot";
import {
  type WorkerCheckOptions,
  type WorkerChunk,
  type WorkerReply,
  type WorkerRequest,
  piecesOf,
} from "../worker/document-worker-protocol";
import { rememberRuleDescriptions } from "./check-results";
import { nextTask } from "./when-idle";

export type CheckProgress = (done: number, total: number) => void;

/**
 * A document as the worker read it: its paragraph texts (what actions compare Word's paragraphs with), how they line
 * up with Word's own list (aligned in the worker too, absent when read on the pane's thread), and a key.
 */
export interface ReadDocument {
  readonly paragraphs: readonly { readonly text: string }[];
  readonly alignment?: ParagraphAlignment;
  /** How the document crossed from Word, with the notes for the user (read as a file, tracked changes). */
  readonly read?: ReadInfo;
  /** The worker's name for the whole snapshot it keeps. */
  readonly key: number;
}

export interface DocumentChecker {
  /**
   * Reads what Word handed over (`host.readSource()`) and aligns it with Word's paragraph texts; a refusal throws the
   * reader's HostError.
   */
  read(source: DocumentSource): Promise<ReadDocument>;
  /** Checks a document `read` returned. */
  check(
    document: Pick<ReadDocument, "key">,
    options: WorkerCheckOptions,
    onProgress?: CheckProgress
  ): Promise<CheckResult>;
  /** Starts the worker ahead of the first read (its code fetched and compiled meanwhile); nothing if it cannot. */
  prepare(): void;
  /** Stops the worker. */
  dispose(): void;
}

/** A failure inside the worker, with the reader's reason when it gave one (read by the host's error wording). */
export class DocumentWorkerError extends Error {
  constructor(
    message: string,
    readonly reason?: string
  ) {
    super(message);
    this.name = "DocumentWorkerError";
  }
}

/** The worker could not run: the work is done on the pane's thread instead. */
class WorkerUnavailable extends Error {}

interface Pending {
  readonly resolve: (reply: WorkerReply) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress?: CheckProgress;
  /** The reply's long lists, as their pieces arrive. */
  readonly texts: string[];
  readonly wordKeys: string[];
  readonly findings: Finding[];
}

/** The reply with the lists its pieces brought put back in. */
function assembled(reply: WorkerReply, entry: Pending): WorkerReply {
  if (reply.kind === "parsed")
    return {
      ...reply,
      texts: entry.texts,
      alignment: { ...reply.alignment, wordKeys: entry.wordKeys },
    };
  if (reply.kind === "checked")
    return { ...reply, result: { ...reply.result, findings: entry.findings } };
  return reply;
}

type Unnumbered<R> = R extends WorkerRequest ? Omit<R, "id"> : never;

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(
      /* webpackChunkName: "document-worker" */ new URL(
        "../worker/document-worker.ts",
        import.meta.url
      ),
      { name: "thethuc-document" }
    );
  } catch {
    return null;
  }
}

/** Characters of the package per message to the worker (a quarter of a megabyte: a few milliseconds to copy). */
const CHUNK_CHARACTERS = 1 << 17;

/** How many documents the pane's-thread fallback keeps, like the worker. */
const KEPT_HERE = 3;

/** The same work on the pane's thread: the reader and the rules are loaded on first use. */
function onThisThread() {
  const modules = Promise.all([
    import(/* webpackChunkName: "reader" */ "../host/read-source"),
    import(/* webpackChunkName: "engine" */ "../check/engine"),
    import(/* webpackChunkName: "engine" */ "../check/rule-descriptions"),
  ]);
  const kept = new Map<number, Snapshot>();
  return {
    async read(key: number, source: DocumentSource): Promise<ReadDocument> {
      const [{ snapshotFromSource }] = await modules;
      const { alignment, read, ...snapshot } = snapshotFromSource(source);
      kept.set(key, snapshot);
      for (const old of kept.keys()) if (kept.size > KEPT_HERE) kept.delete(old);
      return { key, paragraphs: snapshot.paragraphs, alignment, read };
    },
    async check(
      key: number,
      options: WorkerCheckOptions,
      onProgress?: CheckProgress
    ): Promise<CheckResult | undefined> {
      const [, { checkSnapshot }, { ruleDescriptions }] = await modules;
      const snapshot = kept.get(key);
      if (!snapshot) return undefined;
      rememberRuleDescriptions(ruleDescriptions());
      return checkSnapshot(snapshot, { ...options, onProgress });
    },
  };
}

/** The worker's failure as the pane says it: the reader's own sentence when it gave one. */
function failure(reply: Extract<WorkerReply, { kind: "failed" }>): Error {
  return reply.reason
    ? new HostError(reply.reason, undefined, { detail: reply.message })
    : new DocumentWorkerError(reply.message);
}

const FORGOTTEN = {
  vi: "Văn bản đã kiểm tra không còn trong bộ nhớ — kiểm tra lại.",
  en: "The checked document is no longer in memory — check again.",
};

export function createDocumentChecker(): DocumentChecker {
  let worker: Worker | null | undefined;
  let broken = false;
  let nextId = 0;
  let nextKey = 0;
  const pending = new Map<number, Pending>();
  let here: ReturnType<typeof onThisThread> | undefined;
  const fallback = () => (here ??= onThisThread());
  // The documents the worker read. One read before the worker died is gone with it (the package is not kept here):
  // its check says to check again.
  const inWorker = new Set<number>();

  const fail = (error: unknown) => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };

  const ensureWorker = (): Worker | null => {
    if (broken) return null;
    if (worker !== undefined) return worker;
    worker = startWorker();
    if (!worker) return null;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      if (reply.kind === "progress") {
        entry.onProgress?.(reply.done, reply.total);
        return;
      }
      if (reply.kind === "piece") {
        if (reply.texts) entry.texts.push(...reply.texts);
        if (reply.wordKeys) entry.wordKeys.push(...reply.wordKeys);
        if (reply.findings) entry.findings.push(...reply.findings);
        return;
      }
      pending.delete(reply.id);
      entry.resolve(assembled(reply, entry));
    };
    // The worker's script did not load or crashed: this and later work runs on the pane's thread.
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new WorkerUnavailable(event.message));
    };
    return worker;
  };

  /** Sends a request to the worker; null when there is no worker (the caller works here instead). */
  const ask = async (
    request: Unnumbered<WorkerRequest>,
    onProgress?: CheckProgress,
    transfer: Transferable[] = []
  ): Promise<WorkerReply | null> => {
    const target = ensureWorker();
    if (!target) return null;
    const id = nextId++;
    try {
      return await new Promise<WorkerReply>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress, texts: [], wordKeys: [], findings: [] });
        target.postMessage({ ...request, id } as WorkerRequest, transfer);
      });
    } catch (error) {
      if (error instanceof WorkerUnavailable) return null;
      throw error;
    }
  };

  const forgotten = () => new HostError(FORGOTTEN.vi, undefined, { messages: FORGOTTEN });

  return {
    async read(source) {
      // Word's answer was just unpacked in this task (office.js's work, ~100 ms at 4× CPU throttle on a long
      // document): what is done with it starts in the next.
      await nextTask();
      const key = nextKey++;
      const target = ensureWorker();
      const { ooxml, wordTexts, ...rest } = source;
      // In pieces, one per task: posting a package of megabytes at once held the pane's thread ~200 ms.
      for (let at = 0; target && ooxml && at < ooxml.length; at += CHUNK_CHARACTERS) {
        const chunk: WorkerChunk = {
          kind: "chunk",
          key,
          text: ooxml.slice(at, at + CHUNK_CHARACTERS),
        };
        target.postMessage(chunk);
        await nextTask();
      }
      // Word's paragraph texts likewise (2,670 paragraphs in one message took ~60 ms at 4× CPU throttle to copy).
      for (const texts of target ? piecesOf(wordTexts, (text) => text.length) : []) {
        const chunk: WorkerChunk = { kind: "texts", key, texts };
        target?.postMessage(chunk);
        await nextTask();
      }
      // A .docx (Word on the web's large documents) is handed over, not copied; its bytes are not needed here again.
      const reply = await ask(
        { kind: "parse", key, source: rest },
        undefined,
        rest.docx ? [rest.docx.buffer] : []
      );
      if (reply === null) return fallback().read(key, source);
      if (reply.kind === "failed") throw failure(reply);
      if (reply.kind !== "parsed") throw new DocumentWorkerError(`unexpected reply ${reply.kind}`);
      inWorker.add(key);
      return {
        key,
        paragraphs: reply.texts.map((text) => ({ text })),
        alignment: reply.alignment,
        read: reply.read,
      };
    },

    async check({ key }, options, onProgress) {
      const reply = inWorker.has(key)
        ? await ask({ kind: "check", key, options }, onProgress)
        : null;
      if (reply === null) {
        const result = await fallback().check(key, options, onProgress);
        if (!result) throw forgotten();
        return result;
      }
      if (reply.kind === "checked") {
        rememberRuleDescriptions(reply.descriptions);
        // The findings were copied in this task (the message's): the pane's own work with them starts in the next.
        await nextTask();
        return reply.result;
      }
      if (reply.kind === "unknown-key") throw forgotten();
      if (reply.kind === "failed") throw failure(reply);
      throw new DocumentWorkerError(`unexpected reply ${reply.kind}`);
    },

    prepare() {
      ensureWorker();
    },

    dispose() {
      worker?.terminate();
      worker = null;
      broken = true;
      pending.clear();
    },
  };
}
