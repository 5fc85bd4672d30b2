// The snapshot: a document as the checker sees it, with every paragraph's effective formatting resolved.

import type { Align } from "../conventions";

export interface RunFonts {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
}

/** One run as Word would render it: formatting after docDefaults, styles and direct formatting. */
export interface RunSnapshot {
  readonly text: string;
  /** Offset of the run's text in its paragraph's text. */
  readonly start: number;
  readonly fonts: RunFonts;
  readonly sizePt: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** The caps property (text shown in capitals whatever its letters). */
  readonly caps: boolean;
  /** "000000"-style colour, or "auto". */
  readonly color: string;
}

export type LineRule = "auto" | "exact" | "atLeast";

export interface CellPosition {
  /** Index of the top-level table in the document (0-based), counting tables in body order. */
  readonly table: number;
  readonly row: number;
  readonly column: number;
  /** 1 for a cell of a body table, 2 for a table nested in a cell, … */
  readonly depth: number;
  /** The cell's width in mm (its w:tcW, else the grid columns it spans); absent when the file does not say. */
  readonly widthMm?: number;
}

export interface ParagraphSnapshot {
  /** 0-based position among the document's paragraphs: what findings point at. */
  readonly index: number;
  readonly text: string;
  readonly runs: readonly RunSnapshot[];
  /** Paragraph style id, after the default paragraph style applies. */
  readonly styleId: string | null;
  readonly align: Align;
  readonly indent: {
    readonly leftMm: number;
    readonly rightMm: number;
    readonly firstLineMm: number;
  };
  readonly spacing: {
    readonly beforePt: number;
    readonly afterPt: number;
    /** Lines for "auto" (1 = single), points for "exact" and "atLeast". */
    readonly line: number;
    readonly lineRule: LineRule;
  };
  /** The paragraph has a top or bottom border (the drawn lines of headers). */
  readonly border: { readonly top: boolean; readonly bottom: boolean };
  readonly cell: CellPosition | null;
  readonly section: number;
  /** Numbered by Word's own numbering (w:numPr): the number and its indent come from the numbering definition. */
  readonly numbered?: boolean;
}

export interface SectionSnapshot {
  readonly pageWidthMm: number;
  readonly pageHeightMm: number;
  readonly orientation: "portrait" | "landscape";
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  /** Different first page (w:titlePg), which hides the page number on page 1. */
  readonly titlePage: boolean;
  /**
   * The PAGE fields of the headers and footers this section shows (its own, or those it inherits); absent when the
   * host cannot see headers and footers.
   */
  readonly pageNumbers?: readonly PageNumberSnapshot[];
  /** Odd and even pages have their own headers and footers (settings w:evenAndOddHeaders): even ones are listed. */
  readonly evenAndOddPages?: boolean;
}

/** A page number: a PAGE field in a header or footer. */
export interface PageNumberSnapshot {
  readonly place: "header" | "footer";
  /** Which pages the header or footer is for: every page, the first page (w:titlePg), even pages. */
  readonly pages: "default" | "first" | "even";
  /**
   * Where it prints across the page: its paragraph's alignment (own or its style's), or where the tab stop or the
   * header's text box that holds it puts it against the text area; null when that cannot be told.
   */
  readonly align: Align | null;
}

/** The text of a text box or shape, beside the paragraph that anchors it (not part of that paragraph's text). */
export interface TextBoxSnapshot {
  /** Index of the anchoring paragraph. */
  readonly paragraph: number;
  readonly text: string;
}

/** A straight line drawn as a shape (VML v:line or connector, DrawingML line or connector), e.g. under the tiêu ngữ. */
export interface DrawnLineSnapshot {
  /** Index of the anchoring paragraph. */
  readonly paragraph: number;
  /** Its length in millimetres, when the shape gives one. */
  readonly lengthMm: number | null;
}

export interface Snapshot {
  readonly paragraphs: readonly ParagraphSnapshot[];
  readonly sections: readonly SectionSnapshot[];
  /** Text boxes in document order (absent when the host cannot see them). */
  readonly textBoxes?: readonly TextBoxSnapshot[];
  /** Straight lines drawn as shapes, in document order (absent when none, or when the host cannot see them). */
  readonly drawnLines?: readonly DrawnLineSnapshot[];
}
