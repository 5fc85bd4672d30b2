import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { newDocumentBlocks } from "../../src/blocks";
import { PROFILES } from "../../src/conventions";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { flatOpcPackage } from "../../src/ooxml/flat-opc";
import { DocxReadError } from "../../src/ooxml/package-reader";
import { readDocx, readFlatOpc } from "../../src/ooxml/snapshot-reader";
import {
  billionLaughsDocx,
  legacyDoc,
  lyingSizeDocx,
  malformedXmlDocx,
  tinyDocx,
  truncated,
  zipBombDocx,
  zipWithoutDocument,
} from "../helpers/hostile";

const REAL = join(__dirname, "..", "fixtures", "real");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function partyBlocks() {
  const result = newDocumentBlocks({
    profile: "dang-2018",
    type: "ket-luan",
    superior: "Đảng bộ tỉnh Quảng Nam",
    issuer: "Thị ủy Điện Bàn",
    issuerCode: "TU",
    number: "1301",
    place: "Điện Bàn",
    date: "18/7/2023",
    summary: "tại Hội nghị giữa nhiệm kỳ 2020 - 2025",
  });
  if (!result.ok) throw new Error("blocks refused");
  return result.value;
}

describe("reading what the writer wrote", () => {
  const snapshot = readDocx(writeDocx(partyBlocks(), PROFILES["dang-2018"]));

  it("finds the header's cells and the title, with their effective formatting", () => {
    const issuer = snapshot.paragraphs.find((p) => p.text === "THỊ ỦY ĐIỆN BÀN");
    expect(issuer?.cell).toMatchObject({ table: 0, row: 0, column: 0, depth: 1 });
    // The cell's width, from the grid the writer wrote: the left column, 45% of the 165 mm text width (D13).
    expect(issuer?.cell?.widthMm).toBeCloseTo(0.45 * 165, 0);
    expect(issuer?.align).toBe("center");
    expect(issuer?.runs[0]).toMatchObject({
      sizePt: 14,
      bold: true,
      italic: false,
      fonts: {
        ascii: "Times New Roman",
        hAnsi: "Times New Roman",
        eastAsia: "Times New Roman",
        cs: "Times New Roman",
      },
    });
    const date = snapshot.paragraphs.find((p) => p.text.startsWith("Điện Bàn, ngày"));
    expect(date?.cell?.column).toBe(1);
    expect(date?.runs[0]).toMatchObject({ italic: true, sizePt: 14 });
    const title = snapshot.paragraphs.find((p) => p.text === "KẾT LUẬN");
    expect(title?.cell).toBeNull();
    expect(title?.runs[0]).toMatchObject({ bold: true, sizePt: 16 });
    expect(snapshot.paragraphs.some((p) => p.border.top && p.text === "")).toBe(true);
  });

  it("reads the page: A4 with 20/20/30/15 mm margins", () => {
    const [section] = snapshot.sections;
    expect(section?.pageWidthMm).toBeCloseTo(210, 0);
    expect(section?.pageHeightMm).toBeCloseTo(297, 0);
    expect(section?.orientation).toBe("portrait");
    expect(section?.margins.top).toBeCloseTo(20, 1);
    expect(section?.margins.left).toBeCloseTo(30, 1);
    expect(section?.margins.right).toBeCloseTo(15, 1);
  });

  it("reads the flat-OPC package insertOoxml takes into the same paragraphs", () => {
    const fromPackage = readFlatOpc(flatOpcPackage(partyBlocks()));
    const texts = (s: typeof snapshot) => s.paragraphs.map((p) => p.text);
    expect(texts(fromPackage)).toEqual(texts(snapshot));
  });
});

