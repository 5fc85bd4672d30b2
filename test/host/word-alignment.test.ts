// Paragraphs by content: whatever Word's paragraph list looks like and whatever the user edited between the check and
// the action, "Đi tới", "Sửa tất cả", the text fix and the comments touch only paragraphs whose text is the one the
// check saw, in one Word.run with at most two syncs each.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkSnapshot } from "../../src/check/engine";
import type { Finding, Fix } from "../../src/check/types";
import { HostError, type ReadSnapshot } from "../../src/host/document-host";
import {
  alignKeys,
  alignParagraphs,
  normaliseParagraph,
  paragraphKey,
} from "../../src/host/paragraph-alignment";
import { createWordHost } from "../../src/host/word";
import { ALL_DEFECTS, checkFixture } from "../taskpane/check-fixture";
import { type Call, type Fake, count, fakeOffice } from "./word-fake";
import {
  EDITS,
  LISTINGS,
  type Listing,
  TEXT_BOX_TEXT,
  withTextBox,
  wordListing,
} from "./word-listings";

const ANCHOR = "Về việc thành lập";

function documentFor(listing: Listing): { ooxml: string; paragraphs: string[] } {
  const ooxml =
    listing === "text-boxes" ? withTextBox(checkFixture(ALL_DEFECTS), ANCHOR) : checkFixture();
  return { ooxml, paragraphs: wordListing(ooxml, listing, ANCHOR) };
}

/** The calls of the last action only (from its Word.run on). */
function lastAction(calls: readonly Call[]): Call[] {
  const start = calls.map(([name]) => name).lastIndexOf("Word.run");
  return calls.slice(start);
}

interface Outcome {
  readonly listing: Listing;
  readonly edit: string;
  readonly selected: number;
  readonly selectSkipped: number;
  readonly fixed: number;
  readonly fixSkipped: number;
  readonly commented: number;
  readonly commentSkipped: number;
  readonly wrongTouched: number;
  /** Findings whose paragraph index names another text now: what the old index-based actions would have touched. */
  readonly byIndexWrong: number;
  readonly maxSyncs: number;
}

const outcomes: Outcome[] = [];

afterAll(() => {
  const dir = join(__dirname, "..", "..", "test-output");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "word-alignment.json"), `${JSON.stringify(outcomes, null, 2)}\n`);
});

