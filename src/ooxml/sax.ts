// One SAX pass over an XML part with saxes; DTDs and unknown entities are refused, errors become DocxReadError.

import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DocxReadError } from "./package-reader";
import type { Attributes } from "./properties";

export interface SaxHandlers {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  text?(text: string): void;
}

/** Parses `xml` from `part`, calling the handlers; throws DocxReadError with the part's name on any XML error. */
export function parseSax(xml: string, part: string, handlers: SaxHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: DocxReadError | null = null;
  parser.on("doctype", () => {
    // A DTD is where entity-expansion attacks (billion laughs) live; Word never writes one.
    failure ??= new DocxReadError(`${part} có khai báo DTD, bị từ chối (DTD refused)`);
    throw failure;
  });
  parser.on("error", (error) => {
    failure ??= new DocxReadError(
      `${part} không phải XML hợp lệ (malformed XML: ${error.message.split("\n")[0]})`
    );
    throw failure;
  });
  parser.on("opentag", (tag: SaxesTagPlain) =>
    handlers.open(tag.name, tag.attributes as Attributes, tag.isSelfClosing)
  );
  parser.on("closetag", (tag: SaxesTagPlain) => handlers.close(tag.name));
  if (handlers.text) {
    const onText = handlers.text;
    parser.on("text", onText);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (failure) throw failure;
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError(`${part}: ${(error as Error).message.split("\n")[0]}`);
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
