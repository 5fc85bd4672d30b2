// The block model: what a builder returns and the OOXML writer turns into WordprocessingML.

import type { Align } from "../conventions";

export interface RunSpec {
  readonly text: string;
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

/** A solid line drawn above a paragraph, used for the short lines under header texts. */
export interface BorderSpec {
  readonly widthPt: number;
  /** Two lines (the secrecy stamp's "hai đường viền"), not one. */
  readonly double?: boolean;
}

/**
 * A placeholder drawn where an image goes in the electronic form (NĐ30 PL1 II.7d, II.8a): a dashed outline, no
 * text, anchored to its paragraph; offsets from the paragraph's top left, in millimetres.
 */
export interface ShapeSpec {
  readonly kind: "rect" | "oval";
  readonly leftMm: number;
  readonly topMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
  /** Outline colour, hex RGB: blue for the signature image, red for the seal image. */
  readonly color: string;
  /** What goes there, as the shape's alternative text (Word shows it; the checker never reads it). */
  readonly label: string;
}

export interface ParagraphSpec {
  readonly kind: "paragraph";
  /** The rulebook component this paragraph is ("issuer", "number", …), so checks can find it again. */
  readonly role: string;
  readonly align: Align;
  readonly runs: readonly RunSpec[];
  readonly spacing?: {
    readonly beforePt?: number;
    readonly afterPt?: number;
    /** An exact line height in points… */
    readonly lineExactPt?: number;
    /** …or a multiple of single line spacing (1.15). */
    readonly lineMultiple?: number;
  };
  readonly indent?: {
    readonly leftMm?: number;
    readonly rightMm?: number;
    readonly firstLineMm?: number;
  };
  readonly borderTop?: BorderSpec;
  /** A solid line under the paragraph (kept from an original pasted into a bản sao). */
  readonly borderBottom?: BorderSpec;
  /** A single-line frame round the paragraph (KHẨN, HỎA TỐC, phạm vi lưu hành: "khung hình chữ nhật viền đơn"). */
  readonly box?: BorderSpec;
  /** Placeholder drawings anchored to the paragraph (the electronic form's signature and seal images). */
  readonly shapes?: readonly ShapeSpec[];
  /** Starts a new page (a phụ lục after the signature). */
  readonly pageBreakBefore?: boolean;
  /**
   * Starts a section of its own whose pages are numbered from 1 (a phụ lục, PL1 III.1). A .docx written by the
   * command line ends the section before with a section break; inserted into Word, only the page break is kept.
   */
  readonly newSection?: boolean;
  /** Size of the paragraph mark, which sets the height of an empty paragraph. */
  readonly markSizePt?: number;
}

export interface CellSpec {
  readonly paragraphs: readonly ParagraphSpec[];
  /** How many of the table's columns the cell spans (a merged cell of an original pasted into a bản sao); 1 by default. */
  readonly span?: number;
}

/** A table: borderless, the way headers and signature blocks are laid out, unless `ruled`. */
export interface TableSpec {
  readonly kind: "table";
  readonly columnsMm: readonly number[];
  readonly rows: readonly (readonly CellSpec[])[];
  /** A form's table printed with single lines (a giấy đi đường's travel table), not a layout table. */
  readonly ruled?: boolean;
}

export type BlockContent = ParagraphSpec | TableSpec;

export interface Block {
  /** Block name, also the content-control tag `thethuc:<name>`. */
  readonly name: string;
  /**
   * Where a written file puts the block: in the body (default), or in page 1's own header or footer (ô 13, the
   * contacts under a full-width line; the organisation's digital signature at the top right, PL1 II.8b).
   */
  readonly placement?: "body" | "first-page-header" | "first-page-footer";
  /** Shown as the content control's title in Word. */
  readonly title: string;
  readonly font: string;
  readonly content: readonly BlockContent[];
}

/** Field-level problem found in a form's input; the form shows `message` beside `field`. */
export interface FieldError {
  readonly field: string;
  readonly message: { readonly vi: string; readonly en: string };
}

export type BuildResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };
