// The Check pane: reads the open document, checks its thể thức, lists findings by part, and goes to, fixes or ignores them.

import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import { summaryLine } from "../check/summary-line";
import type { CheckResult, Finding, Fix, Message, ToneStylePreference } from "../check/types";
import type { ProfileId } from "../conventions";
import { type FixReport, failureReason } from "../host/document-host";
import { CHECK_MESSAGES, type CheckMessageKey } from "./check-messages";
import { CheckOptions } from "./check-options";
import { useStableHandlers } from "./stable-handlers";
import {
  type SeverityFilter,
  filterCounts,
  groupListed,
  ignoredFindingEntry,
  listFindings,
  fixAllFindings,
  splitIgnored,
  stepTo,
  withoutIgnoredFindings,
} from "./check-results";
import { CheckSummary } from "./check-summary";
import { CoverageList } from "./coverage-list";
import { FindingGroups } from "./finding-groups";
import { FindingList, findingElementId } from "./finding-list";
import { FixAllPreview } from "./fix-all-preview";
import { ReportActions } from "./report-actions";
import { ResultsWarmup } from "./results-warmup";
import { useHost, useInWord } from "./host-context";
import { type DocumentChecker, type ReadDocument, createDocumentChecker } from "./document-checker";
import { nextPaint } from "./next-paint";
import { whenIdle } from "./when-idle";
import { useOneAction } from "./one-action";
import { type PaneTranslate, usePaneT } from "./i18n";
import type { PaneProps } from "./panes";
import { Unannounced } from "./unannounced";

/** What the pane is doing while it is busy, shown under a progress bar. */
type Phase =
  | { readonly kind: "reading" }
  | {
      readonly kind: "checking";
      readonly paragraphs: number;
      /** Share of the rules run so far, 0–1, once the worker says. */
      readonly done?: number;
    }
  | { readonly kind: "applying" }
  | { readonly kind: "commenting" };

/** The document as the worker read it (its paragraph texts and key), aligned with Word's paragraphs. */
type CheckedDocument = ReadDocument;

/** One check of the document: what was read, what was found, and what was ignored (rules and single findings). */
interface Run {
  /** The document as read, with how its paragraphs lined up with Word's: every action finds paragraphs through it. */
  readonly snapshot: CheckedDocument;
  readonly result: CheckResult;
  /** The document's ignore list: rule ids and single findings (see check-results.ts). */
  readonly ignored: readonly string[];
  /** Counts checks, so the lists open afresh after each. */
  readonly serial: number;
}

type Notice =
  | { readonly kind: "failed"; readonly title: CheckMessageKey; readonly reason: string }
  | { readonly kind: "fixed"; readonly report: FixReport }
  | { readonly kind: "commented"; readonly count: number; readonly skipped: number }
  | { readonly kind: "ignored" | "restored"; readonly rule: string }
  | { readonly kind: "ignoredOne"; readonly count: number }
  | { readonly kind: "restoredOne" }
  | { readonly kind: "report"; readonly text: string; readonly ok: boolean };

/** Where focus goes once the pane has rendered an action's outcome. */
type FocusRequest =
  { readonly kind: "results" } | { readonly kind: "finding"; readonly id: number };

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  skipped: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  toolbar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  filters: { display: "flex", flexWrap: "wrap", columnGap: 0 },
  // Switch labels line up with the text above rather than Switch's own inset.
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  steps: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  position: { color: tokens.colorNeutralForeground3 },
  // Read by screen readers, not shown: what each action did.
  announcer: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** What makes a finding the same one again in a later check of the same document. */
function commentKey(finding: Finding): string {
  return `${finding.rule}\u0000${finding.paragraph ?? ""}\u0000${finding.text}\u0000${finding.messages.vi}`;
}

