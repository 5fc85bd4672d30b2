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
import { type Element, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { checkSnapshot } from "../../src/check/engine";
import type { Fix } from "../../src/check/types";
import { fixFile } from "../../src/cli/fix-command";
import { run } from "../../src/cli/main";
import { readDocx, SKIPPED_SUBTREES } from "../../src/ooxml/snapshot-reader";
import { parseXml, W, wElements } from "../helpers/docx";
import { renderPdf, tempDir, tool, WML_SCHEMA } from "../helpers/tools";

const REAL = join(__dirname, "..", "fixtures", "real");
const realFiles = readdirSync(REAL)
  .filter((name) => name.endsWith(".docx"))
  .map((name) => join(REAL, name));
const dir = tempDir("fix");
const OUTPUT = join(__dirname, "..", "..", "test-output");

async function thethuc(args: readonly string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(
    args,
    (text) => (stdout += text),
    (text) => (stderr += text)
  );
  return { code, stdout, stderr };
}

/** The text each paragraph should have: the original with the applied text fixes made, last to first. */
function expectedTexts(texts: readonly string[], fixes: readonly Fix[]): string[] {
  const out = [...texts];
  const textFixes = fixes
    .filter((fix): fix is Extract<Fix, { kind: "text" }> => fix.kind === "text")
    .sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  for (const fix of textFixes) {
    const text = out[fix.paragraph] as string;
    out[fix.paragraph] = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
  }
  return out;
}

/** xmllint's complaints about document.xml, without line numbers, so two files' lists compare. */
function schemaErrors(docx: Uint8Array, name: string): Set<string> {
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, unzipSync(docx)["word/document.xml"] as Uint8Array);
  try {
    tool("xmllint", ["--noout", "--nonet", "--schema", WML_SCHEMA, file]);
    return new Set();
  } catch (error) {
    return new Set(
      (error as Error).message
        .split("\n")
        .filter((line) => line.includes("error"))
        .map((line) => line.replace(/^.*?:\d+: /, ""))
    );
  }
}

const serializer = new XMLSerializer();

function readerParagraphs(xml: string): Element[] {
  const found: Element[] = [];
  const walk = (element: Element) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIPPED_SUBTREES.has(el.localName ?? "")) continue;
      if (el.namespaceURI === W && el.localName === "p") found.push(el);
      walk(el);
    }
  };
  walk(parseXml(xml).documentElement as unknown as Element);
  return found;
}
const elementCount = (xml: string, local: string) => wElements(parseXml(xml), local).length;

describe("thethuc fix: properties over every real document", () => {
  const totals = new Map<string, number>();

  afterAll(() => {
    // The count of findings fixed, by rule, for the closing note.
    const rows = [...totals].sort((a, b) => b[1] - a[1]);
    writeFileSync(
      join(dir, "fix-counts.txt"),
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
    const before = readFileSync(file);
    const after = readFileSync(result.output as string);
    const fixes = result.applied.map((a) => a.fix);

    // Every paragraph's text is unchanged except inside the spans of the text fixes applied.
    const original = readDocx(before);
    const fixed = readDocx(after);
    expect(fixed.paragraphs.map((p) => p.text)).toEqual(
      expectedTexts(
        original.paragraphs.map((p) => p.text),
        fixes
      )
    );
    expect(fixed.sections).toHaveLength(original.sections.length);

    // Every other part comes through byte for byte: images, comments, headers, footers, styles.
    const partsBefore = unzipSync(before);
    const partsAfter = unzipSync(after);
    expect(Object.keys(partsAfter).sort()).toEqual(Object.keys(partsBefore).sort());
    for (const [name, data] of Object.entries(partsBefore)) {
      if (name === "word/document.xml") continue;
      expect(Buffer.compare(Buffer.from(partsAfter[name] as Uint8Array), Buffer.from(data))).toBe(
        0
      );
    }

    // In document.xml, only paragraphs a fix names change; drawings, comments and tracked changes stay.
    const xmlBefore = strFromU8(partsBefore["word/document.xml"] as Uint8Array);
    const xmlAfter = strFromU8(partsAfter["word/document.xml"] as Uint8Array);
    const paragraphsBefore = readerParagraphs(xmlBefore);
    const paragraphsAfter = readerParagraphs(xmlAfter);
    expect(paragraphsAfter).toHaveLength(paragraphsBefore.length);
    const touched = new Set(fixes.flatMap((fix) => (fix.kind === "page" ? [] : [fix.paragraph])));
    paragraphsBefore.forEach((p, i) => {
      const a = serializer.serializeToString(p);
      const b = serializer.serializeToString(paragraphsAfter[i] as Element);
      // A changed paragraph is one a fix named, or the one carrying a section whose page setup was fixed.
      if (a !== b) expect(touched.has(i) || wElements(p, "sectPr").length > 0).toBe(true);
    });
    for (const local of [
      "drawing",
      "ins",
      "del",
      "commentRangeStart",
      "commentReference",
      "footnoteReference",
    ])
      expect(elementCount(xmlAfter, local)).toBe(elementCount(xmlBefore, local));

    // The output is no less valid against the OOXML schema than the input.
    const name = file.replace(/^.*\//, "").replace(/\.docx$/, "");
    const errorsBefore = schemaErrors(before, `${name}-before`);
    for (const error of schemaErrors(after, `${name}-after`)) expect(errorsBefore).toContain(error);

    // Checking the output no longer reports what was fixed.
    const recheck = checkSnapshot(fixed).findings;
    const originalFindings = checkSnapshot(original).findings;
    for (const { rule, fix } of result.applied) {
      const finding = originalFindings.find(
        (f) => f.fix === fix || (f.rule === rule && JSON.stringify(f.fix) === JSON.stringify(fix))
      );
      expect(finding).toBeDefined();
      const again = recheck.filter(
        (f) =>
          f.rule === rule &&
          f.paragraph === finding?.paragraph &&
          f.text === finding?.text &&
          JSON.stringify(f.fix) === JSON.stringify(fix)
      );
      expect(again).toEqual([]);
    }
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

  it("an unreadable file gets its reason and exit 2; the others are fixed", async () => {
    const bad = join(dir, "bad.docx");
    writeFileSync(bad, "not a zip");
    const { code, stderr, stdout } = await thethuc(["fix", "--dry-run", bad, letter]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.docx: không phải tệp \.docx/);
    expect(stdout).toMatch(/CV-597/);
  });
});
