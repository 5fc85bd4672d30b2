// A legacy-font conversion through the Word adapter: the converted text and its Unicode font are one edit on the range
// the fix replaced (src/host/word.ts editText), never a font on the paragraph and never the text alone.

import { checkSnapshot } from "../../src/check/engine";
import type { Fix } from "../../src/check/types";
import { createWordHost } from "../../src/host/word";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { storedDocx } from "../helpers/hostile";
import { count, fakeOffice, wordCalls } from "./word-fake";

const legacyRun = (text: string) =>
  `<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const unicodeRun = (text: string) =>
  `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe("a legacy-font conversion applied in Word", () => {
  // TCVN3 codes in a .VnTime run, after a Unicode run in the same paragraph.
  const snapshot = readDocx(
    storedDocx(
      `<w:p>${unicodeRun("Điều 1. ")}${legacyRun("Céng hoµ x· héi chñ nghÜa ViÖt Nam")}</w:p>`
    )
  );
  const texts = snapshot.paragraphs.map((p) => p.text);
  const fixes = checkSnapshot(snapshot)
    .findings.filter((f) => f.rule === "font/legacy-convert" && f.fix)
    .map((f) => f.fix as Fix);

  it("sets Times New Roman on the replaced range, right after the converted text, in one run and two syncs", async () => {
    expect(fixes).toHaveLength(1);
    const fix = fixes[0] as Extract<Fix, { kind: "text" }>;
    expect(fix).toMatchObject({ kind: "text", font: "Times New Roman" });

    const fake = fakeOffice({ paragraphs: texts });
    const report = await createWordHost(fake.globals).applyFixes(fixes, {
      paragraphs: texts.map((text) => ({ text })),
    });

    expect(report.skipped).toEqual([]);
    expect(fake.paragraphs[0]).toBe("Điều 1. Cộng hoà xã hội chủ nghĩa Việt Nam");
    const calls = wordCalls(fake.calls);
    const replace = calls.findIndex(
      ([name, , , location]) => name === "range.insertText" && location === "Replace"
    );
    expect(replace).toBeGreaterThanOrEqual(0);
    const range = calls[replace]?.[1];
    expect(calls[replace + 1]).toEqual(["range.font.name", range, "Times New Roman"]);
    // The font goes on the converted stretch only: the paragraph's own font is not set.
    expect(count(calls, "font.name")).toBe(0);
    expect(count(calls, "range.font.name")).toBe(1);
    expect(count(calls, "Word.run")).toBe(1);
    expect(count(calls, "sync")).toBeLessThanOrEqual(2);
  });

  it("sets no font when a text fix carries none", async () => {
    const plain = ["Số: 5 /QĐ-UBND"];
    const fix: Fix = { kind: "text", paragraph: 0, start: 5, end: 6, replacement: "" };
    const fake = fakeOffice({ paragraphs: plain });
    await createWordHost(fake.globals).applyFixes([fix], {
      paragraphs: plain.map((text) => ({ text })),
    });
    expect(fake.paragraphs).toEqual(["Số: 5/QĐ-UBND"]);
    expect(count(fake.calls, "range.insertText")).toBe(1);
    expect(count(fake.calls, "range.font.name")).toBe(0);
  });
});
