// The keys of a row in a list that is one Tab stop (the Check pane's findings and flood rows): the arrow keys, Home and
// End ask the list to move focus; Enter does the row's own action (go to the finding, open the flood).

import type { KeyboardEvent } from "react";

export type NavigationKey = "ArrowDown" | "ArrowUp" | "Home" | "End";

const NAVIGATION_KEYS: ReadonlySet<string> = new Set<NavigationKey>([
  "ArrowDown",
  "ArrowUp",
  "Home",
  "End",
]);

export interface ListRowKeysOptions {
  /** The row's place in its list, handed back to the list's callbacks. */
  readonly index: number;
  /** Enter on the row itself; undefined (or busy) leaves Enter alone. */
  readonly onEnter?: () => void;
  readonly onNavigate: (index: number, key: NavigationKey) => void;
  /** Focus reached the row or one of its buttons. */
  readonly onFocusWithin: (index: number) => void;
}

/**
 * The row element's onKeyDown and onFocus. Keys pressed on the row's buttons are theirs (Enter clicks a button); only
 * keys on the row itself move focus or act.
 */
export function useListRowKeys({ index, onEnter, onNavigate, onFocusWithin }: ListRowKeysOptions) {
  return {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === "Enter" && onEnter) {
        event.preventDefault();
        onEnter();
      } else if (NAVIGATION_KEYS.has(event.key)) {
        event.preventDefault();
        onNavigate(index, event.key as NavigationKey);
      }
    },
    onFocus: () => onFocusWithin(index),
  };
}
