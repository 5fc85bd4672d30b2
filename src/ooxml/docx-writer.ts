// Writes a .docx file: the same body the task pane inserts, plus styles and the profile's page setup.

import { zipSync, strToU8 } from "fflate";
import type { Block } from "../blocks/block";
import type { Profile } from "../conventions";
import { blockXml } from "./body";
import { documentElement, xmlPart } from "./document-part";
import { el, xmlText } from "./xml";
import { fonts, runProperties } from "./wml/run";
import { sectionProperties } from "./wml/section";
import { paragraph } from "./wml/paragraph";
import { table } from "./wml/table";
import {
  CONTENT_TYPES_NS,
  FOOTER_CONTENT_TYPE,
  FOOTER_REL,
  HEADER_CONTENT_TYPE,
  HEADER_REL,
  R_NS,
  CORE_PROPERTIES_CONTENT_TYPE,
  CORE_PROPERTIES_REL,
  DOCUMENT_CONTENT_TYPE,
  OFFICE_DOCUMENT_REL,
  RELS_CONTENT_TYPE,
  RELS_NS,
  SETTINGS_CONTENT_TYPE,
  SETTINGS_REL,
  STYLES_CONTENT_TYPE,
  STYLES_REL,
  W_NS,
} from "./wml/namespaces";
import { ptToHalfPoints } from "./units";

/** Default body text size before the body rules of a later block apply (D19: body 14 in every profile). */
const BODY_SIZE_PT = 14;

function relationship(id: string, type: string, target: string): string {
  return el("Relationship", { Id: id, Type: type, Target: target });
}

function contentTypes(withFooter: boolean, annexHeader = false, annexFooter = false): string {
  return el("Types", { xmlns: CONTENT_TYPES_NS }, [
    el("Default", { Extension: "rels", ContentType: RELS_CONTENT_TYPE }),
    el("Default", { Extension: "xml", ContentType: "application/xml" }),
    el("Override", { PartName: "/word/document.xml", ContentType: DOCUMENT_CONTENT_TYPE }),
    el("Override", { PartName: "/word/styles.xml", ContentType: STYLES_CONTENT_TYPE }),
    el("Override", { PartName: "/word/settings.xml", ContentType: SETTINGS_CONTENT_TYPE }),
    el("Override", { PartName: "/word/header1.xml", ContentType: HEADER_CONTENT_TYPE }),
    el("Override", { PartName: "/word/header2.xml", ContentType: HEADER_CONTENT_TYPE }),
    ...(withFooter
      ? [el("Override", { PartName: "/word/footer1.xml", ContentType: FOOTER_CONTENT_TYPE })]
      : []),
    ...(annexHeader
      ? [el("Override", { PartName: "/word/header3.xml", ContentType: HEADER_CONTENT_TYPE })]
      : []),
    ...(annexFooter
      ? [el("Override", { PartName: "/word/footer2.xml", ContentType: FOOTER_CONTENT_TYPE })]
      : []),
    el("Override", { PartName: "/docProps/core.xml", ContentType: CORE_PROPERTIES_CONTENT_TYPE }),
  ]);
}

/** word/styles.xml: document defaults in the profile's font at body size, and the Normal style. */
export function stylesPart(profile: Profile): string {
  const size = ptToHalfPoints(BODY_SIZE_PT);
  const font = profile.page.font.name;
  return el("w:styles", { "xmlns:w": W_NS }, [
    el("w:docDefaults", {}, [
      el("w:rPrDefault", {}, [
        el("w:rPr", {}, [
          fonts(font),
          el("w:color", { "w:val": profile.page.font.color }),
          el("w:sz", { "w:val": size }),
          el("w:szCs", { "w:val": size }),
          el("w:lang", { "w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA" }),
        ]),
      ]),
      el("w:pPrDefault", {}, [
        el("w:pPr", {}, [el("w:spacing", { "w:after": 0, "w:line": 240, "w:lineRule": "auto" })]),
      ]),
    ]),
    el("w:style", { "w:type": "paragraph", "w:default": 1, "w:styleId": "Normal" }, [
      el("w:name", { "w:val": "Normal" }),
      el("w:qFormat"),
    ]),
    el("w:style", { "w:type": "table", "w:default": 1, "w:styleId": "TableNormal" }, [
      el("w:name", { "w:val": "Normal Table" }),
      el("w:uiPriority", { "w:val": 99 }),
      el("w:semiHidden"),
      el("w:tblPr", {}, [
        el("w:tblInd", { "w:w": 0, "w:type": "dxa" }),
        el("w:tblCellMar", {}, [
          el("w:top", { "w:w": 0, "w:type": "dxa" }),
          el("w:left", { "w:w": 108, "w:type": "dxa" }),
          el("w:bottom", { "w:w": 0, "w:type": "dxa" }),
          el("w:right", { "w:w": 108, "w:type": "dxa" }),
        ]),
      ]),
    ]),
  ]);
}

