import { type NumberInput, numberLine } from "../../src/blocks";
import { PROFILES } from "../../src/conventions";

const rows: [string, NumberInput, string][] = [
  [
    "Party kết luận",
    { profile: "dang-2018", type: "ket-luan", number: "1301", issuerCode: "TU" },
    "Số 1301-KL/TU",
  ],
  [
    "Party number below 10 takes a zero",
    { profile: "dang-2026", type: "nghi-quyet", number: "5", issuerCode: "ĐU" },
    "Số 05-NQ/ĐU",
  ],
  [
    "Party công văn carries CV",
    { profile: "dang-2018", type: "cong-van", number: "8011", issuerCode: "BTCTW" },
    "Số 8011-CV/BTCTW",
  ],
  [
    "Party quy định generates QĐ (D14)",
    { profile: "dang-2026", type: "quy-dinh", number: "399", issuerCode: "TW" },
    "Số 399-QĐ/TW",
  ],
  [
    "State quyết định",
    { profile: "nha-nuoc", type: "quyet-dinh", number: "12", issuerCode: "UBND" },
    "Số: 12/QĐ-UBND",
  ],
  [
    "State quy định is QyĐ",
    { profile: "nha-nuoc", type: "quy-dinh", number: "3", issuerCode: "UBND" },
    "Số: 03/QyĐ-UBND",
  ],
  [
    "State chương trình is CTr",
    { profile: "nha-nuoc", type: "chuong-trinh", number: "45", issuerCode: "BNV" },
    "Số: 45/CTr-BNV",
  ],
  [
    "State công văn has no type code",
    { profile: "nha-nuoc", type: "cong-van", number: "5973", issuerCode: "UBND", unitCode: "KT" },
    "Số: 5973/UBND-KT",
  ],
  [
    "State body code with &",
    { profile: "nha-nuoc", type: "ke-hoach", number: "07", issuerCode: "SNN&MT" },
    "Số: 07/KH-SNN&MT",
  ],
];

describe("số and ký hiệu follow each regime's grammar", () => {
  it.each(rows)("%s", (_name, input, expected) => {
    const result = numberLine(input);
    expect(result).toEqual({ ok: true, value: expected });
    // What we build, the checker's pattern accepts [H36-1.3.1][PL1 II.3].
    expect(new RegExp(PROFILES[input.profile].header.number.pattern, "u").test(expected)).toBe(
      true
    );
  });

  it("leaves the number blank in a draft (D18)", () => {
    expect(
      numberLine({ profile: "nha-nuoc", type: "ke-hoach", number: "", issuerCode: "UBND" })
    ).toEqual({ ok: true, value: "Số:       /KH-UBND" });
    expect(numberLine({ profile: "dang-2026", type: "nghi-quyet", issuerCode: "ĐU" })).toEqual({
      ok: true,
      value: "Số       -NQ/ĐU",
    });
  });

  it("refuses a Party body code with a hyphen or slash, and a type the profile lacks", () => {
    expect(
      numberLine({ profile: "dang-2018", type: "ket-luan", number: "1", issuerCode: "UB-TU" }).ok
    ).toBe(false);
    expect(
      numberLine({ profile: "dang-2018", type: "ket-luan", number: "1", issuerCode: "T/U" }).ok
    ).toBe(false);
    expect(
      numberLine({ profile: "nha-nuoc", type: "ket-luan", number: "1", issuerCode: "UBND" }).ok
    ).toBe(false);
    expect(
      numberLine({ profile: "dang-2018", type: "phuong-an", number: "1", issuerCode: "TU" }).ok
    ).toBe(false);
    expect(
      numberLine({ profile: "dang-2026", type: "phuong-an", number: "1", issuerCode: "TU" }).ok
    ).toBe(true);
  });

  it("trims stray spaces around the parts instead of writing them", () => {
    expect(
      numberLine({ profile: "nha-nuoc", type: "quyet-dinh", number: " 12 ", issuerCode: " UBND " })
    ).toEqual({ ok: true, value: "Số: 12/QĐ-UBND" });
  });
});
