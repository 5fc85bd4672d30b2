// Uses of defined short forms are found in one pass for all of them: a document defining thousands stays linear, and
// each term is found exactly where one pattern per term, the search before, found it.

import { checkSnapshot } from "../../src/check/engine";
import {
  definitionStarts,
  findMentions,
  mapText,
  mentionFinder,
  originalSpan,
  type TextSpan,
} from "../../src/citations";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { storedDocx } from "../helpers/hostile";

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The search before: one pattern per term over the matching form, leaving out definitions and ký hiệu. */
function onePattern(original: string, term: string): TextSpan[] {
  const mapped = mapText(original);
  const wanted = mapText(term).text.trim();
  if (wanted === "" || wanted.length > 200) return [];
  const inDefinitions = new Set(definitionStarts(original));
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, "gu");
  const spans: TextSpan[] = [];
  for (const match of mapped.text.matchAll(pattern)) {
    const open = mapped.text.lastIndexOf("(", match.index);
    const close = mapped.text.indexOf(")", open);
    if (inDefinitions.has(open) && close >= match.index) continue;
    const token = /\S*$/u.exec(mapped.text.slice(0, match.index))?.[0] ?? "";
    if (/[-/]$/u.test(token) && /\d/u.test(token) && token.includes("/")) continue;
    spans.push(originalSpan(mapped, match.index, match.index + match[0].length));
  }
  return spans;
}

const TERMS = ["KCN", "Quyết định A1", "A1", "A A", "UBND", "Ủy ban", "Luật ĐĐ", "X-1"];
const PIECES = [
  "Khu công nghiệp (sau đây viết tắt là KCN)",
  "Quyết định số 12/QĐ-UBND (sau đây gọi là Quyết định A1)",
  "(KCN)",
  "KCN",
  "KCN-A",
  "số 12/KCN-UBND",
  "(KCN",
  "KCNX",
  "ĐKCN",
  "12/UBND-KCN",
  "Quyết định A1",
  "Quyết  định\u00a0A1",
  "A A A A",
  "A1A1",
  "Ủy ban",
  "U\u0309y ban",
  "Luật Đất đai (Luật ĐĐ)",
  "Luật ĐĐ,",
  "X\u20111",
  "X-1/",
  "1/X-1",
  "𝐀A1",
  ")",
  "(",
  ", ",
  " ",
];

function paragraphOf(seed: number, length: number): string {
  let state = seed;
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    parts.push(PIECES[state % PIECES.length] as string);
    parts.push(state % 3 === 0 ? "" : " ");
  }
  return parts.join("");
}

describe("finding the uses of short forms", () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    "finds each term where one pattern per term does (seed %i)",
    (seed) => {
      const text = paragraphOf(seed, 60);
      const all = mentionFinder(TERMS)(text);
      for (const term of TERMS) {
        const expected = onePattern(text, term);
        expect({ term, spans: all.get(term) ?? [] }).toEqual({ term, spans: expected });
        expect(findMentions(text, term)).toEqual(expected);
      }
    }
  );

  // More than eight terms: the finder walks the positions that start a term instead of searching each term.
  const MANY_TERMS = [
    ...TERMS,
    "Đề án 06",
    "Chỉ thị 11",
    "NQ",
    "QĐ",
    "A",
    "B2",
    "Kế hoạch 5",
    "Luật",
    "Ủy",
  ];
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    "finds each of many terms where one pattern per term does (seed %i)",
    (seed) => {
      const text = paragraphOf(seed, 60);
      const all = mentionFinder(MANY_TERMS)(text);
      for (const term of MANY_TERMS) {
        const expected = onePattern(text, term);
        expect({ term, spans: all.get(term) ?? [] }).toEqual({ term, spans: expected });
      }
    }
  );

  it("costs one pass over the document however many short forms it defines", () => {
    // 400 paragraphs, each defining its own short form and using the one before: the search before ran one pattern
    // per short form over every paragraph (160,000 pattern runs, 40 s for 500 definitions on a loaded machine).
    const count = 400;
    const body = Array.from({ length: count }, (_, i) =>
      para(
        `Căn cứ Quyết định số ${i + 1}/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh (sau đây viết tắt là Quyết định B${i}); thực hiện Quyết định B${Math.max(i - 1, 0)}.`
      )
    ).join("");
    const snapshot = readDocx(storedDocx(para("Điều 1. Quy định chung") + body));
    const characters = snapshot.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
    // The texts patterns and substring tests are run over.
    const spies = (["matchAll", "includes"] as const).map((name) =>
      jest.spyOn(String.prototype, name)
    );
    let findings = 0;
    try {
      findings = checkSnapshot(snapshot).findings.length;
      let scanned = 0;
      for (const spy of spies)
        for (const { length } of spy.mock.contexts as unknown as string[]) scanned += length;
      // About 21 times the document now (each rule reads it a few times); 430 times with a search per short form.
      expect(scanned).toBeLessThan(60 * characters);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(findings).toBeGreaterThan(0);
  });
});
