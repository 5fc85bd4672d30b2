// The document worker: reads the package and checks it off the pane's thread (a long document takes seconds; the
// pane must answer within 100 ms meanwhile). It keeps the last snapshots it read and hands the pane only their
// paragraph texts and a key; a check (again with another profile, after an ignore) names the key.

import { checkSnapshot } from "../check/engine";
import { ruleDescriptions } from "../check/rule-descriptions";
import { snapshotFromSource } from "../host/read-source";
import type { Snapshot } from "../ooxml/snapshot";
import {
  type WorkerChunk,
  type WorkerReply,
  type WorkerRequest,
  findingCharacters,
  piecesOf,
} from "./document-worker-protocol";

/** The documents kept: the one on screen, the one being read after a fix, and one spare. */
const KEPT = 3;

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest | WorkerChunk>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const kept = new Map<number, Snapshot>();
// The pieces of packages still arriving, by key; Word's paragraph texts likewise.
const arriving = new Map<number, string[]>();
const arrivingTexts = new Map<number, string[]>();

const textLength = (text: string) => text.length;

/** Sends a reply, its long lists first in pieces (see the "piece" reply). */
function send(reply: WorkerReply): void {
  if (reply.kind === "parsed") {
    for (const texts of piecesOf(reply.texts, textLength))
      scope.postMessage({ id: reply.id, kind: "piece", texts });
    for (const wordKeys of piecesOf(reply.alignment.wordKeys, textLength))
      scope.postMessage({ id: reply.id, kind: "piece", wordKeys });
    scope.postMessage({ ...reply, texts: [], alignment: { ...reply.alignment, wordKeys: [] } });
    return;
  }
  if (reply.kind === "checked") {
    for (const findings of piecesOf(reply.result.findings, findingCharacters))
      scope.postMessage({ id: reply.id, kind: "piece", findings });
    scope.postMessage({ ...reply, result: { ...reply.result, findings: [] } });
    return;
  }
  scope.postMessage(reply);
}

function keep(key: number, snapshot: Snapshot): void {
  kept.delete(key);
  kept.set(key, snapshot);
  for (const old of kept.keys()) {
    if (kept.size <= KEPT) break;
    kept.delete(old);
  }
}

/** At most this often a progress message, so the pane's thread is not kept busy by them. */
const PROGRESS_EVERY_MS = 50;

function handle(request: WorkerRequest): WorkerReply {
  if (request.kind === "parse") {
    const pieces = arriving.get(request.key);
    const wordTexts = arrivingTexts.get(request.key) ?? [];
    arriving.delete(request.key);
    arrivingTexts.delete(request.key);
    const read = snapshotFromSource(
      pieces
        ? { ...request.source, wordTexts, ooxml: pieces.join("") }
        : { ...request.source, wordTexts }
    );
    const { alignment, read: info, ...snapshot } = read;
    keep(request.key, snapshot);
    return {
      id: request.id,
      kind: "parsed",
      texts: snapshot.paragraphs.map((paragraph) => paragraph.text),
      alignment,
      read: info,
    };
  }
  const snapshot = kept.get(request.key);
  if (!snapshot) return { id: request.id, kind: "unknown-key" };
  let last = 0;
  const result = checkSnapshot(snapshot, {
    ...request.options,
    onProgress: (done, total) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      scope.postMessage({ id: request.id, kind: "progress", done, total });
    },
  });
  return { id: request.id, kind: "checked", result, descriptions: ruleDescriptions() };
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === "chunk") {
    const pieces = arriving.get(request.key);
    if (pieces) pieces.push(request.text);
    else arriving.set(request.key, [request.text]);
    return;
  }
  if (request.kind === "texts") {
    const texts = arrivingTexts.get(request.key);
    if (texts) texts.push(...request.texts);
    else arrivingTexts.set(request.key, [...request.texts]);
    return;
  }
  try {
    send(handle(request));
  } catch (error) {
    const reason = (error as { reason?: unknown } | null)?.reason;
    scope.postMessage({
      id: request.id,
      kind: "failed",
      message: String((error as { message?: unknown } | null)?.message ?? error),
      ...(typeof reason === "string" ? { reason } : {}),
    });
  }
};
