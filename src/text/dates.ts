// Calendar dates as Vietnamese official documents write them: "ngày 05 tháng 01 năm 2020".

export interface CalendarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

/** A document date, or a draft whose day and month are left blank for the văn thư to fill in. */
export type DocumentDate =
  | { readonly kind: "dated"; readonly date: CalendarDate }
  | { readonly kind: "draft"; readonly year: number };

/** Blank kept for a hand-written day or month in a draft (D18). */
export const DRAFT_BLANK = " ".repeat(6);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year` in the Gregorian calendar: counted, not a Date made for each date asked. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** True when the day exists in the Gregorian calendar (29/02 only in leap years). */
export function isRealDate({ day, month, year }: CalendarDate): boolean {
  return (
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    Number.isInteger(year) &&
    year >= 1930 &&
    year <= 2100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Parses "18/7/2023" or "05/03/2020" (day/month/year, also with "-" or "."); returns null when the text is not such a
 * date or the date does not exist.
 */
export function parseDate(text: string): CalendarDate | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

/** Day with the leading-zero rule: days below 10 take a zero [DDNT][PL1 II.4]. */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Month with the leading-zero rule: months 1 and 2 take a zero, months 3–12 never [DDNT][PL1 II.4]. */
export function formatMonth(month: number): string {
  return month < 3 ? `0${month}` : String(month);
}

/** "ngày 18 tháng 7 năm 2023"; a draft keeps blanks for day and month. */
export function formatLongDate(date: DocumentDate): string {
  if (date.kind === "draft") return `ngày${DRAFT_BLANK}tháng${DRAFT_BLANK}năm ${date.year}`;
  const { day, month, year } = date.date;
  return `ngày ${formatDay(day)} tháng ${formatMonth(month)} năm ${year}`;
}

/** "Điện Bàn, ngày 18 tháng 7 năm 2023" — the place-and-date line (ô 4). */
export function formatPlaceDate(place: string, date: DocumentDate): string {
  return `${place.trim()}, ${formatLongDate(date)}`;
}
