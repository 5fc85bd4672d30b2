// The built task pane in Debian's Chromium: served from dist/web, office.js stubbed, every other outside request
// refused and reported as a leak that fails the test.

import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { type StaticServer, serveDirectory } from "./static-server";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist", "web");
export const OUTPUT = join(ROOT, "test-output");
export const OFFICE_STUB = readFileSync(
  join(__dirname, "..", "taskpane", "office-stub.js"),
  "utf8"
);
/** What the page asked a screen reader to say, as RECORD_ANNOUNCEMENTS keeps it. */
export interface Announcement {
  readonly message: string;
  readonly priority?: string;
}

/**
 * An init script recording in `window.__announced` what the page asks a screen reader to say: Chromium has
 * document.ariaNotify, which Fluent's announcer (render-app.tsx) calls; elsewhere it would use a live region.
 */
export const RECORD_ANNOUNCEMENTS = `window.__announced = [];
const notify = Document.prototype.ariaNotify;
Document.prototype.ariaNotify = function (message, options) {
  window.__announced.push({ message, priority: options && options.priority });
  return notify.call(this, message, options);
};`;

const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const PANE_WIDTH = 360;

export interface PaneHarness {
  /** The local server's origin, "http://127.0.0.1:port". */
  origin(): string;
  /**
   * A fresh browser profile (empty localStorage) at the pane's width, running `initScript` before the page's own
   * scripts; office.js is answered with `officeJs`, or fails to load when it is null.
   */
  newContext(initScript: string, officeJs: string | null): Promise<BrowserContext>;
}

/** Starts the server and Chromium for the suite and checks after each test that nothing left the machine. */
export function paneHarness(): PaneHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let leaks: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html"))) {
      throw new Error("dist/web/taskpane.html is missing: run npm run build first");
    }
    mkdirSync(OUTPUT, { recursive: true });
    server = await serveDirectory(DIST);
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(() => {
    leaks = [];
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    // Nothing leaves the machine: office.js is served by the stub, everything else from localhost.
    expect(leaks).toEqual([]);
  });

  function origin(): string {
    if (!server) throw new Error("the server did not start");
    return server.origin;
  }

  async function newContext(initScript: string, officeJs: string | null): Promise<BrowserContext> {
    if (!browser) throw new Error("Chromium did not start");
    const context = await browser.newContext({
      viewport: { width: PANE_WIDTH, height: 900 },
      locale: "vi-VN",
    });
    contexts.push(context);
    // The first-run step is answered, unless a test asks for a first use (it removes the key in its own script).
    await context.addInitScript(
      `try { localStorage.setItem("thethuc.firstRun.v1", "done"); } catch (error) {}`
    );
    await context.addInitScript(initScript);
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        if (officeJs === null) return route.abort("internetdisconnected");
        return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
      }
      if (url.startsWith(`${origin()}/`)) return route.continue();
      leaks.push(url);
      return route.abort("blockedbyclient");
    });
    return context;
  }

  return { origin, newContext };
}
