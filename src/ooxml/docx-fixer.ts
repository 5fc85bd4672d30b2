// Applies planned fixes to a .docx outside Word: formatting of a paragraph's runs, text inside w:t, page setup per
// section. Only word/document.xml changes, and inside it only the paragraphs and sections a fix names.

import { type Document, DOMParser, type Element, type Node, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Fix, FormatChange, Message } from "../check/types";
import type { Snapshot } from "./snapshot";
import { SKIPPED_SUBTREES } from "./snapshot-reader";
import { W_NS } from "./wml/namespaces";

/** A fix that could not be applied to the file, with a one-line reason. */
export interface UnappliedFix {
  readonly fix: Fix;
  readonly reason: Message;
}

export interface DocxFixResult {
  /** The new package; the input bytes when nothing was applied. */
  readonly bytes: Uint8Array;
  readonly applied: readonly Fix[];
  readonly unapplied: readonly UnappliedFix[];
}

export const FIXER_REASONS = {
  paragraph: {
    vi: "Không tìm thấy đúng đoạn này trong tệp (đoạn đọc ra khác); hãy sửa trong Word.",
    en: "This paragraph could not be matched in the file; fix it in Word.",
  },
  span: {
    vi: "Đoạn chữ cần sửa vắt qua dấu tab, ngắt dòng hoặc trường; hãy sửa trong Word.",
    en: "The text to fix spans a tab, line break or field; fix it in Word.",
  },
  text: {
    vi: "Chữ trong tệp đã khác với lúc kiểm tra; hãy kiểm tra lại.",
    en: "The text in the file differs from what was checked; check again.",
  },
  section: {
    vi: "Văn bản không có thiết lập trang cho phần này; hãy đặt khổ giấy, lề trong Word.",
    en: "The document has no page setup for this section; set it in Word.",
  },
  runs: {
    vi: "Đoạn không có chữ nào để định dạng.",
    en: "The paragraph has no text to format.",
  },
} as const satisfies Record<string, Message>;

// Child order of CT_RPr and CT_PPr (ECMA-376 Part 1, §17.3.2.28 and §17.3.1.26): new children go in their place.
const RPR_ORDER = [
  "rStyle",
  "rFonts",
  "b",
  "bCs",
  "i",
  "iCs",
  "caps",
  "smallCaps",
  "strike",
  "dstrike",
  "outline",
  "shadow",
  "emboss",
  "imprint",
  "noProof",
  "snapToGrid",
  "vanish",
  "webHidden",
  "color",
  "spacing",
  "w",
  "kern",
  "position",
  "sz",
  "szCs",
  "highlight",
  "u",
  "effect",
  "bdr",
  "shd",
  "fitText",
  "vertAlign",
  "rtl",
  "cs",
  "em",
  "lang",
  "eastAsianLayout",
  "specVanish",
  "oMath",
];
const PPR_ORDER = [
  "pStyle",
  "keepNext",
  "keepLines",
  "pageBreakBefore",
  "framePr",
  "widowControl",
  "numPr",
  "suppressLineNumbers",
  "pBdr",
  "shd",
  "tabs",
  "suppressAutoHyphens",
  "kinsoku",
  "wordWrap",
  "overflowPunct",
  "topLinePunct",
  "autoSpaceDE",
  "autoSpaceDN",
  "bidi",
  "adjustRightInd",
  "snapToGrid",
  "spacing",
  "ind",
  "contextualSpacing",
  "mirrorIndents",
  "suppressOverlap",
  "jc",
  "textDirection",
  "textAlignment",
  "textboxTightWrap",
  "outlineLvl",
  "divId",
  "cnfStyle",
  "rPr",
  "sectPr",
  "pPrChange",
];
const SECTPR_ORDER = [
  "headerReference",
  "footerReference",
  "footnotePr",
  "endnotePr",
  "type",
  "pgSz",
  "pgMar",
  "paperSrc",
  "pgBorders",
  "lnNumType",
  "pgNumType",
  "cols",
  "formProt",
  "vAlign",
  "noEndnote",
  "titlePg",
  "textDirection",
  "bidi",
  "rtlGutter",
  "docGrid",
  "printerSettings",
  "sectPrChange",
];

