// Times and peak memory of each hostile input the fuzzer once found, each in a child process of its own.
// `npm run fuzz -- --worst-cases` prints them; the closing figures of issue 15 come from here.

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkSnapshot } from "../../src/check/engine";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { reasonOf } from "../../src/cli/check-command";
import { WORST_CASES } from "./cases";

function runOne(name: string, file: string): void {
  const bytes = readFileSync(file);
  const started = performance.now();
  let outcome: string;
  try {
    const result = checkSnapshot(readDocx(bytes));
    outcome = `checked, ${result.findings.length} findings`;
  } catch (error) {
    outcome = `refused: ${reasonOf(error)}`;
  }
  const ms = performance.now() - started;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({
      name,
      fileKb: Math.round(bytes.length / 1024),
      ms: Math.round(ms),
      peakMb: Math.round(peakMb),
      outcome,
    })
  );
}

/** Writes each case to `dir`, then reads and checks it in a fresh process that reports its time and peak memory. */
export function worstCases(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [index, c] of WORST_CASES.entries()) {
    const file = join(dir, `worst-${index + 1}.docx`);
    writeFileSync(file, c.bytes());
    const out = execFileSync(process.execPath, [__filename, "--one", c.name, file], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out) as {
      name: string;
      fileKb: number;
      ms: number;
      peakMb: number;
      outcome: string;
    };
    console.log(
      `${r.name.padEnd(34)} ${String(r.fileKb).padStart(7)} KB ${String(r.ms).padStart(7)} ms ${String(r.peakMb).padStart(6)} MB peak RSS  ${r.outcome.slice(0, 110)}`
    );
  }
}

if (require.main === module) {
  const at = process.argv.indexOf("--one");
  if (at >= 0) runOne(process.argv[at + 1] as string, process.argv[at + 2] as string);
  else worstCases(join("test-output", "fuzz"));
}
