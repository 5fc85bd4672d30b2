// Reads a .docx or a getOoxml() package into a Snapshot in one SAX pass over document.xml, resolving effective formatting.

import type { Align } from "../conventions";
import {
  DocxReadError,
  type PackageParts,
  readFlatOpcPackage,
  readZipPackage,
} from "./package-reader";
import {
  applyParagraphProperty,
  applyRunProperty,
  type AttributeKeys,
  type Attributes,
  attributeKeys,
  type ParaProps,
  type RunProps,
} from "./properties";
import { parseSax, prefixFor, type SaxHandlers } from "./sax";
import type {
  CellPosition,
  DrawnLineSnapshot,
  LineRule,
  PageNumberSnapshot,
  ParagraphSnapshot,
  RunFonts,
  RunSnapshot,
  SectionSnapshot,
  Snapshot,
} from "./snapshot";
import { pageFieldPlaces, readHeaderStyles } from "./page-number-place";
import { readStyles, readTheme, type StyleSheet, type ThemeFonts } from "./styles";
import { W_NS } from "./wml/namespaces";

const MM_PER_TWIP = 25.4 / 1440;
/** Word's own defaults where no style says otherwise. */
const WORD_DEFAULT_FONT = "Times New Roman";
const WORD_DEFAULT_SIZE_HALF_POINTS = 20;
/** US Letter, Word's page when a section names none. */
const DEFAULT_PAGE = { w: 12240, h: 15840 };
const DEFAULT_MARGIN = 1440;

// Subtrees that are not the body text as shown: the fallback copy of alternate content, text boxes (their paragraphs
// are not in the body's paragraph list), and the previous state of tracked changes. The fixer walks past the same ones,
// so its paragraphs are indexed as the snapshot's are.
export const SKIPPED_SUBTREES: ReadonlySet<string> = new Set([
  "Fallback",
  "txbxContent",
  "pPrChange",
  "rPrChange",
  "del",
  "moveFrom",
  "tblPrChange",
  "sectPrChange",
]);

/** The local names the handlers compare, as the literals they compare with. */
const LOCAL_NAMES: ReadonlyMap<string, string> = new Map(
  [
    "p",
    "pPr",
    "rPr",
    "sectPr",
    "r",
    "t",
    "tab",
    "br",
    "cr",
    "noBreakHyphen",
    "softHyphen",
    "tbl",
    "tr",
    "tc",
    "gridCol",
    "gridBefore",
    "gridSpan",
    "tcW",
    "tblStyle",
    "rStyle",
    "pStyle",
    "numId",
    "pBdr",
    "pgSz",
    "pgMar",
    "headerReference",
    "footerReference",
    "titlePg",
    "anchor",
    "inline",
    "extent",
    "cNvCnPr",
    "prstGeom",
    "line",
    "shape",
    "top",
    "bottom",
    "jc",
    "ind",
    "spacing",
    "rFonts",
    "b",
    "i",
    "caps",
    "u",
    "sz",
    "color",
  ].map((name) => [name, name])
);

/** What the handlers ask of an element's name, worked out once per name (and WordprocessingML prefix) in a document. */
interface ElementName {
  /** The name after its first colon, or the whole name. */
  readonly local: string;
  /** The name without the document's WordprocessingML prefix; null when it does not start with that prefix. */
  readonly wordLocal: string | null;
  readonly skipped: boolean;
  /** An element named document, whose namespace declarations give the prefix. */
  readonly root: boolean;
  readonly drawingML: boolean;
  readonly vml: boolean;
}

/** Names remembered per document: Word uses a few hundred; a hostile file's endless new names are worked out each time. */
const NAMES_REMEMBERED = 4096;

/**
 * What one document may hold once read, so that memory follows what a real document needs rather than what a zip can
 * unpack to: about 3,000 pages of text (2,600 characters a page), and paragraphs and runs far beyond that.
 */
export interface DocumentLimits {
  readonly textChars: number;
  readonly paragraphs: number;
  readonly runs: number;
}

export const DOCUMENT_LIMITS: DocumentLimits = {
  textChars: 8_000_000,
  paragraphs: 400_000,
  runs: 1_000_000,
};

function tooLong(what: string): DocxReadError {
  return new DocxReadError(
    `văn bản dài quá mức một văn bản thật (document beyond any real one: more than ${what})`
  );
}

type FontSlot = "ascii" | "hAnsi" | "eastAsia" | "cs";
const SLOTS: readonly FontSlot[] = ["ascii", "hAnsi", "eastAsia", "cs"];