/** Fonts whose letters are pictures (Symbol, Wingdings…): a font fix never replaces them. */
const SYMBOL_FONT = /symbol|wingdings|webdings|marlett/i;

const A4 = { short: 11906, long: 16838 } as const;
const TWIPS_PER_MM = 1440 / 25.4;

/** A piece of a paragraph's text: the w:t element holding it, or null for a tab, break or hyphen character. */
interface Piece {
  readonly t: Element | null;
  readonly run: Element;
  readonly start: number;
  readonly text: string;
}

interface ParagraphModel {
  readonly p: Element;
  readonly runs: Element[];
}

function isW(node: Node, local: string): node is Element {
  return (
    node.nodeType === 1 &&
    (node as Element).namespaceURI === W_NS &&
    (node as Element).localName === local
  );
}

function documentOf(node: Node): Document {
  return node.ownerDocument as Document;
}

function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling)
    if (child.nodeType === 1) children.push(child as Element);
  return children;
}

/** Paragraphs and sections in the reader's order, with each paragraph's runs. */
function modelOf(body: Element): { paragraphs: ParagraphModel[]; sections: Element[] } {
  const paragraphs: ParagraphModel[] = [];
  const sections: Element[] = [];
  let current: ParagraphModel | null = null;
  const walk = (element: Element) => {
    for (const child of childElements(element)) {
      if (SKIPPED_SUBTREES.has(child.localName ?? "")) continue;
      if (isW(child, "p")) {
        const previous = current;
        current = { p: child, runs: [] };
        paragraphs.push(current);
        walk(child);
        current = previous;
      } else if (isW(child, "r")) {
        current?.runs.push(child);
      } else if (isW(child, "sectPr")) {
        sections.push(child);
      } else {
        walk(child);
      }
    }
  };
  walk(body);
  return { paragraphs, sections };
}

/** The text pieces of a paragraph's runs, as the reader reads them (w:t, tab, br, cr, noBreakHyphen, softHyphen). */
function piecesOf(paragraph: ParagraphModel): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  const push = (run: Element, t: Element | null, text: string) => {
    pieces.push({ run, t, start: offset, text });
    offset += text.length;
  };
  for (const run of paragraph.runs) {
    const visit = (element: Element) => {
      for (const child of childElements(element)) {
        if (SKIPPED_SUBTREES.has(child.localName ?? "")) continue;
        if (child.namespaceURI !== W_NS) {
          visit(child);
          continue;
        }
        switch (child.localName) {
          case "t":
            push(run, child, child.textContent ?? "");
            break;
          case "tab":
            push(run, null, "\t");
            break;
          case "br":
          case "cr":
            push(run, null, "\n");
            break;
          case "noBreakHyphen":
            push(run, null, "\u2011");
            break;
          case "softHyphen":
            push(run, null, "\u00ad");
            break;
          case "rPr":
            break;
          default:
            visit(child);
        }
      }
    };
    visit(run);
  }
  return pieces;
}

function textOf(pieces: readonly Piece[]): string {
  return pieces.map((piece) => piece.text).join("");
}

/** The `local` child of `parent`, created in its schema place when absent. */
function childIn(parent: Element, local: string, order: readonly string[]): Element {
  const existing = childElements(parent).find((child) => isW(child, local));
  if (existing) return existing;
  const document = documentOf(parent);
  const prefix = parent.prefix ? `${parent.prefix}:` : "";
  const element = document.createElementNS(W_NS, `${prefix}${local}`);
  const rank = order.indexOf(local);
  const before = childElements(parent).find(
    (child) => child.namespaceURI === W_NS && order.indexOf(child.localName ?? "") > rank
  );
  parent.insertBefore(element, before ?? null);
  return element;
}

function setW(element: Element, name: string, value: string): void {
  const prefix = element.prefix ? `${element.prefix}:` : "";
  element.setAttributeNS(W_NS, `${prefix}${name}`, value);
}

/** The run's properties element, created as its first child when absent. */
function runProperties(run: Element): Element {
  const existing = childElements(run).find((child) => isW(child, "rPr"));
  if (existing) return existing;
  const prefix = run.prefix ? `${run.prefix}:` : "";
  const rPr = documentOf(run).createElementNS(W_NS, `${prefix}rPr`);
  run.insertBefore(rPr, run.firstChild);
  return rPr;
}

