// The issuer's fields — cơ quan cấp trên or chủ quản, cơ quan ban hành, its code, địa danh — labelled by regime.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { PROFILES } from "../conventions";
import { useT } from "./i18n";
import type { FieldVisit } from "./header-input";
import type { Settings, SettingsChange } from "./settings-store";

export type IssuerKey = "superior" | "issuer" | "issuerCode" | "place";

export interface IssuerFieldsProps {
  readonly settings: Settings;
  readonly onChange: SettingsChange;
  /** Messages to show under fields, by the core's field name; only those the user should see now. */
  readonly errors?: Readonly<Record<string, string>>;
  readonly onBlurField?: FieldVisit;
}

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
  // The section's header and fields line up with the fields above instead of Accordion's default indent.
  accordionButton: { paddingLeft: 0, paddingRight: 0, minHeight: "auto", height: "auto" },
  accordionHeader: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  summary: {
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    maxWidth: "100%",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
  },
});

const ISSUER_PANEL = "issuer";
const ISSUER_KEYS: readonly IssuerKey[] = ["superior", "issuer", "issuerCode", "place"];

export interface IssuerSectionProps extends IssuerFieldsProps {
  /** The line under the section's title when it is open: where the values are remembered. */
  readonly note: ReactNode;
}

/**
 * The issuer fields folded into a section that is open while they are empty (or wrong) and otherwise shows a
 * one-line summary, as the Insert and New panes use it.
 */
export function IssuerSection({ note, ...fields }: IssuerSectionProps) {
  const t = useT();
  const styles = useStyles();
  const { settings, errors = {} } = fields;
  const [open, setOpen] = useState(
    () => !(settings.issuer.trim() && settings.issuerCode.trim() && settings.place.trim())
  );
  const openItems = open || ISSUER_KEYS.some((key) => errors[key]) ? [ISSUER_PANEL] : [];
  const summary =
    [settings.issuer, settings.issuerCode, settings.place]
      .filter((part) => part.trim())
      .join(" · ") || t("issuerSummaryEmpty");
  return (
    <Accordion collapsible openItems={openItems} onToggle={() => setOpen(openItems.length === 0)}>
      <AccordionItem value={ISSUER_PANEL}>
        <AccordionHeader expandIconPosition="end" button={{ className: styles.accordionButton }}>
          <span className={styles.accordionHeader}>
            <Text size={400} weight="semibold">
              {t("issuerSection")}
            </Text>
            <Caption1 className={styles.summary}>{summary}</Caption1>
          </span>
        </AccordionHeader>
        {/* No collapse motion: on mount, open (the first use), the motion measured the panel, forcing the whole
            pane's layout inside React's commit (~220 ms at 4× CPU throttle); the panel now just shows or hides. */}
        <AccordionPanel className={styles.panel} collapseMotion={null}>
          <Caption1 className={styles.note}>{note}</Caption1>
          <IssuerFields {...fields} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** The four issuer fields; Party profiles say "cơ quan cấp trên", the State one "cơ quan chủ quản". */
export function IssuerFields({ settings, onChange, errors = {}, onBlurField }: IssuerFieldsProps) {
  const t = useT();
  const styles = useStyles();
  const party = PROFILES[settings.profile].regime === "party";

  const field = (key: IssuerKey, label: string, hint: string, required: boolean) => (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationMessage={errors[key]}
      validationState={errors[key] ? "error" : "none"}
    >
      <Input
        value={settings[key]}
        onChange={(_, data) => onChange({ [key]: data.value })}
        onBlur={() => onBlurField?.(key)}
      />
    </Field>
  );

  return (
    <div className={styles.fields}>
      {field(
        "superior",
        party ? t("superiorParty") : t("superiorState"),
        party ? t("superiorHintParty") : t("superiorHintState"),
        false
      )}
      {field("issuer", t("issuer"), party ? t("issuerHintParty") : t("issuerHintState"), true)}
      {field(
        "issuerCode",
        t("issuerCode"),
        party ? t("issuerCodeHintParty") : t("issuerCodeHintState"),
        true
      )}
      {field("place", t("place"), t("placeHint"), true)}
    </div>
  );
}
