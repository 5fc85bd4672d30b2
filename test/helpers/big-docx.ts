// Large .docx files for batch and limit tests, in a minimal package.

import { strToU8, zipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

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

/** `count` one-word paragraphs (numbered, so the part stays below the zip-bomb ratio): little XML, much memory. */
export function tinyParagraphsDocx(count: number): Uint8Array {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) paragraphs.push(`<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`);
  return packageOf(paragraphs.join(""));
}

/**
 * Close to the reader's limits (8 million characters, 1 million runs) with the check's costliest work in every paragraph:
 * `paragraphs` paragraphs of six citations each, cut into `runsPerParagraph` runs (every other one italic). 20,000 × 40
 * takes about 7 s to read and check on an idle 2-core machine, against 0.2 s for a real document in a fresh worker.
 */
export function citationRunsDocx(paragraphs: number, runsPerParagraph: number): Uint8Array {
  const citations =
    "Căn cứ Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương, Quyết định số 45/2020/QĐ-UBND ngày 3/2/2020; ";
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const text = citations.repeat(3) + i;
    const step = Math.ceil(text.length / runsPerParagraph);
    let runs = "";
    for (let at = 0, n = 0; at < text.length; at += step, n++) {
      const props = n % 2 ? "<w:rPr><w:i/></w:rPr>" : "";
      runs += `<w:r>${props}<w:t xml:space="preserve">${escape(text.slice(at, at + step))}</w:t></w:r>`;
    }
    body.push(`<w:p>${runs}</w:p>`);
  }
  return packageOf(body.join(""));
}
