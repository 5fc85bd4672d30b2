// The Insert pane: a picker of the block to insert, that block's form, and the actions on blocks already inserted.

import {
  Button,
  Caption1,
  Divider,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ComponentType, useState } from "react";
import type { Block } from "../blocks/block";
import { headerBlock } from "../blocks/header-block";
import { failureReason } from "../host/document-host";
import { BasisForm } from "./block-forms/basis-form";
import { CLOSING_DEFAULTS, ClosingForm, closingFrom } from "./block-forms/closing-form";
import { KinhGuiForm } from "./block-forms/kinh-gui-form";
import { MarksForm } from "./block-forms/marks-form";
import { SkeletonForm } from "./block-forms/skeleton-form";
import { TitleForm } from "./block-forms/title-form";
import { DRAFTING_MESSAGES, type DraftingKey } from "./drafting-messages";
import { loadForm } from "./drafting-store";
import { HEADER_FORM, HEADER_DEFAULTS, InsertPane } from "./insert-pane";
import { headerInputFrom } from "./header-input";
import { useHost } from "./host-context";
import { usePaneT } from "./i18n";
import { RenumberSection } from "./renumber-section";
import { useRevealSteps } from "./reveal-steps";
import type { PaneProps } from "./panes";

const BLOCKS = ["header", "title", "kinh-gui", "basis", "skeleton", "closing", "marks"] as const;
type BlockId = (typeof BLOCKS)[number];

const LABELS: Readonly<Record<BlockId, DraftingKey>> = {
  header: "blockHeader",
  title: "blockTitle",
  "kinh-gui": "blockKinhGui",
  basis: "blockBasis",
  skeleton: "blockSkeleton",
  closing: "blockClosing",
  marks: "blockMarks",
};

const FORMS: Readonly<Record<BlockId, ComponentType<PaneProps>>> = {
  header: InsertPane,
  title: TitleForm,
  "kinh-gui": KinhGuiForm,
  basis: BasisForm,
  skeleton: SkeletonForm,
  closing: ClosingForm,
  marks: MarksForm,
};

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Frames after the pane's first render before the section below the form is rendered (the header form's take 2). */
const MAINTAIN_AFTER = 3;

type UpdateStatus =
  | { readonly kind: "updated"; readonly count: number }
  | { readonly kind: "failed"; readonly reason: string };

/** The block picker above the chosen block's form; the header form comes first, as it always did. */
export function InsertBlocksPane(props: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const styles = useStyles();
  const host = useHost();
  const [block, setBlock] = useState<BlockId>("header");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  // The actions on blocks already inserted sit below the form: they come after the header form's own later parts.
  const [shown] = useRevealSteps(MAINTAIN_AFTER);
  const Form = FORMS[block];

  /** The header and closing rebuilt from the settings and the forms' remembered values. */
  function rebuilt(): Block[] | string {
    const header = headerBlock(
      headerInputFrom(props.settings, loadForm(HEADER_FORM, HEADER_DEFAULTS))
    );
    const closing = closingFrom(props.settings, loadForm("closing", CLOSING_DEFAULTS));
    const errors = [...(header.ok ? [] : header.errors), ...(closing.ok ? [] : closing.errors)];
    if (errors.length > 0) return errors.map((error) => t.pick(error.message)).join("; ");
    return [header, closing].flatMap((result) => (result.ok ? [result.value] : []));
  }

  async function update() {
    if (busy) return;
    const blocks = rebuilt();
    if (typeof blocks === "string") {
      setStatus({ kind: "failed", reason: t("updateInvalid", { reason: blocks }) });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ kind: "updated", count: await host.updateBlocks(blocks) });
    } catch (error) {
      setStatus({
        kind: "failed",
        reason: failureReason(error, t.language),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.pane}>
      <Field label={t("blockPicker")}>
        <Dropdown
          value={t(LABELS[block])}
          selectedOptions={[block]}
          onOptionSelect={(_, data) => {
            const next = BLOCKS.find((id) => id === data.optionValue);
            if (next) setBlock(next);
          }}
        >
          {BLOCKS.map((id) => (
            <Option key={id} value={id}>
              {t(LABELS[id])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Divider />
      <Form key={block} {...props} />
      {shown >= MAINTAIN_AFTER && (
        <>
          <Divider />
          <section className={styles.section} aria-labelledby="insert-maintain-heading">
            <Text
              as="h2"
              id="insert-maintain-heading"
              size={400}
              weight="semibold"
              className={styles.heading}
            >
              {t("maintainSection")}
            </Text>
            <Caption1 className={styles.note}>{t("updateNote")}</Caption1>
            <Button
              type="button"
              disabledFocusable={busy}
              icon={busy ? <Spinner size="tiny" /> : undefined}
              onClick={update}
            >
              {busy ? t("updating") : t("update")}
            </Button>
            {status?.kind === "updated" && (
              <MessageBar intent={status.count > 0 ? "success" : "info"}>
                <MessageBarBody>
                  <MessageBarTitle>{t("updatedTitle")}</MessageBarTitle>
                  {status.count > 0 ? t("updated", { count: status.count }) : t("updatedNone")}
                </MessageBarBody>
              </MessageBar>
            )}
            {status?.kind === "failed" && (
              <MessageBar intent="error" politeness="assertive">
                <MessageBarBody>
                  <MessageBarTitle>{t("updateFailed")}</MessageBarTitle>
                  {status.reason}
                </MessageBarBody>
              </MessageBar>
            )}
            <RenumberSection />
          </section>
        </>
      )}
    </div>
  );
}
