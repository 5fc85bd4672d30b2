// `npm run fuzz -- --profile a.docx …`: times reading, the components and each rule on a slow input, to find the pass
// responsible. A rule runs alone after the shared stages, so a cost cached across rules is charged to the first rule
// that pays it.

import { readFileSync } from "node:fs";
import { findComponents } from "../../src/check/components";
import { gateFor } from "../../src/check/coverage-gates";
import { checkSnapshot } from "../../src/check/engine";
import { boundedSnapshot } from "../../src/check/long-paragraphs";
import { RULES } from "../../src/check/rules";
import { readDocx } from "../../src/ooxml/snapshot-reader";

function timed<T>(label: string, work: () => T, lines: string[]): T {
  const started = performance.now();
  const result = work();
  lines.push(`  ${label.padEnd(32)} ${Math.round(performance.now() - started)} ms`);
  return result;
}

export function profile(files: readonly string[], slowerThanMs = 20): void {
  for (const file of files) {
    const lines: string[] = [];
    const snapshot = timed("read", () => readDocx(new Uint8Array(readFileSync(file))), lines);
    const lengths = snapshot.paragraphs.map((p) => p.text.length);
    console.log(
      `${file}: ${snapshot.paragraphs.length} paragraphs, longest ${Math.max(0, ...lengths)} characters`
    );
    const { snapshot: bounded } = timed("bound", () => boundedSnapshot(snapshot), lines);
    const components = timed("components", () => findComponents(bounded), lines);
    timed("coverage gates", () => gateFor(bounded, components), lines);
    for (const rule of RULES)
      timed(rule.meta.id, () => checkSnapshot(snapshot, { rules: [rule] }), lines);
    timed("all rules", () => checkSnapshot(snapshot), lines);
    for (const line of lines)
      if (Number(/(\d+) ms$/.exec(line)?.[1]) >= slowerThanMs) console.log(line);
  }
}
