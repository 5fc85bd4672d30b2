// Groups mentions of the same cited document in one pass, by key, instead of comparing each mention with every group
// (quadratic in the number of distinct documents a file cites).

import { codeIdentity, type Reference, referenceKey } from "./reference-parser";

/**
 * How a mention finds its group: "head" compares it with each group's first mention (the `thethuc refs` list); "any"
 * with every mention already in a group (the Citations pane, where a bare "Quyết định 218" joins the numbered document
 * it shortens whichever came first).
 */
export type GroupMatch = "head" | "any";

// sameDocument (reference-parser.ts) as keys: laws by their key; two numbered documents by number and ký hiệu; otherwise
// by number and tên loại, "Văn bản" read as "Công văn". A numbered and a bare mention match on the last, so each mention
// is filed under the keys it can be matched by.
const typeLetter = (reference: Reference) =>
  reference.typeName === "Văn bản" ? "Công văn" : reference.typeName;
const numberPart = (reference: Reference) => reference.number ?? "\u0000";
const lawKey = (reference: Reference) => referenceKey(reference);
const codedKey = (reference: Reference) =>
  `${numberPart(reference)}\u0001${codeIdentity(reference.code ?? "")}`;
const typedKey = (reference: Reference) => `${numberPart(reference)}\u0001${typeLetter(reference)}`;

// Module functions, not closures made at each call: a closure made per check loses its optimised code at every full
// collection, as none of it lives between checks.

/** Files `group` under `key` unless a lower group holds it. */
function file(map: Map<string, number>, key: string, group: number): void {
  const known = map.get(key);
  if (known === undefined || group < known) map.set(key, group);
}

/** The lower of two groups, either of which may be missing. */
function lower(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined || a <= b ? a : b;
}

/** The groups of `items` that name the same document, in order of their first mention; linear in `items`. */
export function groupSameDocuments<T>(
  items: readonly T[],
  referenceOf: (item: T) => Reference,
  match: GroupMatch
): T[][] {
  const groups: T[][] = [];
  // For each key, the lowest group holding a mention filed under it: the group `groups.find` would pick.
  const law = new Map<string, number>();
  const coded = new Map<string, number>();
  const typedUncoded = new Map<string, number>();
  const typedAny = new Map<string, number>();
  for (const item of items) {
    const reference = referenceOf(item);
    // Each key made once per mention (they were made again to file it): strings built for every citation.
    const key = reference.law ? lawKey(reference) : typedKey(reference);
    const codeKey = !reference.law && reference.code ? codedKey(reference) : "";
    let group: number | undefined;
    if (reference.law) group = law.get(key);
    else if (reference.code) group = lower(coded.get(codeKey), typedUncoded.get(key));
    else group = typedAny.get(key);
    if (group === undefined) {
      group = groups.length;
      groups.push([]);
    } else if (match === "head") {
      // Only a group's first mention is compared: a later one is never filed.
      (groups[group] as T[]).push(item);
      continue;
    }
    (groups[group] as T[]).push(item);
    if (reference.law) file(law, key, group);
    else {
      if (reference.code) file(coded, codeKey, group);
      else file(typedUncoded, key, group);
      file(typedAny, key, group);
    }
  }
  return groups;
}
