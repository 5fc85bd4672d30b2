import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSnapshot } from "../../src/check/engine";
import type { Finding } from "../../src/check/types";
import { readDocx } from "../../src/ooxml/snapshot-reader";

// Citation findings on real documents, reviewed by hand: the true ones pinned, the false alarms we had kept away.
const REAL = join(__dirname, "..", "fixtures", "real");
const citations = (name: string): Finding[] =>
  checkSnapshot(readDocx(readFileSync(join(REAL, name)))).findings.filter(
    (f) => f.category === "citation" || f.category === "abbreviation"
  );

describe("citations in real documents", () => {
  it("Báo cáo draft on Chỉ thị 38: the number “1626/QĐTTg” lacks its hyphen", () => {
    const findings = citations(
      "state_BC-UBND_2026_UBND-tinh-LaoCai_Chi-thi-38_DRAFT-unnumbered.docx"
    );
    expect(findings.filter((f) => f.rule === "citation/number-form").map((f) => f.text)).toEqual([
      "1626/QĐTTg",
    ]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("Kế hoạch draft: Chỉ thị 11 defined, then cited in full again → use the short form", () => {
    const findings = citations("state_KH-UBND_2026_UBND-tinh-LaoCai_DRAFT-unnumbered.docx");
    const repeated = findings.find((f) => f.rule === "citation/repeated-full");
    expect(repeated?.message).toContain("“Chỉ thị 11”");
    expect(findings.map((f) => f.rule)).not.toContain("abbreviation/before-definition");
    // “Điều 108, Luật Địa chất và khoáng sản”: the comma between part and law is noted.
    expect(
      findings.filter((f) => f.rule === "citation/part-case").every((f) => f.severity === "info")
    ).toBe(true);
  });

  it("Chỉ thị 07/CT-TTg: consistent long dates, acronyms defined before use", () => {
    const findings = citations("state_CT-07-CT-TTg_2012_Thu-tuong_signed.docx");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("Công văn 597: the Nghị định first cited without its date; the quoted law's own definition is no finding", () => {
    const findings = citations("state_CV-597-HC-QLHC_2026_Cuc-Hoa-chat-BCT_signed.docx");
    expect(findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.text])).toEqual([
      ["citation/first-mention", "Nghị định số 26/2026/NĐ-CP của Chính phủ"],
    ]);
  });

  it("Quyết định 1883 draft: căn cứ cited in full, no citation warning", () => {
    const findings = citations("state_QD-UBND_2025_UBND-tinh-LaoCai_DRAFT-of-QD-1883.docx");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
