// The issuer and preferences the pane remembers between uses, kept in localStorage under a versioned key.

import type { ToneStylePreference } from "../check/types";
import type { ProfileId } from "../conventions";
import type { InsertWhere } from "../host/document-host";
import type { FindingView, SeverityFilter } from "./check-results";
import type { Language } from "./i18n";
import { globalStorage } from "./local-storage";

/** Bump the version when the shape changes in a way old values cannot be read as; old keys are then ignored. */
export const SETTINGS_KEY = "thethuc.settings.v1";

export interface Settings {
  readonly profile: ProfileId;
  /** Cơ quan cấp trên (Party) or cơ quan chủ quản (State). */
  readonly superior: string;
  readonly issuer: string;
  readonly issuerCode: string;
  readonly place: string;
  /** Mã đơn vị soạn thảo, used by State letters. */
  readonly unitCode: string;
  /** Slug of the document type last inserted. */
  readonly type: string;
  /**
   * Where each block goes, by block name ("header", "closing", …), as last chosen for that block; a block not chosen
   * yet goes where `whereFor` says.
   */
  readonly where: Readonly<Record<string, InsertWhere>>;
  readonly language: Language;
  /** The rulebook a check applies: "auto" lets the checker tell it from the document's header and date. */
  readonly checkProfile: ProfileId | "auto";
  /** Where a check wants the tone mark of oa, oe, uy (D4): "auto" follows each document's majority. */
  readonly toneStyle: ToneStylePreference;
  /** Which findings the Check pane lists: errors, errors and warnings, or all. */
  readonly severityFilter: SeverityFilter;
  /** The Check pane's findings in document order, or grouped by part of the document. */
  readonly checkView: FindingView;
}

// State documents are the most common kind (and the CLI's default); a header usually opens the document.
export const DEFAULT_SETTINGS: Settings = {
  profile: "nha-nuoc",
  superior: "",
  issuer: "",
  issuerCode: "",
  place: "",
  unitCode: "",
  type: "",
  where: {},
  language: "vi",
  checkProfile: "auto",
  toneStyle: "auto",
  severityFilter: "all",
  checkView: "order",
};

/**
 * The profile ids, repeated here so this module (part of the first paint) does not pull in the rulebook data;
 * test/taskpane/settings-store.test.ts checks the list against PROFILE_IDS.
 */
export const STORED_PROFILE_IDS: readonly ProfileId[] = ["dang-2018", "dang-2026", "nha-nuoc"];

function isStoredProfile(value: unknown): value is ProfileId {
  return STORED_PROFILE_IDS.some((id) => id === value);
}

function isToneStyle(value: unknown): value is ToneStylePreference {
  return value === "auto" || value === "first" || value === "second";
}

/** How a form hands changed settings up to the App, which remembers them. */
export type SettingsChange = (patch: Partial<Settings>) => void;

type Stored = { readonly [K in keyof Settings]?: unknown };

function text(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

function isWhere(value: unknown): value is InsertWhere {
  return value === "start" || value === "cursor";
}

/** The stored choices that are choices; one setting for every block (older versions) is dropped. */
function wherePerBlock(value: unknown): Readonly<Record<string, InsertWhere>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, InsertWhere] => isWhere(entry[1]))
  );
}

/**
 * Where `block` goes: the user's last choice for it, else the cursor, where a clerk drafting a document wants the
 * next block; the header alone defaults to the start of the document (before a leading table).
 */
export function whereFor(settings: Pick<Settings, "where">, block: string): InsertWhere {
  const chosen = Object.hasOwn(settings.where, block) ? settings.where[block] : undefined;
  return chosen ?? (block === "header" ? "start" : "cursor");
}

/** The settings change that remembers `where` for `block`, keeping the other blocks' choices. */
export function whereChange(settings: Pick<Settings, "where">, block: string, where: InsertWhere) {
  return { where: { ...settings.where, [block]: where } };
}

/** Settings from whatever was stored: each field that is missing or of the wrong kind takes its default. */
export function settingsFrom(stored: unknown): Settings {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored))
    return DEFAULT_SETTINGS;
  const value = stored as Stored;
  const d = DEFAULT_SETTINGS;
  return {
    profile: isStoredProfile(value.profile) ? value.profile : d.profile,
    superior: text(value.superior, d.superior),
    issuer: text(value.issuer, d.issuer),
    issuerCode: text(value.issuerCode, d.issuerCode),
    place: text(value.place, d.place),
    unitCode: text(value.unitCode, d.unitCode),
    type: text(value.type, d.type),
    where: wherePerBlock(value.where),
    language: value.language === "en" || value.language === "vi" ? value.language : d.language,
    checkProfile:
      value.checkProfile === "auto" || isStoredProfile(value.checkProfile)
        ? value.checkProfile
        : d.checkProfile,
    toneStyle: isToneStyle(value.toneStyle) ? value.toneStyle : d.toneStyle,
    severityFilter:
      value.severityFilter === "errors" ||
      value.severityFilter === "serious" ||
      value.severityFilter === "all"
        ? value.severityFilter
        : d.severityFilter,
    checkView:
      value.checkView === "group" || value.checkView === "order" ? value.checkView : d.checkView,
  };
}

/**
 * The remembered settings, or the defaults when nothing is stored, the JSON is corrupt, or storage is
 * unavailable (some webviews block it).
 */
export function loadSettings(
  storage: Pick<Storage, "getItem"> | undefined = globalStorage()
): Settings {
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    return raw ? settingsFrom(JSON.parse(raw)) : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stores the settings; returns false when storage refused them (full, blocked), which only costs remembering. */
export function saveSettings(
  settings: Settings,
  storage: Pick<Storage, "setItem"> | undefined = globalStorage()
): boolean {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return storage !== undefined;
  } catch {
    return false;
  }
}
