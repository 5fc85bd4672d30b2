// MessageBars read their text out when they mount, through the AriaLiveAnnouncer at the app's root (render-app.tsx).
// Two kinds must not: the Check pane's notices, which its own live region already says with the results they belong
// to (they would be heard twice), and the warm-up's pieces, which nobody sees.

import { AnnounceProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";

const SILENT = { announce: () => undefined };

/** Its MessageBars announce nothing. */
export function Unannounced({ children }: { readonly children: ReactNode }) {
  return <AnnounceProvider value={SILENT}>{children}</AnnounceProvider>;
}
