// The New pane: pick a type, fill issuer, number, date, addressees, signer and Nơi nhận, and open a complete document.

import {
  Button,
  Caption1,
  Divider,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { Block } from "../blocks/block";
import { signatureParagraphs } from "../blocks/closing-block";
import { type NewDocumentInput, newDocumentBlocks } from "../blocks/new-document";
import { PROFILES, findDocumentType, typeStructure } from "../conventions";
import { failureReason } from "../host/document-host";
import {
  type FieldErrors,
  ListField,
  OutlineField,
  TypeField,
  outlineOf,
  typeIn,
  validation,
} from "./block-forms/fields";
import { RecipientsFields } from "./block-forms/recipients-fields";
import { SignerFields, authorityOf } from "./block-forms/signer-fields";
import { DRAFTING_MESSAGES } from "./drafting-messages";
import { useRememberedForm } from "./drafting-store";
import { errorsByField, headerInputFrom, needsUnitCode, previewLines } from "./header-input";
import { useHost, useInWord } from "./host-context";
import { useT, usePaneT } from "./i18n";
import { IssuerSection } from "./issuer-fields";
import type { PaneProps } from "./panes";
import { ProfileField } from "./profile-field";
import {
  MarksFields,
  COPY_KINDS,
  PARTS_DEFAULTS,
  type PartsValues,
  PartsFields,
  marksOf,
  partsShown,
  sealShown,
} from "./new-parts-fields";

const DEFAULTS: PartsValues & {
  type: string;
  number: string;
  date: string;
  summary: string;
  issuerLine: string;
  kinhGui: readonly string[];
  basis: readonly string[];
  proposer: string;
  outline: string;
  executors: string;
  recipients: readonly string[];
  storage: string;
  authority: string;
  collective: string;
  head: string;
  signerTitle: string;
  signer: string;
} = {
  type: "",
  number: "",
  date: "",
  summary: "",
  issuerLine: "",
  kinhGui: [""],
  basis: [""],
  proposer: "",
  outline: "",
  executors: "",
  recipients: [""],
  storage: "",
  authority: "auto",
  collective: "",
  head: "",
  signerTitle: "",
  signer: "",
  ...PARTS_DEFAULTS,
};

/** A remembered copy kind, sao y when blank or unknown. */
function copyKindOf(value: string): (typeof COPY_KINDS)[number] {
  return COPY_KINDS.find((kind) => kind === value) ?? "sao-y";
}

/** Bytes turned into text at a time, so String.fromCharCode never gets too many arguments. */
const BASE64_CHUNK = 0x8000;

type Status =
  /** Word was asked to open the document; `url` downloads the same .docx, for when nothing opened. */
  | { readonly kind: "created"; readonly url: string; readonly fileName: string }
  /** Filled into the empty document; `leftOut` names the page-1 header and footer parts that were not written. */
  | { readonly kind: "filled"; readonly leftOut: readonly string[] }
  | { readonly kind: "failed"; readonly reason: string }
  | { readonly kind: "invalid" };

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  lines: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  line: { display: "flex", flexDirection: "column", margin: 0 },
  lineText: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: '"Times New Roman", Tinos, "Liberation Serif", serif',
  },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The .docx bytes as base64, what Word's createDocument takes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK));
  }
  return btoa(binary);
}

/** The texts of a block's paragraphs whose role passes `keep`, table cells included, blank ones left out. */
function textsOf(block: Block | undefined, keep: (role: string) => boolean): string[] {
  const texts: string[] = [];
  for (const content of block?.content ?? []) {
    const paragraphs =
      content.kind === "paragraph"
        ? [content]
        : content.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs));
    for (const paragraph of paragraphs) {
      const text = paragraph.runs.map((run) => run.text).join("");
      if (keep(paragraph.role) && text.trim() !== "") texts.push(text);
    }
  }
  return texts;
}

