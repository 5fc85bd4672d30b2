// The panes of the task pane, which one the URL asks for, and their code, fetched on demand as separate chunks.

import { type ComponentType, memo } from "react";
import type { Settings, SettingsChange } from "./settings-store";

export const PANE_IDS = ["new", "insert", "citations", "check", "settings"] as const;
export type PaneId = (typeof PANE_IDS)[number];

/** A count a pane shows on its tab (the Check pane: findings left), red while some are errors. */
export interface TabBadge {
  readonly count: number;
  readonly errors: number;
  /** What the count means, read out with the tab's name ("3 lỗi, 2 cảnh báo, …"). */
  readonly label: string;
}

/** Props every pane takes; the settings are shared so every pane edits the same remembered values. */
export interface PaneProps {
  readonly settings: Settings;
  readonly onSettingsChange: SettingsChange;
  readonly onOpenPane: (pane: PaneId) => void;
  /** Sets (or, with null, clears) the count on the pane's own tab. */
  readonly onTabBadge?: (badge: TabBadge | null) => void;
}

/** The pane named by `?pane=` (the ribbon's buttons set it); the Insert pane when it names none we know. */
export function paneFromSearch(search: string): PaneId {
  const asked = new URLSearchParams(search).get("pane");
  return PANE_IDS.find((id) => id === asked) ?? "insert";
}

type PaneModule = { readonly default: ComponentType<PaneProps> };

// webpackChunkName keeps the chunk files recognisable in dist/ and in the bench's table. webpackFetchPriority "high":
// the first pane's files are asked for while the page still loads, when the browser holds back low-priority requests
// (the last of them arrived ~400 ms after the first on a loaded machine); the others are asked for when idle anyway.
const importers: Record<PaneId, () => Promise<PaneModule>> = {
  new: () =>
    import(/* webpackChunkName: "new-pane", webpackFetchPriority: "high" */ "./new-pane").then(
      (m) => ({
        default: m.NewPane,
      })
    ),
  insert: () =>
    import(
      /* webpackChunkName: "insert-pane", webpackFetchPriority: "high" */ "./insert-pane-steps"
    )
      .then((m) => m.loadInsertBlocksPane())
      .then((m) => ({ default: m.InsertBlocksPane })),
  citations: () =>
    import(
      /* webpackChunkName: "citations-pane", webpackFetchPriority: "high" */ "./citations-pane"
    ).then((m) => ({
      default: m.CitationsPane,
    })),
  check: () =>
    import(/* webpackChunkName: "check-pane", webpackFetchPriority: "high" */ "./check-pane").then(
      (m) => ({
        default: m.CheckPane,
      })
    ),
  settings: () =>
    import(
      /* webpackChunkName: "settings-pane", webpackFetchPriority: "high" */ "./settings-pane"
    ).then((m) => ({
      default: m.SettingsPane,
    })),
};

const loading = new Map<PaneId, Promise<PaneModule>>();
// Memoised, as the lazy ones in app.tsx: a count put on a tab must not re-render a pane.
const loaded = new Map<PaneId, ComponentType<PaneProps>>();

/** The pane's module, fetched once; calling it early (before Office is ready) overlaps the download with startup. */
export function loadPane(pane: PaneId): Promise<PaneModule> {
  let promise = loading.get(pane);
  if (!promise) {
    promise = importers[pane]().then((module) => {
      loaded.set(pane, memo(module.default));
      return module;
    });
    // A failed download may succeed later (a flaky connection); don't keep the rejection.
    promise.catch(() => loading.delete(pane));
    loading.set(pane, promise);
  }
  return promise;
}

/** The pane's component if its code is already here (rendered at once, no "Đang tải…"), else undefined. */
export function loadedPane(pane: PaneId): ComponentType<PaneProps> | undefined {
  return loaded.get(pane);
}
