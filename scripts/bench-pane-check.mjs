// The task pane's check of a 100-page document in headless Chromium: Word's body handed over as Flat OPC by the
// office.js stand-in (test/taskpane/office-stub.js), then read in the browser, checked and the list of findings
// rendered. Times from the click on "Kiểm tra" to the results heading painted, and to every finding row in the DOM;
// median of 3 runs in fresh profiles. A bench, not a test: nothing here asserts a time.
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist", "web");
const RUNS = 3;
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

if (!existsSync(join(DIST, "taskpane.html"))) {
  process.stderr.write("dist/web is missing: run npm run build first\n");
  process.exit(2);
}

// The test helpers that build Flat OPC and Word's paragraph list are TypeScript: compiled with swc as they load.
const swc = require("@swc/core");
require.extensions[".ts"] = (module, filename) => {
  const { code } = swc.transformSync(readFileSync(filename, "utf8"), {
    filename,
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "commonjs" },
  });
  module._compile(code, filename);
};
const { docxAsFlatOpc } = require(join(ROOT, "test", "helpers", "flat-opc.ts"));
const { wordListing } = require(join(ROOT, "test", "host", "word-listings.ts"));
const { buildLeanDocument, buildDocument } = await import("./bench-documents.mjs");

function serve(root) {
  const base = normalize(root + sep);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(base, pathname));
    if (!file.startsWith(base) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const stub = readFileSync(join(ROOT, "test", "taskpane", "office-stub.js"), "utf8");
const server = await serve(DIST);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
  ],
});
const work = mkdtempSync(join(tmpdir(), "thethuc-pane-bench-"));
try {
  for (const [name, build] of [
    ["lean (seed Kết luận body)", buildLeanDocument],
    ["heavy (kế hoạch from Word)", buildDocument],
  ]) {
    const { bytes, pages } = build(100);
    const file = join(work, "document.docx");
    writeFileSync(file, bytes);
    const ooxml = docxAsFlatOpc(file);
    const document = { ooxml, paragraphs: wordListing(ooxml, "row-marks") };
    const results = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 900 },
        locale: "vi-VN",
      });
      await context.addInitScript(
        `window.__officeStubOptions = {};\nwindow.__officeStubDocument = ${JSON.stringify(document)};`
      );
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("https://appsforoffice.microsoft.com/"))
          return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
        return url.startsWith(origin) ? route.continue() : route.abort();
      });
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html?pane=check`);
      const button = page.getByRole("button", { name: "Kiểm tra", exact: true });
      await button.waitFor();
      const start = await page.evaluate(() => performance.now());
      await button.click();
      await page.getByRole("heading", { name: "Kết quả" }).waitFor({ timeout: 300_000 });
      const shown = await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))
      );
      results.push({ shown: shown - start });
      await context.close();
    }
    console.log(
      `Task pane check in Chromium, ${name}, ${pages} pages, ${document.paragraphs.length} ¶ (${Math.round(ooxml.length / 1024)} KB of Flat OPC): ` +
        `click → results painted ${median(results.map((r) => r.shown)).toFixed(0)} ms (median of ${RUNS}; runs ${results.map((r) => r.shown.toFixed(0)).join(", ")})`
    );
  }
} finally {
  await browser.close();
  server.close();
}
