// `thethuc fix`: checks each .docx, applies the safe fixes to a copy (or in place, keeping a .bak), says what it did.

import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { planFixes } from "../check/apply-fixes";
import { checkSnapshot, type Language } from "../check/engine";
import type { Finding, Fix, Message, ToneStylePreference } from "../check/types";
import type { ProfileId } from "../conventions";
import { fixDocx } from "../ooxml/docx-fixer";
import { readDocx } from "../ooxml/snapshot-reader";
import { checkInPool } from "./check-pool";
import { expandInputs } from "./file-list";

/**
 * Rules whose text fixes `fix` applies without a person looking first: the header's fixed wording (tiêu đề, tiêu ngữ and
 * its hyphens), the leading zeros of dates, Unicode NFC, and TCVN3/VNI text converted with its font. Other text fixes
 * (spacing, capitals, citations) change wording a drafter should see in Word.
 */
export const SAFE_TEXT_RULES: ReadonlySet<string> = new Set([
  "header/title",
  "header/motto",
  "header/motto-hyphens",
  "date/leading-zero",
  "unicode/nfc",
  "font/legacy-convert",
]);

export interface FixCommandOptions {
  readonly profile: ProfileId | "auto";
  readonly lang: Language;
  readonly draft: boolean;
  readonly toneStyle?: ToneStylePreference;
  /** Write the fixed copies into this folder (keeping the paths below a named folder). */
  readonly output?: string;
  /** Write each fixed copy beside its file, the suffix before ".docx" (".fixed" by default). */
  readonly suffix?: string;
  /** Overwrite each file, keeping the original as FILE.bak. */
  readonly inPlace?: boolean;
  readonly dryRun?: boolean;
  readonly only?: readonly string[];
  readonly except?: readonly string[];
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Worker threads; the number of cores by default. */
  readonly jobs?: number;
  /** Seconds per file; 30 by default. */
  readonly timeout?: number;
  /** Heap megabytes per worker; 1024 by default. */
  readonly maxMemory?: number;
}

/** What `fix` did to one file. */
export interface FileFixes {
  readonly file: string;
  readonly output: string | null;
  readonly applied: readonly { readonly rule: string; readonly fix: Fix }[];
  readonly skipped: readonly {
    readonly rule: string;
    readonly fix: Fix;
    readonly reason: Message;
  }[];
}

const REASON_NOT_SAFE: Message = {
  vi: "Sửa chữ này cần người soạn xem trước; hãy sửa trong Word (khung Kiểm tra).",
  en: "This text change needs a person to see it first; fix it in Word (Check pane).",
};

/** Where the fixed copy of `file` goes, or null for a dry run. */
function outputPath(file: string, root: string | null, options: FixCommandOptions): string | null {
  if (options.dryRun) return null;
  if (options.inPlace) return file;
  if (options.output) return join(options.output, root ? relative(root, file) : basename(file));
  const suffix = options.suffix ?? ".fixed";
  return join(dirname(file), basename(file).replace(/(\.docx)?$/i, `${suffix}.docx`));
}

/** The findings' fixes `fix` may apply, each with its rule, and those it leaves for Word with the reason. */
export function selectFixes(
  findings: readonly Finding[],
  options: Pick<FixCommandOptions, "only" | "except">
): { chosen: { rule: string; fix: Fix }[]; notSafe: { rule: string; fix: Fix }[] } {
  const only = options.only && options.only.length > 0 ? new Set(options.only) : null;
  const except = new Set(options.except ?? []);
  const chosen: { rule: string; fix: Fix }[] = [];
  const notSafe: { rule: string; fix: Fix }[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (only && !only.has(finding.rule) && !only.has(finding.category)) continue;
    if (except.has(finding.rule) || except.has(finding.category)) continue;
    const entry = { rule: finding.rule, fix: finding.fix };
    if (finding.fix.kind === "text" && !SAFE_TEXT_RULES.has(finding.rule)) notSafe.push(entry);
    else chosen.push(entry);
  }
  return { chosen, notSafe };
}

/** Checks and fixes one file; throws what reading it throws. */
export function fixFile(file: string, root: string | null, options: FixCommandOptions): FileFixes {
  const bytes = readFileSync(file);
  const snapshot = readDocx(bytes);
  const result = checkSnapshot(snapshot, {
    profile: options.profile,
    language: options.lang,
    draft: options.draft || undefined,
    toneStyle: options.toneStyle ?? "auto",
  });
  const { chosen, notSafe } = selectFixes(result.findings, options);
  const ruleOf = new Map<Fix, string>(chosen.map((entry) => [entry.fix, entry.rule]));
  const plan = planFixes(
    chosen.map((entry) => entry.fix),
    { pages: true }
  );
  const fixed = fixDocx(bytes, snapshot, plan.apply);
  const skipped = [
    ...notSafe.map((entry) => ({ ...entry, reason: REASON_NOT_SAFE })),
    ...plan.skipped.map((s) => ({ rule: ruleOf.get(s.fix) ?? "?", fix: s.fix, reason: s.reason })),
    ...fixed.unapplied.map((u) => ({
      rule: ruleOf.get(u.fix) ?? "?",
      fix: u.fix,
      reason: u.reason,
    })),
  ];
  const applied = fixed.applied.map((fix) => ({ rule: ruleOf.get(fix) ?? "?", fix }));
  const output = outputPath(file, root, options);
  if (output && applied.length > 0) {
    if (options.inPlace) copyFileSync(file, `${file}.bak`);
    mkdirSync(dirname(output), { recursive: true });
    // Written beside the target and renamed over it: a worker stopped by --timeout mid-write leaves no half file.
    const partial = `${output}.thethuc-partial`;
    writeFileSync(partial, fixed.bytes);
    renameSync(partial, output);
  }
  return { file, output: applied.length > 0 ? output : null, applied, skipped };
}

