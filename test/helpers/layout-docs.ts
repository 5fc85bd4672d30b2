// Small documents laid out the ways real offices lay them out (tabs and runs of spaces instead of a table, line
// breaks, text boxes, several closing blocks), as Word's flat OPC, so checker tests can pin how each is read.

import { PROFILES } from "../../src/conventions";
import { stylesPart } from "../../src/ooxml/docx-writer";
import type { Snapshot } from "../../src/ooxml/snapshot";
import { readFlatOpc } from "../../src/ooxml/snapshot-reader";
import {
  DOCUMENT_CONTENT_TYPE,
  OFFICE_DOCUMENT_REL,
  PKG_NS,
  RELS_CONTENT_TYPE,
  RELS_NS,
  STYLES_CONTENT_TYPE,
  STYLES_REL,
} from "../../src/ooxml/wml/namespaces";

export interface R {
  readonly t: string;
  readonly b?: boolean;
  readonly i?: boolean;
  readonly u?: boolean;
  /** Points. */
  readonly sz?: number;
  readonly color?: string;
}

export interface P {
  readonly runs: readonly (R | "tab" | "br")[];
  readonly align?: "left" | "center" | "right" | "both";
  readonly firstLineCm?: number;
  /** A text box anchored in this paragraph. */
  readonly box?: string;
  /** A straight line drawn as a shape anchored in this paragraph (DrawingML with its VML fallback, or VML alone). */
  readonly drawn?: "drawingml" | "vml";
  /** The drawn line's length in mm (60 unless set). */
  readonly drawnMm?: number;
  /** A bottom border under the paragraph. */
  readonly borderBottom?: boolean;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function run(r: R | "tab" | "br"): string {
  if (r === "tab") return "<w:r><w:tab/></w:r>";
  if (r === "br") return "<w:r><w:br/></w:r>";
  const props =
    `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>` +
    (r.b ? "<w:b/>" : "") +
    (r.i ? "<w:i/>" : "") +
    (r.u ? `<w:u w:val="single"/>` : "") +
    (r.color ? `<w:color w:val="${r.color}"/>` : "") +
    `<w:sz w:val="${(r.sz ?? 14) * 2}"/>`;
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escape(r.t)}</w:t></w:r>`;
}

function textBox(text: string): string {
  return (
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/>` +
    `<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>${escape(text)}</w:t></w:r></w:p>` +
    `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>${escape(text)}</w:t></w:r></w:p>` +
    `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

/** A horizontal line drawn as a shape, the way Word writes an "Insert › Shapes › Line"; 60 mm unless set. */
function drawnLine(kind: "drawingml" | "vml", mm = 60): string {
  const vml = `<w:pict><v:line from="0,0" to="${Math.round((mm * 72) / 25.4)}pt,0" strokeweight=".5pt"/></w:pict>`;
  if (kind === "vml") return `<w:r>${vml}</w:r>`;
  return (
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0">` +
    `<wp:extent cx="${mm * 36000}" cy="0"/><wp:docPr id="2" name="Straight Connector 2"/>` +
    `<a:graphic><a:graphicData><wps:wsp><wps:cNvCnPr/><wps:spPr><a:prstGeom prst="line"/></wps:spPr>` +
    `</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`
  );
}

export function paragraph(p: P): string {
  const props =
    `<w:pPr>` +
    (p.borderBottom
      ? `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>`
      : "") +
    `<w:spacing w:before="120" w:after="120" w:line="240" w:lineRule="auto"/>` +
    (p.firstLineCm ? `<w:ind w:firstLine="${Math.round(p.firstLineCm * 567)}"/>` : "") +
    `<w:jc w:val="${p.align ?? "both"}"/></w:pPr>`;
  return `<w:p>${props}${p.runs.map(run).join("")}${p.box ? textBox(p.box) : ""}${p.drawn ? drawnLine(p.drawn, p.drawnMm) : ""}</w:p>`;
}

