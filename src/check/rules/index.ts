// The rule registry: every family, in the order findings are explained.
import type { Rule } from "../types";
import { abbreviationRules } from "./abbreviation";
import { bodyRules } from "./body";
import { capitalizationRules } from "./capitalization";
import { citationRules } from "./citation";
import { dateRules } from "./date";
import { draftingFormRules } from "./drafting-form";
import { fontRules } from "./font";
import { fontLegacyRules } from "./font-legacy";
import { formatRules } from "./format";
import { headerRules } from "./header";
import { headerLineLengthRules } from "./header-line-length";
import { numberRules } from "./number";
import { pageRules } from "./page";
import { recipientsRules } from "./recipients";
import { secrecyStampRules } from "./secrecy-stamp";
import { signatureRules } from "./signature";
import { signingAuthorityRules } from "./signing-authority";
import { spacingRules } from "./spacing";
import { spellingRules } from "./spelling";
import { structureRules } from "./structure";
import { titleRules } from "./title";
import { unicodeRules } from "./unicode";

export const RULES: readonly Rule[] = [
  ...pageRules,
  ...fontRules,
  ...fontLegacyRules,
  ...formatRules,
  ...headerRules,
  ...headerLineLengthRules,
  ...secrecyStampRules,
  ...numberRules,
  ...dateRules,
  ...titleRules,
  ...bodyRules,
  ...structureRules,
  ...draftingFormRules,
  ...citationRules,
  ...abbreviationRules,
  ...recipientsRules,
  ...signatureRules,
  ...signingAuthorityRules,
  ...unicodeRules,
  ...spellingRules,
  ...spacingRules,
  ...capitalizationRules,
];
