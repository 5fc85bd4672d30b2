// The Citations pane: the user's library of cited documents, inserted at the cursor in full on first mention and short
// afterwards; a paste box to add to it; and the documents the open document cites, with a jump to each first mention.

import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import {
  type CitationForm,
  chooseCitation,
  entryReference,
  formatReference,
  parseReferences,
  type Reference,
  sameDocument,
} from "../citations";
import type { LibraryEntry } from "../citations/standing-documents";
import { PROFILES, type Profile } from "../conventions";
import { failureReason } from "../host/document-host";
import { loadLibrary, saveLibrary } from "./citation-library";
import { useCitationStyles, nameOf } from "./citation-styles";
import { CitedList } from "./cited-list";
import { InsertNotice, type Notice } from "./insert-notice";
import { CITATIONS_MESSAGES, type CitationsKey } from "./citations-messages";
import { useHost, useInWord } from "./host-context";
import { usePaneT } from "./i18n";
import { useOneAction } from "./one-action";
import type { PaneProps } from "./panes";
import { ProfileField } from "./profile-field";

/** A library entry with the document its text names (null when it names none). */
interface Shelved {
  readonly entry: LibraryEntry;
  readonly reference: Reference | null;
}

/** Library, paste box, and the documents the open document cites; every action on Word is one Word.run. */
export function CitationsPane({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(CITATIONS_MESSAGES);
  const styles = useCitationStyles();
  const host = useHost();
  const inWord = useInWord();
  const profile = PROFILES[settings.profile];

  const [library, setLibrary] = useState<readonly LibraryEntry[]>(() => loadLibrary());
  const shelved = useMemo<Shelved[]>(
    () => library.map((entry) => ({ entry, reference: entryReference(entry.text) })),
    [library]
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const { busy, act } = useOneAction();

  const changeLibrary = (next: readonly LibraryEntry[]) => {
    setLibrary(next);
    saveLibrary(next);
  };

  /** Adds the entries whose documents the library does not hold yet; returns how many were added. */
  const addEntries = (entries: readonly LibraryEntry[]): number => {
    const known = shelved.flatMap((s) => (s.reference ? [s.reference] : []));
    const fresh: LibraryEntry[] = [];
    for (const entry of entries) {
      const reference = entryReference(entry.text);
      if (!reference || known.some((other) => sameDocument(other, reference))) continue;
      known.push(reference);
      fresh.push(entry);
    }
    if (fresh.length > 0) changeLibrary([...library, ...fresh]);
    return fresh.length;
  };

  /** Inserts the citation at the cursor in the form its place asks for; says what was inserted, or why not. */
  const insert = async (reference: Reference, abbreviation: string): Promise<Notice> => {
    let form: CitationForm = "full";
    try {
      const text = await host.insertAtCursor((before) => {
        const choice = chooseCitation(reference, abbreviation, before, profile);
        form = choice.form;
        return choice.text;
      });
      return { kind: "inserted", form, text };
    } catch (error) {
      return { kind: "failed", reason: failureReason(error, t.language) };
    }
  };

  const onInsert = ({ entry, reference }: Shelved) =>
    act(async () => {
      if (!reference) return;
      setNotice(null);
      setNotice(await insert(reference, entry.abbreviation));
    });

  const onRemove = (index: number) => changeLibrary(library.filter((_, i) => i !== index));

  return (
    <div className={styles.pane}>
      <Text as="p" className={styles.note}>
        {t("intro")}
      </Text>
      {!inWord && (
        <MessageBar intent="info">
          <MessageBarBody>{t("outsideWord")}</MessageBarBody>
        </MessageBar>
      )}
      <ProfileField profile={settings.profile} onChange={onSettingsChange} />

      <section className={styles.section} aria-labelledby="citations-library">
        <Text
          as="h2"
          size={400}
          weight="semibold"
          id="citations-library"
          className={styles.heading}
        >
          {t("librarySection")}
        </Text>
        <Caption1 className={styles.note}>{t("libraryNote")}</Caption1>
        {notice && <InsertNotice notice={notice} />}
        {shelved.length === 0 ? (
          <Text className={styles.note}>{t("libraryEmpty")}</Text>
        ) : (
          <ul className={styles.list} aria-label={t("librarySection")}>
            {shelved.map((item, index) => {
              const name = item.reference
                ? nameOf(item.reference, profile, item.entry.abbreviation)
                : item.entry.text;
              return (
                <li key={`${index}:${item.entry.text}`} className={styles.item}>
                  <Text weight="semibold">{name}</Text>
                  <Caption1>{item.entry.text}</Caption1>
                  {item.entry.abbreviation !== "" && (
                    <Caption1 className={styles.note}>
                      {t("abbreviationShown", { short: item.entry.abbreviation })}
                    </Caption1>
                  )}
                  {!item.reference && (
                    <Caption1 className={styles.note}>{t("unreadable")}</Caption1>
                  )}
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={!item.reference}
                      disabledFocusable={busy}
                      aria-label={t("insertLabel", { name })}
                      onClick={() => void onInsert(item)}
                    >
                      {t("insert")}
                    </Button>
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-label={t("removeLabel", { name })}
                      onClick={() => onRemove(index)}
                    >
                      {t("remove")}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <AddToLibrary profile={profile} onAdd={addEntries} />

      <CitedList
        profile={profile}
        library={shelved.flatMap((s) => (s.reference ? [s.reference] : []))}
        busy={busy}
        act={act}
        onKeep={(text) => addEntries([{ text, abbreviation: "" }])}
        onInsert={insert}
      />
    </div>
  );
}

interface AddToLibraryProps {
  readonly profile: Profile;
  /** Adds the entries the library lacks; returns how many it added. */
  readonly onAdd: (entries: readonly LibraryEntry[]) => number;
}

/** A paste box: every document the pasted text cites full enough to cite again (a number with its ký hiệu, or a law). */
function AddToLibrary({ profile, onAdd }: AddToLibraryProps) {
  const t = usePaneT(CITATIONS_MESSAGES);
  const styles = useCitationStyles();
  const [pasted, setPasted] = useState("");
  const [abbreviation, setAbbreviation] = useState("");
  const [status, setStatus] = useState<string | null>(null);

  const found = useMemo(() => {
    const references: Reference[] = [];
    for (const line of pasted.split(/\r\n|[\r\n]/u)) {
      for (const reference of parseReferences(line)) {
        const citable = reference.law !== null || reference.code !== null;
        if (citable && !references.some((other) => sameDocument(other, reference)))
          references.push(reference);
      }
    }
    return references;
  }, [pasted]);

  const onAddClick = () => {
    // A short name belongs to one document: it is kept only when the paste names exactly one.
    const short = found.length === 1 ? abbreviation.trim() : "";
    const added = onAdd(
      found.map((reference) => ({
        text: reference.text,
        abbreviation: short || (reference.definedAs ?? ""),
      }))
    );
    setStatus(added > 0 ? t("added", { count: added }) : t("alreadyThere"));
    if (added > 0) {
      setPasted("");
      setAbbreviation("");
    }
  };

  return (
    <section className={styles.section} aria-labelledby="citations-add">
      <Text as="h2" size={400} weight="semibold" id="citations-add" className={styles.heading}>
        {t("addSection")}
      </Text>
      <Field label={t("paste")} hint={t("pasteHint")}>
        <Textarea
          value={pasted}
          resize="vertical"
          onChange={(_, data) => {
            setPasted(data.value);
            setStatus(null);
          }}
        />
      </Field>
      <Field label={t("abbreviation")} hint={t("abbreviationHint")}>
        <Input value={abbreviation} onChange={(_, data) => setAbbreviation(data.value)} />
      </Field>
      {pasted.trim() !== "" &&
        (found.length === 0 ? (
          <Caption1 role="status">{t("nothingUnderstood")}</Caption1>
        ) : (
          <div role="status">
            <Caption1>{t("understood", { count: found.length })}</Caption1>
            <ul className={styles.list}>
              {found.map((reference) => (
                <li key={`${reference.span.start}`} className={styles.item}>
                  <Text weight="semibold">{nameOf(reference, profile)}</Text>
                  <ReferenceParts reference={reference} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={found.length === 0} onClick={onAddClick}>
          {t("add")}
        </Button>
        {status && <Caption1 role="status">{status}</Caption1>}
      </div>
    </section>
  );
}

/** What the parser understood of a reference, part by part, so a wrong reading shows before it is kept. */
function ReferenceParts({ reference }: { readonly reference: Reference }) {
  const t = usePaneT(CITATIONS_MESSAGES);
  const styles = useCitationStyles();
  const date = reference.date;
  const rows: [CitationsKey, string | null][] = [
    [
      "partType",
      reference.law ? `${reference.typeName} ${reference.law.name}`.trim() : reference.typeName,
    ],
    ["partNumber", reference.numberText],
    [
      "partDate",
      date ? `${date.day}/${date.month}/${date.year}` : (reference.law?.year?.toString() ?? null),
    ],
    ["partIssuer", reference.issuer],
    ["partSummary", reference.summary],
  ];
  return (
    <dl className={styles.parts}>
      {rows
        .filter((row): row is [CitationsKey, string] => row[1] !== null && row[1] !== "")
        .map(([key, value]) => (
          <div key={key} className={styles.row}>
            <dt className={styles.term}>
              <Caption1>{t(key)}</Caption1>
            </dt>
            <dd className={styles.value}>
              <Caption1>{value}</Caption1>
            </dd>
          </div>
        ))}
    </dl>
  );
}