function countByRule(entries: readonly { rule: string }[]): string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.rule, (counts.get(entry.rule) ?? 0) + 1);
  return [...counts].map(([rule, count]) => `${rule} ×${count}`).join(", ");
}

/** The lines `fix` prints for a file. */
export function fixReportText(fixes: FileFixes, language: Language, dryRun: boolean): string {
  const vi = language === "vi";
  const lines = [
    `${fixes.file}${fixes.output && fixes.output !== fixes.file ? ` → ${fixes.output}` : ""}`,
  ];
  const verb = dryRun ? (vi ? "sẽ sửa" : "would apply") : vi ? "đã sửa" : "applied";
  lines.push(
    `  ${verb} ${fixes.applied.length}${fixes.applied.length > 0 ? `: ${countByRule(fixes.applied)}` : ""}`
  );
  if (fixes.skipped.length > 0) {
    lines.push(`  ${vi ? "bỏ qua" : "skipped"} ${fixes.skipped.length}:`);
    const byReason = new Map<string, { rule: string }[]>();
    for (const skip of fixes.skipped) {
      const reason = skip.reason[language];
      byReason.set(reason, [...(byReason.get(reason) ?? []), skip]);
    }
    for (const [reason, entries] of byReason) lines.push(`    ${countByRule(entries)} — ${reason}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Fixes every file (folders expanded) in a pool of workers, each file under the time and memory limits `check` has,
 * printing each file's lines in the order given; resolves to 0, or 2 when some file could not be read, written or
 * finished within the limits (its one-line reason on stderr; the other files go on).
 */
export async function fixFiles(
  inputs: readonly string[],
  options: FixCommandOptions,
  out: (text: string) => void,
  err: (text: string) => void
): Promise<number> {
  let failed = false;
  const roots = new Map<string, string>();
  for (const input of inputs) {
    let directory = false;
    try {
      directory = statSync(input).isDirectory();
    } catch {
      // reported when the file is read
    }
    if (directory) for (const file of expandInputs([input], options)) roots.set(file, input);
  }
  // Copies this command wrote beside their files earlier are not fixed again when a folder is walked.
  const copyEnding = `${options.suffix ?? ".fixed"}.docx`.toLowerCase();
  const files = expandInputs(inputs, options).filter(
    (file) =>
      options.inPlace ||
      options.output ||
      !roots.has(file) ||
      !file.toLowerCase().endsWith(copyEnding)
  );
  if (files.length === 0) {
    err("thethuc: không có tệp .docx nào để sửa (no .docx file to fix)\n");
    return 2;
  }
  let total = 0;
  // Each file's lines wait for those of the files before it, so the output reads in the order given.
  const waiting = new Map<number, () => void>();
  let nextInOrder = 0;
  const {
    jobs,
    timeout,
    maxMemory,
    // Only plain data crosses to the workers.
    ...fixOptions
  } = options;
  await checkInPool(
    files,
    {
      jobs: jobs ?? availableParallelism(),
      timeoutMs: (timeout ?? FIX_DEFAULTS.timeout) * 1000,
      memoryMb: maxMemory ?? FIX_DEFAULTS.maxMemory,
      check: { profile: options.profile, lang: options.lang, draft: options.draft },
      fix: { options: fixOptions, roots },
    },
    (index, outcome) => {
      const file = files[index] as string;
      waiting.set(index, () => {
        if ("fixes" in outcome) {
          total += outcome.fixes.applied.length;
          out(fixReportText(outcome.fixes, options.lang, !!options.dryRun));
        } else if ("error" in outcome) {
          failed = true;
          err(`${file}: ${outcome.error}\n`);
        }
      });
      for (let ready = waiting.get(nextInOrder); ready; ready = waiting.get(nextInOrder)) {
        waiting.delete(nextInOrder);
        nextInOrder++;
        ready();
      }
    }
  );
  if (files.length > 1) {
    out(
      options.lang === "vi"
        ? `Tổng cộng: ${files.length} tệp, ${total} chỗ ${options.dryRun ? "sẽ sửa" : "đã sửa"}\n`
        : `Total: ${files.length} files, ${total} fixes ${options.dryRun ? "to apply" : "applied"}\n`
    );
  }
  return failed ? 2 : 0;
}

/** The limits per file `fix` has by default: those of `check`. */
export const FIX_DEFAULTS = { timeout: 30, maxMemory: 1024 } as const;
