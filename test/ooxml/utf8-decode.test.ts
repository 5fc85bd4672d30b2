import { unzipSync } from "fflate";
import {
  DECODE_PIECE,
  decodeUtf8,
  type PackageParts,
  readZipPackage,
} from "../../src/ooxml/package-reader";
import { readDocx, snapshotOf } from "../../src/ooxml/snapshot-reader";
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

describe("the body read in pieces", () => {
  // The reader feeds document.xml to saxes in pieces of at most DECODE_PIECE units, not as one string. The same
  // package with each part as one piece must give the same snapshot: saxes carries a name, a text, an entity, a CR or
  // a surrogate pair cut by a piece's end over to the next piece.
  const whole = (parts: PackageParts): PackageParts => ({
    get: (name) => parts.get(name),
    pieces: (name) => {
      const text = parts.get(name);
      return text === undefined ? undefined : [text];
    },
    has: (name) => parts.has(name),
    names: () => parts.names(),
  });
  const samePieces = (bytes: Uint8Array) => {
    const parts = readZipPackage(bytes);
    const pieces = parts.pieces("word/document.xml")!;
    expect(pieces.join("")).toBe(plain(unzipSync(bytes)["word/document.xml"]!));
    // A part of a megabyte or more is decoded in one string (an external string in Node).
    if (unzipSync(bytes)["word/document.xml"]!.length < 1024 * 1024)
      for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(DECODE_PIECE);
    expect(snapshotOf(readZipPackage(bytes))).toEqual(snapshotOf(whole(readZipPackage(bytes))));
    return pieces.length;
  };

  it("every real document", () => {
    const dir = join(__dirname, "..", "fixtures", "real");
    let cut = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".docx")))
      if (samePieces(readFileSync(join(dir, name))) > 1) cut++;
    expect(cut).toBeGreaterThan(10);
  });

  it.each([0, 1, 2, 3])(
    "astral letters, CR LF, entities and long names cut anywhere (shifted by %i)",
    (shift) => {
      const unit =
        '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>' +
        '<w:t xml:space="preserve">𝒜𝒝 Đảng\r\n&amp;&lt;&#x1D49C; ủy</w:t></w:r></w:p>';
      const bytes = packageOf("a".repeat(shift) + unit.repeat(3_000));
      expect(samePieces(bytes)).toBeGreaterThan(5);
      const texts = new Set(readDocx(bytes).paragraphs.map((p) => p.text));
      expect([...texts]).toEqual(["𝒜𝒝 Đảng\n&<𝒜 ủy"]);
    }
  );
});
