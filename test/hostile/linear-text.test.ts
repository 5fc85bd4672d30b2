// Text passes over one paragraph cost linear work. The bounds are on work done (characters handed to the normaliser or
// scanned by patterns), not on wall time, so they hold on a loaded machine and fail on a quadratic pass.

import { checkSnapshot } from "../../src/check/engine";
import { TEXT_LIMIT } from "../../src/check/long-paragraphs";
import { mapText } from "../../src/citations/mapped-text";
import { findMentions, parseReferences } from "../../src/citations/reference-parser";
import { DOCUMENT_LIMITS, readDocx } from "../../src/ooxml/snapshot-reader";
import { DocxReadError } from "../../src/ooxml/package-reader";
import { nfc, nfd } from "../../src/text/normalize";
import { storedDocx } from "../helpers/hostile";

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const MARKS = ["\u0301", "\u0300", "\u0323", "\u0309", "\u0303", "\u0302", "\u0306", "\u031b"];

function markRun(count: number): string {
  let text = "a";
  for (let i = 0; i < count; i++) text += MARKS[(i * 7) % MARKS.length];
  return text;
}

/** Runs `work` while recording what String.prototype.normalize and matchAll are handed. */
function measured(work: () => void): {
  longestMarkRun: number;
  normalized: number;
  scanned: number;
} {
  const normalize = jest.spyOn(String.prototype, "normalize");
  const matchAll = jest.spyOn(String.prototype, "matchAll");
  try {
    work();
    let longestMarkRun = 0;
    let normalized = 0;
    for (const { length } of normalize.mock.contexts as unknown as string[]) normalized += length;
    for (const text of normalize.mock.contexts as unknown as string[])
      for (const run of String(text).match(/\p{M}+/gu) ?? [])
        longestMarkRun = Math.max(longestMarkRun, run.length);
    let scanned = 0;
    for (const { length } of matchAll.mock.contexts as unknown as string[]) scanned += length;
    return { longestMarkRun, normalized, scanned };
  } finally {
    normalize.mockRestore();
    matchAll.mockRestore();
  }
}

describe("normalising is linear however many marks a letter carries", () => {
  it("hands the engine runs of at most 30 marks (canonical reordering is quadratic in a run)", () => {
    const text = markRun(100_000);
    const snapshot = readDocx(storedDocx(para(text)));
    const work = measured(() => checkSnapshot(snapshot));
    expect(work.longestMarkRun).toBeGreaterThanOrEqual(30);
    expect(work.longestMarkRun).toBeLessThanOrEqual(31);
  });
  it("gives NFC and NFD of ordinary text unchanged", () => {
    const text = "Cộng hoà xã hội chủ nghĩa Việt Nam".normalize("NFD");
    expect(nfc(text)).toBe(text.normalize("NFC"));
    expect(nfd(nfc(text))).toBe(text);
  });
  it("keeps the marks after the 30th as typed", () => {
    const text = markRun(100);
    expect(nfc(text).endsWith(text.slice(31))).toBe(true);
    expect(nfc(text).startsWith(text.slice(0, 31).normalize("NFC"))).toBe(true);
  });
});

describe("the reference parser reads each citation once", () => {
  it.each([1_000, 4_000])(
    "scans a paragraph of %i “Luật Đất đai (LĐĐ), ” in work proportional to its length",
    (count) => {
      const text = "Luật Đất đai (LĐĐ), ".repeat(count);
      let references: ReturnType<typeof parseReferences> = [];
      const work = measured(() => (references = parseReferences(text)));
      expect(references).toHaveLength(count);
      expect(references.every((r) => r.definedAs === "LĐĐ")).toBe(true);
      // Every pattern together reads the paragraph a bounded number of times, not once per citation.
      expect(work.scanned).toBeLessThan(20 * text.length);
    }
  );
});

describe("a paragraph beyond any real document", () => {
  const long =
    "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành thực hiện. ".repeat(
      Math.ceil((TEXT_LIMIT * 3) / 80)
    );
  const snapshot = readDocx(storedDocx(para("Điều 1. Quy định chung") + para(long)));

  it("is checked up to TEXT_LIMIT characters, and coverage says what was not evaluated", () => {
    const result = checkSnapshot(snapshot);
    const note = result.coverage.notEvaluated.find((n) => n.rule === "text/long-paragraph");
    expect(note?.reason.vi).toContain(`đoạn 2 (${long.length} ký tự)`);
    expect(note?.reason.en).toContain(`${TEXT_LIMIT}`);
    for (const finding of result.findings)
      if (finding.paragraph === 1 && finding.end !== undefined)
        expect(finding.end).toBeLessThanOrEqual(TEXT_LIMIT);
  });
  it("normalises and scans the cut text only", () => {
    const work = measured(() => checkSnapshot(snapshot));
    expect(work.normalized).toBeLessThan(10 * TEXT_LIMIT);
    expect(work.scanned).toBeLessThan(40 * TEXT_LIMIT);
  });
  it("adds no coverage note to a document of ordinary paragraphs", () => {
    const result = checkSnapshot(readDocx(storedDocx(para("Điều 1. Quy định chung"))));
    expect(result.coverage.notEvaluated.map((n) => n.rule)).not.toContain("text/long-paragraph");
  });
});

