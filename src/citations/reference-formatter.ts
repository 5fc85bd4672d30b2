// Writes a reference in the full or short form of a profile (conventions §4): "Kết luận số 1300-KL/TU, ngày 18/7/2023 của Thị ủy về …".

import type { Profile } from "../conventions";
import { formatDay, formatMonth } from "../text/dates";
import { findNamedDocument, type NamedDocument } from "./named-documents";
import type { Reference, ReferenceDate } from "./reference-parser";

export type ReferenceForm = "full" | "short";

/** "04/01/2026", "05/9/2026": the header's zero rule applied to an in-text date (D17). */
export function formatNumericDate(date: Pick<ReferenceDate, "day" | "month" | "year">): string {
  return `${formatDay(date.day)}/${formatMonth(date.month)}/${date.year}`;
}

/** "19 tháng 02 năm 2025", for laws (conventions §3.8 căn cứ). */
export function formatLongReferenceDate(
  date: Pick<ReferenceDate, "day" | "month" | "year">
): string {
  return `${formatDay(date.day)} tháng ${formatMonth(date.month)} năm ${date.year}`;
}

/** "1300-KL/TU", "30/2020/NĐ-CP", or the bare serial. */
function numberOf(reference: Reference): string {
  if (reference.number === null) return "";
  if (reference.code === null) return reference.number;
  return `${reference.number}${reference.regime === "party" ? "-" : "/"}${reference.code}`;
}

/** "Điều lệ Đảng", "Hiến pháp năm 2013", "Cương lĩnh … (bổ sung, phát triển năm 2011)": full with the date if any. */
function formatNamed(reference: Reference, named: NamedDocument, form: ReferenceForm): string {
  const name = reference.law?.name ?? "";
  const year = reference.law?.year ?? null;
  if (form === "short") return named.short(name, year);
  const parts = [reference.typeName, name];
  if (reference.date) parts.push(`ngày ${formatLongReferenceDate(reference.date)}`);
  else if (year !== null) parts.push(named.yearText(year));
  return parts.filter((part) => part !== "").join(" ");
}

function formatLaw(reference: Reference, form: ReferenceForm): string {
  const named = findNamedDocument(reference.typeName);
  if (named) return formatNamed(reference, named, form);
  const name = `${reference.typeName} ${reference.law?.name ?? ""}`.trim();
  if (form === "short") return name;
  const parts = [name];
  if (reference.number !== null && reference.code !== null) parts.push(`số ${numberOf(reference)}`);
  if (reference.date) parts.push(`ngày ${formatLongReferenceDate(reference.date)}`);
  else if (reference.law?.year) parts.push(`năm ${reference.law.year}`);
  return parts.join(" ");
}

/**
 * The reference written in `form` for a document of `profile`: State "<Tên loại> số <số>/<ký hiệu> ngày <dd/mm/yyyy>
 * của <cơ quan> <trích yếu>"; a Party number in a Party document takes the comma before "ngày" (D5); laws by name with
 * their date in words; the documents cited by name alone as named-documents.ts writes them ("Điều lệ Đảng" in both
 * forms). The short form is the defined abbreviation when there is one, else type and number ("số" kept in
 * State documents, dropped in Party ones as HD05 writes "Nghị quyết 12-NQ/ĐU").
 */
export function formatReference(
  reference: Reference,
  profile: Profile,
  form: ReferenceForm
): string {
  if (reference.law) return formatLaw(reference, form);
  const number = numberOf(reference);
  if (form === "short") {
    if (reference.definedAs) return reference.definedAs;
    if (reference.code === null) return `${reference.typeName} ${number}`;
    return profile.regime === "party"
      ? `${reference.typeName} ${number}`
      : `${reference.typeName} số ${number}`;
  }
  let text = `${reference.typeName} số ${number}`;
  if (reference.date) {
    const comma = reference.regime === "party" && profile.regime === "party" ? "," : "";
    text += `${comma} ngày ${formatNumericDate(reference.date)}`;
  }
  if (reference.issuer) text += ` của ${reference.issuer}`;
  if (reference.summary) text += ` ${reference.summary}`;
  return text;
}
