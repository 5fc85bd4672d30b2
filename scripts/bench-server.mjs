// The benches' static server, in a process of its own: served from the bench's own process, whose event loop is busy
// with Playwright, a page of many chunk files waited up to ~100 ms for each (a page of three scripts hardly at all).
// Usage: node scripts/bench-server.mjs <folder>; prints the port it listens on (127.0.0.1), then serves until killed.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

const root = process.argv[2];
if (!root || !existsSync(root)) {
  process.stderr.write(`bench-server: no folder ${root}\n`);
  process.exit(2);
}
const base = normalize(root + sep);
const cache = new Map();

const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  const file = normalize(join(base, pathname));
  if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  let body = cache.get(file);
  if (!body) {
    body = readFileSync(file);
    cache.set(file, body);
  }
  response.writeHead(200, {
    "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
  });
  response.end(body);
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
