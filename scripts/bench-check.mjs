// Times reading and checking two documents (a heavy one made in Word, a lean Party one) at 100 and 500 pages against
// two references measured in the same run: the floor any reader pays (unzip + one saxes pass over document.xml) and
// mammoth's extractRawText; the five costliest rules; then the CLI's throughput on 1,000 documents.
import { createRequire } from "node:module";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT, builtModule, median } from "./bench-checker.mjs";

const require = createRequire(import.meta.url);
const { unzipSync, strFromU8 } = require("fflate");
const { SaxesParser } = require("saxes");
const { DOMParser } = require("@xmldom/xmldom");
const mammoth = require("mammoth");

const { readDocx } = builtModule("ooxml/snapshot-reader.js");
const { checkSnapshot } = builtModule("check/engine.js");
const { buildDocument, buildLeanDocument, buildLongParagraph } =
  await import("./bench-documents.mjs");
const { profileRules } = await import("./bench-rules.mjs");

// `--per-rule`: only each rule's time in a full check of both documents at 100 pages and of one 200 KB paragraph (prose
// and hostile text), every rule listed; no comparison with the floor, no throughput.
if (process.argv.includes("--per-rule")) {
  const cases = [
    ["heavy, 100 pages", buildDocument(100).bytes],
    ["lean, 100 pages", buildLeanDocument(100).bytes],
    ["one 200 KB paragraph, prose", buildLongParagraph(200, "prose").bytes],
    ["one 200 KB paragraph, hostile", buildLongParagraph(200, "hostile").bytes],
  ];
  for (const [name, bytes] of cases) {
    const { total, engine, rules } = profileRules(bytes);
    console.log(
      `\n${name}: check ${total.toFixed(1)} ms CPU (median of 5), engine without rules ${engine.toFixed(1)} ms; rules over 0.5 ms:`
    );
    for (const { rule, ms } of rules.filter((r) => r.ms >= 0.5))
      console.log(`  ${rule.padEnd(32)} ${ms.toFixed(1).padStart(8)}`);
  }
  process.exit(0);
}

/**
 * Mean wall time, mean CPU time (user + system of the whole process, GC threads included) and mean minor page faults per
 * run, over the runs after the warm-up: at least `minRuns`, then more until `maxRuns` or `budgetMs` of timed runs.
 *
 * Means over many runs, not the median of a few: a run's cost depends on where it falls in the process's collection
 * cycle. Each run leaves what it kept to the old generation; once that fills, a full collection frees it and gives the
 * pages back, and on this kind of virtual machine a page the heap then takes afresh costs some 15–20 µs. So a series
 * goes through phases, a few runs taking a thousand pages afresh each and being 15–30 ms slower, then a few taking none,
 * whatever the code does, the floor as much as ours (its own runs go 14 → 30 ms in its costly phase). Seven runs after
 * a forced collection caught one phase of each series, not always the same one for ours and its floor, and the lean
 * 500-page row moved ×2.5–6.1 between runs of the same code; the mean over some forty runs spans two or three cycles,
 * which is what checking a folder costs per file. The machine is shared, so wall times swell with others' load; CPU
 * time much less, and the ratios use both.
 */
async function time(
  fn,
  { warmup = 3, warmupMs = 1500, minRuns = 7, maxRuns = 40, budgetMs = 4000 } = {}
) {
  // A clean heap first (run with --expose-gc, as `npm run bench` does): the garbage of the previous series (the 500-page
  // heavy document's xmldom tree) is not collected, and counted, inside this one.
  globalThis.gc?.();
  // Then runs untimed for `warmupMs` (at least `warmup` runs), every series alike: the code a document's series runs is
  // still being compiled over its first few dozen runs (lean 100's read+check, in a process that had checked nothing:
  // 34.7 ms a run over runs 4–13, 18.6 over runs 34–43, 17.2 over the next 40), which a batch of a thousand files pays
  // once, not per file. The process's very first read+check is printed apart.
  const warmupStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmupStart < warmupMs; i++) await fn();
  const wall = [];
  const cpu = [];
  const faults = [];
  let spent = 0;
  while (wall.length < minRuns || (wall.length < maxRuns && spent < budgetMs)) {
    const faultsBefore = process.resourceUsage().minorPageFault;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn();
    const ms = performance.now() - start;
    spent += ms;
    wall.push(ms);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    faults.push(process.resourceUsage().minorPageFault - faultsBefore);
  }
  return { wall: mean(wall), cpu: mean(cpu), faults: Math.round(mean(faults)), runs: wall.length };
}

