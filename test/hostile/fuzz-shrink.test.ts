// The fuzzer writes a failing input shrunk to what still fails: fewer parts, fewer paragraphs, shorter text.

import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { shrinkDocx } from "../../scripts/fuzz/shrink";
import { tinyDocx } from "../helpers/hostile";

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const documentOf = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());

describe("shrinking a failing fuzz input", () => {
  // 60 paragraphs and a styles part; the "failure" is one word in the middle of a 20,000-character paragraph.
  const filler = "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì. ";
  const body = Array.from({ length: 60 }, (_, i) =>
    para(i === 37 ? `${filler.repeat(200)}BOOM${filler.repeat(200)}` : `Đoạn ${i}. ${filler}`)
  ).join("");
  const raw = unzipSync(tinyDocx(body));
  const input = zipSync({ ...raw, "word/styles.xml": strToU8("<w:styles/>".repeat(1000)) });
  const fails = (bytes: Uint8Array) => Promise.resolve(documentOf(bytes).includes("BOOM"));

  it("keeps the one paragraph and the few characters the failure needs", async () => {
    const shrunk = await shrinkDocx(input, fails, { tries: 200 });
    expect(shrunk.unchanged).toBeUndefined();
    const xml = documentOf(shrunk.bytes);
    expect(xml).toContain("BOOM");
    expect(xml.match(/<w:p>/g)).toHaveLength(1);
    expect(/<w:t[^>]*>([^<]*)<\/w:t>/.exec(xml)?.[1]?.length).toBeLessThan(16);
    expect(Object.keys(unzipSync(shrunk.bytes))).toEqual(["word/document.xml"]);
    expect(xml.length).toBeLessThan(documentOf(input).length / 50);
    expect(shrunk.tries).toBeLessThanOrEqual(200);
  });
  it("stops at the budget and still writes an input that fails", async () => {
    const shrunk = await shrinkDocx(input, fails, { tries: 5 });
    expect(shrunk.tries).toBeLessThanOrEqual(5);
    expect(documentOf(shrunk.bytes)).toContain("BOOM");
  });
  it("writes a zip-level mutation as it came", async () => {
    const broken = input.slice(0, 100);
    const shrunk = await shrinkDocx(broken, () => Promise.resolve(true));
    expect(shrunk.bytes).toBe(broken);
    expect(shrunk.unchanged).toMatch(/zip/);
  });
  it("writes the input as it came when, re-packed, it no longer fails", async () => {
    const shrunk = await shrinkDocx(input, () => Promise.resolve(false));
    expect(shrunk.bytes).toBe(input);
    expect(shrunk.unchanged).toMatch(/no longer fails/);
  });
});
