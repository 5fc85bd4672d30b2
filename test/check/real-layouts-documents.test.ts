import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSnapshot } from "../../src/check/engine";
import { findComponents } from "../../src/check/components";
import type { Finding } from "../../src/check/types";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import {
  closingTable,
  gridTable,
  layoutDocument,
  type P,
  paragraph as p,
  stateHeader,
  table,
  tableRows,
} from "../helpers/layout-docs";

// Whole documents laid out as real ones were (test/fixtures/real), reproduced small: what the checker took for body,
// căn cứ or closing on them, and the profile it chose. Each case names the real file it comes from.
const body = (t: string) => p({ runs: [{ t }], firstLineCm: 1.27 });
const italic = (t: string) => p({ runs: [{ t, i: true }], firstLineCm: 1.27 });
const centred = (t: string, extra: { i?: boolean; color?: string } = {}) =>
  p({ runs: [{ t, b: true, ...extra }], align: "center" });
const raised = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.paragraph}: ${f.text}`);
const ownClosing = closingTable(
  ["- Như trên;", "- Lưu: VT, KGVX."],
  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  "Nguyễn Văn An"
);

describe("a tờ trình that gives its grounds in the body (TTr-UBND Hà Nội)", () => {
  const document = layoutDocument(
    stateHeader("Số: 15/TTr-UBND"),
    centred("TỜ TRÌNH"),
    centred("Về việc ban hành Nghị quyết về chuyển đổi số"),
    table(
      [p({ runs: [{ t: "Kính gửi:" }], align: "right" })],
      [p({ runs: [{ t: "Thường trực Hội đồng nhân dân tỉnh." }], align: "left" })]
    ),
    body(
      "Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị, Ủy ban nhân dân tỉnh trình như sau."
    ),
    body(
      "Ủy ban nhân dân tỉnh kính trình Thường trực Hội đồng nhân dân tỉnh xem xét, quyết định./."
    ),
    ownClosing
  );

  it("reads the “Căn cứ …” line after Kính gửi as body, not as a căn cứ ban hành", () => {
    const components = findComponents(document);
    expect(components.canCu).toEqual([]);
    expect(raised(checkSnapshot(document).findings)).toEqual([]);
  });
});

describe("a nghị quyết whose căn cứ goes on with “Xét …” (NQ-HDND Hải Dương)", () => {
  const document = layoutDocument(
    stateHeader("Số: 15/2023/NQ-HĐND", "Hải Dương, ngày 05 tháng 7 năm 2023", [
      "HỘI ĐỒNG NHÂN DÂN",
      "TỈNH HẢI DƯƠNG",
    ]),
    centred("NGHỊ QUYẾT"),
    centred("Ban hành Quy định định mức lập dự toán"),
    centred("HỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG"),
    italic("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
    italic("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"),
    italic("Xét Tờ trình số 12/TTr-UBND ngày 03 tháng 7 năm 2023 của Ủy ban nhân dân tỉnh."),
    centred("QUYẾT NGHỊ:"),
    body("Điều 1. Ban hành kèm theo Nghị quyết này Quy định định mức lập dự toán."),
    body("Điều 2. Nghị quyết có hiệu lực từ ngày 15 tháng 7 năm 2023./."),
    closingTable(["- Như Điều 2;", "- Lưu: VT."], ["CHỦ TỊCH"], "Nguyễn Văn An")
  );

  it("takes the “Xét” line as the last căn cứ, so the line before it may end with “;”", () => {
    expect(findComponents(document).canCu.map((s) => s.text.slice(0, 4))).toEqual([
      "Căn ",
      "Căn ",
      "Xét ",
    ]);
    expect(raised(checkSnapshot(document).findings)).toEqual([]);
  });
});

describe("a quyết định followed by appended sample forms (QuyChe-LGSP Hải Dương)", () => {
  const document = layoutDocument(
    stateHeader("Số: 20/2023/QĐ-UBND", "Hải Dương, ngày 05 tháng 7 năm 2023"),
    centred("QUYẾT ĐỊNH"),
    centred("Ban hành Quy chế quản lý nền tảng tích hợp dữ liệu"),
    centred("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG"),
    italic("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015."),
    centred("QUYẾT ĐỊNH:"),
    body("Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nền tảng tích hợp dữ liệu."),
    body("Điều 2. Quyết định có hiệu lực kể từ ngày ký./."),
    ownClosing,
    p({ runs: [{ t: "Mẫu số 01. Công văn đăng ký kết nối", b: true }], align: "left" }),
    stateHeader("Số: ....../SỞ-VP", "Hải Dương, ngày ... tháng ... năm 20...", ["SỞ ..."]),
    body("Sở ... đề nghị đăng ký kết nối với nền tảng./."),
    closingTable(
      ["- Như trên;", "- ...", "Lưu: VT."],
      ["GIÁM ĐỐC", "(Ký, ghi rõ họ tên, đóng dấu)"]
    )
  );

  it("judges the document's own closing, not the sample's", () => {
    const components = findComponents(document);
    expect(components.signature?.name?.text).toBe("Nguyễn Văn An");
    expect(components.recipients.map((s) => s.text)).toEqual(["- Như trên;", "- Lưu: VT, KGVX."]);
    expect(raised(checkSnapshot(document).findings)).toEqual([]);
  });
});

describe("a mail-merge template followed by a filled copy (QD-DMSG)", () => {
  const copy = (who: string) => [
    stateHeader("Số: 15/QĐ-ĐMSG", "Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2023", [
      "XÍ NGHIỆP ĐẦU MÁY SÀI GÒN",
    ]),
    centred("QUYẾT ĐỊNH"),
    centred("Về việc giao nhiệm vụ"),
    centred("GIÁM ĐỐC XÍ NGHIỆP ĐẦU MÁY SÀI GÒN"),
    italic("Căn cứ nhu cầu sản xuất của Xí nghiệp."),
    centred("QUYẾT ĐỊNH:"),
    body(`Điều 1. Giao nhiệm vụ cho ${who}.`),
    body("Điều 2. Quyết định có hiệu lực thi hành kể từ ngày ký./."),
    closingTable(["- Như Điều 1;", "- Lưu: VT."], ["GIÁM ĐỐC"], "Vũ Đức Thắng"),
  ];
  const document = layoutDocument(...copy("{{ho_va_ten}}"), ...copy("Ông Hoàng Minh Thảo"));

  it("ends the document's own text where the copy begins, and reads the first closing", () => {
    const components = findComponents(document);
    const secondHeader = document.paragraphs.findIndex(
      (q, i) => i > 0 && q.text === "XÍ NGHIỆP ĐẦU MÁY SÀI GÒN"
    );
    expect(components.ownEnd).toBe(secondHeader);
    expect(components.recipientsLabel?.paragraph).toBeLessThan(secondHeader);
    expect(components.body.every((i) => i < secondHeader)).toBe(true);
    expect(raised(checkSnapshot(document).findings)).toEqual([]);
  });
});

describe("a draft with a red “(DỰ THẢO)” stamp and the tên loại over its trích yếu (KH-UBND Hải Dương)", () => {
  const document = layoutDocument(
    stateHeader("Số:       /KH-UBND", "Hải Dương, ngày      tháng 6 năm 2023"),
    p({ runs: [{ t: "(DỰ THẢO)", b: true, color: "FF0000" }], align: "left" }),
    p({
      runs: [
        { t: "KẾ HOẠCH HÀNH ĐỘNG", b: true },
        "br",
        { t: "Nâng cao chất lượng dịch vụ công trực tuyến", b: true },
      ],
      align: "center",
    }),
    body(
      "Thực hiện Quyết định số 17/QĐ-UBQGCĐS ngày 04/4/2023 của Ủy ban Quốc gia về chuyển đổi số, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau./."
    ),
    ownClosing
  );

  it("finds the tên loại and the trích yếu under the stamp, and judges neither as body", () => {
    const components = findComponents(document);
    expect(components.documentType?.slug).toBe("ke-hoach");
    expect(components.summary.map((s) => s.text)).toEqual([
      "Nâng cao chất lượng dịch vụ công trực tuyến",
    ]);
    expect(components.body).toEqual([document.paragraphs.length - 8]);
    expect(raised(checkSnapshot(document).findings)).toEqual([]);
  });
});

describe("a sample to fill (MauKH Bộ TTTT: “Mẫu …” above the header)", () => {
  const document = layoutDocument(
    centred("Mẫu Quyết định của UBND tỉnh ban hành Kế hoạch phát triển hạ tầng số"),
    stateHeader("Số:      /KH-UBND", "…, ngày     tháng     năm 2023", [
      "ỦY BAN NHÂN DÂN",
      "TỈNH …",
    ]),
    centred("KẾ HOẠCH"),
    centred("Phát triển hạ tầng số tỉnh … giai đoạn 2023-2025"),
    p({ runs: [{ t: "" }] }),
    centred("PHẦN THỨ HAI"),
    p({ runs: [{ t: "KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG SỐ", b: true }], align: "both" }),
    body("Trên đây là Kế hoạch phát triển hạ tầng số của tỉnh./."),
    closingTable(["- …", "- Bộ Thông tin và Truyền thông;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN"])
  );

  it("leaves the placeholder recipient, the signer and the part's title alone", () => {
    expect(findComponents(document).sampleForm).toBe(true);
    const rules = checkSnapshot(document).findings.map((f) => f.rule);
    expect(rules).not.toContain("recipients/lines");
    expect(rules).not.toContain("signature/present");
    expect(rules).not.toContain("style/body-indent");
  });
});

describe("the profile of a Party document", () => {
  const party = (opening: readonly string[], text = "Nội dung.") =>
    layoutDocument(...opening.map((t) => p({ runs: [{ t }], align: "left" })), body(text));

  it("decodes a TCVN3 header before choosing: a 2011 self-review is dang-2018 (BanTuKiemDiem)", () => {
    const result = checkSnapshot(
      party(
        [
          "§¶ng bé c¬ quan UBND            ®¶ng céng s¶n viÖt nam",
          "          huyÖn lÖ thuû         -------------------------------",
          "      Chi bé Thanh tra",
          "                            LÖ Thuû, ngµy  29  th¸ng 11 n¨m 2011",
        ],
        "B¶n th©n tù x¸c ®Þnh t­ t­ëng lµ vÊn ®Ò quan träng."
      )
    );
    expect(result.profile).toBe("dang-2018");
  });

  it("says it guesses when the document is undated (PhieuDG Long Biên)", () => {
    const result = checkSnapshot(
      party([
        "QUẬN ỦY LONG BIÊN\t\tĐẢNG CỘNG SẢN VIỆT NAM",
        "*",
        "\t\tLong Biên, ngày    tháng    năm 20..",
      ])
    );
    expect(result.profile).toBe("dang-2026");
    const guess = result.findings.filter((f) => f.rule === "date/profile-period");
    expect(guess.map((f) => [f.severity, f.messages.vi.includes("dang-2026")])).toEqual([
      ["warning", true],
    ]);
  });

  it("takes the year alone when the day is blank and the year decides", () => {
    const result = checkSnapshot(
      party([
        "QUẬN ỦY LONG BIÊN\t\tĐẢNG CỘNG SẢN VIỆT NAM",
        "\t\tLong Biên, ngày    tháng    năm 2021",
      ])
    );
    expect(result.profile).toBe("dang-2018");
    expect(result.findings.filter((f) => f.rule === "date/profile-period")).toEqual([]);
  });
});

describe("a Nơi nhận list in the row under its label (rule 15)", () => {
  const document = (last: string) =>
    layoutDocument(
      stateHeader("Số: 15/KH-STC"),
      centred("KẾ HOẠCH"),
      centred("Triển khai công tác văn thư năm 2026"),
      p({ runs: [{ t: "" }] }),
      body("Sở Tài chính xây dựng kế hoạch triển khai công tác văn thư năm 2026./."),
      tableRows(
        [
          [p({ runs: [{ t: "Nơi nhận:", b: true, i: true, sz: 12 }], align: "left" })],
          [p({ runs: [{ t: "GIÁM ĐỐC", b: true }], align: "center" })],
        ],
        [
          [
            p({ runs: [{ t: "- Các phòng thuộc Sở;", sz: 11 }], align: "left" }),
            p({ runs: [{ t: last, sz: 11 }], align: "left" }),
          ],
          [
            p({ runs: [{ t: "" }], align: "center" }),
            p({ runs: [{ t: "Nguyễn Văn An", b: true }], align: "center" }),
          ],
        ]
      )
    );

  it("reads the list and checks its “Lưu” line", () => {
    const components = findComponents(document("- Lưu: VT, KH."));
    expect(components.recipients.map((s) => s.text)).toEqual([
      "- Các phòng thuộc Sở;",
      "- Lưu: VT, KH.",
    ]);
    expect(components.signature?.name?.text).toBe("Nguyễn Văn An");
    expect(raised(checkSnapshot(document("- Lưu: VT, KH.")).findings)).toEqual([]);
    expect(
      raised(checkSnapshot(document("- Lưu: VT, KH")).findings).filter((f) =>
        f.startsWith("recipients/last-line")
      )
    ).toHaveLength(1);
  });
});

describe("an issuer with one lower-case letter (rule 18)", () => {
  it("is reported, in a header table and in a header laid out with tabs", () => {
    const inTable = layoutDocument(
      stateHeader("Số: 12/KH-UBND", undefined, ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAi"]),
      centred("KẾ HOẠCH"),
      centred("Triển khai công tác văn thư năm 2026"),
      p({ runs: [{ t: "" }] }),
      body("Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai công tác văn thư năm 2026./."),
      ownClosing
    );
    expect(raised(checkSnapshot(inTable).findings)).toEqual(["style/issuer 1: TỈNH LÀO CAi"]);
    const tabs = layoutDocument(
      p({
        runs: [
          { t: "UBND TỈNH LÀO CAI", sz: 13 },
          "tab",
          { t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b: true, sz: 13 },
        ],
        align: "left",
      }),
      p({
        runs: [
          { t: "SỞ TÀI CHíNH", b: true, sz: 13 },
          "tab",
          { t: "Độc lập - Tự do - Hạnh phúc", b: true },
        ],
        align: "left",
      }),
      p({ runs: [{ t: "Số: 12/KH-STC", sz: 13 }], align: "left" }),
      centred("KẾ HOẠCH"),
      body("Sở Tài chính xây dựng kế hoạch./.")
    );
    expect(
      raised(checkSnapshot(tabs).findings).filter((f) => f.startsWith("style/issuer"))
    ).toEqual(["style/issuer 1: SỞ TÀI CHíNH"]);
  });
});

describe("dates that cannot exist, anywhere in the text (rule 17)", () => {
  it("reports ngày 31/6/2023 in the body and ngày 30 tháng 02 năm 2024 in a table", () => {
    const document = layoutDocument(
      stateHeader("Số: 12/KH-UBND"),
      centred("KẾ HOẠCH"),
      centred("Tổ chức hội nghị"),
      p({ runs: [{ t: "" }] }),
      body("Hội nghị tổ chức vào ngày 31/6/2023 tại trụ sở Ủy ban nhân dân tỉnh."),
      table([p({ runs: [{ t: "Hạn nộp: ngày 30 tháng 02 năm 2024" }], align: "left" })]),
      body("Các đơn vị thực hiện nghiêm túc./."),
      ownClosing
    );
    expect(
      checkSnapshot(document)
        .findings.filter((f) => f.rule === "date/impossible")
        .map((f) => [f.severity, f.text])
    ).toEqual([
      ["error", "ngày 31/6/2023"],
      ["error", "ngày 30 tháng 02 năm 2024"],
    ]);
  });
});

describe("the lines under the header drawn by underlining, a border or a shape (item 13)", () => {
  type Way = "underline" | "border" | "drawingml" | "vml" | "none";
  /** A kế hoạch whose lines under the issuer, the tiêu ngữ and the trích yếu are drawn one way. */
  const drawn = (way: Way, summaryWay: Way = way) => {
    // Drawn lines of the rulebook's lengths: 2/5 of "TỈNH LÀO CAI" (32 mm), the tiêu ngữ's 60 mm, 2/5 of the trích yếu.
    const lengths = new Map<string, number>([
      ["TỈNH LÀO CAI", 13],
      ["Độc lập - Tự do - Hạnh phúc", 60],
      ["Triển khai công tác văn thư năm 2026", 32],
    ]);
    const under = (w: Way, runs: P["runs"], align: P["align"] = "center"): string =>
      w === "underline"
        ? p({ runs: runs.map((r) => (typeof r === "string" ? r : { ...r, u: true })), align })
        : p({
            runs,
            align,
            ...(w === "border" ? { borderBottom: true } : {}),
            ...(w === "drawingml" || w === "vml"
              ? { drawn: w, drawnMm: lengths.get((runs[0] as { t: string }).t) ?? 60 }
              : {}),
          });
    return layoutDocument(
      table(
        [
          p({ runs: [{ t: "ỦY BAN NHÂN DÂN", b: true, sz: 13 }], align: "center" }),
          under(way, [{ t: "TỈNH LÀO CAI", b: true, sz: 13 }]),
          p({ runs: [{ t: "Số: 12/KH-UBND", sz: 13 }], align: "center" }),
        ],
        [
          p({
            runs: [{ t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b: true, sz: 13 }],
            align: "center",
          }),
          under(way, [{ t: "Độc lập - Tự do - Hạnh phúc", b: true }]),
          p({ runs: [{ t: "Lào Cai, ngày 05 tháng 3 năm 2026", i: true }], align: "center" }),
        ]
      ),
      centred("KẾ HOẠCH"),
      under(summaryWay, [{ t: "Triển khai công tác văn thư năm 2026", b: true }]),
      p({ runs: [{ t: "" }] }),
      body("Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai công tác văn thư năm 2026./."),
      ownClosing
    );
  };

  it.each<Way>(["underline", "border", "drawingml", "vml"])(
    "is clean when every line is drawn by %s, and header/lines sees them",
    (way) => {
      const result = checkSnapshot(drawn(way));
      expect(raised(result.findings)).toEqual([]);
      expect(result.findings.filter((f) => f.rule === "header/lines")).toEqual([]);
      expect(result.coverage.notEvaluated.map((n) => n.rule)).not.toContain("header/lines");
    }
  );

  it("reads a drawn line once, with its length, whichever way Word wrote it", () => {
    const lengths = (way: Way) => drawn(way).drawnLines?.map((l) => Math.round(l.lengthMm ?? 0));
    expect(lengths("drawingml")).toEqual([13, 60, 32]);
    expect(lengths("vml")).toEqual([13, 60, 32]);
  });

  it("notes the one line missing beside lines drawn as shapes", () => {
    const findings = checkSnapshot(drawn("drawingml", "none")).findings;
    expect(findings.filter((f) => f.rule === "header/lines").map((f) => f.severity)).toEqual([
      "info",
    ]);
    expect(raised(findings)).toEqual([]);
  });
});

describe("samples quoted inside the text, before its own closing (item 7)", () => {
  const line = (t: string, extra: Partial<{ b: boolean; i: boolean; sz: number }> = {}) =>
    p({ runs: [{ t, ...extra }], align: "left" });
  const sasoClosing = closingTable(
    ["- Như trên;", "- Lưu: VT, TCCB."],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    "Nguyễn Văn An"
  );
  // A nghị quyết of a Hội đồng nhân dân shown as the form to follow: its header, authority line "(KHÓA XVII, KỲ HỌP
  // THỨ …)", căn cứ, articles, Nơi nhận (11–12 pt) and signer, typed as paragraphs of the guideline.
  const sampleNq = [
    centred("HỘI ĐỒNG NHÂN DÂN TỈNH ……"),
    centred("NGHỊ QUYẾT"),
    centred("Về việc …"),
    centred("HỘI ĐỒNG NHÂN DÂN TỈNH ……"),
    centred("(KHÓA XVII, KỲ HỌP THỨ …)"),
    italic("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
    italic("Xét Tờ trình số …/TTr-UBND ngày … của Ủy ban nhân dân tỉnh;"),
    centred("QUYẾT NGHỊ:"),
    body("Điều 1. …"),
    body("Điều 2. Nghị quyết này có hiệu lực từ ngày … ./."),
    line("Nơi nhận:", { b: true, i: true, sz: 12 }),
    line("- Như Điều 2;", { sz: 11 }),
    line("- Lưu: VT.", { sz: 11 }),
    centred("CHỦ TỊCH"),
  ];
  const guideline = layoutDocument(
    stateHeader("Số: 12/HD-SNV", "Hải Dương, ngày 05 tháng 7 năm 2023", [
      "UBND TỈNH HẢI DƯƠNG",
      "SỞ NỘI VỤ",
    ]),
    centred("HƯỚNG DẪN"),
    centred("Thể thức nghị quyết của Hội đồng nhân dân cấp xã"),
    body("Sở Nội vụ hướng dẫn thể thức nghị quyết của Hội đồng nhân dân như sau:"),
    body("1. Nghị quyết trình bày theo mẫu dưới đây:"),
    ...sampleNq,
    body("2. Các cơ quan, đơn vị triển khai thực hiện./."),
    sasoClosing
  );

  it("leaves a quoted nghị quyết out of the body: its centred lines, articles and 11 pt Nơi nhận are not judged", () => {
    const components = findComponents(guideline);
    const texts = components.body.map((i) => guideline.paragraphs[i]?.text);
    expect(texts).toEqual([
      "Sở Nội vụ hướng dẫn thể thức nghị quyết của Hội đồng nhân dân như sau:",
      "1. Nghị quyết trình bày theo mẫu dưới đây:",
      "2. Các cơ quan, đơn vị triển khai thực hiện./.",
    ]);
    expect(components.signature?.authority.map((s) => s.text)).toEqual(["KT. GIÁM ĐỐC"]);
    expect(raised(checkSnapshot(guideline).findings)).toEqual([]);
  });

  it("leaves a quoted closing out of a công văn whose V/v stands under the header table", () => {
    const letter = layoutDocument(
      stateHeader("Số: 12/SNV-VP", "Hải Dương, ngày 05 tháng 7 năm 2023", [
        "UBND TỈNH HẢI DƯƠNG",
        "SỞ NỘI VỤ",
      ]),
      p({ runs: [{ t: "V/v trình bày phần nơi nhận", sz: 12 }], align: "center" }),
      p({ runs: [{ t: "Kính gửi: Các phòng, đơn vị thuộc Sở." }], align: "center" }),
      body("Sở Nội vụ đề nghị các đơn vị trình bày phần nơi nhận và chữ ký như ví dụ sau:"),
      line("Nơi nhận:", { b: true, i: true, sz: 12 }),
      line("- Như trên;", { sz: 11 }),
      line("- Lưu: VT, TCCB.", { sz: 11 }),
      centred("KT. GIÁM ĐỐC"),
      centred("PHÓ GIÁM ĐỐC"),
      body("Đề nghị các đơn vị thực hiện nghiêm túc./."),
      sasoClosing
    );
    const components = findComponents(letter);
    expect(components.letterSubject.map((s) => s.text)).toEqual(["V/v trình bày phần nơi nhận"]);
    expect(components.documentType?.slug).toBe("cong-van");
    expect(components.kinhGui.map((s) => s.text)).toEqual([
      "Kính gửi: Các phòng, đơn vị thuộc Sở.",
    ]);
    expect(components.body).toHaveLength(2);
    expect(raised(checkSnapshot(letter).findings)).toEqual([]);
  });

  it("reads the document's own nghị quyết with its authority line in brackets, “(KHÓA XVII, KỲ HỌP THỨ 12)”", () => {
    const own = layoutDocument(
      stateHeader("Số: 15/2023/NQ-HĐND", "Hải Dương, ngày 05 tháng 7 năm 2023", [
        "HỘI ĐỒNG NHÂN DÂN",
        "TỈNH HẢI DƯƠNG",
      ]),
      centred("NGHỊ QUYẾT"),
      centred("Ban hành Quy định định mức lập dự toán"),
      p({ runs: [{ t: "" }] }),
      centred("HỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG"),
      centred("(KHÓA XVII, KỲ HỌP THỨ 12)"),
      italic("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
      italic("Xét Tờ trình số 45/TTr-UBND ngày 02 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh."),
      centred("QUYẾT NGHỊ:"),
      body("Điều 1. Ban hành kèm theo Nghị quyết này Quy định định mức lập dự toán."),
      body("Điều 2. Nghị quyết này có hiệu lực từ ngày 15 tháng 7 năm 2023./."),
      closingTable(["- Như Điều 2;", "- Lưu: VT."], ["CHỦ TỊCH"], "Nguyễn Văn An")
    );
    const components = findComponents(own);
    expect(components.documentType?.slug).toBe("nghi-quyet");
    expect(components.canCu).toHaveLength(2);
    expect(raised(checkSnapshot(own).findings)).toEqual([]);
  });
});

describe("the length of the lines drawn under the header (rule 13)", () => {
  /** A kế hoạch in a 60 + 105 mm header table whose lines are drawn as shapes of these lengths (mm). */
  const kehoach = (
    issuerMm: number,
    mottoMm: number,
    summaryMm: number,
    summary = "Triển khai công tác văn thư năm 2026"
  ) =>
    layoutDocument(
      gridTable(
        [60, 105],
        [
          p({ runs: [{ t: "ỦY BAN NHÂN DÂN", b: true, sz: 13 }], align: "center" }),
          p({
            runs: [{ t: "TỈNH LÀO CAI", b: true, sz: 13 }],
            align: "center",
            drawn: "drawingml",
            drawnMm: issuerMm,
          }),
          p({ runs: [{ t: "Số: 12/KH-UBND", sz: 13 }], align: "center" }),
        ],
        [
          p({
            runs: [{ t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b: true, sz: 13 }],
            align: "center",
          }),
          p({
            runs: [{ t: "Độc lập - Tự do - Hạnh phúc", b: true }],
            align: "center",
            drawn: "vml",
            drawnMm: mottoMm,
          }),
          p({ runs: [{ t: "Lào Cai, ngày 05 tháng 3 năm 2026", i: true }], align: "center" }),
        ]
      ),
      centred("KẾ HOẠCH"),
      p({
        runs: [{ t: summary, b: true }],
        align: "center",
        drawn: "drawingml",
        drawnMm: summaryMm,
      }),
      p({ runs: [{ t: "" }] }),
      body("Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai công tác văn thư năm 2026./."),
      ownClosing
    );
  const lengthFindings = (snapshot: ReturnType<typeof kehoach>) =>
    checkSnapshot(snapshot).findings.filter((f) => f.rule === "header/line-length");

  it("reads each cell's width from the table grid", () => {
    const widths = kehoach(13, 60, 32).paragraphs.map((paragraph) => paragraph.cell?.widthMm);
    expect(widths.slice(0, 6).map((mm) => Math.round(mm ?? 0))).toEqual([
      60, 60, 60, 105, 105, 105,
    ]);
  });

  it("is silent, and has judged, when each line has the rulebook's length (hand-drawn, a few mm off)", () => {
    const result = checkSnapshot(kehoach(13, 57, 30));
    expect(result.findings.filter((f) => f.rule === "header/line-length")).toEqual([]);
    expect(result.coverage.notEvaluated.map((n) => n.rule)).not.toContain("header/line-length");
    expect(raised(result.findings)).toEqual([]);
  });

  it("warns, with both lengths, of a tiêu ngữ line half as long as the tiêu ngữ", () => {
    const findings = lengthFindings(kehoach(13, 30, 32));
    expect(findings.map((f) => [f.severity, f.paragraph])).toEqual([["warning", 4]]);
    expect(findings[0]?.message).toMatch(/Tiêu ngữ dài khoảng 30 mm, dòng chữ dài khoảng 60 mm/);
  });

  it("warns of an issuer line as long as the issuer's name (TTr-UBND Hà Nội), and of a trích yếu line across the page", () => {
    const findings = lengthFindings(kehoach(32, 60, 150));
    expect(findings.map((f) => [f.severity, f.paragraph])).toEqual([
      ["warning", 1],
      ["warning", 7],
    ]);
    expect(findings[0]?.message).toMatch(
      /tên cơ quan ban hành dài khoảng 32 mm, bằng khoảng 74% dòng chữ \(43 mm\)/
    );
  });

  it("measures a trích yếu that wraps by its printed lines, the widest or the last", () => {
    const long =
      "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý nhà nước về khoáng sản trên địa bàn tỉnh Lào Cai";
    // Three printed lines on a 165 mm page (159, 160 and 96 mm): 60 mm is 2/5 of the widest, 45 mm half the last.
    expect(lengthFindings(kehoach(13, 60, 60, long))).toEqual([]);
    expect(lengthFindings(kehoach(13, 60, 45, long))).toEqual([]);
    // A 20 mm line is short of a third of any of them (KH-UBND Lào Cai 2026).
    expect(lengthFindings(kehoach(13, 60, 20, long)).map((f) => f.paragraph)).toEqual([7]);
  });

  it("says it has nothing to measure when the lines are underlines", () => {
    const result = checkSnapshot(
      layoutDocument(
        stateHeader(),
        centred("KẾ HOẠCH"),
        p({
          runs: [{ t: "Triển khai công tác văn thư năm 2026", b: true, u: true }],
          align: "center",
        }),
        body("Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai công tác văn thư năm 2026./."),
        ownClosing
      )
    );
    expect(result.findings.filter((f) => f.rule === "header/line-length")).toEqual([]);
    expect(result.coverage.notEvaluated.map((n) => n.rule)).toContain("header/line-length");
  });
});

describe("page numbers in headers and footers (rule 14)", () => {
  const real = (name: string) =>
    readDocx(readFileSync(join(__dirname, "..", "fixtures", "real", name)));

  it("reads the PAGE field of the header, centred, hidden on page 1: nothing to say (TTr-UBND Hà Nội)", () => {
    const snapshot = real("state_TTr-UBND_2020_UBND-TP-HaNoi_DRAFT-unnumbered.docx");
    expect(snapshot.sections[0]?.titlePage).toBe(true);
    expect(snapshot.sections[0]?.pageNumbers).toEqual([
      { place: "header", pages: "default", align: "center" },
    ]);
    expect(checkSnapshot(snapshot).findings.filter((f) => f.rule === "page/numbers")).toEqual([]);
  });

  it("warns of a number in the footer and on page 1 (HD-HDTDKT Hưng Yên)", () => {
    const snapshot = real("state_HD-HDTDKT_2021_HDTDKT-tinh-HungYen_DRAFT-unnumbered.docx");
    expect(snapshot.sections[0]?.pageNumbers).toEqual([
      { place: "footer", pages: "default", align: "center" },
    ]);
    expect(
      checkSnapshot(snapshot)
        .findings.filter((f) => f.rule === "page/numbers")
        .map((f) => [f.severity, f.messages.en.slice(0, 40)])
    ).toEqual([
      ["warning", "The page number is in the footer; the ru"],
      ["warning", "The page number shows on page 1; the rul"],
    ]);
  });

  it("places a number held by a text box in the header by the box (KH-UBND Hải Dương, quy chế LGSP)", () => {
    // A 50.8 mm box centred on the margins, the number at its left: LibreOffice prints it 25 mm left of centre.
    const dvctt = real("state_KH-UBND_2023_UBND-tinh-HaiDuong_DVCTT_DRAFT-unnumbered.docx");
    expect(dvctt.sections.flatMap((s) => s.pageNumbers ?? []).map((n) => n.align)).toEqual([
      "left",
      "left",
    ]);
    expect(
      checkSnapshot(dvctt)
        .findings.filter((f) => f.rule === "page/numbers")
        .map((f) => [f.severity, f.messages.vi])
    ).toEqual([["warning", "Số trang đang lệch về bên trái; quy định đặt chính giữa đầu trang"]]);
    // A 7 mm box 106.5 mm from the page's edge: the middle of the text area.
    const lgsp = real("state_QD-UBND_2023_UBND-tinh-HaiDuong_QuyChe-LGSP_DRAFT.docx");
    const aligns = new Set(lgsp.sections.flatMap((s) => s.pageNumbers ?? []).map((n) => n.align));
    expect([...aligns]).toEqual(["center"]);
  });
});
