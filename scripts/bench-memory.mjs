// What a read+check of the lean document allocates and keeps: per read+check, the bytes allocated and the bytes that
// survive a minor collection (V8's sampling heap profiler), the places that keep the most, and the page faults of the
// read and of the check after a forced collection. What survives is copied by every scavenge and then promoted into
// pages the heap takes afresh, which on a virtual machine cost some 15–20 µs each: the bench's lean 500 row follows it.
// Run with --expose-gc: `node --expose-gc scripts/bench-memory.mjs [pages…]` (default 100 and 500).
import { performance } from "node:perf_hooks";
import { Session } from "node:inspector/promises";
import { builtModule, median } from "./bench-checker.mjs";

const { readDocx } = builtModule("ooxml/snapshot-reader.js");
const { checkSnapshot } = builtModule("check/engine.js");
const { buildLeanDocument } = await import("./bench-documents.mjs");

if (!globalThis.gc) {
  console.error("bench-memory: run with node --expose-gc");
  process.exit(2);
}
const RUNS = 10;
const pagesList = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

/** Bytes per read+check by the place that allocated them: all, or only what survived a minor collection. */
async function sampled(session, bytes, survivorsOnly) {
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: !survivorsOnly,
  });
  for (let i = 0; i < RUNS; i++) checkSnapshot(readDocx(bytes));
  const { profile } = await session.post("HeapProfiler.stopSampling");
  const places = new Map();
  let total = 0;
  const walk = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const place = `${functionName || "(anonymous)"} ${url.replace(/^.*\/(dist|node_modules)\//, "")}:${lineNumber + 1}`;
    places.set(place, (places.get(place) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  return { total: total / RUNS, places: [...places].sort((a, b) => b[1] - a[1]) };
}

const megabytes = (bytes) => (bytes / 1e6).toFixed(2);
const session = new Session();
session.connect();
for (const pages of pagesList.length > 0 ? pagesList : [100, 500]) {
  const { bytes } = buildLeanDocument(pages);
  for (let i = 0; i < 20; i++) checkSnapshot(readDocx(bytes));
  const allocated = await sampled(session, bytes, false);
  const survived = await sampled(session, bytes, true);
  console.log(
    `\nlean, ${pages} pages, per read+check: ${megabytes(allocated.total)} MB allocated, ${megabytes(survived.total)} MB survived a minor collection; kept most by:`
  );
  for (const [place, size] of survived.places.slice(0, 8))
    console.log(`  ${megabytes(size / RUNS).padStart(6)} MB  ${place}`);
  // The bench's way: a forced collection, 3 warm-ups, then the timed runs.
  globalThis.gc();
  for (let i = 0; i < 3; i++) checkSnapshot(readDocx(bytes));
  const read = { ms: [], faults: [] };
  const check = { ms: [], faults: [] };
  for (let i = 0; i < 7; i++) {
    const faults0 = process.resourceUsage().minorPageFault;
    const start = performance.now();
    const snapshot = readDocx(bytes);
    const read1 = performance.now();
    const faults1 = process.resourceUsage().minorPageFault;
    checkSnapshot(snapshot);
    check.ms.push(performance.now() - read1);
    check.faults.push(process.resourceUsage().minorPageFault - faults1);
    read.ms.push(read1 - start);
    read.faults.push(faults1 - faults0);
  }
  console.log(
    `  after a forced collection, median of 7: read ${median(read.ms).toFixed(1)} ms with ${median(read.faults)} page faults, check ${median(check.ms).toFixed(1)} ms with ${median(check.faults)}`
  );
}
