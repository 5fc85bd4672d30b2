// The Insert pane: the header form, a live preview, and the button that puts the header into Word.

import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { headerBlock } from "../blocks/header-block";
import { DOCUMENT_TYPES, PROFILES } from "../conventions";
import {
  type HeaderForm,
  documentTypeFor,
  errorsByField,
  headerInputFrom,
  needsUnitCode,
  previewLines,
} from "./header-input";
import { useRememberedForm } from "./drafting-store";
import { type InsertStatus, useBlockInsert } from "./block-insert";
import { ExistingPrompt } from "./existing-prompt";
import { useInWord } from "./host-context";
import { useT } from "./i18n";
import type { PaneProps } from "./panes";
import { ProfileField } from "./profile-field";
import { useRevealSteps } from "./reveal-steps";
import { whereFor } from "./settings-store";

/** The header form's remembered values, by this name in the drafting store; "update blocks" rebuilds from them. */
export const HEADER_FORM = "header";
export const HEADER_DEFAULTS: { number: string; date: string; subject: string } = {
  number: "",
  date: "",
  subject: "",
};

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  typeCode: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS },
  // The form reaches the bottom of the pane at least, so the actions stand at the bottom of the pane from the first
  // render, not under the first fields and then lower once the rest has come (see actions).
  tall: { "@media (min-height: 480px)": { minHeight: "100vh" } },
  // The Insert button and what it answers stay in sight at the bottom of the pane while the form scrolls (the form is
  // ~1,800 px, the Insert button was below the first screen); a short pane (200 % zoom) keeps them in the flow.
  actions: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (min-height: 480px)": {
      position: "sticky",
      bottom: 0,
      // The form's free space (while its lower parts are still coming) goes above the actions, not under them.
      marginTop: "auto",
      zIndex: 1,
      marginLeft: `calc(-1 * ${tokens.spacingHorizontalL})`,
      marginRight: `calc(-1 * ${tokens.spacingHorizontalL})`,
      paddingLeft: tokens.spacingHorizontalL,
      paddingRight: tokens.spacingHorizontalL,
      paddingBottom: tokens.spacingVerticalM,
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
});

/** The parts below the first screen, rendered a frame after it and after each other: the issuer, then the rest. */
const LATER_PARTS = 2;

// Their code, evaluated once the form's first screen is on screen (eager: no extra file, it is in the pane's files).
let laterParts: typeof import("./insert-pane-parts") | undefined;
function loadLaterParts(): Promise<unknown> {
  return import(/* webpackMode: "eager" */ "./insert-pane-parts").then((module) => {
    laterParts = module;
  });
}

