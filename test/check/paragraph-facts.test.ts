import { paragraphIsTidy, paragraphMatchText } from "../../src/check/lines";
import { paragraphMemo, withParagraphMemos } from "../../src/check/paragraph-memo";
import { styleCounts, styledWords, writesStyle } from "../../src/check/rules/spelling";
import { textPass } from "../../src/check/text-pass";
import type { ParagraphSnapshot, Snapshot } from "../../src/ooxml/snapshot";
import { matchText } from "../../src/text/normalize";
import { realParagraphTexts } from "../helpers/real-documents";

/** Texts made to hit every class the tidy test stands for, and the tone pairs at word ends. */
const HOSTILE = [
  "",
  " ",
  "  ",
  "a  b",
  "a\u00a0b",
  "a \u00a0b",
  "a\tb",
  "a\nb",
  "a\vb",
  "a\u2011b",
  "a\u001eb",
  "a\u00adb",
  "a\u001fb",
  "a\u3000b",
  "a\ufeffb",
  "a\u2028b",
  "Ho\u0300a bi\u0300nh",
  "Hòa bình".normalize("NFD"),
  " Hòa bình ",
  "quý quỳ Quý QUÝ",
  "hòa hoà HÒA HOÀ thủy thuỷ THỦY THUỶ khỏe khoẻ",
  "𠀀hoà 𠀀hòa",
  "oà".repeat(50) + " hòa",
  "hòa\u0301 hoà",
  "(hòa) -hoà- hòa2 hoà_ hòa.",
  "Σhòa İhoà ǅòa",
];

function textsOnly(texts: readonly string[]): Snapshot {
  return {
    paragraphs: texts.map((text, index) => ({ index, text, runs: [] })),
    sections: [],
  } as unknown as Snapshot;
}

const UNTIDY_CLASS =
  // eslint-disable-next-line no-control-regex -- Word's hyphen controls are part of what is compared
  /[\u0300-\u036f\u2011\u001e\u00a0\u00ad\u001f\t\n\r\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

describe("what is worked out once per paragraph", () => {
  const texts = [...realParagraphTexts(), ...HOSTILE];

  it("reads a real corpus", () => {
    expect(texts.length).toBeGreaterThan(3_000);
  });

  it("calls a paragraph tidy exactly when a direct scan finds none of what it stands for", () => {
    const snapshot = textsOnly(texts);
    const wrong = withParagraphMemos(snapshot.paragraphs, () =>
      snapshot.paragraphs.filter((p) => {
        const tidy = paragraphIsTidy(p);
        if (tidy !== !UNTIDY_CLASS.test(p.text)) return true;
        if (paragraphMatchText(p) !== matchText(p.text)) return true;
        return (
          tidy &&
          (/[\u0300-\u036f]/.test(p.text) ||
            /\t|[\u00a0 ]{3}/.test(p.text) ||
            /[ \u00a0]{2}/.test(p.text) ||
            /[\n\v]/.test(p.text))
        );
      })
    );
    expect(wrong.map((p) => p.text)).toEqual([]);
    // Both kinds are there to tell apart.
    const tidy = snapshot.paragraphs.filter((p) => paragraphIsTidy(p)).length;
    expect(tidy).toBeGreaterThan(100);
    expect(snapshot.paragraphs.length - tidy).toBeGreaterThan(100);
  });

  it("gives the same values inside a check's scope and outside it", () => {
    const inside = textsOnly(texts);
    const outside = textsOnly(texts);
    const scoped = withParagraphMemos(inside.paragraphs, () =>
      inside.paragraphs.map((p) => [paragraphMatchText(p), paragraphIsTidy(p)])
    );
    expect(scoped).toEqual(
      outside.paragraphs.map((p) => [paragraphMatchText(p), paragraphIsTidy(p)])
    );
  });

  it("keeps a paragraph of another snapshot apart from the checked one at the same index", () => {
    const checked = textsOnly(["Hòa  bình", "Độc lập"]);
    const other = textsOnly(["", "Tự do"]);
    const memo = paragraphMemo<string>();
    withParagraphMemos(checked.paragraphs, () => {
      const [a, b] = checked.paragraphs as [ParagraphSnapshot, ParagraphSnapshot];
      const [c, d] = other.paragraphs as [ParagraphSnapshot, ParagraphSnapshot];
      memo.set(a, "a");
      memo.set(c, "c");
      expect([memo.get(a), memo.get(b), memo.get(c), memo.get(d)]).toEqual([
        "a",
        undefined,
        "c",
        undefined,
      ]);
      expect(paragraphMatchText(a)).toBe("Hòa bình");
      expect(paragraphMatchText(c)).toBe("");
    });
    // The scope's arrays are dropped with it; the other snapshot's value was kept by the WeakMap.
    const [a, , c] = [...checked.paragraphs, ...other.paragraphs] as ParagraphSnapshot[];
    expect(memo.get(a as ParagraphSnapshot)).toBeUndefined();
    expect(memo.get(c as ParagraphSnapshot)).toBe("c");
  });

  it("tells whether each tone style is written as counting does", () => {
    const all = [...texts, ...texts.map((t) => t.normalize("NFD"))];
    const documents = [
      all,
      texts.slice(0, 400),
      ...HOSTILE.map((t) => [t]),
      ["hòa"],
      ["hoà"],
      ["quý"],
    ];
    const seen = new Set<string>();
    for (const paragraphs of documents) {
      // Asked before counting, so that the answer is not taken from the counts.
      const asked = textsOnly(paragraphs);
      const writes = { first: writesStyle(asked, "first"), second: writesStyle(asked, "second") };
      const counted = styleCounts(textsOnly(paragraphs));
      expect([paragraphs[0], writes]).toEqual([
        paragraphs[0],
        { first: counted.first > 0, second: counted.second > 0 },
      ]);
      seen.add(JSON.stringify(writes));
    }
    // Documents of one style, of the other, of both and of neither are among them.
    expect(seen.size).toBe(4);
  });

  it("counts the tone styles as taking out the styled words does", () => {
    // Decomposed copies too: their words are read in NFC.
    const snapshot = textsOnly([...texts, ...texts.map((t) => t.normalize("NFD"))]);
    textPass(snapshot);
    const words = styledWords(snapshot);
    const counted = styleCounts(snapshot);
    expect(counted).toEqual({
      first: words.filter((w) => w.style === "first").length,
      second: words.filter((w) => w.style === "second").length,
    });
    expect(counted.first).toBeGreaterThan(100);
    expect(counted.second).toBeGreaterThan(10);
    for (const text of HOSTILE) {
      const one = textsOnly([text]);
      const styled = styledWords(one);
      expect([text, styleCounts(one)]).toEqual([
        text,
        {
          first: styled.filter((w) => w.style === "first").length,
          second: styled.filter((w) => w.style === "second").length,
        },
      ]);
    }
  });
});
