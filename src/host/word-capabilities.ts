// What the Word that loaded the pane can do, from Office's requirement sets alone: small, so the task pane can tell
// before the Word host's own chunk has arrived.

import type { HostCapabilities } from "./document-host";

// Checked from the newest down; the first one supported is the host's level.
export const WORD_API_VERSIONS = [
  "1.9",
  "1.8",
  "1.7",
  "1.6",
  "1.5",
  "1.4",
  "1.3",
  "1.2",
  "1.1",
] as const;

/** The parts of Office.context the capabilities are read from. */
export interface CapabilitySource {
  readonly requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
  readonly diagnostics?: { readonly platform?: unknown } | null;
}

export function wordCapabilities(context: CapabilitySource): HostCapabilities {
  const supports = (version: string) => context.requirements.isSetSupported("WordApi", version);
  const wordApi = WORD_API_VERSIONS.find(supports) ?? "1.1";
  const platform = String(context.diagnostics?.platform ?? "");
  return {
    wordApi,
    createDocument: supports("1.3"),
    comments: supports("1.4"),
    web: platform === "OfficeOnline",
  };
}
