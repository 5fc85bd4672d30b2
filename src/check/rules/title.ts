// Rules of the title family.

import type { Rule } from "../types";

export const titleRules: readonly Rule[] = [];
