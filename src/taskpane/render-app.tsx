// Renders the task pane's React tree: the Fluent theme that matches Office's, the host, the app. Kept apart from the
// entry's start-up code so its modules (Fluent, the app's shell) are evaluated in a task of their own.

import { AriaLiveAnnouncer, FluentProvider, RendererProvider } from "@fluentui/react-components";
import { startTransition } from "react";
import type { Root } from "react-dom/client";
import type { DocumentHost } from "../host/document-host";
import { App } from "./app";
import { HostProvider } from "./host-context";
import { themeForOffice } from "./office-theme";
import type { PaneId } from "./panes";
import { createStyleRenderer } from "./style-renderer";

export interface Startup {
  readonly host: DocumentHost;
  /** Fetches the host's code ahead of the first action. */
  readonly preload?: () => Promise<unknown>;
  readonly inWord: boolean;
  readonly officeTheme?: { readonly bodyBackgroundColor?: string };
}

/** The host's code fetched ahead of the first action; a failure is left to that action to report. */
function preloadOf(startup: Startup): () => void {
  return () => void startup.preload?.().catch(() => undefined);
}

export async function renderApp(root: Root, startup: Startup, initialPane: PaneId): Promise<void> {
  const theme = await themeForOffice(startup.officeTheme);
  // A transition: React renders the tree in slices of a few milliseconds, yielding to the browser between them, so
  // the first render is not one long task (~400 ms at 4× CPU throttle when it was).
  startTransition(() =>
    root.render(
      <RendererProvider renderer={createStyleRenderer(document)} targetDocument={document}>
        <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
          {/* What MessageBars announce reaches screen readers only through an announcer: without one Fluent's
              announce does nothing, and an error shown after a click was never read out. */}
          <AriaLiveAnnouncer>
            <HostProvider host={startup.host} inWord={startup.inWord}>
              <App initialPane={initialPane} onFirstPaint={startup.preload && preloadOf(startup)} />
            </HostProvider>
          </AriaLiveAnnouncer>
        </FluentProvider>
      </RendererProvider>
    )
  );
}
