// One action on the document at a time: a pane is busy while Word works, and a second click meanwhile is dropped.

import { startTransition, useCallback, useRef, useState } from "react";

export interface OneAction {
  /** True while an action runs, for disabling the buttons. */
  readonly busy: boolean;
  /** The same, read now rather than at the last render: for handlers that must not act mid-action. */
  isBusy(): boolean;
  /** Runs `work` unless another action is running (then does nothing). */
  act(work: () => Promise<void>): Promise<void>;
}

export function useOneAction(): OneAction {
  // A ref as well as state: a second click in the same frame must see the first one's busy flag.
  const busyRef = useRef(false);
  const [busy, setBusy] = useState(false);
  const isBusy = useCallback(() => busyRef.current, []);
  const act = useCallback(async (work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    // A transition: the buttons grey in a render React can slice, not in the click's own task (the ref above already
    // drops a second click).
    startTransition(() => setBusy(true));
    try {
      await work();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, isBusy, act };
}
