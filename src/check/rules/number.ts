// Rules of the number family.

import type { Rule } from "../types";

export const numberRules: readonly Rule[] = [];
