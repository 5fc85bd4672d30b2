// One finding in the Check pane: severity, message, the text it is about, its rule and source, and its actions.

import {
  Badge,
  Button,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { memo, useState } from "react";
import { type TextFixPreview, previewTextFix } from "../check/apply-fixes";
import type { Finding, Severity } from "../check/types";
import { CHECK_MESSAGES, severityKey } from "./check-messages";
import { sourceInWords } from "./source-words";
import { usePaneT } from "./i18n";
import { type NavigationKey, useListRowKeys } from "./list-row-keys";

/** How many findings a list shows at first (finding-list.tsx's FINDINGS_FIRST). */
export const FIRST_ON_SCREEN = 2;

/** Longest stretch of the offending text shown; the rest is elided. */
const SNIPPET_CHARS = 120;

export const SEVERITY_COLOR: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** "Bỏ qua quy tắc này trong văn bản", on a finding's row and on a flood's (flood-item.tsx). */
export function IgnoreRuleButton({
  rule,
  tabIndex,
  onIgnoreRule,
}: {
  readonly rule: string;
  readonly tabIndex: number;
  readonly onIgnoreRule: (rule: string) => void;
}) {
  const t = usePaneT(CHECK_MESSAGES);
  return (
    <Button
      size="small"
      appearance="subtle"
      tabIndex={tabIndex}
      aria-label={t("ignoreRuleLabel", { rule })}
      onClick={() => onIgnoreRule(rule)}
    >
      {t("ignoreRule")}
    </Button>
  );
}

/** A finding's look, shared with the row of a flood (flood-item.tsx). */
export const useFindingStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    // A finding out of sight is not styled or laid out until it scrolls near (the space it keeps is its last size).
    contentVisibility: "auto",
    containIntrinsicSize: "auto 120px",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  // The first findings of a list, on screen with the results' head: laid out at once (content-visibility "auto" laid
  // them out twice, first as a placeholder, then again once they were found on screen).
  first: { contentVisibility: "visible" },
  // One of a flood's findings, under its row.
  member: { marginLeft: tokens.spacingHorizontalXL },
  // The finding "next" or "previous" went to: a thick edge on the start side, beside the focus ring.
  current: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftColor: tokens.colorBrandStroke1,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  where: { color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: "anywhere" },
  // The document's own text, in the document's typeface, so it reads as a quotation.
  snippet: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontFamily: '"Times New Roman", Tinos, "Liberation Serif", serif',
    fontSize: tokens.fontSizeBase300,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  preview: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  previewLabel: { color: tokens.colorNeutralForeground3, margin: 0 },
  previewText: {
    margin: 0,
    fontFamily: '"Times New Roman", Tinos, "Liberation Serif", serif',
    fontSize: tokens.fontSizeBase300,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  removed: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    textDecorationLine: "line-through",
  },
  inserted: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    textDecorationLine: "none",
  },
  note: { color: tokens.colorNeutralForeground3 },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  source: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
  sourceTitle: { fontWeight: tokens.fontWeightSemibold },
  sourceList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface FindingItemProps {
  readonly finding: Finding;
  /** The element's id, so the pane can move focus to it after an action. */
  readonly id: string;
  /** The text of the finding's paragraph as checked, to show a text fix before and after. */
  readonly paragraphText?: string;
  /** The finding is in the list's single tab stop (the list moves between findings with the arrow keys). */
  readonly tabbable: boolean;
  /** The finding "next"/"previous" last went to. */
  readonly current: boolean;
  /** A note shown as one line until opened, so notes do not bury the errors. */
  readonly collapsible: boolean;
  /** One of a flood's findings, shown under the flood's row. */
  readonly member?: boolean;
  /** Selects the finding's paragraph in Word; absent for findings about the whole document. */
  readonly onSelect?: (finding: Finding) => void;
  readonly onFix: (finding: Finding) => void;
  /** Ignores this one finding (its rule in its paragraph). */
  readonly onIgnore: (finding: Finding) => void;
  /** Ignores the finding's rule in the whole document. */
  readonly onIgnoreRule: (rule: string) => void;
  /** The finding's place in its list, handed back to the two callbacks below. */
  readonly index: number;
  /** Focus reached the finding or one of its buttons. */
  readonly onFocusWithin: (index: number) => void;
  /** Arrow keys, Home and End on the finding itself: the list moves focus. */
  readonly onNavigate: (index: number, key: NavigationKey) => void;
}

function elide(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > SNIPPET_CHARS ? `${trimmed.slice(0, SNIPPET_CHARS)}…` : trimmed;
}

/** Spaces made visible where the change is nothing but spaces, which would otherwise show as nothing. */
function visible(text: string): string {
  return text !== "" && text.trim() === "" ? text.replace(/ /g, "␣") : text;
}

/** A text fix as the paragraph reads now (what goes struck out) and after (what comes in). */
export function TextFixDiff({ preview }: { readonly preview: TextFixPreview }) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useFindingStyles();
  return (
    <dl className={styles.preview}>
      <dt className={styles.previewLabel}>{t("before")}</dt>
      <dd className={styles.previewText}>
        {preview.prefix}
        <del className={styles.removed}>{visible(preview.removed)}</del>
        {preview.suffix}
      </dd>
      <dt className={styles.previewLabel}>{t("after")}</dt>
      <dd className={styles.previewText}>
        {preview.prefix}
        <ins className={styles.inserted}>{visible(preview.inserted)}</ins>
        {preview.suffix}
      </dd>
    </dl>
  );
}

