// The rule registry: every family, in the order findings are explained.
import type { Rule } from "../types";
import { bodyRules } from "./body";
import { dateRules } from "./date";
import { fontRules } from "./font";
import { formatRules } from "./format";
import { headerRules } from "./header";
import { numberRules } from "./number";
import { pageRules } from "./page";
import { recipientsRules } from "./recipients";
import { signatureRules } from "./signature";
import { structureRules } from "./structure";
import { titleRules } from "./title";

export const RULES: readonly Rule[] = [
  ...pageRules,
  ...fontRules,
  ...formatRules,
  ...headerRules,
  ...numberRules,
  ...dateRules,
  ...titleRules,
  ...bodyRules,
  ...structureRules,
  ...recipientsRules,
  ...signatureRules,
];
