// Insert form: dấu mức độ mật and khẩn, secrecy above urgency.

import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useMemo } from "react";
import { type Mark, SECRECY_MARKS, URGENCY_MARKS, markBlock } from "../../blocks/mark-block";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { useRememberedForm } from "../drafting-store";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import { BlockFormShell } from "./block-form-shell";
import { type FieldErrors, validation } from "./fields";

const KNOWN: readonly string[] = [...SECRECY_MARKS, ...URGENCY_MARKS];

export function MarksForm({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const [values, change] = useRememberedForm("marks", { secrecy: "", urgency: "" });
  const marks = [values.secrecy, values.urgency].filter((mark): mark is Mark =>
    KNOWN.includes(mark)
  );
  const chosen = marks.join("|");
  const result = useMemo(
    () => markBlock(settings.profile, chosen === "" ? [] : (chosen.split("|") as Mark[])),
    [settings.profile, chosen]
  );
  const group = (
    label: string,
    key: "secrecy" | "urgency",
    options: readonly string[],
    errors: FieldErrors
  ) => (
    <Field label={label} {...validation(errors, "marks")}>
      <RadioGroup
        layout="horizontal"
        value={values[key]}
        onChange={(_, data) => change({ [key]: data.value })}
      >
        <Radio value="" label={t("markNone")} />
        {options.map((mark) => (
          <Radio key={mark} value={mark} label={mark} />
        ))}
      </RadioGroup>
    </Field>
  );
  return (
    <BlockFormShell
      result={result}
      block="marks"
      blockName={t("blockMarks").toLocaleLowerCase("vi")}
      settings={settings}
      onSettingsChange={onSettingsChange}
    >
      {(errors) => (
        <>
          {group(t("secrecy"), "secrecy", SECRECY_MARKS, {})}
          {group(t("urgency"), "urgency", URGENCY_MARKS, errors)}
        </>
      )}
    </BlockFormShell>
  );
}
