// Task pane entry: waits for Office (briefly, so a plain browser still gets a pane), then renders the app.

import type { Root } from "react-dom/client";
import { deferredHost } from "./deferred-host";
import { outsideWordHost } from "./outside-word-host";
import { type PaneId, loadPane, paneFromSearch } from "./panes";
import type { Startup } from "./render-app";
import { nextTask, whenIdle } from "./when-idle";
import { wordCapabilities } from "../host/word-capabilities";

/** How long to wait for Office.onReady before showing the pane without Word; Word keeps being waited for. */
const OFFICE_READY_TIMEOUT_MS = 1500;

const notInWord: Startup = { host: outsideWordHost(), inWord: false };

/**
 * What Office.onReady reports, or null when office.js did not load or never becomes ready. The Word host's code is its
 * own chunk: the pane renders without it, and fetches it once the first paint is done (or on the first action).
 */
function officeReady(): Promise<Startup | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve(null);
  }
  return Office.onReady().then(
    (info): Startup => {
      if (String(info.host) !== "Word") return notInWord;
      const word = deferredHost(
        () =>
          import(/* webpackChunkName: "word-host" */ "../host/word").then((module) =>
            module.createWordHost()
          ),
        () => wordCapabilities(Office.context)
      );
      return {
        host: word.host,
        inWord: true,
        officeTheme: currentOfficeTheme(),
        preload: word.preload,
      };
    },
    () => null
  );
}

/** Office's theme colours; undefined where the host has none (Word on the web) or refuses to say. */
function currentOfficeTheme(): Startup["officeTheme"] {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` when the browser is idle after the next paint (a task queued from a frame runs after its paint). */
function afterFirstPaint(work: () => Promise<unknown>): void {
  requestAnimationFrame(() => whenIdle(() => void work().catch(() => undefined)));
}

/**
 * React DOM, then the app's shell, then Fluent's provider: the modules of the entry's script are evaluated in these
 * steps, a task each ("eager": no extra file, the code is in this script), rather than all at once when the script
 * runs — that was one task of ~450 ms at 4× CPU throttle.
 */
async function loadRenderer(): Promise<(startup: Startup) => Promise<void>> {
  await nextTask();
  const { createRoot } = await import(/* webpackMode: "eager" */ "react-dom/client");
  await nextTask();
  // The shell (the tab list, with Fluent's focus management) and then the provider, the theme and the renderer: one
  // step for both was the entry's longest task (~130 ms at 4× CPU throttle, over 200 ms on a loaded machine).
  await import(/* webpackMode: "eager" */ "./app");
  await nextTask();
  const { renderApp } = await import(/* webpackMode: "eager" */ "./render-app");
  let root: Root | undefined;
  return (startup) => {
    // The inline script in taskpane.html removes #root in Internet Explorer's webview and shows its message instead.
    const container = document.getElementById("root");
    if (!container) return Promise.resolve();
    root ??= createRoot(container);
    return renderApp(root, startup, initialPane);
  };
}

const initialPane: PaneId = paneFromSearch(location.search);

async function start(): Promise<void> {
  const ready = officeReady();
  // The first pane's code is fetched now, while office.js starts, rather than after the shell has painted; in a task
  // of its own (adding its script elements is not free either).
  const paneCode = nextTask()
    .then(() => loadPane(initialPane))
    .catch(() => undefined);
  const renderer = loadRenderer();
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)
  );
  const first = await Promise.race([ready, timeout]);
  const render = await renderer;
  // The first pane's code (its modules are evaluated in steps) is waited for, as briefly as Office is: rendered with
  // the shell, the pane costs one commit and one layout; a shell painted first put ~0.3–0.5 s between the tab list and
  // a usable pane on a loaded machine.
  await Promise.race([paneCode, timeout]);
  // The host's code is fetched when the browser is idle after the first paint (App's onFirstPaint).
  await render(first ?? notInWord);
  if (first === null) {
    // Office may still turn up late (a slow start of Word): switch to the real host then.
    const late = await ready;
    if (late?.inWord) {
      await render(late);
      if (late.preload) afterFirstPaint(late.preload);
    }
  }
}

if (document.getElementById("root")) void start();
