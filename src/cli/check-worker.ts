// A worker thread of `thethuc check` and `thethuc fix`: reads and checks (or fixes) one file per message and posts the
// outcome back.

import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { type CheckTask, checkOneFile, type FixTask, fixOneFile } from "./check-file";

if (parentPort) {
  const port = parentPort;
  port.on("message", (task: CheckTask | FixTask) => {
    port.postMessage("fix" in task ? fixOneFile(task) : checkOneFile(task, readFileSync));
  });
  // The pool starts a file's clock only once the checker is loaded, so start-up never counts against --timeout.
  port.postMessage("ready");
}
