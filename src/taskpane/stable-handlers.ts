// Callbacks that keep their identity across renders while always calling the latest closure: a memoised child given
// them (the Check pane's options) skips the pane's frequent re-renders (progress, notices).

import { useLayoutEffect, useMemo, useRef } from "react";

type Handlers = Record<string, (...args: never[]) => unknown>;

/** Same keys, same functions for the component's life; each calls the handler of the last render. */
export function useStableHandlers<H extends Handlers>(handlers: H): H {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  return useMemo(
    () =>
      Object.fromEntries(
        Object.keys(handlers).map((key) => [
          key,
          (...args: never[]) => latest.current[key]?.(...args),
        ])
      ) as H,
    // The keys are fixed by the call site: the wrappers are made once.
    []
  );
}
