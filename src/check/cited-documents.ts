// The documents a document cites, each once, with where it is first cited: what the Citations pane lists.

import { boundedSnapshot } from "./long-paragraphs";
import { groupSameDocuments, type Reference, referenceKey } from "../citations";
import type { Snapshot } from "../ooxml/snapshot";
import { findComponents } from "./components";
import { comesBefore, documentReferences, type PlacedReference } from "./references";
import { paragraphText } from "./lines";

/** How the pane groups them: Party documents, State documents, laws and ordinances, and numbers without a ký hiệu. */
export type CitedGroup = "party" | "state" | "law" | "other";

export const CITED_GROUPS: readonly CitedGroup[] = ["party", "state", "law", "other"];

export interface CitedDocument {
  readonly key: string;
  readonly group: CitedGroup;
  /** The fullest mention: the first with a date, issuer or trích yếu; else the first. */
  readonly reference: Reference;
  /** Where it is first cited: the paragraph's snapshot index and text, for the pane's "go to". */
  readonly first: { readonly paragraph: number; readonly text: string };
  /** How many times it is cited, its defined short form's uses included. */
  readonly mentions: number;
  /** The short form the document defines for it, if any. */
  readonly definedAs: string | null;
}

function groupOf(reference: Reference): CitedGroup {
  if (reference.law) return "law";
  if (reference.regime === "party") return "party";
  if (reference.regime === "state") return "state";
  return "other";
}

/** Rank of a mention as the one to show: the more it says about the document, the better. */
function fullness(reference: Reference): number {
  return (
    (reference.code ? 8 : 0) +
    (reference.date ? 4 : 0) +
    (reference.issuer ? 2 : 0) +
    (reference.summary ? 1 : 0)
  );
}

/**
 * Whether a position falls inside one of the group's mentions, in O(log n): per paragraph the mentions sorted by start
 * with the furthest end so far, so a document cited thousands of times with as many uses of its short form stays linear.
 */
function spanIndex(group: readonly PlacedReference[]): {
  covers(paragraph: number, at: number): boolean;
} {
  const byParagraph = new Map<number, { starts: number[]; furthestEnds: number[] }>();
  const sorted = [...group].sort(
    (a, b) => a.paragraph - b.paragraph || a.reference.span.start - b.reference.span.start
  );
  for (const { paragraph, reference } of sorted) {
    let spans = byParagraph.get(paragraph);
    if (!spans) byParagraph.set(paragraph, (spans = { starts: [], furthestEnds: [] }));
    const furthest = spans.furthestEnds[spans.furthestEnds.length - 1] ?? -1;
    spans.starts.push(reference.span.start);
    spans.furthestEnds.push(Math.max(furthest, reference.span.end));
  }
  return {
    covers(paragraph, at) {
      const spans = byParagraph.get(paragraph);
      if (!spans) return false;
      // The last mention starting at or before `at`; some mention up to it must end after `at`.
      let low = 0;
      let high = spans.starts.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((spans.starts[middle] as number) <= at) low = middle + 1;
        else high = middle;
      }
      return low > 0 && (spans.furthestEnds[low - 1] as number) > at;
    },
  };
}

/** Every document `snapshot` cites, in order of first mention, mentions in titles included. */
export function citedDocuments(whole: Snapshot): CitedDocument[] {
  // Paragraphs are read up to the length the checker reads (long-paragraphs.ts), so the pass stays linear.
  const { snapshot } = boundedSnapshot(whole);
  const found = documentReferences(snapshot, findComponents(snapshot));
  // A bare "Quyết định 218" joins the numbered document it shortens, whichever came first.
  const groups = groupSameDocuments(found.references, (placed) => placed.reference, "any");
  return groups.map((group) => {
    const at = (placed: PlacedReference) => ({
      paragraph: placed.paragraph,
      span: placed.reference.span,
    });
    const first = group.reduce((a, b) => (comesBefore(at(b), at(a)) ? b : a));
    const best = group.reduce((a, b) =>
      fullness(b.reference) > fullness(a.reference) ? b : a
    ).reference;
    const definedAs =
      group.find((placed) => placed.reference.definedAs)?.reference.definedAs ?? null;
    // Uses of the short form that the parser also read as a reference are already in the group.
    const inGroup = definedAs ? spanIndex(group) : null;
    const uses = definedAs
      ? found.mentions(definedAs).filter((use) => !inGroup?.covers(use.paragraph, use.span.start))
          .length
      : 0;
    return {
      key: referenceKey(best),
      group: groupOf(best),
      reference: best,
      first: {
        paragraph: first.paragraph,
        text: paragraphText(snapshot, first.paragraph),
      },
      mentions: group.length + uses,
      definedAs,
    };
  });
}
