// A rule's source tags ("[PL1 I.3][LE][RULEBOOK D1]") in words a clerk reads: the document's name and the part of it.

import { SOURCES } from "../conventions/sources";

const TAG = /\[([^\]\s]+)(?: ([^\]]+))?\]/g;

/**
 * One line per source the tags cite: "Nghị định 30/2020/NĐ-CP, Phụ lục I — …, mục I.3". A tag the registry does
 * not know is shown as written, so nothing is hidden.
 */
export function sourceInWords(source: string): string[] {
  const lines: string[] = [];
  for (const match of source.matchAll(TAG)) {
    const [whole, tag = "", item] = match;
    const known = Object.prototype.hasOwnProperty.call(SOURCES, tag) ? SOURCES[tag] : undefined;
    if (!known) lines.push(whole);
    else if (!item) lines.push(known.title);
    else if (tag === "RULEBOOK") lines.push(`${known.title}, ${item}`);
    else lines.push(`${known.title}, mục ${item}`);
  }
  return lines.length > 0 ? lines : [source];
}
