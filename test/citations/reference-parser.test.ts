import {
  findMentions,
  formatReference,
  mapText,
  parseDefinitions,
  parseReferences,
  type Reference,
} from "../../src/citations";
import { PROFILES } from "../../src/conventions";

/** The structure a row expects; fields left out are not compared. */
interface Expected {
  readonly type: string;
  readonly number?: string | null;
  readonly regime?: "party" | "state" | null;
  readonly code?: string | null;
  readonly date?: readonly [number, number, number, "numeric" | "long"] | null;
  readonly comma?: boolean;
  readonly issuer?: string | null;
  readonly summary?: string | null;
  readonly law?: readonly [string, number | null] | null;
  readonly short?: boolean;
  readonly definedAs?: string | null;
}

type Row = readonly [name: string, text: string, expected: Expected];

// Real-style references, both regimes, from the seed, the real documents and the rulebook (conventions §4).
const BASE: readonly Row[] = [
  [
    "seed Kết luận, Party, no comma",
    "Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ 6 tháng đầu năm",
    {
      type: "Kết luận",
      number: "1300-KL/TU",
      code: "KL/TU",
      regime: "party",
      date: [18, 7, 2023, "numeric"],
      comma: false,
      issuer: "Thị ủy",
      summary: "về tình hình thực hiện nhiệm vụ 6 tháng đầu năm",
      short: false,
    },
  ],
  [
    "seed Báo cáo without trích yếu",
    "Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy.",
    {
      type: "Báo cáo",
      number: "552-BC/TU",
      regime: "party",
      date: [18, 7, 2023, "numeric"],
      issuer: "Thị ủy",
      summary: null,
      short: false,
    },
  ],
  [
    "seed Quyết định with khóa and definition",
    "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam tham gia góp ý xây dựng Đảng (viết tắt là Quyết định 218);",
    {
      type: "Quyết định",
      number: "218-QĐ/TW",
      regime: "party",
      issuer: "Bộ Chính trị (khóa XI)",
      summary: "ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam tham gia góp ý xây dựng Đảng",
      definedAs: "Quyết định 218",
    },
  ],
  [
    "Party comma before ngày (KL 127)",
    "Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết",
    {
      type: "Kết luận",
      number: "121-KL/TW",
      regime: "party",
      date: [24, 1, 2025, "numeric"],
      comma: true,
      issuer: "Ban Chấp hành Trung ương Đảng",
      summary: "về tổng kết Nghị quyết",
    },
  ],
  [
    "Party Nghị quyết with comma",
    "Nghị quyết số 10-NQ/TW, ngày 10/02/2022 của Bộ Chính trị, thiết lập nền tảng",
    {
      type: "Nghị quyết",
      number: "10-NQ/TW",
      regime: "party",
      date: [10, 2, 2022, "numeric"],
      comma: true,
      issuer: "Bộ Chính trị",
      summary: null,
    },
  ],
  [
    "Party Chỉ thị in a State plan",
    "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về việc tăng cường sự lãnh đạo của Đảng (viết tắt là Chỉ thị 11), Ủy ban",
    {
      type: "Chỉ thị",
      number: "11-CT/TU",
      regime: "party",
      date: [4, 1, 2026, "numeric"],
      issuer: "Ban Thường vụ Tỉnh ủy",
      summary: "về việc tăng cường sự lãnh đạo của Đảng",
      definedAs: "Chỉ thị 11",
    },
  ],
  [
    "Party Quy định QĐi",
    "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương",
    {
      type: "Quy định",
      number: "08-QĐi/TW",
      code: "QĐi/TW",
      regime: "party",
      issuer: "Ban Chấp hành Trung ương",
    },
  ],
  [
    "Party Hướng dẫn VPTW",
    "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức",
    {
      type: "Hướng dẫn",
      number: "36-HD/VPTW",
      regime: "party",
      date: [3, 4, 2018, "numeric"],
      issuer: "Văn phòng Trung ương Đảng",
      summary: "về thể thức",
    },
  ],
  [
    "Party Công văn BTCTW",
    "Công văn số 8011-CV/BTCTW ngày 05/9/2024 của Ban Tổ chức Trung ương",
    {
      type: "Công văn",
      number: "8011-CV/BTCTW",
      regime: "party",
      issuer: "Ban Tổ chức Trung ương",
    },
  ],
  [
    "Party Quy định 399, long date",
    "Quy định số 399-QĐ/TW ngày 09 tháng 01 năm 2026 của Ban Bí thư về thể loại văn bản",
    {
      type: "Quy định",
      number: "399-QĐ/TW",
      date: [9, 1, 2026, "long"],
      issuer: "Ban Bí thư",
      summary: "về thể loại văn bản",
    },
  ],
  [
    "Party short form, HD05 style",
    "Nghị quyết 12-NQ/ĐU",
    {
      type: "Nghị quyết",
      number: "12-NQ/ĐU",
      regime: "party",
      date: null,
      issuer: null,
      short: true,
    },
  ],
  [
    "Party short form with số",
    "Kết luận số 1300-KL/TU.",
    { type: "Kết luận", number: "1300-KL/TU", short: true },
  ],
  [
    "Party Bản sao UBKTTU",
    "Bản sao số 24-BS/UBKTTU",
    { type: "Bản sao", number: "24-BS/UBKTTU", regime: "party", short: true },
  ],
  [
    "defined abbreviation used",
    "thực hiện: (1) Quyết định 218 và các chủ trương",
    { type: "Quyết định", number: "218", code: null, regime: null, short: true },
  ],
  [
    "defined abbreviation with issuer",
    "nêu trong Chỉ thị 11 của Ban Thường vụ Tỉnh ủy;",
    { type: "Chỉ thị", number: "11", code: null, issuer: "Ban Thường vụ Tỉnh ủy", short: true },
  ],
  [
    "State Văn bản, rulebook example",
    "Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường về việc tăng cường quản lý",
    {
      type: "Văn bản",
      number: "4250/BNNMT-ĐCKS",
      code: "BNNMT-ĐCKS",
      regime: "state",
      date: [29, 4, 2026, "numeric"],
      issuer: "Bộ Nông nghiệp và Môi trường",
      summary: "về việc tăng cường quản lý",
    },
  ],
  [
    "State Công văn, long date",
    "Công văn số 1012/SCT-KYATMT ngày 09 tháng 3 năm 2026 của Sở Công Thương tỉnh Quảng Ngãi về việc tham vấn nội dung cấp Giấy phép",
    {
      type: "Công văn",
      number: "1012/SCT-KYATMT",
      regime: "state",
      date: [9, 3, 2026, "long"],
      issuer: "Sở Công Thương tỉnh Quảng Ngãi",
      summary: "về việc tham vấn nội dung cấp Giấy phép",
    },
  ],
  [
    "State normative Nghị định",
    "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
    {
      type: "Nghị định",
      number: "30/2020/NĐ-CP",
      code: "2020/NĐ-CP",
      regime: "state",
      date: [5, 3, 2020, "long"],
      issuer: "Chính phủ",
      summary: "về công tác văn thư",
    },
  ],
  [
    "State Nghị định without số",
    "Nghị định 136/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường;",
    {
      type: "Nghị định",
      number: "136/2025/NĐ-CP",
      date: [12, 6, 2025, "numeric"],
      issuer: "Chính phủ",
      summary: "quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường",
    },
  ],
  [
    "State Chỉ thị TTg",
    "Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ về việc tiếp tục tăng cường công tác quản lý",
    {
      type: "Chỉ thị",
      number: "38/CT-TTg",
      code: "CT-TTg",
      regime: "state",
      issuer: "Thủ tướng Chính phủ",
      summary: "về việc tiếp tục tăng cường công tác quản lý",
    },
  ],
  [
    "State Quyết định UBND",
    "Quyết định số 1407/QĐ-UBND ngày 19/5/2015 về việc phê duyệt các vùng cấm",
    {
      type: "Quyết định",
      number: "1407/QĐ-UBND",
      regime: "state",
      date: [19, 5, 2015, "numeric"],
      issuer: null,
      summary: "về việc phê duyệt các vùng cấm",
    },
  ],
  [
    "State Quyết định TTg with year",
    "Quyết định số 105/2009/QĐ-TTg ngày 19 tháng 8 năm 2009 của Thủ tướng Chính phủ về Quy chế quản lý cụm công nghiệp",
    {
      type: "Quyết định",
      number: "105/2009/QĐ-TTg",
      date: [19, 8, 2009, "long"],
      issuer: "Thủ tướng Chính phủ",
      summary: "về Quy chế quản lý cụm công nghiệp",
    },
  ],
  [
    "State Thông tư",
    "Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025 quy định chi tiết",
    {
      type: "Thông tư",
      number: "36/2025/TT-BNNMT",
      date: [2, 7, 2025, "numeric"],
      issuer: null,
      summary: "quy định chi tiết",
    },
  ],
  [
    "State Nghị quyết CP with ban hành",
    "Nghị quyết số 88/NQ-CP ngày 22/7/2022 của Chính phủ ban hành Chương trình hành động",
    {
      type: "Nghị quyết",
      number: "88/NQ-CP",
      issuer: "Chính phủ",
      summary: "ban hành Chương trình hành động",
    },
  ],
  [
    "State Tờ trình",
    "Tờ trình số 67/TTr-UBND ngày 12/7/2023 và Báo cáo thuyết minh",
    {
      type: "Tờ trình",
      number: "67/TTr-UBND",
      date: [12, 7, 2023, "numeric"],
      issuer: null,
      summary: null,
    },
  ],
  [
    "State issuer in parentheses left out",
    "văn bản số 5529/UBND-KT ngày 01/12/2020 của UBND tỉnh Lào Cai (trước hợp nhất)",
    { type: "Văn bản", number: "5529/UBND-KT", issuer: "UBND tỉnh Lào Cai", summary: null },
  ],
  [
    "State Văn bản TTg-KTN",
    "Văn bản số 1316/TTg-KTN ngày 10/8/2015, Ủy ban nhân dân tỉnh",
    { type: "Văn bản", number: "1316/TTg-KTN", date: [10, 8, 2015, "numeric"], issuer: null },
  ],
  [
    "State short form",
    "Quyết định số 12/QĐ-UBND",
    { type: "Quyết định", number: "12/QĐ-UBND", regime: "state", short: true },
  ],
  [
    "State short, no hyphen typo",
    "Quyết định số 1626/QĐTTg ngày 15/12/2023",
    {
      type: "Quyết định",
      number: "1626/QĐTTg",
      code: "QĐTTg",
      regime: "state",
      date: [15, 12, 2023, "numeric"],
    },
  ],
  [
    "State issuer with và",
    "Văn bản số 10699/BNNMT-ĐCKS ngày 23/12/2025 của Bộ Nông nghiệp và Môi trường về việc báo cáo công tác",
    {
      type: "Văn bản",
      issuer: "Bộ Nông nghiệp và Môi trường",
      summary: "về việc báo cáo công tác",
    },
  ],
  [
    "State issuer Ủy ban nhân dân",
    "Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế",
    { type: "Quyết định", issuer: "Ủy ban nhân dân tỉnh", summary: "về việc ban hành quy chế" },
  ],
  [
    "State no date, issuer",
    "Nghị định số 26/2026/NĐ-CP của Chính phủ quy định các trường hợp miễn cấp Giấy phép",
    {
      type: "Nghị định",
      number: "26/2026/NĐ-CP",
      date: null,
      issuer: "Chính phủ",
      summary: "quy định các trường hợp miễn cấp Giấy phép",
      short: false,
    },
  ],
  [
    "State quy định: is a verb, not a trích yếu",
    "Nghị định số 26/2026/NĐ-CP của Chính phủ quy định: “Tổ chức",
    { type: "Nghị định", issuer: "Chính phủ", summary: null },
  ],
  [
    "State dash date",
    "Quyết định số 05/QĐ-UBND ngày 05-01-2020 của Ủy ban nhân dân huyện",
    { type: "Quyết định", date: [5, 1, 2020, "numeric"], issuer: "Ủy ban nhân dân huyện" },
  ],
  [
    "State dotted date",
    "Kế hoạch số 15/KH-UBND ngày 5.3.2024 của Ủy ban nhân dân tỉnh",
    { type: "Kế hoạch", number: "15/KH-UBND", date: [5, 3, 2024, "numeric"] },
  ],
  [
    "law by name with year",
    "Luật Hóa chất năm 2025 quy định:",
    { type: "Luật", law: ["Hóa chất", 2025], number: null, date: null, short: false },
  ],
  [
    "law with number",
    "Luật Hóa chất số 69/2025/QH15, Luật Quản lý",
    {
      type: "Luật",
      law: ["Hóa chất", null],
      number: "69/2025/QH15",
      code: "2025/QH15",
      regime: "state",
    },
  ],
  [
    "law with long date",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    { type: "Luật", law: ["Tổ chức chính quyền địa phương", null], date: [19, 2, 2025, "long"] },
  ],
  [
    "law with number and date",
    "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015",
    {
      type: "Luật",
      law: ["Tổ chức chính quyền địa phương", null],
      number: "77/2015/QH13",
      date: [19, 6, 2015, "long"],
    },
  ],
  [
    "law bare, short",
    "theo khoản 4 Điều 3 Luật Quản lý ngoại thương) được thực hiện",
    { type: "Luật", law: ["Quản lý ngoại thương", null], short: true },
  ],
  [
    "law name with và",
    "Luật Địa chất và khoáng sản năm 2024 (có hiệu lực)",
    { type: "Luật", law: ["Địa chất và khoáng sản", 2024] },
  ],
  ["law with bare year", "Luật BVMT 2020", { type: "Luật", law: ["BVMT", 2020] }],
  [
    "Bộ luật, typed Bộ Luật",
    "Điều 227 Bộ Luật hình sự năm 2015, hướng dẫn",
    { type: "Bộ luật", law: ["hình sự", 2015] },
  ],
  [
    "Bộ luật, proper case",
    "Bộ luật Lao động năm 2019",
    { type: "Bộ luật", law: ["Lao động", 2019] },
  ],
  [
    "Pháp lệnh with number",
    "Pháp lệnh Chi phí tố tụng số 02/2022/UBTVQH15",
    { type: "Pháp lệnh", law: ["Chi phí tố tụng", null], number: "02/2022/UBTVQH15" },
  ],
  [
    "law name ended by như sau",
    "Luật Ban hành văn bản quy phạm pháp luật như sau",
    { type: "Luật", law: ["Ban hành văn bản quy phạm pháp luật", null] },
  ],
];

