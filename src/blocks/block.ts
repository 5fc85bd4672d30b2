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
  /** Starts a new page (a phụ lục after the signature). */
  readonly pageBreakBefore?: boolean;
  /** Size of the paragraph mark, which sets the height of an empty paragraph. */
  readonly markSizePt?: number;
}

export interface CellSpec {
  readonly paragraphs: readonly ParagraphSpec[];
}

/** A borderless table, the way headers and signature blocks are laid out. */
export interface TableSpec {
  readonly kind: "table";
  readonly columnsMm: readonly number[];
  readonly rows: readonly (readonly CellSpec[])[];
}

export type BlockContent = ParagraphSpec | TableSpec;

export interface Block {
  /** Block name, also the content-control tag `thethuc:<name>`. */
  readonly name: string;
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
