// The New pane's fields for the parts only some types carry (chair, secretary, text kèm theo a quyết định, ban hành
// or phê duyệt, phụ lục, enacting body, "Thực hiện …", a copy's kind and copied text), the marks, ô 12 and 13, and
// the electronic form.

import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Text,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { CIRCULATION_MARKS, type Mark, SECRECY_MARKS, URGENCY_MARKS } from "../blocks/mark-block";
import { ATTACHABLE_TYPES } from "../blocks/new-document";
import type { Regime, TypeStructure } from "../conventions";
import { type FieldErrors, ListField, validation } from "./block-forms/fields";
import { MarkChoice } from "./block-forms/mark-choice";
import { DRAFTING_MESSAGES } from "./drafting-messages";
import { usePaneT } from "./i18n";

/**
 * The remembered values of these fields: texts and lists of lines, as every drafting form keeps them (a type, not an
 * interface, so it fits the store's record of texts).
 */
export type PartsValues = {
  readonly chair: string;
  readonly secretary: string;
  /** Hợp đồng, bản ghi nhớ, bản thỏa thuận: the other party, its signer's title and name (ben-b…). */
  readonly otherParty: string;
  readonly otherPartyTitle: string;
  readonly otherPartySigner: string;
  readonly attachedTo: string;
  readonly issues: string;
  readonly approves: string;
  readonly annexes: readonly string[];
  readonly enactingBody: string;
  readonly implementing: string;
  readonly secrecy: string;
  readonly urgency: string;
  readonly circulation: string;
  readonly drafterCode: string;
  readonly copies: string;
  readonly contacts: readonly string[];
  /** "yes" for the electronic form, "" for paper. */
  readonly electronic: string;
  /** The electronic form: the seal's real diameter in mm (dau-duong-kinh); blank for 36 mm. */
  readonly sealDiameter: string;
  /** The round of a draft: "2" → "DỰ THẢO LẦN 2". */
  readonly draftRound: string;
  /** "yes" to write the phụ lục alone, as a file of their own sent with the document (phu-luc-rieng). */
  readonly annexOnly: string;
  /** A Party bản sao's kind: "" or "sao-y" (the default), "sao-luc", "trich-sao" (hinh-thuc-sao). */
  readonly copyKind: string;
  /** A copy's copied text, a paragraph a line (van-ban-sao). */
  readonly copiedText: string;
};

export const PARTS_DEFAULTS: PartsValues = {
  chair: "",
  secretary: "",
  otherParty: "",
  otherPartyTitle: "",
  otherPartySigner: "",
  attachedTo: "",
  issues: "",
  approves: "",
  annexes: [""],
  enactingBody: "",
  implementing: "",
  secrecy: "",
  urgency: "",
  circulation: "",
  drafterCode: "",
  copies: "",
  contacts: [""],
  electronic: "",
  sealDiameter: "",
  draftRound: "",
  annexOnly: "",
  copyKind: "",
  copiedText: "",
};

/** The copy kinds a Party bản sao offers, sao y first as the default. */
export const COPY_KINDS = ["sao-y", "sao-luc", "trich-sao"] as const;

/** Which of these fields a type shows: only the ones its form carries, so none can only produce an error. */
const useWrapStyles = makeStyles({ wrap: { flexWrap: "wrap" } });

export function partsShown(slug: string, structure: TypeStructure, regime: Regime) {
  const fields = structure.skeleton.flatMap((item) =>
    item.kind === "text" ? (item.fields ?? []) : []
  );
  const minutes = structure.closing === "minutes";
  return {
    chair: minutes || fields.includes("chair"),
    secretary: minutes || fields.includes("secretary"),
    // Only a text both parties sign names the other party and its signer (D34).
    parties: structure.parties !== undefined,
    attachedTo: ATTACHABLE_TYPES.includes(slug),
    decision: slug === "quyet-dinh",
    enactingBody: structure.enacting !== undefined || slug === "cong-dien",
    implementing: structure.enacting === "implementing",
    // Ô 12 and 13 and the electronic form are the State's (RULEBOOK D25, D26).
    state: regime === "state",
    // The electronic form's seal image sits under the issuer's signature; a biên bản and a copy have none (D27).
    seal: regime === "state" && structure.closing !== "minutes" && structure.copy !== true,
    // A copy carries the copied text and no phụ lục of its own; only the Party's one bản sao type names its kind
    // (the State's sao-y, sao-luc, trich-sao are types of their own) [PL1 Phần II][H36-BS].
    copy: structure.copy === true,
    copyKind: slug === "ban-sao",
  };
}

/**
 * Whether the seal diameter is asked for: the electronic switch is on and the document has the issuer's seal (not a
 * text kèm theo a quyết định, nor the phụ lục written alone).
 */
export function sealShown(shown: ReturnType<typeof partsShown>, values: PartsValues): boolean {
  return (
    shown.seal &&
    values.electronic === "yes" &&
    !(shown.attachedTo && values.attachedTo.trim() !== "") &&
    !(values.annexOnly === "yes" && values.annexes.some((line) => line.trim() !== ""))
  );
}

/** The marks chosen, secrecy, urgency and circulation in that order, unknown remembered values dropped. */
export function marksOf(values: PartsValues): {
  secrecy: Mark[];
  urgency: Mark[];
  circulation: Mark[];
} {
  const pick = (value: string, known: readonly string[]) =>
    known.includes(value) ? [value as Mark] : [];
  return {
    secrecy: pick(values.secrecy, SECRECY_MARKS),
    urgency: pick(values.urgency, URGENCY_MARKS),
    circulation: pick(values.circulation, CIRCULATION_MARKS),
  };
}

