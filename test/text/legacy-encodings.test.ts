import {
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  VIETNAMESE_LOWER,
} from "../../src/text/legacy-encodings";
import { detectLegacyText } from "../../src/text/legacy-text";

// Every Vietnamese letter with every tone, in both cases: 12 vowels × 6 tones and đ, less the ASCII ones.
const LOWER = VIETNAMESE_LOWER;
const UPPER = LOWER.map((letter) => letter.toLocaleUpperCase("vi"));
const ALL = [...LOWER, ...UPPER];

describe("the Vietnamese letter list", () => {
  it("holds 12 × 6 + 1 letters less the five plain ASCII vowels and y", () => {
    expect(LOWER).toHaveLength(12 * 6 + 1 - 6);
    expect(new Set(ALL).size).toBe(ALL.length);
  });
});

describe("TCVN3 (ABC)", () => {
  it.each(LOWER)("round-trips “%s” in .VnTime", (letter) => {
    const code = encodeTcvn3(letter, ".VnTime");
    expect(code).toHaveLength(1);
    expect(decodeTcvn3(code, ".VnTime")).toBe(letter);
  });

  it.each(UPPER)("round-trips “%s” in .VnTimeH", (letter) => {
    expect(decodeTcvn3(encodeTcvn3(letter, ".VnTimeH"), ".VnTimeH")).toBe(letter);
  });

  it("gives every lower-case letter its own code", () => {
    const codes = LOWER.map((letter) => encodeTcvn3(letter));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("has codes of their own for the capitals without tone (Ă Â Ê Ô Ơ Ư Đ)", () => {
    for (const letter of ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])
      expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
    expect(encodeTcvn3("ĂÂÊÔƠƯĐ")).toBe("¡¢£¤¥¦§");
  });

  it("refuses a toned capital outside an upper-case font", () => {
    expect(() => encodeTcvn3("Ủy")).toThrow(RangeError);
  });

  it("round-trips a whole sentence in both fonts", () => {
    const text = "Cộng hoà xã hội chủ nghĩa Việt Nam, được phép đỗ lại.";
    expect(decodeTcvn3(encodeTcvn3(text))).toBe(text);
    expect(decodeTcvn3(encodeTcvn3(text, ".VnTimeH"), ".VnTimeH")).toBe(
      text.toLocaleUpperCase("vi")
    );
  });

  it("decodes the real signatures of conventions §5 H03", () => {
    expect(decodeTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe(
      "Cộng hoà xã hội chủ nghĩa Việt Nam"
    );
    expect(decodeTcvn3("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(decodeTcvn3("Uû ban nh©n d©n")).toBe("Uỷ ban nhân dân");
    expect(decodeTcvn3("céng hoµ x· héi chñ nghÜa viÖt nam", ".VnTimeH")).toBe(
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    );
  });
});

describe("VNI Windows", () => {
  it.each(ALL)("round-trips “%s”", (letter) => {
    expect(decodeVni(encodeVni(letter))).toBe(letter);
  });

  it("gives every letter its own code", () => {
    const codes = ALL.map((letter) => encodeVni(letter));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("round-trips every letter between two others, so codes never run together", () => {
    for (const letter of ALL)
      for (const neighbour of ["a", "o", "ư", "Ơ", "i", "n"]) {
        const text = `${neighbour}${letter}${neighbour}`;
        expect(decodeVni(encodeVni(text))).toBe(text);
      }
  });

  it("decodes the real signature of conventions §5 H04 and common words", () => {
    expect(decodeVni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe(
      "Cộng hòa xã hội chủ nghĩa Việt Nam"
    );
    expect(decodeVni("ñöôïc ngöôøi Ñoäc laäp - Töï do - Haïnh phuùc")).toBe(
      "được người Độc lập - Tự do - Hạnh phúc"
    );
    expect(decodeVni("COÄNG HOØA")).toBe("CỘNG HÒA");
  });
});

describe("detectLegacyText", () => {
  const detect = (text: string) => detectLegacyText(text)?.encoding ?? null;

  it.each([
    ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "TCVN3"],
    ["§éc lËp - Tù do - H¹nh phóc", "TCVN3"],
    ["Uû ban nh©n d©n", "TCVN3"],
    [encodeTcvn3("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở."), "TCVN3"],
    ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "VNI"],
    [encodeVni("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở."), "VNI"],
    [encodeVni("Ủy ban nhân dân tỉnh Lào Cai"), "VNI"],
  ])("finds “%s” to be %s", (text, encoding) => {
    expect(detect(text)).toBe(encoding);
  });

  it.each([
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Cộng hoà xã hội chủ nghĩa Việt Nam".normalize("NFD"),
    "Phần mềm Microsoft Word® © 2024, theo ý kiến của ông Müller và bà Ångström.",
    "§ 5 của hợp đồng; 5 µm; giá 1.000 đồng · năm 2024",
    "Quà tặng, quê hương, khoẻ mạnh, thuỷ lợi, uỷ ban, hoà bình, quý, tuý",
  ])("leaves “%s” alone", (text) => {
    expect(detect(text)).toBeNull();
  });
});
