// A list of findings as one Tab stop: the arrow keys move between findings, and a long list comes a page at a time so
// a 500-finding document renders as fast as a short one.

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Finding } from "../check/types";
import { CHECK_MESSAGES } from "./check-messages";
import type { ListedFinding } from "./check-results";
import { FindingItem } from "./finding-item";
import { usePaneT } from "./i18n";

/** Findings rendered at first, and added by each "show more". */
export const FINDINGS_PAGE = 50;

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalS,
  },
  more: { alignSelf: "flex-start" },
});

/** The id of a finding's element: unique per check (`serial`), so focus requests never reach a stale element. */
export function findingElementId(serial: number, id: number): string {
  return `finding-${serial}-${id}`;
}

export interface FindingActions {
  readonly busy: boolean;
  readonly onSelect: (finding: Finding) => void;
  readonly onFix: (finding: Finding) => void;
  readonly onIgnore: (finding: Finding) => void;
  readonly onIgnoreRule: (rule: string) => void;
}

export interface FindingListProps extends FindingActions {
  readonly label: string;
  readonly findings: readonly ListedFinding[];
  /** The check these findings came from, for element ids. */
  readonly serial: number;
  /** The texts of the checked paragraphs, by index, for text-fix previews. */
  readonly paragraphs: readonly { readonly text: string }[];
  /** The finding "next"/"previous" went to (its id), if any. */
  readonly current: number | null;
  /** Notes show as one line until opened. */
  readonly collapseNotes: boolean;
}

export function FindingList({
  label,
  findings,
  serial,
  paragraphs,
  current,
  collapseNotes,
  ...actions
}: FindingListProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();
  const [shown, setShown] = useState(FINDINGS_PAGE);
  // The finding in the Tab order: the last one focused, else the current one, else the first.
  const [active, setActive] = useState<number | null>(null);

  // "Next" may land beyond the page shown: show up to it.
  const currentAt = current === null ? -1 : findings.findIndex((entry) => entry.id === current);
  useEffect(() => {
    if (currentAt >= shown) setShown(Math.ceil((currentAt + 1) / FINDINGS_PAGE) * FINDINGS_PAGE);
  }, [currentAt, shown]);

  const visible = findings.slice(0, Math.max(shown, currentAt + 1));
  const tabbableId =
    visible.find((entry) => entry.id === active)?.id ??
    visible.find((entry) => entry.id === current)?.id ??
    visible[0]?.id;
  const left = findings.length - visible.length;

  const focusAt = (index: number) => {
    const target = findings[index];
    if (!target) return;
    if (index >= visible.length) setShown((now) => Math.max(now, index + 1));
    setActive(target.id);
    // After the render that puts it in the Tab order (and on screen).
    requestAnimationFrame(() => document.getElementById(findingElementId(serial, target.id))?.focus());
  };

  return (
    <>
      <div role="list" aria-label={label} className={styles.list}>
        {visible.map(({ id, finding }, index) => (
          <FindingItem
            key={id}
            id={findingElementId(serial, id)}
            finding={finding}
            paragraphText={
              finding.paragraph === null ? undefined : paragraphs[finding.paragraph]?.text
            }
            busy={actions.busy}
            tabbable={id === tabbableId}
            current={id === current}
            collapsible={collapseNotes && finding.severity === "info"}
            onSelect={finding.paragraph === null ? undefined : actions.onSelect}
            onFix={actions.onFix}
            onIgnore={actions.onIgnore}
            onIgnoreRule={actions.onIgnoreRule}
            onFocusWithin={() => setActive(id)}
            onNavigate={(key) =>
              focusAt(
                key === "Home"
                  ? 0
                  : key === "End"
                    ? findings.length - 1
                    : Math.min(Math.max(index + (key === "ArrowDown" ? 1 : -1), 0), findings.length - 1)
              )
            }
          />
        ))}
      </div>
      {left > 0 && (
        <Button
          className={styles.more}
          appearance="secondary"
          onClick={() => {
            setShown(visible.length + FINDINGS_PAGE);
            focusAt(visible.length);
          }}
        >
          {t("showMore", { count: Math.min(FINDINGS_PAGE, left), left })}
        </Button>
      )}
    </>
  );
}