/** Typing variants of a text that must parse to the same structure (conventions §0 Matching). */
const VARIANTS: readonly (readonly [name: string, change: (text: string) => string | null])[] = [
  [
    "non-breaking hyphen U+2011",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u2011$2") : null),
  ],
  [
    "Word's non-breaking hyphen U+001E",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u001e$2") : null),
  ],
  ["NBSP and double spaces", (t) => (t.includes(" số ") ? t.replace(" số ", "\u00a0số  ") : null)],
  ["decomposed (non-NFC) text", (t) => (t.normalize("NFD") === t ? null : t.normalize("NFD"))],
  ["split runs joined inside a sentence", (t) => `Trên cơ sở ${t}`],
  [
    "en dash in the number",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u2013$2") : null),
  ],
];

const ROWS: Row[] = [
  ...BASE,
  ...BASE.flatMap(([name, text, expected]) =>
    VARIANTS.flatMap(([variant, change]) => {
      const changed = change(text);
      return changed === null ? [] : [[`${name} — ${variant}`, changed, expected] as const];
    })
  ),
  // Stray spaces in numbers, as real documents type them.
  [
    "spaces around the Party hyphen",
    "Kết luận số 1300 - KL/TU ngày 18/7/2023 của Thị ủy",
    { type: "Kết luận", number: "1300-KL/TU", regime: "party", issuer: "Thị ủy" },
  ],
  [
    "space before the Party slash",
    "Quyết định số 218-QĐ /TW ngày 12/12/2013",
    { type: "Quyết định", number: "218-QĐ/TW", regime: "party", date: [12, 12, 2013, "numeric"] },
  ],
  [
    "space before the State slash",
    "Công văn số 5973 /UBND-KT ngày 05/3/2026",
    { type: "Công văn", number: "5973/UBND-KT", regime: "state" },
  ],
  [
    "Party number in State form",
    "Quyết định số 218/QĐ-TW ngày 12/12/2013",
    { type: "Quyết định", number: "218/QĐ-TW", regime: "state", code: "QĐ-TW" },
  ],
  [
    "lower-case type with số",
    "(văn bản số 5529/UBND-KT ngày 01/12/2020",
    { type: "Văn bản", number: "5529/UBND-KT" },
  ],
];

