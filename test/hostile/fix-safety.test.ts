// Fixes that cannot garble text. Every fix the checker offers is applied to an in-memory copy of the document, alone,
// all together, and as "fix all safe" does (format fixes only); then no character may be garbled (legacy codes left
// in a Unicode font, a symbol font changed), no character outside a text fix may change, and the checker must not
// report mojibake it did not report before.

import { planFixes } from "../../src/check/apply-fixes";
import { checkSnapshot } from "../../src/check/engine";
import { LEGACY_FONT, SYMBOL_FONT } from "../../src/check/rules/font";
import { sample } from "../../src/check/samples";
import type { Fix } from "../../src/check/types";
import type { ParagraphSnapshot, RunSnapshot, Snapshot } from "../../src/ooxml/snapshot";
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from "../../src/text/legacy-encodings";
import { realSnapshots } from "../helpers/real-documents";

type Format = Omit<RunSnapshot, "text" | "start">;
interface Char {
  readonly char: string;
  readonly format: Format;
  /** Where the character came from: its original font, or "fix" when a text fix wrote it. */
  readonly origin: string;
}

function formatOf(run: RunSnapshot): Format {
  const format: Record<string, unknown> = { ...run };
  delete format.text;
  delete format.start;
  return format as unknown as Format;
}

/** Applies `fixes` (in the plan's order) to a copy of the snapshot, character by character. */
function applied(snapshot: Snapshot, fixes: readonly Fix[]): Map<number, Char[]> {
  const chars = new Map<number, Char[]>();
  const of = (paragraph: ParagraphSnapshot): Char[] => {
    let list = chars.get(paragraph.index);
    if (!list) {
      list = paragraph.runs.flatMap((run) =>
        [...run.text].flatMap((c) =>
          c
            .split("")
            .map((unit) => ({ char: unit, format: formatOf(run), origin: run.fonts.hAnsi }))
        )
      );
      chars.set(paragraph.index, list);
    }
    return list;
  };
  for (const fix of planFixes(fixes).apply) {
    if (fix.kind === "page") continue;
    const paragraph = snapshot.paragraphs[fix.paragraph];
    if (!paragraph) continue;
    const list = of(paragraph);
    if (fix.kind === "text") {
      const base = list[fix.start]?.format ?? list[fix.start - 1]?.format;
      if (!base) continue;
      const font = fix.font;
      const format = font
        ? { ...base, fonts: { ascii: font, hAnsi: font, eastAsia: font, cs: font } }
        : base;
      list.splice(
        fix.start,
        fix.end - fix.start,
        ...fix.replacement.split("").map((char) => ({ char, format, origin: "fix" }))
      );
    } else {
      const { font, sizePt, bold, italic, underline, color } = fix.set;
      for (const [i, c] of list.entries()) {
        list[i] = {
          ...c,
          format: {
            ...c.format,
            ...(font ? { fonts: { ascii: font, hAnsi: font, eastAsia: font, cs: font } } : {}),
            ...(sizePt !== undefined ? { sizePt } : {}),
            ...(bold !== undefined ? { bold } : {}),
            ...(italic !== undefined ? { italic } : {}),
            ...(underline !== undefined ? { underline } : {}),
            ...(color !== undefined ? { color } : {}),
          },
        };
      }
    }
  }
  return chars;
}

/** The snapshot with the applied paragraphs' text and runs rebuilt. */
function rebuilt(snapshot: Snapshot, chars: Map<number, Char[]>): Snapshot {
  return {
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((paragraph) => {
      const list = chars.get(paragraph.index);
      if (!list) return paragraph;
      const runs: RunSnapshot[] = [];
      let start = 0;
      for (const c of list) {
        const last = runs[runs.length - 1];
        if (last && JSON.stringify(formatOf(last)) === JSON.stringify(c.format))
          runs[runs.length - 1] = { ...last, text: last.text + c.char };
        else runs.push({ ...c.format, text: c.char, start });
        start++;
      }
      return { ...paragraph, text: list.map((c) => c.char).join(""), runs };
    }),
  };
}

/** Characters shown wrongly after the fixes: legacy codes now in a Unicode font, or a symbol font changed. */
function garbled(chars: Map<number, Char[]>): string[] {
  const found: string[] = [];
  for (const [paragraph, list] of chars)
    for (const c of list) {
      if (c.origin === "fix") continue;
      const now = c.format.fonts.hAnsi;
      if (LEGACY_FONT.test(c.origin) && !LEGACY_FONT.test(now)) {
        const decoded = /^VNI/i.test(c.origin) ? decodeVni(c.char) : decodeTcvn3(c.char, c.origin);
        if (decoded !== c.char) found.push(`${paragraph}: “${c.char}” in ${c.origin} → ${now}`);
      }
      if (SYMBOL_FONT.test(c.origin) && now !== c.origin)
        found.push(`${paragraph}: symbol ${c.origin} → ${now}`);
    }
  return found;
}

