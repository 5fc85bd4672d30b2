// Địa danh, ngày tháng năm (ô 4): the line's form, the leading-zero rule, a real date [PL1 II.4][DDNT][H36-PL3].

import { HD05_FROM, partyProfileOn, typeStructure } from "../../conventions";
import type { Snapshot } from "../../ooxml/snapshot";
import { formatDay, formatMonth, isRealDate } from "../../text/dates";
import { codePointClass } from "../../text/code-point-class";
import type { Span } from "../components";
import {
  at,
  hasHeader,
  headerLines,
  lineView,
  type LineView,
  NO_HEADER,
  textFix,
} from "../header-lines";
import { ATTACHED, notFound, where, withFix } from "../lines";
import { documentReferences } from "../references";
import { indexOf, sample } from "../samples";
import type { CheckContext, NotEvaluated, Rule } from "../types";

/** A header line that reads as a place-date though slightly off: "Hà Nội ngày 05 tháng 3 năm 2026", "…, ngày 05/3/2026". */
const LOOSE_PLACE_DATE =
  /(?:^|[\s,])ngày(?=[\s\d.]|$).*(?:\snăm\s*\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/iu;
const MAX_PLACE_DATE_LENGTH = 90;

/** The line's parts, contiguous: place · comma · "ngày" · day · "tháng" · month · "năm" · year. */
const PARTS =
  /^(\s*)(.*?)(\s*)(,?)(\s*)(ngày)(\s*)(.*?)(\s*)(tháng)(\s*)(.*?)(\s*)(năm)(\s*)(\d{4})(\s*)$/iu;
const PART_NAMES = [
  "lead",
  "place",
  "beforeComma",
  "comma",
  "afterComma",
  "dayWord",
  "s1",
  "day",
  "s2",
  "monthWord",
  "s3",
  "month",
  "s4",
  "yearWord",
  "s5",
  "year",
  "trail",
] as const;
type PartName = (typeof PART_NAMES)[number];

interface Part {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface PlaceDate {
  readonly span: Span;
  readonly view: LineView;
  /** The parts, or null when the line does not follow "…, ngày … tháng … năm …". */
  readonly parts: Readonly<Record<PartName, Part>> | null;
}

function parsePlaceDate(snapshot: Snapshot, span: Span): PlaceDate {
  const view = lineView(snapshot, span);
  const match = PARTS.exec(view.text);
  if (!match) return { span, view, parts: null };
  let offset = 0;
  const parts = {} as Record<PartName, Part>;
  PART_NAMES.forEach((name, i) => {
    const text = match[i + 1] ?? "";
    parts[name] = { start: offset, end: offset + text.length, text };
    offset += text.length;
  });
  return { span, view, parts };
}

/** A day or month left for the văn thư to fill in (D18): nothing, or dots. */
function isBlank(part: Part): boolean {
  return /^[._…]*$/.test(part.text);
}

const BLANK_YEAR = /năm\s*20\s?(?:\.{2,}|…)\s*$/u;

const NO_DATE = notFound({
  vi: "không tìm thấy địa danh, ngày tháng năm",
  en: "no place-and-date line found",
});

/** The place-date line (the component, or a header line that reads as one), or why a rule cannot look at it. */
function placeDate({ snapshot, components }: CheckContext): {
  line?: PlaceDate;
  skip?: NotEvaluated;
} {
  const span =
    components.placeDate ??
    headerLines(snapshot, components).find(
      (s) =>
        s !== components.number &&
        s.text.length <= MAX_PLACE_DATE_LENGTH &&
        !/^(?:số|căn cứ)/iu.test(s.text) &&
        LOOSE_PLACE_DATE.test(s.text)
    );
  if (!span) return { skip: hasHeader(components) ? NO_DATE : NO_HEADER };
  return { line: parsePlaceDate(snapshot, span) };
}

/** The numeric day, month and year, when all three are written as numbers. */
function numbers(parts: Readonly<Record<PartName, Part>>) {
  if (!/^\d{1,3}$/.test(parts.day.text) || !/^\d{1,3}$/.test(parts.month.text)) return null;
  return {
    day: Number(parts.day.text),
    month: Number(parts.month.text),
    year: Number(parts.year.text),
  };
}

const missing: Rule = {
  meta: {
    id: "date/missing",
    category: "date",
    severity: "error",
    source: "[PL1 II.4][H36-PL3][RULEBOOK D18]",
    description: {
      vi: "Có địa danh và ngày tháng năm ban hành; ngày, tháng chỉ để trống trong dự thảo",
      en: "The place and date are written; day and month stay blank only in a draft",
    },
    messages: {
      missing: {
        vi: "Không tìm thấy địa danh, ngày tháng năm ban hành (ví dụ “Hà Nội, ngày 05 tháng 3 năm 2026”)",
        en: "No place and date found (e.g. “Hà Nội, ngày 05 tháng 3 năm 2026”)",
      },
      blank: {
        vi: "Ngày, tháng ban hành để trống. Nếu đây là dự thảo, ghi “DỰ THẢO” ở đầu văn bản (hoặc kiểm tra ở chế độ dự thảo); văn bản ban hành phải ghi đủ ngày tháng năm",
        en: "The day and month are blank. If this is a draft, mark it “DỰ THẢO” at the top (or check it as a draft); an issued document needs its full date",
      },
    },
  },
  check(context, report) {
    const { line, skip } = placeDate(context);
    if (!line && context.components.attachedTo) return ATTACHED;
    const type = context.components.documentType;
    if (!line && type && typeStructure(type.slug, context.profile.regime).undated)
      return notFound({
        vi: "biên bản ghi thời gian trong nội dung, không có địa danh, ngày tháng ở phần đầu (mẫu 1.9)",
        en: "minutes give their time in the text, with no place-date in the header (mẫu 1.9)",
      });
    if (!line) {
      if (skip === NO_DATE) report({ messageId: "missing", paragraph: null });
      else return skip;
      return;
    }
    const { parts } = line;
    const blank = parts
      ? isBlank(parts.day) || isBlank(parts.month)
      : BLANK_YEAR.test(line.span.text);
    if (blank && !context.draft) {
      report({ messageId: "blank", ...where(line.span) });
    }
  },
  examples: {
    valid: [
      { name: "State date", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party date",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "blank day and month in a draft",
        draft: true,
        snapshot: sample("nha-nuoc", {
          placeDate: { text: "Lào Cai, ngày      tháng      năm 2026" },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "blank day and month, not marked as a draft (Lào Cai drafts)",
        snapshot: sample("nha-nuoc", {
          placeDate: { text: "Lào Cai, ngày      tháng      năm 2026" },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "placeDate")],
      },
      {
        name: "blank Party date",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          placeDate: { text: "Điện Bàn, ngày    tháng    năm 2026" },
        }).snapshot,
        findings: [indexOf("dang-2026", "placeDate")],
      },
      {
        name: "no place-date line",
        snapshot: sample("nha-nuoc", { placeDate: { text: "" } }).snapshot,
        findings: [null],
      },
    ],
  },
};

const form: Rule = {
  meta: {
    id: "date/form",
    category: "date",
    severity: "error",
    source: "[PL1 II.4][DDNT][H36-PL3]",
    fix: "text",
    description: {
      vi: "Địa danh, ngày tháng năm theo mẫu “Hà Nội, ngày 05 tháng 3 năm 2026”: dấu phẩy sau địa danh, chữ số Ả Rập",
      en: "Place and date as “Hà Nội, ngày 05 tháng 3 năm 2026”: a comma after the place, Arabic numerals",
    },
    messages: {
      form: {
        vi: "Địa danh, ngày tháng năm “{actual}” chưa đúng mẫu “Hà Nội, ngày 05 tháng 3 năm 2026”",
        en: "The place and date “{actual}” do not follow “Hà Nội, ngày 05 tháng 3 năm 2026”",
      },
      place: {
        vi: "Thiếu địa danh trước ngày tháng năm ban hành",
        en: "The place name is missing before the date",
      },
      comma: {
        vi: "Sau địa danh có dấu phẩy, rồi một dấu cách: “{expected}”",
        en: "A comma and one space follow the place name: “{expected}”",
      },
      lowercase: {
        vi: "Viết thường “{word}”: “{expected}”",
        en: "Write “{word}” in lower case: “{expected}”",
      },
    },
  },
  check(context, report) {
    const { line, skip } = placeDate(context);
    if (!line) return skip;
    const { parts, view, span } = line;
    // A form's blank year ("năm 20..") is a blank to fill, judged by date/missing, not a malformed date [REAL].
    if (!parts && BLANK_YEAR.test(span.text)) return;
    if (!parts) {
      report({ messageId: "form", ...where(span), data: { actual: span.text } });
      return;
    }
    const dateText = view.text.slice(parts.dayWord.start, parts.trail.start);
    if (parts.place.text.trim() === "") {
      report({ messageId: "place", ...where(span) });
    } else if (
      parts.comma.text === "" ||
      parts.beforeComma.text !== "" ||
      parts.afterComma.text === ""
    ) {
      report({
        messageId: "comma",
        ...at(view, parts.place.start, parts.dayWord.end),
        data: { expected: `${parts.place.text}, ${dateText}` },
        ...withFix(textFix(view, parts.place.end, parts.dayWord.start, ", ")),
      });
    }
    for (const name of ["dayWord", "monthWord", "yearWord"] as const) {
      const word = parts[name];
      const lower = word.text.toLocaleLowerCase("vi");
      if (word.text === lower) continue;
      report({
        messageId: "lowercase",
        ...at(view, word.start, word.end),
        data: {
          word: lower,
          expected: `${parts.place.text.trim()}, ${dateText.toLocaleLowerCase("vi")}`,
        },
        ...withFix(textFix(view, word.start, word.end, lower)),
      });
    }
    const odd = [parts.day, parts.month].some(
      (part) => !isBlank(part) && !/^\d{1,3}$/.test(part.text)
    );
    if (odd) report({ messageId: "form", ...where(span), data: { actual: span.text } });
  },
  examples: {
    valid: [
      {
        name: "Lào Cai, ngày 05 tháng 3 năm 2026",
        snapshot: sample("nha-nuoc").snapshot,
        findings: [],
      },
      {
        name: "Party",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "a draft's blanks",
        snapshot: sample("nha-nuoc", {
          placeDate: { text: "Lào Cai, ngày       tháng      năm 2026" },
        }).snapshot,
        findings: [],
      },
      {
        name: "a place with a dot: TP. Hồ Chí Minh",
        snapshot: sample("nha-nuoc", {
          placeDate: { text: "TP. Hồ Chí Minh, ngày 15 tháng 10 năm 2026" },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no comma after the place",
        snapshot: sample("nha-nuoc", { placeDate: { text: "Hà Nội ngày 05 tháng 3 năm 2026" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "placeDate")],
      },
      {
        name: "Ngày with a capital",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { placeDate: { text: "Điện Bàn, Ngày 18 tháng 7 năm 2023" } })
          .snapshot,
        findings: [indexOf("dang-2018", "placeDate")],
      },
      {
        name: "a numeric date in the header",
        snapshot: sample("nha-nuoc", { placeDate: { text: "Lào Cai, ngày 05/3/2026" } }).snapshot,
        findings: [indexOf("nha-nuoc", "placeDate")],
      },
      {
        name: "no place",
        snapshot: sample("nha-nuoc", { placeDate: { text: ", ngày 05 tháng 3 năm 2026" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "placeDate")],
      },
    ],
  },
};

const leadingZero: Rule = {
  meta: {
    id: "date/leading-zero",
    category: "date",
    severity: "error",
    source: "[PL1 II.4][DDNT][H36-HDR]",
    fix: "text",
    description: {
      vi: "Ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước; tháng 3 đến 12 không có",
      en: "Days below 10 and months 1–2 take a leading zero; months 3–12 never do",
    },
    messages: {
      dayZero: {
        vi: "Ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước: “ngày {expected}”",
        en: "Days below 10 take a leading zero: “ngày {expected}”",
      },
      dayExtra: {
        vi: "Ngày ghi thừa số 0 phía trước: “ngày {expected}”",
        en: "The day has an extra leading zero: “ngày {expected}”",
      },
      monthZero: {
        vi: "Tháng 1, tháng 2 phải ghi thêm số 0 phía trước: “tháng {expected}”",
        en: "Months 1 and 2 take a leading zero: “tháng {expected}”",
      },
      monthNoZero: {
        vi: "Từ tháng 3 đến tháng 12 không ghi số 0 phía trước: “tháng {expected}”",
        en: "Months 3 to 12 take no leading zero: “tháng {expected}”",
      },
    },
  },
  check(context, report) {
    const { line, skip } = placeDate(context);
    if (!line) return skip;
    const { parts, view } = line;
    const values = parts && numbers(parts);
    if (!parts || !values) return;
    if (values.day >= 1 && formatDay(values.day) !== parts.day.text) {
      const expected = formatDay(values.day);
      report({
        messageId: values.day < 10 ? "dayZero" : "dayExtra",
        ...at(view, parts.day.start, parts.day.end),
        data: { expected },
        ...withFix(textFix(view, parts.day.start, parts.day.end, expected)),
      });
    }
    if (values.month >= 1 && values.month <= 12 && formatMonth(values.month) !== parts.month.text) {
      const expected = formatMonth(values.month);
      report({
        messageId: values.month < 3 ? "monthZero" : "monthNoZero",
        ...at(view, parts.month.start, parts.month.end),
        data: { expected },
        ...withFix(textFix(view, parts.month.start, parts.month.end, expected)),
      });
    }
  },
  examples: {
    valid: [
      { name: "ngày 05 tháng 3", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "ngày 04 tháng 01",
        snapshot: sample("nha-nuoc", { placeDate: { text: "Lào Cai, ngày 04 tháng 01 năm 2026" } })
          .snapshot,
        findings: [],
      },
      {
        name: "ngày 20 tháng 02 (HD36 Phụ lục 3)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { placeDate: { text: "Hạ Long, ngày 20 tháng 02 năm 2018" } })
          .snapshot,
        findings: [],
      },
      {
        name: "ngày 18 tháng 7",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "tháng 03 (Chỉ thị 07/CT-TTg, 2012)",
        snapshot: sample("nha-nuoc", { placeDate: { text: "Hà Nội, ngày 02 tháng 03 năm 2012" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "placeDate")],
      },
      {
        name: "ngày 5",
        snapshot: sample("nha-nuoc", { placeDate: { text: "Lào Cai, ngày 5 tháng 3 năm 2026" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "placeDate")],
      },
      {
        name: "Party tháng 1",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { placeDate: { text: "Điện Bàn, ngày 15 tháng 1 năm 2027" } })
          .snapshot,
        findings: [indexOf("dang-2026", "placeDate")],
      },
    ],
  },
};

const realDate: Rule = {
  meta: {
    id: "date/real",
    category: "date",
    severity: "error",
    source: "[PL1 II.4][H36-PL3]",
    description: { vi: "Ngày ban hành có thật trong lịch", en: "The date exists in the calendar" },
    messages: {
      unreal: {
        vi: "Ngày {day} tháng {month} năm {year} không có trong lịch",
        en: "{day}/{month}/{year} is not a calendar date",
      },
    },
  },
  check(context, report) {
    const { line, skip } = placeDate(context);
    if (!line) return skip;
    const values = line.parts && numbers(line.parts);
    if (!line.parts || !values) return;
    if (isRealDate(values)) return;
    const { day, month, year } = line.parts;
    report({
      messageId: "unreal",
      ...at(line.view, line.parts.dayWord.start, year.end),
      data: { day: day.text, month: month.text, year: year.text },
    });
  },
  examples: {
    valid: [
      { name: "05/3/2026", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "29/02 in a leap year",
        snapshot: sample("nha-nuoc", { placeDate: { text: "Lào Cai, ngày 29 tháng 02 năm 2028" } })
          .snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "31/02",
        snapshot: sample("nha-nuoc", { placeDate: { text: "Lào Cai, ngày 31 tháng 02 năm 2026" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "placeDate")],
      },
      {
        name: "29/02 in 2026",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          placeDate: { text: "Điện Bàn, ngày 29 tháng 02 năm 2026" },
        }).snapshot,
        findings: [indexOf("dang-2026", "placeDate")],
      },
      {
        name: "month 13",
        snapshot: sample("nha-nuoc", { placeDate: { text: "Lào Cai, ngày 10 tháng 13 năm 2026" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "placeDate")],
      },
    ],
  },
};

const profilePeriod: Rule = {
  meta: {
    id: "date/profile-period",
    category: "date",
    severity: "info",
    source: "[HD05][H36-SUM][Q399]",
    profiles: ["dang-2018", "dang-2026"],
    description: {
      vi: "Bộ quy tắc của Đảng đúng với ngày ban hành: trước 27/5/2026 theo Hướng dẫn 36, từ ngày đó theo Hướng dẫn 05",
      en: "The Party rulebook fits the date: Guide 36 before 27 May 2026, Guide 05 from then",
    },
    messages: {
      before: {
        vi: "Văn bản ghi ngày {date}, trước ngày Hướng dẫn 05-HD/VPTW có hiệu lực (27/5/2026); thể thức theo Hướng dẫn 36-HD/VPTW (bộ quy tắc dang-2018)",
        en: "The document is dated {date}, before Guide 05-HD/VPTW took effect (27 May 2026); Guide 36-HD/VPTW applies (profile dang-2018)",
      },
      after: {
        vi: "Văn bản ghi ngày {date}, từ ngày Hướng dẫn 05-HD/VPTW có hiệu lực (27/5/2026); thể thức theo Hướng dẫn 05-HD/VPTW (bộ quy tắc dang-2026)",
        en: "The document is dated {date}, on or after 27 May 2026; Guide 05-HD/VPTW applies (profile dang-2026)",
      },
      undated: {
        vi: "Văn bản không ghi ngày ban hành nên không biết theo Hướng dẫn 36-HD/VPTW (trước 27/5/2026) hay Hướng dẫn 05-HD/VPTW (từ ngày đó); đang kiểm tra theo bộ quy tắc {profile}. Văn bản ban hành trước 27/5/2026 thì chọn bộ quy tắc dang-2018",
        en: "The document has no date, so Guide 36-HD/VPTW (before 27 May 2026) and Guide 05-HD/VPTW (from then) cannot be told apart; it is checked with profile {profile}. For a document issued before 27 May 2026 choose profile dang-2018",
      },
    },
  },
  check(context, report) {
    const { line } = placeDate(context);
    const values = line?.parts && numbers(line.parts);
    if (!line && context.components.attachedTo) return ATTACHED;
    if (!line || !values) {
      // Undated (a form's "ngày … tháng … năm 20.."): the profile is a guess unless the year alone decides it.
      const year = Number(/năm\s+(\d{4})\s*$/u.exec(line?.span.text ?? "")?.[1] ?? NaN);
      if (year && year !== HD05_FROM.year) return;
      report({
        messageId: "undated",
        severity: "warning",
        ...(line ? where(line.span) : { paragraph: null }),
        data: { profile: context.profile.id },
      });
      return;
    }
    if (!isRealDate(values)) return;
    const fits = partyProfileOn(values);
    if (fits === context.profile.id) return;
    const date = `${values.day}/${values.month}/${values.year}`;
    report({
      messageId: fits === "dang-2018" ? "before" : "after",
      ...where(line.span),
      data: { date },
    });
  },
  examples: {
    valid: [
      {
        name: "2023 under dang-2018",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "2026 under dang-2026",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { placeDate: { text: "Điện Bàn, ngày 01 tháng 6 năm 2026" } })
          .snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "2023 checked with dang-2026",
        profile: "dang-2026",
        snapshot: sample("dang-2026").snapshot,
        findings: [indexOf("dang-2026", "placeDate")],
      },
      {
        name: "an undated form: the profile is a guess",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          placeDate: { text: "Điện Bàn, ngày    tháng    năm 20.." },
        }).snapshot,
        findings: [indexOf("dang-2026", "placeDate")],
      },
      {
        name: "June 2026 checked with dang-2018",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { placeDate: { text: "Điện Bàn, ngày 01 tháng 6 năm 2026" } })
          .snapshot,
        findings: [indexOf("dang-2018", "placeDate")],
      },
    ],
  },
};

/** A date written in running text: "ngày 31/6/2023", "ngày 30 tháng 02 năm 2024", "(31/6/2023)". */
// A date in running text, not inside a longer number or word (NOT_DATE_BEFORE, tested in code by matchesNotAfter: as
// a leading look-behind it was tried at every position of every paragraph, four times the cost of the rest).
const NOT_DATE_BEFORE = /^[\p{L}\d/.-]$/u;
const NOT_DATE_BEFORE_UNITS = codePointClass(NOT_DATE_BEFORE);
// Groups by number, not by name: a match with named groups also builds a dictionary of them, one more object for each
// date-like number of every paragraph.
// Groups: 1 "ngày", 2 day, 3 separator, 4 month after a separator, 5 month after "tháng", 6 year.
export const TEXT_DATE =
  /(?:(ngày)\s+)?(\d{1,2})\s?(?:([/.-])\s?(\d{1,2})\s?\3\s?|\s+tháng\s+(\d{1,2})\s+năm\s+)(\d{4})(?![\d/])/giu;
const DATE_WORD_GROUP = 1;
const DAY = 2;
const SEPARATOR = 3;
const MONTH = 4;
const MONTH_WORD = 5;
const YEAR = 6;
/**
 * What every TEXT_DATE match holds, without the i and u flags that make the engine fold and read code points: a
 * day's digit, then two separators around the month and a year, or "tháng … năm …" in any case (no other character
 * folds to these letters). A paragraph without it (a year alone, "2020-2025") is not walked by TEXT_DATE: over a
 * body, 3 times cheaper than the year test it replaces.
 */
export const DATE_SHAPE =
  /\d\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|\d\s+[tT][hH][áÁ][nN][gG]\s+\d{1,2}\s+[nN][ăĂ][mM]\s+\d{4}/;
/** DATE_SHAPE walked through a text: where the next date can hold its day's last digit. */
const DATE_SHAPES = new RegExp(DATE_SHAPE.source, "g");
/** The word a date may open with, tested where it would end: what TEXT_DATE's `ngày` accepts under i and u. */
const DATE_WORD = /ngày/iuy;
const SPACE = /\s/;

/**
 * The earliest start of a TEXT_DATE match whose DATE_SHAPE part starts at `shape` (the day's last digit): one digit
 * more of the day, then "ngày" and the white space after it. No TEXT_DATE match can start between a previous date and
 * this point, since every match holds a DATE_SHAPE match that starts at its day's last digit and nowhere earlier in it
 * (before that digit stand only "ngày", white space and the day's first digit, none followed by a separator).
 */
function earliestDateStart(text: string, shape: number): number {
  let day = shape;
  if (day > 0 && text.charCodeAt(day - 1) >= 0x30 && text.charCodeAt(day - 1) <= 0x39) day--;
  let word = day;
  while (word > 0 && SPACE.test(text.charAt(word - 1))) word--;
  if (word === day || word < DATE_WORD.source.length) return day;
  DATE_WORD.lastIndex = word - DATE_WORD.source.length;
  return DATE_WORD.test(text) ? word - DATE_WORD.source.length : day;
}

/**
 * The next TEXT_DATE match from its lastIndex that does not follow a NOT_DATE_BEFORE code point, or null (lastIndex
 * then 0): nextMatchNotAfter's match, but TEXT_DATE is run from the next DATE_SHAPE (less what may stand before it,
 * earliestDateStart) instead of from the previous date: TEXT_DATE, with i, u and an optional word first, is tried at
 * every position it is run over, at several times the cost of DATE_SHAPE.
 */
export function nextTextDate(text: string): RegExpExecArray | null {
  for (;;) {
    const from = TEXT_DATE.lastIndex;
    DATE_SHAPES.lastIndex = from;
    const shape = DATE_SHAPES.exec(text);
    if (!shape) {
      TEXT_DATE.lastIndex = 0;
      return null;
    }
    TEXT_DATE.lastIndex = Math.max(from, earliestDateStart(text, shape.index));
    const match = TEXT_DATE.exec(text);
    if (!match || !NOT_DATE_BEFORE_UNITS.before(text, match.index)) return match;
    TEXT_DATE.lastIndex = match.index + 1;
  }
}

const textDates: Rule = {
  meta: {
    id: "date/impossible",
    category: "date",
    severity: "error",
    source: "[PL1 II.6][DDNT]",
    description: {
      vi: "Mọi ngày tháng ghi trong văn bản đều có thật trong lịch",
      en: "Every date written in the text exists in the calendar",
    },
    messages: {
      impossible: {
        vi: "Ngày {date} không có trong lịch",
        en: "{date} is not a calendar date",
      },
    },
  },
  check({ snapshot, components }, report) {
    // The document's own date is date/real's; a cited document's date is citation/impossible-date's.
    const own = components.placeDate;
    // The cited dates by paragraph, gathered the first time a date is impossible: looked up per date, not scanned.
    let cited: Map<number, { start: number; end: number }[]> | null = null;
    const citedIn = (index: number) => {
      if (!cited) {
        cited = new Map();
        for (const { paragraph, reference } of documentReferences(snapshot, components)
          .references) {
          if (!reference.date) continue;
          const spans = cited.get(paragraph) ?? [];
          spans.push(reference.date.span);
          cited.set(paragraph, spans);
        }
      }
      return cited.get(index) ?? [];
    };
    for (const paragraph of snapshot.paragraphs) {
      const text = paragraph.text;
      // Walked by exec, not a generator; nextTextDate's first DATE_SHAPE search stops a paragraph without a date.
      TEXT_DATE.lastIndex = 0;
      for (let match = nextTextDate(text); match; match = nextTextDate(text)) {
        // A bare "1.2.2023" or "3-4-2024" is too often a number or a range: only "ngày …" or slashes count.
        if (!match[DATE_WORD_GROUP] && !match[MONTH_WORD] && match[SEPARATOR] !== "/") continue;
        const date = {
          day: Number(match[DAY]),
          month: Number(match[MONTH] ?? match[MONTH_WORD]),
          year: Number(match[YEAR]),
        };
        if (date.year < 1930 || date.year > 2100 || isRealDate(date)) continue;
        const start = match.index;
        const end = start + match[0].length;
        if (own && own.paragraph === paragraph.index && start < own.end && end > own.start)
          continue;
        if (citedIn(paragraph.index).some((c) => c.start < end && c.end > start)) continue;
        report({
          messageId: "impossible",
          paragraph: paragraph.index,
          start,
          end,
          data: { date: `${date.day}/${date.month}/${date.year}` },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: "29/02/2024 and ngày 30 tháng 4 năm 2026",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: "Điều 1. Hội nghị họp ngày 29/02/2024 và tổng kết ngày 30 tháng 4 năm 2026.",
          },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "ngày 31/6/2023 in the body",
        snapshot: sample("nha-nuoc", {
          article1: { text: "Điều 1. Tổ chức hội nghị vào ngày 31/6/2023 tại trụ sở." },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article1")],
      },
      {
        name: "ngày 30 tháng 02 năm 2024 in the body",
        snapshot: sample("nha-nuoc", {
          article1: { text: "Điều 1. Hạn nộp báo cáo là ngày 30 tháng 02 năm 2024." },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article1")],
      },
    ],
  },
};

export const dateRules: readonly Rule[] = [
  missing,
  form,
  leadingZero,
  realDate,
  profilePeriod,
  textDates,
];
