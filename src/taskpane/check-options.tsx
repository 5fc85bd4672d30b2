// The Check pane's options: which rulebook, the tone-mark style, whether the document is a draft, and whether findings
// become comments.

import {
  Caption1,
  Dropdown,
  Field,
  Option,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import type { ToneStylePreference } from "../check/types";
import { PROFILE_IDS, PROFILES, type ProfileId, isProfileId } from "../conventions";
import { CHECK_MESSAGES, type CheckMessageKey } from "./check-messages";
import { usePaneT } from "./i18n";

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  switches: { display: "flex", flexDirection: "column" },
  // Switch labels line up with the field label above rather than Switch's own inset.
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface CheckOptionsProps {
  readonly profile: ProfileId | "auto";
  readonly onProfileChange: (profile: ProfileId | "auto") => void;
  readonly toneStyle: ToneStylePreference;
  readonly onToneStyleChange: (toneStyle: ToneStylePreference) => void;
  readonly draft: boolean;
  readonly onDraftChange: (draft: boolean) => void;
  readonly reviewer: boolean;
  readonly onReviewerChange: (reviewer: boolean) => void;
  /** Word can take comments from the add-in (WordApi 1.4); the reviewer switch is off and disabled otherwise. */
  readonly commentsAvailable: boolean;
  /** The pane runs in Word, so a missing comments API is worth explaining. */
  readonly inWord: boolean;
  readonly disabled: boolean;
}

const TONE_STYLES: readonly {
  readonly value: ToneStylePreference;
  readonly label: CheckMessageKey;
}[] = [
  { value: "auto", label: "toneStyleAuto" },
  { value: "first", label: "toneStyleFirst" },
  { value: "second", label: "toneStyleSecond" },
];

/**
 * Rulebook dropdown ("detect" first), tone-style dropdown, the draft switch and the reviewer-mode switch. Memoised:
 * the pane re-renders on each progress step, and these four controls need not.
 */
export const CheckOptions = memo(function CheckOptions(props: CheckOptionsProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();
  const profileName = (id: ProfileId | "auto") =>
    id === "auto" ? t("profileAuto") : t.pick(PROFILES[id].name);
  return (
    <div className={styles.options}>
      <Field label={t("profile")} hint={props.profile === "auto" ? t("profileHint") : undefined}>
        <Dropdown
          value={profileName(props.profile)}
          selectedOptions={[props.profile]}
          disabled={props.disabled}
          onOptionSelect={(_, data) => {
            const value = data.optionValue;
            if (value === "auto" || (value && isProfileId(value))) props.onProfileChange(value);
          }}
        >
          <Option value="auto">{t("profileAuto")}</Option>
          {PROFILE_IDS.map((id) => (
            <Option key={id} value={id}>
              {t.pick(PROFILES[id].name)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={t("toneStyle")}
        hint={props.toneStyle === "auto" ? undefined : t("toneStyleHint")}
      >
        <Dropdown
          value={t(
            TONE_STYLES.find((style) => style.value === props.toneStyle)?.label ?? "toneStyleAuto"
          )}
          selectedOptions={[props.toneStyle]}
          disabled={props.disabled}
          onOptionSelect={(_, data) => {
            const chosen = TONE_STYLES.find((style) => style.value === data.optionValue);
            if (chosen) props.onToneStyleChange(chosen.value);
          }}
        >
          {TONE_STYLES.map((style) => (
            <Option key={style.value} value={style.value}>
              {t(style.label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.switches}>
        <Switch
          className={styles.switch}
          label={t("draft")}
          checked={props.draft}
          disabled={props.disabled}
          onChange={(_, data) => props.onDraftChange(data.checked)}
        />
        <Switch
          className={styles.switch}
          label={t("reviewer")}
          checked={props.reviewer && props.commentsAvailable}
          disabled={props.disabled || !props.commentsAvailable}
          aria-describedby={
            props.commentsAvailable || props.inWord ? "check-reviewer-hint" : undefined
          }
          onChange={(_, data) => props.onReviewerChange(data.checked)}
        />
        {(props.commentsAvailable || props.inWord) && (
          <Caption1 id="check-reviewer-hint" className={styles.hint}>
            {props.commentsAvailable ? t("reviewerHint") : t("reviewerUnavailable")}
          </Caption1>
        )}
      </div>
    </div>
  );
});