describe("a document beyond any real one is refused with one line, before it fills memory", () => {
  // Small limits keep the inputs small; the code paths are those of DOCUMENT_LIMITS.
  const SMALL = { textChars: 100_000, paragraphs: 1_000, runs: 2_000 };
  it.each([
    ["paragraphs", () => "<w:p/>".repeat(SMALL.paragraphs + 1)],
    ["runs", () => `<w:p>${"<w:r><w:t>a</w:t></w:r>".repeat(SMALL.runs + 1)}</w:p>`],
  ])("too many %s", (_name, body) => {
    let caught: unknown;
    try {
      readDocx(storedDocx(body()), SMALL);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocxReadError);
    expect((caught as DocxReadError).reason).toMatch(/beyond any real one/);
  });
  it("reads a document at the limits", () => {
    expect(readDocx(storedDocx("<w:p/>".repeat(SMALL.paragraphs)), SMALL).paragraphs).toHaveLength(
      SMALL.paragraphs
    );
  });
  it("holds the real limits above what 3,000 pages need", () => {
    expect(DOCUMENT_LIMITS.textChars).toBeGreaterThanOrEqual(3_000 * 2_600);
  });
  it("too much text", () => {
    const chunk = para("a".repeat(10_000));
    let caught: unknown;
    try {
      readDocx(storedDocx(chunk.repeat(SMALL.textChars / 10_000 + 1)), SMALL);
    } catch (error) {
      caught = error;
    }
    expect((caught as DocxReadError).reason).toMatch(/characters of text/);
  });
});

describe("a mis-read short form thousands of characters long", () => {
  // Found by the fuzzer: a "(viết tắt là …)" whose short form ran on for a whole paragraph became a pattern too large
  // to compile ("Regular expression too large") and crashed the check.
  const longTerm = "Quyết định về việc ban hành quy chế ".repeat(2_000);
  it("is not searched for, and a real short form still is", () => {
    const text = "Thực hiện Quyết định 218, các sở triển khai ngay.";
    expect(findMentions(text, longTerm)).toEqual([]);
    expect(findMentions(text, "Quyết định 218")).toHaveLength(1);
  });
  it("does not stop the check of a document that defines it", () => {
    const body =
      para(
        `Căn cứ Quyết định số 218/QĐ-UBND ngày 05/3/2024 của UBND tỉnh (viết tắt là ${longTerm}).`
      ) + para(`Thực hiện ${longTerm.slice(0, 60)} và Quyết định 218.`);
    const snapshot = readDocx(storedDocx(body));
    expect(() => checkSnapshot(snapshot)).not.toThrow();
    expect(checkSnapshot(snapshot).findings.length).toBeGreaterThan(0);
  });
});

/**
 * Characters of the strings handed to String.prototype's whole-string methods while `work` runs. A method on a string
 * built piece by piece flattens it first, so a pass that asks the growing text something per character is quadratic
 * even when the question looks cheap. indexOf and lastIndexOf are left out: the parser calls them from a position, and
 * there the length of the string says nothing about what they read.
 */
function charactersRead(work: () => void): number {
  const methods = [
    "endsWith",
    "startsWith",
    "includes",
    "search",
    "match",
    "matchAll",
    "replace",
    "split",
    "trim",
    "normalize",
  ] as const;
  const spies = methods.map((name) => jest.spyOn(String.prototype, name));
  try {
    work();
    let read = 0;
    for (const spy of spies)
      for (const context of spy.mock.contexts as unknown as string[])
        read += String(context).length;
    return read;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe("a long paragraph of repeated hostile text (the fuzzer's 18 hangs)", () => {
  // Found by the fuzzer (seed 15): paragraphs of about 126,000 characters mixing citations, spaces and combining marks
  // took 7–10 s, all in building the matching form, which asked the growing text whether it ended in a space — once
  // per space, re-reading the whole text built so far each time.
  const hostile = `Luật Đất đai (LĐĐ), a${"\u0301\u0323\u0309".repeat(3)}  Ủy ban nhân dân tỉnh `;
  const text = hostile.repeat(Math.ceil(TEXT_LIMIT / hostile.length));

  it("is put in matching form by reading each character a bounded number of times", () => {
    let mapped: ReturnType<typeof mapText> | undefined;
    const read = charactersRead(() => (mapped = mapText(text)));
    expect(mapped?.text.length).toBeGreaterThan(text.length * 0.9);
    expect(mapped?.text).not.toContain("  ");
    // Under once the paragraph after the fix, about 10,000 times before it.
    expect(read).toBeLessThan(4 * text.length);
  });
  it("is checked with every rule reading it a bounded number of times", () => {
    const snapshot = readDocx(storedDocx(para("Điều 1. Quy định chung") + para(text)));
    let findings = 0;
    const read = charactersRead(() => (findings = checkSnapshot(snapshot).findings.length));
    expect(findings).toBeGreaterThan(0);
    // About 75 times the paragraph after the fix, about 10,000 times before it.
    expect(read).toBeLessThan(200 * text.length);
  });
});
