// The first-run step: who drafts here (which kind of body, its name and place), so every default follows — the
// profile, the usual document type, the issuer, and the Nơi nhận list of that level (issue 14, item 6).

import {
  Button,
  Card,
  Dropdown,
  Field,
  Input,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { PROFILES, type ProfileId } from "../conventions";
import { RECIPIENT_PRESETS, type RecipientPreset } from "../conventions/recipient-presets";
import { loadForm, saveForm } from "./drafting-store";
import { CLOSING_DEFAULTS } from "./block-forms/closing-form";
import { type PaneMessages, usePaneT, useT } from "./i18n";
import type { Settings, SettingsChange } from "./settings-store";

const vi = {
  title: "Chào mừng đến Thể Thức",
  intro: "Cho biết bạn soạn văn bản cho cơ quan nào; mọi mặc định sẽ theo đó. Có thể đổi sau ở Thiết lập.",
  level: "Bạn soạn văn bản của",
  levelPlaceholder: "Chọn loại cơ quan",
  issuer: "Tên cơ quan ban hành",
  issuerHint: "Ví dụ: Thị ủy Điện Bàn; Ủy ban nhân dân tỉnh Lào Cai",
  place: "Địa danh",
  placeHint: "Ví dụ: Điện Bàn",
  save: "Lưu và bắt đầu",
  later: "Để sau",
  choose: "Hãy chọn loại cơ quan.",
};
type Key = keyof typeof vi;
const en: Readonly<Record<Key, string>> = {
  title: "Welcome to Thể Thức",
  intro: "Say which body you draft for; every default follows. You can change it later in Settings.",
  level: "You draft documents of",
  levelPlaceholder: "Choose a kind of body",
  issuer: "Name of the issuing body",
  issuerHint: "For example: Thị ủy Điện Bàn; Ủy ban nhân dân tỉnh Lào Cai",
  place: "Place name",
  placeHint: "For example: Điện Bàn",
  save: "Save and start",
  later: "Later",
  choose: "Choose a kind of body.",
};
const MESSAGES: PaneMessages<Key> = { vi, en };

/** Remembered apart from the settings, so clearing one never brings the step back unasked. */
export const FIRST_RUN_KEY = "thethuc.firstRun.v1"; // app.tsx reads the same key

function markDone(): void {
  try {
    safeStorage()?.setItem(FIRST_RUN_KEY, "done");
  } catch {
    // Only costs asking again next time.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The usual document of each kind of body, for the New and Insert panes: a Party committee concludes and decides
 * (the seed is a kết luận), a State body decides (a công văn needs the drafting unit's code first).
 */
const COMMON_TYPE: Readonly<Record<RecipientPreset["regime"], string>> = {
  party: "ket-luan",
  state: "quyet-dinh",
};

/** The profile a new document of this kind of body follows today: its newest. */
function profileOf(preset: RecipientPreset): ProfileId {
  return preset.profiles[preset.profiles.length - 1] ?? (preset.regime === "party" ? "dang-2026" : "nha-nuoc");
}

/** What the step asks besides the kind of body: the header's names (all may stay blank). */
export interface FirstRunAnswers {
  readonly superior: string;
  readonly issuer: string;
  readonly issuerCode: string;
  readonly place: string;
}

/** The settings, the New pane's and the Nơi nhận form's remembered values that follow from the answers. */
export function firstRunDefaults(
  preset: RecipientPreset,
  answers: FirstRunAnswers
): { readonly settings: Partial<Settings>; readonly recipients: readonly string[]; readonly storage: string } {
  const profile = profileOf(preset);
  const storage = preset.storage === "Văn phòng" ? "" : preset.storage;
  return {
    settings: {
      profile,
      checkProfile: "auto",
      superior: answers.superior.trim(),
      issuer: answers.issuer.trim(),
      issuerCode: answers.issuerCode.trim(),
      place: answers.place.trim(),
      type: COMMON_TYPE[PROFILES[profile].regime === "party" ? "party" : "state"],
    },
    recipients: preset.lines,
    storage,
  };
}

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FirstRunProps {
  readonly settings: Settings;
  readonly onSettingsChange: SettingsChange;
  /** The step is over: `saved` when its answers were stored (the panes then start from them). */
  readonly onDone: (saved: boolean) => void;
}

export function FirstRun({ settings, onSettingsChange, onDone }: FirstRunProps) {
  const t = usePaneT(MESSAGES);
  // The header form's own labels for the superior body and the body's code, so both read the same.
  const common = useT();
  const styles = useStyles();
  const [presetId, setPresetId] = useState("");
  const [superior, setSuperior] = useState(settings.superior);
  const [issuer, setIssuer] = useState(settings.issuer);
  const [issuerCode, setIssuerCode] = useState(settings.issuerCode);
  const [place, setPlace] = useState(settings.place);
  const [tried, setTried] = useState(false);
  const preset = RECIPIENT_PRESETS.find((entry) => entry.id === presetId);
  // Party words until a State body is chosen (the seed users are Party offices).
  const state = preset?.regime === "state";

  const save = () => {
    setTried(true);
    if (!preset) return;
    const defaults = firstRunDefaults(preset, { superior, issuer, issuerCode, place });
    onSettingsChange(defaults.settings);
    for (const form of ["closing", "new"] as const) {
      const current = loadForm(form, form === "closing" ? CLOSING_DEFAULTS : { recipients: [""], storage: "" });
      saveForm(form, { ...current, recipients: defaults.recipients, storage: defaults.storage });
    }
    markDone();
    onDone(true);
  };
  const later = () => {
    markDone();
    onDone(false);
  };

  return (
    <Card className={styles.card} role="region" aria-labelledby="first-run-heading" data-testid="first-run">
      <Text as="h2" id="first-run-heading" size={400} weight="semibold" className={styles.heading}>
        {t("title")}
      </Text>
      <p className={styles.intro}>{t("intro")}</p>
      <Field
        label={t("level")}
        required
        validationMessage={tried && !preset ? t("choose") : undefined}
      >
        <Dropdown
          placeholder={t("levelPlaceholder")}
          value={preset ? t.pick(preset.name) : ""}
          selectedOptions={preset ? [preset.id] : []}
          onOptionSelect={(_, data) => setPresetId(data.optionValue ?? "")}
        >
          {RECIPIENT_PRESETS.map((entry) => (
            <Option key={entry.id} value={entry.id}>
              {t.pick(entry.name)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={common(state ? "superiorState" : "superiorParty")}
        hint={common(state ? "superiorHintState" : "superiorHintParty")}
      >
        <Input value={superior} onChange={(_, data) => setSuperior(data.value)} />
      </Field>
      <Field label={t("issuer")} hint={t("issuerHint")}>
        <Input value={issuer} onChange={(_, data) => setIssuer(data.value)} />
      </Field>
      <Field
        label={common("issuerCode")}
        hint={common(state ? "issuerCodeHintState" : "issuerCodeHintParty")}
      >
        <Input value={issuerCode} onChange={(_, data) => setIssuerCode(data.value)} />
      </Field>
      <Field label={t("place")} hint={t("placeHint")}>
        <Input value={place} onChange={(_, data) => setPlace(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          {t("save")}
        </Button>
        <Button onClick={later}>{t("later")}</Button>
      </div>
    </Card>
  );
}
