import { checkSnapshot } from "../../src/check/engine";
import type { Finding } from "../../src/check/types";
import { layoutDocument, paragraph as p, type R, table } from "../helpers/layout-docs";

// Layouts seen in real files (test/fixtures/real), reproduced small so the right reading is pinned: parts laid out
// with tabs and runs of spaces, several lines in one paragraph, a text box in the header, what sits under the
// number, a form of a type the rulebook does not list.
const body = (t: string) => p({ runs: [{ t }], firstLineCm: 1.27 });
const raised = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.paragraph}: ${f.text}`);

interface Parts {
  readonly date?: Partial<R>;
  readonly name?: Partial<R>;
  readonly motto?: Partial<R>;
}

/** A kế hoạch with no table at all: header and closing laid out with tabs and spaces (QD-DMSG, BieuMau). */
function tabLaid(parts: Parts = {}) {
  return layoutDocument(
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
        { t: "SỞ TÀI CHÍNH", b: true, sz: 13 },
        "tab",
        { t: "Độc lập - Tự do - Hạnh phúc", b: true, ...parts.motto },
      ],
      align: "left",
    }),
    p({
      runs: [
        { t: "Số: 12/KH-STC", sz: 13 },
        { t: "            " },
        { t: "Lào Cai, ngày 05 tháng 3 năm 2026", i: true, ...parts.date },
      ],
      align: "left",
    }),
    p({ runs: [{ t: "KẾ HOẠCH", b: true }], align: "center" }),
    p({ runs: [{ t: "Triển khai công tác văn thư năm 2026", b: true }], align: "center" }),
    body("Thực hiện nhiệm vụ được giao, Sở Tài chính xây dựng kế hoạch như sau."),
    body("Các phòng, đơn vị thuộc Sở tổ chức thực hiện nghiêm túc kế hoạch này./."),
    p({
      runs: [
        { t: "Nơi nhận:", b: true, i: true, sz: 12 },
        "tab",
        "tab",
        { t: "GIÁM ĐỐC", b: true },
      ],
      align: "left",
    }),
    p({ runs: [{ t: "- Các phòng thuộc Sở;", sz: 11 }], align: "left" }),
    p({ runs: [{ t: "- Lưu: VT, KH.", sz: 11 }], align: "left" }),
    p({ runs: [{ t: "Nguyễn Văn An", b: true, ...parts.name }], align: "center" })
  );
}

describe("a header and a closing laid out with tabs and runs of spaces", () => {
  it("reads every part where it stands: nothing is missing, nothing is judged by its neighbour's runs", () => {
    expect(raised(checkSnapshot(tabLaid()).findings)).toEqual([]);
  });

  it("judges the date by its own runs, and proposes no fix that would join it to the number", () => {
    const findings = checkSnapshot(tabLaid({ date: { i: false } })).findings;
    expect(raised(findings)).toEqual(["style/place-date 2: Lào Cai, ngày 05 tháng 3 năm 2026"]);
    const [finding] = findings.filter((f) => f.rule === "style/place-date");
    expect(finding?.start).toBe("Số: 12/KH-STC            ".length);
    expect(finding?.fix).toBeUndefined();
  });

  it("judges the tiêu ngữ after a tab by its own runs", () => {
    expect(raised(checkSnapshot(tabLaid({ motto: { b: false } })).findings)).toEqual([
      "style/motto 1: Độc lập - Tự do - Hạnh phúc",
    ]);
  });

  it("checks the signer's name of a tab-laid closing like any other", () => {
    expect(raised(checkSnapshot(tabLaid({ name: { sz: 12 } })).findings)).toEqual([
      "size/signature 10: Nguyễn Văn An",
    ]);
  });
});

/** A công văn whose header is a two-cell table; `under` sits under the number in the left cell. */
function letter(under: readonly string[], numberBox?: string, number = "Số: 15/STC-KH") {
  return layoutDocument(
    table(
      [
        p({ runs: [{ t: "UBND TỈNH LÀO CAI", sz: 13 }], align: "center" }),
        p({ runs: [{ t: "SỞ TÀI CHÍNH", b: true, sz: 13 }], align: "center" }),
        p({
          runs: [{ t: number, sz: 13 }],
          align: "center",
          ...(numberBox ? { box: numberBox } : {}),
        }),
        p({ runs: [{ t: "V/v tăng cường công tác văn thư", sz: 12 }], align: "center" }),
        ...under,
      ],
      [
        p({
          runs: [{ t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b: true, sz: 13 }],
          align: "center",
        }),
        p({ runs: [{ t: "Độc lập - Tự do - Hạnh phúc", b: true }], align: "center" }),
        p({ runs: [{ t: "Lào Cai, ngày 05 tháng 3 năm 2026", i: true }], align: "center" }),
      ]
    ),
    p({ runs: [{ t: "Kính gửi: Sở Nội vụ." }], align: "center" }),
    body("Sở Tài chính đề nghị các đơn vị thực hiện nghiêm túc công tác văn thư./."),
    table(
      [
        p({ runs: [{ t: "Nơi nhận:", b: true, i: true, sz: 12 }], align: "left" }),
        p({ runs: [{ t: "- Như trên;", sz: 11 }], align: "left" }),
        p({ runs: [{ t: "- Lưu: VT, KH.", sz: 11 }], align: "left" }),
      ],
      [
        p({ runs: [{ t: "GIÁM ĐỐC", b: true }], align: "center" }),
        p({ runs: [{ t: "" }], align: "center" }),
        p({ runs: [{ t: "Nguyễn Văn An", b: true }], align: "center" }),
      ]
    )
  );
}

describe("what sits under the header", () => {
  it("is quiet on the plain công văn", () => {
    expect(raised(checkSnapshot(letter([])).findings)).toEqual([]);
  });

  it.each([["(Dự thảo)"], ["DỰ THẢO"], ["*"]])(
    "does not judge “%s” under the subject as the subject",
    (text) => {
      const findings = checkSnapshot(
        letter([p({ runs: [{ t: text, b: true }], align: "center" })])
      ).findings;
      expect(
        raised(findings).filter(
          (f) => f.startsWith("size/letter-subject") || f.startsWith("style/letter-subject")
        )
      ).toEqual([]);
    }
  );
});

describe("a line under the tiêu ngữ drawn by underlining the text", () => {
  it("is no error, at most a note", () => {
    const findings = checkSnapshot(tabLaid({ motto: { u: true } })).findings;
    expect(raised(findings)).toEqual([]);
    expect(findings.filter((f) => f.rule === "style/motto").map((f) => f.severity)).toEqual([
      "info",
    ]);
  });
});

describe("a text box in the header", () => {
  it("does not replace its paragraph's text, keeps the paragraph numbers, and marks the draft", () => {
    const plain = letter([], undefined, "Số:      /STC-KH");
    const boxed = letter([], "DỰ THẢO", "Số:      /STC-KH");
    expect(boxed.paragraphs.map((q) => q.text)).toEqual(plain.paragraphs.map((q) => q.text));
    expect(boxed.textBoxes).toEqual([{ paragraph: 2, text: "DỰ THẢO" }]);
    expect(raised(checkSnapshot(plain).findings)).toEqual(["number/missing 2: Số:      /STC-KH"]);
    expect(raised(checkSnapshot(boxed).findings)).toEqual([]);
  });
});

describe("several lines of one paragraph split by line breaks", () => {
  it("judges the tiêu ngữ line by its own runs", () => {
    const snapshot = layoutDocument(
      table(
        [
          p({
            runs: [
              { t: "UBND TỈNH LÀO CAI", sz: 13 },
              "br",
              { t: "SỞ TÀI CHÍNH", b: true, sz: 13 },
            ],
            align: "center",
          }),
          p({ runs: [{ t: "Số: 15/STC-KH", sz: 13 }], align: "center" }),
        ],
        [
          p({
            runs: [
              { t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b: true, sz: 13 },
              "br",
              { t: "Độc lập - Tự do - Hạnh phúc", sz: 14 },
            ],
            align: "center",
          }),
          p({ runs: [{ t: "Lào Cai, ngày 05 tháng 3 năm 2026", i: true }], align: "center" }),
        ]
      ),
      p({ runs: [{ t: "KẾ HOẠCH", b: true }], align: "center" }),
      p({ runs: [{ t: "Triển khai công tác văn thư năm 2026", b: true }], align: "center" }),
      body("Thực hiện nhiệm vụ được giao, Sở Tài chính xây dựng kế hoạch như sau./.")
    );
    const findings = checkSnapshot(snapshot).findings.filter(
      (f) => f.rule.endsWith("/motto") || f.rule.endsWith("/national-name")
    );
    expect(raised(findings)).toEqual(["style/motto 2: Độc lập - Tự do - Hạnh phúc"]);
  });
});

describe("a form of a type the rulebook does not list", () => {
  const form = layoutDocument(
    table(
      [p({ runs: [{ t: "UBND TỈNH THANH HÓA", b: true, sz: 13 }], align: "center" })],
      [
        p({
          runs: [{ t: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b: true, sz: 13 }],
          align: "center",
        }),
        p({ runs: [{ t: "Độc lập - Tự do - Hạnh phúc", b: true }], align: "center" }),
      ]
    ),
    p({ runs: [{ t: "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", b: true }], align: "center" }),
    p({
      runs: [{ t: "Hồ sơ của: ......................................", sz: 12 }],
      align: "left",
    }),
    p({
      runs: [{ t: "Nội dung yêu cầu bổ sung: ..........................", sz: 12 }],
      align: "left",
    })
  );
  const result = checkSnapshot(form);

  it("demands no number, date, Nơi nhận or body format, and says so in the coverage", () => {
    expect(raised(result.findings)).toEqual([]);
    const skipped = result.coverage.notEvaluated.filter((n) => /PHIẾU YÊU CẦU/.test(n.reason.vi));
    expect(skipped.map((n) => n.rule)).toEqual(
      expect.arrayContaining([
        "number/missing",
        "date/missing",
        "structure/required-parts",
        "size/body",
      ])
    );
  });
});
