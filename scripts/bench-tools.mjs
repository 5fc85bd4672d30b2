// What the pane benches share: the built pane served from dist/web, headless Chromium, office.js stubbed and every
// other request refused.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist", "web");
export const OFFICE_STUB = join(ROOT, "test", "taskpane", "office-stub.js");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const CHROMIUM = "/usr/bin/chromium";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

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

/** Serves `root` on 127.0.0.1 at a free port. */
export function serve(root) {
  const base = normalize(root + sep);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(base, pathname));
    if (!file.startsWith(base) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, "127.0.0.1", () => resolveServer(server));
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

/** office.js is answered with `stub`, the pane's own files pass, anything else is refused and listed (returned). */
export async function routeOffline(context, origin, stub) {
  const leaks = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
    }
    if (url.startsWith(`${origin}/`)) return route.continue();
    leaks.push(url);
    return route.abort("blockedbyclient");
  });
  return leaks;
}
