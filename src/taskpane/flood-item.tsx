// One row for a flood: many findings of one rule at one severity over the document's paragraphs ("17 đoạn: …"), as the
// CLI and the HTML report show them, so a real finding is not buried. Opened, its findings follow it one by one, each
// with its own go to, fix and ignore.

import { Badge, Button, Caption1, Text, mergeClasses } from "@fluentui/react-components";
import { memo } from "react";
import { type FindingGroup, groupLine, paragraphRanges } from "../check/finding-groups";
import { CHECK_MESSAGES, severityKey } from "./check-messages";
import { IgnoreRuleButton, SEVERITY_COLOR, useFindingStyles } from "./finding-item";
import { usePaneT } from "./i18n";
import { type NavigationKey, useListRowKeys } from "./list-row-keys";

export interface FloodItemProps {
  readonly group: FindingGroup;
  /** The element's id, so the pane can move focus to it. */
  readonly id: string;
  /** The row's place in its list, handed back to the callbacks. */
  readonly index: number;
  /** Its findings are shown below it. */
  readonly expanded: boolean;
  /** The row is the list's one Tab stop. */
  readonly tabbable: boolean;
  readonly onToggle: (index: number) => void;
  /** Ignores the rule in the whole document. */
  readonly onIgnoreRule: (rule: string) => void;
  readonly onFocusWithin: (index: number) => void;
  readonly onNavigate: (index: number, key: NavigationKey) => void;
}

/** The flood's line, where it stands, "show each" and "ignore this rule"; Enter on the row opens or closes it. */
export const FloodItem = memo(function FloodItem({
  group,
  id,
  index,
  expanded,
  tabbable,
  onToggle,
  onIgnoreRule,
  onFocusWithin,
  onNavigate,
}: FloodItemProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useFindingStyles();
  const line = groupLine(group, t.language);
  const severity = t(severityKey(group.severity));
  const tabIndex = tabbable ? 0 : -1;

  const rowKeys = useListRowKeys({
    index,
    onEnter: () => onToggle(index),
    onNavigate,
    onFocusWithin,
  });

  return (
    <div
      id={id}
      role="listitem"
      tabIndex={tabIndex}
      className={mergeClasses(styles.item)}
      aria-label={t("floodLabel", { severity, count: group.findings.length, line })}
      {...rowKeys}
      data-group-rule={group.rule}
      data-severity={group.severity}
      data-count={group.findings.length}
    >
      <div className={styles.head}>
        <Badge appearance="tint" color={SEVERITY_COLOR[group.severity]} shape="rounded">
          {severity}
        </Badge>
        <Caption1 className={styles.where}>
          {t("floodWhere", { ranges: paragraphRanges(group.paragraphs) })}
        </Caption1>
      </div>
      <Text className={styles.message}>{line}</Text>
      <div className={styles.actions}>
        <Button
          size="small"
          tabIndex={tabIndex}
          aria-expanded={expanded}
          onClick={() => onToggle(index)}
        >
          {expanded ? t("floodHide") : t("floodShow", { count: group.findings.length })}
        </Button>
        <IgnoreRuleButton rule={group.rule} tabIndex={tabIndex} onIgnoreRule={onIgnoreRule} />
      </div>
    </div>
  );
});