/** Layers run properties: a layer that names a slot's font (by name or theme) replaces both for that slot. */
function layerRun(base: RunProps, layer: RunProps): RunProps {
  const result: RunProps = { ...base };
  for (const [key, value] of Object.entries(layer) as [
    keyof RunProps,
    RunProps[keyof RunProps],
  ][]) {
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  }
  for (const slot of SLOTS) {
    const theme = `${slot}Theme` as const;
    if (layer[slot] !== undefined && layer[theme] === undefined) delete result[theme];
  }
  return result;
}

/**
 * The paragraph's own properties over its styles' (as `{ ...base, ...own }`): one object of one shape, which is much
 * cheaper than spreading two objects for every paragraph. applyParagraphProperty never sets a property to undefined,
 * so an own property is one that is not undefined.
 */
function layerPara(base: ParaProps, own: ParaProps): ParaProps {
  return {
    align: own.align !== undefined ? own.align : base.align,
    left: own.left !== undefined ? own.left : base.left,
    right: own.right !== undefined ? own.right : base.right,
    firstLine: own.firstLine !== undefined ? own.firstLine : base.firstLine,
    before: own.before !== undefined ? own.before : base.before,
    after: own.after !== undefined ? own.after : base.after,
    line: own.line !== undefined ? own.line : base.line,
    lineRule: own.lineRule !== undefined ? own.lineRule : base.lineRule,
    borderTop: own.borderTop !== undefined ? own.borderTop : base.borderTop,
    borderBottom: own.borderBottom !== undefined ? own.borderBottom : base.borderBottom,
  };
}

function themeFont(theme: ThemeFonts, name: string): string | undefined {
  const scheme = name.startsWith("major") ? theme.major : theme.minor;
  if (name.endsWith("EastAsia")) return scheme.ea;
  if (name.endsWith("Bidi")) return scheme.cs;
  return scheme.latin;
}

function fontsOf(props: RunProps, theme: ThemeFonts): RunFonts {
  const slot = (name: FontSlot): string => {
    const themed = props[`${name}Theme`];
    return (themed ? themeFont(theme, themed) : undefined) ?? props[name] ?? WORD_DEFAULT_FONT;
  };
  return { ascii: slot("ascii"), hAnsi: slot("hAnsi"), eastAsia: slot("eastAsia"), cs: slot("cs") };
}

interface TableFrame {
  readonly table: number;
  row: number;
  column: number;
  styleId: string | null;
  /** The table grid's column widths in twips (w:gridCol). */
  readonly grid: number[];
  /** The grid column where the current cell starts, and how many it spans (w:gridBefore, w:gridSpan). */
  gridAt: number;
  span: number;
  /** The current cell's own width in twips (w:tcW of type dxa), or null. */
  cellTwips: number | null;
}

/** The width of the frame's current cell in mm: its own w:tcW, else the grid columns it spans; undefined if unknown. */
function cellWidthMm(frame: TableFrame): number | undefined {
  if (frame.cellTwips !== null && frame.cellTwips > 0) return frame.cellTwips * MM_PER_TWIP;
  const columns = frame.grid.slice(frame.gridAt, frame.gridAt + frame.span);
  if (columns.length < frame.span || columns.length === 0) return undefined;
  const twips = columns.reduce((sum, width) => sum + width, 0);
  return twips > 0 ? twips * MM_PER_TWIP : undefined;
}

interface OpenParagraph {
  readonly para: ParaProps;
  numbered?: boolean;
  styleId: string | null;
  text: string;
  /** The runs so far: null before the first, an array of exactly one after it, grown by push from the second on. */
  runs: RunSnapshot[] | null;
  endsSection: boolean;
}

interface OpenRun {
  readonly props: RunProps;
  styleId: string | null;
  text: string;
}

interface OpenSection {
  w: number;
  h: number;
  orient: string | null;
  top: number;
  bottom: number;
  left: number;
  right: number;
  titlePage: boolean;
  /** The header and footer parts the section names, by relationship id. */
  refs: SectionRef[];
}

/** Word's defaults for what a w:sectPr leaves out: Letter paper, one-inch margins. */
function defaultSection(): OpenSection {
  return {
    w: DEFAULT_PAGE.w,
    h: DEFAULT_PAGE.h,
    orient: null,
    top: DEFAULT_MARGIN,
    bottom: DEFAULT_MARGIN,
    left: DEFAULT_MARGIN,
    right: DEFAULT_MARGIN,
    titlePage: false,
    refs: [],
  };
}

interface SectionRef {
  readonly place: "header" | "footer";
  readonly pages: "default" | "first" | "even";
  readonly id: string;
}

/** The sections' references to header and footer parts, kept aside until the relationships are read. */
const SECTION_REFS = new WeakMap<SectionSnapshot, readonly SectionRef[]>();