function toggle(rPr: Element, locals: readonly string[], on: boolean): void {
  for (const local of locals) {
    const element = childIn(rPr, local, RPR_ORDER);
    // w:val="0" rather than removing: a style may turn the property on underneath.
    if (on) element.removeAttributeNS(W_NS, "val");
    else setW(element, "val", "0");
  }
}

function symbolRun(run: Element): boolean {
  if (childElements(run).some((child) => isW(child, "sym"))) return true;
  const rFonts = childElements(runProperties(run)).find((child) => isW(child, "rFonts"));
  if (!rFonts) return false;
  return ["ascii", "hAnsi", "cs", "eastAsia"].some((slot) =>
    SYMBOL_FONT.test(rFonts.getAttributeNS(W_NS, slot) ?? "")
  );
}

function formatRun(run: Element, set: FormatChange): void {
  if (set.font !== undefined && !symbolRun(run)) {
    const rFonts = childIn(runProperties(run), "rFonts", RPR_ORDER);
    for (const slot of ["ascii", "hAnsi", "cs", "eastAsia"]) {
      setW(rFonts, slot, set.font);
      // A theme font outranks a named one: drop it so the named font shows.
      rFonts.removeAttributeNS(W_NS, `${slot}Theme`);
    }
  }
  const rPr = () => runProperties(run);
  if (set.bold !== undefined) toggle(rPr(), ["b", "bCs"], set.bold);
  if (set.italic !== undefined) toggle(rPr(), ["i", "iCs"], set.italic);
  if (set.underline !== undefined)
    setW(childIn(rPr(), "u", RPR_ORDER), "val", set.underline ? "single" : "none");
  if (set.color !== undefined) {
    const color = childIn(rPr(), "color", RPR_ORDER);
    setW(color, "val", set.color);
    for (const attribute of ["themeColor", "themeTint", "themeShade"])
      color.removeAttributeNS(W_NS, attribute);
  }
  if (set.sizePt !== undefined) {
    const halfPoints = String(Math.round(set.sizePt * 2));
    setW(childIn(rPr(), "sz", RPR_ORDER), "val", halfPoints);
    setW(childIn(rPr(), "szCs", RPR_ORDER), "val", halfPoints);
  }
}

function paragraphProperties(p: Element): Element {
  const existing = childElements(p).find((child) => isW(child, "pPr"));
  if (existing) return existing;
  const prefix = p.prefix ? `${p.prefix}:` : "";
  const pPr = documentOf(p).createElementNS(W_NS, `${prefix}pPr`);
  p.insertBefore(pPr, p.firstChild);
  return pPr;
}

function applyFormat(paragraph: ParagraphModel, set: FormatChange): Message | null {
  const runs = paragraph.runs.filter((run) =>
    piecesOf({ p: paragraph.p, runs: [run] }).some((piece) => piece.text.trim() !== "")
  );
  const runChange = { ...set, align: undefined };
  const changesRuns = Object.values(runChange).some((value) => value !== undefined);
  if (changesRuns && runs.length === 0) return FIXER_REASONS.runs;
  if (changesRuns) for (const run of runs) formatRun(run, runChange);
  if (set.align) setW(childIn(paragraphProperties(paragraph.p), "jc", PPR_ORDER), "val", set.align);
  return null;
}

function applyText(paragraph: ParagraphModel, fix: Extract<Fix, { kind: "text" }>): Message | null {
  const pieces = piecesOf(paragraph);
  const text = textOf(pieces);
  if (fix.start < 0 || fix.end < fix.start || fix.end > text.length) return FIXER_REASONS.text;
  const touched = pieces.filter((piece) =>
    fix.start === fix.end
      ? piece.start <= fix.start && fix.start <= piece.start + piece.text.length && piece.t
      : piece.start < fix.end && piece.start + piece.text.length > fix.start
  );
  if (touched.length === 0 || touched.some((piece) => !piece.t)) return FIXER_REASONS.span;
  touched.forEach((piece, i) => {
    const t = piece.t as Element;
    const from = Math.max(fix.start - piece.start, 0);
    const to = Math.min(fix.end - piece.start, piece.text.length);
    const next =
      piece.text.slice(0, from) + (i === 0 ? fix.replacement : "") + piece.text.slice(to);
    while (t.firstChild) t.removeChild(t.firstChild);
    t.appendChild(documentOf(t).createTextNode(next));
    if (next !== next.trim() || next === "")
      t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
  });
  return null;
}

