// Small fields the drafting forms share: a list of lines, the document type, the outline style, a field's error.

import {
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { OutlineStyle } from "../../blocks/outline";
import { DOCUMENT_TYPES, type ProfileId, findDocumentType } from "../../conventions";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { usePaneT } from "../i18n";

/** Messages to show under fields, by the core's field name. */
export type FieldErrors = Readonly<Record<string, string>>;

/** A Field's validation props for the core's field `name`. */
export function validation(errors: FieldErrors, name: string) {
  const message = errors[name];
  return {
    validationMessage: message,
    validationState: message ? ("error" as const) : ("none" as const),
  };
}

const useStyles = makeStyles({
  typeCode: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS },
});

export interface ListFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  /** The lines as typed, blank ones included so that typing a new line works; the builders drop blanks. */
  readonly value: readonly string[];
  readonly onChange: (lines: string[]) => void;
  readonly errors: FieldErrors;
  /** The core's field name whose errors show here. */
  readonly name: string;
}

/** A list edited as lines of a text area: one item a line. */
export function ListField({ label, hint, required, value, onChange, errors, name }: ListFieldProps) {
  return (
    <Field label={label} hint={hint} required={required} {...validation(errors, name)}>
      <Textarea
        resize="vertical"
        rows={Math.min(Math.max(value.length, 2), 8)}
        value={value.join("\n")}
        onChange={(_, data) => onChange(data.value.split(/\r?\n/))}
      />
    </Field>
  );
}

/** The slug to use: `slug` when the profile has it, else its first type. */
export function typeIn(profile: ProfileId, slug: string, withoutLetters = false): string {
  const found = findDocumentType(profile, slug);
  if (found && !(withoutLetters && found.letter)) return found.slug;
  return DOCUMENT_TYPES[profile].find((type) => !(withoutLetters && type.letter))?.slug ?? "";
}

export interface TypeFieldProps {
  readonly profile: ProfileId;
  readonly value: string;
  readonly onChange: (slug: string) => void;
  readonly errors: FieldErrors;
  /** Leave out letters (công văn), which have no tên loại. */
  readonly withoutLetters?: boolean;
}

/** The profile's document types, each by its name and code. */
export function TypeField({ profile, value, onChange, errors, withoutLetters }: TypeFieldProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const styles = useStyles();
  const type = findDocumentType(profile, value);
  const label = (name: string, code: string | null) => (code ? `${name} (${code})` : name);
  return (
    <Field label={t("type")} required {...validation(errors, "type")}>
      <Dropdown
        value={type ? label(type.name, type.code) : ""}
        selectedOptions={type ? [type.slug] : []}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue);
        }}
      >
        {DOCUMENT_TYPES[profile]
          .filter((option) => !(withoutLetters && option.letter))
          .map((option) => (
            <Option key={option.slug} value={option.slug} text={label(option.name, option.code)}>
              {option.name}
              {option.code && <span className={styles.typeCode}>{option.code}</span>}
            </Option>
          ))}
      </Dropdown>
    </Field>
  );
}

export interface OutlineFieldProps {
  readonly value: OutlineStyle;
  readonly onChange: (outline: OutlineStyle) => void;
}

/** "I. / 1. / a)" or the Party "I- / 1- ". */
export function OutlineField({ value, onChange }: OutlineFieldProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  return (
    <Field label={t("outline")}>
      <RadioGroup
        layout="horizontal"
        value={value}
        onChange={(_, data) => onChange(data.value === "dash" ? "dash" : "dot")}
      >
        <Radio value="dot" label={t("outlineDot")} />
        <Radio value="dash" label={t("outlineDash")} />
      </RadioGroup>
    </Field>
  );
}

/** "dash" or "dot" from a remembered text. */
export function outlineOf(value: string): OutlineStyle {
  return value === "dash" ? "dash" : "dot";
}
