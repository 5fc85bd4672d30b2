import { checkSnapshot } from "../../src/check/engine";
import { findComponents } from "../../src/check/components";
import { seedSnapshot } from "../helpers/seed";

describe("the seed Kết luận 1301-KL/TU, a real and correct Party document", () => {
  const snapshot = seedSnapshot();

  it("is recognised: Party regime, dang-2018 by its date, type kết luận, every component found", () => {
    const components = findComponents(snapshot);
    expect(components.regime).toBe("party");
    expect(components.documentType?.slug).toBe("ket-luan");
    expect(components.titleIssuerLine.map((s) => s.text)).toEqual(["CỦA THỊ ỦY (KHÓA XXI)"]);
    expect(components.summary.map((s) => s.text)).toEqual([
      "tại Hội nghị giữa nhiệm kỳ 2020 - 2025",
    ]);
    expect(components.recipients).toHaveLength(9);
    expect(components.signature?.authority.map((s) => s.text)).toEqual(["T/M THỊ ỦY"]);
    expect(components.signature?.name?.text).toBe("Bùi Văn Lý");
    expect(components.headings.filter((h) => h.kind === "roman").map((h) => h.label)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
    ]);
  });

  it("passes with no error", () => {
    const result = checkSnapshot(snapshot);
    expect(result.profile).toBe("dang-2018");
    expect(
      result.findings
        .filter((f) => f.severity === "error")
        .map((f) => `${f.rule} ¶${f.paragraph}: ${f.message}`)
    ).toEqual([]);
  });
});
