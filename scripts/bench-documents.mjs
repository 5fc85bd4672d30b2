// The bench's documents: a heavy kế hoạch made in Word and a lean Party document, each repeated to a number of pages,
// and one paragraph of a given size (prose or hostile text), as .docx bytes built from the current dist/.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");

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

export function buildDocument(pages) {
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

export function buildLeanDocument(pages) {
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

/**
 * The lean document's header with one body paragraph of about `kilobytes` KB of text: "prose" repeats the seed's body
 * sentences; "hostile" repeats fragments that start many patterns and complete none (numbers, citations, dots, capitals).
 */
export function buildLongParagraph(kilobytes, kind = "prose") {
  const parts = unzipSync(leanBase());
  const xml = strFromU8(parts["word/document.xml"]);
  const sectStart = xml.lastIndexOf("<w:sectPr");
  const unit =
    kind === "prose"
      ? SEED_BODY.join(" ") + " "
      : "Số 12/ Điều 3. khoản 2 điểm a Nghị quyết số 1- Luật năm 20.. ngày 1 tháng ... NĐ-CP UBND, “ĐẢNG BỘ  " +
        "a.b.c. 1.1.1.1 (((( ---- …… Hòa hoà thủy thuỷ ABC-XYZ/ qđ-ttg Căn cứ, ";
  let text = "";
  while (Buffer.byteLength(text) < kilobytes * 1024) text += unit;
  const paragraph = `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const documentXml = xml.slice(0, sectStart) + paragraph + xml.slice(sectStart);
  return {
    bytes: zipSync({ ...parts, "word/document.xml": strToU8(documentXml) }, { level: 6 }),
    characters: text.length,
  };
}
