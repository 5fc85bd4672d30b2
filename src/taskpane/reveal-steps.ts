// A pane that shows what is on screen first and the rest a frame later, a piece per frame.

import { startTransition, useCallback, useEffect, useState } from "react";

/** The longest a piece waits for an animation frame (none come while Word hides the pane). */
const FRAME_WAIT_MS = 100;

/**
 * How many of `pieces` later parts a pane may render now: 0 in its first render, then one more after each frame is
 * painted, until all are shown. Why: the Insert pane's first render was one commit of ~900 CSS rules and one layout of
 * a 1,768 px page (~220 ms at 4× CPU throttle) before its first field showed; the parts below the first screen now come
 * in their own small commits. `showAll` shows every part at once (the form's submit, which must reach every field).
 */
export function useRevealSteps(pieces: number): readonly [shown: number, showAll: () => void] {
  const [shown, setShown] = useState(0);

  useEffect(() => {
    if (shown >= pieces) return undefined;
    let done = false;
    let frame: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (done) return;
      done = true;
      // A transition: React may render the piece in slices, and an input typed meanwhile goes first.
      startTransition(() => setShown((current) => Math.min(pieces, current + 1)));
    };
    // A task queued from requestAnimationFrame runs after that frame is painted.
    if (typeof requestAnimationFrame === "function") {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(next, 0);
      });
    }
    const fallback = setTimeout(next, FRAME_WAIT_MS);
    return () => {
      done = true;
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [shown, pieces]);

  const showAll = useCallback(() => setShown(pieces), [pieces]);
  return [shown, showAll];
}
