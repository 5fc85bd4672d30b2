// `npm start`: sideloads the add-in into Word desktop on Windows and macOS; on Linux serves it over HTTPS for Word on the web.
// Usage: node scripts/start.mjs [extra webpack serve arguments, Linux only, e.g. --config other.config.js]
import { spawn, spawnSync } from "node:child_process";
import { X509Certificate, createPrivateKey } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { get } from "node:https";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MANIFEST = join(ROOT, "manifest.xml");
/** The port every URL in manifest.xml names; webpack.config.js serves on it. */
const PORT = 3000;
const PANE_URL = `https://localhost:${PORT}/taskpane.html`;
// Entry scripts run with this Node rather than through node_modules/.bin, whose shims differ on Windows.
const WEBPACK = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
const OFFICE_ADDIN_DEBUGGING = join(ROOT, "node_modules", "office-addin-debugging", "cli.js");

// The same files office-addin-dev-certs and webpack.config.js use.
const CERT_DIR = join(homedir(), ".office-addin-dev-certs");
const CA_CERT = join(CERT_DIR, "ca.crt");
const LOCALHOST_CERT = join(CERT_DIR, "localhost.crt");
const LOCALHOST_KEY = join(CERT_DIR, "localhost.key");
const CERT_DOMAINS = ["127.0.0.1", "localhost"];
// Browsers refuse server certificates valid for more than 398 days; a year means regenerating, and trusting anew, rarely.
const CERT_DAYS = 365;
/** Regenerate certificates that expire sooner than this, so a long session does not lose HTTPS halfway. */
const CERT_RENEW_MS = 24 * 60 * 60 * 1000;
const SYSTEM_CA = "/usr/local/share/ca-certificates/office-addin-dev-ca.crt";

/** Milliseconds between probes of the dev server, and how long to wait for its first compilation. */
const PROBE_INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 180_000;
/** How long webpack gets to close after Ctrl-C before it is killed. */
const STOP_GRACE_MS = 5000;

const require = createRequire(import.meta.url);

/** Prints a message in Vietnamese, then in English. */
function say(vi, en) {
  process.stdout.write(`${vi}\n${en}\n`);
}

/** Prints a Vietnamese and English message on stderr and ends with `code`. */
function fail(vi, en, code = 1) {
  process.stderr.write(`${vi}\n${en}\n`);
  process.exit(code);
}

/** Returns why the certificates in CERT_DIR cannot serve https://localhost, or null when they can. */
function certificateProblem() {
  if (![CA_CERT, LOCALHOST_CERT, LOCALHOST_KEY].every((file) => existsSync(file))) return "missing";
  try {
    const ca = new X509Certificate(readFileSync(CA_CERT));
    const cert = new X509Certificate(readFileSync(LOCALHOST_CERT));
    if (!cert.checkPrivateKey(createPrivateKey(readFileSync(LOCALHOST_KEY))))
      return "key does not match";
    if (!cert.verify(ca.publicKey)) return "not issued by ca.crt";
    if (!cert.checkHost("localhost")) return "not for localhost";
    if (Date.parse(cert.validTo) - Date.now() < CERT_RENEW_MS) return "expired or expiring";
    return null;
  } catch (error) {
    return `unreadable (${error.message.split("\n")[0]})`;
  }
}

