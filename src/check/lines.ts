// What the rule families share about spans: original text and offsets, endings, size and style, fixes, counts, notes.

import type { Range } from "../conventions";
import type { ParagraphSnapshot, RunSnapshot, Snapshot } from "../ooxml/snapshot";
import { CENSUS_UNTIDY, textCensus } from "../text/census";
import { matchText } from "../text/normalize";
import { isWhiteSpaceUnit } from "../text/white-space";
import type { Span } from "./components";
import { paragraphMemo } from "./paragraph-memo";
import type { Fix, Message, NotEvaluated, Report } from "./types";

/** The paragraph's text as written (not normalised), or "" for an index past the end. */
export function paragraphText(snapshot: Snapshot, index: number): string {
  return snapshot.paragraphs[index]?.text ?? "";
}

const MATCHED = paragraphMemo<string>();

/**
 * The paragraph's whole text in matching form (matchText), computed once per snapshot paragraph: the components and
 * half a dozen rules ask for it, and each asking scanned the paragraph again.
 */
export function paragraphMatchText(paragraph: ParagraphSnapshot): string {
  let text = MATCHED.get(paragraph);
  if (text === undefined) {
    text = paragraphIsTidy(paragraph) ? paragraph.text.trim() : matchText(paragraph.text);
    MATCHED.set(paragraph, text);
  }
  return text;
}

const CENSUS = paragraphMemo<number>();

/**
 * textCensus of the paragraph's text, taken once per paragraph: the components and the text rules read their
 * whole-paragraph pre-tests from it (tidy, combining marks, legacy codes, punctuation spacing, typing keys) instead of
 * each scanning the paragraph with a pattern of its own.
 */
export function paragraphCensus(paragraph: ParagraphSnapshot): number {
  let census = CENSUS.get(paragraph);
  if (census === undefined) {
    census = textCensus(paragraph.text);
    CENSUS.set(paragraph, census);
  }
  return census;
}

/**
 * isTidy of the paragraph's text (from its census): besides its matching form being its trimmed text, a tidy
 * paragraph holds no combining mark, tab, line break, no-break space, nor two spaces in a row, so the rules and the
 * text pass skip their tests for those without scanning it again.
 */
export function paragraphIsTidy(paragraph: ParagraphSnapshot): boolean {
  return (paragraphCensus(paragraph) & CENSUS_UNTIDY) === 0;
}

/** The whole paragraph as a span, for rules that look at body paragraphs rather than lines. */
export function paragraphSpan(snapshot: Snapshot, index: number): Span {
  const paragraph = snapshot.paragraphs[index];
  if (!paragraph) return { paragraph: index, start: 0, end: 0, text: "" };
  return {
    paragraph: index,
    start: 0,
    end: paragraph.text.length,
    text: paragraphMatchText(paragraph),
  };
}

/** The span as written in the paragraph (not normalised): the offsets of findings and fixes refer to it. */
export function originalOf(snapshot: Snapshot, span: Span): string {
  return paragraphText(snapshot, span.paragraph).slice(span.start, span.end);
}

/** Where a finding on a whole span points: paragraph and original offsets. */
export function where(span: Span): { paragraph: number; start: number; end: number } {
  return { paragraph: span.paragraph, start: span.start, end: span.end };
}

/** Report fields for a fix that may be absent. */
export function withFix(fix: Fix | undefined): { fix?: Fix } {
  return fix ? { fix } : {};
}

/** A coverage note for a rule whose component was not found. */
export function notFound(message: Message): NotEvaluated {
  return { notEvaluated: message };
}

/** The text is ban hành kèm theo a decision: its number, date and Nơi nhận are the decision's (PL3, after mẫu 1.3). */
export const ATTACHED: NotEvaluated = notFound({
  vi: "văn bản ban hành kèm theo quyết định: số, ngày và nơi nhận ghi ở quyết định",
  en: "a text attached to a decision: its number, date and recipients are the decision's",
});

/**
 * A bản sao: its parts under the full-width line (hình thức sao, copying body, number, place-date) stand for the
 * header; the tiêu đề or Quốc hiệu belong to the copied text, which is the original's [PL1 Phần II][H36-BS].
 */
