import { isPlainMapping, mapText, mapTextOnce } from "../../src/citations/mapped-text";
import { isTidy } from "../../src/text/normalize";

describe("mapTextOnce", () => {
  it("maps a tidy text the same whether or not the caller says it is tidy, for every UTF-16 unit", () => {
    const differing: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [`số${char}12`, `a ${char}${char} b`, `${char}`]) {
        if (!isTidy(text)) continue;
        const told = mapTextOnce(text, true);
        const plain = mapTextOnce(text);
        const same =
          told.text === plain.text &&
          isPlainMapping(told) === isPlainMapping(plain) &&
          told.starts.slice(0, told.text.length).join() ===
            plain.starts.slice(0, plain.text.length).join() &&
          told.ends.slice(0, told.text.length).join() ===
            plain.ends.slice(0, plain.text.length).join();
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
