// A fast scan of the plain XML Word writes, giving the SAX events saxes gives; anything else is left to saxes.

import { DocxReadError } from "./package-reader";
import type { Attributes } from "./properties";
import type { SaxHandlers } from "./sax";

/*
 * saxes reads a character at a time in JavaScript; these patterns let the regular expression engine cross the runs of
 * text and attributes that make up most of a part. The scan takes only a strict subset of well-formed XML 1.0, on
 * which it gives exactly saxes' events (with xmlns off): the same names, attributes (in an object without prototype,
 * as saxes builds them), self-closing flags, texts (one event per text between two tags, with line ends and the five
 * predefined entities resolved) and order. On anything outside the subset (a comment, CDATA, a processing
 * instruction, a DTD, a character or numeric reference, a name or character it does not know, a tab or line end in an
 * attribute, a mismatched or unclosed tag, a duplicate attribute, text outside the root…) it stops and says so, and
 * the caller reads the part again with saxes, which accepts or refuses it as before.
 */

/** Text up to the next markup, reference, line end, "]" or character XML 1.0 forbids (or a surrogate). */
// eslint-disable-next-line no-control-regex -- the characters XML forbids are exactly what this must stop at
const TEXT = /[^<&\r\]\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]*/y;
/** A start tag's name, ASCII only. */
const OPEN = /<([A-Za-z_][A-Za-z0-9._:-]*)/y;
/** One attribute after whitespace, double-quoted, its value without references, tabs, line ends or "<". */
const ATTRIBUTE =
  // eslint-disable-next-line no-control-regex -- the characters XML forbids are exactly what this must refuse
  /[ \t\n\r]+([A-Za-z_][A-Za-z0-9._:-]*)="([^"<&\u0000-\u001f\ud800-\udfff\ufffe\uffff]*)"/y;
