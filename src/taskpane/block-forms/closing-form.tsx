// Insert form: Nơi nhận and the signature side by side, refusing the signatures the rules forbid and saying why.

import {
  Checkbox,
  Field,
  Input,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { closingBlock, sealDiameterMm } from "../../blocks/closing-block";
import { PROFILES, type ProfileId } from "../../conventions";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { type FormValues, useRememberedForm } from "../drafting-store";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import type { Settings } from "../settings-store";
import { BlockFormShell } from "./block-form-shell";
import { validation } from "./fields";
import { RecipientsFields, defaultStorage } from "./recipients-fields";
import { SignerFields, authorityOf } from "./signer-fields";

/** The closing form's remembered values; "update blocks" rebuilds the closing from them. */
export const CLOSING_DEFAULTS: {
  recipients: readonly string[];
  storage: string;
  nhuTren: string;
  authority: string;
  collective: string;
  head: string;
  signerTitle: string;
  signer: string;
  /** "yes" for the electronic form's placeholders (State only, RULEBOOK D25), "" for paper. */
  electronic: string;
  /** The seal's real diameter in mm for its placeholder; blank for 36 mm (RULEBOOK D27). */
  sealDiameter: string;
} = {
  recipients: [""],
  storage: "",
  nhuTren: "",
  authority: "auto",
  collective: "",
  head: "",
  signerTitle: "",
  signer: "",
  electronic: "",
  sealDiameter: "",
};

export type ClosingValues = typeof CLOSING_DEFAULTS;

/** The closing block of the values, for the profile in the settings. */
export function closingFrom(
  settings: Pick<Settings, "profile" | "issuer">,
  values: ClosingValues & FormValues
) {
  const profile: ProfileId = settings.profile;
  // The electronic form is the State's (RULEBOOK D25): a switch left on under a Party profile asks for nothing.
  const electronic = PROFILES[profile].regime === "state" && values.electronic === "yes";
  const seal = sealDiameterMm(electronic ? values.sealDiameter : "");
  if (!seal.ok) return seal;
  return closingBlock({
    electronic,
    ...(seal.value !== undefined ? { sealMm: seal.value } : {}),
    recipients: {
      profile,
      recipients: values.recipients,
      nhuTren: values.nhuTren === "true",
      storage: values.storage.trim() || defaultStorage(profile, settings.issuer),
    },
    signature: {
      profile,
      authority: authorityOf(values.authority),
      issuer: settings.issuer,
      collective: values.collective,
      head: values.head,
      title: values.signerTitle,
      name: values.signer,
    },
  });
}

const useStyles = makeStyles({
  heading: { margin: 0, marginTop: tokens.spacingVerticalS },
});

export function ClosingForm({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const styles = useStyles();
  const [values, change] = useRememberedForm("closing", CLOSING_DEFAULTS);
  const result = useMemo(() => closingFrom(settings, values), [settings, values]);
  return (
    <BlockFormShell
      result={result}
      block="closing"
      blockName={t("blockClosing").toLocaleLowerCase("vi")}
      settings={settings}
      onSettingsChange={onSettingsChange}
    >
      {(errors) => (
        <>
          <Text as="h2" size={400} weight="semibold" className={styles.heading}>
            {t("recipientsSection")}
          </Text>
          <RecipientsFields
            profile={settings.profile}
            issuer={settings.issuer}
            values={values}
            onChange={change}
            errors={errors}
          />
          <Checkbox
            checked={values.nhuTren === "true"}
            label={t("nhuTren")}
            onChange={(_, data) => change({ nhuTren: data.checked === true ? "true" : "" })}
          />
          <Text as="h2" size={400} weight="semibold" className={styles.heading}>
            {t("signerSection")}
          </Text>
          <SignerFields
            profile={settings.profile}
            values={values}
            onChange={change}
            errors={errors}
          />
          {PROFILES[settings.profile].regime === "state" && (
            <Field hint={t("electronicClosingHint")}>
              <Switch
                label={t("electronic")}
                checked={values.electronic === "yes"}
                onChange={(_, data) => change({ electronic: data.checked ? "yes" : "" })}
              />
            </Field>
          )}
          {PROFILES[settings.profile].regime === "state" && values.electronic === "yes" && (
            <Field
              label={t("sealDiameter")}
              hint={t("sealDiameterHint")}
              {...validation(errors, "sealDiameter")}
            >
              <Input
                inputMode="decimal"
                value={values.sealDiameter}
                onChange={(_, data) => change({ sealDiameter: data.value })}
              />
            </Field>
          )}
        </>
      )}
    </BlockFormShell>
  );
}
