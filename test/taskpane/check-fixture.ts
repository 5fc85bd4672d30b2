// A State quyết định as Word's body.getOoxml() returns it, written by the project's own OOXML writer, with defects.

import type { Block, BlockContent, ParagraphSpec, RunSpec } from "../../src/blocks/block";
import { PROFILES } from "../../src/conventions";
import { documentPart, stylesPart } from "../../src/ooxml/docx-writer";
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

const PROFILE = PROFILES["nha-nuoc"];
const FONT = PROFILE.page.font.name;

/** The defects the fixture can carry; each is off in the corrected document. */
export interface Defects {
  /** Quốc hiệu at 14 pt in red instead of 13 pt black. */
  readonly nationalName?: boolean;
  /** "Số: 5 /QĐ-UBND": a stray space before the slash. */
  readonly numberSpace?: boolean;
  /** Place and date upright instead of italic. */
  readonly placeDateUpright?: boolean;
  /** Điều 1 aligned left instead of justified. */
  readonly bodyLeft?: boolean;
  /** Điều 3 in a dark grey that prints as black (a note, not an error). */
  readonly greyText?: boolean;
}

export const ALL_DEFECTS: Defects = {
  nationalName: true,
  numberSpace: true,
  placeDateUpright: true,
  bodyLeft: true,
  greyText: true,
};

const C = "center" as const;
const BODY = { spacing: { afterPt: 6 }, indent: { firstLineMm: 10 } } as const;

function p(
  align: ParagraphSpec["align"],
  text: string,
  run: Omit<RunSpec, "text">,
  extra: Partial<Omit<ParagraphSpec, "kind" | "runs" | "align">> = {}
): ParagraphSpec {
  return {
    kind: "paragraph",
    role: extra.role ?? "text",
    align,
    runs: text === "" ? [] : [{ text, ...run }],
    markSizePt: run.sizePt,
    ...extra,
  };
}

/** The drawn line under a text: an empty paragraph's top border, `sideMm` in from each side of its column. */
function line(sideMm = 15): ParagraphSpec {
  return {
    kind: "paragraph",
    role: "line",
    align: C,
    runs: [],
    borderTop: { widthPt: 0.75 },
    markSizePt: 6,
    indent: { leftMm: sideMm, rightMm: sideMm },
    spacing: { lineExactPt: 6 },
  };
}

function blocks(defects: Defects): Block[] {
  const header: BlockContent = {
    kind: "table",
    columnsMm: [62, 103],
    rows: [
      [
        {
          paragraphs: [
            p(C, "UBND TỈNH LÀO CAI", { sizePt: 13 }),
            p(C, "ỦY BAN NHÂN DÂN XÃ BẢO HÀ", { sizePt: 13, bold: true }),
            line(),
          ],
        },
        {
          paragraphs: [
            p(C, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {
              sizePt: defects.nationalName ? 14 : 13,
              bold: true,
            }),
            p(C, "Độc lập - Tự do - Hạnh phúc", { sizePt: 14, bold: true }),
            line(),
          ],
        },
      ],
      [
        {
          paragraphs: [
            p(C, defects.numberSpace ? "Số: 5 /QĐ-UBND" : "Số: 5/QĐ-UBND", { sizePt: 13 }),
          ],
        },
        {
          paragraphs: [
            p(C, "Bảo Hà, ngày 12 tháng 3 năm 2026", {
              sizePt: 14,
              italic: !defects.placeDateUpright,
            }),
          ],
        },
      ],
    ],
  };
  const front: BlockContent[] = [
    p(C, "QUYẾT ĐỊNH", { sizePt: 14, bold: true }, { spacing: { beforePt: 18 } }),
    p(C, "Về việc thành lập Tổ công tác chuyển đổi số", { sizePt: 14, bold: true }),
    // Under the trích yếu, 1/3–1/2 of it [PL1 II.5a]: 37 mm of a 165 mm page.
    line(64),
    p(C, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẢO HÀ", { sizePt: 14, bold: true }),
    p(
      "both",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
      { sizePt: 14, italic: true },
      BODY
    ),
    p(
      "both",
      "Theo đề nghị của Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã.",
      { sizePt: 14, italic: true },
      BODY
    ),
    p(C, "QUYẾT ĐỊNH:", { sizePt: 14, bold: true }),
  ];
  const body: BlockContent[] = [
    p(
      defects.bodyLeft ? "left" : "both",
      "Điều 1. Thành lập Tổ công tác chuyển đổi số của xã Bảo Hà, gồm các thành viên có tên trong danh sách kèm theo.",
      { sizePt: 14 },
      BODY
    ),
    p("both", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.", { sizePt: 14 }, BODY),
    p(
      "both",
      "Điều 3. Chánh Văn phòng, các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.",
      { sizePt: 14 },
      BODY
    ),
  ];
  const closing: BlockContent = {
    kind: "table",
    columnsMm: [80, 85],
    rows: [
      [
        {
          paragraphs: [
            p("left", "Nơi nhận:", { sizePt: 12, bold: true, italic: true }),
            p("left", "- Như Điều 3;", { sizePt: 11 }),
            p("left", "- UBND tỉnh (b/c);", { sizePt: 11 }),
            p("left", "- Lưu: VT, VP.", { sizePt: 11 }),
          ],
        },
        {
          paragraphs: [
            p(C, "CHỦ TỊCH", { sizePt: 14, bold: true }),
            p(C, "", { sizePt: 14 }),
            p(C, "", { sizePt: 14 }),
            p(C, "Nguyễn Văn An", { sizePt: 14, bold: true }),
          ],
        },
      ],
    ],
  };
  return [
    {
      name: "document",
      title: "Quyết định",
      font: FONT,
      content: [header, ...front, ...body, closing],
    },
  ];
}

/** The document with the run whose text starts with `text` coloured `color`. */
function colour(document: string, text: string, color: string): string {
  const run = new RegExp(`<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)(<w:t[^>]*>${text})`);
  const match = run.exec(document);
  if (!match) throw new Error(`check fixture: no run starts with "${text}"`);
  const rPr = (match[1] ?? "").replace(
    /<w:color w:val="[0-9A-F]+"\/>/,
    `<w:color w:val="${color}"/>`
  );
  return document.replace(run, `<w:r>${rPr}$2`);
}

function part(name: string, contentType: string, xml: string): string {
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${body}</pkg:xmlData></pkg:part>`;
}

/** The flat-OPC package of the quyết định with `defects`, as Word returns it from body.getOoxml(). */
export function checkFixture(defects: Defects = ALL_DEFECTS): string {
  let document = documentPart(blocks(defects), PROFILE);
  // The writer only writes black, so colours are set in the XML, as Word would save them.
  if (defects.nationalName)
    document = colour(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "FF0000");
  if (defects.greyText) document = colour(document, "Điều 3.", "333333");
  const rels = `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="word/document.xml"/></Relationships>`;
  const documentRels = `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`;
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    part("/_rels/.rels", RELS_CONTENT_TYPE, rels) +
    part("/word/document.xml", DOCUMENT_CONTENT_TYPE, document) +
    part("/word/_rels/document.xml.rels", RELS_CONTENT_TYPE, documentRels) +
    part("/word/styles.xml", STYLES_CONTENT_TYPE, stylesPart(PROFILE)) +
    `</pkg:package>`
  );
}

/** The paragraph texts of a package, in snapshot order: what the Office stub's body.paragraphs lists. */
export function paragraphTexts(ooxml: string): string[] {
  return readFlatOpc(ooxml).paragraphs.map((paragraph) => paragraph.text);
}
