import { summaryLine } from "../../src/check/engine";
import type { CheckResult, Finding } from "../../src/check/types";

const finding = (severity: Finding["severity"]): Finding => ({
  rule: "x/y",
  category: "page",
  severity,
  message: "",
  messages: { vi: "", en: "" },
  paragraph: null,
  text: "",
  source: "[PL1]",
});

const result = (severities: Finding["severity"][], open: number): CheckResult => ({
  profile: "nha-nuoc",
  documentType: null,
  findings: severities.map(finding),
  coverage: {
    evaluated: 10,
    notEvaluated: Array.from({ length: open }, () => ({ rule: "a/b", reason: { vi: "", en: "" } })),
    ignored: [],
  },
});

describe("the summary line", () => {
  it("counts by severity and names the rules not evaluated, in Vietnamese", () => {
    expect(summaryLine(result(["error", "error", "error", "warning", "info"], 2))).toBe(
      "3 lỗi, 1 cảnh báo, 1 gợi ý, 2 quy tắc chưa đánh giá"
    );
  });

  it("says one or many in English", () => {
    expect(summaryLine(result(["error", "info"], 1), "en")).toBe(
      "1 error, 0 warnings, 1 note, 1 rule not evaluated"
    );
    expect(summaryLine(result(["warning", "warning"], 0), "en")).toBe(
      "0 errors, 2 warnings, 0 notes, 0 rules not evaluated"
    );
  });
});
