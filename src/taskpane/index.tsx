// Task pane entry: waits for Office (briefly, so a plain browser still gets a pane), then renders the app.

import { FluentProvider } from "@fluentui/react-components";
import { type Root, createRoot } from "react-dom/client";
import type { DocumentHost } from "../host/document-host";
import { App } from "./app";
import { HostProvider } from "./host-context";
import { themeForOffice } from "./office-theme";
import { outsideWordHost } from "./outside-word-host";
import { deferredHost } from "./deferred-host";
import { whenIdle } from "./when-idle";
import { wordCapabilities } from "../host/word-capabilities";
import { type PaneId, paneFromSearch } from "./panes";

/** How long to wait for Office.onReady before showing the pane without Word; Word keeps being waited for. */
const OFFICE_READY_TIMEOUT_MS = 1500;

interface Startup {
  readonly host: DocumentHost;
  /** Fetches the host's code ahead of the first action. */
  readonly preload?: () => Promise<unknown>;
  readonly inWord: boolean;
  readonly officeTheme?: { readonly bodyBackgroundColor?: string };
}

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

async function render(root: Root, startup: Startup, initialPane: PaneId): Promise<void> {
  const theme = await themeForOffice(startup.officeTheme);
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <HostProvider host={startup.host} inWord={startup.inWord}>
        <App initialPane={initialPane} />
      </HostProvider>
    </FluentProvider>
  );
}

async function start(container: HTMLElement): Promise<void> {
  // The first pane's chunk is fetched when the app renders, not before, so it never delays the first paint.
  const initialPane = paneFromSearch(location.search);
  const root = createRoot(container);
  const ready = officeReady();
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)
  );
  const first = await Promise.race([ready, timeout]);
  await render(root, first ?? notInWord, initialPane);
  if (first?.preload) afterFirstPaint(first.preload);
  if (first === null) {
    // Office may still turn up late (a slow start of Word): switch to the real host then.
    const late = await ready;
    if (late?.inWord) {
      await render(root, late, initialPane);
      if (late.preload) afterFirstPaint(late.preload);
    }
  }
}

// The inline script in taskpane.html removes #root in Internet Explorer's webview and shows its message instead.
const container = document.getElementById("root");
if (container) void start(container);
