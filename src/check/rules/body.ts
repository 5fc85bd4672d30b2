// Rules of the body family.

import type { Rule } from "../types";

export const bodyRules: readonly Rule[] = [];