function section(open: OpenSection): SectionSnapshot {
  const landscape = open.orient === "landscape" || open.w > open.h;
  const result: SectionSnapshot = {
    pageWidthMm: open.w * MM_PER_TWIP,
    pageHeightMm: open.h * MM_PER_TWIP,
    orientation: landscape ? "landscape" : "portrait",
    margins: {
      top: Math.abs(open.top) * MM_PER_TWIP,
      bottom: Math.abs(open.bottom) * MM_PER_TWIP,
      left: open.left * MM_PER_TWIP,
      right: open.right * MM_PER_TWIP,
    },
    titlePage: open.titlePage,
  };
  SECTION_REFS.set(result, open.refs);
  return result;
}

/** DrawingML preset geometries that draw a straight line. */
const LINE_GEOMETRY: ReadonlySet<string> = new Set(["line", "straightConnector1", "lineInv"]);

/** A VML shape that is a straight connector: the "straight arrow connector" type, or one marked as a connector. */
function isVmlConnector(local: string, attrs: Attributes): boolean {
  return (
    local === "shape" && (attrs.type === "#_x0000_t32" || attrs["o:connectortype"] === "straight")
  );
}

/** A VML length ("274.8pt", ".6pt", "1.5in", "3cm", "20mm", a bare number in pixels) in millimetres. */
function vmlMm(value: string | undefined): number | null {
  const match = /^\s*(-?\d*\.?\d+)\s*(pt|in|cm|mm|px)?\s*$/u.exec(value ?? "");
  if (!match) return null;
  const number = Number(match[1]);
  const perUnit: Record<string, number> = { pt: 25.4 / 72, in: 25.4, cm: 10, mm: 1, px: 25.4 / 96 };
  return number * (perUnit[match[2] ?? "px"] as number);
}

/**
 * The length of a VML line (from its from and to points) or connector (from the width and height in its style), and
 * whether it runs across the page rather than down it.
 */
function vmlLength(local: string, attrs: Attributes): { mm: number | null; horizontal: boolean } {
  let dx: number | null = null;
  let dy = 0;
  if (local === "line") {
    const [fromX, fromY] = (attrs.from ?? "").split(",").map(vmlMm);
    const [toX, toY] = (attrs.to ?? "").split(",").map(vmlMm);
    if (fromX != null && toX != null) {
      dx = Math.abs(toX - fromX);
      dy = Math.abs((toY ?? 0) - (fromY ?? 0));
    }
  } else {
    const style = attrs.style ?? "";
    dx = vmlMm(/(?:^|;)\s*width\s*:\s*([^;]+)/u.exec(style)?.[1]);
    dy = Math.abs(vmlMm(/(?:^|;)\s*height\s*:\s*([^;]+)/u.exec(style)?.[1]) ?? 0);
  }
  if (dx === null) return { mm: null, horizontal: true };
  return { mm: Math.round(Math.hypot(dx, dy) * 10) / 10, horizontal: dy * 10 <= dx };
}

function int(value: string | undefined, fallback: number): number {
  const number = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : fallback;
}

/** The snapshot of a package's parts. */
export function snapshotOf(parts: PackageParts, limits = DOCUMENT_LIMITS): Snapshot {
  const theme = readTheme(themePart(parts));
  const sheet = readStyles(parts.get("word/styles.xml"), theme);
  const snapshot = readDocument(parts.get("word/document.xml") ?? "", sheet, limits);
  const rels = parts.get("word/_rels/document.xml.rels");
  if (rels === undefined) return snapshot;
  return { ...snapshot, sections: withPageNumbers(snapshot.sections, rels, parts) };
}

/** The relationship targets of document.xml, by id. */
function relationshipTargets(rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(?:word\/)?/, "word/"));
  }
  return targets;
}

/**
 * Each section's page numbers: the PAGE fields of the headers and footers it names, or inherits from the section
 * before it when it names none of a kind (Word's rule).
 */
function withPageNumbers(
  sections: readonly SectionSnapshot[],
  rels: string,
  parts: PackageParts
): SectionSnapshot[] {
  const targets = relationshipTargets(rels);
  const styles = readHeaderStyles(parts.get("word/styles.xml"));
  // Even-page headers and footers show only when the settings turn them on (w:evenAndOddHeaders).
  const evenPages = EVEN_AND_ODD.test(parts.get("word/settings.xml") ?? "");
  const inherited = new Map<string, string>();
  // A header or footer the section names but the package does not hold (a part left out) cannot be judged.
  let unseen = false;
  return sections.map((section) => {
    for (const ref of SECTION_REFS.get(section) ?? []) {
      const target = targets.get(ref.id);
      if (target && parts.get(target) !== undefined)
        inherited.set(`${ref.place}:${ref.pages}`, target);
      else unseen = true;
    }
    if (unseen) return section;
    const frame = {
      pageWidth: section.pageWidthMm / MM_PER_TWIP,
      marginLeft: section.margins.left / MM_PER_TWIP,
      marginRight: section.margins.right / MM_PER_TWIP,
    };
    const pageNumbers: PageNumberSnapshot[] = [];
    for (const [key, target] of inherited) {
      const [place, pages] = key.split(":") as [
        PageNumberSnapshot["place"],
        PageNumberSnapshot["pages"],
      ];
      if (pages === "even" && !evenPages) continue;
      for (const align of pageFieldPlaces(parts.get(target) ?? "", styles, frame))
        pageNumbers.push({ place, pages, align });
    }
    return { ...section, pageNumbers, ...(evenPages ? { evenAndOddPages: true } : {}) };
  });
}

