// `thethuc check`: expands folders, checks files in a pool of workers with limits, streams the report, sums up.

import { terminalJson, terminalText } from "../text/terminal-text";
import { availableParallelism } from "node:os";
import type { Language } from "../check/engine";
import type { ToneStylePreference } from "../check/types";
import type { ProfileId } from "../conventions";
import { type BatchSummary, SummaryCounter, summaryText } from "../report/batch-summary";
import type { CheckFileOptions } from "./check-file";
import { checkInPool, type PoolOutcome } from "./check-pool";
import { expandInputs } from "./file-list";
import { NO_PROGRESS, type Progress, progressBar } from "./progress";
import { type FileOutcome, jsonFile, jsonReport, sarifReport, textReport } from "./report-formats";

export { reasonOf } from "./check-file";

export type CheckFormat = "text" | "json" | "jsonl" | "sarif";

export interface CheckCommandOptions {
  readonly profile: ProfileId | "auto";
  readonly format: CheckFormat;
  readonly lang: Language;
  readonly draft: boolean;
  /** The tone style for oa, oe, uy (D4); "auto" follows each document's majority. */
  readonly toneStyle?: ToneStylePreference;
  readonly version: string;
  /** Worker threads; the number of cores by default. */
  readonly jobs?: number;
  /** Seconds per file; 30 by default. */
  readonly timeout?: number;
  /** Heap megabytes per worker; 1024 by default. */
  readonly maxMemory?: number;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Draw a progress bar with this writer (stderr when it is a terminal). */
  readonly progress?: (text: string) => void;
  /** Called with every outcome and the summary once the batch is done (the HTML report). */
  readonly onDone?: (outcomes: readonly FileOutcome[], summary: BatchSummary) => void;
}

export const CHECK_DEFAULTS = { timeout: 30, maxMemory: 1024 } as const;

/** The number of worker threads by default: the cores the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Checks every file (folders expanded) and streams the report: text in the order given, JSON lines as files finish,
 * JSON and SARIF whole at the end. Resolves to the exit code: 0 no error finding, 1 some error finding, 2 some file
 * unreadable, over its limits, or no file to check.
 */
export async function checkFiles(
  inputs: readonly string[],
  options: CheckCommandOptions,
  out: (text: string) => void,
  err: (text: string) => void
): Promise<number> {
  const files = expandInputs(inputs, options);
  if (files.length === 0) {
    err("thethuc: không có tệp .docx nào để kiểm tra (no .docx file to check)\n");
    return 2;
  }
  const progress: Progress = options.progress
    ? progressBar(files.length, options.progress)
    : NO_PROGRESS;
  // Whatever is written while the bar is shown starts on a clean line.
  const write =
    (to: (text: string) => void) =>
    (text: string): void => {
      progress.clear();
      to(text);
    };
  const print = write(out);
  const warn = write(err);

  const counter = new SummaryCounter();
  const keepAll = options.format === "json" || options.format === "sarif" || !!options.onDone;
  const kept: FileOutcome[] = [];
  // Outcomes waiting for the files before them, so text and stderr follow the order given.
  const waiting = new Map<number, FileOutcome>();
  let nextInOrder = 0;
  let unreadable = false;
  let errorFindings = false;

  const emitInOrder = (outcome: FileOutcome) => {
    if ("error" in outcome) warn(`${terminalText(`${outcome.file}: ${outcome.error}`)}\n`);
    if (options.format === "text" && "result" in outcome)
      print(textReport([outcome], options.lang));
    if (keepAll) kept.push(outcome);
  };

  const check: CheckFileOptions = {
    profile: options.profile,
    lang: options.lang,
    draft: options.draft,
    toneStyle: options.toneStyle,
    paragraphTexts: !!options.onDone,
  };
  await checkInPool(
    files,
    {
      jobs: options.jobs ?? defaultJobs(),
      timeoutMs: (options.timeout ?? CHECK_DEFAULTS.timeout) * 1000,
      memoryMb: options.maxMemory ?? CHECK_DEFAULTS.maxMemory,
      check,
    },
    (index: number, poolOutcome: PoolOutcome) => {
      const outcome = { file: files[index] as string, ...poolOutcome } as FileOutcome;
      counter.add(outcome);
      if ("error" in outcome) unreadable = true;
      else if (outcome.result.findings.some((f) => f.severity === "error")) errorFindings = true;
      if (options.format === "jsonl") print(`${terminalJson(JSON.stringify(jsonFile(outcome)))}\n`);
      waiting.set(index, outcome);
      for (let ready = waiting.get(nextInOrder); ready; ready = waiting.get(nextInOrder)) {
        waiting.delete(nextInOrder);
        nextInOrder++;
        emitInOrder(ready);
      }
      progress.tick();
    }
  );
  progress.done();

  const summary = counter.summary();
  if (options.format === "json") out(jsonReport(kept, files.length > 1 ? summary : undefined));
  else if (options.format === "sarif") out(sarifReport(kept, options.lang, options.version));
  else if (options.format === "jsonl") out(`${JSON.stringify({ summary })}\n`);
  else if (files.length > 1) out(summaryText(summary, options.lang));
  options.onDone?.(kept, summary);
  if (unreadable) return 2;
  return errorFindings ? 1 : 0;
}
