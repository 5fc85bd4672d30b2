// Fixes as a plan: which to apply and in what order (last to first), which to skip and why, and how a text fix reads.

import type { Fix, FormatChange, Message } from "./types";

export type FormatFix = Extract<Fix, { readonly kind: "format" }>;
export type TextFix = Extract<Fix, { readonly kind: "text" }>;
export type PageFix = Extract<Fix, { readonly kind: "page" }>;

/** A fix left out, with a one-line reason in both languages. */
export interface SkippedFix {
  readonly fix: Fix;
  readonly reason: Message;
}

export interface FixPlan {
  /** The fixes to apply, last to first: by paragraph, then by start offset, both descending. */
  readonly apply: readonly Fix[];
  readonly skipped: readonly SkippedFix[];
}

export interface PlanOptions {
  /** The host can change page setup (margins, paper); when false, page fixes are skipped. */
  readonly pages?: boolean;
}

export const SKIP_REASONS = {
  overlap: {
    vi: "Trùng vị trí với một sửa khác trong cùng đoạn; kiểm tra lại rồi sửa tiếp.",
    en: "Overlaps another fix in the same paragraph; check again, then fix it.",
  },
  conflict: {
    vi: "Mâu thuẫn với một sửa khác của cùng đoạn; kiểm tra lại rồi sửa tiếp.",
    en: "Conflicts with another fix of the same paragraph; check again, then fix it.",
  },
  page: {
    vi: "Phần bổ trợ không đổi được khổ giấy, lề trang trên mọi phiên bản Word; hãy sửa trong Bố cục › Lề.",
    en: "Add-ins cannot change paper size or margins in every Word; set them in Layout › Margins.",
  },
} as const satisfies Record<string, Message>;

/** Where a fix sits, for ordering: page fixes have no paragraph and go after every paragraph fix. */
function position(fix: Fix): readonly [paragraph: number, start: number] {
  if (fix.kind === "page") return [-1, fix.section];
  // A format fix covers the whole paragraph; it runs after that paragraph's text fixes.
  if (fix.kind === "format") return [fix.paragraph, -1];
  return [fix.paragraph, fix.start];
}

/** Text fixes collide when their spans share a character, or one inserts at a point the other touches. */
function overlaps(a: TextFix, b: TextFix): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/** Format fixes conflict when they set one property of one paragraph to different values. */
function conflicts(a: FormatChange, b: FormatChange): boolean {
  return (Object.keys(a) as (keyof FormatChange)[]).some(
    (key) => a[key] !== undefined && b[key] !== undefined && a[key] !== b[key]
  );
}

/**
 * The fixes to apply, ordered last to first so earlier offsets stay valid, and those skipped: text fixes that overlap
 * an earlier one in the same paragraph, format fixes that contradict an earlier one, and page fixes when the host
 * cannot set up pages. Of two colliding fixes the one given first is kept.
 */
export function planFixes(fixes: readonly Fix[], options: PlanOptions = {}): FixPlan {
  const kept: Fix[] = [];
  const skipped: SkippedFix[] = [];
  const textByParagraph = new Map<number, TextFix[]>();
  const formatByParagraph = new Map<number, FormatFix[]>();

  for (const fix of fixes) {
    if (fix.kind === "page") {
      if (options.pages) kept.push(fix);
      else skipped.push({ fix, reason: SKIP_REASONS.page });
    } else if (fix.kind === "text") {
      const earlier = textByParagraph.get(fix.paragraph) ?? [];
      if (earlier.some((other) => overlaps(other, fix))) {
        skipped.push({ fix, reason: SKIP_REASONS.overlap });
      } else {
        textByParagraph.set(fix.paragraph, [...earlier, fix]);
        kept.push(fix);
      }
    } else {
      const earlier = formatByParagraph.get(fix.paragraph) ?? [];
      if (earlier.some((other) => conflicts(other.set, fix.set))) {
        skipped.push({ fix, reason: SKIP_REASONS.conflict });
      } else {
        formatByParagraph.set(fix.paragraph, [...earlier, fix]);
        kept.push(fix);
      }
    }
  }

  const apply = kept
    .map((fix, order) => ({ fix, order, at: position(fix) }))
    .sort((a, b) => b.at[0] - a.at[0] || b.at[1] - a.at[1] || a.order - b.order)
    .map(({ fix }) => fix);
  return { apply, skipped };
}

/** Characters of context kept on each side of a text fix in its preview. */
const PREVIEW_CONTEXT = 30;
const ELLIPSIS = "…";

export interface TextFixPreview {
  /** The stretch of the paragraph around the fix as it reads now, and as it will read. */
  readonly before: string;
  readonly after: string;
  /** The same, in pieces, so the pane can mark what goes and what comes (only what differs). */
  readonly prefix: string;
  readonly removed: string;
  readonly inserted: string;
  readonly suffix: string;
}

/**
 * How the paragraph reads around a text fix before and after it, narrowed to the characters that change; a
 * RangeError if the fix's span is not in the text.
 */