export const COPY: NotEvaluated = notFound({
  vi: "bản sao: tiêu đề, Quốc hiệu, tên loại thuộc văn bản được sao; thể thức bản sao thay cho phần đầu",
  en: "a copy: the title, national name and type name belong to the copied text; the copy's parts stand for the header",
});

/** A phụ lục in a file of its own: number, date, Nơi nhận and signature are its document's (PL1 III.1, mẫu 2.2). */
export const ANNEX_FILE: NotEvaluated = notFound({
  vi: "phụ lục ghi thành tệp riêng: số, ngày, nơi nhận và chữ ký ở văn bản mà phụ lục kèm theo",
  en: "an annex in a file of its own: number, date, recipients and signature are its document's",
});

/** Runs of the snapshot that carry visible text inside a span. */
export function runsIn(snapshot: Snapshot, span: Span): RunSnapshot[] {
  const runs = snapshot.paragraphs[span.paragraph]?.runs ?? [];
  return runs.filter((run) => inSpan(run, span));
}

/** The run overlaps the span and holds a character that is not white space (what `trim` keeps). */
function inSpan(run: RunSnapshot, span: Span): boolean {
  return inRange(run, span.start, span.end);
}

/** True when the text (from `from` to `to`) holds a character that is not white space. */
function visible(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpaceUnit(text.charCodeAt(i))) return true;
  return false;
}

/** True when the span is the paragraph's whole text, so a paragraph-wide fix touches nothing else. */
export function wholeParagraph(snapshot: Snapshot, span: Span): boolean {
  return paragraphText(snapshot, span.paragraph).trim() === originalOf(snapshot, span).trim();
}

/** Offset of the span's first visible character in the paragraph's original text. */
export function visibleStart(snapshot: Snapshot, span: Span): number {
  const text = paragraphText(snapshot, span.paragraph);
  let start = span.start;
  while (start < span.end && /\s/u.test(text.charAt(start))) start++;
  return start;
}

/** Offset just past the span's last visible character in the paragraph's original text (trailing spaces are common). */
export function visibleEnd(snapshot: Snapshot, span: Span): number {
  const text = paragraphText(snapshot, span.paragraph);
  let end = span.end;
  while (end > span.start && /\s/u.test(text.charAt(end - 1))) end--;
  return end;
}

const END_MARK = /(?:\.\/\.|[;,.:])$/u;

/** A text fix that makes the line end with `mark`: it replaces a final "./.", ";", ",", "." or ":", or appends. */
export function endingFix(snapshot: Snapshot, span: Span, mark: string): Fix {
  const end = visibleEnd(snapshot, span);
  const old = endingOf(paragraphText(snapshot, span.paragraph).slice(span.start, end));
  return {
    kind: "text",
    paragraph: span.paragraph,
    start: end - old.length,
    end,
    replacement: mark,
  };
}

/** The line's final punctuation ("./.", ";", ",", ".", ":"), or "" when it ends with a letter or a bracket. */
export function endingOf(text: string): string {
  return END_MARK.exec(text)?.[0] ?? "";
}

/**
 * Characters of `text` from `from` to `to` that are not white space (as /\s/ and `trim` count it), without building a
 * new string.
 */
function lettersIn(text: string, from: number, to: number): number {
  let letters = 0;
  for (let i = from; i < to; i++) if (!isWhiteSpaceUnit(text.charCodeAt(i))) letters++;
  return letters;
}

const DOMINANT = paragraphMemo<number | null>();

/**
 * The size most of the span's letters are set in, so a smaller annotation such as "(Tú, Bích)" does not decide it. A
 * whole paragraph's is computed once per snapshot paragraph: the size and spacing rules ask for every body paragraph's.
 */
export function dominantSize(snapshot: Snapshot, span: Span): number | null {
  const paragraph = snapshot.paragraphs[span.paragraph];
  if (!paragraph) return null;
  return dominantIn(paragraph, span.start, span.end);
}

/** dominantSize of a whole paragraph (the span paragraphSpan gives), without making the span. */
export function paragraphDominantSize(snapshot: Snapshot, index: number): number | null {
  const paragraph = snapshot.paragraphs[index];
  return paragraph ? dominantIn(paragraph, 0, paragraph.text.length) : null;
}

/** True when the run overlaps `start`–`end` and holds a character that is not white space (inSpan, by offsets). */
function inRange(run: RunSnapshot, start: number, end: number): boolean {
  return run.start < end && run.start + run.text.length > start && visible(run.text);
}

