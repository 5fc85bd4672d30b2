// The Settings pane: the rulebook and the issuer, remembered on this computer for every later insert.

import { Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PROFILES } from "../conventions";
import { useT } from "./i18n";
import { IssuerFields } from "./issuer-fields";
import type { PaneProps } from "./panes";
import { ProfileField } from "./profile-field";
import { SelfTestSection } from "./self-test-section";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Profile and issuer fields; every change is saved as it is made. */
export function SettingsPane({ settings, onSettingsChange }: PaneProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <form className={styles.pane} onSubmit={(event) => event.preventDefault()}>
      <Text as="p" size={200} className={styles.note}>
        {t("settingsNote")}
      </Text>
      <ProfileField profile={settings.profile} onChange={onSettingsChange} />
      <IssuerFields settings={settings} onChange={onSettingsChange} />
      {PROFILES[settings.profile].regime === "state" && (
        <Field label={t("unitCode")} hint={t("unitCodeSettingsHint")}>
          <Input
            value={settings.unitCode}
            onChange={(_, data) => onSettingsChange({ unitCode: data.value })}
          />
        </Field>
      )}
      <SelfTestSection />
    </form>
  );
}
