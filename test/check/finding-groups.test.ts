import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSnapshot } from "../../src/check/engine";
import {
  FLOOD_MIN,
  floodGroups,
  groupFloods,
  groupLine,
  paragraphRanges,
} from "../../src/check/finding-groups";
import { jsonFile, textReport } from "../../src/cli/report-formats";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { htmlReport } from "../../src/report/html-report";

// One habit, one finding (issue item 11): the quy chế converted from PDF has its Quốc hiệu and dozens of other
// paragraphs decomposed (unicode/nfc at 53 paragraphs) and 85 double spaces in 15 paragraphs. The reports show each
// flood as one line with its count, and keep every paragraph it stands at.
const FILE = "state_QD-UBND_2023_UBND-tinh-HaiDuong_QuyChe-LGSP_DRAFT.docx";
const result = checkSnapshot(
  readDocx(readFileSync(join(__dirname, "..", "fixtures", "real", FILE)))
);
const nfc = result.findings.filter((f) => f.rule === "unicode/nfc");

describe("grouping floods of one rule", () => {
  it("folds every unicode/nfc finding into one group at the place of the first, keeping each", () => {
    expect(nfc.length).toBeGreaterThanOrEqual(FLOOD_MIN);
    const entries = groupFloods(result.findings);
    const groups = entries.flatMap((e) => (e.kind === "group" ? [e.group] : []));
    const group = groups.find((g) => g.rule === "unicode/nfc");
    expect(group?.findings).toEqual(nfc);
    expect(group?.paragraphs).toEqual([...new Set(nfc.map((f) => f.paragraph))]);
    // Nothing is lost or shown twice: singles plus group members are the findings.
    const shown = entries.flatMap((e) => (e.kind === "finding" ? [e.finding] : e.group.findings));
    expect(shown).toHaveLength(result.findings.length);
    expect(new Set(shown)).toEqual(new Set(result.findings));
    // Document-wide findings (the margins) are never grouped with paragraph findings.
    expect(groups.every((g) => g.findings.every((f) => f.paragraph !== null))).toBe(true);
  });

  it("leaves a rule with fewer findings than the threshold alone", () => {
    const few = nfc.slice(0, FLOOD_MIN - 1);
    expect(groupFloods(few).every((e) => e.kind === "finding")).toBe(true);
  });

  it("writes the count, and an example when the messages differ", () => {
    const group = floodGroups(result.findings).find((g) => g.rule === "unicode/nfc");
    expect(group?.same).toBe(false);
    const first = (nfc[0]?.paragraph ?? 0) + 1;
    expect(group && groupLine(group, "vi")).toBe(
      `${nfc.length} đoạn, ví dụ đoạn ${first}: ${nfc[0]?.messages.vi}`
    );
  });

  it("writes paragraph lists as ranges counted from 1", () => {
    expect(paragraphRanges([2, 3, 4, 9, 11, 12])).toBe("3–5, 10, 12–13");
    expect(paragraphRanges([0])).toBe("1");
  });
});

describe("the reports", () => {
  it("prints one line per flood in the text report, and every paragraph under it", () => {
    const text = textReport([{ file: FILE, result }], "vi");
    const lines = text.split("\n");
    expect(lines.filter((line) => line.includes("unicode/nfc"))).toHaveLength(1);
    const at = lines.findIndex((line) => line.includes("unicode/nfc"));
    const group = floodGroups(result.findings).find((g) => g.rule === "unicode/nfc");
    expect(lines[at + 1]?.trim()).toBe(`đoạn: ${paragraphRanges(group?.paragraphs ?? [])}`);
  });

  it("adds the groups to the JSON report beside the full list of findings", () => {
    const json = jsonFile({ file: FILE, result }) as {
      findings: unknown[];
      groups: { rule: string; count: number; paragraphs: number[] }[];
    };
    expect(json.findings).toHaveLength(result.findings.length);
    const group = json.groups.find((g) => g.rule === "unicode/nfc");
    expect(group?.count).toBe(nfc.length);
    expect(group?.paragraphs).toEqual([...new Set(nfc.map((f) => f.paragraph))]);
  });

  it("shows the flood as one row in the HTML report, each paragraph in its fold", () => {
    const page = htmlReport([{ file: FILE, result }]);
    const rows = (page.match(/<tr><td class="num">.*?<\/tr>/gsu) ?? []).filter((row) =>
      row.includes('class="rule">unicode/nfc<')
    );
    expect(rows).toHaveLength(1);
    expect((rows[0]?.match(/<li>/g) ?? []).length).toBe(nfc.length);
  });
});
