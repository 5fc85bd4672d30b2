// Times reading and checking 100- and 500-page documents against two references measured in the same run:
// the floor any reader pays (unzip + one saxes pass over document.xml) and mammoth's extractRawText.
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

const rows = [];
// Kept for the Citations pane's measurements below, so the document is built and read once.
let hundredPages = null;
for (const pages of [100, 500]) {
  const { bytes, documentXml, pages: estimated } = buildDocument(pages);
  const snapshot = readDocx(bytes);
  if (pages === 100) hundredPages = snapshot;
  const findings = checkSnapshot(snapshot).findings.length;
  const ours = await time(() => checkSnapshot(readDocx(bytes)));
  const readOnly = await time(() => readDocx(bytes));
  const floorMs = await time(() => floor(bytes));
  const domMs = await time(() => new DOMParser().parseFromString(documentXml, "text/xml"), 3, 1);
  const mammothMs = await time(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }), 3, 1);
  rows.push({
    pages: estimated,
    paragraphs: snapshot.paragraphs.length,
    findings,
    kb: Math.round(bytes.length / 1024),
    ours,
    readOnly,
    floorMs,
    domMs,
    mammothMs,
  });
}

const pad = (value, width) => String(value).padStart(width);
console.log("Thể Thức — read + check, median of 7 runs after 3 warm-ups (ms)");
console.log(
  `${pad("pages", 6)} ${pad("¶", 7)} ${pad("KB", 6)} ${pad("read+check", 11)} ${pad("read", 7)} ${pad("floor", 7)} ${pad("×floor", 7)} ${pad("xmldom", 7)} ${pad("mammoth", 8)}`
);
for (const row of rows) {
  console.log(
    `${pad(row.pages, 6)} ${pad(row.paragraphs, 7)} ${pad(row.kb, 6)} ${pad(row.ours.toFixed(1), 11)} ${pad(row.readOnly.toFixed(1), 7)} ${pad(row.floorMs.toFixed(1), 7)} ${pad((row.ours / row.floorMs).toFixed(2), 7)} ${pad(row.domMs.toFixed(1), 7)} ${pad(row.mammothMs.toFixed(1), 8)}`
  );
}
const [small, large] = rows;
console.log(
  `growth 100 → 500 pages: ×${(large.ours / small.ours).toFixed(2)} for ×${(large.paragraphs / small.paragraphs).toFixed(2)} paragraphs`
);
console.log(
  "floor = unzip + one saxes pass over document.xml (no tree); xmldom = a DOM parse of document.xml alone; mammoth = extractRawText."
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
