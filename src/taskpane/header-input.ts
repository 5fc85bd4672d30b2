// From the Insert pane's fields to the core's HeaderInput, its preview lines and its errors by field.

import type { FieldError } from "../blocks/block";
import { numberLine } from "../blocks/document-number";
import { type HeaderInput, documentDate } from "../blocks/header-block";
import {
  type DocumentType,
  DOCUMENT_TYPES,
  PROFILES,
  type ProfileId,
  findDocumentType,
} from "../conventions";
import { formatPlaceDate } from "../text/dates";
import type { Language } from "./i18n";
import type { Settings } from "./settings-store";

/** Called with a field's name (the core's, as in FieldError.field) when the user leaves it. */
export type FieldVisit = (field: string) => void;

/** What the Insert pane asks for each time; the rest comes from the remembered settings. */
export interface HeaderForm {
  readonly number: string;
  readonly date: string;
  readonly subject: string;
}

// A letter is the most common document, and every profile has one.
const FALLBACK_TYPE = "cong-van";

/** The remembered document type if the profile has it, else the công văn, else the profile's first type. */
export function documentTypeFor(settings: Pick<Settings, "profile" | "type">): DocumentType {
  const types = DOCUMENT_TYPES[settings.profile];
  const found =
    findDocumentType(settings.profile, settings.type) ??
    findDocumentType(settings.profile, FALLBACK_TYPE);
  const type = found ?? types[0];
  if (!type) throw new RangeError(`${settings.profile}: the profile has no document types`);
  return type;
}

/** A State letter's number names the drafting unit ("5973/UBND-KT") [PL1 II.3]. */
export function needsUnitCode(profile: ProfileId, type: DocumentType): boolean {
  return PROFILES[profile].regime === "state" && type.code === null && !type.unnumbered;
}

/** The header builder's input: the subject only for a letter, the unit code only where the number has one. */
export function headerInputFrom(settings: Settings, form: HeaderForm): HeaderInput {
  const type = documentTypeFor(settings);
  return {
    profile: settings.profile,
    type: type.slug,
    superior: settings.superior,
    issuer: settings.issuer,
    issuerCode: settings.issuerCode,
    unitCode: needsUnitCode(settings.profile, type) ? settings.unitCode : undefined,
    number: form.number,
    place: settings.place,
    date: form.date,
    subject: type.letter ? form.subject : undefined,
  };
}

export interface PreviewLines {
  /** "Số 1301-KL/TU", or undefined while its parts are invalid. */
  readonly number?: string;
  /** "Điện Bàn, ngày 18 tháng 7 năm 2023", or undefined while the place is empty or the date invalid. */
  readonly placeDate?: string;
}

/** The number line and the place-and-date line, each as soon as its own fields allow, by the core's builders. */
export function previewLines(input: HeaderInput): PreviewLines {
  const number = numberLine(input);
  const date = documentDate(input.date, input.today);
  const place = input.place.trim();
  return {
    number: number.ok ? number.value : undefined,
    placeDate: date.ok && place !== "" ? formatPlaceDate(place, date.value) : undefined,
  };
}

/** Each field's messages in `language`, joined, keyed by the core's field name ("date", "issuerCode", …). */
export function errorsByField(
  errors: readonly FieldError[],
  language: Language
): Readonly<Record<string, string>> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const message = error.message[language];
    byField[error.field] = byField[error.field] ? `${byField[error.field]}; ${message}` : message;
  }
  return byField;
}
