// Số và ký hiệu (ô 3): built from its parts by each regime's grammar [H36-1.3.1][PL1 II.3].

import {
  type DocumentType,
  type ProfileId,
  PROFILES,
  findDocumentType,
  documentTypeSlugs,
} from "../conventions";
import { tidy } from "../text/case";
import { DRAFT_BLANK } from "../text/dates";
import type { BuildResult, FieldError } from "./block";

export interface NumberInput {
  readonly profile: ProfileId;
  /** Document type slug: "ket-luan". */
  readonly type: string;
  /** The number, digits only; empty in a draft (the văn thư fills it in when the document is issued). */
  readonly number?: string;
  /** Code of the issuing body: "TU", "UBND", "ĐU". */
  readonly issuerCode: string;
  /** State công văn: code of the drafting unit or field, "KT" in "5973/UBND-KT". */
  readonly unitCode?: string;
}

const PARTY_ISSUER_CODE = /^\p{Lu}[\p{Lu}\d]*$/u;
const STATE_CODE = /^\p{Lu}[\p{L}\d&]*$/u;

function error(field: string, vi: string, en: string): FieldError {
  return { field, message: { vi, en } };
}

/** The document type for a slug, or a field error listing the profile's slugs. */
export function resolveType(profile: ProfileId, slug: string): BuildResult<DocumentType> {
  const type = findDocumentType(profile, slug);
  if (type) return { ok: true, value: type };
  const known = documentTypeSlugs(profile).join(", ");
  return {
    ok: false,
    errors: [
      error(
        "type",
        `Loại văn bản "${slug}" không có trong ${profile}; chọn một trong: ${known}`,
        `Document type "${slug}" is not in ${profile}; choose one of: ${known}`
      ),
    ],
  };
}

/** The number with a leading zero below 10, or "" for a draft; null when it is not a positive whole number. */
function formatSerial(raw: string): string | null {
  if (raw === "") return "";
  if (!/^\d{1,6}$/.test(raw) || Number(raw) === 0) return null;
  const value = Number(raw);
  return value < 10 ? `0${value}` : String(value);
}

/**
 * The number line: "Số 1301-KL/TU" for Party documents, "Số: 12/QĐ-UBND" or "Số: 5973/UBND-KT" (công văn) for State
 * ones; a draft keeps a blank where the number goes; "" for a type written without one (thư công). Returns field
 * errors for an unknown type or malformed parts.
 */
export function numberLine(input: NumberInput): BuildResult<string> {
  const typeResult = resolveType(input.profile, input.type);
  if (!typeResult.ok) return typeResult;
  const type = typeResult.value;
  const regime = PROFILES[input.profile].regime;
  // A thư công carries no số and ký hiệu (RULEBOOK D29): no line at all.
  if (type.unnumbered) return { ok: true, value: "" };
  const errors: FieldError[] = [];

  const serial = formatSerial(tidy(input.number ?? ""));
  if (serial === null) {
    errors.push(
      error(
        "number",
        "Số văn bản phải là số nguyên dương (hoặc để trống khi là dự thảo)",
        "The number must be a positive whole number (or blank in a draft)"
      )
    );
  }
  const issuerCode = tidy(input.issuerCode);
  const issuerPattern = regime === "party" ? PARTY_ISSUER_CODE : STATE_CODE;
  if (issuerCode === "") {
    errors.push(
      error(
        "issuerCode",
        "Cần ký hiệu cơ quan ban hành (ví dụ TU, UBND)",
        "The issuing body's code is required (e.g. TU, UBND)"
      )
    );
  } else if (!issuerPattern.test(issuerCode)) {
    errors.push(
      error(
        "issuerCode",
        `Ký hiệu cơ quan "${issuerCode}" phải bắt đầu bằng chữ in hoa, không dấu cách hay dấu "-", "/"`,
        `Body code "${issuerCode}" must start with a capital letter and contain no spaces, "-" or "/"`
      )
    );
  }
  const unitCode = tidy(input.unitCode ?? "");
  const needsUnit = regime === "state" && type.code === null;
  // A draft without its unit is written "…" like every other gap (D18); a numbered letter needs it.
  if (needsUnit && unitCode === "" && serial !== "") {
    errors.push(
      error(
        "unitCode",
        "Công văn cần mã đơn vị soạn thảo hoặc lĩnh vực (ví dụ KT trong 5973/UBND-KT)",
        "A letter needs the drafting unit's code (e.g. KT in 5973/UBND-KT)"
      )
    );
  } else if (unitCode !== "" && !STATE_CODE.test(unitCode)) {
    errors.push(
      error(
        "unitCode",
        `Mã đơn vị "${unitCode}" không hợp lệ`,
        `Unit code "${unitCode}" is not valid`
      )
    );
  }
  if (errors.length > 0 || serial === null) return { ok: false, errors };

  const shownSerial = serial === "" ? DRAFT_BLANK : serial;
  if (regime === "party") {
    return { ok: true, value: `Số ${shownSerial}-${type.code}/${issuerCode}` };
  }
  const code =
    type.code === null ? `${issuerCode}-${unitCode || "…"}` : `${type.code}-${issuerCode}`;
  return { ok: true, value: `Số: ${shownSerial}/${code}` };
}