/** Makes sure CERT_DIR holds a CA and a localhost certificate signed by it, without installing anything (no sudo). */
async function ensureCertificatesLinux() {
  const problem = certificateProblem();
  if (problem === null) return false;
  // generateCertificates writes nothing when ca.crt exists, so a stale set goes first.
  for (const file of [CA_CERT, LOCALHOST_CERT, LOCALHOST_KEY]) rmSync(file, { force: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates(CA_CERT, LOCALHOST_CERT, LOCALHOST_KEY, CERT_DAYS, CERT_DOMAINS);
  // mkcert writes the key with the umask's mode, usually readable by every user.
  chmodSync(LOCALHOST_KEY, 0o600);
  if (certificateProblem() !== null) {
    fail(
      `Không tạo được chứng chỉ trong ${CERT_DIR}.`,
      `Could not create the certificates in ${CERT_DIR}.`
    );
  }
  return true;
}

/** Returns the path of `command` on PATH (or in the sbin directories root uses), or null. */
function findExecutable(command) {
  const dirs = [
    ...(process.env.PATH ?? "").split(delimiter),
    "/usr/local/sbin",
    "/usr/sbin",
    "/sbin",
  ];
  return (
    dirs
      .filter(Boolean)
      .map((dir) => join(dir, command))
      .find((file) => existsSync(file)) ?? null
  );
}

/** Adds ca.crt to Debian's system trust store when run as root; otherwise prints how to. */
function trustCaLinux() {
  const ca = readFileSync(CA_CERT);
  if (existsSync(SYSTEM_CA) && readFileSync(SYSTEM_CA).equals(ca)) return;
  const updater = findExecutable("update-ca-certificates");
  const isRoot = process.getuid?.() === 0;
  if (updater && isRoot && existsSync(dirname(SYSTEM_CA))) {
    copyFileSync(CA_CERT, SYSTEM_CA);
    const result = spawnSync(updater, [], { encoding: "utf8" });
    if (result.status === 0) {
      say(
        `Đã thêm chứng chỉ gốc phát triển vào kho tin cậy của hệ thống (${SYSTEM_CA}).`,
        `Added the development CA to the system trust store (${SYSTEM_CA}).`
      );
      return;
    }
    process.stderr.write(`${updater}: ${(result.stderr || result.stdout || "").trim()}\n`);
  }
  say(
    `Để trình duyệt tin cậy https://localhost:${PORT}, hãy tin cậy chứng chỉ gốc ${CA_CERT}, ví dụ:`,
    `For browsers to trust https://localhost:${PORT}, trust the CA certificate ${CA_CERT}, for example:`
  );
  process.stdout.write(`  sudo cp "${CA_CERT}" ${SYSTEM_CA} && sudo update-ca-certificates\n`);
}

/** Prints how Chrome and Firefox on Linux, which keep their own trust stores, are told to trust the CA. */
function explainBrowserTrust() {
  say(
    "Chrome/Chromium và Firefox trên Linux dùng kho chứng chỉ riêng (NSS); nếu trình duyệt báo lỗi chứng chỉ, hãy nhập ca.crt:",
    "Chrome/Chromium and Firefox on Linux keep their own (NSS) store; if the browser rejects the certificate, import ca.crt:"
  );
  process.stdout.write(
    `  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i "${CA_CERT}"   (libnss3-tools)\n` +
      `  Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import\n`
  );
}

/** Resolves to true when nothing listens on PORT, the same way webpack-dev-server binds it. */
function portIsFree() {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.once("listening", () => probe.close(() => done(true)));
    probe.listen(PORT);
  });
}

