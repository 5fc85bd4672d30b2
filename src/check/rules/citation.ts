// Citations of other documents in the body: type and code agree, number forms, dates, first and later mentions, parts (conventions §4).

import { codePointClass } from "../../text/code-point-class";
import { nextMatchNotAfter } from "../../text/matches-not-after";
import { ownValue } from "../../text/own-value";
import {
  CITED_TYPES,
  findCitedType,
  groupSameDocuments,
  isPlainMapping,
  KNOWN_TYPE_CODES,
  mapText,
  originalSpan,
  PARTY_ISSUER_CODES,
  type Reference,
  STATE_ISSUER_CODES,
  type TextSpan,
} from "../../citations";
import type { Regime } from "../../conventions";
import { type CalendarDate, isRealDate } from "../../text/dates";
import { sample } from "../samples";
import { documentReferences, type PlacedReference } from "../references";
import type { CheckContext, Fix, Rule, Severity } from "../types";
import { paragraphText } from "../lines";
import { textPass } from "../text-pass";

const at = (profile: "dang-2018" | "nha-nuoc", name: string): number =>
  sample(profile).at[name] ?? -1;
const party = (text: string, name = "paragraph1") =>
  sample("dang-2018", { [name]: { text } }).snapshot;
const state = (text: string, name = "article1") =>
  sample("nha-nuoc", { [name]: { text } }).snapshot;

/** The document's references outside the header and closing. */
function placed(context: CheckContext): readonly PlacedReference[] {
  return documentReferences(context.snapshot, context.components).references;
}

// The rules walk the references in loops and module functions, not with callbacks (filter, find, map) written inside
// `check`: a callback made for each check loses its optimised code at every full collection, as no closure of it lives.

function referenceOf(entry: PlacedReference): Reference {
  return entry.reference;
}

/** The first entry of `group` whose reference defines a short form, or undefined. */
function definingEntry(group: readonly PlacedReference[]): PlacedReference | undefined {
  for (const entry of group) if (entry.reference.definedAs) return entry;
  return undefined;
}

/** Which type a code stands for in a regime: "KL" → "Kết luận". */
function typesOfCode(code: string, regime: Regime): string[] {
  return CITED_TYPES.filter((type) => type.codes[regime].includes(code)).map((type) => type.name);
}

