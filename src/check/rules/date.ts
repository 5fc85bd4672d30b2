// Rules of the date family.

import type { Rule } from "../types";

export const dateRules: readonly Rule[] = [];
