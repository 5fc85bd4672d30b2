// The header block (ô 1–4, 5b): a borderless two-column table, issuer on the left, tiêu đề or quốc hiệu on the right.

import {
  type HeaderFormats,
  type Profile,
  type ProfileId,
  PROFILES,
  type TextFormat,
  typeStructure,
} from "../conventions";
import { keepTogether, tidy, upper } from "../text/case";
import { type CalendarDate, type DocumentDate, formatPlaceDate, parseDate } from "../text/dates";
import type { Block, BuildResult, CellSpec, FieldError, ParagraphSpec, TableSpec } from "./block";
import { numberLine, resolveType } from "./document-number";
import { type Mark, headerMarkParagraphs } from "./mark-block";
import {
  formattedParagraph,
  headerColumnsMm,
  LINE_GAP_PT,
  LINE_PARAGRAPH_PT,
  lineUnder,
  maxLeftColumnMm,
  oneLineWidthMm,
  SINGLE_LINE_EM,
} from "./layout";

export interface HeaderInput {
  readonly profile: ProfileId;
  /** Document type slug: "ket-luan", "cong-van". */
  readonly type: string;
  /** Cơ quan cấp trên (Party) or cơ quan chủ quản (State); optional. */
  readonly superior?: string;
  /** Cơ quan ban hành. */
  readonly issuer: string;
  readonly issuerCode: string;
  readonly unitCode?: string;
  /** Digits, or empty for a draft. */
  readonly number?: string;
  /** Địa danh. */
  readonly place: string;
  /** "dd/mm/yyyy", or empty for a draft whose day and month stay blank. */
  readonly date?: string;
  /** Công văn subject (trích yếu), written under the number. */
  readonly subject?: string;
  /** Today, for the year of a draft; defaults to the clock. */
  readonly today?: CalendarDate;
  /**
   * A text ban hành or phê duyệt kèm theo a quyết định: no number and no place-date of its own; the decision carries
   * them (NĐ30 Phụ lục III, the mẫu after mẫu 1.3).
   */
  readonly attached?: boolean;
  /** Dấu mật, khẩn (under the number, ô 10a, 10b) and phạm vi lưu hành (under the place-date, ô 11) [PL1 IV]. */
  readonly marks?: readonly Mark[];
}

function fieldError(field: string, vi: string, en: string): FieldError {
  return { field, message: { vi, en } };
}

function todayDate(): CalendarDate {
  const now = new Date();
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}

/** The document date from the form's text: a real date, a draft (blank), or a field error. */
export function documentDate(
  text: string | undefined,
  today: CalendarDate = todayDate()
): BuildResult<DocumentDate> {
  const raw = tidy(text ?? "");
  if (raw === "") return { ok: true, value: { kind: "draft", year: today.year } };
  const date = parseDate(raw);
  if (date) return { ok: true, value: { kind: "dated", date } };
  return {
    ok: false,
    errors: [
      fieldError(
        "date",
        `Ngày "${raw}" không hợp lệ: ghi ngày/tháng/năm có thật, ví dụ 18/7/2023, hoặc để trống khi là dự thảo`,
        `Date "${raw}" is not valid: write a real day/month/year such as 18/7/2023, or leave it blank in a draft`
      ),
    ],
  };
}

// Where a name may break: before the kind of place that starts a proper name ("TỈNH LÀO CAI"), or before "VÀ".
const BREAK_BEFORE =
  /\s(?=(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU|VÀ|KHỐI)\s)/gu;
