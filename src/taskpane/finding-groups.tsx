// The findings grouped by part of the document (category), each group a fold with its count, all open at first.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../check/types";
import { CATEGORY_LABELS } from "./check-messages";
import { type FindingGroup, findingKey } from "./check-results";
import { FindingItem } from "./finding-item";
import { useT } from "./i18n";

const useStyles = makeStyles({
  button: { paddingLeft: 0, paddingRight: 0 },
  // The findings use the pane's full width; Accordion's own inset would narrow them.
  panel: { margin: 0 },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalM,
  },
});

export interface FindingGroupsProps {
  readonly groups: readonly FindingGroup[];
  /** The texts of the checked paragraphs, by index, for text-fix previews. */
  readonly paragraphs: readonly { readonly text: string }[];
  readonly busy: boolean;
  readonly onSelect: (finding: Finding) => void;
  readonly onFix: (finding: Finding) => void;
  readonly onIgnore: (rule: string) => void;
}

/** One fold per category with a count badge (red when it holds an error), its findings as a list. */
export function FindingGroups({
  groups,
  paragraphs,
  busy,
  onSelect,
  onFix,
  onIgnore,
}: FindingGroupsProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((group) => group.category)}>
      {groups.map((group) => {
        const label = t.pick(CATEGORY_LABELS[group.category]);
        const hasError = group.findings.some((finding) => finding.severity === "error");
        return (
          <AccordionItem key={group.category} value={group.category}>
            <AccordionHeader button={{ className: styles.button }} expandIconPosition="end">
              <span className={styles.header}>
                <Text weight="semibold">{label}</Text>
                <CounterBadge
                  count={group.findings.length}
                  appearance={hasError ? "filled" : "ghost"}
                  color={hasError ? "danger" : "informative"}
                  size="small"
                />
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <div
                role="list"
                aria-label={`${label} (${group.findings.length})`}
                className={styles.list}
              >
                {group.findings.map((finding, index) => (
                  <FindingItem
                    key={findingKey(finding, index)}
                    finding={finding}
                    paragraphText={
                      finding.paragraph === null ? undefined : paragraphs[finding.paragraph]?.text
                    }
                    busy={busy}
                    onSelect={finding.paragraph === null ? undefined : onSelect}
                    onFix={onFix}
                    onIgnore={onIgnore}
                  />
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
