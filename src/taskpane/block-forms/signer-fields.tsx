// The signer: authority form with the regime's marks (T/M, K/T … or TM., KT. …), collective, head, title and name.

import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { AuthorityKind } from "../../blocks/closing-block";
import { PROFILES, type ProfileId } from "../../conventions";
import { DRAFTING_MESSAGES, type DraftingKey } from "../drafting-messages";
import { usePaneT } from "../i18n";
import { type FieldErrors, validation } from "./fields";

export interface SignerValues {
  readonly authority: string;
  readonly collective: string;
  readonly head: string;
  readonly signerTitle: string;
  readonly signer: string;
}

export const AUTHORITIES: readonly AuthorityKind[] = [
  "none",
  "collective",
  "deputy",
  "byOrder",
  "authorised",
  "acting",
];

/** The pane's choices: "auto" derives the marks from the issuer and the title (conventions/signing-authority). */
export type AuthorityChoice = AuthorityKind | "auto";

/** The authority kind a remembered text names; undefined (derive) for "auto" and anything unknown. */
export function authorityOf(value: string): AuthorityKind | undefined {
  return AUTHORITIES.find((kind) => kind === value);
}

const LABELS: Readonly<Record<AuthorityChoice, DraftingKey>> = {
  auto: "authAuto",
  none: "authNone",
  collective: "authCollective",
  deputy: "authDeputy",
  byOrder: "authByOrder",
  authorised: "authAuthorised",
  acting: "authActing",
};

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface SignerFieldsProps {
  readonly profile: ProfileId;
  readonly values: SignerValues;
  readonly onChange: (patch: Partial<SignerValues>) => void;
  readonly errors: FieldErrors;
}

/** The signer's fields; only the authority forms the regime has are offered (no T/U in Party documents). */
export function SignerFields({ profile, values, onChange, errors }: SignerFieldsProps) {
  const t = usePaneT(DRAFTING_MESSAGES);
  const styles = useStyles();
  const marks = PROFILES[profile].drafting.marks;
  const party = PROFILES[profile].regime === "party";
  const authority: AuthorityChoice = authorityOf(values.authority) ?? "auto";
  const mark: Readonly<Record<AuthorityChoice, string | null>> = {
    auto: "",
    none: "",
    collective: marks.collective,
    deputy: marks.deputy,
    byOrder: marks.byOrder,
    authorised: marks.authorised,
    acting: marks.acting,
  };
  const offered = (["auto", ...AUTHORITIES] as const).filter((kind) => mark[kind] !== null);
  const needsCollective =
    authority === "collective" || authority === "byOrder" || authority === "deputy";
  const needsHead = authority === "deputy" || authority === "authorised" || authority === "acting";
  const input = (key: keyof SignerValues) => (
    <Input value={values[key]} onChange={(_, data) => onChange({ [key]: data.value })} />
  );
  return (
    <div className={styles.fields}>
      <Field label={t("authority")} {...validation(errors, "authority")}>
        <RadioGroup
          value={authority}
          onChange={(_, data) => onChange({ authority: data.value })}
        >
          {offered.map((kind) => (
            <Radio key={kind} value={kind} label={t(LABELS[kind], { mark: mark[kind] ?? "" })} />
          ))}
        </RadioGroup>
      </Field>
      {needsCollective && (
        <Field
          label={t("collective")}
          hint={party ? t("collectiveHintParty") : t("collectiveHintState")}
          required={authority !== "deputy"}
          {...validation(errors, "collective")}
        >
          {input("collective")}
        </Field>
      )}
      {needsHead && (
        <Field
          label={t("head")}
          hint={t("headHint")}
          required={authority !== "acting"}
          {...validation(errors, "head")}
        >
          {input("head")}
        </Field>
      )}
      <Field
        label={t("signerTitle")}
        hint={t("signerTitleHint")}
        required={authority !== "acting"}
        {...validation(errors, "title")}
      >
        {input("signerTitle")}
      </Field>
      <Field label={t("signer")} required {...validation(errors, "name")}>
        {input("signer")}
      </Field>
    </div>
  );
}
