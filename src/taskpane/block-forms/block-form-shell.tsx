// What every block form shares: where to insert, the preview, the Insert button and what became of the insert.

import {
  Button,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { Block, BuildResult } from "../../blocks/block";
import { BlockPreview } from "../block-preview";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { useBlockInsert } from "../block-insert";
import { ExistingPrompt } from "../existing-prompt";
import { errorsByField } from "../header-input";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import { whereChange, whereFor } from "../settings-store";
import type { FieldErrors } from "./fields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  pending: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface BlockFormShellProps extends Pick<PaneProps, "settings" | "onSettingsChange"> {
  /** The block the fields build, or why they cannot. */
  readonly result: BuildResult<Block>;
  /** The block's name as the Insert button says it: "Insert <name>". */
  readonly blockName: string;
  /** The form's fields, given the errors to show under them. */
  readonly children: (errors: FieldErrors) => ReactNode;
  /** The block's name (its content control's, "closing"), for where it goes and tests: the form is `data-block`. */
  readonly block: string;
}

/** A form that validates, previews and inserts one block; errors show once the user has tried to insert. */
export function BlockFormShell({
  result,
  blockName,
  children,
  block,
  settings,
  onSettingsChange,
}: BlockFormShellProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const styles = useStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const [submitted, setSubmitted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const allErrors = useMemo(
    () => errorsByField(result.ok ? [] : result.errors, t.language),
    [result, t.language]
  );
  const errors = submitted ? allErrors : {};

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const where = whereFor(settings, block);
  // A header, Kính gửi or Nơi nhận already in the document: asked about before a second one goes in.
  const { busy, status, setStatus, existing, insert, insertAnyway, replace, cancel } =
    useBlockInsert(result, where, { language: t.language });

  useEffect(() => setStatus(null), [result, setStatus]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (!insert()) setFocusRequest((n) => n + 1);
  }

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate data-block={block}>
      <div className={styles.section}>{children(errors)}</div>
      <Field label={t("where")}>
        <RadioGroup
          value={where}
          onChange={(_, data) => {
            if (data.value === "start" || data.value === "cursor")
              onSettingsChange(whereChange(settings, block, data.value));
          }}
        >
          <Radio value="start" label={t("whereStart")} />
          <Radio value="cursor" label={t("whereCursor")} />
        </RadioGroup>
      </Field>
      <section className={styles.section} aria-label={t("preview")}>
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          {t("preview")}
        </Text>
        {result.ok && result.value.content.length > 0 ? (
          <BlockPreview blocks={[result.value]} testId="block-preview" />
        ) : (
          <Text size={200} className={styles.pending}>
            {t("pending")}
          </Text>
        )}
      </section>
      <Divider />
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {busy ? t("inserting") : t("insert", { block: blockName })}
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
        {status?.kind === "replaced" && (
          <MessageBar intent="success" politeness="polite">
            <MessageBarBody>
              <MessageBarTitle>{t("replacedTitle")}</MessageBarTitle>
              {t("replacedBody", { count: status.count })}
            </MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === "inserted" && (
          <MessageBar intent="success" politeness="polite">
            <MessageBarBody>
              <MessageBarTitle>{t("insertedTitle")}</MessageBarTitle>
              {status.where === "start" ? t("insertedStart") : t("insertedCursor")}
            </MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t("insertFailed")}</MessageBarTitle>
              {status.reason}
            </MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === "invalid" && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{t("invalidTitle")}</MessageBarTitle>
              {t("invalidBody")}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
