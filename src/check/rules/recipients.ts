// Nơi nhận (ô 9b): the label, the list's lines and their endings, the last "Lưu" line, "Như trên" [PL1 II.9b][HD05].

import { typeStructure } from "../../conventions";
import { type Components, PLACEHOLDER_LINE, type Span } from "../components";
import { type FormatTarget, sizeRule, styleRule } from "../kinds/format";
import {
  dominantSize,
  endingFix,
  endingOf,
  notFound,
  type Offence,
  originalOf,
  rangeText,
  reportEach,
  visibleStart,
  where,
  wholeParagraph,
  withFix,
} from "../lines";
import { indexOf, sample } from "../samples";
import type { Fix, Rule } from "../types";

const labelTarget: FormatTarget = {
  key: "recipients-label",
  name: { vi: "chữ “Nơi nhận”", en: "“Nơi nhận” label" },
  spans: (c: Components) =>
    c.recipientsLabel
      ? [{ ...c.recipientsLabel, end: c.recipientsLabel.start + labelLength(c.recipientsLabel) }]
      : [],
  // The rulebook row the closing block writes: State 12 B I [PL1 II.9b]; Party 14 U (HD05, three summaries agree).
  format: (profile) => profile.drafting.recipientsLabel,
  // Real lists justify the label with the rest of the cell.
  alsoAligned: ["both"],
  samplePart: { party: "recipientsLabel", state: "recipientsLabel" },
};

/** "Nơi nhận: - Như trên;" on one line: the label is only its first words. */
function labelLength(label: Span): number {
  const dash = label.text.indexOf("-");
  return dash > 0 ? label.text.slice(0, dash).trimEnd().length : label.end - label.start;
}

function withSource(rule: Rule, source: string): Rule {
  return { ...rule, meta: { ...rule.meta, source } };
}

/** One recipient: its "- …" line and the lines it was wrapped onto. */
interface Item {
  readonly spans: readonly Span[];
  readonly first: Span;
  readonly last: Span;
  readonly text: string;
}

const DASH = /^[-–+•]/u;

function itemsOf(recipients: readonly Span[]): Item[] {
  const groups: Span[][] = [];
  for (const span of recipients) {
    const current = groups[groups.length - 1];
    if (DASH.test(span.text) || !current) groups.push([span]);
    else current.push(span);
  }
  return groups.map((spans) => ({
    spans,
    first: spans[0] as Span,
    last: spans[spans.length - 1] as Span,
    text: spans.map((span) => span.text).join(" "),
  }));
}

const NO_LIST = notFound({
  vi: "không tìm thấy danh sách nơi nhận",
  en: "no distribution list found",
});

const listSize: Rule = {
  meta: {
    id: "size/recipients",
    category: "size",
    severity: "error",
    source: "[PL1 II.9b][HD05]",
    fix: "safe",
    description: {
      vi: "Cỡ chữ danh sách nơi nhận: văn bản nhà nước 11, văn bản của Đảng 12",
      en: "Distribution list size: State 11 pt, Party 12 pt",
    },
    messages: {
      size: {
        vi: "Dòng nơi nhận cỡ chữ {actual}, quy định {wanted}",
        en: "Distribution line is {actual} pt; the rule is {wanted} pt",
      },
      many: {
        vi: "{count} dòng nơi nhận có cỡ chữ khác {wanted} (dòng đầu tiên cỡ {actual})",
        en: "{count} distribution lines are not {wanted} pt (the first is {actual} pt)",
      },
    },
  },
  check({ snapshot, components, profile }, report) {
    if (components.recipients.length === 0) return NO_LIST;
    // The list's row: State 11 [PL1 II.9b], Party 12 (secondary).
    const format = profile.drafting.recipients;
    const [min, max] = format.acceptPt;
    const wanted = rangeText(format.acceptPt);
    const offences: Offence[] = [];
    const seen = new Set<number>();
    for (const span of components.recipients) {
      // The dominant size: a smaller annotation such as "(Tú, Bích)" is common practice [REAL].
      const size = dominantSize(snapshot, span);
      if (size === null || (size >= min && size <= max) || seen.has(span.paragraph)) continue;
      seen.add(span.paragraph);
      const fix: Fix | undefined = wholeParagraph(snapshot, span)
        ? { kind: "format", paragraph: span.paragraph, set: { sizePt: format.sizePt } }
        : undefined;
      offences.push({ ...where(span), data: { actual: size, wanted }, ...withFix(fix) });
    }
    // Party list size is known from summaries only (secondary) → warning.
    reportEach(
      report,
      offences,
      "size",
      "many",
      profile.regime === "party" ? "warning" : undefined
    );
  },
  examples: {
    valid: [
      { name: "State list at 11 pt", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party list at 12 pt",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "a State line at 12 pt",
        snapshot: sample("nha-nuoc", { recipient2: { size: 12 } }).snapshot,
        findings: [indexOf("nha-nuoc", "recipient2")],
      },
      {
        name: "a Party line at 14 pt",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { recipient1: { size: 14 } }).snapshot,
        findings: [indexOf("dang-2026", "recipient1")],
      },
    ],
  },
};

