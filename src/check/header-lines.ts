// Header lines as the header, number, date and title rules read them: original offsets for text fixes, near misses.
// The span-level primitives (original text, where a finding points, coverage notes) are in ./lines.

import { nfc, nfd } from "../text/normalize";
import type { DrawnLineSnapshot, Snapshot } from "../ooxml/snapshot";
import { type Components, partsOf, type Span } from "./components";
import { notFound, originalOf, paragraphText } from "./lines";
import type { Fix, NotEvaluated } from "./types";

/**
 * A span's line for matching with offsets kept: NFC, U+2011 and U+001E read as "-", NBSP and tabs as spaces (§0),
 * replaced one character for one so that an offset in `text` is an offset in the line.
 */
export interface LineView {
  readonly paragraph: number;
  /** Offset of the line in its paragraph's text. */
  readonly start: number;
  readonly text: string;
  /** The paragraph's text is NFC, so offsets in `text` map to the original and text fixes are safe. */
  readonly exact: boolean;
}

// eslint-disable-next-line no-control-regex -- U+001E is Word's non-breaking hyphen in some exports
const HYPHENS = /[\u2011\u001e]/g;

function flat(text: string): string {
  return text.replace(HYPHENS, "-").replace(/[\u00a0\t]/g, " ");
}

/** The span's line, not trimmed, in matching form with original offsets. */
export function lineView(snapshot: Snapshot, span: Span): LineView {
  const original = originalOf(snapshot, span);
  const normal = nfc(original);
  const exact = original === normal;
  return {
    paragraph: span.paragraph,
    start: span.start,
    text: flat(normal),
    exact,
  };
}

/** The original character at an offset of the view (a U+2011 hyphen stays one), or the view's own when inexact. */
export function originalAt(snapshot: Snapshot, view: LineView, offset: number): string {
  return view.exact
    ? paragraphText(snapshot, view.paragraph).charAt(view.start + offset)
    : view.text.charAt(offset);
}

/** The original text of part of the view (the view's own text when offsets do not map). */
export function originalSlice(
  snapshot: Snapshot,
  view: LineView,
  from: number,
  to: number
): string {
  return view.exact
    ? paragraphText(snapshot, view.paragraph).slice(view.start + from, view.start + to)
    : view.text.slice(from, to);
}

/** A text fix replacing `from`–`to` of the view, or undefined when offsets do not map (a non-NFC line: H01 first). */
export function textFix(
  view: LineView,
  from: number,
  to: number,
  replacement: string
): Fix | undefined {
  if (!view.exact) return undefined;
  return {
    kind: "text",
    paragraph: view.paragraph,
    start: view.start + from,
    end: view.start + to,
    replacement,
  };
}

/** Where a finding on part of a line points: paragraph and original offsets. */
export function at(
  view: LineView,
  from = 0,
  to = view.text.length
): { paragraph: number; start: number; end: number } {
  return { paragraph: view.paragraph, start: view.start + from, end: view.start + to };
}

/** Offsets of the line without its leading and trailing spaces (in the view, unlike visibleStart/visibleEnd). */
export function trimmed(view: LineView): { from: number; to: number } {
  const from = view.text.length - view.text.trimStart().length;
  return { from, to: view.text.trimEnd().length };
}

/** True when the document has a header to check: any of its parts was found. */
export function hasHeader(components: Components): boolean {
  return Boolean(
    components.partyTitle ||
    components.nationalName ||
    components.motto ||
    components.number ||
    components.placeDate ||
    components.issuer.length > 0 ||
    components.documentTypeLine
  );
}

/** The coverage note of a rule that needs a header and found none. */
export const NO_HEADER: NotEvaluated = notFound({
  vi: "không tìm thấy phần đầu văn bản",
  en: "no document header found",
});

/** The header's lines, as the component finder scans them: the top tables, or the first paragraphs. */
export function headerLines(snapshot: Snapshot, components: Components): Span[] {
  const paragraphs =
    components.header.length > 0
      ? components.header.map((index) => snapshot.paragraphs[index])
      : snapshot.paragraphs.slice(0, 12);
  return paragraphs.flatMap((paragraph) => (paragraph ? partsOf(paragraph) : []));
}

/** Drawn lines shorter than this are marks, not the line under a text. */
const SHORTEST_LINE_MM = 5;

/**
 * The lines drawn as shapes that may be the span's. In a header table Word users anchor it in any paragraph of the
 * span's column (often the number or the date below, moved up by an offset); outside tables in the span's paragraph,
 * the one before or the three after [REAL].
 */
export function drawnLinesNear(snapshot: Snapshot, span: Span): DrawnLineSnapshot[] {
  const here = snapshot.paragraphs[span.paragraph]?.cell ?? null;
  return (snapshot.drawnLines ?? []).filter((line) => {
    if (line.lengthMm !== null && line.lengthMm < SHORTEST_LINE_MM) return false;
    const there = snapshot.paragraphs[line.paragraph]?.cell ?? null;
    if (here && there) return here.table === there.table && here.column === there.column;
    return (
      !here &&
      !there &&
      line.paragraph >= span.paragraph - 1 &&
      line.paragraph <= span.paragraph + 3
    );
  });
}

/** Letters only, without diacritics, lower case: "CỘNG HOÀ XÃ HỘI…" → "conghoaxahoi…"; for near-miss matching. */
export function letterKey(text: string): string {
  return nfd(text)
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Levenshtein distance, for the near-miss match of a fixed line ("CỘNG HỊA", a letter dropped). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * A line that is meant to be `expected` but is not written exactly so: the same letters with different diacritics, or
 * at most two letters off (PDF-glyph slips like "CỘNG HỊA", a dropped letter).
 */
export function nearMiss(lines: readonly Span[], expected: string): Span | undefined {
  const key = letterKey(expected);
  return lines.find((line) => {
    const candidate = letterKey(line.text);
    return Math.abs(candidate.length - key.length) <= 2 && editDistance(candidate, key) <= 2;
  });
}
