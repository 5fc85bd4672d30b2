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
import { type ComponentType, Suspense, lazy, useRef, useState } from "react";
import type { Block } from "../blocks/block";
import { headerBlock } from "../blocks/header-block";
import { failureReason } from "../host/document-host";
import { DRAFTING_MESSAGES, type DraftingKey } from "./drafting-messages";
import { loadForm } from "./drafting-store";
import { HEADER_FORM, HEADER_DEFAULTS, InsertPane } from "./insert-pane";
import { headerInputFrom } from "./header-input";
import { useHost } from "./host-context";
import { usePaneT } from "./i18n";
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

type BlockForm = ComponentType<PaneProps>;

// The other blocks' forms (and the closing block, the renumbering with the checker's outline code) are evaluated when
// first needed, not before the pane's first render: the header form is the one shown first. "eager": no extra file,
// their code is in the pane's files already. (The New pane, preloaded when idle, evaluates most of them anyway.)
const FORM_CODE: Readonly<Record<Exclude<BlockId, "header">, () => Promise<BlockForm>>> = {
  title: () =>
    import(/* webpackMode: "eager" */ "./block-forms/title-form").then((m) => m.TitleForm),
  "kinh-gui": () =>
    import(/* webpackMode: "eager" */ "./block-forms/kinh-gui-form").then((m) => m.KinhGuiForm),
  basis: () =>
    import(/* webpackMode: "eager" */ "./block-forms/basis-form").then((m) => m.BasisForm),
  skeleton: () =>
    import(/* webpackMode: "eager" */ "./block-forms/skeleton-form").then((m) => m.SkeletonForm),
  closing: () => closingCode().then((m) => m.ClosingForm),
  marks: () =>
    import(/* webpackMode: "eager" */ "./block-forms/marks-form").then((m) => m.MarksForm),
};

const closingCode = () => import(/* webpackMode: "eager" */ "./block-forms/closing-form");

const RenumberSection = lazy(() =>
  import(/* webpackMode: "eager" */ "./renumber-section").then((m) => ({
    default: m.RenumberSection,
  }))
);

const forms = new Map<BlockId, BlockForm>([["header", InsertPane]]);

/** The block's form component, its code evaluated on the first call. */
async function blockForm(id: BlockId): Promise<BlockForm> {
  const known = forms.get(id);
  if (known) return known;
  const form = await FORM_CODE[id as Exclude<BlockId, "header">]();
  forms.set(id, form);
  return form;
}

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
  // The block last asked for: a form whose code comes after a later choice is not shown.
  const asked = useRef<BlockId>("header");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  // The actions on blocks already inserted sit below the form: they come after the header form's own later parts.
  const [shown] = useRevealSteps(MAINTAIN_AFTER);
  const Form = forms.get(block) ?? InsertPane;

  function choose(next: BlockId) {
    asked.current = next;
    void blockForm(next).then(() => {
      if (asked.current === next) setBlock(next);
    });
  }

  /** The header and closing rebuilt from the settings and the forms' remembered values. */
  async function rebuilt(): Promise<Block[] | string> {
    const { CLOSING_DEFAULTS, closingFrom } = await closingCode();
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
    setBusy(true);
    setStatus(null);
    try {
      const blocks = await rebuilt();
      if (typeof blocks === "string") {
        setStatus({ kind: "failed", reason: t("updateInvalid", { reason: blocks }) });
        return;
      }
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
            if (next) choose(next);
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
              <MessageBar intent={status.count > 0 ? "success" : "info"} politeness="polite">
                <MessageBarBody>
                  <MessageBarTitle>{t("updatedTitle")}</MessageBarTitle>
                  {status.count > 0 ? t("updated", { count: status.count }) : t("updatedNone")}
                </MessageBarBody>
              </MessageBar>
            )}
            {status?.kind === "failed" && (
              <MessageBar intent="error">
                <MessageBarBody>
                  <MessageBarTitle>{t("updateFailed")}</MessageBarTitle>
                  {status.reason}
                </MessageBarBody>
              </MessageBar>
            )}
            <Suspense fallback={null}>
              <RenumberSection />
            </Suspense>
          </section>
        </>
      )}
    </div>
  );
}
