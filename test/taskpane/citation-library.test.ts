// The citation library store: seeded with the standing documents, kept between uses, forgiving of what it finds.

import { STANDING_DOCUMENTS } from "../../src/citations/standing-documents";
import {
  LIBRARY_KEY,
  LIBRARY_LIMIT,
  libraryFrom,
  loadLibrary,
  saveLibrary,
} from "../../src/taskpane/citation-library";
import { memoryStorage } from "../helpers/memory-storage";

describe("the citation library", () => {
  it("starts with the standing documents: Điều lệ Đảng, QĐ 66 and 399, HD 36, NĐ 30", () => {
    const library = loadLibrary(memoryStorage());
    expect(library).toBe(STANDING_DOCUMENTS);
    const texts = library.map((entry) => entry.text).join("\n");
    for (const part of ["Điều lệ Đảng", "66-QĐ/TW", "399-QĐ/TW", "36-HD/VPTW", "30/2020/NĐ-CP"])
      expect(texts).toContain(part);
  });

  it("keeps what was saved, an emptied library included", () => {
    const storage = memoryStorage();
    const entries = [
      { text: "Kết luận số 1300-KL/TU ngày 18/7/2023", abbreviation: "Kết luận 1300" },
    ];
    expect(saveLibrary(entries, storage)).toBe(true);
    expect(loadLibrary(storage)).toEqual(entries);
    saveLibrary([], storage);
    expect(loadLibrary(storage)).toEqual([]);
  });

  it("falls back to the standing documents on corrupt JSON, a wrong shape, or blocked storage", () => {
    expect(loadLibrary(memoryStorage({ [LIBRARY_KEY]: "{not json" }))).toBe(STANDING_DOCUMENTS);
    expect(loadLibrary(memoryStorage({ [LIBRARY_KEY]: '{"entries": 3}' }))).toBe(
      STANDING_DOCUMENTS
    );
    expect(
      loadLibrary({
        getItem: () => {
          throw new Error("SecurityError");
        },
      })
    ).toBe(STANDING_DOCUMENTS);
    expect(loadLibrary(undefined)).toBe(STANDING_DOCUMENTS);
    expect(saveLibrary(STANDING_DOCUMENTS, undefined)).toBe(false);
  });

  it("drops entries without text, mends a missing short name, and keeps at most the limit", () => {
    const stored = {
      entries: [
        { text: "Nghị định số 30/2020/NĐ-CP" },
        { text: "   " },
        null,
        { abbreviation: "x" },
        ...Array.from({ length: LIBRARY_LIMIT + 5 }, (_, i) => ({
          text: `Quyết định số ${i + 1}/QĐ-UBND`,
          abbreviation: "",
        })),
      ],
    };
    const library = libraryFrom(stored);
    expect(library?.[0]).toEqual({ text: "Nghị định số 30/2020/NĐ-CP", abbreviation: "" });
    expect(library).toHaveLength(LIBRARY_LIMIT);
  });
});
