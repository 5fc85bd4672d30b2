// Times reading and checking two documents (a heavy one made in Word, a lean Party one) at 100 and 500 pages against
// two references measured in the same run: the floor any reader pays (unzip + one saxes pass over document.xml) and
// mammoth's extractRawText; the five costliest rules; then the CLI's throughput on 1,000 documents.
import { createRequire } from "node:module";
import { readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { execFileSync } from "node:child_process";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
const { SaxesParser } = require("saxes");
const { DOMParser } = require("@xmldom/xmldom");
const mammoth = require("mammoth");

if (!existsSync(join(ROOT, "dist", "node", "check", "engine.js"))) {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
}
const { readDocx } = require(join(ROOT, "dist", "node", "ooxml", "snapshot-reader.js"));
const { checkSnapshot } = require(join(ROOT, "dist", "node", "check", "engine.js"));

// A real kế hoạch made in Word (headings, lists, a task table, direct formatting, rsids) is the unit we repeat.
const SOURCE = join(
  ROOT,
  "test",
  "fixtures",
  "real",
  "state_KH-UBND_2026_UBND-tinh-LaoCai_DRAFT-unnumbered.docx"
);
/** Characters of body text on one A4 page at 14 pt with the rulebook's margins, measured with LibreOffice. */
const CHARS_PER_PAGE = 2600;

function buildDocument(pages) {
  const parts = unzipSync(readFileSync(SOURCE));
  const xml = strFromU8(parts["word/document.xml"]);
  const bodyStart = xml.indexOf("<w:body>") + "<w:body>".length;
  const sectStart = xml.lastIndexOf("<w:sectPr");
  const head = xml.slice(0, bodyStart);
  const body = xml.slice(bodyStart, sectStart);
  const tail = xml.slice(sectStart);
  const header = body.slice(0, body.indexOf("</w:tbl>") + "</w:tbl>".length);
  const content = body.slice(header.length);
  const charsPerCopy = content.replace(/<[^>]+>/g, "").length;
  const copies = Math.max(1, Math.round((pages * CHARS_PER_PAGE) / charsPerCopy));
  const documentXml = head + header + content.repeat(copies) + tail;
  const files = { ...parts, "word/document.xml": strToU8(documentXml) };
  return {
    bytes: zipSync(files, { level: 6 }),
    documentXml,
    pages: Math.round((copies * charsPerCopy) / CHARS_PER_PAGE),
  };
}

// The lean Party document: the seed Kết luận's header as `thethuc new` writes it, then the seed's body paragraphs
// (test/fixtures/seed-ket-luan-1301.txt) repeated with plain body formatting, as offices type them.
const SEED_BODY = readFileSync(join(ROOT, "test", "fixtures", "seed-ket-luan-1301.txt"), "utf8")
  .split("\n")
  .filter((line) => line.length > 80);
const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function leanBase() {
  const { newDocumentBlocks } = require(join(ROOT, "dist", "node", "blocks", "index.js"));
  const { writeDocx } = require(join(ROOT, "dist", "node", "ooxml", "docx-writer.js"));
  const { PROFILES } = require(join(ROOT, "dist", "node", "conventions", "index.js"));
  const blocks = newDocumentBlocks({
    profile: "dang-2018",
    type: "ket-luan",
    superior: "Đảng bộ tỉnh Quảng Nam",
    issuer: "Thị ủy Điện Bàn",
    issuerCode: "TU",
    number: "1301",
    place: "Điện Bàn",
    date: "18/7/2023",
    headerOnly: true,
  });
  if (!blocks.ok) throw new Error(JSON.stringify(blocks.errors));
  return writeDocx(blocks.value, PROFILES["dang-2018"], "ket-luan");
}

function buildLeanDocument(pages) {
  const parts = unzipSync(leanBase());
  const xml = strFromU8(parts["word/document.xml"]);
  const sectStart = xml.lastIndexOf("<w:sectPr");
  const paragraph = (text) =>
    `<w:p><w:pPr><w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const copy = SEED_BODY.map(paragraph).join("");
  const charsPerCopy = SEED_BODY.join("").length;
  const copies = Math.max(1, Math.round((pages * CHARS_PER_PAGE) / charsPerCopy));
  const documentXml = xml.slice(0, sectStart) + copy.repeat(copies) + xml.slice(sectStart);
  const files = { ...parts, "word/document.xml": strToU8(documentXml) };
  return {
    bytes: zipSync(files, { level: 6 }),
    documentXml,
    pages: Math.round((copies * charsPerCopy) / CHARS_PER_PAGE),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(fn, runs = 7, warmup = 3) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function floor(bytes) {
  const files = unzipSync(bytes, { filter: (file) => file.name === "word/document.xml" });
  const parser = new SaxesParser();
  let elements = 0;
  parser.on("opentag", () => elements++);
  parser.write(strFromU8(files["word/document.xml"])).close();
  return elements;
}

/** Cost of each rule alone on a snapshot whose components are already found (median of 3), most costly first. */
async function ruleCosts(snapshot) {
  const { RULES } = require(join(ROOT, "dist", "node", "check", "rules", "index.js"));
  const base = await time(() => checkSnapshot(snapshot, { rules: [] }), 3, 1);
  const costs = [];
  for (const rule of RULES) {
    const ms = await time(() => checkSnapshot(snapshot, { rules: [rule] }), 3, 1);
    costs.push({ rule: rule.meta.id, ms: Math.max(0, ms - base) });
  }
  return costs.sort((a, b) => b.ms - a.ms);
}

const DOCUMENTS = [
  { name: "heavy (kế hoạch from Word)", build: buildDocument },
  { name: "lean (seed Kết luận body)", build: buildLeanDocument },
];
const rows = [];
// Kept for the Citations pane's measurements below, so the document is built and read once.
let hundredPages = null;
for (const document of DOCUMENTS) {
  for (const pages of [100, 500]) {
    const { bytes, documentXml, pages: estimated } = document.build(pages);
    const snapshot = readDocx(bytes);
    if (pages === 100 && !hundredPages) hundredPages = snapshot;
    const findings = checkSnapshot(snapshot).findings.length;
    const ours = await time(() => checkSnapshot(readDocx(bytes)));
    const readOnly = await time(() => readDocx(bytes));
    const floorMs = await time(() => floor(bytes));
    const domMs = await time(() => new DOMParser().parseFromString(documentXml, "text/xml"), 3, 1);
    const mammothMs = await time(
      () => mammoth.extractRawText({ buffer: Buffer.from(bytes) }),
      3,
      1
    );
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
      costs: pages === 100 ? await ruleCosts(snapshot) : null,
    });
  }
}

const pad = (value, width) => String(value).padStart(width);
console.log("Thể Thức — read + check, median of 7 runs after 3 warm-ups (ms)");
console.log(
  `${"document".padEnd(27)} ${pad("pages", 5)} ${pad("¶", 6)} ${pad("KB", 6)} ${pad("read+check", 10)} ${pad("read", 7)} ${pad("floor", 7)} ${pad("×floor", 7)} ${pad("xmldom", 7)} ${pad("mammoth", 8)} ${pad("mammoth/ours", 12)}`
);
for (const row of rows) {
  console.log(
    `${row.document.padEnd(27)} ${pad(row.pages, 5)} ${pad(row.paragraphs, 6)} ${pad(row.kb, 6)} ${pad(row.ours.toFixed(1), 10)} ${pad(row.readOnly.toFixed(1), 7)} ${pad(row.floorMs.toFixed(1), 7)} ${pad((row.ours / row.floorMs).toFixed(2), 7)} ${pad(row.domMs.toFixed(1), 7)} ${pad(row.mammothMs.toFixed(1), 8)} ${pad((row.mammothMs / row.ours).toFixed(2), 12)}`
  );
}
for (const document of DOCUMENTS) {
  const [small, large] = rows.filter((row) => row.document === document.name);
  console.log(
    `${document.name}: growth 100 → 500 pages ×${(large.ours / small.ours).toFixed(2)} for ×${(large.paragraphs / small.paragraphs).toFixed(2)} paragraphs; five costliest rules at 100 pages: ${small.costs
      .slice(0, 5)
      .map((cost) => `${cost.rule} ${cost.ms.toFixed(1)} ms`)
      .join(", ")}`
  );
}
console.log(
  "floor = unzip + one saxes pass over document.xml (no tree); xmldom = a DOM parse of document.xml alone; mammoth = extractRawText; targets: ×floor ≤ 5, mammoth/ours ≥ 1.5."
);

// The Citations pane's two costs on the 100-page document: listing what it cites (after the read) and choosing the form
// of a citation inserted at its very end, where the whole text lies before the cursor.
{
  const { citedDocuments } = require(join(ROOT, "dist", "node", "check", "cited-documents.js"));
  const { chooseCitation, entryReference, STANDING_DOCUMENTS } = require(
    join(ROOT, "dist", "node", "citations", "index.js")
  );
  const { PROFILES } = require(join(ROOT, "dist", "node", "conventions", "index.js"));
  const snapshot = hundredPages;
  const before = snapshot.paragraphs.map((paragraph) => paragraph.text).join("\r");
  const entry = entryReference(STANDING_DOCUMENTS[STANDING_DOCUMENTS.length - 1].text);
  // A shallow copy is a new cache key, so each run finds the components and references afresh.
  const listMs = await time(() => citedDocuments({ ...snapshot }));
  const chooseMs = await time(() => chooseCitation(entry, "", before, PROFILES["nha-nuoc"]));
  console.log(
    `Citations pane, ${snapshot.paragraphs.length} ¶: list cited documents ${listMs.toFixed(1)} ms; choose the form at the end ${chooseMs.toFixed(1)} ms (${Math.round(before.length / 1024)} K characters before the cursor)`
  );
}

// Throughput of `thethuc check` on a folder of 1,000 documents (copies of the real ones), with one worker and with
// one per core: files per second and the peak resident memory of the whole process (workers included).
{
  const { mkdtempSync, copyFileSync, readdirSync, rmSync } = require("node:fs");
  const { tmpdir, availableParallelism } = require("node:os");
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
    "process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'));" +
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
    console.log(
      `throughput, ${COUNT} documents (${sources.length} real ones copied), --jobs ${jobs}: ${(COUNT / seconds).toFixed(1)} files/s (${seconds.toFixed(1)} s), peak memory ${rss.toFixed(0)} MB, ${summary.checked} checked, ${summary.unreadable} unreadable`
    );
  }
  rmSync(folder, { recursive: true, force: true });
}
