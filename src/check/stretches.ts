// Stretches of a paragraph set in one formatting: a text fix inside one never loses a run's bold, italic or font.

import type { ParagraphSnapshot, RunSnapshot } from "../ooxml/snapshot";

/** Consecutive runs with the same formatting, as one piece of the paragraph's text. */
export interface Stretch {
  readonly start: number;
  readonly end: number;
  /** The formatting of the stretch (its first run). */
  readonly run: RunSnapshot;
}

function sameFormat(a: RunSnapshot, b: RunSnapshot): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.caps === b.caps &&
    a.sizePt === b.sizePt &&
    a.color === b.color &&
    a.fonts.ascii === b.fonts.ascii &&
    a.fonts.hAnsi === b.fonts.hAnsi &&
    a.fonts.eastAsia === b.fonts.eastAsia &&
    a.fonts.cs === b.fonts.cs
  );
}

/**
 * The paragraph cut where its formatting changes. Word splits runs for spelling marks and revisions too; those cuts
 * are not formatting and are merged away, so a fix may span them.
 */
export function stretchesOf(paragraph: ParagraphSnapshot): Stretch[] {
  const stretches: Stretch[] = [];
  for (const run of paragraph.runs) {
    if (run.text === "") continue;
    const last = stretches[stretches.length - 1];
    const end = run.start + run.text.length;
    if (last && last.end === run.start && sameFormat(last.run, run))
      stretches[stretches.length - 1] = { ...last, end };
    else stretches.push({ start: run.start, end, run });
  }
  return stretches;
}

/** The stretch holding the character at `offset`, if any. */
export function stretchAt(stretches: readonly Stretch[], offset: number): Stretch | undefined {
  return stretches.find((s) => s.start <= offset && offset < s.end);
}
