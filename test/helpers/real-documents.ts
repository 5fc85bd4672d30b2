import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Snapshot } from "../../src/ooxml/snapshot";
import { readDocx } from "../../src/ooxml/snapshot-reader";

// The real documents the tests judge rules and fixes on: the repository's copies, and the shared folder when this
// machine has it (a name already read is not read twice).
const REAL_DIRS = [join(__dirname, "..", "fixtures", "real"), "/work/shared/real-documents"];

/** Every readable real .docx, by file name, in name order within each folder. */
export function realSnapshots(): [string, Snapshot][] {
  const seen = new Set<string>();
  const out: [string, Snapshot][] = [];
  for (const dir of REAL_DIRS) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith(".docx"))
      .sort()) {
      if (seen.has(name)) continue;
      seen.add(name);
      try {
        out.push([name, readDocx(readFileSync(join(dir, name)))]);
      } catch {
        // An unreadable document has nothing to judge.
      }
    }
  }
  return out;
}

/** Every paragraph text of the real documents. */
export function realParagraphTexts(): string[] {
  return realSnapshots().flatMap(([, snapshot]) => snapshot.paragraphs.map((p) => p.text));
}
