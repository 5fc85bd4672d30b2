// Số và ký hiệu (ô 3): the regime's grammar, spacing, leading zero, type and issuer codes [PL1 II.3][H36-1.3.1][SKH].

import { DOCUMENT_TYPES, OTHER_TYPE_CODES, type Profile } from "../../conventions";
import type { Snapshot } from "../../ooxml/snapshot";
import type { Span } from "../components";
import {
  at,
  hasHeader,
  lineView,
  type LineView,
  NO_HEADER,
  originalSlice,
  textFix,
} from "../header-lines";
import { ATTACHED, notFound, where, withFix } from "../lines";
import { indexOf, sample } from "../samples";
import type { CheckContext, NotEvaluated, Rule } from "../types";

interface Part {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A number line taken apart, offsets in its view: "Số" · colon · spaces · number (or a draft blank) · ký hiệu. */
interface NumberLine {
  readonly view: LineView;
  readonly word: Part;
  /** From the end of "Số" to after the colon (spaces before the colon included), when there is one. */
  readonly colon: {
    readonly start: number;
    readonly end: number;
    readonly spacesBefore: number;
  } | null;
  readonly spacesAfter: number;
  /** Everything after the prefix, trimmed. */
  readonly rest: Part;
  /** The number is left blank for the văn thư (D18): "Số:      /QĐ-UBND", "Số     -NQ/ĐU". */
  readonly blank: boolean;
  readonly digits: Part | null;
  /** The ký hiệu with the separator before it, as written: " /UBND-KT", "-KL/TU". */
  readonly code: Part;
}

const LINE = /^(\s*)(số)(\s*)(:?)(\s*)(.*?)\s*$/iu;

function parseNumber(snapshot: Snapshot, span: Span): NumberLine | null {
  const view = lineView(snapshot, span);
  const m = LINE.exec(view.text);
  if (!m) return null;
  const [, lead = "", word = "", before = "", colonMark = "", after = "", restText = ""] = m;
  const wordEnd = lead.length + word.length;
  const restStart = wordEnd + before.length + colonMark.length + after.length;
  const digits = /^\d+/.exec(restText);
  const blank = digits ? null : /^[._…\s]*(?=[-/])/.exec(restText);
  const codeStart = restStart + (digits ? digits[0].length : (blank?.[0].length ?? 0));
  const restEnd = restStart + restText.length;
  return {
    view,
    word: { start: lead.length, end: wordEnd, text: word },
    colon: colonMark
      ? { start: wordEnd, end: wordEnd + before.length + 1, spacesBefore: before.length }
      : null,
    spacesAfter: colonMark ? after.length : before.length,
    rest: { start: restStart, end: restEnd, text: restText },
    blank: blank !== null,
    digits: digits
      ? { start: restStart, end: restStart + digits[0].length, text: digits[0] }
      : null,
    code: { start: codeStart, end: restEnd, text: view.text.slice(codeStart, restEnd) },
  };
}

/** The number with the leading-zero rule: "5" → "05", "012" → "12". */
function canonicalDigits(text: string): string {
  const value = Number(text);
  return value < 10 ? `0${value}` : String(value);
}

function prefixOf(profile: Profile): string {
  return profile.header.number.prefix.trim();
}

/** The line as it should read once prefix, spaces and zeros are right ("01" stands in for a draft blank). */
function canonical(line: NumberLine, profile: Profile): string {
  const number = line.digits ? canonicalDigits(line.digits.text) : "01";
  return `${profile.header.number.prefix}${number}${line.code.text.replace(/\s+/g, "")}`;
}

/** The type code of the ký hiệu, in either regime's form: "KL" in "-KL/TU", "QĐ" in "/QĐ-UBND". */
function typeCode(line: NumberLine, profile: Profile): string | null {
  const code = line.code.text.replace(/\s+/g, "");
  const party = /^-(\p{Lu}\p{L}*)\//u.exec(code)?.[1];
  const state = /^\/(?:\d{4}\/)?(\p{Lu}[\p{L}\d&]*)-/u.exec(code)?.[1];
  return (profile.regime === "party" ? (party ?? state) : (state ?? party)) ?? null;
}

const NO_NUMBER = notFound({ vi: "không tìm thấy số, ký hiệu", en: "no number line found" });

/** The parsed number line, or why a rule cannot look at it. */
function numberLine({ snapshot, components }: CheckContext): {
  line?: NumberLine;
  skip?: NotEvaluated;
} {
  if (!components.number) return { skip: hasHeader(components) ? NO_NUMBER : NO_HEADER };
  const line = parseNumber(snapshot, components.number);
  return line ? { line } : { skip: NO_NUMBER };
}

const missing: Rule = {
  meta: {
    id: "number/missing",
    category: "number",
    severity: "error",
    source: "[PL1 II.3][H36-1.3.1][RULEBOOK D18]",
    description: {
      vi: "Có số, ký hiệu văn bản; số chỉ để trống trong dự thảo",
      en: "The document has a number line; the number stays blank only in a draft",
    },
    messages: {
      missing: {
        vi: "Không tìm thấy số, ký hiệu văn bản dưới tên cơ quan ban hành (ví dụ “{example}”)",
        en: "No number line found under the issuer (e.g. “{example}”)",
      },
      blank: {
        vi: "Số văn bản để trống. Nếu đây là dự thảo, ghi “DỰ THẢO” ở đầu văn bản (hoặc kiểm tra ở chế độ dự thảo); văn bản ban hành phải có số",
        en: "The number is blank. If this is a draft, mark it “DỰ THẢO” at the top (or check it as a draft); an issued document needs its number",
      },
    },
  },
  check(context, report) {
    const { components, profile, draft } = context;
    if (!hasHeader(components)) return NO_HEADER;
    if (!components.number && components.attachedTo) return ATTACHED;
    // A thư công (RULEBOOK D29), a Party thông cáo, tuyên bố, lời kêu gọi (D39) carry no số and ký hiệu.
    const type = components.documentType;
    if (!components.number && type?.unnumbered)
      return notFound({
        vi: `${type.name.toLocaleLowerCase("vi")} không ghi số, ký hiệu`,
        en: `a ${type.name.toLocaleLowerCase("vi")} carries no number`,
      });
    if (!components.number) {
      report({
        messageId: "missing",
        paragraph: null,
        data: { example: profile.regime === "party" ? "Số 1301-KL/TU" : "Số: 12/QĐ-UBND" },
      });
      return;
    }
    const line = parseNumber(context.snapshot, components.number);
    if (line?.blank && !draft) report({ messageId: "blank", ...where(components.number) });
  },
  examples: {
    valid: [
      { name: "State number", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party number",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "blank number in a draft",
        draft: true,
        snapshot: sample("nha-nuoc", { number: { text: "Số:      /QĐ-SNNMT" } }).snapshot,
        findings: [],
      },
      {
        name: "blank Party number in a draft",
        profile: "dang-2026",
        draft: true,
        snapshot: sample("dang-2026", { number: { text: "Số     -KL/TU" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "blank number, not marked as a draft (Lào Cai drafts)",
        snapshot: sample("nha-nuoc", { number: { text: "Số:      /QĐ-SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
      {
        name: "blank Party number, not a draft",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số     -KL/TU" } }).snapshot,
        findings: [indexOf("dang-2018", "number")],
      },
      {
        name: "no number line",
        snapshot: sample("nha-nuoc", { number: { text: "" } }).snapshot,
        findings: [null],
      },
    ],
  },
};

const prefix: Rule = {
  meta: {
    id: "number/prefix",
    category: "number",
    severity: "error",
    source: "[PL1 II.3][H36-PL3][SKH]",
    fix: "text",
    description: {
      vi: "“Số:” có dấu hai chấm (nhà nước); “Số” không có dấu hai chấm (Đảng)",
      en: "“Số:” with a colon (State); “Số” without one (Party)",
    },
    messages: {
      partyColon: {
        vi: "Văn bản của Đảng ghi “Số” không có dấu hai chấm: “{expected}”",
        en: "Party documents write “Số” without a colon: “{expected}”",
      },
      stateColon: {
        vi: "Thiếu dấu hai chấm sau “Số”: “{expected}”",
        en: "A colon is missing after “Số”: “{expected}”",
      },
      prefix: {
        vi: "Ghi đúng “{prefix}” ở đầu số, ký hiệu: “{expected}”",
        en: "The number line starts “{prefix}”: “{expected}”",
      },
    },
  },
  check(context, report) {
    const { line, skip } = numberLine(context);
    if (!line) return skip;
    const party = context.profile.regime === "party";
    const wanted = prefixOf(context.profile);
    const colonWrong = party ? line.colon !== null : line.colon === null;
    const spacing =
      (line.colon?.spacesBefore ?? 0) > 0 || (line.spacesAfter === 0 && line.rest.text !== "");
    if (line.word.text === "Số" && !colonWrong && !spacing) return;
    const end = line.colon ? line.colon.end : line.word.end;
    const replacement = `${wanted}${line.spacesAfter === 0 ? " " : ""}`;
    const messageId = colonWrong ? (party ? "partyColon" : "stateColon") : "prefix";
    report({
      messageId,
      ...at(line.view, line.word.start, line.rest.end),
      data: { prefix: wanted, expected: `${wanted} ${line.rest.text}` },
      ...withFix(textFix(line.view, line.word.start, end, replacement)),
    });
  },
  examples: {
    valid: [
      { name: "Số: 12/QĐ-SNNMT", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Số 1301-KL/TU",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "State draft blank keeps its spaces",
        snapshot: sample("nha-nuoc", { number: { text: "Số:           /QĐ-SNNMT" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Party Số: (web copies)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số: 1301-KL/TU" } }).snapshot,
        findings: [indexOf("dang-2018", "number")],
      },
      {
        name: "State Số without colon",
        snapshot: sample("nha-nuoc", { number: { text: "Số 12/QĐ-SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
      {
        name: "State space before the colon",
        snapshot: sample("nha-nuoc", { number: { text: "Số : 12/QĐ-SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
      {
        name: "State no space after the colon",
        snapshot: sample("nha-nuoc", { number: { text: "Số:12/QĐ-SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
      {
        name: "capitals SỐ",
        snapshot: sample("nha-nuoc", { number: { text: "SỐ: 12/QĐ-SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
    ],
  },
};

const spacing: Rule = {
  meta: {
    id: "number/spacing",
    category: "number",
    severity: "error",
    source: "[SKH][PL1 II.3][REAL]",
    fix: "text",
    description: {
      vi: "Số, ký hiệu viết liền, không cách chữ quanh “/” và “-”",
      en: "No spaces around “/” and “-” in the number and ký hiệu",
    },
    messages: {
      spaces: {
        vi: "Số, ký hiệu có dấu cách quanh “/” hoặc “-”: “{actual}”; viết liền: “{expected}”",
        en: "Spaces around “/” or “-” in the number: “{actual}”; write “{expected}”",
      },
    },
  },
  check(context, report) {
    const { line, skip } = numberLine(context);
    if (!line) return skip;
    // A draft's blank sits before the first separator and is no spacing slip (D18).
    if (!/\s/.test(line.code.text)) return;
    const written = originalSlice(context.snapshot, line.view, line.code.start, line.code.end);
    const joined = written.replace(/[\s\u00a0]+/g, "");
    const number = line.digits?.text ?? "";
    report({
      messageId: "spaces",
      ...at(line.view, line.digits?.start ?? line.code.start, line.code.end),
      data: { actual: `${number}${line.code.text}`, expected: `${number}${joined}` },
      ...withFix(textFix(line.view, line.code.start, line.code.end, joined)),
    });
  },
  examples: {
    valid: [
      {
        name: "Số: 5973/UBND-KT",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "a draft's blank before the slash",
        snapshot: sample("nha-nuoc", { number: { text: "Số:          /QĐ-SNNMT" } }).snapshot,
        findings: [],
      },
      { name: "Party", profile: "dang-2018", snapshot: sample("dang-2018").snapshot, findings: [] },
    ],
    invalid: [
      {
        name: "Số: 5973 /UBND-KT (the signed Lào Cai letter)",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 5973 /UBND-KT" } }, undefined, "letter")
          .snapshot,
        findings: [indexOf("nha-nuoc", "number", "letter")],
      },
      {
        name: "Số 367 - QĐ/TU (Party)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số 367 - QĐ/TU" } }).snapshot,
        findings: [indexOf("dang-2018", "number")],
      },
      {
        name: "space after the slash",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 12/ QĐ-SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
    ],
  },
};

const leadingZero: Rule = {
  meta: {
    id: "number/leading-zero",
    category: "number",
    severity: "error",
    source: "[PL1 II.3][H36-1.3.1]",
    fix: "text",
    description: {
      vi: "Số văn bản nhỏ hơn 10 có số 0 phía trước (01, 02 … 09)",
      en: "Numbers below 10 take a leading zero (01 … 09)",
    },
    messages: {
      zero: {
        vi: "Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước: “{expected}”",
        en: "Numbers below 10 take a leading zero: “{expected}”",
      },
      extra: {
        vi: "Số văn bản ghi thừa số 0 phía trước: “{expected}”",
        en: "The number has an extra leading zero: “{expected}”",
      },
    },
  },
  check(context, report) {
    const { line, skip } = numberLine(context);
    if (!line) return skip;
    if (!line.digits || Number(line.digits.text) === 0) return;
    const expected = canonicalDigits(line.digits.text);
    if (expected === line.digits.text) return;
    report({
      messageId: Number(line.digits.text) < 10 ? "zero" : "extra",
      ...at(line.view, line.digits.start, line.digits.end),
      data: { expected },
      ...withFix(textFix(line.view, line.digits.start, line.digits.end, expected)),
    });
  },
  examples: {
    valid: [
      { name: "12", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "05",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 05/QĐ-SNNMT" } }).snapshot,
        findings: [],
      },
      {
        name: "Party 01",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { number: { text: "Số 01-KL/TU" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Số: 5/QĐ-SNNMT",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 5/QĐ-SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
      {
        name: "Party Số 7-KL/TU",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số 7-KL/TU" } }).snapshot,
        findings: [indexOf("dang-2018", "number")],
      },
      {
        name: "Số: 012/QĐ-SNNMT",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 012/QĐ-SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
    ],
  },
};

const form: Rule = {
  meta: {
    id: "number/form",
    category: "number",
    severity: "error",
    source: "[PL1 II.3][H36-PL3][H36-1.3.1]",
    fix: "text",
    description: {
      vi: "Số, ký hiệu theo mẫu của hệ thống văn bản: “Số 1301-KL/TU” (Đảng), “Số: 12/QĐ-UBND” (nhà nước)",
      en: "The number in the regime's form: “Số 1301-KL/TU” (Party), “Số: 12/QĐ-UBND” (State)",
    },
    messages: {
      stateFormInParty: {
        vi: "Văn bản của Đảng ghi gạch nối trước tên loại, gạch chéo trước cơ quan: “{expected}”, không ghi “{actual}”",
        en: "Party numbers put a hyphen before the type and a slash before the body: “{expected}”, not “{actual}”",
      },
      partyFormInState: {
        vi: "Văn bản nhà nước ghi gạch chéo trước ký hiệu, gạch nối giữa các nhóm chữ: “{expected}”, không ghi “{actual}”",
        en: "State numbers put a slash before the ký hiệu and hyphens between its groups: “{expected}”, not “{actual}”",
      },
      form: {
        vi: "Số, ký hiệu “{actual}” không đúng mẫu “{example}”",
        en: "The number “{actual}” does not follow the form “{example}”",
      },
    },
  },
  check(context, report) {
    const { line, skip } = numberLine(context);
    if (!line) return skip;
    const { profile } = context;
    // D18: a draft may leave a group of the ký hiệu as "…" too ("Số:      /UBND-…"), like the blank number.
    const written = canonical(line, profile);
    const tried = context.draft && line.blank ? written.replace(/…/gu, "X") : written;
    if (new RegExp(profile.header.number.pattern, "u").test(tried)) return;
    const code = line.code.text.replace(/\s+/g, "");
    const number = line.digits?.text ?? "";
    const place = at(line.view, line.digits?.start ?? line.code.start, line.code.end);
    const swap =
      profile.regime === "party"
        ? /^\/(\p{Lu}[\p{L}\d&]*)-(\p{Lu}[\p{L}\d&]*)$/u.exec(code)
        : /^-(\p{Lu}\p{L}*)\/(\p{Lu}[\p{L}\d&]*)$/u.exec(code);
    if (swap) {
      const fixed =
        profile.regime === "party" ? `-${swap[1]}/${swap[2]}` : `/${swap[1]}-${swap[2]}`;
      report({
        messageId: profile.regime === "party" ? "stateFormInParty" : "partyFormInState",
        ...place,
        data: { actual: `${number}${code}`, expected: `${number}${fixed}` },
        ...withFix(textFix(line.view, line.code.start, line.code.end, fixed)),
      });
      return;
    }
    report({
      messageId: "form",
      ...place,
      data: {
        actual: line.rest.text,
        example: profile.regime === "party" ? "Số 1301-KL/TU" : "Số: 12/QĐ-UBND",
      },
    });
  },
  examples: {
    valid: [
      { name: "Số: 12/QĐ-SNNMT", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Số 1301-KL/TU",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "a draft letter whose unit is still a gap: Số:      /UBND-…",
        draft: true,
        snapshot: sample("nha-nuoc", { number: { text: "Số:      /UBND-…" } }).snapshot,
        findings: [],
      },
      {
        name: "mixed-case codes: Số: 07/CT-TTg",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 07/CT-TTg" } }).snapshot,
        findings: [],
      },
      {
        name: "a normative act with its year: Số: 05/2025/QĐ-UBND",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 05/2025/QĐ-UBND" } }).snapshot,
        findings: [],
      },
      {
        name: "QĐi: Số 08-QĐi/TW",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số 08-QĐi/TW" } }).snapshot,
        findings: [],
      },
      {
        name: "a draft's blank",
        snapshot: sample("nha-nuoc", { number: { text: "Số:      /QĐ-SNNMT" } }).snapshot,
        findings: [],
      },
      {
        name: "prefix, spacing and zero slips are other rules' findings",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số: 7 - KL/TU" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Party number in State form",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số 1301/KL-TU" } }).snapshot,
        findings: [indexOf("dang-2018", "number")],
      },
      {
        name: "State number in Party form",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 12-QĐ/SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
      {
        name: "two slashes",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 12/QĐ/SNNMT" } }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
    ],
  },
};

/** Codes a profile knows: its types' codes and the other codes of its regime. */
function knownCodes(profile: Profile): Set<string> {
  const codes = DOCUMENT_TYPES[profile.id].flatMap((type) => [
    ...(type.code ? [type.code] : []),
    ...(type.altCodes ?? []),
  ]);
  return new Set([...codes, ...OTHER_TYPE_CODES[profile.regime].map((other) => other.code)]);
}

const typeCodeRule: Rule = {
  meta: {
    id: "number/type-code",
    category: "number",
    severity: "error",
    source: "[PL1 II.3][PL3][H36-1.3.1]",
    description: {
      vi: "Chữ viết tắt tên loại trong ký hiệu khớp với tên loại văn bản và có trong danh mục",
      en: "The type code in the ký hiệu matches the tên loại and is a known code",
    },
    messages: {
      mismatch: {
        vi: "Ký hiệu “{code}” không khớp tên loại “{name}” (chữ viết tắt của {name} là “{expected}”)",
        en: "The code “{code}” does not match the tên loại “{name}” (its code is “{expected}”)",
      },
      unknown: {
        vi: "Chữ viết tắt tên loại “{code}” không có trong danh mục văn bản của Đảng",
        en: "The type code “{code}” is not a known Party type code",
      },
      stateLetterCode: {
        vi: "Công văn của cơ quan nhà nước không có chữ viết tắt tên loại “CV”; ký hiệu gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo (ví dụ “5973/UBND-KT”)",
        en: "State letters have no type code “CV”; the ký hiệu is the issuer's and the drafting unit's codes (e.g. “5973/UBND-KT”)",
      },
    },
  },
  check(context, report) {
    const { line, skip } = numberLine(context);
    if (!line) return skip;
    const { profile, components } = context;
    const code = typeCode(line, profile);
    if (!code) return;
    const span = where(components.number as Span);
    const named = components.documentTypeLine
      ? (context.documentType ?? components.documentType)
      : null;
    if (named?.code) {
      if (code !== named.code && !named.altCodes?.includes(code)) {
        const name = named.name.toLocaleUpperCase("vi");
        report({ messageId: "mismatch", ...span, data: { code, name, expected: named.code } });
      }
      return;
    }
    if (named) return;
    if (profile.regime === "party") {
      if (!knownCodes(profile).has(code))
        report({ messageId: "unknown", severity: "warning", ...span, data: { code } });
    } else if (
      code === "CV" &&
      (components.documentType?.letter || components.letterSubject.length > 0)
    ) {
      report({ messageId: "stateLetterCode", severity: "warning", ...span });
    }
  },
  examples: {
    valid: [
      { name: "QUYẾT ĐỊNH with QĐ", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "KẾT LUẬN with KL",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "QUY ĐỊNH with QĐi (D14)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          documentType: { text: "QUY ĐỊNH" },
          number: { text: "Số 08-QĐi/TW" },
        }).snapshot,
        findings: [],
      },
      {
        name: "State letter: issuer and unit codes",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "Party letter: CV",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {}, undefined, "letter").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "KẾ HOẠCH numbered as a báo cáo",
        snapshot: sample("nha-nuoc", {
          documentType: { text: "KẾ HOẠCH" },
          number: { text: "Số: 12/BC-SNNMT" },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "number")],
      },
      {
        name: "KẾT LUẬN numbered as a nghị quyết",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số 1301-NQ/TU" } }).snapshot,
        findings: [indexOf("dang-2018", "number")],
      },
      {
        name: "unknown Party code (warning)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số 12-CVa/TU" } }, undefined, "letter")
          .snapshot,
        findings: [indexOf("dang-2018", "number", "letter")],
      },
      {
        name: "State letter numbered CV (warning)",
        snapshot: sample("nha-nuoc", { number: { text: "Số: 12/CV-UBND" } }, undefined, "letter")
          .snapshot,
        findings: [indexOf("nha-nuoc", "number", "letter")],
      },
    ],
  },
};

/** Party issuer codes that name a central body: all of them number as "TW" (conventions §3.3). */
const CENTRAL = new Set(["BCT", "BBT", "BCH", "BCHTW", "BCHTƯ", "TƯ"]);
const DISTRICT = new Set(["HU", "QU"]);

const issuerCode: Rule = {
  meta: {
    id: "number/issuer-code",
    category: "number",
    severity: "warning",
    source: "[H36-1.3.1][Q399][RULEBOOK D16]",
    fix: "text",
    profiles: ["dang-2018", "dang-2026"],
    description: {
      vi: "Chữ viết tắt cơ quan ban hành trong ký hiệu văn bản của Đảng: Trung ương dùng “TW”",
      en: "The issuer code of a Party number: central bodies use “TW”",
    },
    messages: {
      central: {
        vi: "Ký hiệu “{code}”: Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư đều ghi chung “TW”",
        en: "Code “{code}”: the Central Committee, Politburo and Secretariat all number as “TW”",
      },
      district: {
        vi: "Ký hiệu “{code}” là của huyện ủy, quận ủy; cấp huyện đã kết thúc hoạt động từ 01/7/2025, đề nghị kiểm tra lại",
        en: "Code “{code}” belongs to a district committee; districts were abolished on 1 July 2025 — please check",
      },
    },
  },
  check(context, report) {
    const { line, skip } = numberLine(context);
    if (!line) return skip;
    const slash = line.code.text.lastIndexOf("/");
    const match = /^\s*([\p{Lu}\d]+)$/u.exec(line.code.text.slice(slash + 1));
    if (slash < 0 || !match) return;
    const code = match[1] as string;
    const from = line.code.start + slash + 1 + (match[0].length - code.length);
    const to = from + code.length;
    if (CENTRAL.has(code)) {
      report({
        messageId: "central",
        ...at(line.view, from, to),
        data: { code },
        ...withFix(textFix(line.view, from, to, "TW")),
      });
    } else if (DISTRICT.has(code) && context.profile.id === "dang-2026") {
      report({
        messageId: "district",
        severity: "info",
        ...at(line.view, from, to),
        data: { code },
      });
    }
  },
  examples: {
    valid: [
      { name: "TU", profile: "dang-2018", snapshot: sample("dang-2018").snapshot, findings: [] },
      {
        name: "TW",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { number: { text: "Số 97-QĐ/TW" } }).snapshot,
        findings: [],
      },
      {
        name: "HU before the district level ended (D16)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số 12-KL/HU" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "-NQ/BCT",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          documentType: { text: "NGHỊ QUYẾT" },
          number: { text: "Số 12-NQ/BCT" },
        }).snapshot,
        findings: [indexOf("dang-2026", "number")],
      },
      {
        name: "-KL/BBT",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { number: { text: "Số 05-KL/BBT" } }).snapshot,
        findings: [indexOf("dang-2018", "number")],
      },
      {
        name: "HU in a 2026 document (info)",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { number: { text: "Số 12-KL/HU" } }).snapshot,
        findings: [indexOf("dang-2026", "number")],
      },
    ],
  },
};

export const numberRules: readonly Rule[] = [
  missing,
  prefix,
  spacing,
  leadingZero,
  form,
  typeCodeRule,
  issuerCode,
];
