import { strToU8, zipSync } from "fflate";
import { checkSnapshot } from "../../src/check/engine";
import { pageFieldPlaces, readHeaderStyles } from "../../src/ooxml/page-number-place";
import { readDocx } from "../../src/ooxml/snapshot-reader";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NS =
  `${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
  `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;
// A4 with NĐ 30's margins: left 30 mm, right 15 mm (a 165 mm text area, 9355 twips).
const A4 = { pageWidth: 11906, marginLeft: 1701, marginRight: 850 };
// Word's own Header style: a centre tab at 4680 and a right tab at 9360 twips, no alignment.
const STYLES =
  `<w:styles ${W}>` +
  `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:pPr><w:tabs>` +
  `<w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="PageNo"><w:basedOn w:val="Header"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>` +
  `</w:styles>`;
const styles = readHeaderStyles(STYLES);

const FIELD = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const header = (paragraph: string) => `<w:hdr ${NS}>${paragraph}</w:hdr>`;
const numberParagraph = (pPr: string, before = "") =>
  `<w:p><w:pPr>${pPr}</w:pPr>${before}${FIELD}</w:p>`;
const TAB = "<w:r><w:tab/></w:r>";
const places = (xml: string) => pageFieldPlaces(xml, styles, A4);

/** A text box in the header holding the number, placed as Word places it (sizes in mm). */
function box(position: string, widthMm: number, jc = ""): string {
  const emu = Math.round(widthMm * 36000);
  return (
    `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
    `<wp:anchor distT="0" distB="0">${position}<wp:extent cx="${emu}" cy="${emu}"/><wp:docPr id="4" name="Text Box 4"/>` +
    `<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
    numberParagraph(`<w:pStyle w:val="Header"/>${jc}`) +
    `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${numberParagraph("")}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
    `</mc:AlternateContent></w:r></w:p>`
  );
}

describe("where a header's page number prints across the page", () => {
  it("reads its paragraph's alignment, its own or its style's", () => {
    expect(places(header(numberParagraph('<w:jc w:val="center"/>')))).toEqual(["center"]);
    expect(places(header(numberParagraph('<w:pStyle w:val="PageNo"/>')))).toEqual(["center"]);
    expect(
      places(header(numberParagraph('<w:pStyle w:val="PageNo"/><w:jc w:val="right"/>')))
    ).toEqual(["right"]);
    // No alignment anywhere: Word sets it at the left.
    expect(places(header(numberParagraph('<w:pStyle w:val="Header"/>')))).toEqual(["left"]);
  });

  it("follows the tab stop its tabs reach: Word's Header style centres by a tab, even on A4", () => {
    expect(places(header(numberParagraph('<w:pStyle w:val="Header"/>', TAB)))).toEqual(["center"]);
    expect(places(header(numberParagraph('<w:pStyle w:val="Header"/>', TAB + TAB)))).toEqual([
      "right",
    ]);
    // The paragraph's own stops layer over the style's: the centre stop cleared, the right one is the first.
    expect(
      places(
        header(
          numberParagraph(
            '<w:pStyle w:val="Header"/><w:tabs><w:tab w:val="clear" w:pos="4680"/></w:tabs>',
            TAB
          )
        )
      )
    ).toEqual(["right"]);
    // A centre tab at a quarter of the page is not the middle.
    expect(
      places(header(numberParagraph('<w:tabs><w:tab w:val="center" w:pos="2300"/></w:tabs>', TAB)))
    ).toEqual(["left"]);
  });

  it("cannot tell where text before the tab pushes it, nor a tab past the stops", () => {
    const words = `<w:r><w:t xml:space="preserve">Trang</w:t></w:r>`;
    expect(places(header(numberParagraph('<w:pStyle w:val="Header"/>', words + TAB)))).toEqual([
      null,
    ]);
    expect(places(header(numberParagraph('<w:pStyle w:val="Header"/>', TAB + TAB + TAB)))).toEqual([
      null,
    ]);
  });

  it("places a number in a text box by the box, read once (not again from its VML copy)", () => {
    const centred = `<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>`;
    expect(places(header(box(centred, 7)))).toEqual(["center"]);
    expect(places(header(box(centred, 50.8, '<w:jc w:val="center"/>')))).toEqual(["center"]);
    // KH-UBND Hải Dương (DVCTT): a 50.8 mm box centred on the margins, the number at its left, 23 mm left of centre.
    expect(places(header(box(centred, 50.8)))).toEqual(["left"]);
    // QĐ-UBND Hải Dương (quy chế LGSP): a 7 mm box 106.5 mm from the page's left edge, 12.7 / 6 mm margins.
    const lgsp = { pageWidth: 11910, marginLeft: 720, marginRight: 340 };
    const atOffset = `<wp:positionH relativeFrom="page"><wp:posOffset>3833495</wp:posOffset></wp:positionH>`;
    expect(pageFieldPlaces(header(box(atOffset, 7.1)), styles, lgsp)).toEqual(["center"]);
    const atRight = `<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>`;
    expect(places(header(box(atRight, 7)))).toEqual([null]);
  });
});

describe("even-page headers", () => {
  /** A docx whose section has a centred number in its default header and a right one in its even header. */
  const docx = (settings: string) =>
    zipSync({
      "word/document.xml": strToU8(
        `<w:document ${NS}><w:body><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p><w:sectPr>` +
          `<w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="even" r:id="rId2"/>` +
          `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/>` +
          `<w:titlePg/></w:sectPr></w:body></w:document>`
      ),
      "word/_rels/document.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
          `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>` +
          `</Relationships>`
      ),
      "word/styles.xml": strToU8(STYLES),
      "word/header1.xml": strToU8(header(numberParagraph('<w:pStyle w:val="Header"/>', TAB))),
      "word/header2.xml": strToU8(header(numberParagraph('<w:jc w:val="right"/>'))),
      "word/settings.xml": strToU8(`<w:settings ${W}>${settings}</w:settings>`),
    });

  it("are left out when the settings do not show them, and judged when they do", () => {
    const hidden = readDocx(docx(""));
    expect(hidden.sections[0]?.pageNumbers).toEqual([
      { place: "header", pages: "default", align: "center" },
    ]);
    expect(checkSnapshot(hidden).findings.filter((f) => f.rule === "page/numbers")).toEqual([]);
    const shown = readDocx(docx("<w:evenAndOddHeaders/>"));
    expect(shown.sections[0]?.evenAndOddPages).toBe(true);
    expect(shown.sections[0]?.pageNumbers).toEqual([
      { place: "header", pages: "default", align: "center" },
      { place: "header", pages: "even", align: "right" },
    ]);
    expect(
      checkSnapshot(shown)
        .findings.filter((f) => f.rule === "page/numbers")
        .map((f) => f.messages.vi)
    ).toEqual(["Số trang đang lệch về bên phải ở trang chẵn; quy định đặt chính giữa đầu trang"]);
    const off = readDocx(docx('<w:evenAndOddHeaders w:val="false"/>'));
    expect(off.sections[0]?.pageNumbers).toHaveLength(1);
  });
});
