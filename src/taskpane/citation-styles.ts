// What the Citations pane's parts share: their styles, and the name a cited document goes by.

import { makeStyles, tokens } from "@fluentui/react-components";
import { formatReference, type Reference } from "../citations";
import type { Profile } from "../conventions";

export const useCitationStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  parts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
  },
  row: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/** The name a document goes by in buttons and lists: its short form, or its defined short name. */
export function nameOf(reference: Reference, profile: Profile, abbreviation = ""): string {
  return (
    abbreviation.trim() || formatReference({ ...reference, definedAs: null }, profile, "short")
  );
}
