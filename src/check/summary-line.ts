// The summary line of a check ("3 lỗi, 5 cảnh báo, …"): its own module, so the pane can say it without loading the
// rules (they run in the document worker).

import type { CheckResult, Severity } from "./types";

export type Language = "vi" | "en";

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "3 lỗi, 5 cảnh báo, 2 quy tắc chưa đánh giá" — the summary line of a result. */
export function summaryLine(result: CheckResult, language: Language = "vi"): string {
  const count = (severity: Severity) =>
    result.findings.filter((f) => f.severity === severity).length;
  const open = result.coverage.notEvaluated.length;
  return language === "vi"
    ? `${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} gợi ý, ${open} quy tắc chưa đánh giá`
    : `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}, ${plural(open, "rule")} not evaluated`;
}
