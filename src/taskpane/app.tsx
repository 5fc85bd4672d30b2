// The task pane: title, language switch, a tab per pane; each pane's code arrives on demand.

import { Tab, TabList } from "@fluentui/react-components";
import {
  type ComponentType,
  Suspense,
  lazy,
  memo,
  startTransition,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";
import { LanguageContext, useT } from "./i18n";
import {
  PANE_IDS,
  type PaneId,
  type PaneProps,
  type TabBadge,
  loadPane,
  loadedPane,
} from "./panes";
import { whenIdle } from "./when-idle";
import { type Settings, type SettingsChange, loadSettings, saveSettings } from "./settings-store";

// Memoised: a count put on a tab re-renders the frame, and must not re-render a pane holding 50 findings (its props
// are the same settings and stable callbacks).
const PANES: Record<PaneId, ComponentType<PaneProps>> = {
  new: memo(lazy(() => loadPane("new"))),
  insert: memo(lazy(() => loadPane("insert"))),
  citations: memo(lazy(() => loadPane("citations"))),
  check: memo(lazy(() => loadPane("check"))),
  settings: memo(lazy(() => loadPane("settings"))),
};

// Not needed for the first paint: it appears a moment later, in space the title bar keeps for it.
const LanguageSwitch = lazy(() =>
  import(/* webpackChunkName: "language-switch" */ "./language-switch").then((m) => ({
    default: m.LanguageSwitch,
  }))
);

// The first-run step, on a first use only: its own chunk, so later opens never load it.
const FirstRun = lazy(() =>
  import(/* webpackChunkName: "first-run" */ "./first-run").then((m) => ({ default: m.FirstRun }))
);

/** Whether the first-run step was answered or put off; read without loading the step's chunk. */
function firstRunPending(): boolean {
  try {
    return localStorage.getItem("thethuc.firstRun.v1") !== "done";
  } catch {
    return false;
  }
}

export interface AppProps {
  readonly initialPane: PaneId;
  /** Called once, when the browser is idle after the first paint (the host's code is fetched then). */
  readonly onFirstPaint?: () => void;
}

/** The whole task pane, opened on `initialPane`; remembers the settings and the language between uses. */
export function App({ initialPane, onFirstPaint }: AppProps) {
  const [settings, setSettings] = useState<Settings>(() => loadSettings());
  const onSettingsChange = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
  }, []);

  useEffect(() => {
    saveSettings(settings);
  }, [settings]);

  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);

  return (
    <LanguageContext.Provider value={settings.language}>
      <Frame
        initialPane={initialPane}
        settings={settings}
        onSettingsChange={onSettingsChange}
        onFirstPaint={onFirstPaint}
      />
    </LanguageContext.Provider>
  );
}

interface FrameProps extends Pick<AppProps, "onFirstPaint"> {
  readonly initialPane: PaneId;
  readonly settings: Settings;
  readonly onSettingsChange: SettingsChange;
}

