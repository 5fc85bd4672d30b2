// Insert form: Nơi nhận and the signature side by side, refusing the signatures the rules forbid and saying why.

import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { closingBlock } from "../../blocks/closing-block";
import type { ProfileId } from "../../conventions";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { type FormValues, useRememberedForm } from "../drafting-store";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import type { Settings } from "../settings-store";
import { BlockFormShell } from "./block-form-shell";
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
} = {
  recipients: [""],
  storage: "",
  nhuTren: "",
  authority: "auto",
  collective: "",
  head: "",
  signerTitle: "",
  signer: "",
};

export type ClosingValues = typeof CLOSING_DEFAULTS;

/** The closing block of the values, for the profile in the settings. */
export function closingFrom(
  settings: Pick<Settings, "profile" | "issuer">,
  values: ClosingValues & FormValues
) {
  const profile: ProfileId = settings.profile;
  return closingBlock({
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
        </>
      )}
    </BlockFormShell>
  );
}
