// Rules of the recipients family.

import type { Rule } from "../types";

export const recipientsRules: readonly Rule[] = [];
