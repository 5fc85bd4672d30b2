import { DATE_SHAPE, nextTextDate, TEXT_DATE } from "../../src/check/rules/date";
import { MAYBE_ANY, MAYBE_MISSING, MAYBE_SPACE_BEFORE } from "../../src/check/rules/spacing";
import { FEATURE_IN_TEXT, MAYBE_FEATURE } from "../../src/check/rules/spelling";
import { codePointClass } from "../../src/text/code-point-class";
import { nextMatchNotAfter } from "../../src/text/matches-not-after";
import { realParagraphTexts } from "../helpers/real-documents";

// A rule's cheap pretest may say "maybe" where the exact test says no, never "no" where it says yes: checked on the
// real paragraphs, their NFD copies, every UTF-16 unit beside the characters the patterns name, and random texts.

/** Every UTF-16 unit after and before each character the patterns name, and astral letters and digits. */
function unitPairs(): string[] {
  const named = "fjwFJWsrxSRXdDaAeEoOiuyIUY0 ,.;:?!)(\u00a0/-";
  const texts: string[] = [];
  for (let unit = 0; unit < 0x10000; unit++) {
    const c = String.fromCharCode(unit);
    texts.push(`${named}${c}`, `${c}${named}`, `s${c}`, `${c}1`, `,${c}`, `${c},`);
  }
  texts.push("𝐀1", "a𝐀", "s𝐀", ",𝐀", "𠀀5", "x\u{1F600}");
  return texts;
}

/** Random texts over an alphabet dense in what the patterns look at. */
function randomTexts(count: number): string[] {
  const alphabet = [..."fjwsrxdaeoiuyFJWSRXDAEOIUY019 ,.;:?!()\u00a0ăđơưạếờ\u0300\u0301×÷-/"];
  let seed = 13;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]).join("")
  );
}

describe("cheap pretests", () => {
  const real = realParagraphTexts();
  const texts = [
    ...real,
    ...real.map((t) => t.normalize("NFD")),
    ...unitPairs(),
    ...randomTexts(200_000),
  ];

  it("typing-leftover: MAYBE_FEATURE holds wherever FEATURE_IN_TEXT does", () => {
    const missed = texts.filter((t) => FEATURE_IN_TEXT.test(t) && !MAYBE_FEATURE.test(t));
    expect(missed).toEqual([]);
    // …and it lets some Vietnamese text through that the exact pattern would read: a pretest, not a copy.
    expect(real.filter((t) => MAYBE_FEATURE.test(t)).length).toBeLessThan(real.length);
  });

  it("date/impossible: DATE_SHAPE holds wherever TEXT_DATE matches", () => {
    const dates = [
      "ngày 31/6/2023",
      "NGÀY 30 THÁNG 02 NĂM 2024",
      "Ngày 1 Tháng 1 Năm 2020",
      "(31 - 6 - 2023)",
      "12.3.2023",
      "ngày 5 tHáNg 7 nĂm 2021",
    ];
    const exact = (t: string) => {
      TEXT_DATE.lastIndex = 0;
      const found = TEXT_DATE.test(t);
      TEXT_DATE.lastIndex = 0;
      return found;
    };
    const missed = [...texts, ...dates].filter((t) => exact(t) && !DATE_SHAPE.test(t));
    expect(missed).toEqual([]);
    expect(dates.every(exact)).toBe(true);
    // The letters DATE_SHAPE spells in both cases are the only ones the i flag folds to them.
    for (const letter of "thángnăm") {
      const folded = new RegExp(`^${letter}$`, "iu");
      const units: string[] = [];
      for (let unit = 0; unit < 0x10000; unit++)
        if (folded.test(String.fromCharCode(unit))) units.push(String.fromCharCode(unit));
      expect(units.sort()).toEqual([letter.toUpperCase(), letter].sort());
    }
  });

  it("date/impossible: nextTextDate finds the dates a walk of TEXT_DATE from each date finds", () => {
    const notAfter = codePointClass(/^[\p{L}\d/.-]$/u);
    const walk = (t: string, next: (t: string) => RegExpExecArray | null) => {
      const found: string[] = [];
      TEXT_DATE.lastIndex = 0;
      for (let match = next(t); match; match = next(t)) found.push(`${match.index}:${match[0]}`);
      return TEXT_DATE.lastIndex === 0 ? found.join("|") : "lastIndex left set";
    };
    // Texts dense in dates and near-dates: "ngày" in any case or not quite, white space, one or two digits,
    // separators alike or not, years of three to five digits, and what may stand before and after.
    const pick = <T>(items: readonly T[]) => items[next() % items.length] as T;
    let seed = 29;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const before = [
      "",
      "ngày ",
      "NGÀY  ",
      "Ngày\u00a0",
      "ngay ",
      "x",
      "1",
      "/",
      "𝐀",
      "(",
      "ngày\t",
    ];
    const digits = () => String(next() % 10 ** (1 + (next() % 2)));
    const year = () => String(next() % 10 ** (3 + (next() % 3)));
    const between = ["/", ".", "-", " / ", " ", " tháng ", " THÁNG ", " năm ", " Năm  "];
    const after = ["", "/", "1", " ", ".", ", ngày 5/5/2020", "x"];
    const dense = Array.from({ length: 60_000 }, () =>
      [pick(before), digits(), pick(between), digits(), pick(between), year(), pick(after)]
        .join("")
        .repeat(1 + (next() % 2))
    );
    const dates = [
      "ngày 31/6/2023 và ngày 1/1/2024",
      "NGÀY  30 THÁNG 02 NĂM 2024",
      "a1/2/2023 ngày\u00a012/3/2023",
    ];
    let withDates = 0;
    const differ: string[] = [];
    for (const t of [...texts, ...dense, ...dates]) {
      const exact = walk(t, (x) => nextMatchNotAfter(TEXT_DATE, x, notAfter));
      if (walk(t, nextTextDate) !== exact) differ.push(t);
      if (exact !== "") withDates++;
    }
    expect(differ).toEqual([]);
    expect(withDates).toBeGreaterThan(5_000);
  });

  it("spacing/punctuation: MAYBE_ANY holds wherever one of the three line tests does", () => {
    const missed = texts.filter(
      (t) =>
        (MAYBE_SPACE_BEFORE.test(t) ||
          t.includes("( ") ||
          t.includes("(\u00a0") ||
          MAYBE_MISSING.test(t)) &&
        !MAYBE_ANY.test(t)
    );
    expect(missed).toEqual([]);
  });
});
