// Insert form: dấu mức độ mật and khẩn, secrecy above urgency, and the phạm vi lưu hành (ô 11) [PL1 III.2].

import { Field, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
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
import { type FieldErrors, validation } from "./fields";

const KNOWN: readonly string[] = [...SECRECY_MARKS, ...URGENCY_MARKS, ...CIRCULATION_MARKS];

const useWrapStyles = makeStyles({ wrap: { flexWrap: "wrap" } });

export function MarksForm({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const wrap = useWrapStyles().wrap;
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
    <Field label={label} {...validation(errors, "marks")}>
      <RadioGroup
        layout="horizontal"
        // The marks' long names (LƯU HÀNH NỘI BỘ) wrap at 320 px instead of scrolling sideways.
        className={wrap}
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
          {group(t("circulation"), "circulation", CIRCULATION_MARKS, {})}
        </>
      )}
    </BlockFormShell>
  );
}
