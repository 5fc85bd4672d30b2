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
import { useEffect, useState } from "react";
import type { Category } from "../check/types";
import { CATEGORY_LABELS } from "./check-messages";
import type { ListedGroup } from "./check-results";
import { type FindingActions, FindingList } from "./finding-list";
import { useT } from "./i18n";

const useStyles = makeStyles({
  button: { paddingLeft: 0, paddingRight: 0 },
  // The findings use the pane's full width; Accordion's own inset would narrow them.
  panel: { margin: 0 },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface FindingGroupsProps extends FindingActions {
  readonly groups: readonly ListedGroup[];
  readonly serial: number;
  /** The texts of the checked paragraphs, by index, for text-fix previews. */
  readonly paragraphs: readonly { readonly text: string }[];
  /** The finding "next"/"previous" went to: its group opens. */
  readonly current: number | null;
}

/** One fold per category with a count badge (red when it holds an error), its findings as a list, notes folded. */
export function FindingGroups({ groups, serial, paragraphs, current, ...actions }: FindingGroupsProps) {
  const t = useT();
  const styles = useStyles();
  const [open, setOpen] = useState<readonly Category[]>(() => groups.map((group) => group.category));
  const currentGroup = groups.find((group) => group.findings.some((entry) => entry.id === current));
  useEffect(() => {
    const category = currentGroup?.category;
    if (category) setOpen((now) => (now.includes(category) ? now : [...now, category]));
  }, [currentGroup?.category]);

  return (
    <Accordion
      multiple
      collapsible
      openItems={[...open]}
      onToggle={(_, data) => setOpen(data.openItems as Category[])}
    >
      {groups.map((group) => {
        const label = t.pick(CATEGORY_LABELS[group.category]);
        const hasError = group.findings.some((entry) => entry.finding.severity === "error");
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
              <FindingList
                label={`${label} (${group.findings.length})`}
                findings={group.findings}
                serial={serial}
                paragraphs={paragraphs}
                current={current}
                collapseNotes
                {...actions}
              />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
