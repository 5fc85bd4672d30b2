import { MAYBE_ANY } from "../../src/check/rules/spacing";
import {
  FEATURE_AT,
  FEATURE_IN_TEXT,
  LETTER_KEY_AT,
  MAYBE_FEATURE,
  Y_FORMS,
} from "../../src/check/rules/spelling";
import { MAYBE_COMBINING } from "../../src/check/rules/unicode";
import {
  CENSUS_I_FORM,
  CENSUS_KEY_LETTER,
  CENSUS_LEGACY,
  CENSUS_PUNCTUATION,
  CENSUS_TYPING_KEY,
  CENSUS_TYPING_PAIR,
  CENSUS_UNCOMMON,
  CENSUS_UNTIDY,
  textCensus,
} from "../../src/text/census";
import { mayHoldLegacyText } from "../../src/text/legacy-text";
import { isTidy } from "../../src/text/normalize";
import { realParagraphTexts } from "../helpers/real-documents";

// The census stands for five patterns. Four answers must equal their pattern's on every text and the punctuation one
// must hold wherever MAYBE_ANY does, so that no rule skips a paragraph its pattern would have read.

/**
 * Each pattern the census stands for: its name, its mask, its own test, whether it looks at pairs of units, and whether
 * the census answers exactly as it does (else it may say yes where the pattern says no, never the reverse).
 */
const PRETESTS: readonly [string, number, (text: string) => boolean, boolean, boolean][] = [
  ["UNTIDY (matchText)", CENSUS_UNTIDY, (t) => !isTidy(t), true, true],
  ["MAYBE_COMBINING (unicode/nfc)", CENSUS_UNCOMMON, (t) => MAYBE_COMBINING.test(t), false, true],
  ["LEGACY_CODE (unicode/mojibake)", CENSUS_LEGACY, mayHoldLegacyText, false, true],
  ["MAYBE_ANY (spacing/punctuation)", CENSUS_PUNCTUATION, (t) => MAYBE_ANY.test(t), true, false],
  [
    "MAYBE_FEATURE (spelling/typing-leftover)",
    CENSUS_TYPING_KEY,
    (t) => MAYBE_FEATURE.test(t),
    true,
    true,
  ],
];
const PAIR_PRETESTS = PRETESTS.filter(([, , , pairs]) => pairs);

/** The texts among `texts` on which the census and a pattern disagree, with the pattern's name (at most 10). */
function disagreements(texts: Iterable<string>, pretests = PRETESTS): string[] {
  const wrong: string[] = [];
  for (const text of texts) {
    const census = textCensus(text);
    for (const [name, mask, pattern, , exact] of pretests) {
      const said = (census & mask) !== 0;
      if ((exact ? said !== pattern(text) : !said && pattern(text)) && wrong.length < 10)
        wrong.push(`${name}: ${JSON.stringify(text)}`);
    }
  }
  return wrong;
}

/** The units every pair the patterns look at names on one side at least (the other side is any unit). */
const NAMED = "dDaAeEoOiuyIUYsrxSRX0123456789 \u00a0,.;:?!)(";

/** Every UTF-16 unit alone. */
function* units(): Generator<string> {
  for (let unit = 0; unit < 0x10000; unit++) yield String.fromCharCode(unit);
}

/** Every UTF-16 unit before and after each named unit. */
function* unitPairs(): Generator<string> {
  for (let unit = 0; unit < 0x10000; unit++) {
    const c = String.fromCharCode(unit);
    for (const named of NAMED) {
      yield named + c;
      yield c + named;
    }
  }
}

/** Random texts over an alphabet dense in what the patterns look at, lone surrogates and astral letters included. */
function* randomTexts(count: number): Generator<string> {
  const alphabet = [
    ..."fjwsrxdaeoiuyklmqFJWSRXDAEOIUY019 ,.;:?!()ĩỉíìị\u00a0\t\n\u2011\u00ad\u001eăđơưạếờ\u0300\u0301©µ¸×÷-/",
    "\ud835",
    "\udc00",
    "𝐀",
    "𠀀",
  ];
  let seed = 13;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let n = 1 + (next() % 12); n > 0; n--) text += alphabet[next() % alphabet.length];
    yield text;
  }
}