/** The settings switch that shows even-page headers and footers, on unless its value says off. */
const EVEN_AND_ODD = /<w:evenAndOddHeaders(?:\s*\/>|\s+w:val="(?:true|1|on)"\s*\/>)/u;

function themePart(parts: PackageParts): string | undefined {
  const name = parts.names().find((part) => part.startsWith("word/theme/"));
  return name === undefined ? undefined : parts.get(name);
}

/** Reads the bytes of a .docx into a snapshot; throws DocxReadError with a one-line reason when it cannot. */
export function readDocx(bytes: Uint8Array, limits = DOCUMENT_LIMITS): Snapshot {
  return snapshotOf(readZipPackage(bytes), limits);
}

/** Reads the flat-OPC package Word's `body.getOoxml()` returns. */
export function readFlatOpc(xml: string): Snapshot {
  return snapshotOf(readFlatOpcPackage(xml));
}

/**
 * One reader kept for the module's life and never used. The optimised code of the reader's methods depends on the
 * hidden class of its instances, which only their transitions (weak) lead to; at a full collection with no reader left
 * alive V8 drops the class and that code with it ("weak objects" in --trace-deopt), and compiles it again over the next
 * reads. An empty reader holds no document.
 */
let keptReader: DocumentReader | null = null;

function readDocument(xml: string, sheet: StyleSheet, limits: DocumentLimits): Snapshot {
  keptReader ??= new DocumentReader(readStyles(undefined, readTheme(undefined)), DOCUMENT_LIMITS);
  const reader = new DocumentReader(sheet, limits);
  parseSax(xml, "word/document.xml", reader);
  return reader.snapshot();
}

/** A text box's text while it is read. */
interface OpenBox {
  text: string;
  inText: boolean;
}

/** A DrawingML drawing being read: its extent, and whether its shape is a straight line or connector. */
interface OpenDrawing {
  cx: number | null;
  cy: number;
  line: boolean;
}

/**
 * The state of one read of document.xml, and the SAX handlers that build its snapshot. A class rather than closures
 * made per read: V8 keeps a function's optimised code strongly only while a JSFunction holding it lives, so closures
 * made afresh for each read lose their optimised code at every full collection and are compiled again over the next
 * reads; the methods of a class live as long as the module.
 */
class DocumentReader implements SaxHandlers {
  private readonly sheet: StyleSheet;
  private readonly limits: DocumentLimits;
  private readonly paragraphs: ParagraphSnapshot[] = [];
  private readonly sections: SectionSnapshot[] = [];
  private readonly tables: TableFrame[] = [];
  private tableCount = 0;
  private runCount = 0;
  private textChars = 0;
  private w = "w:";
  private keys: AttributeKeys = attributeKeys("w:");
  private readonly names = new Map<string, ElementName>();
  private skip = 0;
  private box: OpenBox | null = null;
  private readonly textBoxes: { paragraph: number; text: string }[] = [];
  private readonly drawnLines: DrawnLineSnapshot[] = [];
  private drawing: OpenDrawing | null = null;
  private paragraph: OpenParagraph | null = null;
  private run: OpenRun | null = null;
  private inParaProps = false;
  private inRunProps = false;
  private inBorder = false;
  private inMarkProps = false;
  private inText = false;
  private openSection: OpenSection | null = null;
  private readonly baseCache = new Map<string, RunProps>();
  private readonly docRun: RunProps;
  // The styles of the run before, and what they gave: most runs follow one of the same styles, which spares building
  // and hashing a key for each.
  private lastRunStyles: [string | null, string | null, string | null] | null = null;
  private lastRunBase: RunProps;
  private readonly baseParaCache = new Map<string, ParaProps>();
  private readonly baseFonts = new Map<RunProps, RunFonts>();
  /** The paragraph properties of the defaults, the table's style and the paragraph's style, layered once per pair. */
  private lastParaStyles: [string | null, string | null] | null = null;
  private lastParaBase: ParaProps = {};
  // Paragraphs whose indents, spacings or borders are equal share one object of each (nothing writes them): a document
  // repeats a few values, and its snapshot then holds far fewer objects for the collector to copy and promote.
  private readonly indents = new Map<
    number,
    Map<number, Map<number, ParagraphSnapshot["indent"]>>
  >();
  private readonly spacings = new Map<
    string,
    Map<number, Map<number, Map<number, ParagraphSnapshot["spacing"]>>>
  >();
  private readonly borders: ParagraphSnapshot["border"][] = [
    { top: false, bottom: false },
    { top: true, bottom: false },
    { top: false, bottom: true },
    { top: true, bottom: true },
  ];

