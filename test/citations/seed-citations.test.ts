import { checkSnapshot } from "../../src/check/engine";
import { findComponents } from "../../src/check/components";
import { documentReferences } from "../../src/check/references";
import { seedSnapshot } from "../helpers/seed";

// conventions.md §7: the seed defines "Quyết định 218", cites Kết luận 1300-KL/TU, Báo cáo 552-BC/TU and Điều lệ Đảng, and is correct.
describe("citations in the seed Kết luận 1301-KL/TU", () => {
  const snapshot = seedSnapshot();

  it("finds the four cited documents and the two definitions, both reused", () => {
    const scan = documentReferences(snapshot, findComponents(snapshot));
    expect(scan.references.map((r) => r.reference.numberText ?? r.reference.text)).toEqual([
      "1300-KL/TU",
      "552-BC/TU",
      "Điều lệ Đảng",
      "218-QĐ/TW",
      "218",
    ]);
    expect(scan.definitions.map((d) => d.definition.short)).toEqual([
      "Nghị quyết Đại hội XXI",
      "Quyết định 218",
    ]);
    for (const { definition } of scan.definitions)
      expect(scan.mentions(definition.short).length).toBeGreaterThan(0);
  });

  it("draws no citation or abbreviation error or warning; only the Báo cáo without trích yếu is noted", () => {
    const findings = checkSnapshot(snapshot).findings.filter(
      (f) => f.category === "citation" || f.category === "abbreviation"
    );
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings.map((f) => [f.rule, f.text])).toEqual([
      ["citation/first-mention", "Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy"],
    ]);
  });
});
