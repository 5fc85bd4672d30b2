// Where a header's or footer's PAGE field prints across the page: by its paragraph's alignment (its own w:jc or its
// style's), by the tab stop it is pushed to (Word's Header style centres by a tab at 4680 twips, no w:jc), or by the
// text box that holds it, placed by the header [REAL]. Read from the part's XML, as the snapshot reader reads it.

import type { Align } from "../conventions";

/** The page a header or footer part is laid out on: twips from the page's left edge. */
export interface PageFrame {
  readonly pageWidth: number;
  readonly marginLeft: number;
  readonly marginRight: number;
}

interface TabStop {
  readonly pos: number;
  readonly kind: "left" | "center" | "right" | "clear" | "other";
}

interface StyleLayout {
  readonly basedOn: string | null;
  readonly align: string | null;
  readonly tabs: readonly TabStop[];
}

/** The paragraph styles of styles.xml, as much as placing a page number needs: alignment and tab stops. */
export type HeaderStyles = ReadonlyMap<string, StyleLayout>;

/** A number this far from the middle of the text area (mm) is still centred: a tab stop set for Letter paper on A4. */
const CENTRE_TOLERANCE_TWIPS = 10 * 56.7;
/** Half the width of a printed page number ("12", 14 pt): where its middle stands from a left or right tab. */
const HALF_NUMBER_TWIPS = 100;
const EMU_PER_TWIP = 635;

