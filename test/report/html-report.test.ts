// The HTML report of a batch, opened in Debian's Chromium: it renders offline, sorts, switches language, passes axe.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { run } from "../../src/cli/main";
import { checkOneFile } from "../../src/cli/check-file";
import { describeFix, escapeHtml, htmlReport } from "../../src/report/html-report";
import { truncated } from "../helpers/hostile";
import { tempDir } from "../helpers/tools";

const ROOT = join(__dirname, "..", "..");
const OUTPUT = join(ROOT, "test-output");
const REAL = join(__dirname, "..", "fixtures", "real");
const realFiles = readdirSync(REAL)
  .filter((name) => name.endsWith(".docx"))
  .map((name) => join(REAL, name));
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const dir = tempDir("report");

describe("the report's pure parts", () => {
  it("escapes what it prints", () => {
    expect(escapeHtml(`<script>"&'</script>`)).toBe(
      "&lt;script&gt;&quot;&amp;&#39;&lt;/script&gt;"
    );
    const page = htmlReport([{ file: "<img src=x onerror=alert(1)>.docx", error: "bad <b>" }]);
    expect(page).not.toMatch(/<img/);
    expect(page).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;\.docx/);
  });

  it("shows control characters and bidirectional overrides of file names and reasons as escapes", () => {
    const page = htmlReport([
      { file: "hoa-don\u202excod.docx", error: "part \u001b[31mred\u001b[0m\nsecond line" },
    ]);
    // eslint-disable-next-line no-control-regex -- the raw characters must not reach the page
    expect(page).not.toMatch(/[\u001b\u202e]/);
    expect(page).toContain("hoa-don\\u202excod.docx");
    expect(page).toContain("part \\x1b[31mred\\x1b[0m\\nsecond line");
    expect(escapeHtml("Số:\t12/QĐ")).toBe("Số:\t12/QĐ");
  });

  it("says what each kind of fix does, in both languages", () => {
    expect(describeFix({ kind: "format", paragraph: 0, set: { bold: true, sizePt: 14 } })).toEqual({
      vi: "cỡ 14, in đậm",
      en: "14 pt, bold",
    });
    expect(
      describeFix({ kind: "page", section: 0, set: { a4: true, marginsMm: { left: 30 } } })
    ).toEqual({ vi: "khổ A4, lề trái 30 mm", en: "A4 paper, left margin 30 mm" });
    expect(
      describeFix({ kind: "text", paragraph: 0, start: 0, end: 1, replacement: "Hạnh phúc" }).vi
    ).toBe("thay bằng “Hạnh phúc”");
  });

  it("needs no network: no external URL in a tag, and a policy that forbids loading anything", () => {
    const page = htmlReport([]);
    expect(page).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(page).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/);
  });
});

describe("the report in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const report = join(dir, "report.html");

  beforeAll(async () => {
    const cut = join(dir, "cut.docx");
    writeFileSync(cut, truncated(readFileSync(realFiles[0] as string)));
    let stderr = "";
    const code = await run(
      ["check", "--format", "json", "--report", report, ...realFiles, cut],
      () => undefined,
      (text) => (stderr += text)
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/cut\.docx: /);
    expect(stderr).toMatch(/đã ghi báo cáo .*report\.html/);
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file://")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`file://${report}`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("renders the totals, the chart and a row per file, with no console error and no request", async () => {
    expect(await page.locator("h1 [lang=vi]").innerText()).toBe("Báo cáo kiểm tra thể thức");
    const totals = await page.locator(".totals dd").allInnerTexts();
    expect(totals.slice(0, 3)).toEqual([
      String(realFiles.length + 1),
      String(realFiles.length),
      "1",
    ]);
    expect(await page.locator(".bars li").count()).toBeGreaterThan(0);
    expect(await page.locator(".bars li").count()).toBeLessThanOrEqual(10);
    expect(await page.locator("#files tbody tr").count()).toBe(realFiles.length + 1);
    // Each finding shows its paragraph's text, rule and source; a span is marked.
    expect(await page.locator("details table tbody tr").count()).toBeGreaterThan(10);
    expect(await page.locator("details mark").count()).toBeGreaterThan(0);
    expect(await page.locator("details .source").first().getAttribute("title")).toMatch(/\S/);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, "report.png"), fullPage: false });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("opens sorted by errors and sorts by name and each count when a heading is chosen", async () => {
    const column = async (key: string) =>
      page
        .locator("#files tbody tr")
        .evaluateAll(
          (rows, name) => rows.map((row) => row.getAttribute(`data-${name}`) as string),
          key
        );
    // Unreadable files (no counts, -1) come first, then the most errors.
    const errors = (await column("errors")).map(Number);
    expect(errors[0]).toBe(-1);
    expect(errors.slice(1)).toEqual(errors.slice(1).sort((a, b) => b - a));
    await page.locator('#files th[data-key="name"] button').click();
    const names = await column("name");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
    expect(await page.locator('#files th[data-key="name"]').getAttribute("aria-sort")).toBe(
      "ascending"
    );
    await page.locator('#files th[data-key="warnings"] button').click();
    const warnings = (await column("warnings")).map(Number);
    expect(warnings).toEqual([...warnings].sort((a, b) => b - a));
    await page.locator('#files th[data-key="warnings"] button').click();
    expect((await column("warnings")).map(Number)).toEqual([...warnings].reverse());
    expect(problems).toEqual([]);
  });

  it("switches to English and back", async () => {
    await page.locator("#switch").click();
    expect(await page.locator("h1").innerText()).toBe("Thể thức check report");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.locator("#switch").click();
    expect(await page.locator("h1").innerText()).toBe("Báo cáo kiểm tra thể thức");
  });

  it("passes axe in both languages", async () => {
    // axe on the page of three files: the same markup as the large one, in a time a loaded machine can afford.
    const small = join(dir, "small.html");
    writeFileSync(
      small,
      htmlReport(
        [
          ...realFiles.slice(0, 2).map((file, id) => {
            const outcome = checkOneFile(
              {
                id,
                file,
                options: { profile: "auto", lang: "vi", draft: false, paragraphTexts: true },
              },
              readFileSync
            );
            return { file, ...outcome };
          }),
          { file: "cut.docx", error: "tệp zip hỏng (corrupt zip)" },
        ],
        { generatedAt: "2026-12-04T00:00:00Z", version: "0.1.0" }
      )
    );
    await page.goto(`file://${small}`);
    await page.addScriptTag({ content: AXE });
    for (const round of [0, 1]) {
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      if (round === 0) await page.locator("#switch").click();
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
