import { unzipSync } from "fflate";
import { decodeUtf8 } from "../../src/ooxml/package-reader";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { packageOf } from "../helpers/big-docx";
import { withDeclaredSizes } from "../helpers/hostile";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

// The reader decodes parts by TextDecoder's streaming path (decodeUtf8) because Node's one-shot path is several times
// slower; the string must be the one a plain decode gives, for good text and bad bytes alike.
const plain = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("decodeUtf8 gives the plain decode's string", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  const cases: [string, Uint8Array][] = [
    ["empty", bytes()],
    ["ASCII", new TextEncoder().encode("<w:t>Kết luận</w:t> abc")],
    ["a byte order mark at the start", bytes(0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf)],
    ["a multi-byte sequence cut at the end", bytes(0x41, 0xe1, 0xba)],
    ["a lone continuation byte", bytes(0x80, 0x41)],
    ["an overlong form", bytes(0xc0, 0xaf, 0x41)],
    ["a surrogate encoded in UTF-8", bytes(0xed, 0xa0, 0x80)],
    ["a four-byte character", new TextEncoder().encode("𝒜 Đảng")],
    ["bytes past U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80)],
  ];
  it.each(cases)("%s", (_name, input) => {
    expect(decodeUtf8(input)).toBe(plain(input));
  });

  it("every part of every real document", () => {
    const dir = join(__dirname, "..", "fixtures", "real");
    let parts = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".docx"))) {
      for (const part of Object.values(unzipSync(readFileSync(join(dir, name))))) {
        expect(decodeUtf8(part)).toBe(plain(part));
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(500);
  });

  it("random bytes, mostly UTF-8 lead and continuation bytes", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let i = 0; i < 2_000; i++) {
      const input = Uint8Array.from({ length: next() % 40 }, () =>
        next() % 3 === 0 ? next() % 128 : 0x80 + (next() % 128)
      );
      expect(decodeUtf8(input)).toBe(plain(input));
    }
  });
});

describe("a part decoded in pieces", () => {
  // A part whose declared size is wrong is unpacked chunk by chunk and decoded a few megabytes at a time (in stream
  // mode, flushed after the last piece); its text must be what was written. Paragraphs mostly of letters with
  // diacritics (two or three bytes each), after a first one of `shift` ASCII letters.
  const texts = (shift: number) => [
    "a".repeat(shift),
    ...Array.from(
      { length: 20_000 },
      (_, i) => `Điều ${i}. ${"Ủỷ ỹỵ ửữ ựừ ứđ Đồng ".repeat(12)}${i * 7}`
    ),
  ];
  it.each([0, 1, 2])(
    "shifted by %i: read whole or in pieces, every paragraph's text as written",
    (shift) => {
      const written = texts(shift);
      const bytes = packageOf(written.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join(""));
      expect(unzipSync(bytes)["word/document.xml"]!.length).toBeGreaterThan(4 * 1024 * 1024);
      for (const docx of [
        bytes,
        withDeclaredSizes(bytes, "word/document.xml", { unpacked: 1_000 }),
      ])
        expect(readDocx(docx).paragraphs.map((p) => p.text)).toEqual(written);
    }
  );
});
