// The zip layer trusts nothing the file declares: counts and sizes are bounded before any loop, and the budget counts
// the bytes actually unpacked. Each case is a fuzzer finding rebuilt small; the bound is on work, not on wall time.

import { strToU8, zipSync } from "fflate";
import {
  DocxReadError,
  PACKAGE_LIMITS,
  type PackageLimits,
  readZipPackage,
} from "../../src/ooxml/package-reader";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import {
  lyingPackedSizeDocx,
  manyLargePartsDocx,
  tinyDocx,
  withDeclaredSizes,
  zip64EntryCountDocx,
} from "../helpers/hostile";

/** Small limits, so the tests build small inputs; the code paths are those of the real limits. */
const SMALL: PackageLimits = {
  ...PACKAGE_LIMITS,
  partBytes: 2 * 1024 * 1024,
  totalBytes: 3 * 1024 * 1024,
};

function reasonOf(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    const reason = (error as DocxReadError).reason;
    expect(reason.split("\n")).toHaveLength(1);
    return reason;
  }
  throw new Error("expected a refusal");
}

/** `bytes` of ASCII that deflate compresses poorly. */
function varied(bytes: number): string {
  let seed = 7;
  let text = "";
  while (text.length < bytes) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    text += `${seed.toString(36)} `;
  }
  return text.slice(0, bytes);
}

describe("declared counts are checked against the file before any loop", () => {
  it("refuses a zip64 end record claiming 268 million entries", () => {
    expect(reasonOf(() => readDocx(zip64EntryCountDocx()))).toMatch(/268435456/);
  });
  it("refuses a count below the limit that the central directory cannot hold", () => {
    expect(reasonOf(() => readDocx(zip64EntryCountDocx(PACKAGE_LIMITS.entries)))).toMatch(
      /hỏng|corrupt/
    );
  });
  it("still reads a zip64 end record that tells the truth", () => {
    expect(readDocx(zip64EntryCountDocx(1)).paragraphs[0]?.text).toBe("Xin chào");
  });
});

describe("inflating counts the bytes it produces, not what the zip declares", () => {
  it("refuses a part declaring 4 GB packed and 1 KB unpacked that unpacks far beyond", () => {
    const bytes = lyingPackedSizeDocx(8);
    expect(bytes.length).toBeLessThan(100 * 1024);
    expect(reasonOf(() => readDocx(bytes))).toMatch(/zip bomb/);
  });
  it("refuses a part whose unpacked bytes pass the part budget at an ordinary ratio", () => {
    // Varied text compresses about 3:1, under the ratio limit: only the running count of bytes can stop it.
    const text = varied(SMALL.partBytes + 1024);
    const zipped = zipSync({ "word/document.xml": strToU8(text) }, { level: 1 });
    const lying = withDeclaredSizes(zipped, "word/document.xml", { unpacked: 1000 });
    expect(reasonOf(() => readZipPackage(lying, SMALL).get("word/document.xml"))).toMatch(
      /part too large when unpacked: more than/
    );
    expect(readZipPackage(lying).get("word/document.xml")).toBe(text);
  });
  it("reads a document beside 250 parts of 1 MB without unpacking parts it does not need", () => {
    const bytes = manyLargePartsDocx(250);
    expect(bytes.length).toBeLessThan(400 * 1024);
    expect(readDocx(bytes).paragraphs[0]?.text).toBe("Xin chào");
  });
  it("keeps a running total across the parts it unpacks", () => {
    const part = strToU8(varied(SMALL.partBytes - 1024));
    const bytes = zipSync({ "word/document.xml": part, "word/styles.xml": part }, { level: 0 });
    const parts = readZipPackage(bytes, SMALL);
    expect(parts.get("word/styles.xml")?.length).toBe(part.length);
    expect(reasonOf(() => parts.get("word/document.xml"))).toMatch(/package passes/);
  });
  it("reads a part whose header declares fewer or more unpacked bytes than it holds", () => {
    // A small part is inflated whole into a buffer of its declared size; a header that is wrong either way still reads.
    for (const unpacked of [10, 5_000_000])
      expect(
        readDocx(withDeclaredSizes(tinyDocx(), "word/document.xml", { unpacked })).paragraphs[0]
          ?.text
      ).toBe("Xin chào");
  });
  it("reads a part of several megabytes whole, its header telling the truth or not", () => {
    // Too large to inflate in one call, so the streaming path reads it: Vietnamese text, whose characters of two and
    // three bytes fall across the inflater's chunks, comes back exactly.
    const text = varied(6 * 1024 * 1024).replace(
      /[aeo]/g,
      (letter) => ({ a: "ạ", e: "ể", o: "ồ" })[letter] as string
    );
    const zipped = zipSync({ "word/document.xml": strToU8(text) }, { level: 1 });
    for (const unpacked of [strToU8(text).length, 1000, 90 * 1024 * 1024])
      expect(
        readZipPackage(withDeclaredSizes(zipped, "word/document.xml", { unpacked })).get(
          "word/document.xml"
        )
      ).toBe(text);
  });
  it("refuses a part above 1 MB unpacking at more than the ratio limit, its header telling the truth", () => {
    const text = " ".repeat(2 * 1024 * 1024);
    const zipped = zipSync({ "word/document.xml": strToU8(text) });
    expect(zipped.length * PACKAGE_LIMITS.ratio).toBeLessThan(text.length);
    expect(reasonOf(() => readZipPackage(zipped).get("word/document.xml"))).toMatch(
      /ratio above 200:1/
    );
  });
  it("reads data only up to the next entry even when the packed size claims more", () => {
    const bytes = withDeclaredSizes(tinyDocx(), "word/document.xml", { packed: 0xfffffffe });
    expect(readDocx(bytes).paragraphs[0]?.text).toBe("Xin chào");
  });
});

describe("broken central directories are a one-line reason", () => {
  it.each([
    ["no end record", (b: Uint8Array) => b.slice(0, b.length - 22)],
    [
      "directory offset past the end",
      (b: Uint8Array) => {
        const out = b.slice();
        new DataView(out.buffer).setUint32(out.length - 6, 0x7fffffff, true);
        return out;
      },
    ],
    [
      "local header offset past the end",
      (b: Uint8Array) => {
        const out = b.slice();
        const view = new DataView(out.buffer);
        const directory = view.getUint32(out.length - 6, true);
        view.setUint32(directory + 42, 0x7ffffff0, true);
        return out;
      },
    ],
    [
      "unknown compression method",
      (b: Uint8Array) => {
        const out = b.slice();
        const view = new DataView(out.buffer);
        const directory = view.getUint32(out.length - 6, true);
        view.setUint16(directory + 10, 99, true);
        return out;
      },
    ],
    [
      "encrypted entry",
      (b: Uint8Array) => {
        const out = b.slice();
        const view = new DataView(out.buffer);
        const directory = view.getUint32(out.length - 6, true);
        view.setUint16(directory + 8, 1, true);
        return out;
      },
    ],
  ])("%s", (_name, mutate) => {
    expect(reasonOf(() => readDocx(mutate(tinyDocx())))).not.toBe("");
  });
});
