// Documents cited by name alone, never by number: Điều lệ Đảng, the Hiến pháp, the Cương lĩnh (conventions §3.8, §4).

export interface NamedDocument {
  /** The type as the citation writes it: "Điều lệ", "Hiến pháp", "Cương lĩnh". */
  readonly typeName: string;
  /** The type in the head pattern, with what must follow it for a capitalised word to be this document. */
  readonly head: string;
  /** The texts one of which a paragraph must hold for `head` to match there: the type as it may be written. */
  readonly written: readonly string[];
  /**
   * What follows the type, run sticky right after it (matching form: one space between words): group `name`, and
   * `year` or `year2`. A match with neither name, year nor a date after it is not a citation.
   */
  readonly rest: RegExp;
  /** The name in the document's key: "Đảng Cộng sản Việt Nam" and "Đảng" are one Điều lệ. */
  keyName(name: string): string;
  /** The form of later mentions. */
  short(name: string, year: number | null): string;
  /** The year as the full form writes it after the name. */
  yearText(year: number): string;
}

const NOT_WORD_AFTER = String.raw`(?![\p{L}\d])`;
const YEAR = String.raw`(?:19|20)\d{2}(?![\d/])`;
const join = (...words: string[]) => words.filter((word) => word !== "").join(" ");

// QĐ66 and QĐ399 list "điều lệ Đảng" among the Party's documents; Party căn cứ cite it as "Điều lệ Đảng" [Q399]. "Điều
// lệ" in either case followed by a capital "Đảng" is this document (the capital on "điều lệ" is another rule's concern);
// "điều lệ hội", "theo điều lệ", "điều lệ đảng" name none, nor "Đảng bộ", "Đảng ủy" after it (a committee, not the Party).
const PARTY_CHARTER: NamedDocument = {
  typeName: "Điều lệ",
  head: "[Đđ]iều lệ(?= Đảng)",
  written: ["Điều lệ", "điều lệ"],
  rest: new RegExp(
    String.raw`\s(?<name>Đảng(?: Cộng sản Việt Nam)?)${NOT_WORD_AFTER}(?!\s(?:bộ|ủy|uỷ|viên|đoàn)${NOT_WORD_AFTER})`,
    "uy"
  ),
  keyName: () => "đảng",
  short: () => "Điều lệ Đảng",
  yearText: (year) => `năm ${year}`,
};

// "Hiến pháp năm 2013", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;": a bare "Hiến pháp" ("tuân thủ Hiến
// pháp và pháp luật") is the general notion, not a citation, unless a date follows it.
const CONSTITUTION: NamedDocument = {
  typeName: "Hiến pháp",
  head: "Hiến pháp",
  written: ["Hiến pháp"],
  rest: new RegExp(
    String.raw`(?:\s(?<name>nước Cộng h(?:òa|oà) [Xx]ã hội [Cc]hủ nghĩa Việt Nam)${NOT_WORD_AFTER})?(?:\s(?:năm\s)?(?<year>${YEAR}))?`,
    "uy"
  ),
  // One Hiến pháp in force at a time: with or without the country's name, as laws are keyed without their year.
  keyName: () => "",
  // Without its year, the country's name tells it from the general notion: "Hiến pháp nước Cộng hòa …".
  short: (name, year) => join("Hiến pháp", year === null ? name : `năm ${year}`),
  yearText: (year) => `năm ${year}`,
};

const PLATFORM_NAME = "xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội";
const POLITICAL = "chính trị";
const PLATFORM_FIRST_YEAR = 1991;
// The Cương lĩnh of 1991, "(bổ sung, phát triển năm 2011)" for the text of the XI Congress. Party texts also call it the
// "Cương lĩnh chính trị" (of the Party; QĐ66 names the type "cương lĩnh chính trị"): one document, one key. The
// "Cương lĩnh chính trị đầu tiên" of 1930 is another.
const PLATFORM: NamedDocument = {
  typeName: "Cương lĩnh",
  head: String.raw`Cương lĩnh(?= xây dựng đất nước| ${POLITICAL}(?! đầu tiên| (?:năm )?19[0-8]\d)${NOT_WORD_AFTER})`,
  written: ["Cương lĩnh"],
  rest: new RegExp(
    String.raw`\s(?<name>${PLATFORM_NAME}|${POLITICAL}(?:\scủa\sĐảng(?:\sCộng sản Việt Nam)?${NOT_WORD_AFTER})?)(?:\s\((?:được\s)?bổ sung,\s?phát triển\snăm\s(?<year>${YEAR})\)|\snăm\s(?<year2>${YEAR}))?`,
    "uy"
  ),
  keyName: () => PLATFORM_NAME,
  short: (name) => `Cương lĩnh ${name.startsWith(POLITICAL) ? POLITICAL : PLATFORM_NAME}`,
  yearText: (year) =>
    year === PLATFORM_FIRST_YEAR ? `năm ${year}` : `(bổ sung, phát triển năm ${year})`,
};

/** The documents cited by name alone. */
export const NAMED_DOCUMENTS: readonly NamedDocument[] = [PARTY_CHARTER, CONSTITUTION, PLATFORM];

/** The named document of this type ("Hiến pháp"), or undefined for every other type. */
export function findNamedDocument(typeName: string): NamedDocument | undefined {
  return NAMED_DOCUMENTS.find((named) => named.typeName === typeName);
}
