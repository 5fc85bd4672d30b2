import { fillPlaceholders } from "../../src/text/placeholders";

describe("fillPlaceholders", () => {
  it("fills every placeholder the record holds, numbers included, and keeps the others as written", () => {
    expect(
      fillPlaceholders("Đã sửa {count} mục trong {count} đoạn; {missing}.", { count: 3 })
    ).toBe("Đã sửa 3 mục trong 3 đoạn; {missing}.");
    expect(fillPlaceholders("{a}{b}", { a: "x", b: "y" })).toBe("xy");
  });

  it("returns the template itself without a record, and after a template with nothing to fill", () => {
    expect(fillPlaceholders("Còn {count} lỗi", undefined)).toBe("Còn {count} lỗi");
    expect(fillPlaceholders("không có gì", { count: 1 })).toBe("không có gì");
    // The pattern is global: a call after one that stopped half-way still starts at the beginning.
    expect(fillPlaceholders("{n} và {n}", { n: 2 })).toBe("2 và 2");
  });
});