// The shell is styled by the tt-* rules in taskpane.html, over the theme's CSS variables, not by makeStyles: Fluent's
// components ship precompiled styles, and a makeStyles call here would pull Griffel's runtime compiler and the tokens
// object (about 13 KB gzip) into the first paint. The lazy panes use makeStyles freely.
function Frame({ initialPane, settings, onSettingsChange, onFirstPaint }: FrameProps) {
  const t = useT();
  const [pane, setPane] = useState<PaneId>(initialPane);
  const [firstRun, setFirstRun] = useState(firstRunPending);
  // Bumped when the first-run step saved its answers: the open panes start again from the new defaults.
  const [generation, setGeneration] = useState(0);
  // Panes stay mounted once opened, so a half-filled form survives a look at Settings.
  const [opened, setOpened] = useState<ReadonlySet<PaneId>>(() => new Set([initialPane]));

  const openPane = useCallback((next: PaneId) => {
    setPane(next);
    setOpened((current) => (current.has(next) ? current : new Set([...current, next])));
  }, []);

  // What is not needed at once (the language switch, the first-run step, the other panes' code, a first pane whose code
  // has not arrived) waits for the first paint. (A task queued from requestAnimationFrame runs after its frame.)
  const [shellPainted, setShellPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // A transition, so the pane's first render goes in slices that leave the browser free between them.
      timer = setTimeout(() => startTransition(() => setShellPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);

  // Once the pane is on screen, the other panes' chunks are fetched so switching tabs is instant: one pane per idle
  // moment, the next asked for only when the last has arrived, so the pane never runs them all in one go.
  // Read once: a later render with another callback (Office ready late) calls its own.
  const firstPaint = useRef(onFirstPaint);
  useEffect(() => {
    if (!shellPainted || !firstPaint.current) return undefined;
    return whenIdle(() => firstPaint.current?.());
  }, [shellPainted]);

  useEffect(() => {
    if (!shellPainted) return undefined;
    let cancel = () => {};
    let stopped = false;
    const next = (left: readonly PaneId[]) => {
      const [pane, ...rest] = left;
      if (!pane || stopped) return;
      cancel = whenIdle(() => {
        void loadPane(pane)
          .catch(() => undefined)
          .then(() => next(rest));
      });
    };
    next(PANE_IDS.filter((id) => !loadedPane(id)));
    return () => {
      stopped = true;
      cancel();
    };
  }, [shellPainted]);

  const paneComponents = useRef<Partial<Record<PaneId, ComponentType<PaneProps>>>>({});

  // Counts the panes put on their tabs (the Check pane's findings); a stable setter per pane.
  const [badges, setBadges] = useState<Partial<Record<PaneId, TabBadge>>>({});
  const [badgeSetters] = useState(
    () =>
      Object.fromEntries(
        PANE_IDS.map((id) => [
          id,
          (badge: TabBadge | null) =>
            setBadges((current) => {
              const next = { ...current };
              if (badge) next[id] = badge;
              else delete next[id];
              return next;
            }),
        ])
      ) as Record<PaneId, (badge: TabBadge | null) => void>
  );

  const labels: Record<PaneId, string> = {
    new: t("tabNew"),
    insert: t("tabInsert"),
    citations: t("tabCitations"),
    check: t("tabCheck"),
    settings: t("tabSettings"),
  };

  return (
    <div className="tt-app">
      <header className="tt-header">
        <h1 className="tt-title">{t("appTitle")}</h1>
        {shellPainted && (
          <Suspense fallback={null}>
            <LanguageSwitch
              language={settings.language}
              onChange={(language) => onSettingsChange({ language })}
            />
          </Suspense>
        )}
      </header>
      {/* A landmark, so every part of the pane sits in one (axe region). */}
      <nav aria-label={t("tabs")}>
        <TabList
          className="tt-tabs"
          size="small"
          aria-label={t("tabs")}
          selectedValue={pane}
          onTabSelect={(_, data) => openPane(data.value as PaneId)}
        >
          {PANE_IDS.map((id) => {
            const badge = badges[id];
            return (
              <Tab
                key={id}
                id={`tab-${id}`}
                value={id}
                aria-controls={opened.has(id) ? `panel-${id}` : undefined}
              >
                {labels[id]}
                {badge && (
                  <>
                    <span
                      className={badge.errors > 0 ? "tt-badge tt-badge-error" : "tt-badge"}
                      aria-hidden="true"
                      data-testid={`tab-badge-${id}`}
                    >
                      {badge.count}
                    </span>
                    <span className="tt-hidden">{`: ${badge.label}`}</span>
                  </>
                )}
              </Tab>
            );
          })}
        </TabList>
      </nav>
      <main className="tt-main">
        {firstRun && shellPainted && (
          <Suspense fallback={null}>
            <FirstRun
              settings={settings}
              onSettingsChange={onSettingsChange}
              onDone={(saved) => {
                setFirstRun(false);
                if (saved) setGeneration((current) => current + 1);
              }}
            />
          </Suspense>
        )}
        {PANE_IDS.filter((id) => opened.has(id)).map((id) => {
          const loading = (
            <p className="tt-loading" role="status">
              {t("loading")}
            </p>
          );
          // A pane whose code is here when it opens renders at once; only one still on its way shows "Đang tải…". The
          // choice is kept, so the pane is never remounted (and its state lost) when its code arrives.
          const Pane = (paneComponents.current[id] ??= loadedPane(id) ?? PANES[id]);
          // A pane whose code is here renders with the shell, in one commit and one layout; one that must still be
          // fetched waits for the shell's first paint, so fetching and running its code cannot hold that paint back.
          const rendered = shellPainted || Pane !== PANES[id];
          return (
            <div
              key={`${id}-${generation}`}
              id={`panel-${id}`}
              role="tabpanel"
              aria-labelledby={`tab-${id}`}
              hidden={id !== pane}
              className="tt-panel"
            >
              {rendered ? (
                <Suspense fallback={loading}>
                  <Pane
                    settings={settings}
                    onSettingsChange={onSettingsChange}
                    onOpenPane={openPane}
                    onTabBadge={badgeSetters[id]}
                  />
                </Suspense>
              ) : (
                loading
              )}
            </div>
          );
        })}
      </main>
    </div>
  );
}
