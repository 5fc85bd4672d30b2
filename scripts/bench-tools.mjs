// What the pane benches share: the built pane served from dist/web, headless Chromium, office.js stubbed and every
// other request refused.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist", "web");
export const OFFICE_STUB = join(ROOT, "test", "taskpane", "office-stub.js");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const CHROMIUM = "/usr/bin/chromium";

export function ensureBuild() {
  if (existsSync(join(DIST, "taskpane.html"))) return;
  process.stdout.write("dist/web is missing: building with npx webpack --mode production\n");
  const result = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0 || !existsSync(join(DIST, "taskpane.html"))) {
    process.stderr.write("The build failed; see webpack's output above.\n");
    process.exit(2);
  }
}

/**
 * Serves `root` on 127.0.0.1 at a free port, from a child process (scripts/bench-server.mjs), so the pages' requests
 * do not wait on this process's event loop; the result answers `address().port` and `close()` as a server does.
 */
export function serve(root) {
  const child = spawn(process.execPath, [join(ROOT, "scripts", "bench-server.mjs"), root], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolveServer, reject) => {
    let output = "";
    child.stdout.on("data", (data) => {
      output += data;
      const port = Number.parseInt(output, 10);
      if (!output.includes("\n") || !Number.isFinite(port)) return;
      resolveServer({ address: () => ({ port }), close: () => child.kill() });
    });
    child.on("exit", (code) => reject(new Error(`the bench server stopped (${code})`)));
  });
}

export async function launchChromium() {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
  } catch (error) {
    process.stderr.write(`Cannot start ${CHROMIUM}: ${String(error.message).split("\n")[0]}\n`);
    process.exit(2);
  }
}

/**
 * office.js is answered with `stub`, anything else not from `origin` is refused and listed (returned). The pane's own
 * files are not routed at all: a routed request makes a round trip through Playwright (tens of ms each under load),
 * which a page of many chunks paid in full and a page of three scripts hardly at all.
 */
export async function routeOffline(context, origin, stub) {
  const leaks = [];
  await context.route(
    (url) => !url.href.startsWith(`${origin}/`),
    (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
      }
      leaks.push(url);
      return route.abort("blockedbyclient");
    }
  );
  return leaks;
}
