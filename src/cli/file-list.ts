// The files a batch command works on: named files as given, directories walked for .docx files, glob filters.

import { type Dirent, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface FileListOptions {
  /** Glob patterns a file found in a directory must match (any of them); all files when empty. */
  readonly include?: readonly string[];
  /** Glob patterns that leave out a file found in a directory. */
  readonly exclude?: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}

/**
 * A glob as a regular expression over "/"-separated paths: `*` and `?` stay inside one folder, `**` crosses folders,
 * `[abc]` a class, `{a,b}` alternatives. Matching ignores case, as Windows and macOS file systems do.
 */
export function globRegExp(glob: string): RegExp {
  let source = "";
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === "*") {
      if (glob[i + 1] === "*") {
        // "**/" matches zero or more folders; a bare "**" anything.
        const slash = glob[i + 2] === "/";
        source += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else {
        source += "[^/]*";
      }
    } else if (char === "?") {
      source += "[^/]";
    } else if (char === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) {
        source += "\\[";
      } else {
        const body = glob
          .slice(i + 1, close)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = close;
      }
    } else if (char === "{") {
      depth++;
      source += "(?:";
    } else if (char === "}" && depth > 0) {
      depth--;
      source += ")";
    } else if (char === "," && depth > 0) {
      source += "|";
    } else {
      source += escapeRegExp(char);
    }
  }
  return new RegExp(`^${source}${")".repeat(depth)}$`, "i");
}

/** True when a pattern matches the path (relative, "/"-separated); a pattern without "/" matches the name alone. */
function matchesAny(
  patterns: readonly RegExp[],
  hasSlash: readonly boolean[],
  path: string
): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return patterns.some((pattern, i) => pattern.test(hasSlash[i] ? path : name));
}

/** A .docx by its name; Word's owner files ("~$name.docx", left while a document is open) are not documents. */
export function isDocxName(name: string): boolean {
  return /\.docx$/i.test(name) && !name.startsWith("~$");
}

function walk(dir: string, found: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // An unreadable folder is reported as an input when named; below that, it holds nothing we can read.
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && isDocxName(entry.name)) found.push(path);
  }
}

/**
 * The files to work on, in order: a named file as given (even if it is not a .docx, so it gets its reason), and for a
 * named directory the .docx files under it, sorted by path, kept when they match an `include` pattern (if any) and
 * no `exclude` pattern. Patterns are matched against the path relative to the named directory.
 */
export function expandInputs(inputs: readonly string[], options: FileListOptions = {}): string[] {
  const include = (options.include ?? []).map(globRegExp);
  const includeSlash = (options.include ?? []).map((p) => p.includes("/"));
  const exclude = (options.exclude ?? []).map(globRegExp);
  const excludeSlash = (options.exclude ?? []).map((p) => p.includes("/"));
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const input of inputs) {
    let directory = false;
    try {
      directory = statSync(input).isDirectory();
    } catch {
      // A missing file stays in the list so the check reports it with its reason.
    }
    if (!directory) {
      add(input);
      continue;
    }
    const found: string[] = [];
    walk(input, found);
    for (const file of found) {
      const path = relative(input, file).split(sep).join("/");
      if (include.length > 0 && !matchesAny(include, includeSlash, path)) continue;
      if (matchesAny(exclude, excludeSlash, path)) continue;
      add(file);
    }
  }
  return files;
}