describe("effective formatting the way Word resolves it", () => {
  const styles = `<w:styles ${W}>
    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>
      <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Title1"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:ind w:firstLine="567"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Title2"><w:basedOn w:val="Title1"/><w:rPr><w:b w:val="0"/><w:i/></w:rPr></w:style>
    <w:style w:type="character" w:styleId="Emph"><w:rPr><w:u w:val="single"/><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>
  </w:styles>`;
  const theme = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface="SimSun"/><a:cs typeface="Arial"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
  const body = `<w:p><w:r><w:t>mặc định</w:t></w:r></w:p>
    <w:p><w:pPr><w:pStyle w:val="Title2"/></w:pPr><w:r><w:t>kế thừa </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Emph"/></w:rPr><w:t>nhấn</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr><w:t> trực tiếp</w:t></w:r></w:p>
    <w:p><w:pPr><w:pStyle w:val="Loop"/><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="850"/></w:sectPr></w:pPr><w:r><w:t>vòng</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t><w:noBreakHyphen/><w:t>z</w:t></w:r><w:del><w:r><w:delText>đã xóa</w:delText></w:r></w:del><w:ins><w:r><w:t>!</w:t></w:r></w:ins></w:p>
    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p><w:tbl><w:tr><w:tc/><w:tc><w:p><w:r><w:t>lồng</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>
    <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="850"/><w:titlePg/></w:sectPr>`;
  const bytes = zipSync({
    "word/document.xml": strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
    "word/styles.xml": strToU8(styles),
    "word/theme/theme1.xml": strToU8(theme),
  });
  const snapshot = readDocx(bytes);
  const [plain, styled, loop, cell, nested] = snapshot.paragraphs;

  it("takes docDefaults, the default paragraph style and theme fonts", () => {
    expect(plain?.runs[0]).toMatchObject({
      sizePt: 14,
      bold: false,
      fonts: { ascii: "Calibri", hAnsi: "Calibri", eastAsia: "SimSun", cs: "Arial" },
    });
    expect(plain?.align).toBe("both");
    expect(plain?.spacing).toEqual({ beforePt: 0, afterPt: 8, line: 259 / 240, lineRule: "auto" });
    expect(plain?.styleId).toBe("Normal");
  });

  it("follows the basedOn chain, then character styles, then direct formatting", () => {
    expect(styled?.align).toBe("center");
    expect(styled?.indent.firstLineMm).toBeCloseTo(10, 1);
    const [inherited, emphasised, direct] = styled?.runs ?? [];
    expect(inherited).toMatchObject({ sizePt: 16, bold: false, italic: true, underline: false });
    expect(emphasised).toMatchObject({
      underline: true,
      fonts: { ascii: "Arial", hAnsi: "Arial", eastAsia: "SimSun" },
    });
    // A direct font name replaces the inherited theme font of that slot.
    expect(direct).toMatchObject({
      sizePt: 13,
      fonts: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "SimSun" },
    });
    expect(direct?.start).toBe("kế thừa nhấn".length);
  });

  it("survives a style based on itself, and keeps tabs, breaks, non-breaking hyphens and insertions but not deletions", () => {
    expect(loop?.text).toBe("vòng\tx\ny\u2011z!");
  });

  it("places cell paragraphs, nested tables included, and splits sections", () => {
    expect(cell?.cell).toEqual({ table: 0, row: 0, column: 0, depth: 1 });
    expect(nested?.cell).toEqual({ table: 0, row: 0, column: 1, depth: 2 });
    expect(snapshot.sections).toHaveLength(2);
    expect(snapshot.sections[0]?.orientation).toBe("landscape");
    expect(loop?.section).toBe(0);
    expect(cell?.section).toBe(1);
    expect(snapshot.sections[1]?.titlePage).toBe(true);
  });
});

describe("what the reader leaves out ends where its element ends", () => {
  // Word writes self-closing elements everywhere inside what the reader skips (a text box's <w:jc/>, a deleted run's
  // <w:b/>, the old formatting of a tracked change). saxes closes those too; a skip that ended at the first of them
  // lost the text box's anchor, read the box's later paragraphs as body text and took old formatting for current.
  const V =
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
  const body =
    `<w:p><w:r><w:t>Trước</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t>Neo</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>` +
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Hộp một</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t>Hộp hai</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>` +
    `<w:p><w:r><w:t>Giữ </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:rPr><w:b/></w:rPr><w:delText>bỏ</w:delText></w:r></w:del>` +
    `<w:r><w:rPr><w:i/><w:rPrChange w:id="2" w:author="A"><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:rPrChange></w:rPr><w:t>mới</w:t></w:r></w:p>` +
    `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>chọn</w:t></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>bản VML</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t>bản VML hai</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
    `<w:p><w:r><w:t>Sau</w:t></w:r></w:p>`;
  const snapshot = readDocx(
    zipSync({
      "word/document.xml": strToU8(`<w:document ${W} ${V}><w:body>${body}</w:body></w:document>`),
    })
  );

  it("keeps a text box's paragraphs in the box and its anchor in the body", () => {
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual([
      "Trước",
      "Neo",
      "Giữ mới",
      "chọn",
      "Sau",
    ]);
    expect(snapshot.textBoxes).toEqual([{ paragraph: 1, text: "Hộp một\nHộp hai" }]);
  });

  it("reads a run after a deletion and a tracked formatting change with its current formatting", () => {
    const [kept, changed] = snapshot.paragraphs[2]?.runs ?? [];
    expect(kept).toMatchObject({ bold: false });
    expect(changed).toMatchObject({ italic: true, bold: false });
    expect(changed?.sizePt).not.toBe(20);
  });
});

