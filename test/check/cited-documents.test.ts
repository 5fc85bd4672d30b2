// The documents a document cites, each once, with its first mention: on the seed Kết luận and a real Lào Cai plan.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { citedDocuments } from "../../src/check/cited-documents";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { seedSnapshot } from "../helpers/seed";

const REAL = join(__dirname, "..", "fixtures", "real");

describe("citedDocuments", () => {
  it("lists the seed's four documents once each, Quyết định 218 with its short name and both uses", () => {
    const snapshot = seedSnapshot();
    const cited = citedDocuments(snapshot);
    expect(
      cited.map((d) => [d.group, d.reference.numberText ?? d.reference.text, d.definedAs])
    ).toEqual([
      ["party", "1300-KL/TU", null],
      ["party", "552-BC/TU", null],
      ["law", "Điều lệ Đảng", null],
      ["party", "218-QĐ/TW", "Quyết định 218"],
    ]);
    const qd218 = cited[3];
    expect(qd218?.mentions).toBe(2);
    expect(qd218?.first.text).toMatch(
      /^III\. Về tổng kết 10 năm thực hiện Quyết định số 218-QĐ\/TW/u
    );
    expect(snapshot.paragraphs[qd218?.first.paragraph ?? -1]?.text).toBe(qd218?.first.text);
  });

  it("groups a real plan's citations, joins “Chỉ thị 11” to Chỉ thị số 11-CT/TU, and keeps the fullest mention", () => {
    const snapshot = readDocx(
      readFileSync(join(REAL, "state_KH-UBND_2026_UBND-tinh-LaoCai_DRAFT-unnumbered.docx"))
    );
    const cited = citedDocuments(snapshot);
    expect(cited.map((d) => d.group)).toEqual(["party", "law", "state", "state"]);
    const directive = cited[0];
    expect(directive?.reference.text).toMatch(
      /^Chỉ thị số 11-CT\/TU ngày 04\/01\/2026 của Ban Thường vụ Tỉnh ủy về việc tăng cường/u
    );
    expect(directive?.definedAs).toBe("Chỉ thị 11");
    expect(directive?.mentions).toBeGreaterThan(1);
    // The first mention comes before every other one.
    expect(cited.map((d) => d.first.paragraph)).toEqual(
      [...cited.map((d) => d.first.paragraph)].sort((a, b) => a - b)
    );
  });

  it("finds nothing in a document without citations", () => {
    const snapshot = readDocx(
      readFileSync(join(REAL, "state_CV-UBND-KT_2026_UBND-tinh-LaoCai_DRAFT-unnumbered.docx"))
    );
    expect(citedDocuments(snapshot)).toEqual([]);
  });
});
