import { decodeTelex, decodeVni } from "../../src/text/typing-leftovers";

describe("decodeTelex", () => {
  it.each([
    ["dduwowcj", "được", true],
    ["tieesng", "tiếng", false],
    ["vieejc", "việc", true],
    ["hoaf", "hòa", true],
    ["nayf", "này", true],
    ["cuar", "của", false],
    ["ddoongf", "đồng", true],
    ["nhwng", "nhưng", true],
    ["truwowngf", "trường", true],
    ["tees", "tế", false],
  ] as const)("%s → %s (strong: %s)", (token, word, strong) => {
    expect(decodeTelex(token)).toEqual({ word, strong });
  });

  it("places an open oa, oe, uy tone as asked", () => {
    expect(decodeTelex("hoaf", "second")?.word).toBe("hoà");
    expect(decodeTelex("thuyr", "second")?.word).toBe("thuỷ");
  });

  it.each([
    ["no key at all", "theo"],
    ["a tone key before more vowels (virus is not víu)", "virus"],
    ["a vowel key after the tone key (there is not thể)", "there"],
    ["a lone s before final consonants (best, most)", "best"],
    ["two tone keys", "cars"],
    ["a decoding that is no syllable (ddaxt → đãt)", "ddaxt"],
    ["an English word (chat)", "chat"],
  ])("leaves %s: “%s”", (_, token) => {
    expect(decodeTelex(token)).toBeNull();
  });
});

describe("decodeVni", () => {
  it.each([
    ["vie65t", "việt"],
    ["d9u7o7c5", "được"],
    ["nha2", "nhà"],
    ["truo72ng", "trường"],
  ])("%s → %s", (token, word) => {
    expect(decodeVni(token)).toEqual({ word, strong: true });
  });

  it.each(["pm25", "abc1", "a12", "xe0"])("leaves the code “%s”", (token) => {
    expect(decodeVni(token)).toBeNull();
  });
});