/** A text fix that puts "- " in place of a wrong list mark ("–", "•"), or a space after a "-" glued to the text. */
function dashFix(span: Span, original: string, offset: number): Fix {
  const glued = original.charAt(0) === "-" || original.charAt(0) === "+";
  return glued
    ? {
        kind: "text",
        paragraph: span.paragraph,
        start: offset + 1,
        end: offset + 1,
        replacement: " ",
      }
    : {
        kind: "text",
        paragraph: span.paragraph,
        start: offset,
        end: offset + 1,
        replacement: /\s/u.test(original.charAt(1)) ? "-" : "- ",
      };
}

const lines: Rule = {
  meta: {
    id: "recipients/lines",
    category: "recipients",
    severity: "error",
    source: "[PL1 II.9b][HD05][RULEBOOK D2]",
    fix: "text",
    description: {
      vi: "“Nơi nhận:” có dấu hai chấm; mỗi nơi nhận một dòng bắt đầu bằng “- ”, kết thúc bằng dấu chấm phẩy (văn bản của Đảng: dấu phẩy hoặc chấm phẩy, thống nhất)",
      en: "“Nơi nhận:” takes a colon; each recipient on its own “- ” line ending “;” (Party: “,” or “;”, one of them)",
    },
    messages: {
      labelColon: {
        vi: "Sau “Nơi nhận” thiếu dấu hai chấm",
        en: "“Nơi nhận” is not followed by a colon",
      },
      dash: {
        vi: "Dòng nơi nhận thiếu gạch ngang “- ” ở đầu",
        en: "The distribution line does not start with a hyphen and a space, “- ”",
      },
      semicolon: {
        vi: "Dòng nơi nhận thiếu dấu chấm phẩy ở cuối",
        en: "The distribution line lacks its closing semicolon",
      },
      separator: {
        vi: "Dòng nơi nhận kết thúc bằng “{actual}”, các dòng khác dùng “{wanted}”; dùng thống nhất một dấu",
        en: "This line ends with “{actual}” while the others use “{wanted}”; use one separator",
      },
    },
  },
  check({ snapshot, components, profile }, report) {
    const label = components.recipientsLabel;
    if (!label) return NO_LIST;
    const party = profile.regime === "party";
    if (!/^nơi nhận\s*:/iu.test(label.text)) {
      const match = /nhận/iu.exec(originalOf(snapshot, label));
      const at = match ? label.start + match.index + match[0].length : -1;
      report({
        messageId: "labelColon",
        ...where(label),
        ...(match
          ? {
              fix: {
                kind: "text",
                paragraph: label.paragraph,
                start: at,
                end: at,
                replacement: ":",
              },
            }
          : {}),
      });
    }
    const items = itemsOf(components.recipients);
    if (items.length === 0) return;
    // Party (secondary): the lines and D2's separators are warnings.
    const level = party ? { severity: "warning" as const } : {};
    for (const item of items) {
      const original = originalOf(snapshot, item.first).trimStart();
      if (/^- /u.test(item.first.text) || /^\+ /u.test(item.first.text)) continue;
      const offset = visibleStart(snapshot, item.first);
      report({
        messageId: "dash",
        ...where(item.first),
        ...level,
        ...(DASH.test(original) ? { fix: dashFix(item.first, original, offset) } : {}),
      });
    }
    const body = items.slice(0, -1);
    // A group line ("- Các Bộ:") ends with a colon when "+ " lines follow it.
    const grouped = (i: number) =>
      endingOf(body[i]?.text ?? "") === ":" && /^\+/u.test(items[i + 1]?.text ?? "");
    const endings = body.map((item) => endingOf(item.text));
    const commas = endings.filter((ending) => ending === ",").length;
    const semicolons = endings.filter((ending) => ending === ";").length;
    // D2: either separator, one per list; on a tie the first line's.
    const partyWanted =
      commas > semicolons || (commas === semicolons && endings[0] === ",") ? "," : ";";
    body.forEach((item, i) => {
      const ending = endings[i] ?? "";
      const wanted = party ? partyWanted : ";";
      // "- …" is a blank left for the user of a sample or form to fill, not a line to judge [REAL].
      if (ending === wanted || grouped(i) || PLACEHOLDER_LINE.test(item.text)) return;
      if (party)
        report({
          messageId: "separator",
          ...where(item.last),
          ...level,
          data: { actual: ending || "…", wanted },
          fix: endingFix(snapshot, item.last, wanted),
        });
      else
        report({
          messageId: "semicolon",
          ...where(item.last),
          fix: endingFix(snapshot, item.last, ";"),
        });
    });
  },
  examples: {
    valid: [
      { name: "State list", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party list with commas",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "Party list with semicolons",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          recipient1: { text: "- Thường trực Tỉnh ủy (b/c);" },
          recipient2: { text: "- Các đảng ủy, chi bộ trực thuộc Thị ủy;" },
        }).snapshot,
        findings: [],
      },
      {
        name: "a recipient wrapped onto the next line",
        snapshot: sample("nha-nuoc", {
          recipient2: { text: "- Các sở: Nông nghiệp và Môi trường,\nTài chính, Công Thương;" },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "a State line ending with a comma",
        snapshot: sample("nha-nuoc", { recipient2: { text: "- UBND tỉnh (b/c)," } }).snapshot,
        findings: [indexOf("nha-nuoc", "recipient2")],
      },
      {
        name: "an en dash for the list mark",
        snapshot: sample("nha-nuoc", { recipient1: { text: "– Như Điều 3;" } }).snapshot,
        findings: [indexOf("nha-nuoc", "recipient1")],
      },
      {
        name: "mixed Party separators",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          recipient2: { text: "- Các đảng ủy, chi bộ trực thuộc Thị ủy;" },
        }).snapshot,
        findings: [indexOf("dang-2018", "recipient2")],
      },
      {
        name: "“Nơi nhận” without its colon",
        snapshot: sample("nha-nuoc", { recipientsLabel: { text: "Nơi nhận" } }).snapshot,
        findings: [indexOf("nha-nuoc", "recipientsLabel")],
      },
    ],
  },
};