function structure(reference: Reference | undefined, expected: Expected): Record<string, unknown> {
  if (!reference) return { missing: true };
  const actual: Record<string, unknown> = {
    type: reference.typeName,
    number: reference.numberText,
    regime: reference.regime,
    code: reference.code,
    date: reference.date
      ? [reference.date.day, reference.date.month, reference.date.year, reference.date.style]
      : null,
    comma: reference.commaBeforeDate,
    issuer: reference.issuer,
    summary: reference.summary,
    law: reference.law ? [reference.law.name, reference.law.year] : null,
    short: reference.short,
    definedAs: reference.definedAs,
  };
  return Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]));
}

describe("parseReferences: real-style references", () => {
  it("has at least 80 rows", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(ROWS)("%s", (_name, text, expected) => {
    const references = parseReferences(text);
    const reference = references.find((r) => r.typeName === expected.type);
    // Issuer and trích yếu are compared in matching form: a variant's NBSP or NFD does not change them.
    const actual = structure(reference, expected);
    for (const key of ["issuer", "summary"] as const)
      if (typeof actual[key] === "string") actual[key] = mapText(actual[key] as string).text;
    expect(actual).toEqual(expected);
  });

  it.each(ROWS)("keeps original offsets: %s", (_name, text, expected) => {
    const reference = parseReferences(text).find((r) => r.typeName === expected.type);
    expect(reference).toBeDefined();
    if (!reference) return;
    expect(text.slice(reference.span.start, reference.span.end)).toBe(reference.text);
    expect(mapText(reference.text).text.toLocaleLowerCase("vi")).toMatch(
      new RegExp(`^${expected.type.toLocaleLowerCase("vi")}`, "u")
    );
    if (reference.numberSpan && reference.numberText)
      expect(
        mapText(text.slice(reference.numberSpan.start, reference.numberSpan.end)).text.replace(
          /\s/g,
          ""
        )
      ).toBe(reference.numberText);
  });

  it("finds every reference of a sentence, each trích yếu ending before the next reference", () => {
    const text =
      "Trong thời gian đến, thực hiện Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2023 và các nhiệm vụ, giải pháp đã được xác định tại Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy.";
    const references = parseReferences(text);
    expect(references.map((r) => r.numberText)).toEqual(["1300-KL/TU", "552-BC/TU"]);
    expect(references[0]?.summary).toBe(
      "về tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2023 và các nhiệm vụ, giải pháp"
    );
  });

  it("does not read numbers of months, counts or the general noun “luật” as references", () => {
    expect(
      parseReferences(
        "Báo cáo 6 tháng đầu năm; Kế hoạch 2.000 tỷ; theo quy định của pháp luật Việt Nam; Luật này có hiệu lực."
      )
    ).toEqual([]);
  });

  it("does not count the short form inside its definition as a mention", () => {
    const text =
      "Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy (viết tắt là Chỉ thị 11).";
    expect(parseReferences(text)).toHaveLength(1);
    expect(findMentions(text, "Chỉ thị 11")).toEqual([]);
    expect(findMentions(`${text} Thực hiện Chỉ thị 11.`, "Chỉ thị 11")).toHaveLength(1);
  });
});

describe("parseDefinitions", () => {
  it.each([
    ["(viết tắt là Quyết định 218)", "Quyết định 218", "viết tắt là"],
    [
      "(*viết tắt là Nghị quyết Đại hội XXI*)".replace(/\*/g, ""),
      "Nghị quyết Đại hội XXI",
      "viết tắt là",
    ],
    ["(sau đây viết tắt là Luật Đất đai)", "Luật Đất đai", "sau đây viết tắt là"],
    ["(sau đây gọi tắt là “Quy chế”)", "Quy chế", "sau đây gọi tắt là"],
    ["(gọi tắt là Kế hoạch 15)", "Kế hoạch 15", "gọi tắt là"],
    ["(sau đây gọi là quản lý theo giấy phép)", "quản lý theo giấy phép", "sau đây gọi là"],
    ["các khu công nghiệp (KCN)", "KCN", "acronym"],
  ])("%s", (text, short, formula) => {
    const [definition] = parseDefinitions(`Nội dung ${text} được dùng.`);
    expect(definition).toMatchObject({ short, formula });
    const source = `Nội dung ${text} được dùng.`;
    expect(source.slice(definition?.shortSpan.start, definition?.shortSpan.end)).toBe(short);
  });

  it("does not take a Roman numeral, a single capital or a note for an acronym", () => {
    expect(
      parseDefinitions("Bộ Chính trị (khóa XI), Hội nghị (II), phương án (A), Thường trực (b/c)")
    ).toEqual([]);
  });
});

describe("round trip: parse → format → parse", () => {
  const seen = new Set<string>();
  const references = ROWS.flatMap(([name, text]) =>
    parseReferences(text).map((reference) => [name, reference] as const)
  ).filter(([, reference]) => {
    const key = reference.text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  it.each(references)("%s", (_name, reference) => {
    const profile = PROFILES[reference.regime === "party" ? "dang-2026" : "nha-nuoc"];
    const full = formatReference(reference, profile, "full");
    const [again] = parseReferences(full);
    const core = (r: Reference | undefined) => ({
      type: r?.typeName,
      number: r?.numberText,
      date: r?.date ? [r.date.day, r.date.month, r.date.year] : null,
      issuer: r?.issuer ? mapText(r.issuer).text : null,
      summary: r?.summary ? mapText(r.summary).text : null,
      law: r?.law ?? null,
    });
    expect(core(again)).toEqual(core(reference));
    // A law named in lower case ("Bộ Luật hình sự") is recognised only with its year: its bare short form is not.
    if (reference.law && !/^\p{Lu}/u.test(reference.law.name)) return;
    const short = formatReference(reference, profile, "short");
    const [shortAgain] = parseReferences(short);
    if (reference.definedAs) expect(short).toBe(reference.definedAs);
    else expect(shortAgain?.short).toBe(true);
  });
});

describe("formatReference", () => {
  const [seedKl] = parseReferences(
    "Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ"
  );
  const [nd30] = parseReferences(
    "Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư"
  );
  const [ct11] = parseReferences(
    "Chỉ thị số 11-CT/TU ngày 4/1/2026 của Ban Thường vụ Tỉnh ủy về khoáng sản"
  );
  const [law] = parseReferences("Luật Tổ chức chính quyền địa phương ngày 19/6/2015");

  it("writes a Party citation in a Party document with the comma before ngày (D5)", () => {
    expect(seedKl && formatReference(seedKl, PROFILES["dang-2018"], "full")).toBe(
      "Kết luận số 1300-KL/TU, ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ"
    );
    expect(seedKl && formatReference(seedKl, PROFILES["dang-2018"], "short")).toBe(
      "Kết luận 1300-KL/TU"
    );
  });

  it("writes a State citation with the header's zero rule for the date (D17)", () => {
    expect(nd30 && formatReference(nd30, PROFILES["nha-nuoc"], "full")).toBe(
      "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư"
    );
    expect(nd30 && formatReference(nd30, PROFILES["nha-nuoc"], "short")).toBe(
      "Nghị định số 30/2020/NĐ-CP"
    );
  });

  it("cites a Party document in its own form inside a State document, without the Party comma", () => {
    expect(ct11 && formatReference(ct11, PROFILES["nha-nuoc"], "full")).toBe(
      "Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về khoáng sản"
    );
  });

  it("writes a law by name with its date in words", () => {
    expect(law && formatReference(law, PROFILES["nha-nuoc"], "full")).toBe(
      "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
    );
    expect(law && formatReference(law, PROFILES["nha-nuoc"], "short")).toBe(
      "Luật Tổ chức chính quyền địa phương"
    );
  });
});