export function previewTextFix(paragraphText: string, fix: TextFix): TextFixPreview {
  const { start, end, replacement } = fix;
  if (start < 0 || end < start || end > paragraphText.length) {
    throw new RangeError(
      `text fix [${start}, ${end}) lies outside a paragraph of ${paragraphText.length} characters`
    );
  }
  // Shown as the smallest change: what the span and its replacement share at either end is context.
  const span = paragraphText.slice(start, end);
  let head = 0;
  while (head < span.length && head < replacement.length && span[head] === replacement[head])
    head++;
  let tail = 0;
  while (
    tail < span.length - head &&
    tail < replacement.length - head &&
    span[span.length - 1 - tail] === replacement[replacement.length - 1 - tail]
  ) {
    tail++;
  }
  const changeStart = start + head;
  const changeEnd = end - tail;
  const from = Math.max(0, changeStart - PREVIEW_CONTEXT);
  const to = Math.min(paragraphText.length, changeEnd + PREVIEW_CONTEXT);
  const prefix = (from > 0 ? ELLIPSIS : "") + paragraphText.slice(from, changeStart);
  const suffix = paragraphText.slice(changeEnd, to) + (to < paragraphText.length ? ELLIPSIS : "");
  const removed = paragraphText.slice(changeStart, changeEnd);
  const inserted = replacement.slice(head, replacement.length - tail);
  return {
    before: prefix + removed + suffix,
    after: prefix + inserted + suffix,
    prefix,
    removed,
    inserted,
    suffix,
  };
}

/** Word's search takes at most 255 characters. */
export const WORD_SEARCH_MAX = 255;

/** Characters Word's search reads specially, and how to ask for each literally ("^^" is a caret). */
const SEARCH_ESCAPES: Readonly<Record<string, string>> = {
  "^": "^^",
  "\t": "^t",
  "\n": "^l",
  "\u00a0": "^s",
  "\u00ad": "^-",
  "\u2011": "^~",
};

/** `text` as Word's search (without wildcards) reads it literally. */
export function wordSearchText(text: string): string {
  let out = "";
  for (const char of text) out += SEARCH_ESCAPES[char] ?? char;
  return out;
}

/** The longest start of `text` whose search form fits Word's limit and `maxChars`, never cutting a character. */
export function searchPrefix(text: string, maxChars: number): string {
  let out = "";
  let chars = 0;
  for (const char of text) {
    const next = out + (SEARCH_ESCAPES[char] ?? char);
    if (chars >= maxChars || next.length > WORD_SEARCH_MAX) break;
    out = next;
    chars += 1;
  }
  return out;
}

/**
 * Where Word should make a text fix: search the document for `search` (which the checked text holds exactly once),
 * then, inside that one result, either
 * - "replace": find `span` (first found at the result's start) and replace it with `text`, or
 * - "before" / "after": insert `text` before or after the result (a fix that only inserts).
 */
export interface TextFixTarget {
  readonly search: string;
  readonly edit:
    | {
        readonly kind: "replace";
        readonly span: string;
        readonly text: string;
        /** Set on the replaced text (a legacy-font conversion). */
        readonly font?: string;
      }
    | { readonly kind: "before" | "after"; readonly text: string };
}

export type TextFixLocation = TextFixTarget | { readonly reason: Message };

export const LOCATE_REASONS = {
  stale: {
    vi: "Đoạn văn đã thay đổi kể từ lần kiểm tra; hãy kiểm tra lại.",
    en: "The paragraph changed since the check; check again.",
  },
  ambiguous: {
    vi: "Không xác định được đúng chỗ cần sửa vì đoạn chữ này lặp lại trong văn bản; hãy sửa tay.",
    en: "The text to fix repeats in the document, so its place cannot be told apart; fix it by hand.",
  },
} as const satisfies Record<string, Message>;

/** How often `needle` occurs in `texts`, overlapping occurrences included, stopping at `limit`. */
function occurrences(texts: readonly string[], needle: string, limit: number): number {
  let count = 0;
  for (const text of texts) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count += 1;
      if (count >= limit) return count;
    }
  }
  return count;
}

/** Window sizes tried around a span, growing, until one is unique in the document. */
const WINDOW_STEPS = [0, 1, 2, 4, 8, 16, 32, 64, 128, 256] as const;

/**
 * How to find a text fix's place with Word's search, from the texts of the paragraphs that were checked: a stretch
 * of the paragraph around the span that occurs once in the whole document, so that its single search result is the
 * place. A reason instead when the paragraph no longer holds the span or no such stretch exists.
 */
export function locateTextFix(paragraphs: readonly string[], fix: TextFix): TextFixLocation {
  const text = paragraphs[fix.paragraph];
  if (text === undefined || fix.start < 0 || fix.end < fix.start || fix.end > text.length) {
    return { reason: LOCATE_REASONS.stale };
  }
  const { start, end, replacement } = fix;
  const fits = (from: number, to: number) =>
    to > from && wordSearchText(text.slice(from, to)).length <= WORD_SEARCH_MAX;
  const unique = (from: number, to: number) =>
    fits(from, to) && occurrences(paragraphs, text.slice(from, to), 2) === 1;

  for (const step of WINDOW_STEPS) {
    // Prefer a stretch that starts at the span (so the span is found at its start), then one that ends there.
    const candidates: [number, number][] = [
      [start, Math.min(text.length, Math.max(end, start + 1) + step)],
      [Math.max(0, start - Math.max(step, start === end ? 1 : 0)), end],
      [Math.max(0, start - step), Math.min(text.length, end + step)],
    ];
    for (const [from, to] of candidates) {
      if (!unique(from, to)) continue;
      const window = text.slice(from, to);
      const search = wordSearchText(window);
      if (start === end) {
        // Only an insertion: anchor on the stretch's edge at the insertion point.
        if (from === start) return { search, edit: { kind: "before", text: replacement } };
        if (to === end) return { search, edit: { kind: "after", text: replacement } };
        continue;
      }
      const span = text.slice(start, end);
      // Word finds the span's first occurrence inside the result; it must be ours.
      if (window.indexOf(span) !== start - from) continue;
      const edit = { kind: "replace", span: wordSearchText(span), text: replacement } as const;
      return { search, edit: fix.font === undefined ? edit : { ...edit, font: fix.font } };
    }
  }
  return { reason: LOCATE_REASONS.ambiguous };
}
