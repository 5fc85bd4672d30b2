// Paragraphs beyond any real document: the rules read their first TEXT_LIMIT characters, and coverage says so.

import type { ParagraphSnapshot, Snapshot } from "../ooxml/snapshot";
import type { Message } from "./types";

/**
 * Characters of one paragraph the text rules read. The longest paragraph of the real documents is a few thousand
 * characters; a paragraph of a hundred pages is not one a drafter wrote, and text passes over it must stay cheap.
 */
export const TEXT_LIMIT = 100_000;
/** How far back from the limit a cut looks for a space, so no word is cut in two. */
const CUT_WINDOW = 1_000;
const MARK_OR_LOW_SURROGATE = /[\p{M}\udc00-\udfff]/u;

export interface CutParagraph {
  readonly paragraph: number;
  readonly length: number;
  readonly kept: number;
}

/** Where to cut `text`: at the last space inside the window before the limit, never inside a letter's marks. */
function cutAt(text: string): number {
  const space = text.lastIndexOf(" ", TEXT_LIMIT);
  let cut = space > TEXT_LIMIT - CUT_WINDOW ? space : TEXT_LIMIT;
  const floor = cut - 32;
  while (cut > floor && MARK_OR_LOW_SURROGATE.test(text.charAt(cut))) cut--;
  return cut;
}

function cutParagraph(paragraph: ParagraphSnapshot, cut: number): ParagraphSnapshot {
  return {
    ...paragraph,
    text: paragraph.text.slice(0, cut),
    runs: paragraph.runs
      .filter((run) => run.start < cut)
      .map((run) =>
        run.start + run.text.length > cut
          ? { ...run, text: run.text.slice(0, cut - run.start) }
          : run
      ),
  };
}

/** True when a paragraph is longer than TEXT_LIMIT (a loop: a closure made per check loses its optimised code). */
function hasLongParagraph(snapshot: Snapshot): boolean {
  for (const paragraph of snapshot.paragraphs) if (paragraph.text.length > TEXT_LIMIT) return true;
  return false;
}

/** The snapshot the rules read: paragraphs longer than TEXT_LIMIT cut to their first TEXT_LIMIT characters. */
export function boundedSnapshot(snapshot: Snapshot): { snapshot: Snapshot; cut: CutParagraph[] } {
  const cut: CutParagraph[] = [];
  if (!hasLongParagraph(snapshot)) return { snapshot, cut };
  const paragraphs = snapshot.paragraphs.map((paragraph) => {
    if (paragraph.text.length <= TEXT_LIMIT) return paragraph;
    const at = cutAt(paragraph.text);
    cut.push({ paragraph: paragraph.index, length: paragraph.text.length, kept: at });
    return cutParagraph(paragraph, at);
  });
  return { snapshot: { ...snapshot, paragraphs }, cut };
}

/** The coverage note for the cut paragraphs (paragraphs counted from 1, as the text report does). */
export function cutReason(cut: readonly CutParagraph[]): Message {
  const shown = cut.slice(0, 5);
  const more = cut.length - shown.length;
  const vi = shown.map((c) => `đoạn ${c.paragraph + 1} (${c.length} ký tự)`).join(", ");
  const en = shown.map((c) => `paragraph ${c.paragraph + 1} (${c.length} characters)`).join(", ");
  return {
    vi: `${vi}${more > 0 ? ` và ${more} đoạn khác` : ""} dài quá mức một văn bản thật: chỉ ${TEXT_LIMIT} ký tự đầu của mỗi đoạn được kiểm tra về chữ (chính tả, viện dẫn, ngày, viết hoa…); phần sau không được đánh giá`,
    en: `${en}${more > 0 ? ` and ${more} more` : ""} longer than any real document: only the first ${TEXT_LIMIT} characters of each were checked for text (spelling, citations, dates, capitals…); the rest was not evaluated`,
  };
}