/** Characters outside every applied text fix must not change. */
function changedOutsideFixes(snapshot: Snapshot, fixes: readonly Fix[], after: Snapshot): number {
  let changed = 0;
  for (const paragraph of snapshot.paragraphs) {
    const text = planFixes(fixes)
      .apply.filter(
        (f): f is Extract<Fix, { kind: "text" }> =>
          f.kind === "text" && f.paragraph === paragraph.index
      )
      .reduce((t, f) => t.slice(0, f.start) + f.replacement + t.slice(f.end), paragraph.text);
    if (text !== after.paragraphs[paragraph.index]?.text) changed++;
  }
  return changed;
}

const mojibakeParagraphs = (snapshot: Snapshot) =>
  new Set(
    checkSnapshot(snapshot)
      .findings.filter((f) => f.rule === "unicode/mojibake")
      .map((f) => f.paragraph)
  );

function withRuns(
  snapshot: Snapshot,
  index: number,
  runs: readonly Partial<RunSnapshot>[]
): Snapshot {
  return {
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((p) => {
      if (p.index !== index) return p;
      const model = p.runs[0] as RunSnapshot;
      let start = 0;
      const built = runs.map((r) => {
        const run = { ...model, ...r, start } as RunSnapshot;
        start += run.text.length;
        return run;
      });
      return { ...p, runs: built, text: built.map((r) => r.text).join("") };
    }),
  };
}

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

function generated(): [string, Snapshot][] {
  const state = sample("nha-nuoc");
  const article = state.at.article1 ?? 0;
  const legacy = encodeTcvn3("Đảng Cộng sản Việt Nam lãnh đạo toàn diện.");
  return [
    [
      "TCVN3 run beside an Arial run",
      withRuns(state.snapshot, article, [
        { text: legacy, fonts: font(".VnTime") },
        { text: " Điều chỉnh.", fonts: font("Arial") },
      ]),
    ],
    [
      "VNI paragraph",
      withRuns(state.snapshot, article, [
        { text: encodeVni("Ủy ban nhân dân tỉnh triển khai thực hiện."), fonts: font("VNI-Times") },
      ]),
    ],
    [
      "Wingdings check mark beside a Calibri run",
      withRuns(state.snapshot, article, [
        { text: "\uf0fc", fonts: font("Wingdings") },
        { text: " Đã hoàn thành nhiệm vụ được giao.", fonts: font("Calibri") },
      ]),
    ],
    [
      "two sizes in one body paragraph",
      withRuns(state.snapshot, article, [
        { text: "Điều 1. Ban hành kèm theo Quyết định này", sizePt: 12 },
        { text: "1", sizePt: 8 },
        { text: " Quy chế làm việc.", sizePt: 12 },
      ]),
    ],
    [
      "Unicode with soft hyphens",
      withRuns(state.snapshot, article, [
        {
          text: "Tăng\u00adcường công\u00adtác kiểm\u00adtra, giám\u00adsát, kỷ\u00adluật của Đảng; nâng\u00adcao chất\u00adlượng sinh\u00adhoạt chi\u00adbộ, đổi\u00admới phương\u00adthức lãnh\u00adđạo, chỉ\u00adđạo.",
        },
      ]),
    ],
  ];
}

const totals = { documents: 0, fixes: 0, paragraphs: 0, garbled: 0 };

describe.each([...generated(), ...realSnapshots()])("fixes on %s", (_name, snapshot) => {
  const fixes = checkSnapshot(snapshot)
    .findings.map((f) => f.fix)
    .filter((f): f is Fix => f !== undefined);
  const before = mojibakeParagraphs(snapshot);

  const scenarios: [string, Fix[][]][] = [
    ["each fix alone", fixes.map((f) => [f])],
    ["all fixes together", [fixes]],
    ["fix all safe (format fixes only)", [fixes.filter((f) => f.kind === "format")]],
  ];
  it.each(scenarios)(
    "%s: nothing garbled, nothing changed outside a text fix, no new mojibake",
    (_s, sets) => {
      totals.documents += _s === "all fixes together" ? 1 : 0;
      for (const set of sets) {
        const chars = applied(snapshot, set);
        const after = rebuilt(snapshot, chars);
        totals.fixes += set.length;
        totals.paragraphs += chars.size;
        const bad = garbled(chars);
        totals.garbled += bad.length;
        expect(bad).toEqual([]);
        expect(changedOutsideFixes(snapshot, set, after)).toBe(0);
        if (set.length > 0 && _s !== "each fix alone") {
          const now = mojibakeParagraphs(after);
          expect([...now].filter((p) => !before.has(p))).toEqual([]);
        }
      }
    }
  );
});

it("never reads valid Unicode with soft hyphens as mojibake", () => {
  const [, snapshot] = generated().find(([name]) => name.startsWith("Unicode with soft")) as [
    string,
    Snapshot,
  ];
  expect(mojibakeParagraphs(snapshot).size).toBe(0);
});

afterAll(() => {
  // The figures for issue 15's closing note.
  console.log(`fix safety: ${JSON.stringify(totals)}`);
});
