// npm run package with a sample address: a real production build whose manifest names that address everywhere (same
// Id, package.json's version, no localhost left), every address naming a file of the folder an office copies.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const PACKAGE = join(ROOT, "scripts", "package.mjs");
const SAMPLE = "https://addin.ubnd-baoha.gov.vn/ung-dung/the-thuc/";

function idOf(xml: string): string {
  return /<Id>([^<]+)<\/Id>/.exec(xml)?.[1] ?? "";
}

describe("npm run package", () => {
  const out = mkdtempSync(join(tmpdir(), "thethuc-package-"));
  let stdout = "";

  beforeAll(() => {
    stdout = execFileSync(process.execPath, [PACKAGE, "--out", out], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: SAMPLE },
      encoding: "utf8",
      timeout: 600_000,
    });
  }, 600_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("builds the task pane with a manifest that names the address everywhere and localhost nowhere", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/i);
    const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(idOf(manifest)).toBe(idOf(source));
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    // Every address the development manifest had now starts with the sample address.
    const before = source.match(/https:\/\/localhost:3000\//g) ?? [];
    const after =
      manifest.match(new RegExp(SAMPLE.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g")) ?? [];
    expect(after.length).toBe(before.length);
    expect(after.length).toBeGreaterThan(10);
    expect(stdout).toContain(SAMPLE);
  });

  it("serves a built file at every address of the manifest", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    const ours = [...new Set(manifest.match(/https:\/\/[^"<\s]+/g) ?? [])].filter((url) =>
      url.startsWith(SAMPLE)
    );
    expect(ours.length).toBeGreaterThan(5);
    for (const url of ours) {
      const file = join(out, decodeURI(url.slice(SAMPLE.length).split(/[?#]/)[0] ?? ""));
      expect(existsSync(file) && statSync(file).isFile() ? url : `${url} (missing)`).toBe(url);
    }
    for (const page of ["taskpane.html", "commands.html"]) {
      expect(manifest).toContain(`${SAMPLE}${page}`);
      // Each page's scripts are in the folder too.
      const html = readFileSync(join(out, page), "utf8");
      // The built pages are minified: attribute values may have no quotes.
      const sheets = [...html.matchAll(/<link[^>]*\shref="?([^"\s>]+\.css)/g)].map((m) => m[1]);
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
      // The pane's styles are a stylesheet built with it (Griffel's CSS, extracted at build time).
      if (page === "taskpane.html") expect(sheets).toHaveLength(1);
      expect(scripts.length).toBeGreaterThan(0);
      for (const sheet of sheets) expect(existsSync(join(out, sheet ?? ""))).toBe(true);
      for (const script of scripts) {
        if (/^https?:/.test(script ?? "")) continue;
        expect(existsSync(join(out, script ?? ""))).toBe(true);
      }
    }
  });

  it("ships an IIS web.config with the pane's MIME types and cache rules", () => {
    const config = readFileSync(join(out, "web.config"), "utf8");
    expect(config).toContain('mimeMap fileExtension=".js"');
    // A stylesheet sent as anything but text/css is refused by the browser, and the pane loses its styles.
    expect(config).toContain('mimeMap fileExtension=".css" mimeType="text/css');
    expect(config).toMatch(/location path="manifest.xml">.*DisableCache/);
    expect(config).toMatch(/location path="taskpane.html">.*DisableCache/);
  });

  it("refuses an address Office cannot load, with a one-line reason", () => {
    for (const [url, reason] of [
      ["http://addin.example.vn/", /https:\/\//],
      ["https://addin.example.vn/the-thuc", /kết thúc bằng "\/"/],
      ["", /ADDIN_URL/],
    ] as const) {
      const result = spawnSync(process.execPath, [PACKAGE, "--skip-build", "--out", out], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL: url },
        encoding: "utf8",
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(reason);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
