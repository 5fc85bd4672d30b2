// A pool of worker threads that checks (or fixes) files in parallel, each file under a time and a memory limit.

import { statSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckFileOptions, CheckTask, FixOutcome, FixTask, TaskOutcome } from "./check-file";
import type { FixCommandOptions } from "./fix-command";

export interface PoolOptions {
  /** Worker threads running at once. */
  readonly jobs: number;
  /** Wall-clock limit per file, in milliseconds. */
  readonly timeoutMs: number;
  /** Heap limit of each worker, in megabytes (worker resourceLimits). */
  readonly memoryMb: number;
  /** Files larger than this are not read at all. */
  readonly maxFileBytes?: number;
  readonly check: CheckFileOptions;
  /** Fix the files instead of checking them: `fix` options, and the folder each file was found under. */
  readonly fix?: {
    readonly options: FixCommandOptions;
    readonly roots: ReadonlyMap<string, string>;
  };
}

/** Largest file the pool hands to a worker: reading it is outside the worker's heap limit. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** An outcome without its id, each variant kept apart. */
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;
export type PoolOutcome = WithoutId<TaskOutcome | FixOutcome>;

// Under the TypeScript sources (tests), the worker compiles the checker's modules with swc as it requires them; the
// built CLI runs the compiled worker directly.
const SOURCE_BOOTSTRAP = `
const fs = require("node:fs");
const swc = require("@swc/core");
require.extensions[".ts"] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
    filename,
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "commonjs" },
  });
  module._compile(code, filename);
};
require(require("node:worker_threads").workerData.script);
`;

function startWorker(memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  if (__filename.endsWith(".ts")) {
    return new Worker(SOURCE_BOOTSTRAP, {
      eval: true,
      workerData: { script: join(__dirname, "check-worker.ts") },
      resourceLimits,
    });
  }
  return new Worker(join(__dirname, "check-worker.js"), { resourceLimits });
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Checks `files` with `options.jobs` workers and calls `onOutcome(index, outcome)` as each file finishes (in the order
 * they finish). A file over the time limit, over the memory limit, too large to read or that stops its worker comes
 * back as an error with a one-line reason; its worker is replaced and the other files go on. Resolves when all are done.
 */
export function checkInPool(
  files: readonly string[],
  options: PoolOptions,
  onOutcome: (index: number, outcome: PoolOutcome) => void
): Promise<void> {
  const maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const seconds = options.timeoutMs / 1000;
  // Vietnamese writes a decimal comma (1,5 giây), English a point (1.5 s).
  const secondsVi = String(seconds).replace(".", ",");
  let next = 0;
  let running = 0;

  return new Promise((resolve, reject) => {
    const finishIfDone = () => {
      if (next >= files.length && running === 0) resolve();
    };

    /** The next file worth a worker, reporting those too large to read without one. */
    const takeFile = (): number | null => {
      while (next < files.length) {
        const index = next++;
        let size = 0;
        try {
          const stat = statSync(files[index] as string);
          // A named pipe or device would block the worker's read where no time limit can stop it.
          if (!stat.isFile() && !stat.isDirectory()) {
            onOutcome(index, { error: "không phải tệp thông thường (not a regular file)" });
            continue;
          }
          size = stat.size;
        } catch {
          // The worker reports a missing or unreadable file with its reason.
        }
        if (size <= maxFileBytes) return index;
        onOutcome(index, {
          error: `tệp quá lớn: ${megabytes(size)}, giới hạn ${megabytes(maxFileBytes)} (file too large)`,
        });
      }
      return null;
    };

    const slot = () => {
      let worker: Worker | null = null;
      let current: number | null = null;
      let timer: NodeJS.Timeout | null = null;

      const finish = (outcome: PoolOutcome) => {
        if (timer) clearTimeout(timer);
        timer = null;
        const index = current;
        current = null;
        if (index !== null) {
          running--;
          try {
            onOutcome(index, outcome);
          } catch (error) {
            reject(error);
            return;
          }
        }
      };

      const retire = () => {
        const old = worker;
        worker = null;
        if (old) {
          old.removeAllListeners();
          // An exited worker needs no terminate; a hung one does. Either way nothing more comes from it.
          old.on("error", () => undefined);
          void old.terminate();
        }
      };

      let ready = false;
      const spawn = (): Worker => {
        const fresh = startWorker(options.memoryMb);
        ready = false;
        fresh.on("message", (outcome: TaskOutcome | FixOutcome | "ready") => {
          if (outcome === "ready") {
            ready = true;
            send();
            return;
          }
          finish(outcome);
          feed();
        });
        fresh.on("error", (error: Error & { code?: string }) => {
          retire();
          finish({
            error:
              error.code === "ERR_WORKER_OUT_OF_MEMORY"
                ? `vượt giới hạn bộ nhớ ${options.memoryMb} MB (over the memory limit)`
                : `bộ kiểm tra dừng bất thường (checker stopped: ${error.message.split("\n")[0]})`,
          });
          feed();
        });
        fresh.on("exit", (code) => {
          if (worker !== fresh) return;
          retire();
          finish({ error: `bộ kiểm tra dừng bất thường (checker exited with code ${code})` });
          feed();
        });
        return fresh;
      };

      const feed = () => {
        const index = takeFile();
        if (index === null) {
          retire();
          finishIfDone();
          return;
        }
        current = index;
        running++;
        worker ??= spawn();
        send();
      };

      /** Hands the current file to the worker once it is ready, and starts the file's clock. */
      const send = () => {
        if (!worker || !ready || current === null || timer) return;
        timer = setTimeout(() => {
          retire();
          finish({ error: `quá thời gian ${secondsVi} giây (timed out after ${seconds} s)` });
          feed();
        }, options.timeoutMs);
        const file = files[current] as string;
        const task: CheckTask | FixTask = options.fix
          ? {
              id: current,
              file,
              fix: { options: options.fix.options, root: options.fix.roots.get(file) ?? null },
            }
          : { id: current, file, options: options.check };
        worker.postMessage(task);
      };

      feed();
    };

    const jobs = Math.max(1, Math.min(options.jobs, files.length));
    for (let i = 0; i < jobs; i++) slot();
    finishIfDone();
  });
}