/** A borderless table, one row, its cells' paragraphs (as `paragraph` writes them). */
export function table(...cells: readonly (readonly string[])[]): string {
  const tc = (ps: readonly string[]) => `<w:tc>${ps.join("")}</w:tc>`;
  return `<w:tbl><w:tblPr/><w:tr>${cells.map(tc).join("")}</w:tr></w:tbl>`;
}

/** A borderless one-row table with a grid of these column widths (mm), as Word writes it (w:tblGrid, no w:tcW). */
export function gridTable(
  widthsMm: readonly number[],
  ...cells: readonly (readonly string[])[]
): string {
  const grid = widthsMm.map((mm) => `<w:gridCol w:w="${Math.round(mm * 56.7)}"/>`).join("");
  const tc = (ps: readonly string[]) => `<w:tc>${ps.join("")}</w:tc>`;
  return `<w:tbl><w:tblPr/><w:tblGrid>${grid}</w:tblGrid><w:tr>${cells.map(tc).join("")}</w:tr></w:tbl>`;
}

/** The snapshot of a document made of these body parts (paragraph XML or tables), on A4 with NĐ 30 margins. */
export function layoutDocument(...body: readonly string[]): Snapshot {
  const document =
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
    `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
    `xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body.join("")}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720"/>` +
    `</w:sectPr></w:body></w:document>`;
  const rels = `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="word/document.xml"/></Relationships>`;
  const documentRels = `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`;
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>/, "")}</pkg:xmlData></pkg:part>`;
  return readFlatOpc(
    `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="${PKG_NS}">` +
      part("/_rels/.rels", RELS_CONTENT_TYPE, rels) +
      part("/word/document.xml", DOCUMENT_CONTENT_TYPE, document) +
      part("/word/_rels/document.xml.rels", RELS_CONTENT_TYPE, documentRels) +
      part("/word/styles.xml", STYLES_CONTENT_TYPE, stylesPart(PROFILES["nha-nuoc"])) +
      `</pkg:package>`
  );
}

/** A State header table: issuer and number on the left, Quốc hiệu, tiêu ngữ and the place-date on the right. */
export function stateHeader(
  number = "Số: 12/KH-UBND",
  date = "Lào Cai, ngày 05 tháng 3 năm 2026",
  issuer: readonly string[] = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]
): string {
  return table(
    [
      ...issuer.map((t) => paragraph({ runs: [{ t, b: true, sz: 13 }], align: "center" })),
      paragraph({ runs: [{ t: number, sz: 13 }], align: "center" }),
    ],
    [
      paragraph({
        runs: [{ t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b: true, sz: 13 }],
        align: "center",
      }),
      paragraph({ runs: [{ t: "Độc lập - Tự do - Hạnh phúc", b: true }], align: "center" }),
      paragraph({ runs: [{ t: date, i: true }], align: "center" }),
    ]
  );
}

/** A closing table: "Nơi nhận:" and its list on the left, the signature lines (then the name) on the right. */
export function closingTable(
  recipients: readonly string[],
  signer: readonly string[],
  name?: string
): string {
  return table(
    [
      paragraph({ runs: [{ t: "Nơi nhận:", b: true, i: true, sz: 12 }], align: "left" }),
      ...recipients.map((t) => paragraph({ runs: [{ t, sz: 11 }], align: "left" })),
    ],
    [
      ...signer.map((t) => paragraph({ runs: [{ t, b: true }], align: "center" })),
      paragraph({ runs: [{ t: "" }], align: "center" }),
      ...(name ? [paragraph({ runs: [{ t: name, b: true }], align: "center" })] : []),
    ]
  );
}

/** A borderless table of several rows, each a list of cells (each cell its paragraphs). */
export function tableRows(...rows: readonly (readonly (readonly string[])[])[]): string {
  const tc = (ps: readonly string[]) => `<w:tc>${ps.join("")}</w:tc>`;
  const tr = (cells: readonly (readonly string[])[]) => `<w:tr>${cells.map(tc).join("")}</w:tr>`;
  return `<w:tbl><w:tblPr/>${rows.map(tr).join("")}</w:tbl>`;
}
