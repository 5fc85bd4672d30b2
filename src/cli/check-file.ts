// Checks one file for a batch: what a worker thread runs per file, and what the pool gets back.

import { checkSnapshot, type Language } from "../check/engine";
import type { CheckResult, ToneStylePreference } from "../check/types";
import type { ProfileId } from "../conventions";
import { DocxReadError } from "../ooxml/package-reader";
import { readDocx } from "../ooxml/snapshot-reader";
import { type FileFixes, type FixCommandOptions, fixFile } from "./fix-command";

export interface CheckFileOptions {
  readonly profile: ProfileId | "auto";
  readonly lang: Language;
  readonly draft: boolean;
  readonly toneStyle?: ToneStylePreference;
  /** Keep the text of every paragraph a finding points at (for the HTML report). */
  readonly paragraphTexts?: boolean;
}

export interface CheckTask {
  readonly id: number;
  readonly file: string;
  readonly options: CheckFileOptions;
}

/** A file for `thethuc fix` to fix in a worker: its options and the folder it was found under (for -o). */
export interface FixTask {
  readonly id: number;
  readonly file: string;
  readonly fix: { readonly options: FixCommandOptions; readonly root: string | null };
}

/** The text of the paragraphs findings point at, by index, cut to this many characters. */
export const PARAGRAPH_TEXT_MAX = 600;

export type TaskOutcome = { readonly id: number } & (
  | {
      readonly result: CheckResult;
      readonly paragraphs?: Readonly<Record<number, string>>;
    }
  | { readonly error: string }
);

export type FixOutcome = { readonly id: number } & (
  { readonly fixes: FileFixes } | { readonly error: string }
);

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

/** Reads and checks one file; never throws: an unreadable file comes back with its reason. */
export function checkOneFile(task: CheckTask, read: (file: string) => Uint8Array): TaskOutcome {
  try {
    const snapshot = readDocx(read(task.file));
    const { options } = task;
    const result = checkSnapshot(snapshot, {
      profile: options.profile,
      language: options.lang,
      draft: options.draft || undefined,
      toneStyle: options.toneStyle ?? "auto",
    });
    if (!options.paragraphTexts) return { id: task.id, result };
    const paragraphs: Record<number, string> = {};
    for (const finding of result.findings) {
      if (finding.paragraph === null) continue;
      const text = snapshot.paragraphs[finding.paragraph]?.text ?? "";
      paragraphs[finding.paragraph] =
        text.length > PARAGRAPH_TEXT_MAX ? `${text.slice(0, PARAGRAPH_TEXT_MAX)}…` : text;
    }
    return { id: task.id, result, paragraphs };
  } catch (error) {
    return { id: task.id, error: reasonOf(error) };
  }
}

/** Fixes one file for a batch; never throws: an unreadable or unwritable file comes back with its reason. */
export function fixOneFile(task: FixTask): FixOutcome {
  try {
    return { id: task.id, fixes: fixFile(task.file, task.fix.root, task.fix.options) };
  } catch (error) {
    return { id: task.id, error: reasonOf(error) };
  }
}
