// Insert form: tên loại and trích yếu, with the Party issuer line under the type.

import { Field, Input, Textarea } from "@fluentui/react-components";
import { useMemo } from "react";
import { titleBlock } from "../../blocks/title-block";
import { PROFILES } from "../../conventions";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { useRememberedForm } from "../drafting-store";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import { BlockFormShell } from "./block-form-shell";
import { TypeField, typeIn, validation } from "./fields";

export function TitleForm({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const [values, change] = useRememberedForm("title", { type: "", summary: "", issuerLine: "" });
  const party = PROFILES[settings.profile].regime === "party";
  const type = typeIn(settings.profile, values.type || settings.type, true);
  const result = useMemo(
    () =>
      titleBlock({
        profile: settings.profile,
        type,
        summary: values.summary,
        issuerLine: party ? values.issuerLine : undefined,
      }),
    [settings.profile, type, values.summary, values.issuerLine, party]
  );
  return (
    <BlockFormShell
      result={result}
      block="title"
      blockName={t("blockTitle").toLocaleLowerCase("vi")}
      settings={settings}
      onSettingsChange={onSettingsChange}
    >
      {(errors) => (
        <>
          <TypeField
            profile={settings.profile}
            value={type}
            onChange={(slug) => change({ type: slug })}
            errors={errors}
            withoutLetters
          />
          <Field
            label={t("summary")}
            hint={party ? t("summaryHintParty") : t("summaryHintState")}
            {...validation(errors, "summary")}
          >
            <Textarea
              resize="vertical"
              value={values.summary}
              onChange={(_, data) => change({ summary: data.value })}
            />
          </Field>
          {party && (
            <Field label={t("issuerLine")} hint={t("issuerLineHint")}>
              <Input
                value={values.issuerLine}
                onChange={(_, data) => change({ issuerLine: data.value })}
              />
            </Field>
          )}
        </>
      )}
    </BlockFormShell>
  );
}
