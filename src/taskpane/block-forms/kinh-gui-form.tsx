// Insert form: Kính gửi — one addressee on the label's line, several as a list.

import { Checkbox } from "@fluentui/react-components";
import { useMemo } from "react";
import { kinhGuiBlock } from "../../blocks/kinh-gui-block";
import { PROFILES } from "../../conventions";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { useRememberedForm } from "../drafting-store";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import { BlockFormShell } from "./block-form-shell";
import { ListField } from "./fields";

const DEFAULTS: { recipients: readonly string[]; toTrinh: string } = {
  recipients: [""],
  toTrinh: "",
};

export function KinhGuiForm({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const [values, change] = useRememberedForm("kinhGui", DEFAULTS);
  // Only where a tờ trình is addressed otherwise ("Kính trình:", dang-2026; RULEBOOK D32) is there a choice.
  const kinhGui = PROFILES[settings.profile].drafting.kinhGui;
  const choice = kinhGui.labelToTrinh !== kinhGui.label;
  const toTrinh = choice && values.toTrinh === "true";
  const result = useMemo(
    () => kinhGuiBlock({ profile: settings.profile, recipients: values.recipients, toTrinh }),
    [settings.profile, values.recipients, toTrinh]
  );
  return (
    <BlockFormShell
      result={result}
      block="kinh-gui"
      blockName="Kính gửi"
      settings={settings}
      onSettingsChange={onSettingsChange}
    >
      {(errors) => (
        <>
          <ListField
            label={t("kinhGui")}
            hint={t("kinhGuiHint")}
            required
            value={values.recipients}
            onChange={(recipients) => change({ recipients })}
            errors={errors}
            name="kinhGui"
          />
          {choice && (
            <Checkbox
              checked={toTrinh}
              label={t("toTrinh")}
              onChange={(_, data) => change({ toTrinh: data.checked === true ? "true" : "" })}
            />
          )}
        </>
      )}
    </BlockFormShell>
  );
}