const PAGE_FIELD = /w:instr="\s*PAGE\b|<w:instrText[^>]*>\s*PAGE\b/gu;

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`, "u").exec(tag)?.[1] ?? null;
}

function tabStops(pPr: string): TabStop[] {
  const tabs = /<w:tabs>([\s\S]*?)<\/w:tabs>/u.exec(pPr)?.[1] ?? "";
  return [...tabs.matchAll(/<w:tab\b[^>]*>/gu)].map(([tag]) => {
    const val = attribute(tag, "w:val") ?? "left";
    return {
      pos: Number.parseInt(attribute(tag, "w:pos") ?? "0", 10) || 0,
      kind:
        val === "left" || val === "start"
          ? "left"
          : val === "center" || val === "right" || val === "clear"
            ? val
            : val === "end"
              ? "right"
              : "other",
    };
  });
}

function jcOf(pPr: string): string | null {
  return attribute(/<w:jc\b[^>]*>/u.exec(pPr)?.[0] ?? "", "w:val");
}

/** The paragraph styles of a styles part: each style's own alignment and tab stops, and the style it is based on. */
export function readHeaderStyles(stylesXml: string | undefined): HeaderStyles {
  const styles = new Map<string, StyleLayout>();
  for (const [style] of (stylesXml ?? "").matchAll(/<w:style\b[\s\S]*?<\/w:style>/gu)) {
    const id = attribute(/<w:style\b[^>]*>/u.exec(style)?.[0] ?? "", "w:styleId");
    if (!id) continue;
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/u.exec(style)?.[0] ?? "";
    styles.set(id, {
      basedOn: attribute(/<w:basedOn\b[^>]*>/u.exec(style)?.[0] ?? "", "w:val"),
      align: jcOf(pPr),
      tabs: tabStops(pPr),
    });
  }
  return styles;
}

/** Tab stops after layering: a later stop at a position replaces an earlier one, "clear" removes it. */
function layerTabs(base: readonly TabStop[], own: readonly TabStop[]): TabStop[] {
  const byPos = new Map(base.map((tab) => [tab.pos, tab]));
  for (const tab of own) {
    if (tab.kind === "clear") byPos.delete(tab.pos);
    else byPos.set(tab.pos, tab);
  }
  return [...byPos.values()].sort((a, b) => a.pos - b.pos);
}

/** A paragraph's alignment and tab stops, its style's (and their bases') under its own. */
function layout(pPr: string, styles: HeaderStyles): { align: string | null; tabs: TabStop[] } {
  const chain: StyleLayout[] = [];
  const seen = new Set<string>();
  let id = attribute(/<w:pStyle\b[^>]*>/u.exec(pPr)?.[0] ?? "", "w:val");
  while (id && !seen.has(id) && chain.length < 20) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) break;
    chain.unshift(style);
    id = style.basedOn;
  }
  let align: string | null = null;
  let tabs: TabStop[] = [];
  for (const style of chain) {
    align = style.align ?? align;
    tabs = layerTabs(tabs, style.tabs);
  }
  return { align: jcOf(pPr) ?? align, tabs: layerTabs(tabs, tabStops(pPr)) };
}

/** "center", "left", "right" by where the number's middle stands, in twips from the text area's left edge. */
function placed(middle: number, frame: PageFrame): Align {
  const width = frame.pageWidth - frame.marginLeft - frame.marginRight;
  const offset = middle - width / 2;
  if (Math.abs(offset) <= CENTRE_TOLERANCE_TWIPS) return "center";
  return offset < 0 ? "left" : "right";
}

function alignOf(jc: string | null): Align | null {
  if (jc === "center" || jc === "left" || jc === "right" || jc === "both") return jc;
  if (jc === "start") return "left";
  if (jc === "end") return "right";
  return null;
}

/**
 * Where the number of a paragraph stands when no text box holds it: its alignment, or the tab stop its tab characters
 * reach (the n-th tab reaches the n-th stop: the number follows nothing but tabs in such headers).
 */
function paragraphPlace(
  paragraph: string,
  field: number,
  styles: HeaderStyles,
  frame: PageFrame
): Align | null {
  const head = /^<w:p\b[^>]*>\s*(<w:pPr>[\s\S]*?<\/w:pPr>)?/u.exec(paragraph);
  const pPr = head?.[1] ?? "";
  const { align, tabs } = layout(pPr, styles);
  const before = paragraph.slice(head?.[0].length ?? 0, field);
  const tabsBefore = (before.match(/<w:tab\/>|<w:tab\s[^>]*\/>/gu) ?? []).length;
  if (tabsBefore === 0) return alignOf(align) ?? "left";
  // Text before the tabs, or a centred paragraph with tabs in it, moves the number by widths not read here.
  if (/<w:t[ >][^<]*\S/u.test(before) || (align !== null && align !== "left" && align !== "start"))
    return null;
  const stop = tabs.filter((tab) => tab.kind !== "other")[tabsBefore - 1];
  if (!stop) return null;
  const middle =
    stop.kind === "center"
      ? stop.pos
      : stop.kind === "right"
        ? stop.pos - HALF_NUMBER_TWIPS
        : stop.pos + HALF_NUMBER_TWIPS;
  return placed(middle, frame);
}

/**
 * Where a text box placed in the header puts the number: centred on the margins or the page ("align center"), or at
 * an offset from the page or the margin, its middle taken from its width and its paragraph's alignment.
 */
function boxPlace(
  anchor: string,
  paragraph: string,
  styles: HeaderStyles,
  frame: PageFrame
): Align | null {
  const positionH = /<wp:positionH\b[^>]*>([\s\S]*?)<\/wp:positionH>/u.exec(anchor);
  if (!positionH) return null;
  const from = attribute(positionH[0], "relativeFrom");
  const alignH = /<wp:align>\s*(\w+)\s*<\/wp:align>/u.exec(positionH[1] ?? "")?.[1];
  const offset = /<wp:posOffset>\s*(-?\d+)\s*<\/wp:posOffset>/u.exec(positionH[1] ?? "")?.[1];
  const cx = Number.parseInt(
    attribute(/<wp:extent\b[^>]*>/u.exec(anchor)?.[0] ?? "", "cx") ?? "",
    10
  );
  if (!Number.isFinite(cx) || cx <= 0) return null;
  const width = cx / EMU_PER_TWIP;
  const textWidth = frame.pageWidth - frame.marginLeft - frame.marginRight;
  // The box's left edge, in twips from the text area's left edge.
  let left: number | null = null;
  if (alignH === "center")
    left =
      from === "page" ? (frame.pageWidth - width) / 2 - frame.marginLeft : (textWidth - width) / 2;
  else if (offset !== undefined) {
    const at = Number.parseInt(offset, 10) / EMU_PER_TWIP;
    left =
      from === "page" ? at - frame.marginLeft : from === "margin" || from === "column" ? at : null;
  }
  if (left === null) return null;
  const pPr = /^<w:p\b[^>]*>\s*(<w:pPr>[\s\S]*?<\/w:pPr>)?/u.exec(paragraph)?.[1] ?? "";
  const align = alignOf(layout(pPr, styles).align) ?? "left";
  // A box about as narrow as the number holds it wherever its paragraph aligns it.
  const middle =
    align === "center" || width < 4 * HALF_NUMBER_TWIPS
      ? left + width / 2
      : align === "right"
        ? left + width - HALF_NUMBER_TWIPS
        : left + HALF_NUMBER_TWIPS;
  return placed(middle, frame);
}

/** The place across the page of each PAGE field of a header or footer part; null where it cannot be told. */
export function pageFieldPlaces(
  xml: string,
  styles: HeaderStyles,
  frame: PageFrame
): (Align | null)[] {
  // Word writes a text box twice, as DrawingML and as its VML fallback: read the first only.
  const part = xml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/gu, "");
  const places: (Align | null)[] = [];
  for (const match of part.matchAll(PAGE_FIELD)) {
    const at = match.index ?? 0;
    // The innermost paragraph: the last one opened before the field (a text box's paragraph opens inside its anchor's).
    const start = Math.max(part.lastIndexOf("<w:p>", at), part.lastIndexOf("<w:p ", at));
    if (start < 0) {
      places.push(null);
      continue;
    }
    const end = part.indexOf("</w:p>", at);
    const paragraph = part.slice(start, end < 0 ? part.length : end);
    const inBox = part.lastIndexOf("<w:txbxContent", at) > part.lastIndexOf("</w:txbxContent>", at);
    if (inBox) {
      // The DrawingML anchor that holds the box (a VML box has none: its place is not read).
      const anchorAt = part.lastIndexOf("<wp:anchor", at);
      const holds = anchorAt >= 0 && part.lastIndexOf("</wp:anchor>", at) < anchorAt;
      places.push(holds ? boxPlace(part.slice(anchorAt, start), paragraph, styles, frame) : null);
    } else places.push(paragraphPlace(paragraph, at - start, styles, frame));
  }
  return places;
}
