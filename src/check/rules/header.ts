// Rules of the header family.

import type { Rule } from "../types";

export const headerRules: readonly Rule[] = [];
