// `npm run bench` (part, scripts/bench-pane-freeze.mjs): does the Check pane freeze on a long document? A real 89-paragraph báo cáo repeated 30 times
// (2,670 paragraphs, 471 findings) is read and checked in headless Chromium, office.js stubbed; a PerformanceObserver
// records every long task (> 50 ms) from the click on Kiểm tra until 1.5 s (× the throttle) after the summary shows, at 1× and 4× CPU throttle,
// with the document worker and without it (Worker removed: the pane's thread does the work, as before issue 14).
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import {
  DIST,
  OFFICE_STUB,
  ROOT,
  ensureBuild,
  launchChromium,
  routeOffline,
  serve,
} from "./bench-tools.mjs";

const require = createRequire(import.meta.url);
const { unzipSync, strFromU8 } = require("fflate");

if (!existsSync(join(ROOT, "dist", "node", "ooxml", "snapshot-reader.js"))) {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
}
const { readFlatOpc } = require(join(ROOT, "dist", "node", "ooxml", "snapshot-reader.js"));

const REPORT = join(
  ROOT,
  "test",
  "fixtures",
  "real",
  "state_BC-UBND_2026_UBND-tinh-LaoCai_Chi-thi-38_DRAFT-unnumbered.docx"
);
const TIMES = 30;
const THROTTLES = process.env.BENCH_THROTTLES
  ? process.env.BENCH_THROTTLES.split(",").map(Number)
  : [1, 4];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FREEZE_MS = 100;
/** How long after the summary shows (× the throttle) long tasks are still counted. */
const SETTLE_MS = 1500;
const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";

/** The .docx as getOoxml hands it over (flat OPC), its body repeated `times` times (as test/helpers/flat-opc.ts). */
function flatOpc(path, times) {
  const parts = unzipSync(readFileSync(path));
  const xmlParts = Object.entries(parts).filter(
    ([name]) => name.endsWith(".xml") || name.endsWith(".rels")
  );
  const part = (name, xml) =>
    `<pkg:part pkg:name="/${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml.replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, "")}</pkg:xmlData></pkg:part>`;
  const repeat = (xml) => {
    const open = xml.indexOf(">", xml.indexOf("<w:body")) + 1;
    const sectPr = xml.lastIndexOf("<w:sectPr");
    const close = xml.lastIndexOf("</w:body>");
    const end = sectPr > open && sectPr < close ? sectPr : close;
    return xml.slice(0, open) + xml.slice(open, end).repeat(times) + xml.slice(end);
  };
  return `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="${PKG_NS}">${xmlParts
    .map(([name, bytes]) => {
      const xml = strFromU8(bytes);
      return part(name, name === "word/document.xml" ? repeat(xml) : xml);
    })
    .join("")}</pkg:package>`;
}

// Runs before the pane's scripts: every long task, with its start, from the page's first moment.
const OBSERVE = `(() => {
  // A daily open, not a first use: the first-run step was answered.
  try { localStorage.setItem("thethuc.firstRun.v1", "done"); } catch (error) {}
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, ms: entry.duration });
  }).observe({ type: "longtask", buffered: true });
})();`;

async function once(browser, origin, document, throttle, worker) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 900 },
    locale: "vi-VN",
  });
  try {
    await context.addInitScript(
      `window.__officeStubOptions = {};\nwindow.__officeStubDocument = ${JSON.stringify(document)};\n` +
        OBSERVE +
        (worker ? "" : "\ndelete window.Worker;")
    );
    const leaks = await routeOffline(context, origin, readFileSync(OFFICE_STUB, "utf8"));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.goto(`${origin}/taskpane.html?pane=check`);
    const button = page.getByRole("button", { name: "Kiểm tra", exact: true });
    await button.waitFor({ timeout: 60_000 });
    // Past the other panes' preload, so only the check's own work is measured.
    await page.waitForTimeout(3000 * throttle);
    // The click is a plain mouse event at the button's place, found beforehand: Playwright's own checks before a
    // locator's click (hit tests, accessible names over the page) run on the pane's thread and would be counted.
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    const clicked = await page.evaluate(() => performance.now());
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId("check-summary").waitFor({ timeout: 300_000 });
    const shown = await page.evaluate(() => performance.now());
    // The list keeps growing in idle moments after the summary shows, and the browser lays it out: that counts too.
    await page.waitForTimeout(SETTLE_MS * throttle);
    const result = await page.evaluate(
      ({ from, to }) => {
        const tasks = window.__longTasks.filter((task) => task.start + task.ms >= from);
        return {
          ms: to - from,
          tasks: tasks.map((task) => task.ms),
          at: tasks.map((task) => `${Math.round(task.ms)}@${Math.round(task.start - from)}`),
        };
      },
      { from: clicked, to: shown }
    );
    if (leaks.length > 0)
      throw new Error(`requests tried to leave the machine: ${leaks.join(", ")}`);
    return result;
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  ensureBuild();
  const ooxml = flatOpc(REPORT, TIMES);
  const paragraphs = readFlatOpc(ooxml).paragraphs.map((paragraph) => paragraph.text);
  const document = { ooxml, paragraphs };
  const server = await serve(DIST);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  process.stdout.write(
    `\nCheck pane on a long document: the báo cáo ×${TIMES} (${paragraphs.length.toLocaleString("en-US")} paragraphs, ` +
      `${(ooxml.length / 1e6).toFixed(1)} M characters of OOXML); long tasks from the click on Kiểm tra to the summary, ` +
      `median of ${RUNS} runs (each run's longest task; all runs' tasks over ${FREEZE_MS} ms counted)\n`
  );
  process.stdout.write(
    `${"".padEnd(34)}${"to results".padStart(12)}${"longest task".padStart(14)}${`tasks >${FREEZE_MS} ms`.padStart(16)}\n`
  );
  try {
    for (const worker of process.env.BENCH_WORKER_ONLY ? [true] : [true, false]) {
      for (const throttle of THROTTLES) {
        const runs = [];
        for (let index = 0; index < RUNS; index += 1) {
          runs.push(await once(browser, origin, document, throttle, worker));
        }
        const longest = median(runs.map((run) => Math.max(0, ...run.tasks)));
        const over = runs.reduce(
          (sum, run) => sum + run.tasks.filter((ms) => ms > FREEZE_MS).length,
          0
        );
        const label = `${worker ? "document worker" : "pane's thread (no Worker)"}, CPU ${throttle}×`;
        if (process.env.BENCH_VERBOSE)
          for (const run of runs)
            process.stdout.write(
              `  results at ${Math.round(run.ms)} ms; long tasks (ms@start): ${run.at.join(", ")}\n`
            );
        process.stdout.write(
          `${label.padEnd(34)}${`${Math.round(median(runs.map((run) => run.ms)))} ms`.padStart(12)}` +
            `${`${Math.round(longest)} ms`.padStart(14)}${String(over).padStart(16)}\n`
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(2);
});