  constructor(sheet: StyleSheet, limits: DocumentLimits) {
    this.sheet = sheet;
    this.limits = limits;
    this.docRun = layerRun({ size: WORD_DEFAULT_SIZE_HALF_POINTS }, sheet.defaults.run);
    this.lastRunBase = this.docRun;
  }

  /** The innermost table being read. Not tables[tables.length - 1]: outside a table that asks the array for "-1", a
   * slow lookup up its prototypes. */
  private innermost(): TableFrame | undefined {
    const tables = this.tables;
    return tables.length > 0 ? tables[tables.length - 1] : undefined;
  }

  private nameOf(name: string): ElementName {
    const w = this.w;
    const colon = name.indexOf(":");
    const local = colon >= 0 ? name.slice(colon + 1) : name;
    const wordLocal = name.startsWith(w) ? name.slice(w.length) : null;
    const known: ElementName = {
      local: LOCAL_NAMES.get(local) ?? local,
      wordLocal: wordLocal === null ? null : (LOCAL_NAMES.get(wordLocal) ?? wordLocal),
      skipped: SKIPPED_SUBTREES.has(local),
      root: name.endsWith(":document") || name === "document",
      drawingML: name.startsWith("wp:"),
      vml: name.startsWith("v:"),
    };
    if (this.names.size < NAMES_REMEMBERED) this.names.set(name, known);
    return known;
  }

  private baseRun(
    tableStyle: string | null,
    paraStyle: string | null,
    runStyle: string | null
  ): RunProps {
    const last = this.lastRunStyles;
    if (last && last[0] === tableStyle && last[1] === paraStyle && last[2] === runStyle)
      return this.lastRunBase;
    const key = `${tableStyle}\u0000${paraStyle}\u0000${runStyle}`;
    let base = this.baseCache.get(key);
    if (!base) {
      const sheet = this.sheet;
      base = this.docRun;
      if (tableStyle) base = layerRun(base, sheet.resolve(tableStyle).run);
      if (paraStyle) base = layerRun(base, sheet.resolve(paraStyle).run);
      if (runStyle) base = layerRun(base, sheet.resolve(runStyle).run);
      this.baseCache.set(key, base);
    }
    this.lastRunStyles = [tableStyle, paraStyle, runStyle];
    this.lastRunBase = base;
    return base;
  }

  private basePara(tableStyle: string | null, styleId: string | null): ParaProps {
    const last = this.lastParaStyles;
    if (last && last[0] === tableStyle && last[1] === styleId) return this.lastParaBase;
    const key = `${tableStyle}\u0000${styleId}`;
    let base = this.baseParaCache.get(key);
    if (!base) {
      const sheet = this.sheet;
      base = {
        ...sheet.defaults.para,
        ...(tableStyle ? sheet.resolve(tableStyle).para : {}),
        ...sheet.resolve(styleId).para,
      };
      this.baseParaCache.set(key, base);
    }
    this.lastParaStyles = [tableStyle, styleId];
    this.lastParaBase = base;
    return base;
  }

  /** One indent object per (left, right, first line) in twips. */
  private indentOf(left: number, right: number, firstLine: number): ParagraphSnapshot["indent"] {
    let byRight = this.indents.get(left);
    if (!byRight) this.indents.set(left, (byRight = new Map()));
    let byFirstLine = byRight.get(right);
    if (!byFirstLine) byRight.set(right, (byFirstLine = new Map()));
    let indent = byFirstLine.get(firstLine);
    if (!indent) {
      indent = {
        leftMm: left * MM_PER_TWIP,
        rightMm: right * MM_PER_TWIP,
        firstLineMm: firstLine * MM_PER_TWIP,
      };
      byFirstLine.set(firstLine, indent);
    }
    return indent;
  }

