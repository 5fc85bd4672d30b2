// Which form a citation takes where it is inserted: in full on first mention, afterwards short or the defined short form.

import type { Profile } from "../conventions";
import { formatReference } from "./reference-formatter";
import {
  parseDefinitions,
  parseReferences,
  type Reference,
  sameDocument,
} from "./reference-parser";

export type CitationForm = "full" | "short" | "defined";

export interface CitationChoice {
  readonly text: string;
  readonly form: CitationForm;
}

/** The document a library entry's text names: its first reference, or null when the text names none. */
export function entryReference(text: string): Reference | null {
  return parseReferences(text.trim())[0] ?? null;
}

// Word's Range.text separates paragraphs with "\r"; line breaks inside one come as "\v" or "\n".
const LINES = /\r\n|[\r\n\v\u2028\u2029]/u;

/**
 * The citation of `reference` to insert after `textBefore` in a document of `profile`: the full form when the document
 * has not cited it yet (followed by "(viết tắt là …)" when `abbreviation` is given), the short form defined earlier when
 * there is one, else the profile's short form.
 */
export function chooseCitation(
  reference: Reference,
  abbreviation: string,
  textBefore: string,
  profile: Profile
): CitationChoice {
  // The entry's own "(viết tắt là …)" counts only once the document has defined it.
  const plain: Reference = { ...reference, definedAs: null };
  const short = abbreviation.trim() || reference.definedAs || "";
  let cited = false;
  let defined: string | null = null;
  for (const line of textBefore.split(LINES)) {
    if (line.trim() === "") continue;
    for (const earlier of parseReferences(line)) {
      if (!sameDocument(plain, earlier)) continue;
      cited = true;
      if (earlier.definedAs) defined = earlier.definedAs;
    }
    if (short !== "" && parseDefinitions(line).some((definition) => definition.short === short))
      defined = short;
  }
  if (defined) return { text: defined, form: "defined" };
  if (cited) return { text: formatReference(plain, profile, "short"), form: "short" };
  const full = formatReference(plain, profile, "full");
  const shortForm = formatReference(plain, profile, "short");
  // A short form that would read exactly as the full one ("Điều lệ Đảng") needs no definition.
  if (short === "" || short === full || short === shortForm) return { text: full, form: "full" };
  return { text: `${full} (viết tắt là ${short})`, form: "full" };
}
