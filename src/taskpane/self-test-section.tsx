// Settings › Tự kiểm tra: compares the check's paragraphs with Word's own list on the open document and shows a short
// report a tester in an office can copy and send back (docs/word-checklist.md says what to do with it).

import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import packageJson from "../../package.json";
import { type SelfTestReport, failureReason } from "../host/document-host";
import { useHost, useInWord } from "./host-context";
import type { PaneMessages } from "./i18n";
import { usePaneT } from "./i18n";
import { useOneAction } from "./one-action";

const vi = {
  heading: "Tự kiểm tra với Word này",
  note: "So danh sách đoạn văn Word đưa cho phần bổ trợ với các đoạn Thể Thức đọc được từ văn bản đang mở, và liệt kê các bộ API Word này có. Không thay đổi gì trong văn bản.",
  run: "Tự kiểm tra",
  running: "Đang đọc văn bản…",
  report: "Báo cáo (chép và gửi cho người hỗ trợ)",
  copy: "Chép báo cáo",
  copied: "Đã chép.",
  copyFailed: "Không chép được; hãy chọn chữ trong ô rồi nhấn Ctrl+C.",
  failed: "Không tự kiểm tra được",
  ok: "Khớp: mọi đoạn Thể Thức đọc được đều tìm thấy trong danh sách đoạn của Word.",
  mismatch:
    "Có chỗ lệch: Thể Thức vẫn chỉ thao tác trên đoạn có chữ trùng với lúc kiểm tra, nhưng hãy gửi báo cáo này.",
} as const;

const en: Record<keyof typeof vi, string> = {
  heading: "Self-test with this Word",
  note: "Compares the paragraph list Word gives the add-in with the paragraphs Thể Thức reads from the open document, and lists the API sets this Word has. Changes nothing in the document.",
  run: "Self-test",
  running: "Reading the document…",
  report: "Report (copy it and send it to support)",
  copy: "Copy the report",
  copied: "Copied.",
  copyFailed: "Could not copy; select the text in the box and press Ctrl+C.",
  failed: "Could not run the self-test",
  ok: "Aligned: every paragraph Thể Thức reads was found in Word's paragraph list.",
  mismatch:
    "Mismatches found: Thể Thức still acts only on paragraphs whose text is the one checked, but please send this report.",
};

const addinVersion = packageJson.version;

const MESSAGES: PaneMessages<keyof typeof vi> = { vi, en };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: `${tokens.spacingVerticalM} 0 0` },
  note: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  report: { fontFamily: tokens.fontFamilyMonospace },
});

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > 60 ? `${flat.slice(0, 60)}…` : flat}"`;
}

/** The report as plain text, the same in both languages' panes so support reads one format. */
export function selfTestText(report: SelfTestReport, addinVersion: string): string {
  const a = report.alignment;
  const lines = [
    `Thể Thức ${addinVersion} — tự kiểm tra / self-test`,
    `Nền tảng / platform: ${report.platform || "không rõ / unknown"}`,
    `Bộ API có / API sets supported: ${
      report.apiSets
        .filter((set) => set.supported)
        .map((set) => set.name)
        .join(", ") || "-"
    }`,
    `Bộ API không có / missing: ${
      report.apiSets
        .filter((set) => !set.supported)
        .map((set) => set.name)
        .join(", ") || "-"
    }`,
    `Đoạn Thể Thức đọc / checked paragraphs: ${a.checked}`,
    `Đoạn Word liệt kê / Word's paragraphs: ${a.word}`,
    `Khớp / matched: ${a.matched}; thiếu trong Word / missing in Word: ${a.missingCount}; thừa trong Word / extra in Word: ${a.extraCount}`,
    `Lệch vị trí đầu tiên / first shift: ${a.firstShift ? `đoạn/paragraph ${a.firstShift.checked + 1} → Word ${a.firstShift.word + 1}` : "-"}`,
    ...a.missing.map((entry) => `  thiếu / missing ${entry.index + 1}: ${quote(entry.text)}`),
    ...a.extra.map((entry) => `  thừa / extra Word ${entry.index + 1}: ${quote(entry.text)}`),
    report.read?.via === "file"
      ? `tệp .docx / file: ${report.ooxmlChars.toLocaleString("en-US")} byte / bytes, ${report.read.slices ?? 1} phần / slices (getOoxml bị từ chối / refused); căn đoạn / alignment ${report.alignMs.toFixed(1)} ms`
      : `getOoxml: ${report.ooxmlChars.toLocaleString("en-US")} ký tự / characters; căn đoạn / alignment ${report.alignMs.toFixed(1)} ms`,
    `Thay đổi theo dõi / tracked changes: ${report.read?.revisions ? "có / yes" : "không / no"}; theo dõi thay đổi / track changes: ${report.read?.trackingMode ?? "không rõ / unknown"}`,
  ];
  return lines.join("\n");
}

/** The "Tự kiểm tra" button and its copyable report. */
export function SelfTestSection() {
  const t = usePaneT(MESSAGES);
  const styles = useStyles();
  const host = useHost();
  const inWord = useInWord();
  const { busy, act } = useOneAction();
  const [report, setReport] = useState<{ text: string; aligned: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const run = () =>
    act(async () => {
      setFailure(null);
      setCopied(null);
      try {
        const result = await host.selfTest();
        const a = result.alignment;
        setReport({
          text: selfTestText(result, addinVersion),
          aligned: a.missingCount === 0 && a.extraCount === 0,
        });
      } catch (error) {
        setReport(null);
        setFailure(failureReason(error, t.language));
      }
    });

  const copy = async () => {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(report.text);
      setCopied(t("copied"));
    } catch {
      setCopied(t("copyFailed"));
    }
  };

  return (
    <section className={styles.section} aria-labelledby="self-test-heading">
      <Text as="h2" id="self-test-heading" size={400} weight="semibold" className={styles.heading}>
        {t("heading")}
      </Text>
      <Caption1 className={styles.note}>{t("note")}</Caption1>
      <div className={styles.row}>
        <Button
          type="button"
          disabledFocusable={busy || !inWord}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={() => void run()}
        >
          {busy ? t("running") : t("run")}
        </Button>
      </div>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("failed")}: {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <>
          <MessageBar intent={report.aligned ? "success" : "warning"} politeness="polite">
            <MessageBarBody>{report.aligned ? t("ok") : t("mismatch")}</MessageBarBody>
          </MessageBar>
          <Textarea
            aria-label={t("report")}
            className={styles.report}
            value={report.text}
            readOnly
            resize="vertical"
            rows={Math.min(14, report.text.split("\n").length + 1)}
            data-testid="self-test-report"
          />
          <div className={styles.row}>
            <Button type="button" onClick={() => void copy()}>
              {t("copy")}
            </Button>
            {copied && <Caption1 role="status">{copied}</Caption1>}
          </div>
        </>
      )}
    </section>
  );
}
