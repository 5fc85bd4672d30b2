// The documents a văn phòng cites week in, week out: what a new user's citation library starts with.

/** A document kept in the citation library: the full reference as written, and an optional defined short form. */
export interface LibraryEntry {
  /** The full reference: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư". */
  readonly text: string;
  /** The short form defined on first mention ("Quyết định 218"); "" for none. */
  readonly abbreviation: string;
}

/**
 * The library's first contents. Numbers, dates and issuers as conventions.md §1 and §8 give them (the governing texts of
 * the three profiles); the Party texts are written with the comma before "ngày", as Party documents cite them (D5).
 */
export const STANDING_DOCUMENTS: readonly LibraryEntry[] = [
  { text: "Điều lệ Đảng", abbreviation: "" },
  {
    text: "Quy định số 66-QĐ/TW, ngày 06/02/2017 của Ban Bí thư về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
    abbreviation: "",
  },
  {
    text: "Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
    abbreviation: "",
  },
  {
    text: "Hướng dẫn số 36-HD/VPTW, ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng",
    abbreviation: "",
  },
  {
    text: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
    abbreviation: "",
  },
];