  /** One spacing object per (line rule, before, after, line) in twentieths of a point and 240ths of a line. */
  private spacingOf(
    lineRule: LineRule,
    before: number,
    after: number,
    line: number
  ): ParagraphSnapshot["spacing"] {
    let byBefore = this.spacings.get(lineRule);
    if (!byBefore) this.spacings.set(lineRule, (byBefore = new Map()));
    let byAfter = byBefore.get(before);
    if (!byAfter) byBefore.set(before, (byAfter = new Map()));
    let byLine = byAfter.get(after);
    if (!byLine) byAfter.set(after, (byLine = new Map()));
    let spacing = byLine.get(line);
    if (!spacing) {
      spacing = {
        beforePt: before / 20,
        afterPt: after / 20,
        line: lineRule === "auto" ? line / 240 : line / 20,
        lineRule,
      };
      byLine.set(line, spacing);
    }
    return spacing;
  }

  private closeParagraph(open: OpenParagraph): void {
    const frame = this.innermost();
    const paragraphs = this.paragraphs;
    const styleId = open.styleId ?? this.sheet.defaultParagraphStyle;
    const tableStyle = frame?.styleId ?? null;
    const base = this.basePara(tableStyle, styleId);
    let direct = false;
    for (const key in open.para)
      if (Object.hasOwn(open.para, key)) {
        direct = true;
        break;
      }
    const para: ParaProps = direct ? layerPara(base, open.para) : base;
    const widthMm = frame ? cellWidthMm(frame) : undefined;
    const cell: CellPosition | null = frame
      ? {
          table: frame.table,
          row: frame.row,
          column: frame.column,
          depth: this.tables.length,
          ...(widthMm !== undefined ? { widthMm } : {}),
        }
      : null;
    const lineRule = para.lineRule ?? "auto";
    const line = para.line ?? 240;
    const limit = this.limits.paragraphs;
    if (paragraphs.length >= limit) throw tooLong(`${limit} paragraphs`);
    const closed: { -readonly [K in keyof ParagraphSnapshot]: ParagraphSnapshot[K] } = {
      index: paragraphs.length,
      text: open.text,
      // Arrays of the exact length: one pushed onto keeps room for 16 or more, and the snapshot lives through the whole
      // check. Most paragraphs hold one run, whose array was made with it; an empty paragraph gets its own empty one.
      runs: open.runs === null ? [] : open.runs.length > 1 ? open.runs.slice() : open.runs,
      styleId,
      align: (para.align ?? "left") as Align,
      indent: this.indentOf(para.left ?? 0, para.right ?? 0, para.firstLine ?? 0),
      spacing: this.spacingOf(lineRule, para.before ?? 0, para.after ?? 0, line),
      border: this.borders[
        (para.borderTop ? 1 : 0) + (para.borderBottom ? 2 : 0)
      ] as ParagraphSnapshot["border"],
      cell,
      section: this.sections.length,
    };
    // Set after the literal, not spread into it: a spread builds every paragraph's object the slow generic way.
    if (open.numbered) closed.numbered = true;
    paragraphs.push(closed);
  }

  private closeRun(open: OpenRun, target: OpenParagraph): void {
    if (open.text === "") return;
    const limit = this.limits.runs;
    if (++this.runCount > limit) throw tooLong(`${limit} runs`);
    const frame = this.innermost();
    const base = this.baseRun(
      frame?.styleId ?? null,
      target.styleId ?? this.sheet.defaultParagraphStyle,
      open.styleId
    );
    let direct = false;
    for (const key in open.props)
      if (Object.hasOwn(open.props, key)) {
        direct = true;
        break;
      }
    // A run with no properties of its own has its styles' properties, and their fonts (one object per style set).
    const props = direct ? layerRun(base, open.props) : base;
    let fonts = direct ? undefined : this.baseFonts.get(base);
    if (!fonts) {
      fonts = fontsOf(props, this.sheet.theme);
      if (!direct) this.baseFonts.set(base, fonts);
    }
    const closed: RunSnapshot = {
      text: open.text,
      start: target.text.length,
      fonts,
      sizePt: (props.size ?? WORD_DEFAULT_SIZE_HALF_POINTS) / 2,
      bold: props.bold ?? false,
      italic: props.italic ?? false,
      underline: props.underline ?? false,
      caps: props.caps ?? false,
      color: props.color ?? "auto",
    };
    // The first run in an array of one, made to measure: an empty array pushed onto takes room for 17.
    if (target.runs === null) target.runs = [closed];
    else target.runs.push(closed);
    target.text += open.text;
  }

  private append(text: string): void {
    const run = this.run;
    if (!run) return;
    this.textChars += text.length;
    const limit = this.limits.textChars;
    if (this.textChars > limit) throw tooLong(`${limit} characters of text`);
    run.text += text;
  }

