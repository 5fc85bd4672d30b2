// The user's citation library: documents cited often, kept in localStorage between uses, seeded with standing ones.

import { type LibraryEntry, STANDING_DOCUMENTS } from "../citations/standing-documents";
import { globalStorage } from "./local-storage";

/** Bump the version when the stored shape changes, so old values are not read as new ones. */
export const LIBRARY_KEY = "thethuc.citations.v1";

/** The longest library kept: a pasted list cannot grow it without bound. */
export const LIBRARY_LIMIT = 200;

/** The entries in a stored value, or null when it is not a library (so the standing documents are offered instead). */
export function libraryFrom(stored: unknown): LibraryEntry[] | null {
  const entries = (stored as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) return null;
  return entries
    .filter(
      (entry): entry is LibraryEntry =>
        typeof entry === "object" &&
        entry !== null &&
        typeof (entry as LibraryEntry).text === "string" &&
        (entry as LibraryEntry).text.trim() !== ""
    )
    .slice(0, LIBRARY_LIMIT)
    .map((entry) => ({
      text: entry.text,
      abbreviation: typeof entry.abbreviation === "string" ? entry.abbreviation : "",
    }));
}

/** The library as last saved; the standing documents when nothing is stored, it is corrupt, or storage is blocked. */
export function loadLibrary(
  storage: Pick<Storage, "getItem"> | undefined = globalStorage()
): readonly LibraryEntry[] {
  try {
    const raw = storage?.getItem(LIBRARY_KEY);
    return (raw ? libraryFrom(JSON.parse(raw)) : null) ?? STANDING_DOCUMENTS;
  } catch {
    return STANDING_DOCUMENTS;
  }
}

/** Remembers the library (an emptied one too); false when storage refused it, which only costs remembering. */
export function saveLibrary(
  entries: readonly LibraryEntry[],
  storage: Pick<Storage, "setItem"> | undefined = globalStorage()
): boolean {
  try {
    if (!storage) return false;
    storage.setItem(LIBRARY_KEY, JSON.stringify({ entries: entries.slice(0, LIBRARY_LIMIT) }));
    return true;
  } catch {
    return false;
  }
}
