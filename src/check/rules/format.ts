// Size and style of each header and title component, as rows over the generic format kind.

import type { HeaderFormats } from "../../conventions";
import type { Components, Span } from "../components";
import { type FormatTarget, sizeRule, styleRule } from "../kinds/format";
import type { Rule } from "../types";

const one = (span: Span | undefined): Span[] => (span ? [span] : []);
const row = (key: keyof HeaderFormats) => (profile: { header: HeaderFormats }) => {
  const format = profile.header[key];
  return format && typeof format === "object" && "sizePt" in format ? format : undefined;
};

export const FORMAT_TARGETS: readonly FormatTarget[] = [
  {
    key: "party-title",
    name: { vi: "tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”", en: "Party title" },
    spans: (c: Components) => one(c.partyTitle),
    format: row("partyTitle"),
    samplePart: { party: "partyTitle" },
  },
  {
    key: "national-name",
    name: { vi: "Quốc hiệu", en: "national name" },
    spans: (c) => one(c.nationalName),
    format: row("nationalName"),
    samplePart: { state: "nationalName" },
  },
  {
    key: "motto",
    name: { vi: "Tiêu ngữ", en: "motto" },
    spans: (c) => one(c.motto),
    format: row("motto"),
    samplePart: { state: "motto" },
  },
  {
    key: "superior",
    name: { vi: "tên cơ quan cấp trên", en: "superior body" },
    spans: (c) => c.superior,
    format: row("superior"),
    samplePart: { party: "superior", state: "superior" },
  },
  {
    key: "issuer",
    name: { vi: "tên cơ quan ban hành", en: "issuing body" },
    spans: (c) => c.issuer,
    format: row("issuer"),
    samplePart: { party: "issuer", state: "issuer" },
  },
  {
    key: "number",
    name: { vi: "số, ký hiệu", en: "number line" },
    spans: (c) => one(c.number),
    format: row("number"),
    samplePart: { party: "number", state: "number" },
  },
  {
    key: "place-date",
    name: { vi: "địa danh, ngày tháng năm", en: "place and date" },
    spans: (c) => one(c.placeDate),
    format: row("placeDate"),
    alsoAligned: ["right"],
    samplePart: { party: "placeDate", state: "placeDate" },
  },
  {
    key: "document-type",
    name: { vi: "tên loại văn bản", en: "document type title" },
    spans: (c) => one(c.documentTypeLine),
    format: row("documentType"),
    samplePart: { party: "documentType", state: "documentType" },
  },
  {
    key: "summary",
    name: { vi: "trích yếu", en: "subject line" },
    spans: (c) => c.summary,
    format: row("summary"),
    samplePart: { party: "summary", state: "summary" },
  },
  {
    key: "letter-subject",
    name: { vi: "trích yếu công văn", en: "letter subject" },
    spans: (c) => c.letterSubject,
    format: row("letterSubject"),
    samplePart: { party: "letterSubject", state: "letterSubject", kind: "letter" },
  },
];

export const formatRules: readonly Rule[] = FORMAT_TARGETS.flatMap((target) => [
  sizeRule(target),
  styleRule(target),
]);
