// Renumbering: rewrites the literal numbers of an outline after sections were added, moved or removed.

import { headingOf } from "../check/components";
import type { Fix } from "../check/types";
import { matchText } from "../text/normalize";
import { pointLetter, roman } from "./outline";

export interface OutlineLine {
  readonly paragraph: number;
  readonly text: string;
}

// Where the label sits in the original text: leading spaces, then the number as the heading parser read it.
const LABEL = /^(\s*)((?:Chương|Phần|Mục)\s+[IVXLC\d]+|Điều\s+\d+|[IVXLC]+|\d{1,2}|[a-zđ])/u;

/**
 * Text fixes that renumber the outline in order: Roman headings 1…n, Arabic restarting under each Roman heading,
 * letters restarting under each Arabic one, Điều and Chương in one sequence through the document. Each line keeps
 * its own delimiter ("I." or "I-"). Lines already right get no fix.
 */
export function renumberFixes(lines: readonly OutlineLine[]): Fix[] {
  const counters = { roman: 0, arabic: 0, letter: 0, article: 0, chapter: 0, part: 0, section: 0 };
  const fixes: Fix[] = [];
  for (const line of lines) {
    const heading = headingOf(line.paragraph, matchText(line.text));
    if (!heading) continue;
    let wanted: string;
    switch (heading.kind) {
      case "roman":
        counters.roman++;
        counters.arabic = 0;
        counters.letter = 0;
        wanted = roman(counters.roman);
        break;
      case "arabic":
        counters.arabic++;
        counters.letter = 0;
        wanted = String(counters.arabic);
        break;
      case "letter":
        counters.letter++;
        wanted = pointLetter(counters.letter);
        break;
      case "article":
        counters.article++;
        counters.arabic = 0;
        counters.letter = 0;
        wanted = `Điều ${counters.article}`;
        break;
      case "chapter":
        counters.chapter++;
        counters.section = 0;
        wanted = `Chương ${roman(counters.chapter)}`;
        break;
      case "part":
        counters.part++;
        wanted = `Phần ${roman(counters.part)}`;
        break;
      case "section":
        counters.section++;
        wanted = `Mục ${counters.section}`;
        break;
    }
    const match = LABEL.exec(line.text);
    if (!match) continue;
    const start = (match[1] ?? "").length;
    const written = match[2] as string;
    if (written !== wanted)
      fixes.push({
        kind: "text",
        paragraph: line.paragraph,
        start,
        end: start + written.length,
        replacement: wanted,
      });
  }
  return fixes;
}