/** Resolves with the HTTP status of `url`, checking the TLS chain against ca.crt; rejects when nothing answers. */
function fetchStatus(url) {
  return new Promise((done, reject) => {
    const request = get(url, { ca: readFileSync(CA_CERT) }, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    request.once("error", reject);
  });
}

/** Resolves with the task pane's HTTP status once the dev server answers over trusted HTTPS, or null if it never does. */
async function waitForServer(isRunning) {
  const deadline = Date.now() + PROBE_TIMEOUT_MS;
  let lastError = null;
  while (Date.now() < deadline && isRunning()) {
    try {
      return await fetchStatus(PANE_URL);
    } catch (error) {
      lastError = error;
      await new Promise((wait) => setTimeout(wait, PROBE_INTERVAL_MS));
    }
  }
  if (lastError && isRunning()) process.stderr.write(`${PANE_URL}: ${lastError.message}\n`);
  return null;
}

/** Prints how to sideload manifest.xml into Word on the web. */
function explainSideloading() {
  say(
    [
      "",
      `Thể Thức đang chạy tại ${PANE_URL}`,
      "Cách nạp vào Word trên web:",
      "  1. Mở một tài liệu trong Word trên web (https://www.office.com).",
      "  2. Thẻ Trang đầu (Home) hoặc Chèn (Insert) > Phần bổ trợ (Add-ins) > Phần bổ trợ khác (More Add-ins).",
      "  3. Phần bổ trợ của tôi (My Add-ins) > Tải lên Phần bổ trợ của tôi (Upload My Add-in).",
      `  4. Chọn tệp ${MANIFEST} rồi Tải lên (Upload). Nhóm "Thể Thức" xuất hiện trên thẻ Trang đầu.`,
      "Nhấn Ctrl-C để dừng.",
      "",
    ].join("\n"),
    [
      `Thể Thức is running at ${PANE_URL}`,
      "To sideload it into Word on the web:",
      "  1. Open a document in Word on the web (https://www.office.com).",
      "  2. Home (or Insert) > Add-ins > More Add-ins.",
      "  3. My Add-ins > Upload My Add-in.",
      `  4. Choose ${MANIFEST} and Upload. The "Thể Thức" group appears on the Home tab.`,
      "Press Ctrl-C to stop.",
    ].join("\n")
  );
}

/** Runs a child process with the terminal attached and resolves with the exit code to end with; Ctrl-C gives 0. */
function runAttached(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit" });
    let stopping = false;
    const stop = (signal) => {
      if (stopping) return;
      stopping = true;
      // Ctrl-C in a terminal already reaches the child, which shares our process group; a kill from elsewhere does not.
      child.kill(signal);
      setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS).unref();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    child.once("error", (error) =>
      fail(
        `Không chạy được ${command}: ${error.message}`,
        `Could not run ${command}: ${error.message}`
      )
    );
    child.once("exit", (code, signal) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      // After Ctrl-C webpack's own exit code says nothing useful, and npm would print it as a failure.
      done(stopping ? 0 : (code ?? (signal ? 1 : 0)));
    });
  });
}

/** Linux: dev certificates, trust, then webpack serve in the foreground until Ctrl-C. */
async function startLinux(extraArgs) {
  if (await ensureCertificatesLinux()) {
    say(
      `Đã tạo chứng chỉ phát triển trong ${CERT_DIR}.`,
      `Created development certificates in ${CERT_DIR}.`
    );
  }
  trustCaLinux();
  if (!(await portIsFree())) {
    fail(
      `Cổng ${PORT} đang được dùng (có thể npm start đang chạy ở nơi khác). Hãy dừng tiến trình đó rồi chạy lại.`,
      `Port ${PORT} is in use (perhaps npm start is already running). Stop that process and try again.`
    );
  }
  say(
    "Word không chạy trên Linux: khởi động máy chủ phát triển cho Word trên web…",
    "Word does not run on Linux: starting the dev server for Word on the web…"
  );
  const run = runAttached(process.execPath, [
    WEBPACK,
    "serve",
    "--mode",
    "development",
    ...extraArgs,
  ]);
  let running = true;
  run.then(() => {
    running = false;
  });
  const status = await waitForServer(() => running);
  if (status !== null) {
    if (status !== 200) {
      process.stderr.write(`${PANE_URL}: HTTP ${status}\n`);
    }
    explainSideloading();
    explainBrowserTrust();
  }
  process.exit(await run);
}

/** Windows and macOS: office-addin-debugging starts webpack (detached), registers the manifest and opens Word. */
async function startDesktop() {
  // webpack.config.js reads the certificates when it loads, so they must be made and trusted before the server starts.
  const { ensureCertificatesAreInstalled } = require("office-addin-dev-certs");
  await ensureCertificatesAreInstalled(CERT_DAYS, CERT_DOMAINS);
  const devServer = `"${process.execPath}" "${WEBPACK}" serve --mode development`;
  const code = await runAttached(process.execPath, [
    OFFICE_ADDIN_DEBUGGING,
    "start",
    MANIFEST,
    "desktop",
    "--dev-server",
    devServer,
    "--dev-server-port",
    String(PORT),
  ]);
  if (code === 0) say("Dừng bằng: npm run stop", "Stop with: npm run stop");
  process.exit(code);
}

const extraArgs = process.argv.slice(2);
if (process.platform === "win32" || process.platform === "darwin") {
  await startDesktop();
} else {
  await startLinux(extraArgs);
}