function settingsPart(): string {
  return el("w:settings", { "xmlns:w": W_NS }, [
    el("w:defaultTabStop", { "w:val": 720 }),
    el("w:characterSpacingControl", { "w:val": "doNotCompress" }),
    el("w:compat", {}, [
      el("w:compatSetting", {
        "w:name": "compatibilityMode",
        "w:uri": "http://schemas.microsoft.com/office/word",
        "w:val": 15,
      }),
    ]),
  ]);
}

function corePropertiesPart(title: string): string {
  return el(
    "cp:coreProperties",
    {
      "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "xmlns:dc": "http://purl.org/dc/elements/1.1/",
      "xmlns:dcterms": "http://purl.org/dc/terms/",
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    },
    [el("dc:title", {}, [xmlText(title)]), el("dc:creator", {}, ["Thể Thức"])]
  );
}

const HEADER_IDS = { default: "rId3", first: "rId4" } as const;
const FIRST_FOOTER_ID = "rId5";

/** The body's blocks, and those a written file puts in page 1's own header or footer. */
function placed(blocks: readonly Block[]): {
  body: Block[];
  firstHeader: Block[];
  firstFooter: Block[];
} {
  return {
    body: blocks.filter((b) => (b.placement ?? "body") === "body"),
    firstHeader: blocks.filter((b) => b.placement === "first-page-header"),
    firstFooter: blocks.filter((b) => b.placement === "first-page-footer"),
  };
}

/** The XML of blocks set in a header or footer part: their paragraphs and tables, no content control. */
function partContent(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) =>
    block.content.map((item) =>
      item.kind === "table" ? table(item, block.font) : paragraph(item, block.font)
    )
  );
}

/**
 * The paragraph Word requires after a final table: 1 pt high, so that a closing ending near the foot of a page does
 * not spill an empty line onto a blank page (CT_P, CT_Spacing exact, CT_ParaRPr sz 2).
 */
function closingParagraph(): string {
  return el("w:p", {}, [
    el("w:pPr", {}, [
      el("w:spacing", { "w:before": 0, "w:after": 0, "w:line": 20, "w:lineRule": "exact" }),
      el("w:rPr", {}, [el("w:sz", { "w:val": 2 }), el("w:szCs", { "w:val": 2 })]),
    ]),
  ]);
}

/** Page 1's header and footer left empty for the sections of the phụ lục, which would otherwise inherit them. */
const ANNEX_FIRST_HEADER_ID = "rId6";
const ANNEX_FIRST_FOOTER_ID = "rId7";

/** The document has phụ lục in sections of their own (PL1 III.1). */
function hasSections(blocks: readonly Block[]): boolean {
  return blocks.some((block) =>
    block.content.some((item) => item.kind === "paragraph" && item.newSection)
  );
}

/**
 * The paragraph that ends a section (its sectPr is CT_PPr's last child): 1 pt high like closingParagraph, so it adds
 * nothing to the page it closes; the next section starts on a new page.
 */
function sectionBreak(sectPr: string): string {
  return el("w:p", {}, [
    el("w:pPr", {}, [
      el("w:spacing", { "w:before": 0, "w:after": 0, "w:line": 20, "w:lineRule": "exact" }),
      el("w:rPr", {}, [el("w:sz", { "w:val": 2 }), el("w:szCs", { "w:val": 2 })]),
      sectPr,
    ]),
  ]);
}

/**
 * word/document.xml for the blocks on the profile's page, with page numbers from page 2. A paragraph marked
 * `newSection` (a phụ lục) starts a section of its own, numbered from 1 again, with page 1's own header and footer
 * (the organisation's signature, the contacts line) left out [PL1 III.1].
 */
export function documentPart(blocks: readonly Block[], profile: Profile): string {
  const { body: bodyBlocks, firstHeader, firstFooter } = placed(blocks);
  const documentIds = {
    ...HEADER_IDS,
    ...(firstFooter.length > 0 ? { firstFooter: FIRST_FOOTER_ID } : {}),
  };
  const annexIds = {
    ...HEADER_IDS,
    ...(firstHeader.length > 0 ? { first: ANNEX_FIRST_HEADER_ID } : {}),
    ...(firstFooter.length > 0 ? { firstFooter: ANNEX_FIRST_FOOTER_ID } : {}),
  };
  const body: string[] = [];
  // Whether the section being written is a phụ lục's.
  let annex = false;
  for (const block of bodyBlocks) {
    // The section break makes the new page: a paragraph that starts a section keeps no page break of its own.
    const content = block.content.map((item) =>
      item.kind === "paragraph" && item.newSection ? { ...item, pageBreakBefore: false } : item
    );
    let from = 0;
    content.forEach((item, i) => {
      if (item.kind !== "paragraph" || !item.newSection) return;
      if (i > from) body.push(...blockXml({ ...block, content: content.slice(from, i) }, false));
      body.push(
        sectionBreak(sectionProperties(profile.page, annex ? annexIds : documentIds, annex))
      );
      annex = true;
      from = i;
    });
    body.push(...blockXml({ ...block, content: content.slice(from) }, false));
  }
  return xmlPart(
    documentElement(
      [...body, closingParagraph()],
      sectionProperties(profile.page, annex ? annexIds : documentIds, annex)
    )
  );
}

