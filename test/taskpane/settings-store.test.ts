// Remembered settings: a versioned key, defaults for anything missing or corrupt, and storage that may refuse.

import { PROFILE_IDS } from "../../src/conventions";
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  STORED_PROFILE_IDS,
  type Settings,
  loadSettings,
  saveSettings,
  settingsFrom,
  whereChange,
  whereFor,
} from "../../src/taskpane/settings-store";
import { memoryStorage } from "../helpers/memory-storage";

const saved: Settings = {
  profile: "dang-2018",
  superior: "Đảng bộ tỉnh Quảng Nam",
  issuer: "Thị ủy Điện Bàn",
  issuerCode: "TU",
  place: "Điện Bàn",
  unitCode: "",
  type: "ket-luan",
  where: { header: "cursor", closing: "start" },
  language: "en",
  checkProfile: "dang-2026",
  toneStyle: "second",
  severityFilter: "errors",
  checkView: "group",
};

it("knows every profile the rulebook has, and no other", () => {
  expect([...STORED_PROFILE_IDS].sort()).toEqual([...PROFILE_IDS].sort());
});

it("reads back what it saved, under a versioned key", () => {
  const storage = memoryStorage();
  expect(saveSettings(saved, storage)).toBe(true);
  expect([...storage.items.keys()]).toEqual([SETTINGS_KEY]);
  expect(SETTINGS_KEY).toMatch(/\.v\d+$/);
  expect(loadSettings(storage)).toEqual(saved);
});

it.each([
  ["nothing stored", undefined],
  ["corrupt JSON", "{not json"],
  ["JSON that is not an object", "[1,2]"],
  ["null", "null"],
])("falls back to the defaults on %s", (_, raw) => {
  const storage = memoryStorage(raw === undefined ? {} : { [SETTINGS_KEY]: raw });
  expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
});

it("keeps the good fields of a damaged value and defaults the rest", () => {
  expect(
    settingsFrom({
      profile: "dang-1930",
      issuer: "Thị ủy Điện Bàn",
      place: 7,
      where: "end",
      language: "fr",
      checkProfile: "dang",
      toneStyle: "new",
    })
  ).toEqual({ ...DEFAULT_SETTINGS, issuer: "Thị ủy Điện Bàn" });
});

it("checks with the document's own tone style until one is chosen, and keeps the choice", () => {
  expect(DEFAULT_SETTINGS.toneStyle).toBe("auto");
  expect(settingsFrom({}).toneStyle).toBe("auto");
  for (const toneStyle of ["auto", "first", "second"] as const)
    expect(settingsFrom({ toneStyle }).toneStyle).toBe(toneStyle);
  // Settings saved before the field existed read as "auto".
  const older = Object.fromEntries(Object.entries(saved).filter(([key]) => key !== "toneStyle"));
  expect(settingsFrom(older)).toEqual({ ...saved, toneStyle: "auto" });
});

it("puts every block at the cursor and the header at the start until the user chooses, then remembers each block's choice", () => {
  const fresh = settingsFrom({});
  expect(
    ["title", "kinh-gui", "basis", "skeleton", "closing", "marks"].map((block) =>
      whereFor(fresh, block)
    )
  ).toEqual(Array(6).fill("cursor"));
  expect(whereFor(fresh, "header")).toBe("start");
  const chosen = { ...fresh, ...whereChange(fresh, "closing", "start") };
  expect([
    whereFor(chosen, "closing"),
    whereFor(chosen, "kinh-gui"),
    whereFor(chosen, "header"),
  ]).toEqual(["start", "cursor", "start"]);
  // One choice for all blocks (older versions) is not taken as every block's: a Nơi nhận never lands at the top.
  expect(whereFor(settingsFrom({ where: "start" }), "closing")).toBe("cursor");
  expect(
    settingsFrom({ where: { header: "cursor", closing: "end", __proto__: "start" } }).where
  ).toEqual({
    header: "cursor",
  });
  expect(whereFor(settingsFrom({}), "toString")).toBe("cursor");
});

it("survives storage that throws (blocked or full)", () => {
  const refusing = {
    getItem: (): string | null => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
  };
  expect(loadSettings(refusing)).toEqual(DEFAULT_SETTINGS);
  expect(saveSettings(saved, refusing)).toBe(false);
  expect(saveSettings(saved, undefined)).toBe(false);
});
