// Before a second header, Kính gửi or Nơi nhận goes in: says what is there and offers to replace it (through the
// add-in's content control, when it has one), to insert anyway, or to cancel.

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { DRAFTING_MESSAGES, type DraftingKey } from "./drafting-messages";
import type { ExistingPart, SingleBlock } from "./existing-parts";
import { usePaneT } from "./i18n";

const TITLES: Readonly<Record<SingleBlock, DraftingKey>> = {
  header: "existsHeader",
  "kinh-gui": "existsKinhGui",
  closing: "existsClosing",
};

const SHOWN_LINE_CHARS = 80;

export interface ExistingPromptProps {
  readonly existing: ExistingPart;
  readonly busy: boolean;
  readonly onReplace: () => void;
  readonly onInsertAnyway: () => void;
  readonly onCancel: () => void;
}

export function ExistingPrompt({ existing, busy, onReplace, onInsertAnyway, onCancel }: ExistingPromptProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const first = useRef<HTMLButtonElement>(null);
  // The question takes the focus, so a keyboard user answers it next.
  useEffect(() => first.current?.focus(), []);
  const line =
    existing.line.length > SHOWN_LINE_CHARS ? `${existing.line.slice(0, SHOWN_LINE_CHARS)}…` : existing.line;
  const replaceable = existing.controls > 0;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="existing-prompt">
      <MessageBarBody>
        <MessageBarTitle>{t(TITLES[existing.block])}</MessageBarTitle>
        {line && <div>{t("existsLine", { line })}</div>}
        <div>{replaceable ? t("existsReplaceable") : t("existsTyped")}</div>
      </MessageBarBody>
      <MessageBarActions>
        {replaceable && (
          <Button ref={first} appearance="primary" disabledFocusable={busy} onClick={onReplace}>
            {t("existsReplace")}
          </Button>
        )}
        <Button
          ref={replaceable ? undefined : first}
          disabledFocusable={busy}
          onClick={onInsertAnyway}
        >
          {t("existsInsertAnyway")}
        </Button>
        <Button disabledFocusable={busy} onClick={onCancel}>
          {t("existsCancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