  open(name: string, attrs: Attributes, selfClosing: boolean): void {
    const box = this.box;
    if (this.skip > 0) {
      // saxes closes a self-closing element too, so every element opened inside a skipped subtree is counted.
      this.skip++;
      if (box && name.endsWith(":t")) box.inText = !selfClosing;
      else if (box && name.endsWith(":p") && !selfClosing && box.text !== "") box.text += "\n";
      return;
    }
    let element = this.names.get(name) ?? this.nameOf(name);
    if (element.root) {
      const prefix = prefixFor(attrs, W_NS, "w:");
      if (prefix !== this.w) {
        this.w = prefix;
        this.keys = attributeKeys(prefix);
        this.names.clear();
        element = this.nameOf(name);
      }
    }
    const local = element.local;
    if (element.skipped) {
      this.skip = 1;
      // A text box's text is kept beside the paragraph that anchors it, never in that paragraph's text.
      if (local === "txbxContent" && !selfClosing) this.box = { text: "", inText: false };
      return;
    }
    // Lines drawn as shapes (the rules under the tiêu ngữ, the issuer, the trích yếu in most Word-made State
    // documents) [REAL]: DrawingML in the chosen branch of alternate content, or VML on its own (the VML copy
    // inside mc:Fallback is skipped above, so a line is counted once).
    const drawing = this.drawing;
    if (local === "anchor" || local === "inline") {
      if (element.drawingML || attrs.distT !== undefined)
        this.drawing = { cx: null, cy: 0, line: false };
    } else if (drawing && local === "extent") {
      drawing.cx = int(attrs.cx, -1);
      drawing.cy = int(attrs.cy, 0);
    } else if (
      drawing &&
      (local === "cNvCnPr" || (local === "prstGeom" && LINE_GEOMETRY.has(attrs.prst ?? "")))
    ) {
      drawing.line = true;
    } else if (element.vml && (local === "line" || isVmlConnector(local, attrs))) {
      const length = vmlLength(local, attrs);
      if (length.horizontal)
        this.drawnLines.push({ paragraph: this.paragraphs.length, lengthMm: length.mm });
    }
    if (element.wordLocal === null) return;
    const w = this.w;
    const keys = this.keys;
    const openSection = this.openSection;
    if (openSection) {
      if (local === "pgSz") {
        openSection.w = int(attrs[`${w}w`], DEFAULT_PAGE.w);
        openSection.h = int(attrs[`${w}h`], DEFAULT_PAGE.h);
        openSection.orient = attrs[`${w}orient`] ?? null;
      } else if (local === "pgMar") {
        openSection.top = int(attrs[`${w}top`], DEFAULT_MARGIN);
        openSection.bottom = int(attrs[`${w}bottom`], DEFAULT_MARGIN);
        openSection.left = int(attrs[`${w}left`], DEFAULT_MARGIN);
        openSection.right = int(attrs[`${w}right`], DEFAULT_MARGIN);
      } else if (local === "headerReference" || local === "footerReference") {
        const type = attrs[`${w}type`];
        const id = Object.entries(attrs).find(([key]) => key.endsWith(":id"))?.[1];
        if (id)
          openSection.refs.push({
            place: local === "headerReference" ? "header" : "footer",
            pages: type === "first" || type === "even" ? type : "default",
            id,
          });
      } else if (local === "titlePg") {
        const value = attrs[keys.val];
        openSection.titlePage =
          value === undefined || value === "1" || value === "true" || value === "on";
      }
      return;
    }
    const paragraph = this.paragraph;
    const run = this.run;
    switch (local) {
      case "p":
        this.paragraph = { para: {}, styleId: null, text: "", runs: null, endsSection: false };
        return;
      case "pPr":
        if (paragraph && !run) this.inParaProps = true;
        return;
      case "rPr":
        if (this.inParaProps) this.inMarkProps = true;
        else if (run) this.inRunProps = true;
        return;
      case "sectPr": {
        const open = defaultSection();
        if (selfClosing) this.sections.push(section(open));
        else this.openSection = open;
        return;
      }
      case "r":
        if (paragraph) this.run = { props: {}, styleId: null, text: "" };
        return;
      case "t":
        this.inText = !selfClosing;
        return;
      case "tab":
        if (!this.inParaProps) this.append("\t");
        return;
      case "br":
      case "cr":
        this.append("\n");
        return;
      case "noBreakHyphen":
        this.append("\u2011");
        return;
      case "softHyphen":
        this.append("\u00ad");
        return;
      case "tbl": {
        const tables = this.tables;
        tables.push({
          table: tables.length === 0 ? this.tableCount++ : (tables[0] as TableFrame).table,
          row: -1,
          column: -1,
          styleId: null,
          grid: [],
          gridAt: 0,
          span: 0,
          cellTwips: null,
        });
        return;
      }
      case "tr": {
        const frame = this.innermost();
        if (frame) {
          frame.row++;
          frame.column = -1;
          frame.gridAt = 0;
          frame.span = 0;
        }
        return;
      }
      case "tc": {
        const frame = this.innermost();
        if (frame) {
          frame.column++;
          frame.gridAt += frame.span;
          frame.span = 1;
          frame.cellTwips = null;
        }
        return;
      }
      case "gridCol": {
        const frame = this.innermost();
        if (frame && frame.row === -1) frame.grid.push(Math.max(0, int(attrs[`${w}w`], 0)));
        return;
      }
      case "gridBefore": {
        const frame = this.innermost();
        if (frame && frame.column === -1) frame.gridAt = Math.max(0, int(attrs[keys.val], 0));
        return;
      }
      case "gridSpan": {
        const frame = this.innermost();
        if (frame && !paragraph) frame.span = Math.max(1, int(attrs[keys.val], 1));
        return;
      }
      case "tcW": {
        const frame = this.innermost();
        const type = attrs[`${w}type`] ?? "dxa";
        if (frame && !paragraph && type === "dxa") frame.cellTwips = int(attrs[`${w}w`], 0);
        return;
      }
      case "tblStyle": {
        const frame = this.innermost();
        if (frame && !paragraph) frame.styleId = attrs[keys.val] ?? null;
        return;
      }
    }
    if (this.inMarkProps) return;
    if (this.inRunProps && run) {
      if (local === "rStyle") run.styleId = attrs[keys.val] ?? null;
      else applyRunProperty(run.props, local, attrs, w);
      return;
    }
    if (this.inParaProps && paragraph) {
      if (local === "pStyle") paragraph.styleId = attrs[keys.val] ?? null;
      // Numbered by Word (its number and indent come from the numbering definition, not the text) [REAL].
      else if (local === "numId") paragraph.numbered = attrs[keys.val] !== "0";
      else if (local === "pBdr") this.inBorder = !selfClosing;
      else applyParagraphProperty(paragraph.para, local, attrs, w, this.inBorder);
    }
  }