/** Header form → preview → insert at the start or at the cursor; invalid input never reaches Word. */
export function InsertPane({ settings, onSettingsChange, onOpenPane }: PaneProps) {
  const t = useT();
  const styles = useStyles();
  const inWord = useInWord();
  const formRef = useRef<HTMLFormElement>(null);

  const [form, setForm] = useRememberedForm(HEADER_FORM, HEADER_DEFAULTS);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [shown, showAll] = useRevealSteps(LATER_PARTS, loadLaterParts);
  const parts = laterParts;

  const type = documentTypeFor(settings);
  const regime = PROFILES[settings.profile].regime;
  const input = useMemo(() => headerInputFrom(settings, form), [settings, form]);
  const result = useMemo(() => headerBlock(input), [input]);
  const lines = useMemo(() => previewLines(input), [input]);
  const where = whereFor(settings, "header");
  // A header already in the document: asked about before a second one goes in.
  const { busy, status, setStatus, existing, insert, insertAnyway, replace, cancel } =
    useBlockInsert(result, where, { language: t.language, clearStatusOnStart: true });
  const allErrors = useMemo(
    () => errorsByField(result.ok ? [] : result.errors, t.language),
    [result, t.language]
  );
  // A field's error shows once the user has left the field or tried to insert.
  const errors = Object.fromEntries(
    Object.entries(allErrors).filter(([field]) => submitted || touched.has(field))
  );

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const touch = (field: string) =>
    setTouched((current) => (current.has(field) ? current : new Set([...current, field])));
  const change = (patch: Partial<HeaderForm>) => {
    setForm(patch);
    setStatus(null);
  };
  const changeSettings: PaneProps["onSettingsChange"] = (patch) => {
    onSettingsChange(patch);
    setStatus(null);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    // Every field, so that the first one in error can take the focus.
    showAll();
    if (!insert()) setFocusRequest((n) => n + 1);
  }

  return (
    <form
      ref={formRef}
      className={mergeClasses(styles.form, styles.tall)}
      onSubmit={submit}
      noValidate
    >
      {!inWord && (
        <MessageBar intent="warning" politeness="polite">
          <MessageBarBody>{t("outsideWord")}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="insert-document-heading">
        <Text
          as="h2"
          id="insert-document-heading"
          size={400}
          weight="semibold"
          className={styles.heading}
        >
          {t("documentSection")}
        </Text>
        <ProfileField profile={settings.profile} onChange={changeSettings} />
        <Field
          label={t("type")}
          required
          validationMessage={errors.type}
          validationState={errors.type ? "error" : "none"}
        >
          <Dropdown
            value={type.code ? `${type.name} (${type.code})` : type.name}
            selectedOptions={[type.slug]}
            onOptionSelect={(_, data) => {
              if (data.optionValue) changeSettings({ type: data.optionValue });
            }}
          >
            {DOCUMENT_TYPES[settings.profile].map((option) => (
              <Option
                key={option.slug}
                value={option.slug}
                text={option.code ? `${option.name} (${option.code})` : option.name}
              >
                {option.name}
                {option.code && <span className={styles.typeCode}>{option.code}</span>}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={t("number")}
          hint={t("numberHint")}
          validationMessage={errors.number}
          validationState={errors.number ? "error" : "none"}
        >
          <Input
            inputMode="numeric"
            value={form.number}
            onChange={(_, data) => change({ number: data.value })}
            onBlur={() => touch("number")}
          />
        </Field>
        <Field
          label={t("date")}
          hint={t("dateHint")}
          validationMessage={errors.date}
          validationState={errors.date ? "error" : "none"}
        >
          <Input
            placeholder="dd/mm/yyyy"
            value={form.date}
            onChange={(_, data) => change({ date: data.value })}
            onBlur={() => touch("date")}
          />
        </Field>
        {type.letter && (
          <Field
            label={t("subject")}
            hint={regime === "state" ? t("subjectHintState") : t("subjectHintParty")}
            validationMessage={errors.subject}
            validationState={errors.subject ? "error" : "none"}
          >
            <Textarea
              resize="vertical"
              value={form.subject}
              onChange={(_, data) => change({ subject: data.value })}
              onBlur={() => touch("subject")}
            />
          </Field>
        )}
        {needsUnitCode(settings.profile, type) && (
          <Field
            label={t("unitCode")}
            hint={t("unitCodeHint")}
            required
            validationMessage={errors.unitCode}
            validationState={errors.unitCode ? "error" : "none"}
          >
            <Input
              value={settings.unitCode}
              onChange={(_, data) => changeSettings({ unitCode: data.value })}
              onBlur={() => touch("unitCode")}
            />
          </Field>
        )}
      </section>

      {parts && shown >= 1 && (
        <parts.HeaderIssuer
          settings={settings}
          onChange={changeSettings}
          errors={errors}
          onBlurField={touch}
          onOpenPane={onOpenPane}
        />
      )}

      {parts && shown >= 2 && (
        <parts.WhereAndPreview
          settings={settings}
          onChange={changeSettings}
          where={where}
          block={result.ok ? result.value : undefined}
          numberLine={lines.number}
          placeDateLine={lines.placeDate}
        />
      )}

      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {busy ? t("inserting") : t("insert")}
        </Button>
        {existing && (
          <ExistingPrompt
            existing={existing}
            busy={busy}
            onReplace={replace}
            onInsertAnyway={insertAnyway}
            onCancel={cancel}
          />
        )}
        {status && <StatusBar status={status} />}
      </div>
    </form>
  );
}

function StatusBar({ status }: { readonly status: InsertStatus }) {
  const t = useT();
  if (status.kind === "inserted") {
    return (
      <MessageBar intent="success" politeness="polite">
        <MessageBarBody>
          <MessageBarTitle>{t("done")}</MessageBarTitle>
          {status.where === "start" ? t("insertedStart") : t("insertedCursor")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (status.kind === "replaced") {
    return (
      <MessageBar intent="success" politeness="polite">
        <MessageBarBody>
          <MessageBarTitle>{t("done")}</MessageBarTitle>
          {t("headerReplaced").replace("{count}", String(status.count))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (status.kind === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t("insertFailed")}</MessageBarTitle>
          {status.reason}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>{t("invalidTitle")}</MessageBarTitle>
        {t("invalidBody")}
      </MessageBarBody>
    </MessageBar>
  );
}
