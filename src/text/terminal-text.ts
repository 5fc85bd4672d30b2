// What reaches a terminal (or a report) is text, not commands: control characters from file names, part names and
// document text are shown as escapes. Shared by the CLI's text output, its stderr reasons, JSON and the HTML report.

// C0 and C1 controls with DEL (ESC starts terminal commands; CR and BS can overwrite what was printed; a newline splits
// one reason into two lines), the bidirectional embeddings, overrides and isolates (they reorder what is shown), and
// the line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// The same set without the C0 controls, which JSON.stringify already escapes.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escaped(char: string): string {
  const named = Object.hasOwn(NAMED, char) ? NAMED[char] : undefined;
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One line of text safe to print: every control character shown as an escape ("\x1b", "\n", "\u202e"). */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/**
 * JSON text safe to print: JSON.stringify leaves C1 controls, bidirectional controls and U+2028/2029 raw; they become
 * \uXXXX escapes, which JSON reads back as the same characters.
 */
export function terminalJson(json: string): string {
  return json.replace(
    UNSAFE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
