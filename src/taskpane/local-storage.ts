// The browser's localStorage, when the webview allows it: where the pane remembers things between uses.

/** localStorage, or undefined when the webview has none or forbids it. */
export function globalStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    // Reading window.localStorage itself throws when the webview forbids storage.
    return undefined;
  }
}
