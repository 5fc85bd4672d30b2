// Which of Word's own paragraphs is which paragraph of a check: a sequence alignment on normalised text.
// Nothing in Office.js links a Word paragraph to a w:p of getOoxml(), and the two lists need not agree: Word may list
// end-of-row marks or text-box paragraphs, leave out table paragraphs (WordApi 1.1/1.2), include tracked deletions and
// show field results. So paragraphs are matched by what they say, never by position alone.

/** Characters of a paragraph's normalised text that must agree for Word's paragraph to count as the checked one. */
export const KEY_CHARS = 80;

// Characters Word puts in Paragraph.text that are not text: end-of-cell, field and object marks, footnote and comment
// anchors, soft hyphens, zero-width spaces and joiners, byte-order marks.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const MARKS = /[\u0000-\u0008\u000e-\u001f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** A paragraph's text as both sides can agree on it: NFC, marks dropped, every run of spaces one space, trimmed. */
export function normaliseParagraph(text: string): string {
  return text
    .normalize("NFC")
    .replace(MARKS, "")
    .replace(/\u2011/g, "-")
    .replace(SPACES, " ")
    .trim();
}

// A key is read from this much of a long paragraph first: normalising whole paragraphs of a long document cost the
// pane's thread tens of milliseconds for keys of 80 characters.
const KEY_PREFIX_CHARS = 4 * KEY_CHARS;

/** What a paragraph is matched by: the start of its normalised text. */
export function paragraphKey(text: string): string {
  if (text.length > KEY_PREFIX_CHARS) {
    // Normalising only changes text at and after each position it works on (composition joins a mark to the letter
    // before it; spaces merge forward), so once the prefix yields more than a key, the key is the whole text's.
    const prefix = normaliseParagraph(text.slice(0, KEY_PREFIX_CHARS));
    if (prefix.length > KEY_CHARS + 1) return prefix.slice(0, KEY_CHARS);
  }
  return normaliseParagraph(text).slice(0, KEY_CHARS);
}

// Below this many cells a gap is aligned exactly (longest common subsequence); above it, by unique anchors first.
const EXACT_CELLS = 1_000_000;

/**
 * For each item of `a`, the index of the item of `b` it is aligned with, or -1: a longest common subsequence of equal
 * keys (exact on small gaps, anchored on keys unique to both sides on large ones), so extra or missing items on either
 * side are absorbed. Matched pairs always have equal keys and keep their order.
 */
export function alignKeys(a: readonly string[], b: readonly string[]): Int32Array {
  const at = new Int32Array(a.length).fill(-1);
  alignRange(a, b, 0, a.length, 0, b.length, at);
  return at;
}

function alignRange(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  at: Int32Array
): void {
  // Equal heads and tails cost nothing and are the common case: a document unchanged since it was read.
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) at[a0++] = b0++;
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) at[--a1] = --b1;
  if (a0 === a1 || b0 === b1) return;
  if ((a1 - a0) * (b1 - b0) <= EXACT_CELLS) {
    lcs(a, b, a0, a1, b0, b1, at);
    return;
  }
  const anchors = uniqueAnchors(a, b, a0, a1, b0, b1);
  if (anchors.length === 0) {
    windowed(a, b, a0, a1, b0, b1, at);
    return;
  }
  let pa = a0;
  let pb = b0;
  for (const [ia, ib] of anchors) {
    alignRange(a, b, pa, ia, pb, ib, at);
    at[ia] = ib;
    pa = ia + 1;
    pb = ib + 1;
  }
  alignRange(a, b, pa, a1, pb, b1, at);
}

/** Pairs of positions whose key occurs exactly once on each side, the longest run of them in order on both (patience). */
function uniqueAnchors(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number
): [number, number][] {
  const countA = new Map<string, number>();
  for (let i = a0; i < a1; i++) countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
  const inB = new Map<string, number>();
  for (let j = b0; j < b1; j++) {
    const key = b[j]!;
    if (countA.get(key) === 1) inB.set(key, inB.has(key) ? -1 : j);
  }
  const pairs: [number, number][] = [];
  for (let i = a0; i < a1; i++) {
    const j = inB.get(a[i]!);
    if (j !== undefined && j >= 0 && countA.get(a[i]!) === 1) pairs.push([i, j]);
  }
  // Longest increasing subsequence of the b positions, in a order.
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]!]![1] < j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1]!;
    tails[low] = k;
  });
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) {
    chain.push(pairs[k]!);
  }
  return chain.reverse();
}

/**
 * No key is unique to both sides (a long document repeating the same paragraphs): exact alignment in windows
 * sliding down the diagonal, keeping each window's matches in its first half, where the second half gave them context.
 */
function windowed(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  at: Int32Array
): void {
  // Word's window is half as long again as the check's, so up to one extra Word paragraph in two is absorbed.
  const side = Math.floor(Math.sqrt(EXACT_CELLS / 1.5));
  const half = side >> 1;
  while (a0 < a1 && b0 < b1) {
    const ae = Math.min(a1, a0 + side);
    const be = Math.min(b1, b0 + Math.floor(side * 1.5));
    lcs(a, b, a0, ae, b0, be, at);
    if (ae === a1 && be === b1) return;
    const limit = a0 + half;
    let last = -1;
    for (let i = a0; i < ae; i++) {
      if (at[i]! < 0) continue;
      if (i < limit) last = i;
      else at[i] = -1;
    }
    if (last < 0) {
      a0 = limit;
      b0 = Math.min(b1, b0 + half);
    } else {
      b0 = at[last]! + 1;
      a0 = last + 1;
    }
  }
}

