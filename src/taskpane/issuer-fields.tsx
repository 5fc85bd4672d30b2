// The issuer's fields — cơ quan cấp trên or chủ quản, cơ quan ban hành, its code, địa danh — labelled by regime.

import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { PROFILES } from "../conventions";
import { useT } from "./i18n";
import type { FieldVisit } from "./header-input";
import type { Settings, SettingsChange } from "./settings-store";

export type IssuerKey = "superior" | "issuer" | "issuerCode" | "place";

export interface IssuerFieldsProps {
  readonly settings: Settings;
  readonly onChange: SettingsChange;
  /** Messages to show under fields, by the core's field name; only those the user should see now. */
  readonly errors?: Readonly<Record<string, string>>;
  readonly onBlurField?: FieldVisit;
}

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The four issuer fields; Party profiles say "cơ quan cấp trên", the State one "cơ quan chủ quản". */
export function IssuerFields({ settings, onChange, errors = {}, onBlurField }: IssuerFieldsProps) {
  const t = useT();
  const styles = useStyles();
  const party = PROFILES[settings.profile].regime === "party";

  const field = (key: IssuerKey, label: string, hint: string, required: boolean) => (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationMessage={errors[key]}
      validationState={errors[key] ? "error" : "none"}
    >
      <Input
        value={settings[key]}
        onChange={(_, data) => onChange({ [key]: data.value })}
        onBlur={() => onBlurField?.(key)}
      />
    </Field>
  );

  return (
    <div className={styles.fields}>
      {field(
        "superior",
        party ? t("superiorParty") : t("superiorState"),
        party ? t("superiorHintParty") : t("superiorHintState"),
        false
      )}
      {field("issuer", t("issuer"), party ? t("issuerHintParty") : t("issuerHintState"), true)}
      {field(
        "issuerCode",
        t("issuerCode"),
        party ? t("issuerCodeHintParty") : t("issuerCodeHintState"),
        true
      )}
      {field("place", t("place"), t("placeHint"), true)}
    </div>
  );
}
