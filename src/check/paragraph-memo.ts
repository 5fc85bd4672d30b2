// Values worked out once per paragraph (its matching form, lines, parts, dominant size), remembered for later askers.
// During a check they sit in arrays by paragraph index for the paragraphs being checked: the components and the rules
// ask about 13,000 times on a 100-page document, and a WeakMap lookup per ask (and an insert per paragraph and value)
// cost about 2 ms of a ~22 ms check. Outside a check (the task pane, `thethuc fix`), and for a paragraph that is not
// the checked one at its index (a bản sao's emptied original, a TCVN3 text decoded to choose the profile), a WeakMap
// keeps them as before. The values depend only on the paragraph object, so either store gives the same answer.

import type { ParagraphSnapshot } from "../ooxml/snapshot";

export interface ParagraphMemo<T> {
  get(paragraph: ParagraphSnapshot): T | undefined;
  set(paragraph: ParagraphSnapshot, value: T): void;
}

interface Slots {
  values: unknown[];
  /** The scope the values belong to; a memo's array is started afresh when the scope changes. */
  scope: number;
}

/** The paragraphs of the check under way, or null outside a check. */
let scoped: readonly ParagraphSnapshot[] | null = null;
let scope = 0;
const ALL_SLOTS: Slots[] = [];

/** A store of one per-paragraph value. */
export function paragraphMemo<T>(): ParagraphMemo<T> {
  const weak = new WeakMap<ParagraphSnapshot, T>();
  const slots: Slots = { values: [], scope: -1 };
  ALL_SLOTS.push(slots);
  const inScope = (paragraph: ParagraphSnapshot): unknown[] | null => {
    if (scoped === null || scoped[paragraph.index] !== paragraph) return null;
    if (slots.scope !== scope) {
      slots.values = new Array(scoped.length);
      slots.scope = scope;
    }
    return slots.values;
  };
  return {
    get(paragraph) {
      const values = inScope(paragraph);
      return values ? (values[paragraph.index] as T | undefined) : weak.get(paragraph);
    },
    set(paragraph, value) {
      const values = inScope(paragraph);
      if (values) values[paragraph.index] = value;
      else weak.set(paragraph, value);
    },
  };
}

/**
 * Runs `run` with the memos keeping the values of `paragraphs` in arrays; afterwards the arrays are dropped, so no
 * document stays in memory after its check. A call inside another starts the outer one's arrays afresh when it ends
 * (its values are only worked out again).
 */
export function withParagraphMemos<R>(paragraphs: readonly ParagraphSnapshot[], run: () => R): R {
  const outer = scoped;
  scoped = paragraphs;
  scope++;
  try {
    return run();
  } finally {
    scoped = outer;
    scope++;
    for (const slots of ALL_SLOTS) slots.values = [];
  }
}
