// What the CLI prints is text, not terminal commands: control characters from file names and documents are escaped,
// and one reason stays one line.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { thethuc } from "../helpers/cli";
import { terminalJson, terminalText } from "../../src/text/terminal-text";
import { storedDocx, tinyDocx } from "../helpers/hostile";
import { tempDir } from "../helpers/tools";

const dir = tempDir("terminal-text");
// ESC, CSI (C1), CR, BS, BEL, right-to-left override, line separator.
const HOSTILE = "\u001b[31m\u009b2J\r\b\u0007\u202e\u2028";
// eslint-disable-next-line no-control-regex -- what must never reach the terminal raw
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe("terminalText", () => {
  it("escapes every control character, newline included", () => {
    expect(terminalText(`a${HOSTILE}\nb\tc`)).toBe(
      "a\\x1b[31m\\x9b2J\\r\\x08\\x07\\u202e\\u2028\\nb\\tc"
    );
  });
  it("leaves Vietnamese, emoji and RTL letters as they are", () => {
    const text = "Cộng hòa xã hội chủ nghĩa Việt Nam 🇻🇳 שלום";
    expect(terminalText(text)).toBe(text);
  });
  it("keeps JSON readable as the same value", () => {
    const value = { text: `x${HOSTILE}y` };
    const json = terminalJson(JSON.stringify(value));
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("thethuc check prints no raw control character", () => {
  it("escapes an unreadable file's name and keeps its reason on one line", async () => {
    const file = join(dir, `x${HOSTILE}\nthethuc: giả mạo.docx`);
    writeFileSync(file, "not a zip");
    const { code, stderr } = await thethuc(["check", file]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain("\\x1b[31m");
  });
  it("escapes document text in the text report and in JSON", async () => {
    const file = join(dir, "text.docx");
    // XML carries C1 and bidirectional controls as characters and a newline as a reference.
    const body = `<w:p><w:r><w:t xml:space="preserve">Điều 1.  Văn bản\u009b2J\u202e có&#10;dòng  mới và (ABC) ${"  "}</w:t></w:r></w:p>`;
    writeFileSync(file, tinyDocx(body));
    for (const format of ["text", "json", "sarif"]) {
      const { stdout, stderr } = await thethuc(["check", "--format", format, file]);
      expect(stdout).not.toMatch(RAW);
      expect(stderr).not.toMatch(RAW);
    }
  });
  it("escapes control characters in refs output", async () => {
    const file = join(dir, `refs${HOSTILE}.docx`);
    writeFileSync(
      file,
      storedDocx(
        `<w:p><w:r><w:t>Căn cứ Luật Đất đai (viết tắt là LĐĐ\u009b\u202e); Nghị định số 30/2020/NĐ-CP</w:t></w:r></w:p>`
      )
    );
    for (const format of ["text", "json"]) {
      const { stdout, stderr } = await thethuc(["refs", "--format", format, file]);
      expect(stdout).not.toMatch(RAW);
      expect(stderr).not.toMatch(RAW);
    }
  });
  it("escapes what commander quotes back", async () => {
    const { code, stderr } = await thethuc(["check", "--format", `x${HOSTILE}`, "a.docx"]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW);
  });
  it("escapes a usage error that quotes a --set key", async () => {
    const { code, stderr } = await thethuc([
      "new",
      "quyet-dinh",
      "--set",
      `k${HOSTILE}=1`,
      "-o",
      join(dir, "n.docx"),
    ]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW);
  });
});