/** Exact longest common subsequence of a[a0,a1) and b[b0,b1), written into `at`. */
function lcs(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  at: Int32Array
): void {
  const n = a1 - a0;
  const m = b1 - b0;
  const width = m + 1;
  // Suffix lengths, so the walk back reads forwards.
  const table = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[a0 + i] === b[b0 + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[a0 + i] === b[b0 + j]) {
      at[a0 + i] = b0 + j;
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
}

/** How the paragraphs of one read of the document lined up with Word's own paragraph list at that moment. */
export interface ParagraphAlignment {
  /** Word's paragraphs when read, as keys. */
  readonly wordKeys: readonly string[];
  /** For each checked paragraph (snapshot index), the index of the same paragraph in Word's list, or -1. */
  readonly wordIndex: readonly number[];
}

/** Aligns a check's paragraph texts with the texts of Word's `body.paragraphs` read at the same time. */
export function alignParagraphs(
  checked: readonly string[],
  word: readonly string[]
): ParagraphAlignment {
  const wordKeys = word.map(paragraphKey);
  return { wordKeys, wordIndex: Array.from(alignKeys(checked.map(paragraphKey), wordKeys)) };
}

/** Where a checked paragraph is in Word now, or why the action on it is skipped. */
export type Located =
  | { readonly word: number; readonly how: "aligned" | "realigned" | "searched" }
  | { readonly reason: "changed" };

/**
 * Finds checked paragraph `index` among Word's paragraphs as they are now (`current`, their texts): through the
 * alignment of the read when Word's list is still what it was, else through a fresh alignment of the checked texts
 * with the current ones, else as the one current paragraph with the same key. A paragraph found is one whose key
 * equals the checked paragraph's key; nothing else is ever returned.
 */
export class ParagraphLocator {
  private readonly currentKeys: readonly string[];
  private readonly checkedKeys: readonly string[];
  private fresh: Int32Array | null = null;
  private readonly unchanged: boolean;
  private byKey: Map<string, number> | null = null;

  constructor(
    checked: readonly string[],
    current: readonly string[],
    private readonly alignment?: ParagraphAlignment
  ) {
    this.checkedKeys = checked.map(paragraphKey);
    this.currentKeys = current.map(paragraphKey);
    this.unchanged =
      alignment !== undefined &&
      alignment.wordIndex.length === checked.length &&
      alignment.wordKeys.length === this.currentKeys.length &&
      alignment.wordKeys.every((key, i) => key === this.currentKeys[i]);
  }

  /** Word's list is exactly as it was when the alignment was made. */
  get documentUnchanged(): boolean {
    return this.unchanged;
  }

  locate(index: number): Located {
    const key = this.checkedKeys[index];
    if (key === undefined) return { reason: "changed" };
    if (this.unchanged) {
      const word = this.alignment!.wordIndex[index] ?? -1;
      if (word >= 0 && this.currentKeys[word] === key) return { word, how: "aligned" };
    } else {
      this.fresh ??= alignKeys(this.checkedKeys, this.currentKeys);
      const word = this.fresh[index] ?? -1;
      if (word >= 0 && this.currentKeys[word] === key) return { word, how: "realigned" };
    }
    // Not matched in order: the one paragraph that says the same, if there is exactly one (and it says something).
    if (key === "") return { reason: "changed" };
    if (!this.byKey) {
      this.byKey = new Map();
      this.currentKeys.forEach((current, word) => {
        this.byKey!.set(current, this.byKey!.has(current) ? -1 : word);
      });
    }
    const word = this.byKey.get(key) ?? -1;
    return word >= 0 ? { word, how: "searched" } : { reason: "changed" };
  }
}

/** What a comparison of a check's paragraphs with Word's own list found: for the self-test report. */
export interface AlignmentSummary {
  readonly checked: number;
  readonly word: number;
  readonly matched: number;
  /** Checked paragraphs Word's list has no match for, with text (first few). */
  readonly missing: readonly { readonly index: number; readonly text: string }[];
  readonly missingCount: number;
  /** Word paragraphs no checked paragraph matched, with text (first few). */
  readonly extra: readonly { readonly index: number; readonly text: string }[];
  readonly extraCount: number;
  /** Matched pairs at different positions: the first, if any. */
  readonly firstShift: { readonly checked: number; readonly word: number } | null;
}

export function summariseAlignment(
  checked: readonly string[],
  word: readonly string[],
  alignment: ParagraphAlignment,
  listed = 5
): AlignmentSummary {
  const used = new Uint8Array(word.length);
  const missing: { index: number; text: string }[] = [];
  let missingCount = 0;
  let matched = 0;
  let firstShift: { checked: number; word: number } | null = null;
  alignment.wordIndex.forEach((w, i) => {
    if (w < 0) {
      missingCount += 1;
      if (missing.length < listed) missing.push({ index: i, text: checked[i] ?? "" });
      return;
    }
    matched += 1;
    used[w] = 1;
    if (w !== i && firstShift === null) firstShift = { checked: i, word: w };
  });
  const extra: { index: number; text: string }[] = [];
  let extraCount = 0;
  used.forEach((flag, w) => {
    if (flag) return;
    extraCount += 1;
    if (extra.length < listed) extra.push({ index: w, text: word[w] ?? "" });
  });
  return {
    checked: checked.length,
    word: word.length,
    matched,
    missing,
    missingCount,
    extra,
    extraCount,
    firstShift,
  };
}
