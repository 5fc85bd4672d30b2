// The documents a document cites, each once, with where it is first cited: what the Citations pane lists.

import { boundedSnapshot } from "./long-paragraphs";
import { type Reference, referenceKey, sameDocument } from "../citations";
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

/** Every document `snapshot` cites, in order of first mention, mentions in titles included. */
export function citedDocuments(whole: Snapshot): CitedDocument[] {
  // Paragraphs are read up to the length the checker reads (long-paragraphs.ts), so the pass stays linear.
  const { snapshot } = boundedSnapshot(whole);
  const found = documentReferences(snapshot, findComponents(snapshot));
  const groups: PlacedReference[][] = [];
  for (const placed of found.references) {
    // A bare "Quyết định 218" joins the numbered document it shortens, whichever came first.
    const group = groups.find((g) =>
      g.some((other) => sameDocument(other.reference, placed.reference))
    );
    if (group) group.push(placed);
    else groups.push([placed]);
  }
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
    const uses = definedAs
      ? found
          .mentions(definedAs)
          .filter(
            (use) =>
              !group.some(
                (placed) =>
                  placed.paragraph === use.paragraph &&
                  placed.reference.span.start <= use.span.start &&
                  use.span.start < placed.reference.span.end
              )
          ).length
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
