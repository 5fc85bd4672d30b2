// A worker thread of `thethuc check`: reads and checks one file per message and posts the outcome back.

import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { type CheckTask, checkOneFile } from "./check-file";

if (parentPort) {
  const port = parentPort;
  port.on("message", (task: CheckTask) => {
    port.postMessage(checkOneFile(task, readFileSync));
  });
  // The pool starts a file's clock only once the checker is loaded, so start-up never counts against --timeout.
  port.postMessage("ready");
}