describe("real documents made in Word", () => {
  const files = readdirSync(REAL).filter((name) => name.endsWith(".docx"));

  it.each(files)("%s is read without a crash", (name) => {
    const snapshot = readDocx(readFileSync(join(REAL, name)));
    expect(snapshot.paragraphs.length).toBeGreaterThan(10);
    expect(
      snapshot.paragraphs
        .map((p) => p.text)
        .join("\n")
        .normalize("NFC")
    ).toMatch(
      // Quốc hiệu, or the Party's title (in TCVN3 in the converted self-review), or the report form's province.
      /CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|®¶ng céng s¶n viÖt nam|TỈNH QUẢNG BÌNH/
    );
    for (const p of snapshot.paragraphs)
      for (const run of p.runs) expect(run.sizePt).toBeGreaterThan(0);
  });

  it("keeps decomposed text as written (the checker, not the reader, reports it)", () => {
    const snapshot = readDocx(
      readFileSync(join(REAL, "state_BC-UBND_2026_UBND-tinh-LaoCai_DRAFT-unnumbered.docx"))
    );
    expect(snapshot.paragraphs.some((p) => p.text !== p.text.normalize("NFC"))).toBe(true);
  });
});

describe("bad input gets a one-line reason, never a crash or a hang", () => {
  const realBytes = readFileSync(
    join(REAL, "state_CV-597-HC-QLHC_2026_Cuc-Hoa-chat-BCT_signed.docx")
  );
  const cases: [string, () => Uint8Array, RegExp][] = [
    ["an empty file", () => new Uint8Array(0), /rỗng/],
    ["a legacy .doc renamed .docx", legacyDoc, /\.doc cũ/],
    ["a text file", () => strToU8("Đây không phải tệp Word"), /không phải tệp \.docx/],
    ["a truncated zip", () => truncated(realBytes), /hỏng hoặc bị cắt cụt/],
    ["a zip bomb", zipBombDocx, /zip bomb/],
    ["a zip that lies about its size", lyingSizeDocx, /zip bomb/],
    ["billion laughs", billionLaughsDocx, /DTD/],
    ["a zip without word/document.xml", zipWithoutDocument, /word\/document\.xml/],
    ["malformed XML", malformedXmlDocx, /không phải XML hợp lệ/],
  ];
  it.each(cases)("%s", (_name, make, reason) => {
    let caught: unknown;
    try {
      readDocx(make());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocxReadError);
    expect((caught as DocxReadError).reason).toMatch(reason);
    expect((caught as DocxReadError).reason).not.toContain("\n");
  });

  it("still reads a minimal valid package", () => {
    expect(readDocx(tinyDocx()).paragraphs.map((p) => p.text)).toEqual(["Xin chào"]);
  });
});

describe("cell widths", () => {
  const cellP = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  // Grid 1134 + 2268 + 3402 twips (20, 40, 60 mm).
  const widths = (rows: string) =>
    Object.fromEntries(
      readDocx(
        tinyDocx(
          `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1134"/><w:gridCol w:w="2268"/><w:gridCol w:w="3402"/></w:tblGrid>${rows}</w:tbl>`
        )
      ).paragraphs.map((p) => [
        p.text,
        p.cell?.widthMm === undefined ? null : Math.round(p.cell.widthMm),
      ])
    );

  it("reads each cell's width from the grid columns it spans, after the columns a row skips", () => {
    expect(
      widths(
        `<w:tr><w:tc>${cellP("a")}</w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${cellP("bc")}</w:tc></w:tr>` +
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc>${cellP("b")}</w:tc><w:tc>${cellP("c")}</w:tc></w:tr>`
      )
    ).toEqual({ a: 20, bc: 100, b: 40, c: 60 });
  });

  it("takes a cell's own width in twips over the grid; a percentage width falls back to the grid", () => {
    expect(
      widths(
        `<w:tr><w:tc><w:tcPr><w:tcW w:w="1701" w:type="dxa"/></w:tcPr>${cellP("a")}</w:tc>` +
          `<w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/></w:tcPr>${cellP("b")}</w:tc></w:tr>`
      )
    ).toEqual({ a: 30, b: 40 });
  });
});
