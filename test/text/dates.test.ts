import { formatLongDate, formatPlaceDate, isRealDate, parseDate } from "../../src/text/dates";
import { PROFILES } from "../../src/conventions";

const dated = (day: number, month: number, year: number) => ({
  kind: "dated" as const,
  date: { day, month, year },
});

describe("the leading-zero rule [DDNT][PL1 II.4]", () => {
  it.each([
    [dated(5, 1, 2020), "ngày 05 tháng 01 năm 2020"],
    [dated(20, 2, 2018), "ngày 20 tháng 02 năm 2018"],
    [dated(3, 4, 2018), "ngày 03 tháng 4 năm 2018"],
    [dated(18, 7, 2023), "ngày 18 tháng 7 năm 2023"],
    [dated(10, 3, 2020), "ngày 10 tháng 3 năm 2020"],
    [dated(9, 12, 2026), "ngày 09 tháng 12 năm 2026"],
    [dated(31, 10, 2026), "ngày 31 tháng 10 năm 2026"],
  ])("%j → %s", (date, expected) => {
    expect(formatLongDate(date)).toBe(expected);
  });

  it("writes lines the rulebook's place-date pattern accepts", () => {
    const pattern = new RegExp(PROFILES["nha-nuoc"].header.placeDate.pattern, "u");
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 10, 28])
        expect(formatPlaceDate("Hà Nội", dated(day, month, 2026))).toMatch(pattern);
    }
  });

  it("keeps day and month blank in a draft", () => {
    expect(formatLongDate({ kind: "draft", year: 2026 })).toMatch(/^ngày {6}tháng {6}năm 2026$/);
  });
});

describe("parseDate accepts only real calendar dates", () => {
  it.each([
    ["18/7/2023", { day: 18, month: 7, year: 2023 }],
    ["05/03/2020", { day: 5, month: 3, year: 2020 }],
    ["29/2/2024", { day: 29, month: 2, year: 2024 }],
    ["18-7-2023", { day: 18, month: 7, year: 2023 }],
    [" 1.1.2026 ", { day: 1, month: 1, year: 2026 }],
  ])("%s", (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it.each([
    "29/2/2026",
    "31/4/2026",
    "32/1/2026",
    "0/1/2026",
    "1/13/2026",
    "1/0/2026",
    "18/7/23",
    "hôm nay",
    "",
    "1/1/1850",
  ])("refuses %j", (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe("isRealDate", () => {
  it("agrees with the calendar of Date on every day, month and year around its bounds", () => {
    const differ: string[] = [];
    for (let year = 1928; year <= 2102; year++)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const calendar = new Date(Date.UTC(year, month - 1, day));
          const real =
            year >= 1930 &&
            year <= 2100 &&
            calendar.getUTCFullYear() === year &&
            calendar.getUTCMonth() === month - 1 &&
            calendar.getUTCDate() === day;
          if (isRealDate({ day, month, year }) !== real) differ.push(`${day}/${month}/${year}`);
        }
    expect(differ).toEqual([]);
    expect(isRealDate({ day: 29, month: 2, year: 2000 })).toBe(true);
    expect(isRealDate({ day: 29, month: 2, year: 2100 })).toBe(false);
  });
});
