// The Word host as the pane first gets it: what Word can do is known at once (from Office's requirement sets), and the
// host's own code, a chunk the first pane seldom needs at once, is fetched after the first paint or on the first
// action, whichever comes first.

import type { DocumentHost, HostCapabilities } from "../host/document-host";

export interface DeferredHost {
  readonly host: DocumentHost;
  /** Starts fetching the host's code (once); every action awaits it. */
  readonly preload: () => Promise<DocumentHost>;
}

export function deferredHost(
  load: () => Promise<DocumentHost>,
  capabilities: () => HostCapabilities
): DeferredHost {
  let loading: Promise<DocumentHost> | undefined;
  const preload = () => {
    // A failed fetch (a flaky connection) is tried again on the next action.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const host: DocumentHost = {
    capabilities,
    insertBlocks: async (...args) => (await preload()).insertBlocks(...args),
    readSnapshot: async () => (await preload()).readSnapshot(),
    readSource: async () => (await preload()).readSource(),
    selectParagraph: async (...args) => (await preload()).selectParagraph(...args),
    applyFixes: async (...args) => (await preload()).applyFixes(...args),
    addComments: async (...args) => (await preload()).addComments(...args),
    selfTest: async () => (await preload()).selfTest(),
    getIgnored: async () => (await preload()).getIgnored(),
    setIgnored: async (...args) => (await preload()).setIgnored(...args),
    createDocument: async (...args) => (await preload()).createDocument(...args),
    fillEmptyDocument: async (...args) => (await preload()).fillEmptyDocument(...args),
    insertAtCursor: async (...args) => (await preload()).insertAtCursor(...args),
    findParts: async (...args) => (await preload()).findParts(...args),
    updateBlocks: async (...args) => (await preload()).updateBlocks(...args),
  };
  return { host, preload };
}
