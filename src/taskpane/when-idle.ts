// Work the pane can put off until the browser has nothing else to do: the rest of a list, other panes' code.

/** The longest an idle piece waits when the browser is never idle (a busy page still gets it done). */
const IDLE_TIMEOUT_MS = 500;

/** Runs `work` when the browser is idle (within half a second in any case); returns a cancel. */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback: a frame later is the nearest thing.
  const timer = setTimeout(work, 16);
  return () => clearTimeout(timer);
}

/** Resolves in a later task (a message to itself: no 4 ms timer clamp), so the browser can paint and answer between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