/** The text fix's change, or undefined when the finding has none or its offsets no longer fit the text. */
export function preview(
  finding: Finding,
  paragraphText: string | undefined
): TextFixPreview | undefined {
  if (finding.fix?.kind !== "text" || paragraphText === undefined) return undefined;
  try {
    return previewTextFix(paragraphText, finding.fix);
  } catch {
    // A fix whose offsets no longer fit the text cannot be shown, so it is not offered.
    return undefined;
  }
}

/**
 * A focusable finding; Enter on it goes to its paragraph, the arrow keys to the next or previous finding, and its
 * buttons go to, fix or ignore it. Only the list's current finding and its buttons are in the Tab order.
 */
export const FindingItem = memo(function FindingItem({
  finding,
  id,
  index,
  paragraphText,
  tabbable,
  current,
  collapsible,
  member = false,
  onSelect,
  onFix,
  onIgnore,
  onIgnoreRule,
  onFocusWithin,
  onNavigate,
}: FindingItemProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useFindingStyles();
  const [opened, setOpened] = useState(false);
  // The rule's legal source in words, and its id, shown on demand.
  const [sourceOpen, setSourceOpen] = useState(false);
  const message = t.pick(finding.messages);
  const where =
    finding.paragraph === null
      ? t("wholeDocument")
      : t("paragraph", { number: finding.paragraph + 1 });
  const textFix = preview(finding, paragraphText);
  const fixable = finding.fix?.kind === "format" || textFix !== undefined;
  const snippet = textFix ? "" : elide(finding.text);
  // A note stays one line until opened, or until "next" lands on it.
  const folded = collapsible && !opened && !current;
  const tabIndex = tabbable ? 0 : -1;

  const rowKeys = useListRowKeys({
    index,
    onEnter: onSelect ? () => onSelect(finding) : undefined,
    onNavigate,
    onFocusWithin,
  });

  return (
    <div
      id={id}
      role="listitem"
      tabIndex={tabIndex}
      className={mergeClasses(
        styles.item,
        index < FIRST_ON_SCREEN && styles.first,
        member && styles.member,
        current && styles.current
      )}
      aria-label={`${t(severityKey(finding.severity))}, ${where}: ${message}`}
      aria-current={current ? "true" : undefined}
      {...rowKeys}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-paragraph={finding.paragraph ?? "-"}
    >
      <div className={styles.head}>
        <Badge appearance="tint" color={SEVERITY_COLOR[finding.severity]} shape="rounded">
          {t(severityKey(finding.severity))}
        </Badge>
        <Caption1 className={styles.where}>{where}</Caption1>
      </div>
      <Text className={styles.message}>{message}</Text>
      {folded ? (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance="subtle"
            tabIndex={tabIndex}
            aria-expanded={false}
            aria-label={t("detailsLabel", { message })}
            onClick={() => setOpened(true)}
          >
            {t("details")}
          </Button>
        </div>
      ) : (
        <>
          {snippet && <blockquote className={styles.snippet}>{snippet}</blockquote>}
          {textFix && <TextFixDiff preview={textFix} />}
          {finding.fix?.kind === "page" && (
            <Caption1 className={styles.note}>{t("pageFixNote")}</Caption1>
          )}
          {sourceOpen && (
            <div className={styles.source} id={`${id}-source`}>
              <Caption1 className={styles.sourceTitle}>{t("sourceTitle")}</Caption1>
              <ul className={styles.sourceList}>
                {sourceInWords(finding.source).map((line) => (
                  <li key={line}>
                    <Caption1>{line}</Caption1>
                  </li>
                ))}
              </ul>
              <Caption1 className={styles.meta}>
                {t("ruleId", { rule: finding.rule, source: finding.source })}
              </Caption1>
            </div>
          )}
          <div className={styles.actions}>
            {onSelect && (
              <Button
                size="small"
                tabIndex={tabIndex}
                aria-label={t("goToLabel", { number: (finding.paragraph ?? 0) + 1 })}
                onClick={() => onSelect(finding)}
              >
                {t("goTo")}
              </Button>
            )}
            {fixable && (
              <Button
                size="small"
                tabIndex={tabIndex}
                aria-label={t("fixLabel", { message })}
                onClick={() => onFix(finding)}
              >
                {t("fix")}
              </Button>
            )}
            <Button
              size="small"
              appearance="subtle"
              tabIndex={tabIndex}
              aria-expanded={sourceOpen}
              aria-controls={sourceOpen ? `${id}-source` : undefined}
              onClick={() => setSourceOpen((open) => !open)}
            >
              {/* The name starts with the words shown (WCAG 2.5.3); the sign is not read. */}
              <span aria-hidden="true">{t("sourceIcon")}&nbsp;</span>
              {t("source")}
            </Button>
            <Button
              size="small"
              appearance="subtle"
              tabIndex={tabIndex}
              aria-label={t("ignoreOneLabel", { where })}
              onClick={() => onIgnore(finding)}
            >
              {t("ignoreOne")}
            </Button>
            <IgnoreRuleButton rule={finding.rule} tabIndex={tabIndex} onIgnoreRule={onIgnoreRule} />
          </div>
        </>
      )}
    </div>
  );
});