function applyPage(section: Element, set: Extract<Fix, { kind: "page" }>["set"]): void {
  if (set.a4) {
    const pgSz = childIn(section, "pgSz", SECTPR_ORDER);
    const width = Number(pgSz.getAttributeNS(W_NS, "w") ?? 0);
    const height = Number(pgSz.getAttributeNS(W_NS, "h") ?? 0);
    // A landscape section stays landscape: A4 on its side.
    const landscape = pgSz.getAttributeNS(W_NS, "orient") === "landscape" || width > height;
    setW(pgSz, "w", String(landscape ? A4.long : A4.short));
    setW(pgSz, "h", String(landscape ? A4.short : A4.long));
  }
  const margins = set.marginsMm ?? {};
  if (Object.keys(margins).length > 0) {
    const pgMar = childIn(section, "pgMar", SECTPR_ORDER);
    for (const [side, mm] of Object.entries(margins)) {
      if (mm === undefined) continue;
      setW(pgMar, side, String(Math.round(mm * TWIPS_PER_MM)));
    }
    // CT_PageMar requires every side, header, footer and gutter.
    for (const [name, fallback] of [
      ["top", 1440],
      ["right", 1440],
      ["bottom", 1440],
      ["left", 1440],
      ["header", 720],
      ["footer", 720],
      ["gutter", 0],
    ] as const) {
      if (!pgMar.hasAttributeNS(W_NS, name)) setW(pgMar, name, String(fallback));
    }
  }
}

/**
 * Applies `fixes` (already planned: last to first, no overlaps) to the .docx `bytes` whose snapshot the fixes were
 * made from. A paragraph whose text in the file differs from the snapshot is left alone, and so is a text fix across a
 * tab or break; each such fix comes back with its reason. Every other part of the package is copied unchanged.
 */
export function fixDocx(
  bytes: Uint8Array,
  snapshot: Snapshot,
  fixes: readonly Fix[]
): DocxFixResult {
  const files = unzipSync(bytes);
  const documentBytes = files["word/document.xml"];
  if (!documentBytes) throw new RangeError("the package has no word/document.xml");
  const document = new DOMParser().parseFromString(strFromU8(documentBytes), "text/xml");
  const body = childElements(document.documentElement as unknown as Element).find((child) =>
    isW(child, "body")
  );
  if (!body) throw new RangeError("word/document.xml has no w:body");
  const model = modelOf(body);
  const matches = (index: number) =>
    model.paragraphs.length === snapshot.paragraphs.length &&
    model.paragraphs[index] !== undefined &&
    textOf(piecesOf(model.paragraphs[index] as ParagraphModel)) ===
      snapshot.paragraphs[index]?.text;

  const applied: Fix[] = [];
  const unapplied: UnappliedFix[] = [];
  const checkedParagraphs = new Map<number, boolean>();
  for (const fix of fixes) {
    let reason: Message | null = null;
    if (fix.kind === "page") {
      const section = model.sections[fix.section];
      if (!section || model.sections.length !== snapshot.sections.length)
        reason = FIXER_REASONS.section;
      else applyPage(section, fix.set);
    } else {
      // Matched once, before any fix changes it: text fixes run last to first, so earlier offsets stay true.
      if (!checkedParagraphs.has(fix.paragraph))
        checkedParagraphs.set(fix.paragraph, matches(fix.paragraph));
      const paragraph = model.paragraphs[fix.paragraph];
      if (!checkedParagraphs.get(fix.paragraph) || !paragraph) reason = FIXER_REASONS.paragraph;
      else if (fix.kind === "text") reason = applyText(paragraph, fix);
      else reason = applyFormat(paragraph, fix.set);
    }
    if (reason) unapplied.push({ fix, reason });
    else applied.push(fix);
  }
  if (applied.length === 0) return { bytes, applied, unapplied };
  const xml = new XMLSerializer().serializeToString(document);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files))
    out[name] = name === "word/document.xml" ? strToU8(xml) : data;
  return { bytes: zipSync(out, { level: 6 }), applied, unapplied };
}
