// The references and definitions of a whole document, in reading order, for the citation and abbreviation rules.

import {
  type Definition,
  findMentions,
  findTermsIn,
  type Reference,
  termTables,
  type TextSpan,
} from "../citations";
import type { Snapshot } from "../ooxml/snapshot";
import type { Components } from "./components";
import { paragraphText } from "./lines";
import { textPass } from "./text-pass";
import { isBlank, isWhiteSpaceUnit } from "../text/white-space";

export interface PlacedReference {
  readonly paragraph: number;
  readonly reference: Reference;
  /** In the tên loại or trích yếu: a title, where short forms are the norm and no mention counts as the first. */
  readonly inTitle: boolean;
}

export interface PlacedDefinition {
  readonly paragraph: number;
  readonly definition: Definition;
}

export interface PlacedMention {
  readonly paragraph: number;
  readonly span: TextSpan;
}

export interface DocumentReferences {
  readonly references: readonly PlacedReference[];
  readonly definitions: readonly PlacedDefinition[];
  /** Paragraphs searched, in order: the body, căn cứ and Kính gửi, tables included; header and closing left out. */
  readonly paragraphs: readonly number[];
  /** Where a defined short form is used, definitions left out. */
  mentions(short: string): readonly PlacedMention[];
}

const CACHE = new WeakMap<Snapshot, DocumentReferences>();
const ANNEX_HEADING = /^phụ lục(?:\s+(?:[IVXLC]+|\d+))?$/iu;
const ATTACHED_LINE = /^\(\s*(?:ban hành )?kèm theo\s/iu;

/** Where the text's first unit that is not white space is (its length when there is none). */
function firstVisible(text: string): number {
  let at = 0;
  while (at < text.length && isWhiteSpaceUnit(text.charCodeAt(at))) at++;
  return at;
}

/** True when mention `a` comes before position `b` in the document. */
export function comesBefore(
  a: { paragraph: number; span: TextSpan },
  b: { paragraph: number; span: TextSpan }
): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.span.start < b.span.start);
}

/** The document's references and definitions, computed once per snapshot. */
export function documentReferences(snapshot: Snapshot, components: Components): DocumentReferences {
  const cached = CACHE.get(snapshot);
  if (cached) return cached;
  const closing = new Set(
    [
      components.recipientsLabel,
      ...components.recipients,
      ...(components.signature
        ? [
            ...components.signature.authority,
            ...components.signature.titles,
            components.signature.name,
          ]
        : []),
      components.number,
      components.placeDate,
    ].flatMap((span) => (span ? [span.paragraph] : []))
  );
  const header = new Set(components.header);
  const title = new Set(
    [
      components.documentTypeLine,
      ...components.titleIssuerLine,
      ...components.summary,
      ...components.letterSubject,
    ].flatMap((span) => (span ? [span.paragraph] : []))
  );
  // "(Kèm theo Công văn số … của …)" under a phụ lục's heading, or under the trích yếu of a text attached to a
  // decision, names the document it goes with: it is no citation of another document (PL1 III.1, mẫu 2.1; PL3).
  const parentLines = new Set<number>(
    components.attachedTo ? [components.attachedTo.paragraph] : []
  );
  let annexHeading = -Infinity;
  for (const p of snapshot.paragraphs) {
    // Both patterns start with "p" or "(": a paragraph that starts otherwise is not trimmed and tested. A blank one is
    // left before charCodeAt is asked past its end (which threw this function's optimised code away once per process).
    const at = firstVisible(p.text);
    if (at >= p.text.length) continue;
    const first = p.text.charCodeAt(at);
    if (first !== 0x70 && first !== 0x50 && first !== 0x28) continue;
    const text = p.text.trim();
    if (ANNEX_HEADING.test(text)) annexHeading = p.index;
    else if (p.index - annexHeading <= 3 && ATTACHED_LINE.test(text)) parentLines.add(p.index);
  }
  // Appended sample forms and a mail-merge copy are other documents: their definitions and citations are theirs.
  // Loops, not filter and map: callbacks made once per check lose their optimised code at every full collection.
  const paragraphs: number[] = [];
  const searched: number[] = [];
  for (const p of snapshot.paragraphs)
    if (
      p.index < components.ownEnd &&
      !closing.has(p.index) &&
      !parentLines.has(p.index) &&
      (!header.has(p.index) || title.has(p.index)) &&
      !isBlank(p.text)
    ) {
      paragraphs.push(p.index);
      if (!title.has(p.index)) searched.push(p.index);
    }
  const references: PlacedReference[] = [];
  const definitions: PlacedDefinition[] = [];
  const pass = textPass(snapshot);
  for (const index of paragraphs) {
    const parsed = pass.citations(index);
    const inTitle = title.has(index);
    for (const reference of parsed.references)
      references.push({ paragraph: index, reference, inTitle });
    if (!inTitle)
      for (const definition of parsed.definitions)
        definitions.push({ paragraph: index, definition });
  }
  const mentionCache = new Map<string, PlacedMention[]>();
  let indexed = false;
  const result: DocumentReferences = {
    references,
    definitions,
    paragraphs,
    mentions(short) {
      if (!indexed) {
        indexed = true;
        indexShortForms(snapshot, definitions, references, searched, mentionCache);
      }
      let found = mentionCache.get(short);
      if (!found) {
        found = [];
        for (const index of searched)
          for (const span of findMentions(paragraphText(snapshot, index), short))
            found.push({ paragraph: index, span });
        mentionCache.set(short, found);
      }
      return found;
    },
  };
  CACHE.set(snapshot, result);
  return result;
}

/**
 * Every short form the document defines, looked for in one pass over the searched paragraphs and filed in `cache`: a
 * pass per short form made a document with thousands of them quadratic. A module function, not a closure made per
 * check: V8 keeps a function's optimised code only while one of its closures lives, so a closure made for each document
 * was compiled again after every full collection (tens of milliseconds of compiling for this loop).
 */
function indexShortForms(
  snapshot: Snapshot,
  definitions: readonly PlacedDefinition[],
  references: readonly PlacedReference[],
  searched: readonly number[],
  cache: Map<string, PlacedMention[]>
): void {
  const unique = new Set<string>();
  for (const { definition } of definitions) unique.add(definition.short);
  for (const { reference } of references) if (reference.definedAs) unique.add(reference.definedAs);
  const shorts = [...unique];
  for (const short of shorts) cache.set(short, []);
  const tables = termTables(shorts);
  const pass = textPass(snapshot);
  for (const index of searched) {
    // The paragraph's matching form as the parse made it (its text is paragraphText's): not mapped or looked up again.
    const { mapped, definitionStarts } = pass.citations(index);
    for (const [short, spans] of findTermsIn(tables, mapped, definitionStarts)) {
      const list = cache.get(short);
      if (list) for (const span of spans) list.push({ paragraph: index, span });
    }
  }
}
