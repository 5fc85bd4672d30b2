import { isSyllable, placeTone } from "../../src/text/syllables";

describe("isSyllable", () => {
  it.each([
    "được",
    "nghiêng",
    "khuỷu",
    "quyết",
    "quốc",
    "giếng",
    "gìn",
    "gì",
    "giữa",
    "hòa",
    "hoà",
    "thuở",
    "yêu",
    "xoong",
    "oái",
    "khuya",
    "tiếng",
    "ủy",
  ])("accepts “%s”", (word) => {
    expect(isSyllable(word)).toBe(true);
  });

  it.each([
    ["no vowel", "km"],
    ["an English onset", "chat"],
    ["a level tone on a stop coda", "viet"],
    ["ngã on a stop coda", "đãt"],
    ["two tone marks", "ngàỷ"],
    ["k before a back vowel", "ka"],
    ["c before a front vowel", "ce"],
    ["gh before a back vowel", "gha"],
    ["q without u", "qa"],
    ["c with a medial", "coát"],
    ["yê after an onset", "tyên"],
    ["iê without an onset", "iên"],
    ["an unknown rhyme", "tôu"],
    ["an English word", "tour"],
  ])("rejects %s: “%s”", (_, word) => {
    expect(isSyllable(word)).toBe(false);
  });
});

describe("placeTone", () => {
  it.each([
    ["đươc", "\u0323", "first", "được"],
    ["tiêng", "\u0301", "first", "tiếng"],
    ["hoa", "\u0300", "first", "hòa"],
    ["hoa", "\u0300", "second", "hoà"],
    ["thuy", "\u0309", "second", "thuỷ"],
    ["toan", "\u0301", "second", "toán"],
    ["cua", "\u0309", "second", "của"],
    ["ngoai", "\u0300", "first", "ngoài"],
    ["gia", "\u0301", "first", "giá"],
    ["quy", "\u0301", "first", "quý"],
    ["giêng", "\u0301", "first", "giếng"],
  ] as const)("%s + tone (%s) → %s", (base, tone, style, word) => {
    expect(placeTone(base, tone, style)).toBe(word);
  });
});
