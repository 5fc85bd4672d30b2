// The Check pane: reads the open document, checks its thể thức, lists findings by part, and goes to, fixes or ignores them.

import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { checkSnapshot } from "../check/engine";
import type { CheckResult, Finding, Fix, Message, ToneStylePreference } from "../check/types";
import type { ProfileId } from "../conventions";
import { type FixReport, type ReadSnapshot, failureReason } from "../host/document-host";
import { CHECK_MESSAGES, type CheckMessageKey } from "./check-messages";
import { CheckOptions } from "./check-options";
import { groupFindings, safeFixes } from "./check-results";
import { CheckSummary } from "./check-summary";
import { CoverageList } from "./coverage-list";
import { FindingGroups } from "./finding-groups";
import { useHost, useInWord } from "./host-context";
import { nextPaint } from "./next-paint";
import { useOneAction } from "./one-action";
import { type PaneTranslate, usePaneT } from "./i18n";
import type { PaneProps } from "./panes";

/** What the pane is doing while it is busy, shown under a progress bar. */
type Phase =
  | { readonly kind: "reading" }
  | { readonly kind: "checking"; readonly paragraphs: number }
  | { readonly kind: "applying" }
  | { readonly kind: "commenting" };

/** One check of the document: what was read, what was found, and which rules were ignored. */
interface Run {
  /** The document as read, with how its paragraphs lined up with Word's: every action finds paragraphs through it. */
  readonly snapshot: ReadSnapshot;
  readonly result: CheckResult;
  readonly ignored: readonly string[];
  /** Counts checks, so the lists open afresh after each. */
  readonly serial: number;
}

type Notice =
  | { readonly kind: "failed"; readonly title: CheckMessageKey; readonly reason: string }
  | { readonly kind: "fixed"; readonly report: FixReport }
  | { readonly kind: "commented"; readonly count: number; readonly skipped: number }
  | { readonly kind: "ignored" | "restored"; readonly rule: string };

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  skipped: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** What makes a finding the same one again in a later check of the same document. */
function commentKey(finding: Finding): string {
  return `${finding.rule}\u0000${finding.paragraph ?? ""}\u0000${finding.text}\u0000${finding.messages.vi}`;
}