/** A whole start tag of plain attributes: its name, its attributes (each after whitespace), and "/" if self-closed. */
const TAG =
  // eslint-disable-next-line no-control-regex -- the characters XML forbids are exactly what this must refuse
  /<([A-Za-z_][A-Za-z0-9._:-]*)((?:[ \t\n\r]+[A-Za-z_][A-Za-z0-9._:-]*="[^"<&\u0000-\u001f\ud800-\udfff\ufffe\uffff]*")*)[ \t\n\r]*(\/?)>/y;
const TAG_END = /[ \t\n\r]*(\/?)>/y;
const CLOSE = /<\/([A-Za-z_][A-Za-z0-9._:-]*)[ \t\n\r]*>/y;
/** The declaration Word writes; saxes accepts it. */
const DECLARATION =
  /^<\?xml version="1\.0"(?: encoding="[A-Za-z][A-Za-z0-9._-]*")?(?: standalone="(?:yes|no)")?\?>/;
const WHITESPACE = /^[ \t\n\r]*$/;
/** A reference saxes resolves: one of the five predefined entities, or a character by number ("&#X41;" is not one). */
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#x([0-9a-fA-F]{1,8})|#([0-9]{1,10}));/y;
/** An attribute whose value holds references (and no tab, line end or "<"). */
const ATTRIBUTE_WITH_REFERENCES =
  // eslint-disable-next-line no-control-regex -- the characters XML forbids are exactly what this must refuse
  /[ \t\n\r]+([A-Za-z_][A-Za-z0-9._:-]*)="((?:[^"<&\u0000-\u001f\ud800-\udfff\ufffe\uffff]|&[^"<&;]{1,12};)*)"/y;
const REFERENCES = /&[^"<&;]{1,12};/g;
/** A comment saxes accepts: no "--" inside, not ending in "-", no character XML forbids (nor a surrogate). */
const COMMENT =
  // eslint-disable-next-line no-control-regex -- the characters XML forbids are exactly what this must refuse
  /<!--(?:[^\-\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]|-(?!-))*-->/y;
const PREDEFINED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The text of the reference at `at` as saxes resolves it, or null when saxes would refuse it or it is not one. */
function reference(xml: string, at: number): { text: string; end: number } | null {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(xml);
  if (!match) return null;
  const [, name, hex, decimal] = match;
  let text: string;
  if (name !== undefined) text = PREDEFINED[name] as string;
  else {
    const code =
      hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(decimal as string, 10);
    // XML 1.0's Char production, which saxes requires of a character reference.
    const isChar =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!isChar) return null;
    text = String.fromCodePoint(code);
  }
  return { text, end: REFERENCE.lastIndex };
}

/**
 * The attributes TAG matched (whitespace, name, "=", a double-quoted value, again), into `attributes`; false on a
 * duplicate, which saxes refuses.
 */
function readAttributes(list: string, attributes: Record<string, string>): boolean {
  const length = list.length;
  let at = 0;
  while (at < length) {
    let code = list.charCodeAt(at);
    while (code === 0x20 || code === 0x09 || code === LF || code === CR)
      code = list.charCodeAt(++at);
    const equals = list.indexOf("=", at);
    const end = list.indexOf('"', equals + 2);
    const key = list.slice(at, equals);
    if (attributes[key] !== undefined) return false;
    attributes[key] = list.slice(equals + 2, end);
    at = end + 1;
  }
  return true;
}

/** An attribute value's references resolved, or null when one is not a reference saxes resolves. */
function resolveReferences(value: string): string | null {
  let failed = false;
  const resolved = value.replace(REFERENCES, (found) => {
    const result = reference(found, 0);
    if (result === null || result.end !== found.length) {
      failed = true;
      return found;
    }
    return result.text;
  });
  return failed ? null : resolved;
}

const LESS = 0x3c;
const SLASH = 0x2f;
const AMP = 0x26;
const CR = 0x0d;
const LF = 0x0a;
const BRACKET = 0x5d;
const BANG = 0x21;
const GREATER = 0x3e;

/**
 * Scans `xml` and calls the handlers as parseSax would. Returns false, having called them for a prefix of the part
 * only, when the part holds anything outside the subset; the caller then starts again with fresh handlers and saxes.
 * A handler's DocxReadError passes through; another error becomes a DocxReadError naming the part, as in parseSax.
 */
export function scanPlainXml(xml: string, part: string, handlers: SaxHandlers): boolean {
  try {
    return scan(xml, handlers);
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError(`${part}: ${(error as Error).message.split("\n")[0]}`);
  }
}

function scan(xml: string, handlers: SaxHandlers): boolean {
  const length = xml.length;
  const declaration = DECLARATION.exec(xml);
  // saxes skips a byte order mark and whitespace before the first tag without a text event: left to saxes.
  if (!declaration && xml.charCodeAt(0) !== LESS) return false;
  let at = declaration ? declaration[0].length : 0;
  const open: string[] = [];
  let rooted = false;
  // The text since the last tag, when it is more than one slice of the part.
  let pending = "";
  let textStart = at;
  while (true) {
    let stop = at;
    // Most tags follow another at once: no text to look for.
    if (xml.charCodeAt(at) !== LESS) {
      TEXT.lastIndex = at;
      TEXT.test(xml);
      stop = TEXT.lastIndex;
    }
    const code = stop < length ? xml.charCodeAt(stop) : -1;
    if (code === LESS || code === -1) {
      // saxes reports text at the end of the part only after the root has closed, and fails before it otherwise.
      if (code === -1 && (open.length > 0 || !rooted)) return false;
      const text =
        pending === "" ? xml.slice(textStart, stop) : pending + xml.slice(textStart, stop);
      pending = "";
      if (text !== "") {
        if (open.length === 0 && !WHITESPACE.test(text)) return false;
        handlers.text?.(text);
      }
      if (code === -1) return rooted && open.length === 0;
    } else {
      // Inside text: a line end (saxes makes \r\n and \r into \n), a "]" that does not start "]]>", or one of the five
      // predefined entities; anything else is left to saxes.
      pending += xml.slice(textStart, stop);
      if (code === CR) {
        pending += "\n";
        at = xml.charCodeAt(stop + 1) === LF ? stop + 2 : stop + 1;
      } else if (code === BRACKET) {
        if (xml.charCodeAt(stop + 1) === BRACKET && xml.charCodeAt(stop + 2) === GREATER)
          return false;
        pending += "]";
        at = stop + 1;
      } else if (code === AMP && open.length > 0) {
        const resolved = reference(xml, stop);
        if (resolved === null) return false;
        pending += resolved.text;
        at = resolved.end;
      } else {
        return false;
      }
      textStart = at;
      continue;
    }
    // A tag or a comment at `stop`.
    const next = xml.charCodeAt(stop + 1);
    if (next === BANG) {
      // A comment gives no event (no handler takes one), but ends the text before it, as in saxes.
      COMMENT.lastIndex = stop;
      if (!COMMENT.test(xml)) return false;
      at = COMMENT.lastIndex;
    } else if (next === SLASH) {
      const top = open.length > 0 ? (open[open.length - 1] as string) : "";
      if (
        top !== "" &&
        xml.startsWith(top, stop + 2) &&
        xml.charCodeAt(stop + 2 + top.length) === GREATER
      ) {
        open.pop();
        handlers.close(top);
        at = stop + 3 + top.length;
        textStart = at;
        continue;
      }
      CLOSE.lastIndex = stop;
      const match = CLOSE.exec(xml);
      if (!match || open.length === 0 || open[open.length - 1] !== match[1]) return false;
      open.pop();
      handlers.close(match[1] as string);
      at = CLOSE.lastIndex;
    } else {
      TAG.lastIndex = stop;
      const tag = TAG.exec(xml);
      if (tag) {
        if (open.length === 0 && rooted) return false;
        const name = tag[1] as string;
        const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
        if (!readAttributes(tag[2] as string, attributes)) return false;
        rooted = true;
        const selfClosing = tag[3] === "/";
        handlers.open(name, attributes as Attributes, selfClosing);
        if (selfClosing) handlers.close(name);
        else open.push(name);
        at = TAG.lastIndex;
        textStart = at;
        continue;
      }
      // A tag the pattern above does not take (references in a value): an attribute at a time.
      OPEN.lastIndex = stop;
      const match = OPEN.exec(xml);
      if (!match || (open.length === 0 && rooted)) return false;
      const name = match[1] as string;
      const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
      let end = OPEN.lastIndex;
      while (true) {
        ATTRIBUTE.lastIndex = end;
        let attribute = ATTRIBUTE.exec(xml);
        let value: string | null;
        if (attribute) {
          value = attribute[2] as string;
          end = ATTRIBUTE.lastIndex;
        } else {
          ATTRIBUTE_WITH_REFERENCES.lastIndex = end;
          attribute = ATTRIBUTE_WITH_REFERENCES.exec(xml);
          if (!attribute) break;
          value = resolveReferences(attribute[2] as string);
          if (value === null) return false;
          end = ATTRIBUTE_WITH_REFERENCES.lastIndex;
        }
        const key = attribute[1] as string;
        if (attributes[key] !== undefined) return false;
        attributes[key] = value;
      }
      TAG_END.lastIndex = end;
      const close = TAG_END.exec(xml);
      if (!close) return false;
      rooted = true;
      const selfClosing = close[1] === "/";
      handlers.open(name, attributes as Attributes, selfClosing);
      if (selfClosing) handlers.close(name);
      else open.push(name);
      at = TAG_END.lastIndex;
    }
    textStart = at;
  }
}
