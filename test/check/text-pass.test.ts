import type { Snapshot } from "../../src/ooxml/snapshot";
import { textPass } from "../../src/check/text-pass";

/** A snapshot holding only paragraph texts: the pass reads nothing else. */
function textsOnly(...texts: string[]): Snapshot {
  return {
    paragraphs: texts.map((text, index) => ({ index, text, runs: [] })),
    sections: [],
  } as unknown as Snapshot;
}

const ENDS_IN_OA = /o[àáảãạ](?![\p{L}\p{M}])/gu;

describe("the shared text pass", () => {
  it("splits a paragraph into words with offsets in the original text, NFC where the text was decomposed", () => {
    const decomposed = "Ho\u0300a bi\u0300nh, 2025".normalize("NFD");
    const words = textPass(textsOnly(decomposed)).words(0);
    expect(words.map((w) => w.text)).toEqual(["Hòa", "bình"]);
    expect(words.map((w) => decomposed.slice(w.start, w.end).normalize("NFC"))).toEqual([
      "Hòa",
      "bình",
    ]);
  });

  it("finds exactly the words holding a pattern, as splitting every paragraph would", () => {
    const texts = [
      "Cộng hoà xã hội, văn hoá; hoạt động hoà bình",
      "không có gì",
      "𠀀hoà và tóa",
      "hoa\u0300 viết rời".normalize("NFD"),
    ];
    const pass = textPass(textsOnly(...texts));
    const expected = texts.flatMap((_, i) =>
      pass.words(i).filter((w) => new RegExp(ENDS_IN_OA.source, "u").test(w.text))
    );
    expect(pass.wordsHolding(ENDS_IN_OA)).toEqual(expected);
    expect(pass.wordsHolding(ENDS_IN_OA).map((w) => w.text)).toEqual([
      "hoà",
      "hoá",
      "hoà",
      "𠀀hoà",
      "hoà",
    ]);
  });

  it("walks one long word once, however many matches it holds", () => {
    const long = "oà".repeat(100_000);
    const words = textPass(textsOnly(`${long} hoà`)).wordsHolding(/o[àáảãạ]/gu);
    expect(words.map((w) => w.end - w.start)).toEqual([long.length, 3]);
  });

  it("computes each thing once per snapshot and pattern", () => {
    const snapshot = textsOnly("Hòa", "hoà");
    const pass = textPass(snapshot);
    expect(textPass(snapshot)).toBe(pass);
    expect(pass.words(1)).toBe(pass.words(1));
    expect(pass.wordsHolding(ENDS_IN_OA)).toBe(pass.wordsHolding(ENDS_IN_OA));
    expect(pass.paragraphsHolding(/Hòa/u)).toEqual([0]);
    expect(pass.matchText(0)).toBe("Hòa");
  });
});
