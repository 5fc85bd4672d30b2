import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { newDocumentBlocks, type NewDocumentInput } from "../../src/blocks";
import { DOCUMENT_TYPES, PROFILE_IDS, PROFILES, type ProfileId } from "../../src/conventions";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { flatOpcPackage } from "../../src/ooxml/flat-opc";
import { PKG_NS } from "../../src/ooxml/wml/namespaces";
import type { Element } from "@xmldom/xmldom";
import { docxParts, parseXml, W, wAttr, wElements } from "../helpers/docx";
import { tempDir, validateWml } from "../helpers/tools";

function input(profile: ProfileId, type: string): NewDocumentInput {
  const party = PROFILES[profile].regime === "party";
  return {
    profile,
    type,
    superior: party ? "Đảng bộ tỉnh Quảng Nam" : "UBND tỉnh Lào Cai",
    issuer: party ? "Thị ủy Điện Bàn" : "Sở Nông nghiệp và Môi trường",
    issuerCode: party ? "TU" : "SNNMT",
    unitCode: "KS",
    number: "7",
    place: party ? "Điện Bàn" : "Lào Cai",
    date: "04/01/2026",
    summary: "về tăng cường công tác văn thư & lưu trữ <2026>",
  };
}

function blocksFor(profile: ProfileId, type: string) {
  const result = newDocumentBlocks(input(profile, type));
  if (!result.ok) throw new Error(`${profile}/${type}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const everyType = PROFILE_IDS.flatMap((profile) =>
  DOCUMENT_TYPES[profile].map((type) => [profile, type.slug] as const)
);
const dir = tempDir("schema");

describe("every generated part validates against the OOXML schemas (xmllint)", () => {
  it(`the .docx parts of all ${everyType.length} types of every profile`, () => {
    const files: string[] = [];
    for (const [profile, type] of everyType) {
      const parts = docxParts(writeDocx(blocksFor(profile, type), PROFILES[profile], type));
      for (const name of [
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/header1.xml",
        "word/header2.xml",
      ]) {
        const file = join(dir, `${profile}-${type}-${name.replace(/\W/g, "_")}`);
        writeFileSync(file, parts[name] ?? "");
        files.push(file);
      }
    }
    expect(() => validateWml(files)).not.toThrow();
  });

  it("the document part of every flat-OPC package insertOoxml receives, content controls included", () => {
    const files = everyType.map(([profile, type]) => {
      const pkg = parseXml(flatOpcPackage(blocksFor(profile, type)));
      const part = Array.from(pkg.getElementsByTagNameNS(PKG_NS, "part")).find(
        (p) => p.getAttributeNS(PKG_NS, "name") === "/word/document.xml"
      );
      const document = part?.getElementsByTagNameNS(W, "document")[0];
      if (!document) throw new Error(`${profile}/${type}: no document part in the package`);
      const file = join(dir, `opc-${profile}-${type}.xml`);
      writeFileSync(file, document.toString());
      return file;
    });
    expect(() => validateWml(files)).not.toThrow();
  });

  it("the schema check itself rejects a part with elements out of order", () => {
    const file = join(dir, "broken.xml");
    writeFileSync(
      file,
      `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="0"/></w:pPr></w:p></w:body></w:document>`
    );
    expect(() => validateWml([file])).toThrow(/xmllint failed/);
  });
});

describe("what the writer puts in the file", () => {
  const parts = docxParts(writeDocx(blocksFor("nha-nuoc", "quyet-dinh"), PROFILES["nha-nuoc"]));
  const document = parseXml(parts["word/document.xml"] ?? "");

  it("sets A4 portrait and the profile's margins (20/20/30/15 mm)", () => {
    const pgSz = wElements(document, "pgSz")[0];
    const pgMar = wElements(document, "pgMar")[0];
    expect([wAttr(pgSz, "w"), wAttr(pgSz, "h")]).toEqual(["11906", "16838"]);
    expect(["top", "bottom", "left", "right"].map((side) => wAttr(pgMar, side))).toEqual([
      "1134",
      "1134",
      "1701",
      "850",
    ]);
  });

  it("names Times New Roman in all four rFonts slots of every run and paragraph mark", () => {
    const rFonts = wElements(document, "rFonts");
    expect(rFonts.length).toBeGreaterThan(10);
    for (const fonts of rFonts) {
      expect(["ascii", "hAnsi", "eastAsia", "cs"].map((slot) => wAttr(fonts, slot))).toEqual(
        Array(4).fill("Times New Roman")
      );
    }
    const defaults = wElements(parseXml(parts["word/styles.xml"] ?? ""), "rFonts")[0];
    expect(wAttr(defaults, "hAnsi")).toBe("Times New Roman");
  });

  it("lays the header out as a table whose six border sides are all none", () => {
    const tblBorders = wElements(document, "tblBorders")[0];
    const sides = Array.from(tblBorders?.childNodes ?? []).filter(
      (node): node is Element => node.nodeType === node.ELEMENT_NODE
    );
    expect(sides.map((side) => side.localName)).toEqual([
      "top",
      "left",
      "bottom",
      "right",
      "insideH",
      "insideV",
    ]);
    for (const side of sides) expect(wAttr(side, "val")).toBe("none");
  });

  it("tags each block with a content control in the inserted package, and not in the file (LibreOffice)", () => {
    const pkg = flatOpcPackage(blocksFor("dang-2018", "ket-luan"));
    const tags = wElements(parseXml(pkg), "tag").map((tag) => wAttr(tag, "val"));
    expect(tags).toEqual([
      "thethuc:header",
      "thethuc:title",
      "thethuc:skeleton",
      "thethuc:closing",
    ]);
    expect(wElements(document, "sdt")).toHaveLength(0);
  });

  it("escapes text that XML would otherwise misread", () => {
    expect(parts["word/document.xml"]).toContain("&amp; lưu trữ &lt;2026&gt;");
  });
});
