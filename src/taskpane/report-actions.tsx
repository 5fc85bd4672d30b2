// The report leaves the pane: copied as text for a message, or saved as the same self-contained HTML page the CLI's
// --report writes (src/report/html-report.ts), for the reviewer to send to the drafter.

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { summaryLine } from "../check/summary-line";
import type { CheckResult } from "../check/types";
import { CHECK_MESSAGES } from "./check-messages";
import { reportText } from "./check-results";
import { usePaneT } from "./i18n";
import { severityKey } from "./check-messages";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The name the saved page gets: the date, so a day's reports sort. */
export function reportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `the-thuc-bao-cao-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.html`;
}

/** Puts text on the clipboard; the older copy command where the webview refuses the Clipboard API. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (!copied) throw new Error("copy refused");
  }
}

export interface ReportActionsProps {
  readonly result: CheckResult;
  readonly paragraphs: readonly { readonly text: string }[];
  /** Says what happened (the pane's live region and notice). */
  readonly onDone: (message: string, ok: boolean) => void;
}

export function ReportActions({ result, paragraphs, onDone }: ReportActionsProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();

  const onCopy = async () => {
    const text = reportText(result, paragraphs, {
      title: t("reportTitle"),
      summary: summaryLine(result, t.language),
      severity: (severity) => t(severityKey(severity)),
      where: (paragraph) =>
        paragraph === null ? t("wholeDocument") : t("paragraph", { number: paragraph + 1 }),
      pick: (message) => t.pick(message),
    });
    try {
      await copyText(text);
      onDone(t("reportCopied", { count: result.findings.length }), true);
    } catch {
      onDone(t("reportCopyFailed"), false);
    }
  };

  const onSave = async () => {
    // The report's code arrives only when asked for: it is not needed to check.
    const { htmlReport } = await import(/* webpackChunkName: "html-report" */ "../report/html-report");
    const texts: Record<number, string> = {};
    for (const finding of result.findings) {
      if (finding.paragraph !== null)
        texts[finding.paragraph] = paragraphs[finding.paragraph]?.text ?? finding.text;
    }
    const now = new Date();
    const html = htmlReport([{ file: t("reportFile"), result, paragraphs: texts }], {
      language: t.language,
      generatedAt: now.toISOString(),
    });
    const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = reportFileName(now);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    onDone(t("reportSaved", { name: link.download }), true);
  };

  return (
    <div className={styles.actions}>
      <Button size="small" onClick={() => void onCopy()}>
        {t("reportCopy")}
      </Button>
      <Button size="small" onClick={() => void onSave()}>
        {t("reportSave")}
      </Button>
    </div>
  );
}
