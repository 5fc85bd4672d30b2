// "Đánh số lại": reads the document, shows the outline numbers that are out of sequence, and fixes them on request.

import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { renumberFixes } from "../blocks/renumber";
import type { Fix } from "../check/types";
import { type CheckedText, failureReason } from "../host/document-host";
import { DRAFTING_MESSAGES } from "./drafting-messages";
import { useHost } from "./host-context";
import { usePaneT } from "./i18n";

interface Plan {
  readonly fixes: readonly Fix[];
  readonly texts: readonly string[];
  readonly changes: readonly { readonly before: string; readonly after: string }[];
  /** The document as read, so each fix lands only where its text still is. */
  readonly checked: CheckedText;
}

type Status =
  | { readonly kind: "applied"; readonly applied: number; readonly skipped: number }
  | { readonly kind: "failed"; readonly reason: string };

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  item: { marginBottom: tokens.spacingVerticalXS },
  before: { textDecoration: "line-through", color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The first words of a line, enough to recognise the heading. */
function head(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function RenumberSection() {
  const t = usePaneT(DRAFTING_MESSAGES);
  const styles = useStyles();
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  const fail = (error: unknown) =>
    setStatus({ kind: "failed", reason: failureReason(error, t.language) });

  async function look() {
    setBusy(true);
    setStatus(null);
    try {
      const snapshot = await host.readSnapshot();
      const texts = snapshot.paragraphs.map((paragraph) => paragraph.text);
      const fixes = renumberFixes(texts.map((text, paragraph) => ({ paragraph, text })));
      const changes = fixes.flatMap((fix) => {
        if (fix.kind !== "text") return [];
        const text = texts[fix.paragraph] ?? "";
        return [
          {
            before: head(text),
            after: head(text.slice(0, fix.start) + fix.replacement + text.slice(fix.end)),
          },
        ];
      });
      setPlan({ fixes, texts, changes, checked: snapshot });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!plan) return;
    setBusy(true);
    try {
      const report = await host.applyFixes(plan.fixes, plan.checked);
      setStatus({
        kind: "applied",
        applied: report.applied.length,
        skipped: report.skipped.length,
      });
      setPlan(null);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Caption1 className={styles.note}>{t("renumberNote")}</Caption1>
      <div className={styles.row}>
        <Button
          type="button"
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={look}
        >
          {t("renumber")}
        </Button>
        {plan && plan.changes.length > 0 && (
          <Button type="button" appearance="primary" disabledFocusable={busy} onClick={apply}>
            {t("renumberApply", { count: plan.changes.length })}
          </Button>
        )}
      </div>
      {plan && plan.changes.length === 0 && (
        <MessageBar intent="success" politeness="polite">
          <MessageBarBody>{t("renumberNone")}</MessageBarBody>
        </MessageBar>
      )}
      {plan && plan.changes.length > 0 && (
        <ol className={styles.list} aria-label={t("renumberList")} data-testid="renumber-list">
          {plan.changes.map((change, index) => (
            <li key={index} className={styles.item}>
              <span className={styles.before}>{change.before}</span>
              <br />
              {change.after}
            </li>
          ))}
        </ol>
      )}
      {status?.kind === "applied" && (
        <MessageBar intent="success" politeness="polite">
          <MessageBarBody>
            <MessageBarTitle>{t("updatedTitle")}</MessageBarTitle>
            {t("renumbered", { applied: status.applied, skipped: status.skipped })}
          </MessageBarBody>
        </MessageBar>
      )}
      {status?.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("updateFailed")}</MessageBarTitle>
            {status.reason}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