function mean(values) {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function floor(bytes) {
  const files = unzipSync(bytes, { filter: (file) => file.name === "word/document.xml" });
  const parser = new SaxesParser();
  let elements = 0;
  parser.on("opentag", () => elements++);
  parser.write(strFromU8(files["word/document.xml"])).close();
  return elements;
}

console.log(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(
      " "
    )} on ${availableParallelism()} cores${globalThis.gc ? "" : "; run with --expose-gc for a clean heap per series"}`
);

/**
 * Waits (up to a minute) until the machine has been quiet for a second: less than a tenth of one core busy, this process
 * included (its collector's threads freeing the last series' memory) — on Linux, from /proc/stat; elsewhere at once.
 * A series timed while something else runs (the Chromium of the pane benches winding down) is slower by half, the floor's
 * runs as much as ours, but not mammoth's if the load is gone by then.
 */
async function waitForQuiet() {
  const sample = () => {
    try {
      const fields = readFileSync("/proc/stat", "utf8")
        .split("\n")[0]
        .trim()
        .split(/\s+/)
        .slice(1)
        .map(Number);
      const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
      return { total, idle: (fields[3] ?? 0) + (fields[4] ?? 0) };
    } catch {
      return null;
    }
  };
  const cores = availableParallelism();
  let busy = 0;
  for (let second = 0; second < 60; second++) {
    const before = sample();
    if (!before) return;
    await new Promise((done) => setTimeout(done, 1000));
    const after = sample();
    const total = after.total - before.total;
    busy = total > 0 ? (cores * (total - (after.idle - before.idle))) / total : 0;
    if (busy < 0.1) return;
  }
  console.log(
    `the machine stayed busy (${busy.toFixed(2)} cores) for a minute: the figures below are not from a quiet run`
  );
}

const DOCUMENTS = [
  { name: "heavy (kế hoạch from Word)", build: buildDocument },
  { name: "lean (seed Kết luận body)", build: buildLeanDocument },
];
const rows = [];
// Kept for the Citations pane's measurements below, so the document is built and read once.
let hundredPages = null;
/** The process's first read+check, before any of the code is compiled: what a single `thethuc check` of one file pays. */
let firstCheck = null;
for (const document of DOCUMENTS) {
  for (const pages of [100, 500]) {
    const { bytes, documentXml, pages: estimated } = document.build(pages);
    // The last series' garbage freed first, and the machine left to finish giving its pages back.
    globalThis.gc?.();
    await waitForQuiet();
    const firstStart = performance.now();
    const snapshot = readDocx(bytes);
    if (pages === 100 && !hundredPages) hundredPages = snapshot;
    const findings = checkSnapshot(snapshot).findings.length;
    firstCheck ??= {
      document: document.name,
      pages: estimated,
      ms: performance.now() - firstStart,
    };
    const ours = await time(() => checkSnapshot(readDocx(bytes)));
    const readOnly = await time(() => readDocx(bytes));
    const floorMs = await time(() => floor(bytes));
    const domMs = await time(() => new DOMParser().parseFromString(documentXml, "text/xml"), {
      warmup: 1,
      minRuns: 3,
    });
    const mammothMs = await time(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }), {
      warmup: 1,
      minRuns: 3,
    });
    rows.push({
      document: document.name,
      pages: estimated,
      paragraphs: snapshot.paragraphs.length,
      findings,
      kb: Math.round(bytes.length / 1024),
      ours,
      readOnly,
      floorMs,
      domMs,
      mammothMs,
      costs: profileRules(bytes).rules,
    });
  }
}

const pad = (value, width) => String(value).padStart(width);
for (const metric of ["wall", "cpu"]) {
  console.log(
    `\nThể Thức — read + check, ${metric === "wall" ? "wall time" : "CPU time"}, mean per run over at least 7 runs, more up to 40 or 4 s of runs, after 1.5 s of warm-up runs (at least 3; ms; xmldom and mammoth at least 3 runs after 1)`
  );
  console.log(
    `${"document".padEnd(27)} ${pad("pages", 5)} ${pad("¶", 6)} ${pad("KB", 6)} ${pad("read+check", 10)} ${pad("read", 7)} ${pad("floor", 7)} ${pad("×floor", 7)} ${pad("xmldom", 7)} ${pad("mammoth", 8)} ${pad("mammoth/ours", 12)}${metric === "wall" ? ` ${pad("faults ours/floor", 17)} ${pad("runs", 7)}` : ""}`
  );
  for (const row of rows) {
    const [ours, read, floorMs, dom, mammothMs] = [
      row.ours,
      row.readOnly,
      row.floorMs,
      row.domMs,
      row.mammothMs,
    ].map((t) => t[metric]);
    console.log(
      `${row.document.padEnd(27)} ${pad(row.pages, 5)} ${pad(row.paragraphs, 6)} ${pad(row.kb, 6)} ${pad(ours.toFixed(1), 10)} ${pad(read.toFixed(1), 7)} ${pad(floorMs.toFixed(1), 7)} ${pad((ours / floorMs).toFixed(2), 7)} ${pad(dom.toFixed(1), 7)} ${pad(mammothMs.toFixed(1), 8)} ${pad((mammothMs / ours).toFixed(2), 12)}${metric === "wall" ? ` ${pad(`${row.ours.faults}/${row.floorMs.faults}`, 17)} ${pad(`${row.ours.runs}/${row.floorMs.runs}`, 7)}` : ""}`
    );
  }
}
for (const document of DOCUMENTS) {
  const [small, large] = rows.filter((row) => row.document === document.name);
  console.log(
    `${document.name}: growth ${small.pages} → ${large.pages} pages ×${(large.ours.wall / small.ours.wall).toFixed(2)} wall, ×${(large.ours.cpu / small.ours.cpu).toFixed(2)} CPU for ×${(large.pages / small.pages).toFixed(2)} pages and ×${(large.paragraphs / small.paragraphs).toFixed(2)} paragraphs (target: linear within 10 %, ≤ ×${((1.1 * large.pages) / small.pages).toFixed(2)}); the floor ×${(large.floorMs.wall / small.floorMs.wall).toFixed(2)} wall, ×${(large.floorMs.cpu / small.floorMs.cpu).toFixed(2)} CPU`
  );
  for (const row of [small, large])
    console.log(
      `  five costliest rules inside a check at ${row.pages} pages (CPU ms, median of 5): ${row.costs
        .slice(0, 5)
        .map((cost) => `${cost.rule} ${cost.ms.toFixed(1)}`)
        .join(", ")}`
    );
}
console.log(
  "floor = unzip + one saxes pass over document.xml (no tree); xmldom = a DOM parse of document.xml alone; mammoth = extractRawText; targets: ×floor ≤ 5, mammoth/ours ≥ 1.5."
);
console.log(
  `the process's first read+check (${firstCheck.document}, ${firstCheck.pages} pages), before any of its code was compiled: ${firstCheck.ms.toFixed(0)} ms`
);
console.log(
  "faults ours/floor = mean minor page faults per run of read+check and of the floor (each page taken afresh costs some 15–20 µs here); runs = timed runs of each: the means span whole collection cycles of the process, whose costly phases a few runs after a forced collection catch or miss by chance."
);

