// One SAX pass over an XML part with saxes; DTDs and unknown entities are refused, errors become DocxReadError.

import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DocxReadError } from "./package-reader";
import type { Attributes } from "./properties";

export interface SaxHandlers {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  text?(text: string): void;
}

// One parser for every part, kept between parses: saxes' optimised code is specialised to its parser's hidden class,
// and when the last parser of that class is collected V8 throws that code away (23 functions, "weak objects" in
// --trace-deopt) and compiles it again over the next reads. A parser that lives on keeps the class, and saves building
// a parser (with its table of 45 states) for each part. It is reset by saxes at the end of each parse, and replaced
// after a parse that failed, whose state is left half-way.
let shared: SaxesParser | null = null;
// The parse under way: what the shared parser's handlers, set once, call.
let current: SaxHandlers | null = null;
let currentPart = "";
let failure: DocxReadError | null = null;

function onOpen(tag: SaxesTagPlain): void {
  (current as SaxHandlers).open(tag.name, tag.attributes as Attributes, tag.isSelfClosing);
}

function onClose(tag: SaxesTagPlain): void {
  (current as SaxHandlers).close(tag.name);
}

function onText(text: string): void {
  (current as SaxHandlers).text?.(text);
}

function onDoctype(): void {
  // A DTD is where entity-expansion attacks (billion laughs) live; Word never writes one.
  failure ??= new DocxReadError(`${currentPart} có khai báo DTD, bị từ chối (DTD refused)`);
  throw failure;
}

function onError(error: Error): void {
  failure ??= new DocxReadError(
    `${currentPart} không phải XML hợp lệ (malformed XML: ${error.message.split("\n")[0]})`
  );
  throw failure;
}

function newParser(): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", onDoctype);
  parser.on("error", onError);
  parser.on("opentag", onOpen);
  parser.on("closetag", onClose);
  return parser;
}

/** Parses `xml` from `part`, calling the handlers; throws DocxReadError with the part's name on any XML error. */
export function parseSax(xml: string, part: string, handlers: SaxHandlers): void {
  // A handler that parses another part (none does today) gets a parser of its own, not the one in use.
  const parser = current === null ? (shared ??= newParser()) : newParser();
  const outer = { current, currentPart, failure };
  current = handlers;
  currentPart = part;
  failure = null;
  // saxes collects no text for a parser without a text handler.
  if (handlers.text) parser.on("text", onText);
  else parser.off("text");
  try {
    parser.write(xml).close();
  } catch (error) {
    if (parser === shared) shared = null;
    if (failure) throw failure;
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError(`${part}: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    ({ current, currentPart, failure } = outer);
  }
}

/** The namespace prefix (with its colon) bound to `namespace` on the root element, or `fallback`. */
export function prefixFor(attributes: Attributes, namespace: string, fallback: string): string {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== namespace) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return `${name.slice("xmlns:".length)}:`;
  }
  return fallback;
}
