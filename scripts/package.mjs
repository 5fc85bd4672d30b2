// npm run package: the folder an office copies to its web server. ADDIN_URL=https://host/path/ npm run package builds
// the task pane, writes dist/package/ (the built files, manifest.xml naming that address, an IIS web.config) and
// checks that the manifest has no localhost left and that every address in it names a file of the folder.
// Options: --skip-build (package the dist/web already built), --out DIR (instead of dist/package).

import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { addinUrlProblem, manifestFor } = require("./addin-manifest.js");
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** IIS: MIME types the pane needs, hashed scripts cached for a year, pages and the manifest always revalidated. */
const WEB_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<!-- Thể Thức on IIS: copy this folder to the site (or a virtual directory) that ADDIN_URL names, over HTTPS. -->
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension=".js"/>
      <mimeMap fileExtension=".js" mimeType="text/javascript; charset=utf-8"/>
      <remove fileExtension=".xml"/>
      <mimeMap fileExtension=".xml" mimeType="application/xml; charset=utf-8"/>
      <remove fileExtension=".html"/>
      <mimeMap fileExtension=".html" mimeType="text/html; charset=utf-8"/>
      <remove fileExtension=".css"/>
      <mimeMap fileExtension=".css" mimeType="text/css; charset=utf-8"/>
      <!-- Script and stylesheet names carry a hash of their content: a new version has new names, so old ones may be
           kept a year. -->
      <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00"/>
    </staticContent>
  </system.webServer>
  <location path="taskpane.html"><system.webServer><staticContent><clientCache cacheControlMode="DisableCache"/></staticContent></system.webServer></location>
  <location path="commands.html"><system.webServer><staticContent><clientCache cacheControlMode="DisableCache"/></staticContent></system.webServer></location>
  <location path="manifest.xml"><system.webServer><staticContent><clientCache cacheControlMode="DisableCache"/></staticContent></system.webServer></location>
  <location path="assets"><system.webServer><staticContent><clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="1.00:00:00"/></staticContent></system.webServer></location>
</configuration>
`;

function fail(message) {
  process.stderr.write(`thethuc package: ${message}\n`);
  process.exit(2);
}

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  return readdirSync(path).reduce(
    (sum, name) => {
      const inner = sizeOf(join(path, name));
      return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files };
    },
    { bytes: 0, files: 0 }
  );
}

/** Every https address in the manifest, and whether it names a file of `folder` (under `url`). */
export function checkManifest(xml, url, folder) {
  const problems = [];
  if (/localhost/i.test(xml)) problems.push("manifest.xml still names localhost");
  const addresses = [...new Set(xml.match(/https:\/\/[^"<\s]+/g) ?? [])];
  for (const address of addresses) {
    // office.js and Microsoft's own pages are not ours to serve.
    if (!address.startsWith(url)) continue;
    const path = decodeURI(address.slice(url.length).split(/[?#]/)[0] ?? "");
    if (
      path === "" ||
      !existsSync(join(folder, path)) ||
      statSync(join(folder, path)).isDirectory()
    ) {
      problems.push(`${address} names no file of the package`);
    }
  }
  return { addresses, problems };
}

function main() {
  const args = process.argv.slice(2);
  const url = process.env.ADDIN_URL ?? "";
  if (url === "") {
    fail(
      "đặt ADDIN_URL, ví dụ ADDIN_URL=https://addin.coquan.gov.vn/thethuc/ npm run package / set ADDIN_URL"
    );
  }
  const problem = addinUrlProblem(url);
  if (problem) fail(problem);
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args[outAt + 1] : join(ROOT, "dist", "package");
  if (!out) fail("--out cần một thư mục / --out needs a folder");
  if (args.includes("--skip-build")) {
    const built = join(ROOT, "dist", "web");
    if (!existsSync(join(built, "taskpane.html"))) {
      fail(
        "dist/web chưa được dựng: chạy npm run build / dist/web is not built: run npm run build"
      );
    }
    rmSync(out, { recursive: true, force: true });
    cpSync(built, out, { recursive: true });
  } else {
    // Built straight into the package folder, with the manifest naming ADDIN_URL (webpack.config.js).
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ADDIN_URL: url } }
    );
  }
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const manifest = manifestFor(readFileSync(join(ROOT, "manifest.xml"), "utf8"), url, version);
  writeFileSync(join(out, "manifest.xml"), manifest);
  writeFileSync(join(out, "web.config"), WEB_CONFIG);
  const { addresses, problems } = checkManifest(manifest, url, out);
  if (problems.length > 0) fail(problems.join("\n"));
  const { bytes, files } = sizeOf(out);
  process.stdout.write(
    `${relative(process.cwd(), out) || "."}: ${files} tệp/files, ${(bytes / 1024).toFixed(0)} KB; ` +
      `manifest.xml: ${addresses.length} địa chỉ/addresses under ${url}, phiên bản/version ${version}\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
