// The text rules' shared pass over a document: each paragraph's NFC text, its matching form and its words with offsets,
// computed once per snapshot and only for the paragraphs a rule asks about, so no rule re-scans what another has read.
// Rules test a paragraph with a cheap pattern first (`mayHold`) and ask for words only where the test passes.

import { type ParagraphCitations, parseParagraph } from "../citations";
import type { Snapshot } from "../ooxml/snapshot";
import { CENSUS_UNPLAIN } from "../text/census";
import { codePointClass } from "../text/code-point-class";
import { nfc } from "../text/normalize";
import { paragraphCensus, paragraphIsTidy, paragraphMatchText } from "./lines";

/** A word of a paragraph: letters and marks, with its offsets in the original text and its NFC form. */
export interface Word {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface TextPass {
  /** The paragraph's text in NFC (the same string when it holds no combining mark, as nearly all do). */
  nfcText(paragraph: number): string;
  /**
   * True when the paragraph holds a combining mark (U+0300–U+036F): its words are then read in NFC (`words`,
   * `wordsHolding`), and a reader that scans the original text instead must do the same for it.
   */
  hasMarks(paragraph: number): boolean;
  /** The paragraph's matching form (matchText: NFC, hyphens and spaces normalised, trimmed). */
  matchText(paragraph: number): string;
  /** The paragraph's words, in order. */
  words(paragraph: number): readonly Word[];
  /** Every word of the document, in order; built from the per-paragraph lists. */
  allWords(): readonly Word[];
  /**
   * The words, in document order, that hold a match of `pattern` (a g-flagged pattern, read in the original text; in
   * NFC for a paragraph with combining marks): the few words a rule wants, found without splitting every paragraph.
   * Computed once per pattern.
   */
  wordsHolding(pattern: RegExp): readonly Word[];
  /** True when `pattern` (no g or y flag) matches the paragraph's NFC text: a rule's cheap pre-test. */
  mayHold(paragraph: number, pattern: RegExp): boolean;
  /** Paragraph indexes whose NFC text `pattern` matches, computed once per pattern. */
  paragraphsHolding(pattern: RegExp): readonly number[];
  /**
   * The paragraph's citation candidates and the short forms it defines (parseParagraph over its original text), read
   * once: the document's reference list, its abbreviation table and the citation rules all read them from here.
   */
  citations(paragraph: number): ParagraphCitations;
}

const PASSES = new WeakMap<Snapshot, TextPass>();
const COMBINING = /[\u0300-\u036f]/;
const WORD = /[\p{L}\p{M}]+/gu;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

const LETTERS_AND_MARKS = codePointClass(LETTER_OR_MARK);

/** The word around the span `from`–`to` of a text: its start and end (letters and marks, as WORD reads them). */
function wordAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  for (let n = LETTERS_AND_MARKS.lengthBefore(text, start); n > 0;) {
    start -= n;
    n = LETTERS_AND_MARKS.lengthBefore(text, start);
  }
  let end = to;
  for (let n = LETTERS_AND_MARKS.lengthAt(text, end); n > 0;) {
    end += n;
    n = LETTERS_AND_MARKS.lengthAt(text, end);
  }
  return { start, end };
}

/**
 * One pass kept for the module's life and never used: the optimised code of the pass's methods depends on the hidden
 * class of its instances, which V8 drops at a full collection when no instance is left (as the reader's, see
 * snapshot-reader). An empty pass holds no document.
 */
let keptPass: SnapshotTextPass | null = null;
const NO_PARAGRAPHS = { paragraphs: [] } as unknown as Snapshot;

/** The shared pass of a snapshot, created on first use; every field fills in lazily. */
export function textPass(snapshot: Snapshot): TextPass {
  keptPass ??= new SnapshotTextPass(NO_PARAGRAPHS);
  let pass = PASSES.get(snapshot);
  if (!pass) {
    pass = new SnapshotTextPass(snapshot);
    PASSES.set(snapshot, pass);
  }
  return pass;
}

/**
 * The pass as a class, not an object of closures made per snapshot: V8 keeps a closure's optimised code only while one
 * of its instances lives, so each new document's closures were optimised again after a collection; methods live on.
 */
