// A long paragraph's key is read from its first few hundred characters (speed); it must equal the whole text's key.

import { KEY_CHARS, normaliseParagraph, paragraphKey } from "../../src/host/paragraph-alignment";

const whole = (text: string) => normaliseParagraph(text).slice(0, KEY_CHARS);

describe("paragraphKey on long paragraphs", () => {
  const pieces = [
    "a",
    "ệ",
    "e\u0302\u0323",
    " ",
    "\u00a0",
    "\t",
    "\u00ad",
    "\u200b",
    "\u2011",
    "Đ",
    "o\u0301",
  ];

  it("equals the key of the whole normalised text, whatever sits around the cut", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 2000; round += 1) {
      const length = 300 + Math.floor(random() * 80);
      let text = "";
      while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
      expect(paragraphKey(text)).toBe(whole(text));
    }
  });

  it("reads past a prefix that normalises to less than a key (runs of spaces, marks)", () => {
    const cases = [
      " ".repeat(400) + "Căn cứ Luật Tổ chức chính quyền địa phương",
      "\u200b".repeat(330) + "Nơi nhận",
      "a" + " ".repeat(318) + "b".repeat(100),
      "x".repeat(319) + "e\u0302\u0301" + "y".repeat(50),
    ];
    for (const text of cases) expect(paragraphKey(text)).toBe(whole(text));
  });
});
