// A one-line progress bar on stderr (files done / total, elapsed, rate), drawn only when stderr is a terminal.

export interface Progress {
  /** One more file done. */
  tick(): void;
  /** Removes the bar so other output can be written on a clean line; the next tick draws it again. */
  clear(): void;
  /** Removes the bar for good. */
  done(): void;
}

const WIDTH = 24;
/** Redraws at most this often, so a fast batch does not spend its time drawing. */
const REDRAW_MS = 100;

export const NO_PROGRESS: Progress = { tick() {}, clear() {}, done() {} };

/** A bar written with `write` (a terminal), redrawn in place with a carriage return. */
export function progressBar(
  total: number,
  write: (text: string) => void,
  now: () => number = Date.now
): Progress {
  const started = now();
  let finished = 0;
  let shown = false;
  let lastDraw = 0;
  const draw = () => {
    const elapsed = (now() - started) / 1000;
    const filled = total === 0 ? WIDTH : Math.round((finished / total) * WIDTH);
    const rate = elapsed > 0 ? finished / elapsed : 0;
    write(
      `\r[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${finished}/${total} tệp (files) · ${elapsed.toFixed(1)} s · ${rate.toFixed(1)} tệp/s\x1b[K`
    );
    shown = true;
    lastDraw = now();
  };
  return {
    tick() {
      finished++;
      if (!shown || finished === total || now() - lastDraw >= REDRAW_MS) draw();
    },
    clear() {
      if (shown) write("\r\x1b[K");
      shown = false;
    },
    done() {
      this.clear();
    },
  };
}
