// "Sửa tất cả" shows every change before making it: each finding with its paragraph, and the text before and after
// for a text fix; the clerk applies them all or cancels.

import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { planFixes } from "../check/apply-fixes";
import type { Finding, Fix } from "../check/types";
import { CHECK_MESSAGES } from "./check-messages";
import { TextFixDiff, preview } from "./finding-item";
import { usePaneT } from "./i18n";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "50vh",
    overflowY: "auto",
  },
  entry: { overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FixAllPreviewProps {
  /** The findings whose fixes "fix all" would make, in document order. */
  readonly findings: readonly Finding[];
  readonly paragraphs: readonly { readonly text: string }[];
  readonly busy: boolean;
  readonly onApply: (fixes: readonly Fix[]) => void;
  readonly onCancel: () => void;
}

/** The changes, the count, the undo hint, and "apply"/"cancel"; focus starts on the heading. */
export function FixAllPreview({ findings, paragraphs, busy, onApply, onCancel }: FixAllPreviewProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();
  const heading = useRef<HTMLElement>(null);
  useEffect(() => heading.current?.focus(), []);

  // Fixes that collide with an earlier one in the same paragraph are left for the next round, and said so here.
  const plan = planFixes(findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])));
  const skipped = new Set<Fix>(plan.skipped.map((entry) => entry.fix));
  const applying = findings.filter((finding) => finding.fix && !skipped.has(finding.fix));
  const later = findings.length - applying.length;

  return (
    <section className={styles.panel} aria-labelledby="fix-all-heading">
      <Text
        as="h3"
        id="fix-all-heading"
        weight="semibold"
        className={styles.heading}
        ref={heading}
        tabIndex={-1}
      >
        {t("fixAllPreview", { count: applying.length })}
      </Text>
      <ol className={styles.list} aria-label={t("fixAllList")} tabIndex={0}>
        {applying.map((finding, index) => {
          const text = finding.paragraph === null ? undefined : paragraphs[finding.paragraph]?.text;
          const change = preview(finding, text);
          return (
            <li key={index} className={styles.entry} data-rule={finding.rule}>
              <Caption1 className={styles.where}>
                {finding.paragraph === null
                  ? t("wholeDocument")
                  : t("paragraph", { number: finding.paragraph + 1 })}
              </Caption1>{" "}
              <Text size={200}>{t.pick(finding.messages)}</Text>
              {change && <TextFixDiff preview={change} />}
            </li>
          );
        })}
      </ol>
      {later > 0 && <Caption1>{t("fixAllLater", { count: later })}</Caption1>}
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t("undoHint", { count: applying.length })}</MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || applying.length === 0}
          onClick={() => onApply(applying.flatMap((finding) => (finding.fix ? [finding.fix] : [])))}
        >
          {t("fixAllApply", { count: applying.length })}
        </Button>
        <Button disabledFocusable={busy} onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </section>
  );
}