/**
 * A running header (CT_HdrFtr): centred PAGE field in the profile's page-number size [PL1 I.7]; or, for page 1,
 * an empty paragraph, since the number is hidden there.
 */
export function headerPart(
  profile: Profile,
  withPageNumber: boolean,
  content: readonly Block[] = []
): string {
  const format = profile.drafting.pageNumber;
  const rPr = runProperties({ font: profile.page.font.name, sizePt: format.sizePt });
  const pPr = el("w:pPr", {}, [el("w:jc", { "w:val": format.align }), rPr]);
  const field = [
    el("w:r", {}, [rPr, el("w:fldChar", { "w:fldCharType": "begin" })]),
    el("w:r", {}, [rPr, el("w:instrText", { "xml:space": "preserve" }, [" PAGE "])]),
    el("w:r", {}, [rPr, el("w:fldChar", { "w:fldCharType": "separate" })]),
    el("w:r", {}, [rPr, el("w:t", {}, ["2"])]),
    el("w:r", {}, [rPr, el("w:fldChar", { "w:fldCharType": "end" })]),
  ];
  // Page 1's header holds what the form puts at its top right (the organisation's digital signature, PL1 II.8b).
  if (content.length > 0)
    return el("w:hdr", { "xmlns:w": W_NS, "xmlns:r": R_NS }, partContent(content));
  return el("w:hdr", { "xmlns:w": W_NS, "xmlns:r": R_NS }, [
    el("w:p", {}, [pPr, ...(withPageNumber ? field : [])]),
  ]);
}

/** Page 1's footer (CT_HdrFtr): ô 13, the contacts under a line across the text area [PL1 III.4]. */
export function footerPart(content: readonly Block[]): string {
  return el("w:ftr", { "xmlns:w": W_NS, "xmlns:r": R_NS }, partContent(content));
}

/** An empty footer (CT_HdrFtr holds at least one paragraph). */
function emptyFooterPart(): string {
  return el("w:ftr", { "xmlns:w": W_NS, "xmlns:r": R_NS }, [el("w:p", {})]);
}

/** The bytes of a .docx holding the blocks, on A4 with the profile's margins and font. */
export function writeDocx(
  blocks: readonly Block[],
  profile: Profile,
  title = "Thể Thức"
): Uint8Array {
  const { firstHeader, firstFooter } = placed(blocks);
  const withFooter = firstFooter.length > 0;
  // The phụ lục's sections get empty first-page parts instead of inheriting page 1's.
  const annexHeader = firstHeader.length > 0 && hasSections(blocks);
  const annexFooter = withFooter && hasSections(blocks);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(xmlPart(contentTypes(withFooter, annexHeader, annexFooter))),
    "_rels/.rels": strToU8(
      xmlPart(
        el("Relationships", { xmlns: RELS_NS }, [
          relationship("rId1", OFFICE_DOCUMENT_REL, "word/document.xml"),
          relationship("rId2", CORE_PROPERTIES_REL, "docProps/core.xml"),
        ])
      )
    ),
    "word/document.xml": strToU8(documentPart(blocks, profile)),
    "word/_rels/document.xml.rels": strToU8(
      xmlPart(
        el("Relationships", { xmlns: RELS_NS }, [
          relationship("rId1", STYLES_REL, "styles.xml"),
          relationship("rId2", SETTINGS_REL, "settings.xml"),
          relationship(HEADER_IDS.default, HEADER_REL, "header1.xml"),
          relationship(HEADER_IDS.first, HEADER_REL, "header2.xml"),
          ...(withFooter ? [relationship(FIRST_FOOTER_ID, FOOTER_REL, "footer1.xml")] : []),
          ...(annexHeader ? [relationship(ANNEX_FIRST_HEADER_ID, HEADER_REL, "header3.xml")] : []),
          ...(annexFooter ? [relationship(ANNEX_FIRST_FOOTER_ID, FOOTER_REL, "footer2.xml")] : []),
        ])
      )
    ),
    "word/styles.xml": strToU8(xmlPart(stylesPart(profile))),
    "word/header1.xml": strToU8(xmlPart(headerPart(profile, true))),
    "word/header2.xml": strToU8(xmlPart(headerPart(profile, false, firstHeader))),
    ...(withFooter ? { "word/footer1.xml": strToU8(xmlPart(footerPart(firstFooter))) } : {}),
    ...(annexHeader ? { "word/header3.xml": strToU8(xmlPart(headerPart(profile, false))) } : {}),
    ...(annexFooter ? { "word/footer2.xml": strToU8(xmlPart(emptyFooterPart())) } : {}),
    "word/settings.xml": strToU8(xmlPart(settingsPart())),
    "docProps/core.xml": strToU8(xmlPart(corePropertiesPart(title))),
  };
  return zipSync(files, { level: 6, mtime: new Date("2026-01-01T00:00:00Z") });
}
