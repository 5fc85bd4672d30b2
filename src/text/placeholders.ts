// Messages with `{name}` placeholders, filled from a record: the checker's findings and the panes' texts.

const PLACEHOLDER = /\{(\w+)\}/g;

/** `template` with each `{name}` that `data` holds replaced by its value; other placeholders stay as written. */
export function fillPlaceholders(
  template: string,
  data: Readonly<Record<string, string | number>> | undefined
): string {
  if (!data) return template;
  // By exec, not replace with a callback: a closure made per message loses its optimised code at each collection.
  let out = "";
  let from = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(template); match; match = PLACEHOLDER.exec(template)) {
    const key = match[1] as string;
    out += template.slice(from, match.index) + (key in data ? String(data[key]) : match[0]);
    from = match.index + match[0].length;
  }
  return out + template.slice(from);
}
