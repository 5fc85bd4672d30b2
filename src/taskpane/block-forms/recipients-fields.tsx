// Nơi nhận: a preset list of the regime, the editable lines, purpose tags, and where the original is kept.

import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PROFILES, PURPOSE_TAGS, type ProfileId, RECIPIENT_PRESETS } from "../../conventions";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { usePaneT } from "../i18n";
import { type FieldErrors, ListField, validation } from "./fields";

export interface RecipientValues {
  readonly recipients: readonly string[];
  readonly storage: string;
}

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** The lines with `tag` added to the last non-blank one (replacing a tag already there). */
export function withTag(lines: readonly string[], tag: string): string[] {
  const result = [...lines];
  for (let i = result.length - 1; i >= 0; i--) {
    const line = (result[i] ?? "").trim();
    if (line === "") continue;
    result[i] = `${line.replace(/\s*\((?:b\/c|p\/h|t\/h|để biết)\)$/u, "")} ${tag}`;
    return result;
  }
  return result;
}

/** Party originals are kept by the committee's office: "Thị ủy Điện Bàn" → "Văn phòng Thị ủy". */
export function defaultStorage(profile: ProfileId, issuer: string): string {
  if (PROFILES[profile].regime === "state") return "";
  const committee = /^(?:đảng|thị|tỉnh|huyện|thành|quận) (?:ủy|uỷ)/iu.exec(issuer.trim());
  return committee ? `Văn phòng ${committee[0]}` : "";
}

export interface RecipientsFieldsProps {
  readonly profile: ProfileId;
  readonly issuer: string;
  readonly values: RecipientValues;
  readonly onChange: (patch: Partial<RecipientValues>) => void;
  readonly errors: FieldErrors;
}

export function RecipientsFields({
  profile,
  issuer,
  values,
  onChange,
  errors,
}: RecipientsFieldsProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const styles = useStyles();
  const regime = PROFILES[profile].regime;
  // Only the levels that exist in the profile's period: no thị/huyện ủy after 01/7/2025 (dang-2026).
  const presets = RECIPIENT_PRESETS.filter((preset) => preset.profiles.includes(profile));
  return (
    <div className={styles.fields}>
      <Field label={t("preset")}>
        <Dropdown
          placeholder={t("presetPlaceholder")}
          onOptionSelect={(_, data) => {
            const preset = presets.find((p) => p.id === data.optionValue);
            if (!preset) return;
            const storage =
              regime === "state"
                ? ""
                : defaultStorage(profile, issuer) ||
                  (preset.storage === "Văn phòng" ? "" : preset.storage);
            onChange({ recipients: [...preset.lines], storage: storage || values.storage });
          }}
        >
          {presets.map((preset) => (
            <Option key={preset.id} value={preset.id}>
              {t.pick(preset.name)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ListField
        label={t("recipients")}
        hint={t("recipientsHint")}
        value={values.recipients}
        onChange={(recipients) => onChange({ recipients })}
        errors={errors}
        name="recipients"
      />
      <div className={styles.tags} role="group" aria-label={t("tags")}>
        {PURPOSE_TAGS.map((tag) => (
          <Button
            key={tag.tag}
            size="small"
            type="button"
            title={t("tagAdd", { tag: tag.tag, meaning: t.pick(tag) })}
            aria-label={t("tagAdd", { tag: tag.tag, meaning: t.pick(tag) })}
            onClick={() => onChange({ recipients: withTag(values.recipients, tag.tag) })}
          >
            {tag.tag}
          </Button>
        ))}
      </div>
      <Field
        label={t("storage")}
        hint={regime === "party" ? t("storageHintParty") : t("storageHintState")}
        required={regime === "party"}
        {...validation(errors, "storage")}
      >
        <Input
          value={values.storage}
          placeholder={defaultStorage(profile, issuer)}
          onChange={(_, data) => onChange({ storage: data.value })}
        />
      </Field>
    </div>
  );
}