const lastLine: Rule = {
  meta: {
    id: "recipients/last-line",
    category: "recipients",
    severity: "error",
    source: "[PL1 II.9b][HD05]",
    fix: "text",
    description: {
      vi: "Dòng cuối nơi nhận là nơi lưu, kết thúc bằng dấu chấm: “- Lưu: VT, <đơn vị>.” (nhà nước), “- Lưu <nơi lưu>.” (Đảng)",
      en: "The list ends with the filing line and a full stop: “- Lưu: VT, <unit>.” (State), “- Lưu <office>.” (Party)",
    },
    messages: {
      notLuu: {
        vi: "Dòng cuối của nơi nhận không phải nơi lưu văn bản (“- Lưu…”)",
        en: "The last distribution line is not the filing line (“- Lưu…”)",
      },
      period: {
        vi: "Dòng “Lưu” thiếu dấu chấm cuối",
        en: "The “Lưu” line lacks its closing full stop",
      },
      stateColon: {
        vi: "Văn bản nhà nước ghi “- Lưu: VT, …” (có dấu hai chấm)",
        en: "State documents write “- Lưu: VT, …” with a colon",
      },
      stateVT: {
        vi: "Văn bản nhà nước ghi nơi lưu “VT” (văn thư) trước đơn vị soạn thảo: “- Lưu: VT, …”",
        en: "State documents file with “VT” (the registry) first: “- Lưu: VT, …”",
      },
      partyColon: {
        vi: "Văn bản của Đảng ghi “- Lưu <nơi lưu>.”, không có dấu hai chấm",
        en: "Party documents write “- Lưu <office>.” without a colon",
      },
    },
  },
  check({ snapshot, components, profile }, report) {
    const items = itemsOf(components.recipients);
    const item = items[items.length - 1];
    if (!item) return NO_LIST;
    if (PLACEHOLDER_LINE.test(item.text))
      return notFound({
        vi: "dòng cuối nơi nhận là chỗ trống để điền (“- …”)",
        en: "the last line of the list is a blank to fill (“- …”)",
      });
    // The whole item, from its "- Lưu" line to the line it wraps onto.
    const whole = { paragraph: item.first.paragraph, start: item.first.start, end: item.last.end };
    if (!/^[-–+•]?\s*Lưu\b/iu.test(item.text)) {
      report({ messageId: "notLuu", ...whole });
      return;
    }
    if (endingOf(item.text) !== ".")
      report({ messageId: "period", ...whole, fix: endingFix(snapshot, item.last, ".") });
    const original = originalOf(snapshot, item.first);
    const luu = /Lưu([\s\u00a0]*:)?[\s\u00a0]*/u.exec(original);
    const at = (offset: number) => item.first.start + offset;
    if (profile.regime === "state") {
      if (!/^\S*\s*Lưu\s*:/u.test(item.text)) {
        const fix: Fix | undefined = luu
          ? {
              kind: "text",
              paragraph: item.first.paragraph,
              start: at(luu.index + "Lưu".length),
              end: at(luu.index + "Lưu".length),
              replacement: ":",
            }
          : undefined;
        report({ messageId: "stateColon", ...whole, ...withFix(fix) });
      }
      if (!/^\S*\s*Lưu\s*:?\s*VT\b/u.test(item.text)) {
        const written = /Văn thư/u.exec(original);
        const fix: Fix | undefined = written
          ? {
              kind: "text",
              paragraph: item.first.paragraph,
              start: at(written.index),
              end: at(written.index + written[0].length),
              replacement: "VT",
            }
          : undefined;
        report({ messageId: "stateVT", ...whole, severity: "warning", ...withFix(fix) });
      }
    } else if (/^\S*\s*Lưu\s*:/u.test(item.text)) {
      // Party (secondary): "Lưu:" is a warning; the fix keeps one space after "Lưu".
      const fix: Fix | undefined = luu
        ? {
            kind: "text",
            paragraph: item.first.paragraph,
            start: at(luu.index + "Lưu".length),
            end: at(luu.index + luu[0].length),
            replacement: " ",
          }
        : undefined;
      report({ messageId: "partyColon", ...whole, severity: "warning", ...withFix(fix) });
    }
  },
  examples: {
    valid: [
      { name: "- Lưu: VT, VP.", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "- Lưu: VT, KT(Thủy, Nho).",
        snapshot: sample("nha-nuoc", { recipientLast: { text: "- Lưu: VT, KT(Thủy, Nho)." } })
          .snapshot,
        findings: [],
      },
      {
        name: "- Lưu Văn phòng Thị ủy.",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no full stop (State)",
        snapshot: sample("nha-nuoc", { recipientLast: { text: "- Lưu: VT, VP" } }).snapshot,
        findings: [indexOf("nha-nuoc", "recipientLast")],
      },
      {
        name: "no colon (State)",
        snapshot: sample("nha-nuoc", { recipientLast: { text: "- Lưu VT, VP." } }).snapshot,
        findings: [indexOf("nha-nuoc", "recipientLast")],
      },
      {
        name: "“Văn thư” written out (State)",
        snapshot: sample("nha-nuoc", { recipientLast: { text: "- Lưu: Văn thư, KTN (5b)." } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "recipientLast")],
      },
      {
        name: "the list does not end with Lưu",
        snapshot: sample("nha-nuoc", { recipientLast: { text: "- Sở Tài chính." } }).snapshot,
        findings: [indexOf("nha-nuoc", "recipientLast")],
      },
      {
        name: "“Lưu:” in a Party document",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { recipientLast: { text: "- Lưu: Văn phòng Thị ủy." } })
          .snapshot,
        findings: [indexOf("dang-2018", "recipientLast")],
      },
      {
        name: "no full stop (Party)",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { recipientLast: { text: "- Lưu Văn phòng Thị ủy" } })
          .snapshot,
        findings: [indexOf("dang-2026", "recipientLast")],
      },
    ],
  },
};