/** Check → findings in document order (or by part) → go to, fix, or ignore them; every action one Word.run. */
export function CheckPane({ settings, onSettingsChange, onTabBadge }: PaneProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();
  const host = useHost();
  const inWord = useInWord();
  const commentsAvailable = useMemo(() => host.capabilities().comments, [host]);

  const [run, setRun] = useState<Run | null>(null);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [draft, setDraft] = useState(false);
  const [reviewer, setReviewer] = useState(false);
  // The finding "next"/"previous" went to last (an index into `shown`'s findings), reset by each check.
  const [current, setCurrent] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  // What the last action did, for screen readers (the live region below).
  const [announcement, setAnnouncement] = useState("");
  // Findings already written into the document as comments in this session, so a new check does not repeat them.
  const commented = useRef(new Set<string>());
  const resultsHeading = useRef<HTMLElement>(null);
  const fixAllButton = useRef<HTMLButtonElement>(null);
  // "Fix all" shows its changes first; open while they are on screen.
  const [fixAllOpen, setFixAllOpen] = useState(false);
  // The reviewer switch, flipped on with findings on screen, asks before writing them into the document.
  const [confirmComments, setConfirmComments] = useState(false);
  const { busy, isBusy, act: runOne } = useOneAction();
  const serial = useRef(0);

  // Reading and checking run in a worker, so the pane answers while a long document is read and checked.
  const checker = useRef<DocumentChecker | null>(null);
  const documentChecker = () => (checker.current ??= createDocumentChecker());
  useEffect(() => {
    // The worker starts (its code fetched and compiled on its own thread) once the pane is idle, not on the click.
    const cancel = whenIdle(() => documentChecker().prepare());
    return () => {
      cancel();
      checker.current?.dispose();
      checker.current = null;
    };
  }, []);

  /** Checks the snapshot in the worker, the progress bar following the rules run. */
  const check = async (
    snapshot: CheckedDocument,
    ignored: readonly string[],
    profile: ProfileId | "auto" = settings.checkProfile,
    asDraft: boolean = draft,
    toneStyle: ToneStylePreference = settings.toneStyle
  ): Promise<Run> => {
    const paragraphs = snapshot.paragraphs.length;
    setPhase({ kind: "checking", paragraphs });
    const result = await documentChecker().check(
      snapshot,
      {
        profile,
        language: t.language,
        // The draft switch only ever relaxes: off leaves it to the checker, which honours a "DỰ THẢO" mark.
        draft: asDraft || undefined,
        ignore: splitIgnored(ignored).rules,
        toneStyle,
      },
      (done, total) => setPhase({ kind: "checking", paragraphs, done: done / total })
    );
    return { snapshot, ignored, result, serial: ++serial.current };
  };

  /** Checks the same text again with other options (profile, tone, draft): nothing is read from Word. */
  const recheck = (options: Parameters<typeof check>) =>
    act(async () => {
      try {
        const next = await check(...options);
        startTransition(() => setRun(next));
      } catch (error) {
        fail("checkFailed", error);
      }
    });

  /** The run's findings less the single findings ignored in this document: what the pane shows and counts. */
  const shown = useMemo((): CheckResult | null => {
    if (!run) return null;
    const findings = withoutIgnoredFindings(
      run.result.findings,
      run.snapshot.paragraphs,
      run.ignored
    );
    return { ...run.result, findings };
  }, [run]);
  const listed = useMemo(
    () => (shown ? listFindings(shown.findings, settings.severityFilter) : []),
    [shown, settings.severityFilter]
  );
  const counts = useMemo(() => (shown ? filterCounts(shown.findings) : null), [shown]);

  /** Sets the results (the list starts afresh) and says what they are. */
  const showRun = (next: Run, focus: FocusRequest | null, say: string, notice?: Notice) => {
    // A transition: React renders the new list in slices between which the pane answers (a page of findings took
    // ~80 ms in one piece on a loaded machine, more on a slow one).
    startTransition(() => {
      setRun(next);
      setFixAllOpen(false);
      setCurrent(null);
      setFocusRequest(focus);
      setAnnouncement(say);
      // The notice shows with the list it speaks of, not before it.
      if (notice) setNotice(notice);
    });
  };

  // The tab's badge: findings left, red while some are errors.
  useEffect(() => {
    if (!onTabBadge) return;
    if (!counts || !shown) onTabBadge(null);
    else
      onTabBadge({
        count: counts.all,
        errors: counts.errors,
        label: summaryLine(shown, t.language),
      });
  }, [counts, shown, onTabBadge, t.language]);

  // Focus follows each action once its outcome is on screen.
  useEffect(() => {
    if (!focusRequest || !run) return;
    const target =
      focusRequest.kind === "finding"
        ? document.getElementById(findingElementId(run.serial, focusRequest.id))
        : resultsHeading.current;
    (target ?? resultsHeading.current)?.focus();
    setFocusRequest(null);
  }, [focusRequest, run]);

  /** Runs one user action with the pane marked busy, its progress cleared at the end. */
  const act = (work: () => Promise<void>) =>
    runOne(async () => {
      try {
        await work();
      } finally {
        setPhase(null);
      }
    });

  const fail = (title: CheckMessageKey, error: unknown) => {
    const reason = failureReason(error, t.language);
    setNotice({ kind: "failed", title, reason });
    setAnnouncement(`${t(title)}: ${reason}`);
  };

  async function writeComments(current: Run): Promise<void> {
    const fresh = current.result.findings.filter(
      (finding) => !commented.current.has(commentKey(finding))
    );
    if (fresh.length === 0) return;
    setPhase({ kind: "commenting" });
    await nextPaint();
    const report = await host.addComments(fresh, current.snapshot);
    const skipped = new Set(report.skipped.map((entry) => entry.finding));
    for (const finding of fresh) {
      if (!skipped.has(finding)) commented.current.add(commentKey(finding));
    }
    setNotice({ kind: "commented", count: report.written, skipped: skipped.size });
    setAnnouncement(
      t("commented", { count: report.written }) +
        (skipped.size > 0 ? ` ${t("commentsSkipped", { count: skipped.size })}` : "")
    );
  }

  /**
   * Reads the document from Word and checks it; in reviewer mode, writes the findings as comments. `lead` is what an
   * earlier step of the same action did ("Đã sửa 3 mục"), said before the new summary; null clears the notice.
   */
  async function readAndCheck(lead: string | null, comment: boolean = reviewer): Promise<void> {
    try {
      // A transition: the progress bar comes in a render React slices, not in the click's own task.
      startTransition(() => {
        if (lead === null) setNotice(null);
        setPhase({ kind: "reading" });
      });
      await nextPaint();
      const [snapshot, ignored] = await Promise.all([
        host.readSource().then((source) => documentChecker().read(source)),
        host.getIgnored(),
      ]);
      const next = await check(snapshot, ignored);
      const left = withoutIgnoredFindings(next.result.findings, snapshot.paragraphs, ignored);
      const line = summaryLine({ ...next.result, findings: left }, t.language);
      showRun(next, { kind: "results" }, lead ? `${lead}. ${line}` : line);
      if (comment && commentsAvailable) await writeComments(next);
    } catch (error) {
      fail("checkFailed", error);
    }
  }

  const onCheck = () => act(() => readAndCheck(null));

  async function applyFixes(fixes: readonly Fix[]): Promise<void> {
    if (!run || fixes.length === 0) return;
    setNotice(null);
    setPhase({ kind: "applying" });
    await nextPaint();
    let report: FixReport;
    try {
      report = await host.applyFixes(fixes, run.snapshot);
    } catch (error) {
      fail("actionFailed", error);
      return;
    }
    // The preview goes as the outcome comes: its undo hint and the notice's must not be on screen together.
    setFixAllOpen(false);
    setNotice({ kind: "fixed", report });
    const said =
      report.applied.length > 0 ? t("fixed", { count: report.applied.length }) : t("fixedNone");
    // The document changed: read it again so the list shows what is left.
    if (report.applied.length > 0) await readAndCheck(said);
    else {
      setAnnouncement(said);
      setFocusRequest({ kind: "results" });
    }
  }

  const onFix = (finding: Finding) => act(() => applyFixes(finding.fix ? [finding.fix] : []));
  const onFixAll = () => setFixAllOpen(true);
  const onFixAllApply = (fixes: readonly Fix[]) =>
    act(async () => {
      await applyFixes(fixes);
      setFixAllOpen(false);
    });
  const onFixAllCancel = () => {
    setFixAllOpen(false);
    requestAnimationFrame(() => fixAllButton.current?.focus());
  };

  const select = async (finding: Finding) => {
    if (!run || finding.paragraph === null) return;
    try {
      await host.selectParagraph(finding.paragraph, run.snapshot);
    } catch (error) {
      fail("actionFailed", error);
    }
  };
  const onSelect = (finding: Finding) => act(() => select(finding));

  /** "Next"/"previous": the next finding listed, in document order; goes there in Word and in the list. */
  const onStep = (direction: 1 | -1) =>
    act(async () => {
      const at = current === null ? null : listed.findIndex((entry) => entry.id === current);
      const step = stepTo(at === -1 ? null : at, listed.length, direction);
      const target = step === null ? undefined : listed[step];
      if (!target) return;
      setCurrent(target.id);
      setFocusRequest({ kind: "finding", id: target.id });
      setAnnouncement(
        t("positionSaid", {
          index: (step ?? 0) + 1,
          count: listed.length,
          message: t.pick(target.finding.messages),
        })
      );
      await select(target.finding);
    });

  /** Stores the new ignore list in the document, then checks the same text again: nothing in Word changed. */
  const changeIgnored = (
    ignored: readonly string[],
    done: Notice,
    said: string,
    nextFocus: (next: Run) => FocusRequest
  ) =>
    act(async () => {
      if (!run) return;
      try {
        await host.setIgnored(ignored);
      } catch (error) {
        fail("actionFailed", error);
        return;
      }
      let next: Run;
      try {
        next = await check(run.snapshot, ignored);
      } catch (error) {
        fail("checkFailed", error);
        return;
      }
      showRun(next, nextFocus(next), said, done);
    });

  /** Focus after an ignore: the finding that now sits where the ignored one was, else the results. */
  const focusAfter =
    (finding: Finding) =>
    (next: Run): FocusRequest => {
      const left = listFindings(
        withoutIgnoredFindings(next.result.findings, next.snapshot.paragraphs, next.ignored),
        settings.severityFilter
      );
      const after = left.find(
        (entry) => (entry.finding.paragraph ?? -1) >= (finding.paragraph ?? -1)
      );
      return after ? { kind: "finding", id: after.id } : { kind: "results" };
    };

  const onIgnoreRule = (rule: string) => {
    if (!run) return;
    const finding = shown?.findings.find((entry) => entry.rule === rule);
    void changeIgnored(
      [...new Set([...run.ignored, rule])],
      { kind: "ignored", rule },
      t("ignoredNotice", { rule }),
      finding ? focusAfter(finding) : () => ({ kind: "results" })
    );
  };

  const onRestoreRule = (rule: string) => {
    if (!run) return;
    void changeIgnored(
      run.ignored.filter((entry) => entry !== rule),
      { kind: "restored", rule },
      t("restoredNotice", { rule }),
      () => ({ kind: "results" })
    );
  };

  const onIgnoreOne = (finding: Finding) => {
    if (!run || !shown) return;
    const paragraphText =
      finding.paragraph === null ? undefined : run.snapshot.paragraphs[finding.paragraph]?.text;
    const entry = ignoredFindingEntry(finding, paragraphText);
    // Every finding of this rule in this paragraph goes with it: they are one entry in the document.
    const count = shown.findings.filter(
      (other) =>
        other.rule === finding.rule &&
        ignoredFindingEntry(
          other,
          other.paragraph === null ? undefined : run.snapshot.paragraphs[other.paragraph]?.text
        ) === entry
    ).length;
    void changeIgnored(
      [...new Set([...run.ignored, entry])],
      { kind: "ignoredOne", count },
      t("ignoredOneNotice", { count }),
      focusAfter(finding)
    );
  };

  const onRestoreOne = (entry: string) => {
    if (!run) return;
    void changeIgnored(
      run.ignored.filter((other) => other !== entry),
      { kind: "restoredOne" },
      t("restoredOneNotice"),
      () => ({ kind: "results" })
    );
  };

  const onProfileChange = (profile: ProfileId | "auto") => {
    onSettingsChange({ checkProfile: profile });
    if (run && !isBusy()) void recheck([run.snapshot, run.ignored, profile]);
  };

  const onToneStyleChange = (toneStyle: ToneStylePreference) => {
    onSettingsChange({ toneStyle });
    if (run && !isBusy())
      void recheck([run.snapshot, run.ignored, undefined, undefined, toneStyle]);
  };

  const onDraftChange = (next: boolean) => {
    setDraft(next);
    if (run && !isBusy()) void recheck([run.snapshot, run.ignored, undefined, next]);
  };

  const onReviewerChange = (next: boolean) => {
    // Turned on with findings on screen: ask first, since it writes into the document.
    if (next && run) {
      setConfirmComments(true);
      return;
    }
    setConfirmComments(false);
    setReviewer(next);
  };

  const onCommentsConfirmed = () => {
    setConfirmComments(false);
    setReviewer(true);
    // Read the document again (it may have changed since), then comment.
    void act(() => readAndCheck(null, true));
  };

  // Stable, so the memoised options skip the pane's re-renders while it works (progress, each 50 ms).
  const optionHandlers = useStableHandlers({
    onProfileChange,
    onToneStyleChange,
    onDraftChange,
    onReviewerChange,
  });

  const onFilterChange = (filter: SeverityFilter) => {
    onSettingsChange({ severityFilter: filter });
    setCurrent(null);
  };

  const fixAll = useMemo(
    () => (shown && run ? fixAllFindings(shown.findings, run.snapshot.paragraphs) : []),
    [shown, run]
  );
  const fixAllCount = fixAll.length;
  const currentAt = current === null ? -1 : listed.findIndex((entry) => entry.id === current);
  const actions = {
    busy,
    onSelect,
    onFix,
    onIgnore: onIgnoreOne,
    onIgnoreRule,
  };
  const ignoredFindings = run
    ? run.ignored.filter((entry) => splitIgnored([entry]).findings.length > 0)
    : [];

  return (
    <div className={styles.pane}>
      <div
        className={styles.announcer}
        aria-live="polite"
        aria-atomic="true"
        data-testid="check-announcer"
      >
        {announcement}
      </div>
      {!inWord && (
        <MessageBar intent="warning" politeness="polite">
          <MessageBarBody>{t("outsideWord")}</MessageBarBody>
        </MessageBar>
      )}
      {!run && (
        <Text as="p" className={styles.intro}>
          {t("intro")}
        </Text>
      )}

      <CheckOptions
        profile={settings.checkProfile}
        onProfileChange={optionHandlers.onProfileChange}
        toneStyle={settings.toneStyle}
        onToneStyleChange={optionHandlers.onToneStyleChange}
        draft={draft}
        onDraftChange={optionHandlers.onDraftChange}
        reviewer={reviewer}
        onReviewerChange={optionHandlers.onReviewerChange}
        commentsAvailable={commentsAvailable}
        inWord={inWord}
        disabled={busy}
      />

      {!run && (
        <div className={styles.actions}>
          <Button appearance="primary" disabledFocusable={busy} onClick={onCheck}>
            {t("check")}
          </Button>
        </div>
      )}

      {phase && <Progress phase={phase} t={t} />}
      {/* Before the first results: their parts (and the progress bar's) get their styles (see results-warmup.tsx). */}
      {!run && <ResultsWarmup />}
      {!run && notice && (
        <Unannounced>
          <NoticeBar notice={notice} t={t} />
        </Unannounced>
      )}

      {run && shown && counts && (
        <section className={styles.results} aria-labelledby="check-results-heading">
          <Text
            as="h2"
            id="check-results-heading"
            size={400}
            weight="semibold"
            className={styles.heading}
            ref={resultsHeading}
            tabIndex={-1}
          >
            {t("results")}
          </Text>
          <CheckSummary result={shown} detected={settings.checkProfile === "auto"} />
          {/* How this read went: a large document read as a file, tracked changes, track changes on. */}
          {run.snapshot.read?.notes.map((note) => (
            <MessageBar key={note.en} intent="info" layout="multiline" data-testid="read-note">
              <MessageBarBody>{t.pick(note)}</MessageBarBody>
            </MessageBar>
          ))}
          <div className={styles.actions}>
            {fixAllCount > 0 && (
              <Button
                appearance="primary"
                disabledFocusable={busy || fixAllOpen}
                aria-expanded={fixAllOpen}
                onClick={onFixAll}
                ref={fixAllButton}
              >
                {t("fixAll", { count: fixAllCount })}
              </Button>
            )}
            <Button
              appearance={fixAllCount > 0 ? "secondary" : "primary"}
              disabledFocusable={busy}
              onClick={onCheck}
            >
              {t("recheck")}
            </Button>
          </div>
          <ReportActions
            result={shown}
            paragraphs={run.snapshot.paragraphs}
            onDone={(text, ok) => {
              setNotice({ kind: "report", text, ok });
              setAnnouncement(text);
            }}
          />
          {confirmComments && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t("confirmComments", { count: shown.findings.length })}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" appearance="primary" onClick={onCommentsConfirmed}>
                  {t("confirmCommentsYes")}
                </Button>
                <Button size="small" onClick={() => setConfirmComments(false)}>
                  {t("cancel")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {fixAllOpen && fixAllCount > 0 && (
            <FixAllPreview
              findings={fixAll}
              paragraphs={run.snapshot.paragraphs}
              busy={busy}
              onApply={onFixAllApply}
              onCancel={onFixAllCancel}
            />
          )}
          {notice && (
            <Unannounced>
              <NoticeBar notice={notice} t={t} />
            </Unannounced>
          )}
          {counts.all > 0 && (
            <div className={styles.toolbar}>
              <RadioGroup
                layout="horizontal"
                className={styles.filters}
                aria-label={t("filter")}
                value={settings.severityFilter}
                onChange={(_, data) => onFilterChange(data.value as SeverityFilter)}
              >
                <Radio value="errors" label={t("filterErrors", { count: counts.errors })} />
                <Radio value="serious" label={t("filterSerious", { count: counts.serious })} />
                <Radio value="all" label={t("filterAll", { count: counts.all })} />
              </RadioGroup>
              <Switch
                className={styles.switch}
                label={t("groupView")}
                checked={settings.checkView === "group"}
                onChange={(_, data) =>
                  onSettingsChange({ checkView: data.checked ? "group" : "order" })
                }
              />
              <div className={styles.steps}>
                <Button
                  size="small"
                  disabledFocusable={busy || listed.length === 0 || currentAt === 0}
                  onClick={() => onStep(-1)}
                >
                  {t("previous")}
                </Button>
                <Button
                  size="small"
                  appearance="primary"
                  disabledFocusable={busy || listed.length === 0 || currentAt === listed.length - 1}
                  onClick={() => onStep(1)}
                >
                  {t("next")}
                </Button>
                <Text size={200} className={styles.position} data-testid="check-position">
                  {currentAt >= 0
                    ? t("position", { index: currentAt + 1, count: listed.length })
                    : t("positionNone", { count: listed.length })}
                </Text>
              </div>
            </div>
          )}
          {counts.all > 0 && listed.length === 0 && (
            <Text as="p" className={styles.intro}>
              {t("nothingAtFilter", { count: counts.all })}
            </Text>
          )}
          {listed.length > 0 &&
            (settings.checkView === "group" ? (
              <FindingGroups
                key={`${run.serial}-${settings.severityFilter}`}
                groups={groupListed(listed)}
                serial={run.serial}
                paragraphs={run.snapshot.paragraphs}
                current={current}
                {...actions}
              />
            ) : (
              <FindingList
                key={`${run.serial}-${settings.severityFilter}`}
                label={t("findingsCount", { count: listed.length })}
                findings={listed}
                serial={run.serial}
                paragraphs={run.snapshot.paragraphs}
                current={current}
                collapseNotes
                {...actions}
              />
            ))}
          <CoverageList
            coverage={run.result.coverage}
            ignoredFindings={ignoredFindings}
            busy={busy}
            onRestore={onRestoreRule}
            onRestoreFinding={onRestoreOne}
          />
        </section>
      )}
    </div>
  );
}

type T = PaneTranslate<CheckMessageKey>;

/** "2.670" / "2,670": by hand, since the first Intl number format of a page costs ~100 ms (its locale data). */
function grouped(count: number, language: string): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, language === "vi" ? "." : ",");
}