class SnapshotTextPass implements TextPass {
  private readonly paragraphs: Snapshot["paragraphs"];
  private readonly count: number;
  private readonly nfcTexts: (string | undefined)[];
  private readonly wordLists: (Word[] | undefined)[];
  private readonly citationLists: (ParagraphCitations | undefined)[];
  private readonly holding = new Map<RegExp, number[]>();
  private readonly wordsWith = new Map<RegExp, Word[]>();
  private all: Word[] | null = null;
  /** Whether each paragraph holds a combining mark (0 not asked yet, 1 no, 2 yes): asked by every reader of the pass. */
  private readonly marks: Uint8Array;

  constructor(snapshot: Snapshot) {
    this.paragraphs = snapshot.paragraphs;
    this.count = snapshot.paragraphs.length;
    this.nfcTexts = new Array(this.count);
    this.wordLists = new Array(this.count);
    this.citationLists = new Array(this.count);
    this.marks = new Uint8Array(this.count);
  }

  private original(index: number): string {
    return this.paragraphs[index]?.text ?? "";
  }

  hasMarks(index: number): boolean {
    const marks = this.marks;
    if (marks[index] === 0) {
      const paragraph = this.paragraphs[index];
      // A tidy paragraph (nearly all) holds no combining mark: known without another scan.
      marks[index] =
        paragraph !== undefined && paragraphIsTidy(paragraph)
          ? 1
          : COMBINING.test(this.original(index))
            ? 2
            : 1;
    }
    return marks[index] === 2;
  }

  nfcText(index: number): string {
    let text = this.nfcTexts[index];
    if (text === undefined) {
      const raw = this.original(index);
      text = this.hasMarks(index) ? nfc(raw) : raw;
      this.nfcTexts[index] = text;
    }
    return text;
  }

  matchText(index: number): string {
    const paragraph = this.paragraphs[index];
    return paragraph ? paragraphMatchText(paragraph) : "";
  }

  words(index: number): readonly Word[] {
    let words = this.wordLists[index];
    if (words === undefined) {
      words = [];
      const raw = this.original(index);
      const hasMarks = this.hasMarks(index);
      // By exec on the pattern: matchAll copies it for every paragraph.
      WORD.lastIndex = 0;
      for (let match = WORD.exec(raw); match; match = WORD.exec(raw)) {
        const text = match[0];
        words.push({
          paragraph: index,
          start: match.index,
          end: match.index + text.length,
          text: hasMarks && COMBINING.test(text) ? nfc(text) : text,
        });
      }
      this.wordLists[index] = words;
    }
    return words;
  }

  allWords(): readonly Word[] {
    if (!this.all) {
      const all: Word[] = [];
      for (let index = 0; index < this.count; index++)
        for (const word of this.words(index)) all.push(word);
      this.all = all;
    }
    return this.all;
  }

  wordsHolding(pattern: RegExp): readonly Word[] {
    let found = this.wordsWith.get(pattern);
    if (found) return found;
    found = [];
    for (let index = 0; index < this.count; index++) {
      const raw = this.original(index);
      if (this.hasMarks(index)) {
        // Offsets of the NFC text are not the original's: take the paragraph's words and test each.
        for (const word of this.words(index)) {
          pattern.lastIndex = 0;
          if (pattern.test(word.text)) found.push(word);
        }
        continue;
      }
      // After a word is taken, matching goes on past its end, so a long word is walked once, not once per match.
      pattern.lastIndex = 0;
      for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
        const { start, end } = wordAround(raw, match.index, match.index + match[0].length);
        if (end > start) found.push({ paragraph: index, start, end, text: raw.slice(start, end) });
        pattern.lastIndex = Math.max(end, match.index + 1);
      }
    }
    pattern.lastIndex = 0;
    this.wordsWith.set(pattern, found);
    return found;
  }

  mayHold(index: number, pattern: RegExp): boolean {
    return pattern.test(this.nfcText(index));
  }

  paragraphsHolding(pattern: RegExp): readonly number[] {
    let found = this.holding.get(pattern);
    if (!found) {
      found = [];
      for (let index = 0; index < this.count; index++)
        if (pattern.test(this.nfcText(index))) found.push(index);
      this.holding.set(pattern, found);
    }
    return found;
  }

  citations(index: number): ParagraphCitations {
    let found = this.citationLists[index];
    if (found === undefined) {
      // Whether the paragraph holds anything to normalise is in its census (taken once per paragraph for the check's
      // pre-tests): the parse need not scan it again.
      const paragraph = this.paragraphs[index];
      found = parseParagraph(
        this.original(index),
        paragraph === undefined ? undefined : (paragraphCensus(paragraph) & CENSUS_UNPLAIN) === 0
      );
      this.citationLists[index] = found;
    }
    return found;
  }
}