interface SectionProps {
  readonly values: PartsValues;
  readonly onChange: (patch: Partial<PartsValues>) => void;
  readonly errors: FieldErrors;
}

/** The type's own parts: shown only for the types whose form has them. */
export function PartsFields({
  values,
  onChange,
  errors,
  shown,
  draft,
}: SectionProps & {
  readonly shown: ReturnType<typeof partsShown>;
  /** Number or date left blank: the document is a draft, and its round may be named. */
  readonly draft: boolean;
}) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const wrap = useWrapStyles().wrap;
  const attached = values.attachedTo.trim() !== "";
  const text = (
    key:
      | "chair"
      | "secretary"
      | "otherParty"
      | "otherPartyTitle"
      | "otherPartySigner"
      | "attachedTo"
      | "issues"
      | "approves"
      | "enactingBody"
      | "implementing",
    hint: string
  ) => (
    <Field label={t(key)} hint={hint} {...validation(errors, key)}>
      <Input value={values[key]} onChange={(_, data) => onChange({ [key]: data.value })} />
    </Field>
  );
  return (
    <>
      {draft && !attached && text2(t("draftRound"), t("draftRoundHint"), "draftRound", "numeric")}
      {shown.chair && text("chair", t("chairHint"))}
      {shown.secretary && text("secretary", t("secretaryHint"))}
      {shown.parties && text("otherParty", t("otherPartyHint"))}
      {shown.parties && text("otherPartyTitle", t("otherPartyTitleHint"))}
      {shown.parties && text("otherPartySigner", t("otherPartySignerHint"))}
      {shown.attachedTo && text("attachedTo", t("attachedToHint"))}
      {shown.decision && text("issues", t("issuesHint"))}
      {shown.decision && text("approves", t("approvesHint"))}
      {shown.enactingBody && !attached && text("enactingBody", t("enactingBodyHint"))}
      {shown.implementing && !attached && text("implementing", t("implementingHint"))}
      {shown.copyKind && (
        <Field label={t("copyKind")} {...validation(errors, "copyKind")}>
          <RadioGroup
            layout="horizontal"
            className={wrap}
            value={COPY_KINDS.find((kind) => kind === values.copyKind) ?? "sao-y"}
            onChange={(_, data) => onChange({ copyKind: data.value })}
          >
            <Radio value="sao-y" label={t("copySaoY")} />
            <Radio value="sao-luc" label={t("copySaoLuc")} />
            <Radio value="trich-sao" label={t("copyTrichSao")} />
          </RadioGroup>
        </Field>
      )}
      {shown.copy && (
        <Field label={t("copiedText")} hint={t("copiedTextHint")}>
          <Textarea
            resize="vertical"
            value={values.copiedText}
            onChange={(_, data) => onChange({ copiedText: data.value })}
          />
        </Field>
      )}
      {!attached && !shown.copy && (
        <ListField
          label={t("annexes")}
          hint={t("annexesHint")}
          value={values.annexes}
          onChange={(annexes) => onChange({ annexes })}
          errors={errors}
          name="annexes"
        />
      )}
      {!attached && !shown.copy && values.annexes.some((line) => line.trim() !== "") && (
        <Field hint={t("annexOnlyHint")} {...validation(errors, "annexOnly")}>
          <Switch
            label={t("annexOnly")}
            checked={values.annexOnly === "yes"}
            onChange={(_, data) => onChange({ annexOnly: data.checked ? "yes" : "" })}
          />
        </Field>
      )}
      {shown.state && !attached && (
        <>
          {text2(t("drafterCode"), t("drafterCodeHint"), "drafterCode")}
          {text2(t("copies"), t("copiesHint"), "copies", "numeric")}
          <ListField
            label={t("contacts")}
            hint={t("contactsHint")}
            value={values.contacts}
            onChange={(contacts) => onChange({ contacts })}
            errors={errors}
            name="contacts"
          />
        </>
      )}
      {shown.state && (
        <Field hint={t("electronicHint")} {...validation(errors, "electronic")}>
          <Switch
            label={t("electronic")}
            checked={values.electronic === "yes"}
            onChange={(_, data) => onChange({ electronic: data.checked ? "yes" : "" })}
          />
        </Field>
      )}
      {sealShown(shown, values) &&
        text2(t("sealDiameter"), t("sealDiameterHint"), "sealDiameter", "decimal")}
    </>
  );

  function text2(
    label: string,
    hint: string,
    key: "drafterCode" | "copies" | "draftRound" | "sealDiameter",
    inputMode?: "numeric" | "decimal"
  ) {
    return (
      <Field label={label} hint={hint} {...validation(errors, key)}>
        <Input
          inputMode={inputMode}
          value={values[key]}
          onChange={(_, data) => onChange({ [key]: data.value })}
        />
      </Field>
    );
  }
}

/** Dấu mật, khẩn and phạm vi lưu hành, one choice each. */
export function MarksFields({ values, onChange, errors }: SectionProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const group = (key: "secrecy" | "urgency" | "circulation", options: readonly string[]) => (
    <MarkChoice
      label={t(key)}
      options={options}
      value={values[key]}
      onChange={(value) => onChange({ [key]: value })}
      errors={errors}
    />
  );
  return (
    <>
      <Text size={200}>{t("marksNote")}</Text>
      {group("secrecy", SECRECY_MARKS)}
      {group("urgency", URGENCY_MARKS)}
      {group("circulation", CIRCULATION_MARKS)}
    </>
  );
}
