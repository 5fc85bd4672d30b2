// A list of findings as one Tab stop: the arrow keys move between rows, a flood of one rule is one row (opened on
// demand), and a long list comes a page at a time, its first rows at once and the rest in idle moments, so a
// 500-finding document renders as fast as a short one.

import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Finding } from "../check/types";
import { CHECK_MESSAGES } from "./check-messages";
import { type ListedEntry, type ListedFinding, groupListedFloods } from "./check-results";
import { FloodItem } from "./flood-item";
import { FIRST_ON_SCREEN, FindingItem } from "./finding-item";
import type { NavigationKey } from "./list-row-keys";
import { usePaneT } from "./i18n";
import { whenIdle } from "./when-idle";

/** Rows a page holds (a finding or a flood's row): shown at first, and added by each "show more". */
export const FINDINGS_PAGE = 50;

/**
 * Findings added to the list at a time when the browser is idle, until the page is on screen. Mounting 50 findings at
 * once (their Fluent buttons inserting styles, then the layout) held the pane ~200 ms at 4× CPU throttle.
 */
export const FINDINGS_SLICE = 5;

/**
 * Findings on screen with the results' head (summary, actions, filters), which fill most of a narrow pane's first
 * screen: the results' first layout with 10 findings in it took ~120 ms at 4× CPU throttle, with 1 ~60 ms.
 */
export const FINDINGS_FIRST = FIRST_ON_SCREEN;

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalS,
  },
  more: { alignSelf: "flex-start" },
  busy: {
    "& .fui-Button:not([aria-expanded])": {
      color: tokens.colorNeutralForegroundDisabled,
      cursor: "not-allowed",
      pointerEvents: "none",
    },
  },
});

/** The id of a finding's element: unique per check (`serial`), so focus requests never reach a stale element. */
export function findingElementId(serial: number, id: number): string {
  return `finding-${serial}-${id}`;
}

