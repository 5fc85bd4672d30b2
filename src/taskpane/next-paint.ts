// Lets the browser paint a status before long work starts.

// The longest a phase may wait for an animation frame (none come while Word hides the pane).
const PAINT_WAIT_MS = 100;

/** Resolves after the browser has had a chance to paint, so a status set just before shows during long work. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // A task queued from requestAnimationFrame runs after that frame is painted.
    if (typeof requestAnimationFrame === "function") {
      requestAnimationFrame(() => setTimeout(finish, 0));
    }
    setTimeout(finish, PAINT_WAIT_MS);
  });
}