  close(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      const box = this.box;
      if (box && name.endsWith(":t")) box.inText = false;
      if (box && this.skip === 0) {
        if (box.text.trim() !== "")
          this.textBoxes.push({ paragraph: this.paragraphs.length, text: box.text });
        this.box = null;
      }
      return;
    }
    const drawing = this.drawing;
    if (drawing && (name.endsWith(":anchor") || name.endsWith(":inline"))) {
      // A horizontal rule: a vertical line (a column divider) is not a line under text.
      const horizontal = drawing.cx === null || drawing.cx < 0 || drawing.cy * 10 <= drawing.cx;
      if (drawing.line && horizontal)
        this.drawnLines.push({
          paragraph: this.paragraphs.length,
          lengthMm:
            drawing.cx !== null && drawing.cx >= 0 ? Math.round(drawing.cx / 3600) / 10 : null,
        });
      this.drawing = null;
    }
    const local = (this.names.get(name) ?? this.nameOf(name)).wordLocal;
    if (local === null) return;
    const openSection = this.openSection;
    if (openSection) {
      if (local === "sectPr") {
        this.sections.push(section(openSection));
        this.openSection = null;
        if (this.paragraph) this.paragraph.endsSection = true;
      }
      return;
    }
    switch (local) {
      case "t":
        this.inText = false;
        return;
      case "rPr":
        if (this.inMarkProps) this.inMarkProps = false;
        else this.inRunProps = false;
        return;
      case "pBdr":
        this.inBorder = false;
        return;
      case "pPr":
        this.inParaProps = false;
        return;
      case "r": {
        const run = this.run;
        const paragraph = this.paragraph;
        if (run && paragraph) this.closeRun(run, paragraph);
        this.run = null;
        return;
      }
      case "p": {
        const paragraph = this.paragraph;
        if (paragraph) {
          this.closeParagraph(paragraph);
          // The paragraph that carries a sectPr is the last of its section, which is already pushed.
          if (paragraph.endsSection)
            (this.paragraphs[this.paragraphs.length - 1] as { section: number }).section =
              this.sections.length - 1;
        }
        this.paragraph = null;
        return;
      }
      case "tbl":
        this.tables.pop();
        return;
    }
  }

  text(text: string): void {
    if (this.inText && this.skip === 0) this.append(text);
    else if (this.box?.inText) this.box.text += text;
  }

  /** The snapshot of what was read. */
  snapshot(): Snapshot {
    const sections = this.sections;
    if (sections.length === 0) {
      sections.push(section(defaultSection()));
    }
    // Both keys always there (undefined when none): one hidden class for every document's snapshot, so code optimised
    // on one document is not thrown away on the next, which has no drawn line.
    return {
      paragraphs: this.paragraphs,
      sections,
      textBoxes: this.textBoxes.length > 0 ? this.textBoxes : undefined,
      drawnLines: this.drawnLines.length > 0 ? this.drawnLines : undefined,
    };
  }
}