export interface FindingActions {
  /** The pane is working: the rows' actions look unavailable (and are dropped by the pane). */
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

/** A row of the list: a finding (maybe one of an opened flood's), or a flood's own row. */
type Row =
  | {
      readonly kind: "finding";
      readonly key: string;
      readonly entry: ListedFinding;
      readonly member: boolean;
    }
  | {
      readonly kind: "group";
      readonly key: string;
      readonly entry: Extract<ListedEntry, { kind: "group" }>;
      readonly expanded: boolean;
    };

/** A flood's key: its first finding's id (stable while the list stands). */
function groupKey(entry: Extract<ListedEntry, { kind: "group" }>): string {
  return `g${entry.members[0]?.id ?? 0}`;
}

/** The rows shown: floods as one row each, with their findings under them when opened (or holding the current one). */
function rowsOf(
  entries: readonly ListedEntry[],
  opened: ReadonlySet<string>,
  current: number | null
): Row[] {
  const rows: Row[] = [];
  for (const entry of entries) {
    if (entry.kind === "finding") {
      rows.push({ kind: "finding", key: `f${entry.entry.id}`, entry: entry.entry, member: false });
      continue;
    }
    const key = groupKey(entry);
    const expanded = opened.has(key) || entry.members.some((member) => member.id === current);
    rows.push({ kind: "group", key, entry, expanded });
    if (expanded)
      for (const member of entry.members)
        rows.push({ kind: "finding", key: `f${member.id}`, entry: member, member: true });
  }
  return rows;
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
  // The page (how many rows the list holds) and how many of them are on screen yet.
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const [rendered, setRendered] = useState(FINDINGS_FIRST);
  // The row in the Tab order (its key): the last one focused, else the current finding, else the first row.
  const [active, setActive] = useState<string | null>(null);
  // The floods opened by the user (their keys); the one holding the current finding is open as well.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());

  const entries = useMemo(() => groupListedFloods(findings), [findings]);
  const rows = useMemo(() => rowsOf(entries, opened, current), [entries, opened, current]);

  // "Next" may land beyond the page shown: show up to it.
  const currentAt =
    current === null
      ? -1
      : rows.findIndex((row) => row.kind === "finding" && row.entry.id === current);
  const limit = Math.min(rows.length, Math.max(shown, currentAt + 1));
  const count = Math.min(limit, Math.max(rendered, currentAt + 1));
  useEffect(() => {
    if (currentAt >= shown) setShown(Math.ceil((currentAt + 1) / FINDINGS_PAGE) * FINDINGS_PAGE);
  }, [currentAt, shown]);

  // The rest of the page, a slice per idle moment, each rendered as a transition (it yields to the user's input).
  useEffect(() => {
    if (count >= limit) return undefined;
    return whenIdle(() =>
      startTransition(() => setRendered((now) => Math.max(now, count) + FINDINGS_SLICE))
    );
  }, [count, limit]);

  const visible = rows.slice(0, count);
  const currentKey = current === null ? undefined : `f${current}`;
  const tabbableKey =
    visible.find((row) => row.key === active)?.key ??
    visible.find((row) => row.key === currentKey)?.key ??
    visible[0]?.key;
  const left = rows.length - limit;

  const elementId = (row: Row) =>
    row.kind === "finding"
      ? findingElementId(serial, row.entry.id)
      : `finding-${serial}-${row.key}`;

  // The rows get callbacks that never change, so a re-render of the pane (busy, a notice) re-renders only the rows
  // whose own props changed; they act on the list's latest rows and actions.
  const latest = useRef({ rows, actions, elementId });
  useLayoutEffect(() => {
    latest.current = { rows, actions, elementId };
  });

  const focusAt = useCallback((index: number) => {
    const { rows: all, elementId: idOf } = latest.current;
    const target = all[index];
    if (!target) return;
    setShown((now) => Math.max(now, index + 1));
    setRendered((now) => Math.max(now, index + 1));
    setActive(target.key);
    // After the render that puts it in the Tab order (and on screen).
    requestAnimationFrame(() => document.getElementById(idOf(target))?.focus());
  }, []);

  const handlers = useMemo(
    () => ({
      onSelect: (finding: Finding) => latest.current.actions.onSelect(finding),
      onFix: (finding: Finding) => latest.current.actions.onFix(finding),
      onIgnore: (finding: Finding) => latest.current.actions.onIgnore(finding),
      onIgnoreRule: (rule: string) => latest.current.actions.onIgnoreRule(rule),
      onFocusWithin: (index: number) => {
        const target = latest.current.rows[index];
        if (target) setActive(target.key);
      },
      onNavigate: (index: number, key: NavigationKey) => {
        const last = latest.current.rows.length - 1;
        focusAt(
          key === "Home"
            ? 0
            : key === "End"
              ? last
              : Math.min(Math.max(index + (key === "ArrowDown" ? 1 : -1), 0), last)
        );
      },
      onToggle: (index: number) => {
        const target = latest.current.rows[index];
        if (target?.kind !== "group") return;
        setOpened((now) => {
          const next = new Set(now);
          if (target.expanded) next.delete(target.key);
          else next.add(target.key);
          return next;
        });
        // Opened, its findings join the page.
        if (!target.expanded) setRendered((now) => Math.max(now, index + 1 + FINDINGS_SLICE));
      },
    }),
    [focusAt]
  );

  return (
    <>
      {/* While the pane works, the rows' buttons look unavailable and take no pointer (their actions are dropped
          then anyway): by the list's class, so the busy flag re-renders no row (50 rows re-rendered held the pane
          ~150 ms at 4× CPU throttle on each click). */}
      <div
        role="list"
        aria-label={label}
        aria-busy={actions.busy || undefined}
        className={mergeClasses(styles.list, actions.busy && styles.busy)}
      >
        {visible.map((row, index) =>
          row.kind === "group" ? (
            <FloodItem
              key={row.key}
              id={elementId(row)}
              index={index}
              group={row.entry.group}
              expanded={row.expanded}
              tabbable={row.key === tabbableKey}
              onToggle={handlers.onToggle}
              onIgnoreRule={handlers.onIgnoreRule}
              onFocusWithin={handlers.onFocusWithin}
              onNavigate={handlers.onNavigate}
            />
          ) : (
            <FindingItem
              key={row.key}
              id={elementId(row)}
              index={index}
              finding={row.entry.finding}
              paragraphText={
                row.entry.finding.paragraph === null
                  ? undefined
                  : paragraphs[row.entry.finding.paragraph]?.text
              }
              tabbable={row.key === tabbableKey}
              current={row.entry.id === current}
              collapsible={collapseNotes && row.entry.finding.severity === "info"}
              member={row.member}
              onSelect={row.entry.finding.paragraph === null ? undefined : handlers.onSelect}
              onFix={handlers.onFix}
              onIgnore={handlers.onIgnore}
              onIgnoreRule={handlers.onIgnoreRule}
              onFocusWithin={handlers.onFocusWithin}
              onNavigate={handlers.onNavigate}
            />
          )
        )}
      </div>
      {left > 0 && (
        <Button
          className={styles.more}
          appearance="secondary"
          onClick={() => {
            setShown(limit + FINDINGS_PAGE);
            focusAt(limit);
          }}
        >
          {t("showMore", { count: Math.min(FINDINGS_PAGE, left), left })}
        </Button>
      )}
    </>
  );
}