// State local bodies are written "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI", as every real header [REAL][PL3].
const ALWAYS_BREAK = /^((?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(?=\S)/u;

/**
 * The lines of an issuer name in a column `maxMm` wide: one line when it fits, else broken only where a proper
 * name starts (never inside "THÁI NGUYÊN"); a name with no such place stays whole and Word wraps it.
 */
export function nameLines(name: string, format: TextFormat, maxMm: number): string[] {
  const always = ALWAYS_BREAK.exec(name);
  if (always) return [always[1] as string, name.slice(always[0].length)];
  if (oneLineWidthMm(name, format) <= maxMm) return [name];
  const cuts = [...name.matchAll(BREAK_BEFORE)].map((m) => m.index);
  let best: string[] | undefined;
  let bestWidth = Infinity;
  for (const cut of cuts) {
    const lines = [name.slice(0, cut), name.slice(cut + 1)];
    const width = Math.max(...lines.map((line) => oneLineWidthMm(line, format)));
    if (width < bestWidth) {
      best = lines;
      bestWidth = width;
    }
  }
  return best ?? [name];
}

/** Column widths (D13), the left column widened within what is left so the issuer and superior lines stay whole. */
function columnWidths(
  profile: Profile,
  header: HeaderFormats,
  left: readonly [string, TextFormat][]
): [number, number] {
  const maxLeft = maxLeftColumnMm(profile, header);
  const lines = left.flatMap(([name, format]) =>
    nameLines(name, format, maxLeft).map((line) => oneLineWidthMm(line, format))
  );
  return headerColumnsMm(profile, header, lines);
}

/** The left column's names: superior, issuer, the Party "*", the line under the issuer; also a copy's parts. */
export function leftIssuerParagraphs(
  input: HeaderInput,
  header: HeaderFormats,
  columnMm: number
): ParagraphSpec[] {
  const paragraphs: ParagraphSpec[] = [];
  const superior = tidy(input.superior ?? "");
  if (superior !== "") {
    const lines = nameLines(upper(superior), header.superior, columnMm);
    paragraphs.push(formattedParagraph("superior", lines.join("\n"), header.superior));
  }
  const issuer = upper(tidy(input.issuer));
  const lines = nameLines(issuer, header.issuer, columnMm);
  paragraphs.push(formattedParagraph("issuer", lines.join("\n"), header.issuer));
  if (header.star) paragraphs.push(formattedParagraph("star", header.star.text, header.star));
  if (header.issuerLine) {
    const longest = lines.reduce((a, b) =>
      oneLineWidthMm(b, header.issuer) > oneLineWidthMm(a, header.issuer) ? b : a
    );
    paragraphs.push(lineUnder("issuer-line", longest, header.issuer, header.issuerLine, columnMm));
  }
  return paragraphs;
}

function subjectParagraph(subject: string, header: HeaderFormats): ParagraphSpec {
  const format = header.letterSubject;
  return formattedParagraph("letter-subject", `${format.prefix}${subject}`, format, {
    spacing: { beforePt: 6, afterPt: 0 },
  });
}

function partyLineHeight(header: HeaderFormats): number {
  const issuerLines = (header.superior.sizePt + header.issuer.sizePt) * SINGLE_LINE_EM;
  const titleLine = (header.partyTitle?.sizePt ?? 0) * SINGLE_LINE_EM;
  return Math.max(LINE_PARAGRAPH_PT, Math.round(issuerLines - titleLine - LINE_GAP_PT));
}

/**
 * The header block for the profile's regime, or the field errors that stop it from being built (unknown type,
 * malformed number parts, impossible date, empty issuer or place).
 */
export function headerBlock(input: HeaderInput): BuildResult<Block> {
  const profile = PROFILES[input.profile];
  const header = profile.header;
  const errors: FieldError[] = [];

  const type = resolveType(input.profile, input.type);
  if (!type.ok) return type;
  if (tidy(input.issuer) === "") {
    errors.push(fieldError("issuer", "Cần tên cơ quan ban hành", "The issuing body is required"));
  }
  if (tidy(input.place) === "") {
    errors.push(
      fieldError(
        "place",
        "Cần địa danh (ví dụ Điện Bàn, Hà Nội)",
        "The place name is required (e.g. Điện Bàn, Hà Nội)"
      )
    );
  }
  const attached = input.attached === true;
  const number = attached ? ({ ok: true, value: "" } as const) : numberLine(input);
  if (!number.ok) errors.push(...number.errors);
  const date = documentDate(input.date, input.today);
  if (!date.ok) errors.push(...date.errors);
  const subject = tidy(input.subject ?? "");
  if (subject !== "" && !type.value.letter) {
    errors.push(
      fieldError(
        "subject",
        "Chỉ công văn có trích yếu dưới số, ký hiệu",
        "Only a letter (công văn) has a subject under the number"
      )
    );
  }
  if (errors.length > 0 || !number.ok || !date.ok) return { ok: false, errors };

  const leftNames: [string, TextFormat][] = [[upper(tidy(input.issuer)), header.issuer]];
  if (tidy(input.superior ?? "") !== "")
    leftNames.push([upper(tidy(input.superior ?? "")), header.superior]);
  const [leftMm, rightMm] = columnWidths(profile, header, leftNames);
  const numberParagraphs =
    attached || number.value === ""
      ? []
      : [formattedParagraph("number", number.value, header.number)];
  // A State biên bản gives its time in the text, not under the quốc hiệu (mẫu 1.9) [PL3].
  const undated = typeStructure(input.type, profile.regime).undated === true;
  const placeDates = attached
    ? []
    : undated
      ? [formattedParagraph("place-date-none", "", header.placeDate)]
      : [
          formattedParagraph(
            "place-date",
            formatPlaceDate(tidy(input.place), date.value),
            header.placeDate
          ),
        ];
  const issuerParagraphs = leftIssuerParagraphs(input, header, leftMm);
  const marked =
    (input.marks ?? []).length > 0
      ? headerMarkParagraphs(input.profile, input.marks ?? [], leftMm, rightMm)
      : ({ ok: true, value: { left: [], right: [] } } as const);
  if (!marked.ok) return marked;
  const leftMarks = marked.value.left;
  const rightMarks = marked.value.right;
  // A typed "V/v" is not doubled [PL1 II.5b]; codes and year ranges never wrap at their hyphen.
  const subjectText = keepTogether(subject.replace(/^v\s*[/.]\s*v\.?\s*/iu, ""));
  const subjectParagraphs = subject === "" ? [] : [subjectParagraph(subjectText, header)];

  let rows: CellSpec[][];
  if (header.partyTitle && header.partyTitleLine) {
    const title = header.partyTitle;
    rows = [
      [
        {
          paragraphs: [
            ...issuerParagraphs,
            ...numberParagraphs,
            ...subjectParagraphs,
            ...leftMarks,
          ],
        },
        {
          paragraphs: [
            formattedParagraph("party-title", title.text, title),
            // Tall enough that the date lands level with the "*" when there is a superior body, as in the
            // seed's layout (conventions §7): two issuer lines beside the title and its line.
            lineUnder(
              "party-title-line",
              title.text,
              title,
              header.partyTitleLine,
              rightMm,
              partyLineHeight(header)
            ),
            ...placeDates,
            ...rightMarks,
          ],
        },
      ],
    ];
  } else if (header.nationalName && header.motto && header.mottoLine) {
    // The number and the place-date share a row so they stay on one line [PL1 II.4].
    rows = [
      [
        // A text kèm theo a quyết định has no number row: its marks stand under the issuer and the motto.
        { paragraphs: [...issuerParagraphs, ...(attached ? leftMarks : [])] },
        {
          paragraphs: [
            formattedParagraph("national-name", header.nationalName.text, header.nationalName),
            formattedParagraph("motto", header.motto.text, header.motto),
            lineUnder("motto-line", header.motto.text, header.motto, header.mottoLine, rightMm),
            ...(attached ? rightMarks : []),
          ],
        },
      ],
      ...(attached
        ? []
        : [
            [
              { paragraphs: [...numberParagraphs, ...subjectParagraphs, ...leftMarks] },
              { paragraphs: [...placeDates, ...rightMarks] },
            ],
          ]),
    ];
  } else {
    throw new RangeError(
      `${profile.id}: header formats have neither a Party title nor a quốc hiệu`
    );
  }

  const table: TableSpec = { kind: "table", columnsMm: [leftMm, rightMm], rows };
  return {
    ok: true,
    value: {
      name: "header",
      title: "Thể Thức: phần đầu văn bản",
      font: profile.page.font.name,
      content: [table],
    },
  };
}
