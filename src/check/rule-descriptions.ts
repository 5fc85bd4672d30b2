// What each rule checks, by id: the task pane names ignored rules with these, received from its document worker, so
// the rule registry itself is never evaluated on the pane's thread.

import { RULES } from "./rules";
import type { Message } from "./types";

let descriptions: Readonly<Record<string, Message>> | undefined;

/** Every registered rule's description, by rule id (built once). */
export function ruleDescriptions(): Readonly<Record<string, Message>> {
  descriptions ??= Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.description]));
  return descriptions;
}
