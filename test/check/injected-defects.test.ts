import { checkSnapshot } from "../../src/check/engine";
import { sample, type SampleChange, type SampleKind } from "../../src/check/samples";
import type { ProfileId } from "../../src/conventions";

// Correct documents in both regimes, each given one defect: the checker must find it, at its paragraph, by the
// rule that owns it; the clean originals must draw no error.
type Defect = readonly [
  profile: ProfileId,
  kind: SampleKind,
  part: string | null,
  change: SampleChange | "page",
  rule: string,
];

const PAGE_CHANGE = { margins: { left: 25 } };

const DEFECTS: readonly Defect[] = [
  ["nha-nuoc", "document", null, "page", "page/margins"],
  ["dang-2018", "document", "opening", { font: "Arial" }, "font/family"],
  ["nha-nuoc", "document", "article2", { font: ".VnTime" }, "font/legacy"],
  ["nha-nuoc", "document", "nationalName", { size: 11 }, "size/national-name"],
  ["dang-2018", "document", "issuer", { bold: false }, "style/issuer"],
  ["nha-nuoc", "document", "placeDate", { italic: false }, "style/place-date"],
  ["nha-nuoc", "document", "motto", { text: "Độc lập - Tự do - Hạnh Phúc" }, "header/motto"],
  ["dang-2026", "document", "partyTitle", { text: "ĐẢNG CỘNG SẢN VIỆT NAM." }, "header/title"],
  ["dang-2018", "document", "star", { text: "-----" }, "header/star"],
  ["nha-nuoc", "document", "number", { text: "Số: 12 /QĐ-SNNMT" }, "number/spacing"],
  ["dang-2018", "document", "number", { text: "Số: 1301-KL/TU" }, "number/prefix"],
  ["nha-nuoc", "document", "number", { text: "Số: 12/KH-SNNMT" }, "number/type-code"],
  [
    "nha-nuoc",
    "document",
    "placeDate",
    { text: "Lào Cai, ngày 05 tháng 03 năm 2026" },
    "date/leading-zero",
  ],
  [
    "dang-2018",
    "document",
    "placeDate",
    { text: "Điện Bàn, ngày 31 tháng 02 năm 2023" },
    "date/real",
  ],
  [
    "dang-2018",
    "document",
    "summary",
    { text: "Tại Hội nghị giữa nhiệm kỳ 2020 - 2025" },
    "title/summary-case",
  ],
  [
    "nha-nuoc",
    "letter",
    "letterSubject",
    { text: "V/V tăng cường công tác quản lý khoáng sản" },
    "title/letter-subject",
  ],
  ["nha-nuoc", "document", "article2", { size: 12 }, "size/body"],
  ["dang-2018", "document", "paragraph2", { align: "left" }, "style/body-justified"],
  [
    "dang-2018",
    "document",
    "heading3",
    { text: "IV. TỔ CHỨC THỰC HIỆN" },
    "structure/outline-sequence",
  ],
  [
    "nha-nuoc",
    "document",
    "basis1",
    { text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025" },
    "structure/can-cu",
  ],
  ["nha-nuoc", "document", "recipientLast", { text: "- Lưu VT, VP." }, "recipients/last-line"],
  [
    "dang-2018",
    "document",
    "recipient2",
    { text: "- Các đảng ủy, chi bộ trực thuộc Thị ủy;" },
    "recipients/lines",
  ],
  ["dang-2018", "document", "authority", { text: "TM. THỊ ỦY" }, "signature/authority-mark"],
  ["nha-nuoc", "document", "signerName", { text: "TS. Nguyễn Văn An" }, "signature/academic-title"],
];

describe("one injected defect per document, across the categories", () => {
  it.each(
    DEFECTS.map((defect) => [`${defect[4]} (${defect[0]} ${defect[2] ?? "page"})`, defect] as const)
  )("%s", (_name, [profile, kind, part, change, rule]) => {
    const { snapshot, at } =
      change === "page"
        ? sample(profile, {}, PAGE_CHANGE, kind)
        : sample(profile, { [part as string]: change }, undefined, kind);
    const findings = checkSnapshot(snapshot, { profile }).findings;
    const expected = part === null ? null : (at[part] as number);
    expect(findings.filter((f) => f.rule === rule).map((f) => f.paragraph)).toContain(expected);
  });

  it("covers every category the rulebook checks in this release", () => {
    const categories = new Set(DEFECTS.map((defect) => defect[4].split("/")[0]));
    expect([...categories].sort()).toEqual([
      "date",
      "font",
      "header",
      "number",
      "page",
      "recipients",
      "signature",
      "size",
      "structure",
      "style",
      "title",
    ]);
  });

  it.each([
    ["dang-2018", "document"],
    ["dang-2026", "document"],
    ["nha-nuoc", "document"],
    ["dang-2018", "letter"],
    ["nha-nuoc", "letter"],
  ] as const)("the clean %s %s draws no error and no warning", (profile, kind) => {
    const findings = checkSnapshot(sample(profile, {}, undefined, kind).snapshot, {
      profile,
    }).findings;
    expect(
      findings
        .filter((f) => f.severity !== "info")
        .map((f) => `${f.rule} ¶${f.paragraph}: ${f.message}`)
    ).toEqual([]);
  });
});
