// The documents the open document cites, grouped Party / State / laws, each with how often and where it is first cited.

import { Button, Caption1, ProgressBar, Text } from "@fluentui/react-components";
import { useState } from "react";
import { type Reference, sameDocument } from "../citations";
import {
  CITED_GROUPS,
  type CitedDocument,
  type CitedGroup,
  citedDocuments,
} from "../check/cited-documents";
import type { Profile } from "../conventions";
import { type CheckedText, failureReason } from "../host/document-host";
import { nameOf, useCitationStyles } from "./citation-styles";
import { CITATIONS_MESSAGES, type CitationsKey } from "./citations-messages";
import { useHost } from "./host-context";
import { InsertNotice, type Notice } from "./insert-notice";
import { usePaneT } from "./i18n";
import { nextPaint } from "./next-paint";

const GROUP_LABELS: Readonly<Record<CitedGroup, CitationsKey>> = {
  party: "groupParty",
  state: "groupState",
  law: "groupLaw",
  other: "groupOther",
};

export interface CitedListProps {
  readonly profile: Profile;
  /** The documents the library holds, so a document already kept says so instead of offering "Keep". */
  readonly library: readonly Reference[];
  readonly busy: boolean;
  /** Runs one action on Word, unless another is running. */
  readonly act: (work: () => Promise<void>) => Promise<void>;
  /** Keeps the reference's text in the library. */
  readonly onKeep: (text: string) => void;
  /** Inserts a citation of the document at the cursor, in the form its place asks for. */
  readonly onInsert: (reference: Reference, abbreviation: string) => Promise<Notice>;
}

type State =
  | { readonly kind: "idle" }
  | { readonly kind: "reading" }
  | {
      readonly kind: "read";
      readonly cited: readonly CitedDocument[];
      /** What was read, so "Go to" finds the paragraph by the text the scan saw. */
      readonly checked: CheckedText;
    }
  | { readonly kind: "failed"; readonly reason: string };

/** "Find the documents cited" and the list it gives; "Go to" selects the paragraph of the first citation. */
export function CitedList({ profile, library, busy, act, onKeep, onInsert }: CitedListProps) {
  const t = usePaneT(CITATIONS_MESSAGES);
  const styles = useCitationStyles();
  const host = useHost();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [jumpError, setJumpError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const onInsertClick = (cited: CitedDocument) =>
    act(async () => {
      setJumpError(null);
      setNotice(null);
      setNotice(await onInsert(cited.reference, cited.definedAs ?? ""));
    });

  const onScan = () =>
    act(async () => {
      setJumpError(null);
      setState({ kind: "reading" });
      await nextPaint();
      try {
        const snapshot = await host.readSnapshot();
        setState({ kind: "read", cited: citedDocuments(snapshot), checked: snapshot });
      } catch (error) {
        setState({ kind: "failed", reason: failureReason(error, t.language) });
      }
    });

  const onGoTo = (cited: CitedDocument) =>
    act(async () => {
      setJumpError(null);
      try {
        if (state.kind !== "read") return;
        await host.selectParagraph(cited.first.paragraph, state.checked);
      } catch (error) {
        setJumpError(failureReason(error, t.language));
      }
    });

  const cited = state.kind === "read" ? state.cited : [];
  return (
    <section className={styles.section} aria-labelledby="citations-cited">
      <Text as="h2" size={400} weight="semibold" id="citations-cited" className={styles.heading}>
        {t("citedSection")}
      </Text>
      <div className={styles.actions}>
        <Button disabledFocusable={busy} onClick={() => void onScan()}>
          {state.kind === "read" ? t("rescan") : t("scan")}
        </Button>
      </div>
      {state.kind === "reading" && <ProgressBar aria-label={t("scanning")} thickness="large" />}
      <Caption1 role="status" className={styles.note}>
        {state.kind === "reading" && t("scanning")}
        {state.kind === "failed" && `${t("failed")}: ${state.reason}`}
        {state.kind === "read" &&
          (cited.length === 0 ? t("citedNone") : t("citedCount", { count: cited.length }))}
        {jumpError && `${t("failed")}: ${jumpError}`}
      </Caption1>
      {notice && <InsertNotice notice={notice} />}
      {CITED_GROUPS.map((group) => {
        const members = cited.filter((document) => document.group === group);
        if (members.length === 0) return null;
        const headingId = `citations-group-${group}`;
        return (
          <div key={group} className={styles.section}>
            <Text as="h3" weight="semibold" id={headingId} className={styles.heading}>
              {`${t(GROUP_LABELS[group])} (${members.length})`}
            </Text>
            <ul className={styles.list} aria-labelledby={headingId}>
              {members.map((document) => {
                const name = nameOf(document.reference, profile, document.definedAs ?? "");
                const kept = library.some((other) => sameDocument(other, document.reference));
                return (
                  <li key={document.key} className={styles.item}>
                    <Text weight="semibold">{name}</Text>
                    <Caption1>{document.reference.text}</Caption1>
                    <Caption1 className={styles.note}>
                      {t("mentions", {
                        count: document.mentions,
                        paragraph: document.first.paragraph + 1,
                      })}
                      {document.definedAs && ` · ${t("definedAs", { short: document.definedAs })}`}
                    </Caption1>
                    <div className={styles.actions}>
                      <Button
                        size="small"
                        appearance="primary"
                        disabledFocusable={busy}
                        aria-label={t("insertLabel", { name })}
                        onClick={() => void onInsertClick(document)}
                      >
                        {t("insert")}
                      </Button>
                      <Button
                        size="small"
                        disabledFocusable={busy}
                        aria-label={t("goToLabel", { name })}
                        onClick={() => void onGoTo(document)}
                      >
                        {t("goTo")}
                      </Button>
                      {kept ? (
                        <Caption1 className={styles.note}>{t("inLibrary")}</Caption1>
                      ) : (
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={t("keepLabel", { name })}
                          onClick={() => onKeep(document.reference.text)}
                        >
                          {t("keep")}
                        </Button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
