import { isPlainMapping, mapText, mapTextOnce } from "../../src/citations/mapped-text";
import { CENSUS_UNPLAIN, textCensus } from "../../src/text/census";

describe("mapTextOnce", () => {
  it("maps a text the same when its census says whether it is plain, for every UTF-16 unit", () => {
    const differing: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [`số${char}12`, `a ${char}${char} b`, `${char}`]) {
        const told = mapTextOnce(text, (textCensus(text) & CENSUS_UNPLAIN) === 0);
        const scanned = mapTextOnce(text);
        const same =
          told.text === scanned.text &&
          isPlainMapping(told) === isPlainMapping(scanned) &&
          told.starts.slice(0, told.text.length).join() ===
            scanned.starts.slice(0, scanned.text.length).join() &&
          told.ends.slice(0, told.text.length).join() ===
            scanned.ends.slice(0, scanned.text.length).join();
        if (!same) differing.push(unit.toString(16));
      }
    }
    expect(differing).toEqual([]);
  });

  it("gives mapText's mapping", () => {
    for (const text of ["Quyết định số 12/QĐ-UBND", "số 1300\u2011KL/TU", "a\u00a0 b", "hoa\u0300"])
      expect(mapTextOnce(text)).toEqual(mapText(text));
  });
});

describe("isPlainMapping", () => {
  it("is true only for a text with nothing to normalise", () => {
    expect(isPlainMapping(mapText("Kết luận số 1300-KL/TU"))).toBe(true);
    expect(isPlainMapping(mapText("Kết luận số\u00a01300-KL/TU"))).toBe(false);
    expect(isPlainMapping(mapText("Kết luận số  1300–KL/TU"))).toBe(false);
    // A space other than U+0020 before a combining mark stays in the matching form: the text is not plain.
    expect(isPlainMapping(mapText("số\u00a0\u0301 12"))).toBe(false);
  });
});