/** Every offset where the one-unit pattern (g) matches. */
function positions(pattern: RegExp, text: string): number[] {
  const found: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match.index);
    pattern.lastIndex = match.index + 1;
  }
  pattern.lastIndex = 0;
  return found;
}

/** Texts whose census finds no typing pair, where typing-leftover walks LETTER_KEY_AT, and where its positions differ. */
function keyWalkDisagreements(texts: Iterable<string>): { walked: number; wrong: string[] } {
  let walked = 0;
  const wrong: string[] = [];
  for (const text of texts) {
    if ((textCensus(text) & CENSUS_TYPING_PAIR) !== 0) continue;
    walked++;
    if (
      positions(FEATURE_AT, text).join() !== positions(LETTER_KEY_AT, text).join() &&
      wrong.length < 10
    )
      wrong.push(JSON.stringify(text));
  }
  return { walked, wrong };
}

describe("textCensus", () => {
  it("answers as each pattern on the real paragraphs and their NFD copies", () => {
    const real = realParagraphTexts();
    expect(real.length).toBeGreaterThan(3_000);
    expect(disagreements(real)).toEqual([]);
    expect(disagreements(real.map((t) => t.normalize("NFD")))).toEqual([]);
    // Both answers occur for every pattern, so the comparison tells something.
    for (const [, mask] of PRETESTS) {
      const holding = real.filter((t) => (textCensus(t) & mask) !== 0).length;
      expect(holding).toBeGreaterThan(0);
      expect(holding).toBeLessThan(real.length);
    }
  });

  it("answers as each pattern on every unit, alone and beside each named unit", () => {
    expect(disagreements(units())).toEqual([]);
    expect(disagreements(unitPairs(), PAIR_PRETESTS)).toEqual([]);
  });

  it("answers as each pattern on random texts", () => {
    expect(disagreements(randomTexts(200_000))).toEqual([]);
  });

  it("lets typing-leftover walk LETTER_KEY_AT instead of FEATURE_AT where it finds no typing pair", () => {
    const real = realParagraphTexts();
    const upper = ["TW", "Website", "ODA", "FDI", "ĐOÀN", "THOẠI", "ADDA", "xDD đi", "fAA", "wOO"];
    for (const texts of [real, real.map((t) => t.normalize("NFD")), upper, randomTexts(100_000)]) {
      const { walked, wrong } = keyWalkDisagreements(texts);
      expect(wrong).toEqual([]);
      expect(walked).toBeGreaterThan(0);
    }
    // Some of them have keys to find.
    expect(
      real.filter((t) => (textCensus(t) & CENSUS_TYPING_PAIR) === 0 && LETTER_KEY_AT.test(t)).length
    ).toBeGreaterThan(0);
    LETTER_KEY_AT.lastIndex = 0;
  });

  it("finds an i form (spelling/i-y) wherever a text holds one of Y_FORMS' i spellings", () => {
    const iForms = Object.keys(Y_FORMS);
    const holdsIForm = (t: string) => iForms.some((form) => t.includes(form));
    const real = realParagraphTexts();
    const upper = [...iForms, ...iForms.map((f) => `${f} `), "quản lí", "kĩ thuật", "quĩ"];
    const missed: string[] = [];
    for (const texts of [real, upper, randomTexts(100_000)])
      for (const text of texts)
        if (holdsIForm(text) && (textCensus(text) & CENSUS_I_FORM) === 0 && missed.length < 10)
          missed.push(JSON.stringify(text));
    expect(missed).toEqual([]);
    // …and it says no for most real paragraphs: a pre-test, not a constant.
    const said = real.filter((t) => (textCensus(t) & CENSUS_I_FORM) !== 0).length;
    expect(said).toBeLessThan(real.length / 2);
  });

  it("says f, j or w only where FEATURE_IN_TEXT matches, so typing-leftover need not ask it there", () => {
    const wrong: string[] = [];
    for (const texts of [realParagraphTexts(), units(), randomTexts(100_000)])
      for (const text of texts)
        if ((textCensus(text) & CENSUS_KEY_LETTER) !== 0 && !FEATURE_IN_TEXT.test(text))
          wrong.push(JSON.stringify(text));
    expect(wrong).toEqual([]);
    expect(FEATURE_IN_TEXT.test("TW")).toBe(true);
  });
});
