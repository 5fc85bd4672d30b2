// What the checker's benches share (bench-check, bench-rules, bench-memory): the built checker from dist/node, compiled
// with tsc first when it is missing, and the median they report.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const require = createRequire(import.meta.url);
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A module of the built checker, by its path under dist/node ("check/engine.js"); the CLI is built first if need be. */
export function builtModule(path) {
  if (!existsSync(join(ROOT, "dist", "node", "check", "engine.js"))) {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  }
  return require(join(ROOT, "dist", "node", ...path.split("/")));
}

/** The middle value (the upper one of an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
