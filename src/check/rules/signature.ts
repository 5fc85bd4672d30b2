// Rules of the signature family.

import type { Rule } from "../types";

export const signatureRules: readonly Rule[] = [];
