// `npm run fuzz [-- --inputs N --seed S --timeout-ms T --memory-mb M]`: mutates seed documents at the zip, XML and
// text levels, checks each input in a worker thread with a time and memory watchdog, prints counts per outcome and
// writes every failing input, shrunk to what still fails the same way, to test-output/fuzz/. Exit 1 on any crash, hang
// or input over the memory budget.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { storedDocx, tinyDocx } from "../../test/helpers/hostile";
import { profile } from "./profile";
import { shrinkDocx } from "./shrink";
import { worstCases } from "./worst-cases";

type Outcome = "checked" | "refused" | "crash" | "hang" | "over-memory";

// dist/fuzz/scripts/fuzz → the repository.
const ROOT = join(__dirname, "..", "..", "..", "..");
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const INPUTS = option("inputs", 1000);
const SEED = option("seed", 1);
const TIMEOUT_MS = option("timeout-ms", 10_000);
const MEMORY_MB = option("memory-mb", 1024);
// Candidates run per failure while shrinking it; a hang costs the time limit for each candidate that still hangs.
const SHRINK_TRIES = option("shrink-tries", 48);
const OUT = join(ROOT, "test-output", "fuzz");

/** A small seeded generator (mulberry32), so a seed names the same inputs on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function seeds(): Uint8Array[] {
  const dir = join(ROOT, "test", "fixtures", "real");
  const real = readdirSync(dir)
    .filter((name) => name.endsWith(".docx"))
    .sort()
    .map((name) => new Uint8Array(readFileSync(join(dir, name))));
  return [
    ...real,
    tinyDocx(),
    tinyDocx(
      para("Căn cứ Luật Đất đai (LĐĐ), Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;")
    ),
  ];
}

const ODD_TEXT = [
  () => "Luật Đất đai (LĐĐ), ".repeat(2000),
  () => `a${"\u0301\u0323\u0309".repeat(3000)}`,
  () => "\u202e\u009b\u00ad&#10;&#9;",
  () => "constructor __proto__ toString",
  () => "Ủy ban nhân dân tỉnh ".repeat(6000),
  () => "(viết tắt là A) ".repeat(1500),
  () => "Điều 1, khoản 2, điểm a ".repeat(1500),
  () => "\uf0fc\ud800x\udfff",
];
const ODD_XML = [
  '<w:jc w:val="constructor"/>',
  '<w:jc w:val="__proto__"/>',
  '<w:pStyle w:val="toString"/>',
  '<w:rFonts w:ascii=".VnTime" w:hAnsi="Wingdings"/>',
  '<w:sz w:val="-99999999999"/>',
  "<w:tbl><w:tr><w:tc>",
  "</w:p></w:p>",
  "<!DOCTYPE x>",
  "&unknown;",
  "<w:tab/><w:br/>".repeat(500),
];

function mutate(seed: Uint8Array, rand: () => number): Uint8Array {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const level = rand();
  if (level < 0.35) {
    // Zip level: flip bytes, truncate, or overwrite a 32-bit field with a large value.
    const bytes = seed.slice();
    const kind = rand();
    if (kind < 0.2) return bytes.slice(0, Math.floor(rand() * bytes.length));
    const flips = 1 + Math.floor(rand() * 8);
    for (let i = 0; i < flips; i++) {
      const at = Math.floor(rand() * bytes.length);
      if (kind < 0.6) bytes[at] = Math.floor(rand() * 256);
      else
        new DataView(bytes.buffer).setUint32(
          Math.min(at, bytes.length - 4),
          pick([0xffffffff, 0xffff, 0x7fffffff, 0]),
          true
        );
    }
    return bytes;
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(seed);
  } catch {
    return seed;
  }
  const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  let mutated: string;
  if (level < 0.7) {
    // XML level: insert odd markup, delete or duplicate a stretch.
    const at = Math.floor(rand() * xml.length);
    const kind = rand();
    if (kind < 0.5) mutated = xml.slice(0, at) + pick(ODD_XML) + xml.slice(at);
    else if (kind < 0.75) mutated = xml.slice(0, at) + xml.slice(at + Math.floor(rand() * 2000));
    else {
      const piece = xml.slice(at, at + Math.floor(rand() * 3000));
      mutated = xml.slice(0, at) + piece.repeat(1 + Math.floor(rand() * 20)) + xml.slice(at);
    }
  } else {
    // Text level: odd or huge text inside a run, or as a new paragraph.
    const text = pick(ODD_TEXT)();
    const at = xml.indexOf("<w:t", Math.floor(rand() * xml.length));
    const close = at >= 0 ? xml.indexOf(">", at) : -1;
    mutated =
      close >= 0
        ? xml.slice(0, close + 1) + text + xml.slice(close + 1)
        : xml.replace("</w:body>", `${para(text)}</w:body>`);
  }
  if (rand() < 0.3) return storedDocx(mutated.replace(/^[\s\S]*?<w:body>|<\/w:body>[\s\S]*$/g, ""));
  return zipSync({ ...files, "word/document.xml": strToU8(mutated) }, { level: 1 });
}

class Runner {
  private worker: Promise<Worker> | null = null;

  /** A fresh worker, once it has loaded the checker: its start-up is not charged to the next input's time. */
  private spawn(): Promise<Worker> {
    const worker = new Worker(join(__dirname, "worker.js"), {
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
    });
    this.worker = new Promise((resolve, reject) => {
      worker.once("message", () => resolve(worker));
      worker.once("error", reject);
    });
    return this.worker;
  }

  async run(bytes: Uint8Array): Promise<{ outcome: Outcome; detail?: string; ms: number }> {
    const worker = await (this.worker ?? this.spawn());
    for (const event of ["message", "error", "exit"]) worker.removeAllListeners(event);
    const started = performance.now();
    return new Promise((resolve) => {
      const finish = (outcome: Outcome, detail?: string) => {
        clearTimeout(timer);
        worker.removeAllListeners("message");
        worker.removeAllListeners("error");
        worker.removeAllListeners("exit");
        resolve({ outcome, detail, ms: performance.now() - started });
      };
      const restart = () => {
        void worker.terminate();
        this.worker = null;
      };
      const timer = setTimeout(() => {
        restart();
        finish("hang", `over ${TIMEOUT_MS} ms`);
      }, TIMEOUT_MS);
      worker.once("message", (m: { outcome: Outcome; detail?: string }) =>
        finish(m.outcome, m.detail)
      );
      worker.once("error", (error: Error & { code?: string }) => {
        restart();
        finish(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "over-memory" : "crash", error.message);
      });
      worker.once("exit", () => {
        this.worker = null;
        finish("crash", "worker exited");
      });
      worker.postMessage(bytes);
    });
  }

  stop(): void {
    void this.worker?.then((worker) => worker.terminate());
    this.worker = null;
  }
}

