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
import { ruleDescription } from "./check-results";
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

export interface CoverageListProps {
  readonly coverage: Coverage;
  readonly busy: boolean;
  /** Stops ignoring `rule` in this document. */
  readonly onRestore: (rule: string) => void;
}

/** Two folds, closed at first: the rules not evaluated with their reasons, and the rules ignored in this document. */
export function CoverageList({ coverage, busy, onRestore }: CoverageListProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();
  const { notEvaluated, ignored } = coverage;
  if (notEvaluated.length === 0 && ignored.length === 0) return null;
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
      {ignored.length > 0 && (
        <AccordionItem value={IGNORED}>
          <AccordionHeader button={{ className: styles.button }} expandIconPosition="end">
            <Text weight="semibold">{t("ignored", { count: ignored.length })}</Text>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ul className={styles.list}>
              {ignored.map((rule) => {
                const description = ruleDescription(rule);
                return (
                  <li key={rule} className={styles.row}>
                    <span className={styles.item}>
                      {description && <Text size={200}>{t.pick(description)}</Text>}
                      <Caption1 className={styles.rule}>{rule}</Caption1>
                    </span>
                    <Button
                      size="small"
                      appearance="subtle"
                      disabledFocusable={busy}
                      aria-label={t("restoreLabel", { rule })}
                      onClick={() => onRestore(rule)}
                    >
                      {t("restore")}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      )}
    </Accordion>
  );
}