const typeCode: Rule = {
  meta: {
    id: "citation/type-code",
    category: "citation",
    severity: "error",
    source: "[PL3][H36-PL3][PL1 II.6]",
    description: {
      vi: "Tên loại văn bản được viện dẫn khớp với mã loại trong số, ký hiệu",
      en: "The cited type name agrees with the type code in its number",
    },
    messages: {
      mismatch: {
        vi: "“{type} số {number}”: mã “{code}” là của {other}, không phải {type}",
        en: "“{type} số {number}”: code “{code}” stands for {other}, not {type}",
      },
    },
  },
  check(context, report) {
    for (const { paragraph, reference } of placed(context)) {
      const { regime, typeCode: code } = reference;
      if (!regime || !code) continue;
      const type = findCitedType(reference.typeName);
      if (!type || type.law || (regime === "state" && type.anyCode)) continue;
      const expected = type.codes[regime];
      if (expected.length === 0 || expected.includes(code) || !KNOWN_TYPE_CODES[regime].has(code))
        continue;
      report({
        messageId: "mismatch",
        paragraph,
        start: reference.span.start,
        end: reference.numberSpan?.end ?? reference.span.end,
        data: {
          type: reference.typeName,
          number: reference.numberText ?? "",
          code,
          other: typesOfCode(code, regime).join(" / "),
        },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "the seed's Báo cáo số 552-BC/TU",
        snapshot: party("Đã được xác định tại Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy."),
        findings: [],
      },
      {
        name: "State công văn numbers carry no type code",
        snapshot: state(
          "Điều 1. Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường về việc tăng cường quản lý."
        ),
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Báo cáo số 552-KL/TU",
        snapshot: party("Đã được xác định tại Báo cáo số 552-KL/TU ngày 18/7/2023 của Thị ủy."),
        findings: [at("dang-2018", "paragraph1")],
      },
      {
        name: "Nghị định số 30/2020/QĐ-CP",
        snapshot: state(
          "Điều 1. Thực hiện Nghị định số 30/2020/QĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
    ],
  },
};

// Type codes only State documents carry: a Party-form number with one is a State number mistyped.
const STATE_ONLY_TYPES: ReadonlySet<string> = new Set(["NĐ", "TTLT", "NQLT", "QyĐ"]);

/** "218-QĐ/TW" for a Party number typed in State form, and the reverse. */
function regimeFixed(reference: Reference): { messageId: string; replacement: string } | null {
  const { number, typeCode: code, issuerCode, regime } = reference;
  if (!number || !code || !issuerCode) return null;
  // The last group, without splitting the code: what `split("-").pop()` gave.
  const lastIssuer = issuerCode.slice(issuerCode.lastIndexOf("-") + 1);
  if (regime === "state" && PARTY_ISSUER_CODES.has(lastIssuer) && issuerCode === lastIssuer)
    return { messageId: "partyInStateForm", replacement: `${number}-${code}/${issuerCode}` };
  if (regime === "party" && (STATE_ISSUER_CODES.has(issuerCode) || STATE_ONLY_TYPES.has(code)))
    return { messageId: "stateInPartyForm", replacement: `${number}/${code}-${issuerCode}` };
  return null;
}

/** The fix writing `replacement` over a cited number. */
function numberFix(paragraph: number, span: TextSpan, replacement: string): Fix {
  return { kind: "text", paragraph, start: span.start, end: span.end, replacement };
}

// Laws and Quốc hội resolutions carry the Quốc hội's code without a type: "69/2025/QH15", "1211/2016/UBTVQH13".
const QUOC_HOI = /^(?:\d{4}\/)?(?:QH|UBTVQH)\d*$/u;

const numberForm: Rule = {
  meta: {
    id: "citation/number-form",
    category: "citation",
    severity: "warning",
    source: "[PL1 II.3][H36-PL3][SKH]",
    fix: "text",
    description: {
      vi: "Số, ký hiệu văn bản được viện dẫn viết đúng dạng của hệ thống ban hành",
      en: "A cited number is written in the form of the regime that issued it",
    },
    messages: {
      partyInStateForm: {
        vi: "“{number}” là số văn bản của Đảng viết theo dạng nhà nước; viết “{fixed}”",
        en: "“{number}” is a Party number written in State form; write “{fixed}”",
      },
      stateInPartyForm: {
        vi: "“{number}” là số văn bản nhà nước viết theo dạng của Đảng; viết “{fixed}”",
        en: "“{number}” is a State number written in Party form; write “{fixed}”",
      },
      spaces: {
        vi: "Số, ký hiệu “{written}” có dấu cách; viết liền “{fixed}”",
        en: "Number “{written}” has spaces; write “{fixed}”",
      },
      lowerCase: {
        vi: "Ký hiệu trong “{written}” viết thường; viết hoa “{fixed}”",
        en: "The ký hiệu in “{written}” is in lower case; write “{fixed}”",
      },
      noHyphen: {
        vi: "Ký hiệu “{code}” thiếu gạch nối (-) giữa mã loại và mã cơ quan",
        en: "Ký hiệu “{code}” lacks the hyphen between the type and issuer codes",
      },
    },
  },
  check(context, report) {
    const { snapshot } = context;
    for (const { paragraph, reference } of placed(context)) {
      const span = reference.numberSpan;
      if (!span || !reference.numberText) continue;
      const regimeFix = regimeFixed(reference);
      if (regimeFix) {
        report({
          messageId: regimeFix.messageId,
          paragraph,
          start: span.start,
          end: span.end,
          data: { number: reference.numberText, fixed: regimeFix.replacement },
          fix: numberFix(paragraph, span, regimeFix.replacement),
        });
      } else if (reference.spacedNumber || reference.lowerCaseCode) {
        // The parser gives the number without spaces and with its codes in capitals ("12/qđ-ubnd" → "12/QĐ-UBND").
        report({
          messageId: reference.spacedNumber ? "spaces" : "lowerCase",
          paragraph,
          start: span.start,
          end: span.end,
          data: {
            written: paragraphText(snapshot, paragraph).slice(span.start, span.end),
            fixed: reference.numberText,
          },
          fix: numberFix(paragraph, span, reference.numberText),
        });
      } else if (
        reference.regime === "state" &&
        reference.code &&
        !reference.code.includes("-") &&
        !QUOC_HOI.test(reference.code) &&
        // A công văn's number has no type code ("1234/TCT", "567/TCT06"): nothing to join with a hyphen.
        !findCitedType(reference.typeName)?.anyCode
      ) {
        report({
          messageId: "noHyphen",
          paragraph,
          start: span.start,
          end: span.end,
          data: { code: reference.code },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: "Party and State numbers, each in its own form, and a law's number",
        snapshot: state(
          "Điều 1. Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy, Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh và Luật Hóa chất số 69/2025/QH15."
        ),
        findings: [],
      },
      {
        name: "an em dash typed in a number reads as the hyphen, as an en dash does",
        snapshot: party(
          "Thực hiện Kết luận số 1300—KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ."
        ),
        findings: [],
      },
      {
        name: "a công văn's number has no type code (1234/TCT, 567/TCT06)",
        snapshot: state(
          "Điều 1. Thực hiện Công văn số 1234/TCT ngày 02/01/2026 và Công văn số 567/TCT06 ngày 05/01/2026 của Tổng cục Thuế về việc quyết toán thuế."
        ),
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Quyết định số 218/QĐ-TW",
        snapshot: party(
          "Thực hiện Quyết định số 218/QĐ-TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) về việc góp ý xây dựng Đảng."
        ),
        findings: [at("dang-2018", "paragraph1")],
      },
      {
        name: "Quyết định số 12-QĐ/UBND",
        snapshot: state(
          "Điều 1. Bãi bỏ Quyết định số 12-QĐ/UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
      {
        name: "Kết luận số 1300 - KL/TU",
        snapshot: party(
          "Thực hiện Kết luận số 1300 - KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ."
        ),
        findings: [at("dang-2018", "paragraph1")],
      },
      {
        name: "Quyết định số 12/qđ-ubnd, typed in lower case",
        snapshot: state(
          "Điều 1. Bãi bỏ Quyết định số 12/qđ-ubnd ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
      {
        name: "Chỉ thị số 38/Ct-TTg, a type code in mixed case",
        snapshot: state(
          "Điều 1. Thực hiện Chỉ thị số 38/Ct-TTg ngày 29/9/2020 của Thủ tướng Chính phủ về việc tiếp tục tăng cường công tác quản lý."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
      {
        name: "Quyết định số 1626/QĐTTg",
        snapshot: state(
          "Điều 1. Thực hiện Quyết định số 1626/QĐTTg ngày 15/12/2023 của Thủ tướng Chính phủ về việc phê duyệt quy hoạch."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
    ],
  },
};

const impossibleDate: Rule = {
  meta: {
    id: "citation/impossible-date",
    category: "citation",
    severity: "error",
    source: "[PL1 II.6][DDNT]",
    description: {
      vi: "Ngày ban hành của văn bản được viện dẫn có thật",
      en: "The date of a cited document exists",
    },
    messages: {
      impossible: {
        vi: "Ngày {date} không có thật",
        en: "There is no such date as {date}",
      },
    },
  },
  check(context, report) {
    for (const { paragraph, reference } of placed(context)) {
      const { date } = reference;
      if (!date || isRealDate(date)) continue;
      report({
        messageId: "impossible",
        paragraph,
        start: date.span.start,
        end: date.span.end,
        data: { date: `${date.day}/${date.month}/${date.year}` },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "29/02/2024, a leap day",
        snapshot: state(
          "Điều 1. Thực hiện Quyết định số 12/QĐ-UBND ngày 29/02/2024 của Ủy ban nhân dân tỉnh về việc ban hành quy chế."
        ),
        findings: [],
      },
    ],
    invalid: [
      {
        name: "31/4/2023",
        snapshot: party(
          "Thực hiện Kết luận số 1300-KL/TU ngày 31/4/2023 của Thị ủy về tình hình thực hiện nhiệm vụ."
        ),
        findings: [at("dang-2018", "paragraph1")],
      },
      {
        name: "ngày 29 tháng 02 năm 2023",
        snapshot: state(
          "Điều 1. Thực hiện Công văn số 5973/UBND-KT ngày 29 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh về việc quản lý khoáng sản."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
    ],
  },
};

/** The document's own date, from the place-date line. */
function documentDate(context: CheckContext): CalendarDate | null {
  const line = context.components.placeDate?.text ?? "";
  const match = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u.exec(line);
  if (!match) return null;
  const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

const dayNumber = (date: CalendarDate) => date.year * 10000 + date.month * 100 + date.day;

const futureDate: Rule = {
  meta: {
    id: "citation/future-date",
    category: "citation",
    severity: "warning",
    source: "[PL1 II.6]",
    description: {
      vi: "Văn bản được viện dẫn không thể ban hành sau văn bản này",
      en: "A cited document cannot be dated after this document",
    },
    messages: {
      future: {
        vi: "Văn bản được viện dẫn ghi ngày {date}, sau ngày của văn bản này ({own})",
        en: "The cited document is dated {date}, after this document ({own})",
      },
    },
  },
  check(context, report) {
    const dated: PlacedReference[] = [];
    for (const entry of placed(context)) if (entry.reference.date) dated.push(entry);
    if (dated.length === 0) return;
    const own = documentDate(context);
    if (!own)
      return {
        notEvaluated: {
          vi: "Văn bản chưa có ngày tháng năm ban hành",
          en: "The document has no date",
        },
      };
    for (const { paragraph, reference } of dated) {
      const date = reference.date;
      if (!date || !isRealDate(date) || dayNumber(date) <= dayNumber(own)) continue;
      report({
        messageId: "future",
        paragraph,
        start: date.span.start,
        end: date.span.end,
        data: {
          date: `${date.day}/${date.month}/${date.year}`,
          own: `${own.day}/${own.month}/${own.year}`,
        },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "cited the same day (the seed's Kết luận 1300)",
        snapshot: party(
          "Thực hiện Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ."
        ),
        findings: [],
      },
    ],
    invalid: [
      {
        name: "a Kết luận dated after the document",
        snapshot: party(
          "Thực hiện Kết luận số 1300-KL/TU ngày 18/8/2023 của Thị ủy về tình hình thực hiện nhiệm vụ."
        ),
        findings: [at("dang-2018", "paragraph1")],
      },
    ],
  },
};

const GROUPS = new WeakMap<readonly PlacedReference[], PlacedReference[][]>();

/**
 * Mentions in reading order, titles left out, grouped by the document they name: each joins the first group whose first
 * mention names the same document (sameDocument), found by key in one pass (groupSameDocuments), not by comparing it
 * with every group. Computed once per document for the rules that read the groups.
 */
function groupsOf(context: CheckContext): PlacedReference[][] {
  const all = placed(context);
  let groups = GROUPS.get(all);
  if (!groups) {
    const body: PlacedReference[] = [];
    for (const entry of all) if (!entry.inTitle && !entry.reference.law) body.push(entry);
    groups = groupSameDocuments(body, referenceOf, "head");
    GROUPS.set(all, groups);
  }
  return groups;
}

/** The short forms the document defines, in matching form. */
function definedShorts(context: CheckContext): Set<string> {
  const shorts = new Set<string>();
  for (const { definition } of documentReferences(context.snapshot, context.components).definitions)
    shorts.add(mapText(definition.short).text);
  return shorts;
}

/** A date written in the text: "ngày 24/02/2020", "Ngày 5/3/2024", "ngày 05 tháng 3 năm 2024". */
const DATE_IN_TEXT =
  /\bngày\s+\d{1,2}\s?(?:[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|tháng\s+\d{1,2}\s+năm\s+\d{4})/iu;
/** An issuing body named in the text, in capitals as names are: "Chính phủ", "Cục Địa chất …", "UBND tỉnh". */
const ISSUER_IN_TEXT =
  /(?:^|[\s,;(])(?:Chính phủ|Thủ tướng|Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành|Bộ|Cục|Tổng cục|Sở|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Văn phòng|Ban|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Đảng ủy|Đảng uỷ|Chủ tịch|Tòa án|Viện kiểm sát|Kiểm toán Nhà nước|Trung ương)(?=[\s,;)]|$)/u;

/**
 * What the sentence around a first mention tells of the cited document, outside the other references it holds: a
 * date and an issuing body ("Ngày 18/12/2025, Cục Địa chất và Khoáng sản Việt Nam có Văn bản số 3633/ĐCKS-PCKS")
 * [REAL]. A date that belongs to another reference of the sentence is that reference's, not this one's.
 */
function toldInSentence(
  context: CheckContext,
  all: readonly PlacedReference[],
  entry: PlacedReference
): { date: boolean; issuer: boolean } {
  const text = paragraphText(context.snapshot, entry.paragraph);
  const { start, end } = entry.reference.span;
  const before = text.slice(0, start);
  const stops = [...before.matchAll(/[.!?](?=\s+\p{Lu})/gu)];
  const from = stops.length > 0 ? (stops[stops.length - 1]?.index ?? -1) + 1 : 0;
  const after = /[.!?](?=\s+\p{Lu}|\s*$)/u.exec(text.slice(end));
  const to = after ? end + after.index : text.length;
  const sentence = text.slice(from, to).split("");
  for (const other of all) {
    if (other.paragraph !== entry.paragraph) continue;
    const a = Math.max(other.reference.span.start, from);
    const b = Math.min(other.reference.span.end, to);
    for (let i = a; i < b; i++) sentence[i - from] = " ";
  }
  const rest = sentence.join("");
  return { date: DATE_IN_TEXT.test(rest), issuer: ISSUER_IN_TEXT.test(rest) };
}

const firstMention: Rule = {
  meta: {
    id: "citation/first-mention",
    category: "citation",
    severity: "warning",
    source: "[PL1 II.6][HD05]",
    description: {
      vi: "Lần viện dẫn đầu tiên ghi đầy đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu",
      en: "The first mention gives type, number, date, issuer and trích yếu",
    },
    messages: {
      shortFirst: {
        vi: "Lần đầu viện dẫn “{text}” chỉ ghi tên loại và số; ghi đầy đủ ngày ban hành, cơ quan ban hành và trích yếu",
        en: "The first mention of “{text}” gives only type and number; give the date, issuer and trích yếu",
      },
      shortBeforeFull: {
        vi: "“{text}” được viện dẫn rút gọn trước khi viện dẫn đầy đủ (đoạn {full})",
        en: "“{text}” is cited in short form before its full citation (paragraph {full})",
      },
      incomplete: {
        vi: "Lần đầu viện dẫn “{text}” thiếu {missing}",
        en: "The first mention of “{text}” lacks {missingEn}",
      },
      noSummary: {
        vi: "Lần đầu viện dẫn “{text}” chưa có trích yếu nội dung",
        en: "The first mention of “{text}” has no trích yếu",
      },
    },
  },
  check(context, report) {
    const severity: Severity = context.profile.regime === "state" ? "warning" : "info";
    const defined = definedShorts(context);
    const all = placed(context);
    for (const group of groupsOf(context)) {
      const { paragraph, reference } = group[0] as PlacedReference;
      // "Ngày 24/02/2020, Chính phủ ban hành Nghị định số 23/2020/NĐ-CP …": the sentence gives the date and the issuer.
      const told = toldInSentence(context, all, group[0] as PlacedReference);
      const where = { paragraph, start: reference.span.start, end: reference.span.end };
      const text = reference.numberText
        ? `${reference.typeName} ${reference.numberText}`
        : reference.text;
      if (reference.short) {
        if (defined.has(mapText(reference.text).text)) continue;
        if (told.date && told.issuer && reference.code) continue;
        let full: PlacedReference | undefined;
        for (const entry of group)
          if (!entry.reference.short) {
            full = entry;
            break;
          }
        report({
          ...where,
          messageId: full ? "shortBeforeFull" : "shortFirst",
          severity,
          data: { text, full: full ? full.paragraph + 1 : "" },
        });
        continue;
      }
      const missing = [
        ...(reference.date || told.date ? [] : [["ngày ban hành", "the date"]]),
        ...(reference.issuer || told.issuer ? [] : [["cơ quan ban hành", "the issuer"]]),
      ];
      // Without the issuer the ký hiệu still names it ("NĐ-CP", "QĐ-UBND"): worth a note, not a warning.
      if (missing.length > 0)
        report({
          ...where,
          messageId: "incomplete",
          severity: reference.date ? "info" : severity,
          data: {
            text,
            missing: missing.map(([vi]) => vi).join(" và "),
            missingEn: missing.map(([, en]) => en).join(" and "),
          },
        });
      else if (!reference.summary)
        report({ ...where, messageId: "noSummary", severity: "info", data: { text } });
    }
  },
  examples: {
    valid: [
      {
        name: "full first, short later (State)",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: "Điều 1. Bãi bỏ Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế làm việc.",
          },
          article2: { text: "Điều 2. Quyết định số 12/QĐ-UBND hết hiệu lực kể từ ngày ký." },
        }).snapshot,
        findings: [],
      },
      {
        name: "date and issuer elsewhere in the sentence",
        snapshot: state(
          "Điều 1. Ngày 24/02/2020, Chính phủ ban hành Nghị định số 23/2020/NĐ-CP quy định về quản lý cát, sỏi lòng sông."
        ),
        findings: [],
      },
      {
        name: "a later mention with the joint issuers swapped (BC-SKHCN's Thông tư liên tịch 55)",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: "Điều 1. Thực hiện Thông tư liên tịch số 55/2015/TTLT-BTC-BKHCN ngày 22/4/2015 của Bộ Tài chính về định mức xây dựng dự toán.",
          },
          article2: {
            text: "Điều 2. Thông tư số 03/2023/TT-BTC ngày 10/01/2023 của Bộ Tài chính về lập dự toán thay thế Thông tư liên tịch số 55/2015/TTLT-BKHCN-BTC.",
          },
        }).snapshot,
        findings: [],
      },
      {
        name: "programme names are not citations (Đề án 06, Dự án 4)",
        snapshot: state(
          "Điều 1. Tổ công tác triển khai Đề án 06 phối hợp thực hiện Dự án 4 (Dự án 4) của Chương trình."
        ),
        findings: [],
      },
      {
        name: "a defined short form (the seed's Quyết định 218)",
        snapshot: sample("dang-2018", {
          paragraph1: {
            text: "Tổng kết Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) ban hành Quy định về việc góp ý xây dựng Đảng (viết tắt là Quyết định 218).",
          },
          paragraph2: { text: "Tiếp tục thực hiện Quyết định 218." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "short form first (State)",
        snapshot: state("Điều 1. Bãi bỏ Quyết định số 12/QĐ-UBND."),
        findings: [at("nha-nuoc", "article1")],
      },
      {
        name: "a type issued with a number, cited by the number alone (Quyết định 749)",
        snapshot: state("Điều 1. Phù hợp với Quyết định 749 và Đề án 06 của tỉnh."),
        findings: [at("nha-nuoc", "article1")],
      },
      {
        name: "a date that belongs to another reference of the sentence",
        snapshot: state(
          "Điều 1. Thông tư số 03/2023/TT-BTC ngày 10/01/2023 của Bộ Tài chính thay thế Thông tư liên tịch số 55/2015/TTLT-BKHCN-BTC."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
      {
        name: "short form before the full one",
        snapshot: sample("nha-nuoc", {
          article1: { text: "Điều 1. Bãi bỏ Quyết định số 12/QĐ-UBND." },
          article2: {
            text: "Điều 2. Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế hết hiệu lực.",
          },
        }).snapshot,
        findings: [at("nha-nuoc", "article1")],
      },
      {
        name: "no issuer (Party: info)",
        snapshot: party(
          "Thực hiện Kết luận số 1300-KL/TU ngày 18/7/2023 về tình hình thực hiện nhiệm vụ."
        ),
        findings: [at("dang-2018", "paragraph1")],
      },
      {
        name: "no trích yếu (info)",
        snapshot: party("Đã được xác định tại Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy."),
        findings: [at("dang-2018", "paragraph1")],
      },
    ],
  },
};

const repeatedFull: Rule = {
  meta: {
    id: "citation/repeated-full",
    category: "citation",
    severity: "info",
    source: "[PL1 II.6][VT-OLD]",
    description: {
      vi: "Từ lần viện dẫn thứ hai chỉ ghi tên loại, số, ký hiệu (hoặc tên viết tắt đã định nghĩa)",
      en: "From the second mention on, give type and number only (or the defined short form)",
    },
    messages: {
      repeated: {
        vi: "“{text}” được viện dẫn đầy đủ {count} lần; từ lần thứ hai chỉ cần “{short}”",
        en: "“{text}” is cited in full {count} times; from the second time “{short}” is enough",
      },
      useDefined: {
        vi: "“{text}” đã được viết tắt là “{short}”; dùng tên viết tắt",
        en: "“{text}” was defined as “{short}”; use the short form",
      },
    },
  },
  check(context, report) {
    for (const group of groupsOf(context)) {
      const full: PlacedReference[] = [];
      for (const entry of group) if (!entry.reference.short) full.push(entry);
      const second = full[1];
      if (!second) continue;
      const first = full[0] as PlacedReference;
      const definedAs = definingEntry(group)?.reference.definedAs;
      const { reference } = second;
      const text = `${reference.typeName} ${reference.numberText ?? ""}`.trim();
      const short =
        context.profile.regime === "state"
          ? `${reference.typeName} số ${reference.numberText ?? ""}`
          : text;
      report({
        messageId: definedAs && first.reference.definedAs ? "useDefined" : "repeated",
        paragraph: second.paragraph,
        start: reference.span.start,
        end: reference.span.end,
        data: { text, count: full.length, short: definedAs ?? short },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "full once, short after",
        snapshot: sample("dang-2018", {
          paragraph1: {
            text: "Thực hiện Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ.",
          },
          paragraph2: {
            text: "Giao Ủy ban Kiểm tra Thị ủy theo dõi việc thực hiện Kết luận 1300-KL/TU.",
          },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "the full form again after defining a short form",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: "Điều 1. Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường quản lý khoáng sản (viết tắt là Chỉ thị 11).",
          },
          article2: {
            text: "Điều 2. Báo cáo kết quả thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy và Chỉ thị 11.",
          },
        }).snapshot,
        findings: [at("nha-nuoc", "article2")],
      },
    ],
  },
};

/**
 * Where the less used value of `key` first appears among `entries`, or null when all agree: the first entry when its
 * value is the less used, else the first entry with another value.
 */
function minority<T>(
  entries: readonly PlacedReference[],
  key: (reference: Reference) => T
): PlacedReference | null {
  const first = entries[0];
  if (!first) return null;
  const firstKey = key(first.reference);
  let firstOther: PlacedReference | null = null;
  let others = 0;
  for (const entry of entries)
    if (key(entry.reference) !== firstKey) {
      firstOther ??= entry;
      others++;
    }
  if (firstOther === null) return null;
  const same = entries.length - others;
  // Report where the less used form first appears.
  return same >= others ? firstOther : first;
}

function dateStyleOf(reference: Reference): string | undefined {
  return reference.date?.style;
}

function commaOf(reference: Reference): boolean {
  return reference.commaBeforeDate;
}

const dateStyle: Rule = {
  meta: {
    id: "citation/date-style",
    category: "citation",
    severity: "warning",
    // Not D17: that decision keeps the checker silent on the zeros of in-text dates, which this rule does not judge.
    source: "[RULEBOOK D5][RULEBOOK]",
    description: {
      vi: "Một cách ghi ngày và một cách đặt dấu phẩy trước “ngày” trong cả văn bản",
      en: "One date style and one comma-before-“ngày” form throughout the document",
    },
    messages: {
      style: {
        vi: "Ngày viện dẫn ghi hai kiểu: {numeric} lần “dd/mm/yyyy”, {long} lần “ngày … tháng … năm …”; thống nhất một kiểu",
        en: "Citation dates in two styles: {numeric} numeric, {long} in words; use one",
      },
      comma: {
        vi: "Số văn bản của Đảng: {with} lần có dấu phẩy trước “ngày”, {without} lần không; thống nhất một cách (D5)",
        en: "Party numbers: {with} with a comma before “ngày”, {without} without; use one form (D5)",
      },
    },
  },
  check(context, report) {
    const dated: PlacedReference[] = [];
    for (const entry of placed(context))
      if (entry.reference.date && !entry.reference.law && !entry.inTitle) dated.push(entry);
    const styleAt = minority(dated, dateStyleOf);
    if (styleAt) {
      let numeric = 0;
      for (const entry of dated) if (entry.reference.date?.style === "numeric") numeric++;
      report({
        messageId: "style",
        paragraph: styleAt.paragraph,
        start: styleAt.reference.date?.span.start ?? styleAt.reference.span.start,
        end: styleAt.reference.date?.span.end ?? styleAt.reference.span.end,
        data: { numeric, long: dated.length - numeric },
      });
    }
    const partyDated: PlacedReference[] = [];
    for (const entry of dated) if (entry.reference.regime === "party") partyDated.push(entry);
    const commaAt = minority(partyDated, commaOf);
    if (commaAt) {
      let withComma = 0;
      for (const entry of partyDated) if (entry.reference.commaBeforeDate) withComma++;
      report({
        messageId: "comma",
        paragraph: commaAt.paragraph,
        start: commaAt.reference.span.start,
        end: commaAt.reference.date?.span.end ?? commaAt.reference.span.end,
        data: { with: withComma, without: partyDated.length - withComma },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "the seed: numeric dates, no comma, throughout",
        snapshot: sample("dang-2018", {
          paragraph1: {
            text: "Thực hiện Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về nhiệm vụ và Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy.",
          },
        }).snapshot,
        findings: [],
      },
      {
        name: "a law's date in words beside numeric document dates",
        snapshot: sample("nha-nuoc", {
          basis1: {
            text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
          },
          article1: {
            text: "Điều 1. Bãi bỏ Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế.",
          },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "numeric and long dates mixed",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: "Điều 1. Bãi bỏ Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế.",
          },
          article2: {
            text: "Điều 2. Thực hiện Công văn số 5973/UBND-KT ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh về việc quản lý khoáng sản.",
          },
        }).snapshot,
        findings: [at("nha-nuoc", "article2")],
      },
      {
        name: "Party comma before ngày in one citation, not in the other",
        snapshot: sample("dang-2018", {
          paragraph1: {
            text: "Thực hiện Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về nhiệm vụ.",
          },
          paragraph2: {
            text: "Thực hiện Nghị quyết số 10-NQ/TW, ngày 10/02/2022 của Bộ Chính trị về khoáng sản.",
          },
        }).snapshot,
        findings: [at("dang-2018", "paragraph2")],
      },
    ],
  },
};

// Group 1: the part's word, as written. Numbered, not named: a match with named groups builds a dictionary of them.
// It must start a word (no letter or digit before it): tested in code (PART_BEFORE, nextMatchNotAfter), not by a
// look-behind, which the engine would try at every position of the paragraph before the words' first letters.
const PART = /([Đđ]iểm|[Kk]hoản|[Đđ]iều|ĐIỂM|KHOẢN|ĐIỀU)\s(\d+[a-z]?|[a-zđ])(?![\p{L}\d])/gu;
const PART_BEFORE = codePointClass(/^[\p{L}\d]$/u);
// The words of a part and a white space, in any case, in the text as written: where a paragraph holds none, the rule
// does not read it. Every match of PART holds one, so in a plain paragraph (its matching form is its text) PART's own
// search answers the same.
const PART_WORD = /(?:điểm|khoản|điều)\s/iu;
// The part words PART reads, lower-cased once (toLocaleLowerCase("vi") of each spelling), not at every token.
const PART_LOWER: ReadonlyMap<string, string> = new Map(
  ["Điểm", "điểm", "Khoản", "khoản", "Điều", "điều", "ĐIỂM", "KHOẢN", "ĐIỀU"].map((word) => [
    word,
    word.toLocaleLowerCase("vi"),
  ])
);
// Between two parts of one chain: nothing but a space, a comma or "và".
const CHAIN_LINK = /^\s?,?\s?(?:và\s)?$/u;
// After a chain: its separator (group 1) and "của".
const CHAIN_END = /^(\s?,?\s?)(?:của\s)?/u;
const CORRECT: Readonly<Record<string, string>> = {
  điểm: "điểm",
  khoản: "khoản",
  điều: "Điều",
};

interface PartToken {
  readonly word: string;
  /** The word in lower case. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly matchEnd: number;
}

const partCase: Rule = {
  meta: {
    id: "citation/part-case",
    category: "citation",
    severity: "warning",
    source: "[PL1 II.6][REAL]",
    fix: "text",
    description: {
      vi: "Viện dẫn phần của văn bản: viết hoa “Điều”, viết thường “khoản”, “điểm”: “điểm a khoản 1 Điều 5 Luật …”",
      en: "Parts in citations: capital “Điều”, lower-case “khoản” and “điểm”: “điểm a khoản 1 Điều 5 Luật …”",
    },
    messages: {
      case: {
        vi: "Viện dẫn ghi “{written}”; viết “{fixed}”",
        en: "The citation writes “{written}”; write “{fixed}”",
      },
      comma: {
        vi: "Không đặt dấu phẩy giữa các phần được viện dẫn: “điểm a khoản 1 Điều 5 Luật …”",
        en: "No commas between cited parts: “điểm a khoản 1 Điều 5 Luật …”",
      },
    },
  },
  check(context, report) {
    const { snapshot } = context;
    const pass = textPass(snapshot);
    for (const index of documentReferences(snapshot, context.components).paragraphs) {
      // The matching form the shared pass made when it read the paragraph's citations (documentReferences did).
      const { mapped, references } = pass.citations(index);
      if (!isPlainMapping(mapped) && !PART_WORD.test(paragraphText(snapshot, index))) continue;
      const { text } = mapped;
      // By exec on the pattern: matchAll copies it for every paragraph.
      const tokens: PartToken[] = [];
      PART.lastIndex = 0;
      for (
        let match = nextMatchNotAfter(PART, text, PART_BEFORE);
        match;
        match = nextMatchNotAfter(PART, text, PART_BEFORE)
      ) {
        const word = match[1] as string;
        tokens.push({
          word,
          lower: PART_LOWER.get(word) ?? word.toLocaleLowerCase("vi"),
          start: match.index,
          end: match.index + word.length,
          matchEnd: match.index + match[0].length,
        });
      }
      if (tokens.length === 0) continue;
      const referenceStarts: number[] = [];
      for (const reference of references) referenceStarts.push(reference.span.start);
      // Chains of parts: "điểm a khoản 1 Điều 5", "điểm c, điểm d, khoản 2, Điều 100".
      const chains: PartToken[][] = [];
      for (const token of tokens) {
        const last = chains[chains.length - 1];
        const previous = last?.[last.length - 1];
        if (previous && CHAIN_LINK.test(text.slice(previous.matchEnd, token.start)))
          last?.push(token);
        else chains.push([token]);
      }
      for (const chain of chains) {
        const lastToken = chain[chain.length - 1] as PartToken;
        const link = CHAIN_END.exec(text.slice(lastToken.matchEnd));
        const nextStart = lastToken.matchEnd + (link?.[0].length ?? 0);
        const nextAt = originalSpan(mapped, nextStart, nextStart + 1).start;
        const cites = referenceStarts.includes(nextAt);
        const levels = new Set<string>();
        for (const token of chain) levels.add(token.lower);
        // Only parts that are part of a citation: followed by the document, or several levels chained.
        if (!cites && levels.size < 2) continue;
        for (const token of chain) {
          const lower = token.lower;
          const fixed = ownValue(CORRECT, lower) ?? token.word;
          if (token.word === fixed) continue;
          // A sentence may start with "Khoản 1 Điều 5 …".
          const before = text.slice(0, token.start);
          if (lower !== "điều" && /(?:^|[.!?:;“"]\s?|^\s*[-+]\s?|^\s*[a-zđ]\)\s?)$/u.test(before))
            continue;
          const span = originalSpan(mapped, token.start, token.end);
          report({
            messageId: "case",
            paragraph: index,
            start: span.start,
            end: span.end,
            data: { written: token.word, fixed },
            fix: { kind: "text", paragraph: index, ...span, replacement: fixed },
          });
        }
        let levelComma = false;
        for (let i = 0; i + 1 < chain.length && !levelComma; i++) {
          const token = chain[i] as PartToken;
          const next = chain[i + 1] as PartToken;
          levelComma =
            next.lower !== token.lower && text.slice(token.matchEnd, next.start).includes(",");
        }
        if (levelComma || (cites && link?.[1]?.includes(","))) {
          const span = originalSpan(mapped, (chain[0] as PartToken).start, lastToken.matchEnd);
          report({ messageId: "comma", paragraph: index, ...span, severity: "info" });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        name: "điểm a khoản 1 Điều 5 Luật …",
        snapshot: state(
          "Điều 1. Thực hiện theo điểm a khoản 1 Điều 5 Luật Tổ chức chính quyền địa phương năm 2025."
        ),
        findings: [],
      },
      {
        name: "a sentence starting with Khoản",
        snapshot: state(
          "Khoản 2 Điều 3 Quyết định số 12/QĐ-UBND được sửa đổi như sau:",
          "article2"
        ),
        findings: [],
      },
    ],
    invalid: [
      {
        name: "điều and Khoản in a citation",
        snapshot: state(
          "Điều 1. Thực hiện theo Khoản 1 điều 5 Luật Tổ chức chính quyền địa phương năm 2025."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
      {
        name: "commas between the parts (info)",
        snapshot: state(
          "Điều 1. Tại điểm c, điểm d, khoản 2, Điều 100, Luật Địa chất và khoáng sản năm 2024 đã quy định."
        ),
        findings: [at("nha-nuoc", "article1")],
      },
    ],
  },
};

export const citationRules: readonly Rule[] = [
  typeCode,
  numberForm,
  impossibleDate,
  futureDate,
  firstMention,
  repeatedFull,
  dateStyle,
  partCase,
];
