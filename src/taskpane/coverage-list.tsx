// What the check did not cover: rules it could not evaluate, with why, and rules ignored here, which can be restored.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Coverage } from "../check/types";
import { CHECK_MESSAGES } from "./check-messages";
import { ruleDescription, splitIgnored } from "./check-results";
import { usePaneT } from "./i18n";

const useStyles = makeStyles({
  button: { paddingLeft: 0, paddingRight: 0 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  rule: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  note: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    marginBottom: tokens.spacingVerticalS,
  },
  panel: { margin: 0, paddingBottom: tokens.spacingVerticalM },
});

const NOT_EVALUATED = "not-evaluated";
const IGNORED = "ignored";
const IGNORED_FINDINGS = "ignored-findings";
/** Characters of an ignored finding's paragraph shown to recognise it. */
const TEXT_CHARS = 80;

export interface CoverageListProps {
  readonly coverage: Coverage;
  readonly busy: boolean;
  /** Single findings ignored in this document, as stored entries (see check-results.ts). */
  readonly ignoredFindings: readonly string[];
  /** Stops ignoring `rule` in this document. */
  readonly onRestore: (rule: string) => void;
  /** Stops ignoring one finding (its stored entry). */
  readonly onRestoreFinding: (entry: string) => void;
}

/** Two folds, closed at first: the rules not evaluated with their reasons, and the rules ignored in this document. */
export function CoverageList({
  coverage,
  ignoredFindings,
  busy,
  onRestore,
  onRestoreFinding,
}: CoverageListProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();
  const { notEvaluated, ignored } = coverage;
  if (notEvaluated.length === 0 && ignored.length === 0 && ignoredFindings.length === 0)
    return null;
  return (
    <Accordion multiple collapsible>
      {notEvaluated.length > 0 && (
        <AccordionItem value={NOT_EVALUATED}>
          <AccordionHeader button={{ className: styles.button }} expandIconPosition="end">
            <Text weight="semibold">{t("coverage", { count: notEvaluated.length })}</Text>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Caption1 className={styles.note}>{t("coverageNote")}</Caption1>
            <ul className={styles.list}>
              {notEvaluated.map(({ rule, reason }) => (
                <li key={rule} className={styles.item}>
                  <Text size={200}>{t.pick(reason)}</Text>
                  <Caption1 className={styles.rule}>{rule}</Caption1>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      )}
      <RestorableFold
        value={IGNORED}
        title={t("ignored", { count: ignored.length })}
        busy={busy}
        rows={ignored.map((rule) => ({
          key: rule,
          rule,
          caption: rule,
          label: t("restoreLabel", { rule }),
          onRestore: () => onRestore(rule),
        }))}
      />
      <RestorableFold
        value={IGNORED_FINDINGS}
        title={t("ignoredFindings", { count: ignoredFindings.length })}
        busy={busy}
        rows={ignoredFindings.flatMap((entry) => {
          const [ignoredFinding] = splitIgnored([entry]).findings;
          if (!ignoredFinding) return [];
          const text =
            ignoredFinding.text.length > TEXT_CHARS
              ? `${ignoredFinding.text.slice(0, TEXT_CHARS)}…`
              : ignoredFinding.text || t("wholeDocument");
          return [
            {
              key: entry,
              rule: ignoredFinding.rule,
              caption: text,
              label: t("restoreFindingLabel", { text }),
              onRestore: () => onRestoreFinding(entry),
            },
          ];
        })}
      />
    </Accordion>
  );
}

interface RestorableRow {
  readonly key: string;
  /** The rule whose description heads the row. */
  readonly rule: string;
  /** What tells the row apart: the rule id, or the ignored finding's paragraph text. */
  readonly caption: string;
  /** The restore button's accessible name. */
  readonly label: string;
  readonly onRestore: () => void;
}

/** A fold of things ignored in this document, each with a button that stops ignoring it; nothing when empty. */
function RestorableFold({
  value,
  title,
  rows,
  busy,
}: {
  readonly value: string;
  readonly title: string;
  readonly rows: readonly RestorableRow[];
  readonly busy: boolean;
}) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();
  if (rows.length === 0) return null;
  return (
    <AccordionItem value={value}>
      <AccordionHeader button={{ className: styles.button }} expandIconPosition="end">
        <Text weight="semibold">{title}</Text>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <ul className={styles.list}>
          {rows.map(({ key, rule, caption, label, onRestore }) => {
            const description = ruleDescription(rule);
            return (
              <li key={key} className={styles.row}>
                <span className={styles.item}>
                  {description && <Text size={200}>{t.pick(description)}</Text>}
                  <Caption1 className={styles.rule}>{caption}</Caption1>
                </span>
                <Button
                  size="small"
                  appearance="subtle"
                  disabledFocusable={busy}
                  aria-label={label}
                  onClick={onRestore}
                >
                  {t("restore")}
                </Button>
              </li>
            );
          })}
        </ul>
      </AccordionPanel>
    </AccordionItem>
  );
}
