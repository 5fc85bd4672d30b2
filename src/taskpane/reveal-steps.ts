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
export function useRevealSteps(
  pieces: number,
  prepare?: () => Promise<unknown>
): readonly [shown: number, showAll: () => void] {
  const [shown, setShown] = useState(0);
  // The later parts' code (`prepare`), evaluated in a task of its own after the first frame, then the first piece.
  const [prepared, setPrepared] = useState(!prepare);

  useEffect(() => {
    if (prepared || !prepare) return undefined;
    let live = true;
    // Ready or not (a chunk that failed is the pane's own error to show), the first piece comes with it.
    const first = () =>
      live &&
      startTransition(() => {
        setPrepared(true);
        setShown((current) => Math.max(current, 1));
      });
    const cancel = afterFrame(() => void prepare().then(first, first));
    return () => {
      live = false;
      cancel();
    };
  }, [prepare, prepared]);

  useEffect(() => {
    if (!prepared || shown >= pieces) return undefined;
    // A transition: React may render the piece in slices, and an input typed meanwhile goes first.
    return afterFrame(() =>
      startTransition(() => setShown((current) => Math.min(pieces, current + 1)))
    );
  }, [prepared, shown, pieces]);

  const showAll = useCallback(() => setShown(pieces), [pieces]);
  return [prepared ? shown : 0, showAll];
}

/** Runs `work` in a task after the next frame is painted (or after FRAME_WAIT_MS without frames); returns a cancel. */
function afterFrame(work: () => void): () => void {
  let done = false;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestAnimationFrame === "function") {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
  }
  const fallback = setTimeout(run, FRAME_WAIT_MS);
  return () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    clearTimeout(fallback);
  };
}
