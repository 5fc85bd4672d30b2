// Keys a file or a user can name that a plain object inherits: every table looked up by such a key must ignore them.

import { thethuc } from "../helpers/cli";
import { checkSnapshot } from "../../src/check/engine";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { textWidthMm } from "../../src/text/text-width";
import { decodeTelex, decodeVni } from "../../src/text/typing-leftovers";
import { ownValue } from "../../src/text/own-value";
import { tinyDocx } from "../helpers/hostile";
import { tempDir } from "../helpers/tools";
import { join } from "node:path";
import { existsSync } from "node:fs";

export const PROTOTYPE_KEYS = [
  "constructor",
  "__proto__",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
] as const;

const dir = tempDir("prototype-keys");

describe("ownValue", () => {
  it.each(PROTOTYPE_KEYS)("finds nothing for %s in a table that does not hold it", (key) => {
    expect(ownValue({ left: "left" }, key)).toBeUndefined();
  });
  it("finds what the table holds", () => {
    expect(ownValue({ left: "x" }, "left")).toBe("x");
  });
});

describe("w:jc (ALIGNMENTS) and run properties named by the file", () => {
  it.each(PROTOTYPE_KEYS)('reads and checks <w:jc w:val="%s"/> as no alignment', (key) => {
    const docx = tinyDocx(
      `<w:p><w:pPr><w:jc w:val="${key}"/><w:rPr><w:rFonts w:ascii="${key}"/></w:rPr></w:pPr>` +
        `<w:r><w:rPr><w:rStyle w:val="${key}"/><w:u w:val="${key}"/></w:rPr><w:t>Điều 1. Nội dung</w:t></w:r></w:p>`
    );
    const snapshot = readDocx(docx);
    expect(snapshot.paragraphs[0]?.align).toBe("left");
    expect(() => checkSnapshot(snapshot)).not.toThrow();
  });
  it.each(PROTOTYPE_KEYS)("checks a paragraph style and a font named %s", (key) => {
    const docx = tinyDocx(
      `<w:p><w:pPr><w:pStyle w:val="${key}"/></w:pPr><w:r><w:rPr><w:rFonts w:hAnsi="${key}"/></w:rPr><w:t>${key}</w:t></w:r></w:p>`
    );
    expect(() => checkSnapshot(readDocx(docx))).not.toThrow();
  });
});

describe("words of the text looked up in tables (i/y forms, signing marks, citation parts, Telex/VNI tones)", () => {
  it("checks text made of prototype names without crashing or inventing fixes", () => {
    const text = PROTOTYPE_KEYS.join(" ");
    const docx = tinyDocx(
      [
        text,
        `${PROTOTYPE_KEYS.map((k) => `${k}.`).join(" ")}`,
        `Điều ${PROTOTYPE_KEYS.join(", khoản ")} của Luật ${PROTOTYPE_KEYS[0]}`,
        "KT. constructor",
        "__proto__ lí kĩ qui",
      ]
        .map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`)
        .join("")
    );
    const result = checkSnapshot(readDocx(docx));
    for (const finding of result.findings) {
      expect(typeof finding.message).toBe("string");
      if (finding.fix?.kind === "text") expect(typeof finding.fix.replacement).toBe("string");
    }
  });
  it.each(PROTOTYPE_KEYS)("decodes %s as neither Telex nor VNI tones", (key) => {
    expect(() => decodeTelex(key.toLowerCase())).not.toThrow();
    expect(() => decodeVni(key.toLowerCase())).not.toThrow();
  });
  it.each(PROTOTYPE_KEYS)("measures %s as text", (key) => {
    expect(Number.isFinite(textWidthMm(key, 13, false))).toBe(true);
  });
});

describe("thethuc new --set tham-quyen (AUTHORITIES)", () => {
  it.each(PROTOTYPE_KEYS)("refuses tham-quyen=%s with exit 2 and writes nothing", async (key) => {
    const output = join(dir, `${key}.docx`);
    const { code, stderr } = await thethuc([
      "new",
      "quyet-dinh",
      "--set",
      `tham-quyen=${key}`,
      "-o",
      output,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("tham-quyen");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(output)).toBe(false);
  });
  it.each(PROTOTYPE_KEYS)("refuses the --set key %s", async (key) => {
    const { code } = await thethuc([
      "new",
      "quyet-dinh",
      "--set",
      `${key}=x`,
      "-o",
      join(dir, "k.docx"),
    ]);
    expect(code).toBe(2);
  });
});
