// The Vietnamese/English switch in the pane's title bar; a chunk of its own so the first paint does not wait for it.

import { Switch } from "@fluentui/react-components";
import type { Language, LanguageChange } from "./i18n";
import { useT } from "./i18n";

export interface LanguageSwitchProps {
  readonly language: Language;
  readonly onChange: LanguageChange;
}

/** A switch labelled "English": on shows the pane in English, off in Vietnamese. */
export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  const t = useT();
  return (
    <Switch
      label={t("english")}
      labelPosition="before"
      checked={language === "en"}
      onChange={(_, data) => onChange(data.checked ? "en" : "vi")}
    />
  );
}
