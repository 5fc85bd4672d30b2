// A minimal XML element writer: escaped text and attributes, children in the order given.

export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char] as string
  );
}

// Characters XML 1.0 cannot carry at all; they are dropped rather than producing a file Word refuses.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to strip
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text content, escaped, without the control characters XML forbids. */
export function xmlText(text: string): string {
  return escapeXml(text.replace(NOT_XML_CHAR, ""));
}

/** `<name a="1">children</name>`, or self-closed when there are no children; undefined attributes are left out. */
export function el(
  name: string,
  attributes: XmlAttributes = {},
  children: readonly string[] = []
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  return children.length === 0
    ? `<${name}${attrs}/>`
    : `<${name}${attrs}>${children.join("")}</${name}>`;
}