const NHU_TREN = /^-\s*Như trên\b/iu;

const nhuTren: Rule = {
  meta: {
    id: "recipients/nhu-tren",
    category: "recipients",
    severity: "info",
    source: "[REAL][HD05][PL3]",
    description: {
      vi: "Có “Kính gửi” thì dòng đầu nơi nhận là “- Như trên;” (Đảng: “- Như trên,”)",
      en: "With “Kính gửi”, the list starts with “- Như trên;” (Party: “- Như trên,”)",
    },
    messages: {
      missing: {
        vi: "Văn bản có “Kính gửi”: dòng đầu nơi nhận thường ghi “- Như trên{mark}”",
        en: "The document has “Kính gửi”: the list usually starts with “- Như trên{mark}”",
      },
      unanchored: {
        vi: "“Như trên” không chỉ tới đâu vì văn bản không có “Kính gửi”",
        en: "“Như trên” refers to nothing: the document has no “Kính gửi”",
      },
    },
  },
  check({ components, profile, documentType }, report) {
    const items = itemsOf(components.recipients);
    const first = items[0];
    if (!first) return NO_LIST;
    // The mark the list's lines end with: "," (Party) or ";" (State).
    const mark = profile.drafting.recipients.separator;
    // A giấy giới thiệu names where its bearer goes ("Được cử đến: …", "Được chuyển đến sinh hoạt đảng tại: …"), and
    // mẫu 1.8 starts its list "- Như trên;": a form that writes its addressees inline and lists them "Như trên".
    const structure = documentType ? typeStructure(documentType.slug, profile.regime) : undefined;
    if (structure?.kinhGui === "inline" && structure.nhuTren) return;
    if (components.kinhGui.length > 0) {
      if (!items.some((item) => NHU_TREN.test(item.text)))
        report({ messageId: "missing", paragraph: first.first.paragraph, data: { mark } });
    } else {
      const orphan = items.find((item) => NHU_TREN.test(item.text));
      if (orphan) report({ messageId: "unanchored", ...where(orphan.first) });
    }
  },
  examples: {
    valid: [
      {
        name: "State công văn: “- Như trên;”",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "Party công văn: “- Như trên,”",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {}, undefined, "letter").snapshot,
        findings: [],
      },
      { name: "quyết định: “- Như Điều 3;”", snapshot: sample("nha-nuoc").snapshot, findings: [] },
    ],
    invalid: [
      {
        name: "công văn without “Như trên”",
        snapshot: sample(
          "nha-nuoc",
          { recipient1: { text: "- Sở Tài chính;" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "recipient1", "letter")],
      },
      {
        name: "“Như trên” in a quyết định",
        snapshot: sample("nha-nuoc", { recipient1: { text: "- Như trên;" } }).snapshot,
        findings: [indexOf("nha-nuoc", "recipient1")],
      },
    ],
  },
};

export const recipientsRules: readonly Rule[] = [
  withSource(sizeRule(labelTarget), "[PL1 II.9b][HD05]"),
  withSource(styleRule(labelTarget), "[PL1 II.9b][HD05]"),
  listSize,
  lines,
  lastLine,
  nhuTren,
];