/** Type, header, addressees, signer and recipients → a complete document, opened in Word. */
export function NewPane({ settings, onSettingsChange }: PaneProps) {
  const shared = useT();
  const t = usePaneT(DRAFTING_MESSAGES);
  const styles = useStyles();
  const host = useHost();
  const inWord = useInWord();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, change] = useRememberedForm("new", DEFAULTS);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const profile = PROFILES[settings.profile];
  const party = profile.regime === "party";
  const slug = typeIn(settings.profile, values.type || settings.type);
  const type = findDocumentType(settings.profile, slug);
  const structure = typeStructure(slug, profile.regime);
  // A form that never has a Kính gửi gets no field for it; a giấy mời's invitees go into its own line.
  const addressed = ["optional", "required", "inline"].includes(structure.kinhGui);
  // D3: both styles are accepted in Party documents; the generator writes "I." unless the drafter picks "I-".
  const outline = values.outline ? outlineOf(values.outline) : "dot";
  // typeStructure builds a new object each call: the fields shown depend on the type and regime only.
  const shown = useMemo(
    () => partsShown(slug, typeStructure(slug, profile.regime), profile.regime),
    [slug, profile.regime]
  );
  const draft = values.number.trim() === "" || values.date.trim() === "";
  const attached = shown.attachedTo && values.attachedTo.trim() !== "";
  const canCreate = host.capabilities().createDocument;
  const onWeb = host.capabilities().web;

  const input: NewDocumentInput = useMemo(
    () => ({
      profile: settings.profile,
      type: slug,
      superior: settings.superior,
      issuer: settings.issuer,
      issuerCode: settings.issuerCode,
      unitCode: type && needsUnitCode(settings.profile, type) ? settings.unitCode : undefined,
      number: values.number,
      place: settings.place,
      date: values.date,
      summary: structure.summary || type?.letter ? values.summary : undefined,
      // Party practice: "CỦA THỊ ỦY (KHÓA XXI)" under the tên loại, as the Insert pane's tên loại form has it (D9).
      issuerLine: party && !type?.letter ? values.issuerLine : undefined,
      kinhGui: values.kinhGui,
      basis: values.basis,
      proposer: party ? undefined : values.proposer.trim() || undefined,
      recipients: values.recipients.filter((line) => line.trim() !== ""),
      storage: values.storage.trim() || undefined,
      authority: authorityOf(values.authority),
      collective: values.collective,
      head: values.head,
      signerTitle: values.signerTitle.trim() || undefined,
      signer: values.signer.trim() || undefined,
      executors: slug === "quyet-dinh" ? values.executors : undefined,
      outline,
      // The parts only some types carry: a hidden field never reaches the document (nor produces an error).
      ...(shown.chair && values.chair.trim() !== "" ? { chair: values.chair } : {}),
      ...(shown.secretary && values.secretary.trim() !== "" ? { secretary: values.secretary } : {}),
      ...(shown.parties
        ? {
            otherParty: values.otherParty.trim() || undefined,
            otherPartyTitle: values.otherPartyTitle.trim() || undefined,
            otherPartySigner: values.otherPartySigner.trim() || undefined,
          }
        : {}),
      ...(attached ? { attachedTo: values.attachedTo } : {}),
      ...(shown.decision && values.issues.trim() !== "" ? { issues: values.issues } : {}),
      ...(shown.decision && values.approves.trim() !== "" ? { approves: values.approves } : {}),
      ...(shown.enactingBody && !attached && values.enactingBody.trim() !== ""
        ? { enactingBody: values.enactingBody }
        : {}),
      ...(shown.implementing && !attached && values.implementing.trim() !== ""
        ? { implementing: values.implementing }
        : {}),
      ...(attached || shown.copy
        ? {}
        : { annexes: values.annexes.filter((line) => line.trim() !== "") }),
      // A switch left on stays hidden once the titles are cleared: it then asks for nothing.
      ...(!attached &&
      !shown.copy &&
      values.annexOnly === "yes" &&
      values.annexes.some((line) => line.trim() !== "")
        ? { annexOnly: true }
        : {}),
      ...(shown.copyKind ? { copyKind: copyKindOf(values.copyKind) } : {}),
      ...(shown.copy
        ? { copiedText: values.copiedText.split("\n").filter((line) => line.trim() !== "") }
        : {}),
      ...marksOf(values),
      ...(shown.state && !attached
        ? {
            drafterCode: values.drafterCode,
            copies: values.copies,
            contacts: values.contacts.filter((line) => line.trim() !== ""),
          }
        : {}),
      ...(shown.state && values.electronic === "yes" ? { electronic: true } : {}),
      ...(sealShown(shown, values) && values.sealDiameter.trim() !== ""
        ? { sealDiameter: values.sealDiameter }
        : {}),
      ...(draft && !attached && values.draftRound.trim() !== ""
        ? { draftRound: values.draftRound }
        : {}),
    }),
    [settings, slug, type, structure.summary, party, values, outline, shown, attached, draft]
  );
  const result = useMemo(() => newDocumentBlocks(input), [input]);
  const allErrors = useMemo(() => {
    const byField = errorsByField(result.ok ? [] : result.errors, t.language);
    // A letter's subject is checked by the header as "subject"; it is typed in the trích yếu field.
    return byField.subject ? { ...byField, summary: byField.subject } : byField;
  }, [result, t.language]);
  const errors: FieldErrors = submitted ? allErrors : {};

  const lines = useMemo(() => {
    const header = previewLines(
      headerInputFrom(
        { ...settings, type: slug },
        { number: values.number, date: values.date, subject: "" }
      )
    );
    const closing = result.ok ? result.value.find((block) => block.name === "closing") : undefined;
    const signature = signatureParagraphs({
      profile: settings.profile,
      authority: input.authority,
      issuer: input.issuer,
      collective: input.collective,
      head: input.head,
      title: input.signerTitle ?? "…",
      name: input.signer ?? "…",
    });
    return {
      number: header.number,
      placeDate: header.placeDate,
      // A copy has no tên loại of its own (its parts follow the copied text); a thư công is headed "THƯ".
      type:
        type && !type.letter && !structure.copy
          ? (type.title ?? type.name).toLocaleUpperCase("vi")
          : undefined,
      signature:
        structure.closing === "minutes"
          ? textsOf(closing, (role) => role.startsWith("signature")).join("\n") || undefined
          : signature.ok
            ? signature.value
                .map((p) => p.runs.map((run) => run.text).join(""))
                .filter((text) => text.trim() !== "")
                .join("\n")
            : undefined,
      lastRecipient: textsOf(closing, (role) => role === "recipient").at(-1),
    };
  }, [
    settings,
    slug,
    values.number,
    values.date,
    result,
    input,
    type,
    structure.closing,
    structure.copy,
  ]);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const edit = (patch: Partial<typeof DEFAULTS>) => {
    change(patch);
    setStatus(null);
  };
  const changeSettings: PaneProps["onSettingsChange"] = (patch) => {
    onSettingsChange(patch);
    setStatus(null);
  };

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (!result.ok) {
      setStatus({ kind: "invalid" });
      setFocusRequest((n) => n + 1);
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      if (canCreate) {
        // The writer and its zip library are fetched on the first click, not with the pane.
        const { writeDocx } = await import(
          /* webpackChunkName: "docx-writer" */ "../ooxml/docx-writer"
        );
        const bytes = writeDocx(result.value, profile, type?.name ?? "Thể Thức");
        await host.createDocument(toBase64(bytes));
        // Word's promise resolves whether or not a window or tab opened, so the same file is offered for download.
        const url = URL.createObjectURL(
          new Blob([bytes as BlobPart], {
            type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          })
        );
        setStatus({ kind: "created", url, fileName: `${slug || "van-ban"}.docx` });
      } else {
        const { leftOut } = await host.fillEmptyDocument(result.value);
        setStatus({
          kind: "filled",
          leftOut: leftOut.map((block) =>
            t(block.name === "contacts" ? "leftOutContacts" : "leftOutOrgSignature")
          ),
        });
      }
    } catch (error) {
      setStatus({
        kind: "failed",
        reason: failureReason(error, t.language),
      });
    } finally {
      setBusy(false);
    }
  }

  const heading = (id: string, text: string) => (
    <Text as="h2" id={id} size={400} weight="semibold" className={styles.heading}>
      {text}
    </Text>
  );
  const margins = profile.page.margins.generate;

  return (
    <form ref={formRef} className={styles.form} onSubmit={create} noValidate>
      {!inWord && (
        <MessageBar intent="warning" politeness="polite">
          <MessageBarBody>{t("outsideWord")}</MessageBarBody>
        </MessageBar>
      )}
      {inWord && canCreate && onWeb && (
        <MessageBar intent="info">
          <MessageBarBody>{t("webNote")}</MessageBarBody>
        </MessageBar>
      )}
      {inWord && !canCreate && (
        <MessageBar intent="info">
          <MessageBarBody>{t("fallbackNote")}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="new-document-heading">
        {heading("new-document-heading", t("documentSection"))}
        <ProfileField profile={settings.profile} onChange={changeSettings} />
        <TypeField
          profile={settings.profile}
          value={slug}
          onChange={(next) => {
            edit({ type: next });
            changeSettings({ type: next });
          }}
          errors={errors}
        />
        <Field
          label={shared("number")}
          hint={shared("numberHint")}
          {...validation(errors, "number")}
        >
          <Input
            inputMode="numeric"
            value={values.number}
            onChange={(_, data) => edit({ number: data.value })}
          />
        </Field>
        <Field label={shared("date")} hint={shared("dateHint")} {...validation(errors, "date")}>
          <Input
            placeholder="dd/mm/yyyy"
            value={values.date}
            onChange={(_, data) => edit({ date: data.value })}
          />
        </Field>
        {(structure.summary || type?.letter) && (
          <Field
            label={t("summary")}
            hint={
              type?.letter
                ? t("summaryHintLetter")
                : party
                  ? t("summaryHintParty")
                  : t("summaryHintState")
            }
            {...validation(errors, "summary")}
          >
            <Textarea
              resize="vertical"
              value={values.summary}
              onChange={(_, data) => edit({ summary: data.value })}
            />
          </Field>
        )}
        {party && type && !type.letter && (
          <Field label={t("issuerLine")} hint={t("issuerLineHint")}>
            <Input
              value={values.issuerLine}
              onChange={(_, data) => edit({ issuerLine: data.value })}
            />
          </Field>
        )}
        {type && needsUnitCode(settings.profile, type) && (
          <Field
            label={shared("unitCode")}
            hint={shared("unitCodeHint")}
            required
            {...validation(errors, "unitCode")}
          >
            <Input
              value={settings.unitCode}
              onChange={(_, data) => changeSettings({ unitCode: data.value })}
            />
          </Field>
        )}
        <OutlineField value={outline} onChange={(next) => edit({ outline: next })} />
        {slug === "quyet-dinh" && (
          <Field label={t("executors")} hint={t("executorsHint")}>
            <Input
              value={values.executors}
              onChange={(_, data) => edit({ executors: data.value })}
            />
          </Field>
        )}
      </section>

      <IssuerSection
        settings={settings}
        onChange={changeSettings}
        errors={errors}
        note={shared("issuerNote")}
      />

      {(addressed || structure.basis) && (
        <section className={styles.section} aria-labelledby="new-addressees-heading">
          {heading("new-addressees-heading", t("addresseesSection"))}
          {addressed && (
            <ListField
              label={t("kinhGui")}
              hint={t("kinhGuiHint")}
              value={values.kinhGui}
              onChange={(kinhGui) => edit({ kinhGui })}
              errors={errors}
              name="kinhGui"
            />
          )}
          {structure.basis && (
            <ListField
              label={t("basis")}
              hint={t("basisHint")}
              value={values.basis}
              onChange={(basis) => edit({ basis })}
              errors={errors}
              name="basis"
            />
          )}
          {structure.basis && !party && (
            <Field label={t("proposer")} hint={t("proposerHint")}>
              <Input
                value={values.proposer}
                onChange={(_, data) => edit({ proposer: data.value })}
              />
            </Field>
          )}
        </section>
      )}

      <section className={styles.section} aria-labelledby="new-parts-heading">
        {heading("new-parts-heading", t("partsSection"))}
        <PartsFields values={values} onChange={edit} errors={errors} shown={shown} draft={draft} />
      </section>

      <section className={styles.section} aria-labelledby="new-marks-heading">
        {heading("new-marks-heading", t("marksSection"))}
        <MarksFields values={values} onChange={edit} errors={errors} />
      </section>

      <section className={styles.section} aria-labelledby="new-signer-heading">
        {heading("new-signer-heading", t("signerSection"))}
        <SignerFields profile={settings.profile} values={values} onChange={edit} errors={errors} />
      </section>

      <section className={styles.section} aria-labelledby="new-recipients-heading">
        {heading("new-recipients-heading", t("recipientsSection"))}
        <RecipientsFields
          profile={settings.profile}
          issuer={settings.issuer}
          values={values}
          onChange={edit}
          errors={errors}
        />
      </section>

      <section className={styles.section} aria-labelledby="new-preview-heading">
        {heading("new-preview-heading", t("keyLines"))}
        <dl className={styles.lines} data-testid="new-preview">
          <KeyLine label={t("lineNumber")} text={lines.number} />
          <KeyLine label={t("linePlaceDate")} text={lines.placeDate} />
          {lines.type && <KeyLine label={t("lineType")} text={lines.type} />}
          <KeyLine label={t("lineSignature")} text={lines.signature} />
          <KeyLine label={t("lineLastRecipient")} text={lines.lastRecipient} />
        </dl>
      </section>

      <Divider />

      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {busy ? t("creating") : t("create")}
        </Button>
        {status?.kind === "created" && (
          <Bar intent="success" title={t("createdTitle")}>
            {onWeb ? t("createdWeb") : t("created")}{" "}
            <Link href={status.url} download={status.fileName}>
              {t("download")}
            </Link>
          </Bar>
        )}
        {status?.kind === "filled" && (
          <Bar intent="success" title={t("createdTitle")}>
            {t("filled", { ...margins })}
          </Bar>
        )}
        {status?.kind === "filled" && status.leftOut.length > 0 && (
          <Bar intent="warning" title={t("filledLeftOutTitle")}>
            {t("filledLeftOut", { parts: status.leftOut.join(", ") })}
          </Bar>
        )}
        {status?.kind === "failed" && (
          <Bar intent="error" title={t("createFailed")}>
            {status.reason}
          </Bar>
        )}
        {status?.kind === "invalid" && (
          <Bar intent="warning" title={t("invalidTitle")}>
            {t("invalidBody")}
            {errors.authority ? ` ${errors.authority}` : ""}
          </Bar>
        )}
      </div>
    </form>
  );
}

function KeyLine({ label, text }: { readonly label: string; readonly text?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.line}>
      <dt>
        <Caption1 className={styles.note}>{label}</Caption1>
      </dt>
      <dd className={styles.lineText}>{text ?? "—"}</dd>
    </div>
  );
}

function Bar({
  intent,
  title,
  children,
}: {
  readonly intent: "success" | "error" | "warning";
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    // An error is read out at once (Fluent's default for every intent but info); the rest when the reader is idle.
    // Fluent 9.7 reads an explicit politeness="assertive" as polite, so the error passes none.
    <MessageBar intent={intent} politeness={intent === "error" ? undefined : "polite"}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
