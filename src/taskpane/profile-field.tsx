// The rulebook the header follows: Party 2018, Party 2026 or State, chosen from a dropdown.

import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PROFILE_IDS, PROFILES, type ProfileId, isProfileId } from "../conventions";
import { useT } from "./i18n";
import type { SettingsChange } from "./settings-store";

const useStyles = makeStyles({
  code: { whiteSpace: "nowrap" },
});

/** The text with codes such as "36-HD/VPTW" or "30/2020/NĐ-CP" kept on one line instead of broken at the hyphen. */
function UnbrokenCodes({ text }: { readonly text: string }) {
  const styles = useStyles();
  const parts: ReactNode[] = text.split(/(\S+-\S+)/).map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} className={styles.code}>
        {part}
      </span>
    ) : (
      part
    )
  );
  // One element, so that in the dropdown's button the text stays a single item beside the chevron.
  return <span>{parts}</span>;
}

export interface ProfileFieldProps {
  readonly profile: ProfileId;
  /** Called with `{ profile }` when another profile is chosen. */
  readonly onChange: SettingsChange;
}

/** A labelled dropdown of the profiles, each shown by its name and governing texts. */
export function ProfileField({ profile, onChange }: ProfileFieldProps) {
  const t = useT();
  return (
    <Field label={t("profile")} hint={<UnbrokenCodes text={PROFILES[profile].governingTexts} />}>
      <Dropdown
        value={t.pick(PROFILES[profile].name)}
        button={{ children: <UnbrokenCodes text={t.pick(PROFILES[profile].name)} /> }}
        selectedOptions={[profile]}
        onOptionSelect={(_, data) => {
          if (data.optionValue && isProfileId(data.optionValue))
            onChange({ profile: data.optionValue });
        }}
      >
        {PROFILE_IDS.map((id) => (
          <Option key={id} value={id} text={t.pick(PROFILES[id].name)}>
            <UnbrokenCodes text={t.pick(PROFILES[id].name)} />
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
