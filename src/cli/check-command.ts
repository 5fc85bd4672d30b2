// `thethuc check`: reads each .docx, checks it, prints the report; an unreadable file gets a one-line reason.

import { readFileSync } from "node:fs";
import { checkSnapshot, type Language } from "../check/engine";
import type { ToneStylePreference } from "../check/types";
import type { ProfileId } from "../conventions";
import { readDocx } from "../ooxml/snapshot-reader";
import { DocxReadError } from "../ooxml/package-reader";
import { type FileOutcome, jsonReport, sarifReport, textReport } from "./report-formats";

export interface CheckCommandOptions {
  readonly profile: ProfileId | "auto";
  readonly format: "text" | "json" | "sarif";
  readonly lang: Language;
  readonly draft: boolean;
  /** The tone style for oa, oe, uy (D4); "auto" follows each document's majority. */
  readonly toneStyle?: ToneStylePreference;
  readonly version: string;
}

/** A one-line reason why a file could not be read. */
export function reasonOf(error: unknown): string {
  if (error instanceof DocxReadError) return error.reason;
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "không tìm thấy tệp (no such file)";
  if (code === "EISDIR") return "là thư mục, không phải tệp (is a directory)";
  if (code === "EACCES") return "không có quyền đọc (permission denied)";
  const message = error instanceof Error ? error.message : String(error);
  return `không đọc được (unreadable: ${message.split("\n")[0]})`;
}

/** Checks every file; returns the exit code: 0 no error finding, 1 some error finding, 2 some file unreadable. */
export function checkFiles(
  files: readonly string[],
  options: CheckCommandOptions,
  out: (text: string) => void,
  err: (text: string) => void
): number {
  const outcomes: FileOutcome[] = files.map((file) => {
    try {
      const snapshot = readDocx(readFileSync(file));
      return {
        file,
        result: checkSnapshot(snapshot, {
          profile: options.profile,
          language: options.lang,
          draft: options.draft || undefined,
          toneStyle: options.toneStyle ?? "auto",
        }),
      };
    } catch (error) {
      return { file, error: reasonOf(error) };
    }
  });
  for (const outcome of outcomes)
    if ("error" in outcome) err(`${outcome.file}: ${outcome.error}\n`);
  if (options.format === "json") out(jsonReport(outcomes));
  else if (options.format === "sarif") out(sarifReport(outcomes, options.lang, options.version));
  else out(textReport(outcomes, options.lang));
  if (outcomes.some((o) => "error" in o)) return 2;
  return outcomes.some(
    (o) => "result" in o && o.result.findings.some((f) => f.severity === "error")
  )
    ? 1
    : 0;
}
