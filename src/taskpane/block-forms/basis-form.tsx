// Insert form: căn cứ lines, with the State "Theo đề nghị của …" last.

import { Field, Input } from "@fluentui/react-components";
import { useMemo } from "react";
import { basisBlock } from "../../blocks/basis-block";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { useRememberedForm } from "../drafting-store";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import { BlockFormShell } from "./block-form-shell";
import { ListField } from "./fields";

const DEFAULTS: { lines: readonly string[]; proposer: string } = { lines: [""], proposer: "" };

export function BasisForm({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const [values, change] = useRememberedForm("basis", DEFAULTS);
  const result = useMemo(
    () => basisBlock({ profile: settings.profile, lines: values.lines, proposer: values.proposer }),
    [settings.profile, values.lines, values.proposer]
  );
  return (
    <BlockFormShell
      result={result}
      block="basis"
      blockName={t("blockBasis").toLocaleLowerCase("vi")}
      settings={settings}
      onSettingsChange={onSettingsChange}
    >
      {(errors) => (
        <>
          <ListField
            label={t("basis")}
            hint={t("basisHint")}
            required
            value={values.lines}
            onChange={(lines) => change({ lines })}
            errors={errors}
            name="basis"
          />
          <Field label={t("proposer")} hint={t("proposerHint")}>
            <Input
              value={values.proposer}
              onChange={(_, data) => change({ proposer: data.value })}
            />
          </Field>
        </>
      )}
    </BlockFormShell>
  );
}
