// `thethuc fix` over the real documents: what it promises, checked as properties of every file it writes.

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fixFile } from "../../src/cli/fix-command";
import { thethuc } from "../helpers/cli";
import { citationRunsDocx } from "../helpers/big-docx";
import { expectFixProperties } from "../helpers/fix-properties";
import { renderPdf, tempDir, tool } from "../helpers/tools";

const REAL = join(__dirname, "..", "fixtures", "real");
const realFiles = readdirSync(REAL)
  .filter((name) => name.endsWith(".docx"))
  .map((name) => join(REAL, name));
const dir = tempDir("fix");
const OUTPUT = join(__dirname, "..", "..", "test-output");

describe("thethuc fix: properties over every real document", () => {
  const totals = new Map<string, number>();

  afterAll(() => {
    // The count of findings fixed, by rule, for the closing note.
    const rows = [...totals].sort((a, b) => b[1] - a[1]);
    // In test-output/, which stays: the temporary folder goes when the file's tests end.
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(
      join(OUTPUT, "fix-counts.txt"),
      rows.map(([rule, count]) => `${rule} ${count}`).join("\n")
    );
  });

  it.each(realFiles.map((file) => [file.replace(/^.*\//, ""), file]))("%s", (_name, file) => {
    const out = join(dir, "out");
    const result = fixFile(file, null, { profile: "auto", lang: "vi", draft: false, output: out });
    for (const { rule } of result.applied) totals.set(rule, (totals.get(rule) ?? 0) + 1);
    if (result.applied.length === 0) {
      expect(result.output).toBeNull();
      return;
    }
    expectFixProperties(
      readFileSync(file),
      readFileSync(result.output as string),
      result.applied,
      join(dir, file.replace(/^.*\//, "").replace(/\.docx$/, ""))
    );
  });
});

describe("thethuc fix on the command line", () => {
  const letter = realFiles.find((f) => f.includes("CV-597")) as string;

  it("fixes the Letter paper and margins of the converted letter, and LibreOffice renders it on A4", async () => {
    const out = join(dir, "cli");
    const { code, stdout } = await thethuc(["fix", "-o", out, letter]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/đã sửa \d+: .*page\/paper ×1/);
    const fixed = join(out, letter.replace(/^.*\//, ""));
    const check = await thethuc(["check", "--format", "json", fixed]);
    const rules = (
      JSON.parse(check.stdout) as { files: { findings: { rule: string }[] }[] }
    ).files[0]?.findings.map((f) => f.rule);
    expect(rules).not.toContain("page/paper");
    expect(rules).not.toContain("page/margins");
    mkdirSync(OUTPUT, { recursive: true });
    const pdfAfter = renderPdf(fixed, OUTPUT);
    expect(tool("pdfinfo", [pdfAfter])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    copyFileSync(letter, join(dir, "before.docx"));
    const pdfBefore = renderPdf(join(dir, "before.docx"), dir);
    copyFileSync(pdfBefore, join(OUTPUT, "fix-before.pdf"));
    copyFileSync(pdfAfter, join(OUTPUT, "fix-after.pdf"));
    expect(tool("pdfinfo", [pdfBefore])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  }, 300_000);

  it("--dry-run lists and writes nothing; --suffix writes beside; --in-place keeps a .bak", async () => {
    const work = join(dir, "modes");
    mkdirSync(work, { recursive: true });
    const copy = join(work, "letter.docx");
    copyFileSync(letter, copy);
    const dry = await thethuc(["fix", "--dry-run", copy]);
    expect(dry.stdout).toMatch(/sẽ sửa \d+/);
    expect(readdirSync(work)).toEqual(["letter.docx"]);
    await thethuc(["fix", "--suffix", ".da-sua", copy]);
    expect(existsSync(join(work, "letter.da-sua.docx"))).toBe(true);
    const original = readFileSync(copy);
    await thethuc(["fix", "--in-place", copy]);
    expect(Buffer.compare(readFileSync(`${copy}.bak`), original)).toBe(0);
    expect(Buffer.compare(readFileSync(copy), original)).not.toBe(0);
    expect((await thethuc(["fix", "--in-place", "-o", work, copy])).code).toBe(2);
  });

  it("--only and --except choose rules or categories; other text fixes are skipped with the reason", async () => {
    const only = await thethuc(["fix", "--dry-run", "--only", "page", letter]);
    expect(only.stdout).toMatch(
      /sẽ sửa \d+: page\/(?:margins|paper)[^,]*(?:, page\/(?:margins|paper) ×\d+)*\n/
    );
    const except = await thethuc([
      "fix",
      "--dry-run",
      "--except",
      "page/paper,page/margins",
      letter,
    ]);
    expect(except.stdout).not.toMatch(/page\//);
    const regulation = realFiles.find((f) => f.includes("QuyChe-LGSP")) as string;
    const all = await thethuc(["fix", "--dry-run", "--lang", "en", regulation]);
    expect(all.stdout).toMatch(
      /skipped \d+:\n.* — This text change needs a person to see it first/
    );
  });

  it("runs files in the worker pool: a file over --timeout gets its reason and exit 2, the others are fixed in order", async () => {
    const work = join(dir, "pool");
    mkdirSync(work, { recursive: true });
    const slow = join(work, "b-slow.docx");
    // As in the batch test: about 7 s of reading and checking, against well under a second for the letter.
    writeFileSync(slow, citationRunsDocx(20_000, 40));
    copyFileSync(letter, join(work, "a-letter.docx"));
    copyFileSync(letter, join(work, "c-letter.docx"));
    const out = join(dir, "pool-out");
    const { code, stdout, stderr } = await thethuc([
      "fix",
      "--jobs",
      "2",
      "--timeout",
      "1.5",
      "-o",
      out,
      work,
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${slow}: quá thời gian 1,5 giây (timed out after 1.5 s)\n`);
    // Each file's lines in the order of the folder, whichever worker finished first.
    expect(stdout.indexOf("a-letter.docx")).toBeLessThan(stdout.indexOf("c-letter.docx"));
    expect(stdout).toMatch(/Tổng cộng: 3 tệp/);
    expect(readdirSync(out).sort()).toEqual(["a-letter.docx", "c-letter.docx"]);
    expect(await thethuc(["fix", "--jobs", "0", letter])).toMatchObject({ code: 2 });
  }, 120_000);

  it("an unreadable file gets its reason and exit 2; the others are fixed", async () => {
    const bad = join(dir, "bad.docx");
    writeFileSync(bad, "not a zip");
    const { code, stderr, stdout } = await thethuc(["fix", "--dry-run", bad, letter]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.docx: không phải tệp \.docx/);
    expect(stdout).toMatch(/CV-597/);
  });
});
