// Each rule's own time inside a full check, as the CLI runs it: every rule wrapped in a timer and the whole registry run
// over a freshly read snapshot, so the shared passes (components, words, references) count once, for the rule that
// first asks for them, and their later readers pay only their own work. Median of `runs` checks per document. Times are
// CPU time of the process (user + system): on a shared machine wall time swells with the others' load.
import { builtModule, median } from "./bench-checker.mjs";

/** CPU milliseconds of the process so far. */
function cpuNow() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** `{ total, engine, rules: [{ rule, ms }] }`: the median check, the engine's own part (no rules), each rule's median. */
export function profileRules(bytes, runs = 5) {
  const { readDocx } = builtModule("ooxml/snapshot-reader.js");
  const { checkSnapshot } = builtModule("check/engine.js");
  const { RULES } = builtModule("check/rules/index.js");
  const samples = new Map(RULES.map((rule) => [rule.meta.id, []]));
  const totals = [];
  const engines = [];
  for (let run = 0; run < runs + 1; run++) {
    const spent = new Map();
    const timed = RULES.map((rule) => ({
      meta: rule.meta,
      check(context, report) {
        const start = cpuNow();
        try {
          return rule.check(context, report);
        } finally {
          spent.set(rule.meta.id, (spent.get(rule.meta.id) ?? 0) + cpuNow() - start);
        }
      },
    }));
    const snapshot = readDocx(bytes);
    const start = cpuNow();
    checkSnapshot(snapshot, { rules: timed });
    const total = cpuNow() - start;
    const fresh = readDocx(bytes);
    const engineStart = cpuNow();
    checkSnapshot(fresh, { rules: [] });
    const engine = cpuNow() - engineStart;
    if (run === 0) continue; // warm-up: the first run pays compilation
    totals.push(total);
    engines.push(engine);
    for (const [id, ms] of spent) samples.get(id).push(ms);
  }
  return {
    total: median(totals),
    engine: median(engines),
    rules: [...samples]
      .map(([rule, values]) => ({ rule, ms: values.length ? median(values) : 0 }))
      .sort((a, b) => b.ms - a.ms),
  };
}
