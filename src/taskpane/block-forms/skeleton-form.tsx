// Insert form: the section skeleton of a document type, numbered "I. / 1." or "I- / 1-".

import { Field, Input } from "@fluentui/react-components";
import { useMemo } from "react";
import { skeletonBlock } from "../../blocks/body-block";
import { PROFILES } from "../../conventions";
import { DRAFTING_MESSAGES } from "../drafting-messages";
import { useRememberedForm } from "../drafting-store";
import { usePaneT } from "../i18n";
import type { PaneProps } from "../panes";
import { BlockFormShell } from "./block-form-shell";
import { OutlineField, TypeField, outlineOf, typeIn } from "./fields";

export function SkeletonForm({ settings, onSettingsChange }: PaneProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const party = PROFILES[settings.profile].regime === "party";
  const [values, change] = useRememberedForm("skeleton", {
    type: "",
    // D3: "I." by default in every profile; the Party "I-" is one click away.
    outline: "dot",
    executors: "",
  });
  const type = typeIn(settings.profile, values.type || settings.type);
  const outline = outlineOf(values.outline);
  const result = useMemo(
    () =>
      skeletonBlock({
        profile: settings.profile,
        type,
        outline,
        executors: type === "quyet-dinh" ? values.executors : undefined,
      }),
    [settings.profile, type, outline, values.executors]
  );
  return (
    <BlockFormShell
      result={result}
      block="skeleton"
      blockName={t("blockSkeleton").toLocaleLowerCase("vi")}
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
          />
          <OutlineField value={outline} onChange={(next) => change({ outline: next })} />
          {type === "quyet-dinh" && (
            <Field label={t("executors")} hint={t("executorsHint")}>
              <Input
                value={values.executors}
                onChange={(_, data) => change({ executors: data.value })}
              />
            </Field>
          )}
        </>
      )}
    </BlockFormShell>
  );
}
