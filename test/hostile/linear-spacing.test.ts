// spacing/double reads the words either side of each double space, not the whole text before it: the work on a
// paragraph of 4n characters is about four times the work on n, not sixteen (a7452f2 split the text before every
// double space into words, and a 100 KB paragraph took 361 ms in that rule alone). The work is counted as characters
// handed to String.prototype.slice and split, not timed, so the test holds on a loaded machine.

import { checkSnapshot } from "../../src/check/engine";
import { RULES } from "../../src/check/rules";
import type { Rule } from "../../src/check/types";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { storedDocx } from "../helpers/hostile";

const DOUBLE = RULES.find((rule) => rule.meta.id === "spacing/double") as Rule;

/** One paragraph of `length` characters of prose with a double space after every second word. */
function paragraph(length: number): Uint8Array {
  const unit = "triển khai  thực hiện  nhiệm vụ  ";
  const text = unit
    .repeat(Math.ceil(length / unit.length))
    .slice(0, length)
    .trimEnd();
  return storedDocx(`<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`);
}

/** The characters sliced and split while spacing/double alone checks the document, and its findings. */
function work(bytes: Uint8Array): { characters: number; findings: number } {
  const snapshot = readDocx(bytes);
  const slice = jest.spyOn(String.prototype, "slice");
  const split = jest.spyOn(String.prototype, "split");
  try {
    const { findings } = checkSnapshot(snapshot, { rules: [DOUBLE] });
    let characters = 0;
    for (const { value } of slice.mock.results) characters += (value as string).length;
    for (const text of split.mock.contexts as unknown as string[])
      characters += String(text).length;
    return { characters, findings: findings.length };
  } finally {
    slice.mockRestore();
    split.mockRestore();
  }
}

describe("spacing/double is linear in the paragraph", () => {
  it("does about four times the work on four times the text, one finding per double space", () => {
    const n = 20_000;
    const small = work(paragraph(n));
    const large = work(paragraph(4 * n));
    // Three double spaces in every 34 characters: each is found, so the rule really reads the whole text.
    expect(small.findings).toBeGreaterThan(n / 15);
    expect(large.findings).toBeGreaterThan((4 * n) / 15);
    // Linear work grows ×4; the quadratic split grew ×16. The bound leaves room for fixed costs, none for n².
    expect(large.characters / small.characters).toBeLessThan(5);
    // And the constant is the two windows around each double space, not the text before it.
    expect(large.characters).toBeLessThan(500 * 4 * n);
  });
});