function dominantIn(paragraph: ParagraphSnapshot, start: number, end: number): number | null {
  const whole = start === 0 && end === paragraph.text.length;
  if (whole) {
    const cached = DOMINANT.get(paragraph);
    if (cached !== undefined) return cached;
  }
  // The runs in the span are walked without collecting them: most paragraphs have one, and this is asked for every
  // body paragraph.
  let best: number | null = null;
  let only: RunSnapshot | null = null;
  let inside = 0;
  for (const run of paragraph.runs)
    if (inRange(run, start, end)) {
      if (inside++ === 0) only = run;
    }
  if (inside === 1) {
    // One run (most paragraphs): its size, whatever its count of letters.
    best = (only as RunSnapshot).sizePt;
  } else if (inside > 1) {
    const counts = new Map<number, number>();
    for (const run of paragraph.runs) {
      if (!inRange(run, start, end)) continue;
      const from = Math.max(run.start, start) - run.start;
      const to = Math.min(run.start + run.text.length, end) - run.start;
      counts.set(run.sizePt, (counts.get(run.sizePt) ?? 0) + lettersIn(run.text, from, to));
    }
    for (const [size, count] of counts)
      if (best === null || count > (counts.get(best) ?? 0)) best = size;
  }
  if (whole) DOMINANT.set(paragraph, best);
  return best;
}

/** Share (0–1) of the span's letters whose run has the property; 0 for a span without visible text. */
export function shareOf(
  snapshot: Snapshot,
  span: Span,
  property: "bold" | "italic" | "underline"
): number {
  const runs = snapshot.paragraphs[span.paragraph]?.runs;
  if (!runs) return 0;
  // Walked without collecting the runs in the span (see dominantIn).
  let only: RunSnapshot | null = null;
  let inside = 0;
  for (const run of runs)
    if (inSpan(run, span)) {
      if (inside++ === 0) only = run;
    }
  if (inside === 1) {
    // One run: all of the span's letters or none, and no need to count them.
    const run = only as RunSnapshot;
    const from = Math.max(run.start, span.start) - run.start;
    const to = Math.min(run.start + run.text.length, span.end) - run.start;
    return visible(run.text, from, to) && run[property] ? 1 : 0;
  }
  let total = 0;
  let marked = 0;
  for (const run of runs) {
    if (!inSpan(run, span)) continue;
    const from = Math.max(run.start, span.start) - run.start;
    const to = Math.min(run.start + run.text.length, span.end) - run.start;
    const letters = lettersIn(run.text, from, to);
    total += letters;
    if (run[property]) marked += letters;
  }
  return total === 0 ? 0 : marked / total;
}

/** Past this many offending paragraphs, a rule reports one finding that counts them instead of one each. */
export const MANY = 3;

/** One offending paragraph: where, the values of its message, and its fix. */
export interface Offence {
  readonly paragraph: number;
  readonly start?: number;
  readonly end?: number;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
}

/**
 * Reports each offence with `messageId`, or — when there are more than MANY — one finding at the first, with
 * `manyMessageId` and `{count}`, so a document set wholly in 12 pt gets one line rather than forty. The summary has
 * no fix: a fix changes one paragraph.
 */
export function reportEach(
  report: (report: Report) => void,
  offences: readonly Offence[],
  messageId: string,
  manyMessageId: string,
  severity?: Report["severity"]
): void {
  const level = severity ? { severity } : {};
  const first = offences[0];
  if (!first) return;
  if (offences.length > MANY) {
    report({
      messageId: manyMessageId,
      paragraph: first.paragraph,
      data: { ...first.data, count: offences.length },
      ...level,
    });
    return;
  }
  for (const offence of offences)
    report({ messageId, ...offence, paragraph: offence.paragraph, ...level });
}

/** An accepted range as messages write it: "13–14", or "14" when it is one value. */
export function rangeText([min, max]: Range): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

/** Millimetres as centimetres the way each language writes them: 12.7 → "1,27" and "1.27". */
export function centimetres(mm: number): { readonly vi: string; readonly en: string } {
  const en = (mm / 10).toFixed(2).replace(/\.?0+$/, "");
  return { vi: en.replace(".", ","), en };
}