describe("alignment", () => {
  it("normalises what Word adds to a paragraph's text: cell marks, field marks, soft hyphens, spaces", () => {
    expect(normaliseParagraph("Số:\u00a05/QĐ\u0007")).toBe("Số: 5/QĐ");
    expect(normaliseParagraph("\u0013 PAGE \u0014 3\u0015  trang\u00ad")).toBe("PAGE 3 trang");
    // Composed and decomposed Vietnamese compare equal.
    expect(paragraphKey("Hòa".normalize("NFD"))).toBe(paragraphKey("Hòa"));
  });

  it("absorbs extra and missing items on either side and matches only equal texts, in order", () => {
    const a = ["a", "b", "", "c", "d"];
    const b = ["x", "a", "", "b", "c", "", "d"];
    const at = Array.from(alignKeys(a, b));
    // Four of five matched ("b" and "" cannot both be, in order); a, c and d are.
    expect(at.filter((w) => w >= 0)).toHaveLength(4);
    expect([at[0], at[3], at[4]]).toEqual([1, 4, 6]);
    const matched = at.flatMap((w, i) => (w >= 0 ? [[i, w] as const] : []));
    for (const [i, w] of matched) expect(b[w]).toBe(a[i]);
    const order = matched.map(([, w]) => w);
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it("aligns a long document that repeats the same paragraphs (no text unique to it), absorbing row marks", () => {
    const unit = ["Điều 1.", "", "Nội dung", "- Như trên;", "", "Nơi nhận:"];
    const checked = Array.from({ length: 400 }, () => unit).flat();
    const word: string[] = [];
    checked.forEach((text, i) => {
      word.push(text);
      if (i % 9 === 0) word.push("");
    });
    const { wordIndex } = alignParagraphs(checked, word);
    expect(wordIndex.filter((w, i) => w >= 0 && word[w] !== checked[i])).toEqual([]);
    // Every paragraph that says something is matched.
    expect(wordIndex.filter((w, i) => w < 0 && checked[i] !== "")).toEqual([]);
  });

  it("aligns 500 pages (10 000 paragraphs) with row marks every few paragraphs", () => {
    const checked = Array.from({ length: 10_000 }, (_, i) =>
      i % 7 === 0 ? "" : `Đoạn ${i} của văn bản dài.`
    );
    const word: string[] = [];
    checked.forEach((text, i) => {
      word.push(text);
      if (i % 5 === 0) word.push("");
    });
    const { wordIndex } = alignParagraphs(checked, word);
    const wrong = wordIndex.filter((w, i) => w >= 0 && word[w] !== checked[i]).length;
    expect(wrong).toBe(0);
    expect(wordIndex.filter((w, i) => w < 0 && checked[i] !== "").length).toBe(0);
  });
});

describe.each(LISTINGS)("Word lists the paragraphs %s", (listing) => {
  it.each(EDITS.map((edit) => [edit.name, edit] as const))(
    "after %s, no action touches a paragraph whose text differs from the checked one",
    async (_name, edit) => {
      const { ooxml, paragraphs } = documentFor(listing);
      const fake: Fake = fakeOffice({ wordApi: "1.4", ooxml, paragraphs });
      const host = createWordHost(fake.globals);
      const snapshot: ReadSnapshot = await host.readSnapshot();
      expect(count(fake.calls, "sync")).toBe(1);
      // The text box is never a checked paragraph, whatever Word lists.
      expect(snapshot.paragraphs.some((p) => p.text.includes(TEXT_BOX_TEXT))).toBe(false);
      const findings = checkSnapshot(snapshot, { profile: "nha-nuoc" }).findings;
      const onParagraphs = findings.filter((finding) => finding.paragraph !== null);
      expect(onParagraphs.length).toBeGreaterThanOrEqual(4);

      edit.apply(fake.paragraphs);
      const expectedKey = (paragraph: number) =>
        paragraphKey(snapshot.paragraphs[paragraph]?.text ?? "\u0000");
      // What acting by the check's index would have hit: the wrong paragraph, on every listing but the exact one.
      const byIndexWrong = onParagraphs.filter(
        (finding) =>
          paragraphKey(fake.paragraphs[finding.paragraph!] ?? "") !==
          expectedKey(finding.paragraph!)
      ).length;
      if (listing !== "exact" || (edit.name !== "no edit" && edit.sameCount)) {
        expect(byIndexWrong).toBeGreaterThan(0);
      }
      let wrong = 0;
      let maxSyncs = 0;
      const measure = () => {
        const action = lastAction(fake.calls);
        expect(count(action, "Word.run")).toBe(1);
        maxSyncs = Math.max(maxSyncs, count(action, "sync"));
      };

      // Đi tới, on every finding with a paragraph.
      let selected = 0;
      let selectSkipped = 0;
      for (const finding of onParagraphs) {
        const before = fake.touched.length;
        try {
          await host.selectParagraph(finding.paragraph!, snapshot);
          selected += 1;
        } catch (error) {
          expect(error).toBeInstanceOf(HostError);
          expect((error as HostError).reason).toBe("Văn bản đã thay đổi — kiểm tra lại.");
          selectSkipped += 1;
        }
        measure();
        for (const touch of fake.touched.slice(before)) {
          if (paragraphKey(touch.text) !== expectedKey(finding.paragraph!)) wrong += 1;
        }
      }

      // Comments on every finding (the whole document's on the first paragraph), before anything is fixed.
      let before = fake.touched.length;
      const comments = await host.addComments(findings, snapshot);
      measure();
      const commentTargets = findings
        .filter((finding) => !comments.skipped.some((entry) => entry.finding === finding))
        .map((finding: Finding) => expectedKey(finding.paragraph ?? 0));
      const touches = fake.touched.slice(before);
      expect(touches).toHaveLength(comments.written);
      touches.forEach((touch, i) => {
        if (paragraphKey(touch.text) !== commentTargets[i]) wrong += 1;
      });

      // Sửa tất cả: the format fixes, then the text fix.
      const formats = findings.flatMap((finding) =>
        finding.fix?.kind === "format" ? [finding.fix] : []
      );
      const texts = findings.flatMap((finding) =>
        finding.fix?.kind === "text" ? [finding.fix] : []
      );
      expect(formats.length).toBeGreaterThanOrEqual(3);
      expect(texts.length).toBeGreaterThanOrEqual(1);
      before = fake.touched.length;
      const report = await host.applyFixes(formats, snapshot);
      measure();
      const allowed = new Set(formats.map((fix) => expectedKey(fix.paragraph)));
      for (const touch of fake.touched.slice(before)) {
        if (!allowed.has(paragraphKey(touch.text))) wrong += 1;
      }
      // Every format fix either applied to a paragraph found by its text, or skipped saying the document changed.
      expect(report.applied.length + report.skipped.length).toBe(formats.length);
      for (const skipped of report.skipped) expect(skipped.reason.vi).toMatch(/đã thay đổi/);
      const fixedBefore = fake.paragraphs.join("\n");
      const textReport = await host.applyFixes(texts as Fix[], snapshot);
      measure();
      if (textReport.applied.length > 0) {
        expect(fake.paragraphs.join("\n")).toContain("Số: 05/QĐ-UBND");
      } else {
        expect(fake.paragraphs.join("\n")).toBe(fixedBefore);
      }

      outcomes.push({
        listing,
        edit: edit.name,
        selected,
        selectSkipped,
        fixed: report.applied.length + textReport.applied.length,
        fixSkipped: report.skipped.length + textReport.skipped.length,
        commented: comments.written,
        commentSkipped: comments.skipped.length,
        wrongTouched: wrong,
        byIndexWrong,
        maxSyncs,
      });
      expect(wrong).toBe(0);
      expect(maxSyncs).toBeLessThanOrEqual(2);
      // Unchanged documents lose nothing where Word lists the paragraphs at all.
      if (edit.name === "no edit" && listing !== "no-tables") {
        expect(selectSkipped).toBe(0);
        expect(report.skipped).toEqual([]);
        expect(comments.skipped).toEqual([]);
      }
    }
  );
});
