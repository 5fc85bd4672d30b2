// The header form's parts below its first screen: the issuer section, where the header goes, and the preview. Their
// code (Fluent's Accordion, the radio group, the preview) is evaluated after the form's first render, not before it.

import {
  Field,
  Link,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Block } from "../blocks/block";
import type { InsertWhere } from "../host/document-host";
import type { FieldVisit } from "./header-input";
import { HeaderPreview } from "./header-preview";
import { useT } from "./i18n";
import { IssuerSection } from "./issuer-fields";
import type { PaneProps } from "./panes";
import { type Settings, type SettingsChange, whereChange } from "./settings-store";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  // Link's own size is larger than the caption it sits in.
  link: { fontSize: "inherit", lineHeight: "inherit" },
});

export interface HeaderIssuerProps {
  readonly settings: Settings;
  readonly onChange: SettingsChange;
  readonly errors: Readonly<Record<string, string>>;
  readonly onBlurField: FieldVisit;
  readonly onOpenPane: PaneProps["onOpenPane"];
}

/** The issuer section, with the line saying where its values are kept and a link to them. */
export function HeaderIssuer({ onOpenPane, ...fields }: HeaderIssuerProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <IssuerSection
      {...fields}
      note={
        <>
          {t("issuerNote")}{" "}
          <Link
            as="button"
            type="button"
            inline
            className={styles.link}
            onClick={() => onOpenPane("settings")}
          >
            {t("openSettings")}
          </Link>
        </>
      }
    />
  );
}

export interface WhereAndPreviewProps {
  readonly settings: Settings;
  readonly onChange: SettingsChange;
  readonly where: InsertWhere;
  /** The header block, when the fields build one. */
  readonly block?: Block;
  readonly numberLine?: string;
  readonly placeDateLine?: string;
}

/** Where the header goes (the start or the cursor) and the live preview. */
export function WhereAndPreview({ settings, onChange, where, ...preview }: WhereAndPreviewProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      <Field label={t("where")}>
        <RadioGroup
          value={where}
          onChange={(_, data) => {
            if (data.value === "start" || data.value === "cursor")
              onChange(whereChange(settings, "header", data.value));
          }}
        >
          <Radio value="start" label={t("whereStart")} />
          <Radio value="cursor" label={t("whereCursor")} />
        </RadioGroup>
      </Field>

      <section className={styles.section} aria-labelledby="insert-preview-heading">
        <Text
          as="h2"
          id="insert-preview-heading"
          size={400}
          weight="semibold"
          className={styles.heading}
        >
          {t("preview")}
        </Text>
        <HeaderPreview {...preview} />
      </section>
    </>
  );
}