/** Check → findings grouped by category → go to, fix (safe ones all at once) or ignore; every action one Word.run. */
export function CheckPane({ settings, onSettingsChange }: PaneProps) {
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
  // Findings already written into the document as comments in this session, so a new check does not repeat them.
  const commented = useRef(new Set<string>());
  const { busy, isBusy, act: runOne } = useOneAction();
  const serial = useRef(0);

  const check = (
    snapshot: ReadSnapshot,
    ignored: readonly string[],
    profile: ProfileId | "auto" = settings.checkProfile,
    asDraft: boolean = draft,
    toneStyle: ToneStylePreference = settings.toneStyle
  ): Run => ({
    snapshot,
    ignored,
    // The draft switch only ever relaxes: off leaves it to the checker, which honours a "DỰ THẢO" mark.
    result: checkSnapshot(snapshot, {
      profile,
      language: t.language,
      draft: asDraft || undefined,
      ignore: ignored,
      toneStyle,
    }),
    serial: ++serial.current,
  });

  /** Runs one user action with the pane marked busy, its progress cleared at the end. */
  const act = (work: () => Promise<void>) =>
    runOne(async () => {
      try {
        await work();
      } finally {
        setPhase(null);
      }
    });

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
  }

  /** Reads the document from Word and checks it; in reviewer mode, writes the findings as comments. */
  async function readAndCheck(keepNotice: boolean, comment: boolean = reviewer): Promise<void> {
    if (!keepNotice) setNotice(null);
    try {
      setPhase({ kind: "reading" });
      await nextPaint();
      const [snapshot, ignored] = await Promise.all([host.readSnapshot(), host.getIgnored()]);
      setPhase({ kind: "checking", paragraphs: snapshot.paragraphs.length });
      await nextPaint();
      const next = check(snapshot, ignored);
      setRun(next);
      if (comment && commentsAvailable) await writeComments(next);
    } catch (error) {
      setNotice({ kind: "failed", title: "checkFailed", reason: failureReason(error, t.language) });
    }
  }

  const onCheck = () => act(() => readAndCheck(false));

  async function applyFixes(fixes: readonly Fix[]): Promise<void> {
    if (!run || fixes.length === 0) return;
    setNotice(null);
    setPhase({ kind: "applying" });
    await nextPaint();
    let report: FixReport;
    try {
      report = await host.applyFixes(fixes, run.snapshot);
    } catch (error) {
      setNotice({ kind: "failed", title: "actionFailed", reason: failureReason(error, t.language) });
      return;
    }
    setNotice({ kind: "fixed", report });
    // The document changed: read it again so the list shows what is left.
    if (report.applied.length > 0) await readAndCheck(true);
  }

  const onFix = (finding: Finding) => act(() => applyFixes(finding.fix ? [finding.fix] : []));
  const onFixAll = () => act(() => applyFixes(run ? safeFixes(run.result.findings) : []));

  const onSelect = (finding: Finding) =>
    act(async () => {
      if (!run || finding.paragraph === null) return;
      try {
        await host.selectParagraph(finding.paragraph, run.snapshot);
      } catch (error) {
        setNotice({ kind: "failed", title: "actionFailed", reason: failureReason(error, t.language) });
      }
    });

  /** Stores the new ignore list in the document, then checks the same text again: nothing in Word changed. */
  const changeIgnored = (rule: string, ignore: boolean) =>
    act(async () => {
      if (!run) return;
      const ignored = ignore
        ? [...new Set([...run.ignored, rule])]
        : run.ignored.filter((id) => id !== rule);
      try {
        await host.setIgnored(ignored);
      } catch (error) {
        setNotice({ kind: "failed", title: "actionFailed", reason: failureReason(error, t.language) });
        return;
      }
      setRun(check(run.snapshot, ignored));
      setNotice({ kind: ignore ? "ignored" : "restored", rule });
    });

  const onProfileChange = (profile: ProfileId | "auto") => {
    onSettingsChange({ checkProfile: profile });
    if (run && !isBusy()) setRun(check(run.snapshot, run.ignored, profile));
  };

  const onToneStyleChange = (toneStyle: ToneStylePreference) => {
    onSettingsChange({ toneStyle });
    if (run && !isBusy()) setRun(check(run.snapshot, run.ignored, undefined, undefined, toneStyle));
  };

  const onDraftChange = (next: boolean) => {
    setDraft(next);
    if (run && !isBusy()) setRun(check(run.snapshot, run.ignored, undefined, next));
  };

  const onReviewerChange = (next: boolean) => {
    setReviewer(next);
    // Turned on with findings on screen: read the document again (it may have changed since), then comment.
    if (next && run) void act(() => readAndCheck(false, true));
  };

  const groups = useMemo(() => (run ? groupFindings(run.result.findings) : []), [run]);
  const fixAllCount = run ? safeFixes(run.result.findings).length : 0;

  return (
    <div className={styles.pane}>
      {!inWord && (
        <MessageBar intent="warning">
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
        onProfileChange={onProfileChange}
        toneStyle={settings.toneStyle}
        onToneStyleChange={onToneStyleChange}
        draft={draft}
        onDraftChange={onDraftChange}
        reviewer={reviewer}
        onReviewerChange={onReviewerChange}
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
      {!run && notice && <NoticeBar notice={notice} t={t} />}

      {run && (
        <section className={styles.results} aria-labelledby="check-results-heading">
          <Text
            as="h2"
            id="check-results-heading"
            size={400}
            weight="semibold"
            className={styles.heading}
          >
            {t("results")}
          </Text>
          <CheckSummary result={run.result} detected={settings.checkProfile === "auto"} />
          <div className={styles.actions}>
            {fixAllCount > 0 && (
              <Button appearance="primary" disabledFocusable={busy} onClick={onFixAll}>
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
          {notice && <NoticeBar notice={notice} t={t} />}
          {groups.length > 0 && (
            <FindingGroups
              key={run.serial}
              groups={groups}
              paragraphs={run.snapshot.paragraphs}
              busy={busy}
              onSelect={onSelect}
              onFix={onFix}
              onIgnore={(rule) => changeIgnored(rule, true)}
            />
          )}
          <CoverageList
            coverage={run.result.coverage}
            busy={busy}
            onRestore={(rule) => changeIgnored(rule, false)}
          />
        </section>
      )}
    </div>
  );
}

type T = PaneTranslate<CheckMessageKey>;

function Progress({ phase, t }: { readonly phase: Phase; readonly t: T }) {
  const status =
    phase.kind === "reading"
      ? t("reading")
      : phase.kind === "checking"
        ? t("checking", { count: phase.paragraphs.toLocaleString(t.language) })
        : phase.kind === "applying"
          ? t("applying")
          : t("commenting");
  return (
    <Field validationMessage={status} validationState="none" role="status">
      <ProgressBar thickness="large" aria-label={status} />
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
      <MessageBar intent="error" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>{t(notice.title)}</MessageBarTitle>
          {notice.reason}
        </MessageBarBody>
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
          {skipped.length > 0 && (
            <>
              {t("skippedTitle", { count: skipped.length })}
              <ul className={styles.skipped}>
                {reasons.map(([reason, count]) => (
                  <li key={reason.vi}>
                    {t.pick(reason)}
                    {count > 1 ? ` (${count})` : ""}
                  </li>
                ))}
              </ul>
            </>
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
        : t("restoredNotice", { rule: notice.rule });
  return (
    <MessageBar intent={notice.kind === "commented" ? "success" : "info"}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
