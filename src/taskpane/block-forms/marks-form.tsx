// Insert form: dấu mức độ mật and khẩn, secrecy above urgency, and the phạm vi lưu hành (ô 11) [PL1 III.2].

import { useMemo } from "react";
import {
  CIRCULATION_MARKS,
  type Mark,
  SECRECY_MARKS,
  URGENCY_MARKS,
  markBlock,
} from "../../blocks/mark-block";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { useRememberedForm } from "../drafting-store";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import { BlockFormShell } from "./block-form-shell";
import type { FieldErrors } from "./fields";
import { MarkChoice } from "./mark-choice";

const KNOWN: readonly string[] = [...SECRECY_MARKS, ...URGENCY_MARKS, ...CIRCULATION_MARKS];

export function MarksForm({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const [values, change] = useRememberedForm("marks", {
    secrecy: "",
    urgency: "",
    circulation: "",
  });
  const marks = [values.secrecy, values.urgency, values.circulation].filter((mark): mark is Mark =>
    KNOWN.includes(mark)
  );
  const chosen = marks.join("|");
  const result = useMemo(
    () => markBlock(settings.profile, chosen === "" ? [] : (chosen.split("|") as Mark[])),
    [settings.profile, chosen]
  );
  const group = (
    label: string,
    key: "secrecy" | "urgency" | "circulation",
    options: readonly string[],
    errors: FieldErrors
  ) => (
    <MarkChoice
      label={label}
      options={options}
      value={values[key]}
      onChange={(value) => change({ [key]: value })}
      errors={errors}
    />
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
          {group(t("circulation"), "circulation", CIRCULATION_MARKS, {})}
        </>
      )}
    </BlockFormShell>
  );
}
