// Section properties (CT_SectPr): paper and margins of the profile.

import type { PageSetup } from "../../conventions";
import { mmToTwips } from "../units";
import { el } from "../xml";

/** Distance of the running header from the page edge, ≈ 10 mm where page numbers go [PL1 I.7]. */
const HEADER_DISTANCE_MM = 10;

/** CT_SectPr in schema order: pgSz, pgMar, cols, docGrid. A4 portrait is 11906 × 16838 twips. */
export function sectionProperties(page: PageSetup): string {
  const { widthMm, heightMm } = page.paper;
  const margins = page.margins.generate;
  return el("w:sectPr", {}, [
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
    el("w:cols", { "w:space": 720 }),
    el("w:docGrid", { "w:linePitch": 360 }),
  ]);
}