async function fuzz(): Promise<void> {
  const rand = random(SEED);
  const pool = seeds();
  const counts: Record<Outcome, number> = {
    checked: 0,
    refused: 0,
    crash: 0,
    hang: 0,
    "over-memory": 0,
  };
  const failures: { index: number; outcome: Outcome; detail: string }[] = [];
  const runners = [new Runner(), new Runner()];
  const inputs = Array.from({ length: INPUTS }, () =>
    mutate(pool[Math.floor(rand() * pool.length)] as Uint8Array, rand)
  );
  const started = performance.now();
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    runners.map(async (runner) => {
      while (next < inputs.length) {
        const index = next++;
        const { outcome, detail, ms } = await runner.run(inputs[index] as Uint8Array);
        counts[outcome]++;
        times[index] = ms;
        if (outcome !== "checked" && outcome !== "refused")
          failures.push({ index, outcome, detail: (detail ?? "").split("\n")[0] as string });
      }
    })
  );
  const seconds = (performance.now() - started) / 1000;
  const slowest = times
    .map((ms, index) => ({ ms, index }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  console.log(
    `fuzz seed ${SEED}: ${INPUTS} inputs in ${seconds.toFixed(1)} s (limits ${TIMEOUT_MS} ms, ${MEMORY_MB} MB)`
  );
  for (const [outcome, count] of Object.entries(counts))
    console.log(`  ${outcome.padEnd(12)} ${count}`);
  console.log(
    `  slowest      ${slowest.map(({ ms, index }) => `${Math.round(ms)} ms (input ${index})`).join(", ")}`
  );
  // The slowest input as it came, for `npm run fuzz -- --profile <file>`.
  mkdirSync(OUT, { recursive: true });
  const first = slowest[0];
  if (first)
    writeFileSync(join(OUT, `seed${SEED}-slowest.docx`), inputs[first.index] as Uint8Array);

  // Each failure is written shrunk to what still fails the same way (a crash: with the same first line).
  const runner = runners[0] as Runner;
  for (const { index, outcome, detail } of failures.sort((x, y) => x.index - y.index)) {
    const input = inputs[index] as Uint8Array;
    const shrunk = await shrinkDocx(
      input,
      async (bytes) => {
        const again = await runner.run(bytes);
        return (
          again.outcome === outcome &&
          (outcome !== "crash" || (again.detail ?? "").split("\n")[0] === detail)
        );
      },
      { tries: SHRINK_TRIES }
    );
    const file = join(OUT, `seed${SEED}-${index}-${outcome}.docx`);
    writeFileSync(file, shrunk.bytes);
    const how = shrunk.unchanged
      ? `as it came: ${shrunk.unchanged}`
      : `shrunk from ${input.length} to ${shrunk.bytes.length} bytes in ${shrunk.tries} runs`;
    console.log(`  ${outcome}: ${file} (${how}) — ${detail}`);
  }
  for (const each of runners) each.stop();
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (args.includes("--worst-cases")) worstCases(OUT);
else if (args.includes("--profile")) profile(args.slice(args.indexOf("--profile") + 1));
else void fuzz();
