// Rules of the structure family.

import type { Rule } from "../types";

export const structureRules: readonly Rule[] = [];
