// Precision of the checker on the real documents of test/fixtures/real, against the hand verdicts in
// test/fixtures/real/verdicts.json (true / false / unclear, one reason each, for every error and warning).
//   node scripts/real-precision.mjs            per-rule table, before (when judged) and now
//   node scripts/real-precision.mjs --update   record today's findings as `now` (new findings get verdict "?")
// Needs the CLI build (npm run build:cli).
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const REAL = join(ROOT, "test", "fixtures", "real");
const VERDICTS = join(REAL, "verdicts.json");
const { readDocx } = require(join(ROOT, "dist", "node", "ooxml", "snapshot-reader.js"));
const { checkSnapshot } = require(join(ROOT, "dist", "node", "check", "engine.js"));
const { keyedFindings } = require(join(ROOT, "dist", "node", "check", "finding-keys.js"));

const verdicts = JSON.parse(readFileSync(VERDICTS, "utf8"));
const update = process.argv.includes("--update");
const unjudged = [];
for (const doc of readdirSync(REAL)
  .filter((name) => name.endsWith(".docx"))
  .sort()) {
  const findings = checkSnapshot(readDocx(readFileSync(join(REAL, doc)))).findings;
  const now = new Map(keyedFindings(findings).map(({ key, finding }) => [key, finding]));
  const entries = (verdicts[doc] ??= []);
  for (const entry of entries) {
    const found = now.get(entry.key);
    if (update) entry.now = found ? found.severity : null;
    now.delete(entry.key);
  }
  for (const [key, finding] of now) {
    unjudged.push(`${doc} ${key}`);
    if (update) {
      entries.push({
        key,
        verdict: "?",
        why: "",
        before: null,
        now: finding.severity,
        message: finding.message,
      });
    }
  }
}
if (update) writeFileSync(VERDICTS, `${JSON.stringify(verdicts, null, 1)}\n`);

function table(when) {
  const rows = new Map();
  const total = { error: { n: 0, t: 0, f: 0, u: 0 }, warning: { n: 0, t: 0, f: 0, u: 0 } };
  for (const entries of Object.values(verdicts)) {
    for (const entry of entries) {
      const severity = entry[when];
      if (severity !== "error" && severity !== "warning") continue;
      const rule = entry.key.split("|")[0];
      const row = rows.get(`${rule} ${severity}`) ?? { n: 0, t: 0, f: 0, u: 0 };
      rows.set(`${rule} ${severity}`, row);
      for (const bucket of [row, total[severity]]) {
        bucket.n++;
        if (entry.verdict === "true") bucket.t++;
        else if (entry.verdict === "false") bucket.f++;
        else bucket.u++;
      }
    }
  }
  return { rows, total };
}
const precision = ({ t, f }) => (t + f === 0 ? "–" : (t / (t + f)).toFixed(3));
const before = table("before");
const now = table("now");
const names = [...new Set([...before.rows.keys(), ...now.rows.keys()])].sort();
const blank = { n: 0, t: 0, f: 0, u: 0 };
const cells = (row) => `${row.n} ${row.t} ${row.f} ${row.u} ${precision(row)}`.padEnd(22);
console.log(
  `${"rule severity".padEnd(44)} ${"before: n true false ? prec".padEnd(22)}   now: n true false ? prec`
);
for (const name of names) {
  console.log(
    `${name.padEnd(44)} ${cells(before.rows.get(name) ?? blank)}   ${cells(now.rows.get(name) ?? blank)}`
  );
}
for (const severity of ["error", "warning"]) {
  console.log(
    `${`ALL ${severity}`.padEnd(44)} ${cells(before.total[severity])}   ${cells(now.total[severity])}`
  );
}
const lost = Object.entries(verdicts).flatMap(([doc, entries]) =>
  entries
    .filter((e) => e.verdict === "true" && e.before && !e.now && !e.merged)
    .map((e) => `${doc} ${e.key}`)
);
console.log(`true findings lost: ${lost.length}`);
for (const line of lost) console.log(`  ${line}`);
if (unjudged.length) {
  console.log(`findings without a verdict: ${unjudged.length}`);
  for (const line of unjudged.slice(0, 50)) console.log(`  ${line}`);
}
