// The promises of `thethuc fix`, checked on one file it wrote: texts, untouched parts and paragraphs, schema, re-check.

import { writeFileSync } from "node:fs";
import { type Element, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { checkSnapshot } from "../../src/check/engine";
import type { Fix } from "../../src/check/types";
import { readDocx, SKIPPED_SUBTREES } from "../../src/ooxml/snapshot-reader";
import { parseXml, W, wElements } from "./docx";
import { tool, WML_SCHEMA } from "./tools";

/** The text each paragraph should have: the original with the applied text fixes made, last to first. */
export function expectedTexts(texts: readonly string[], fixes: readonly Fix[]): string[] {
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
function schemaErrors(docx: Uint8Array, path: string): Set<string> {
  const file = `${path}.xml`;
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

/**
 * Asserts what `fix` promises of `after`, the fixed copy of `before` with `applied` fixes: every paragraph's text unchanged
 * but for the text fixes; every other part byte for byte; only named paragraphs (or a fixed section's) changed in
 * document.xml; no drawing, comment or tracked change lost; no schema error the input did not have; and the re-check
 * no longer reporting what was fixed. `scratch` is a path prefix for the files xmllint reads.
 */
export function expectFixProperties(
  before: Uint8Array,
  after: Uint8Array,
  applied: readonly { readonly rule: string; readonly fix: Fix }[],
  scratch: string
): void {
  const fixes = applied.map((a) => a.fix);

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
    expect(Buffer.compare(Buffer.from(partsAfter[name] as Uint8Array), Buffer.from(data))).toBe(0);
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
  const errorsBefore = schemaErrors(before, `${scratch}-before`);
  for (const error of schemaErrors(after, `${scratch}-after`))
    expect(errorsBefore).toContain(error);

  // Checking the output no longer reports what was fixed.
  const recheck = checkSnapshot(fixed).findings;
  const originalFindings = checkSnapshot(original).findings;
  for (const { rule, fix } of applied) {
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
}
