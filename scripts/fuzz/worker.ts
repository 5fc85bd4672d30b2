// One fuzz input at a time, in a worker thread the parent can terminate (time) and that V8 caps (memory).

import { parentPort } from "node:worker_threads";
import { checkSnapshot } from "../../src/check/engine";
import { DocxReadError } from "../../src/ooxml/package-reader";
import { readDocx } from "../../src/ooxml/snapshot-reader";

parentPort?.on("message", (bytes: Uint8Array) => {
  try {
    checkSnapshot(readDocx(bytes));
    parentPort?.postMessage({ outcome: "checked" });
  } catch (error) {
    if (error instanceof DocxReadError) {
      const oneLine = !error.reason.includes("\n");
      parentPort?.postMessage({ outcome: oneLine ? "refused" : "crash", detail: error.reason });
    } else {
      parentPort?.postMessage({
        outcome: "crash",
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
});

// Loaded and listening: the parent starts an input's clock only now.
parentPort?.postMessage({ ready: true });
