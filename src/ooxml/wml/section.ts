// Section properties (CT_SectPr): paper and margins of the profile.

import type { PageSetup } from "../../conventions";
import { mmToTwips } from "../units";
import { el } from "../xml";

/** Distance of the running header from the page edge, ≈ 10 mm where page numbers go [PL1 I.7]. */
const HEADER_DISTANCE_MM = 10;

/** Relationship ids of the running headers: the default one (page numbers) and an empty one for page 1. */
export interface HeaderIds {
  readonly default: string;
  readonly first: string;
  /** Page 1's own footer (ô 13, the contacts line), when the document has one. */
  readonly firstFooter?: string;
}

/**
 * CT_SectPr in schema order: headerReference, pgSz, pgMar, pgNumType, cols, titlePg, docGrid. A4 portrait is 11906 × 16838
 * twips. With headers, page 1 gets its own empty header ("different first page"), so numbers start on page 2.
 */
export function sectionProperties(
  page: PageSetup,
  headers?: HeaderIds,
  restartNumbering = false
): string {
  const { widthMm, heightMm } = page.paper;
  const margins = page.margins.generate;
  return el("w:sectPr", {}, [
    ...(headers
      ? [
          el("w:headerReference", { "w:type": "default", "r:id": headers.default }),
          el("w:headerReference", { "w:type": "first", "r:id": headers.first }),
          ...(headers.firstFooter
            ? [el("w:footerReference", { "w:type": "first", "r:id": headers.firstFooter })]
            : []),
        ]
      : []),
    el("w:pgSz", { "w:w": mmToTwips(widthMm), "w:h": mmToTwips(heightMm) }),
    el("w:pgMar", {
      "w:top": mmToTwips(margins.top),
      "w:right": mmToTwips(margins.right),
      "w:bottom": mmToTwips(margins.bottom),
      "w:left": mmToTwips(margins.left),
      "w:header": mmToTwips(HEADER_DISTANCE_MM),
      "w:footer": mmToTwips(HEADER_DISTANCE_MM),
      "w:gutter": 0,
    }),
    // A phụ lục numbers its pages from 1 [PL1 III.1].
    ...(restartNumbering ? [el("w:pgNumType", { "w:start": 1 })] : []),
    el("w:cols", { "w:space": 720 }),
    ...(headers ? [el("w:titlePg")] : []),
    el("w:docGrid", { "w:linePitch": 360 }),
  ]);
}
