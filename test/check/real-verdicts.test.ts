import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkSnapshot } from "../../src/check/engine";
import { keyedFindings } from "../../src/check/finding-keys";
import { readDocx } from "../../src/ooxml/snapshot-reader";

// Every error and warning the checker gives on the real documents, judged by hand (true / false / unclear, with a
// reason) in test/fixtures/real/verdicts.json. `before` is what the checker said when the verdicts were written,
// `now` what it says today (null: no longer reported). This pins both directions: a false alarm that comes back, a
// true finding that is lost or any finding nobody has judged fails here. After a change to the checker, run
// `node scripts/real-precision.mjs --update`, judge any entry it adds with verdict "?", and read the table.
interface Verdict {
  readonly key: string;
  readonly verdict: "true" | "false" | "unclear" | "?";
  readonly why: string;
  readonly before: "error" | "warning" | null;
  readonly now: "error" | "warning" | null;
  /** A true finding now reported inside another (one habit, one finding), so its absence is not a loss. */
  readonly merged?: string;
}
const REAL = join(__dirname, "..", "fixtures", "real");
const verdicts = JSON.parse(readFileSync(join(REAL, "verdicts.json"), "utf8")) as Record<
  string,
  Verdict[]
>;
const documents = readdirSync(REAL)
  .filter((name) => name.endsWith(".docx"))
  .sort();

it("every real document has its verdicts", () => {
  expect(Object.keys(verdicts).sort()).toEqual(documents);
});

describe.each(documents)("%s", (name) => {
  const entries = verdicts[name] ?? [];
  const found = keyedFindings(checkSnapshot(readDocx(readFileSync(join(REAL, name)))).findings);

  it("reports exactly the judged findings still expected, with their severity", () => {
    const now = Object.fromEntries(found.map(({ key, finding }) => [key, finding.severity]));
    const expected = Object.fromEntries(
      entries.filter((entry) => entry.now !== null).map((entry) => [entry.key, entry.now])
    );
    expect(now).toEqual(expected);
  });

  it("has a verdict with a reason for every finding, and loses no true finding", () => {
    for (const entry of entries) {
      expect([entry.key, entry.verdict]).not.toEqual([entry.key, "?"]);
      expect([entry.key, entry.why.length > 0]).toEqual([entry.key, true]);
      if (entry.verdict === "true" && entry.before !== null && !entry.merged) {
        expect([entry.key, entry.now]).not.toEqual([entry.key, null]);
      }
    }
  });
});
