// Large .docx files for batch and speed tests: the seed Kết luận's body paragraphs repeated, in a minimal package.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SEED_BODY = readFileSync(join(__dirname, "..", "fixtures", "seed-ket-luan-1301.txt"), "utf8")
  .split("\n")
  .filter((line) => line.length > 80);

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const BODY_PROPS =
  '<w:pPr><w:spacing w:after="120" w:line="280" w:lineRule="exact"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>';
const RUN_PROPS =
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr>';

/** A package of one document.xml body; `sectPr` sets A4 with the rulebook's margins. */
export function packageOf(bodyXml: string): Uint8Array {
  const documentXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${bodyXml}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>';
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
      ),
      "_rels/.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
      ),
      "word/document.xml": strToU8(documentXml),
    },
    { level: 1 }
  );
}

/** `count` body paragraphs of the seed Kết luận, in order and repeated, as a .docx (bare runs unless `formatted`). */
export function repeatedSeedDocx(count: number, formatted = true): Uint8Array {
  const paragraph = (text: string) =>
    formatted
      ? `<w:p>${BODY_PROPS}<w:r>${RUN_PROPS}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`
      : `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
  const whole = SEED_BODY.map(paragraph).join("");
  const copies = Math.floor(count / SEED_BODY.length);
  const rest = SEED_BODY.slice(0, count % SEED_BODY.length)
    .map(paragraph)
    .join("");
  return packageOf(whole.repeat(copies) + rest);
}

/** `count` one-word paragraphs (numbered, so the part stays below the zip-bomb ratio): little XML, much memory. */
export function tinyParagraphsDocx(count: number): Uint8Array {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) paragraphs.push(`<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`);
  return packageOf(paragraphs.join(""));
}