// The lean document once the code has settled: each of ours, the floor and mammoth run 20 times, then timed 7 times, with
// no forced collection before them (the table's series each begin with one, after which they warm up): the median of a
// few runs in one phase of the collection cycle, beside the table's means over whole cycles. It is extra information,
// not the measure of the targets.
if (!process.argv.includes("--no-steady")) {
  const settled = async (fn) => {
    for (let i = 0; i < 20; i++) await fn();
    const cpu = [];
    for (let i = 0; i < 7; i++) {
      const start = process.cpuUsage();
      await fn();
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
    }
    return median(cpu);
  };
  for (const pages of [100, 500]) {
    const { bytes } = buildLeanDocument(pages);
    const ours = await settled(() => checkSnapshot(readDocx(bytes)));
    const floorMs = await settled(() => floor(bytes));
    const mammothMs = await settled(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
    console.log(
      `lean, ${pages} pages, settled (CPU ms, median of 7 after 20 runs each, no forced collection): read+check ${ours.toFixed(1)}, floor ${floorMs.toFixed(1)} (×${(ours / floorMs).toFixed(2)}), mammoth ${mammothMs.toFixed(1)} (mammoth/ours ${(mammothMs / ours).toFixed(2)})`
    );
  }
}

// The Citations pane's two costs on the 100-page document: listing what it cites (after the read) and choosing the form
// of a citation inserted at its very end, where the whole text lies before the cursor.
{
  const { citedDocuments } = builtModule("check/cited-documents.js");
  const { chooseCitation, entryReference, STANDING_DOCUMENTS } = builtModule("citations/index.js");
  const { PROFILES } = builtModule("conventions/index.js");
  const snapshot = hundredPages;
  const before = snapshot.paragraphs.map((paragraph) => paragraph.text).join("\r");
  const entry = entryReference(STANDING_DOCUMENTS[STANDING_DOCUMENTS.length - 1].text);
  // A shallow copy is a new cache key, so each run finds the components and references afresh.
  const listMs = await time(() => citedDocuments({ ...snapshot }));
  const chooseMs = await time(() => chooseCitation(entry, "", before, PROFILES["nha-nuoc"]));
  console.log(
    `Citations pane, ${snapshot.paragraphs.length} ¶: list cited documents ${listMs.wall.toFixed(1)} ms; choose the form at the end ${chooseMs.wall.toFixed(1)} ms (${Math.round(before.length / 1024)} K characters before the cursor)`
  );
}

// Throughput of `thethuc check` on a folder of 1,000 documents (copies of the real ones), with one worker and with
// one per core: files per second and the peak resident memory of the whole process (workers included).
// `--no-throughput` leaves it out, for repeated runs of the comparison above.
if (!process.argv.includes("--no-throughput")) {
  const { spawnSync } = require("node:child_process");
  const sources = [
    join(ROOT, "test", "fixtures", "real"),
    join(ROOT, "..", "shared", "real-documents"),
  ]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((n) => n.endsWith(".docx"))
        .map((n) => join(dir, n))
    );
  const folder = mkdtempSync(join(tmpdir(), "thethuc-throughput-"));
  const COUNT = 1000;
  for (let i = 0; i < COUNT; i++)
    copyFileSync(sources[i % sources.length], join(folder, `${String(i).padStart(4, "0")}.docx`));
  const probe =
    "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nMAXRSS '+u.maxRSS+' CPU '+(u.userCPUTime+u.systemCPUTime)+'\\n')});" +
    "process.argv=[process.argv[0],'thethuc',...JSON.parse(process.env.THETHUC_ARGS)];" +
    `require(${JSON.stringify(join(ROOT, "bin", "thethuc.js"))});`;
  const cores = availableParallelism();
  for (const jobs of [...new Set([1, cores])]) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ["-e", probe], {
      env: {
        ...process.env,
        THETHUC_ARGS: JSON.stringify([
          "check",
          "--format",
          "jsonl",
          "--jobs",
          String(jobs),
          folder,
        ]),
      },
      encoding: "utf8",
      maxBuffer: 1024 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const lines = result.stdout.trim().split("\n");
    const { summary } = JSON.parse(lines[lines.length - 1]);
    const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
    // CPU of the whole process, workers included: files per CPU second move far less with the others' load.
    const cpuSeconds = Number(/CPU (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1e6;
    console.log(
      `throughput, ${COUNT} documents (${sources.length} real ones copied), --jobs ${jobs}: ${(COUNT / seconds).toFixed(1)} files/s (${seconds.toFixed(1)} s; CPU ${cpuSeconds.toFixed(1)} s, ${(COUNT / cpuSeconds).toFixed(1)} files per CPU second), peak memory ${rss.toFixed(0)} MB, ${summary.checked} checked, ${summary.unreadable} unreadable`
    );
  }
  rmSync(folder, { recursive: true, force: true });
}