function Progress({ phase, t }: { readonly phase: Phase; readonly t: T }) {
  const status =
    phase.kind === "reading"
      ? t("reading")
      : phase.kind === "checking"
        ? t("checking", { count: grouped(phase.paragraphs, t.language) })
        : phase.kind === "applying"
          ? t("applying")
          : t("commenting");
  return (
    <Field validationMessage={status} validationState="none" role="status">
      <ProgressBar
        thickness="large"
        aria-label={status}
        value={phase.kind === "checking" ? phase.done : undefined}
      />
    </Field>
  );
}

/** The same reasons counted once each, in the order first met. */
function countReasons(reasons: readonly Message[]): [Message, number][] {
  const counted = new Map<string, [Message, number]>();
  for (const reason of reasons) {
    const entry = counted.get(reason.vi);
    if (entry) entry[1] += 1;
    else counted.set(reason.vi, [reason, 1]);
  }
  return [...counted.values()];
}

function NoticeBar({ notice, t }: { readonly notice: Notice; readonly t: T }) {
  const styles = useStyles();
  if (notice.kind === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t(notice.title)}</MessageBarTitle>
          {notice.reason}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (notice.kind === "report") {
    return (
      <MessageBar intent={notice.ok ? "success" : "warning"}>
        <MessageBarBody>{notice.text}</MessageBarBody>
      </MessageBar>
    );
  }
  if (notice.kind === "fixed") {
    const { applied, skipped } = notice.report;
    const reasons = countReasons(skipped.map((entry) => entry.reason));
    return (
      <MessageBar intent={applied.length > 0 ? "success" : "warning"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {applied.length > 0 ? t("fixed", { count: applied.length }) : t("fixedNone")}
          </MessageBarTitle>
          {/* Each line its own block in the one body: the title, the undo hint, what was skipped. */}
          {applied.length > 1 && <div>{t("undoHint", { count: applied.length })}</div>}
          {applied.length > 0 && notice.report.tracked && <div>{t("fixedTracked")}</div>}
          {skipped.length > 0 && (
            <div>
              {t("skippedTitle", { count: skipped.length })}
              <ul className={styles.skipped}>
                {reasons.map(([reason, count]) => (
                  <li key={reason.vi}>
                    {t.pick(reason)}
                    {count > 1 ? ` (${count})` : ""}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const text =
    notice.kind === "commented"
      ? t("commented", { count: notice.count }) +
        (notice.skipped > 0 ? ` ${t("commentsSkipped", { count: notice.skipped })}` : "")
      : notice.kind === "ignored"
        ? t("ignoredNotice", { rule: notice.rule })
        : notice.kind === "restored"
          ? t("restoredNotice", { rule: notice.rule })
          : notice.kind === "ignoredOne"
            ? t("ignoredOneNotice", { count: notice.count })
            : t("restoredOneNotice");
  return (
    <MessageBar intent={notice.kind === "commented" ? "success" : "info"}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
