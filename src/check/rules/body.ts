// Body text (ô 6): size, alignment, first-line indent, paragraph and line spacing, closing mark [PL1 II.6][H36-PL3].

import type { ParagraphSnapshot, Snapshot } from "../../ooxml/snapshot";
import { matchText } from "../../text/normalize";
import type { Components } from "../components";
import {
  ANNEX_FILE,
  centimetres,
  endingFix,
  endingOf,
  notFound,
  type Offence,
  paragraphDominantSize,
  paragraphSpan,
  rangeText,
  reportEach,
  visibleEnd,
} from "../lines";
import { indexOf, sample } from "../samples";
import { textPass } from "../text-pass";
import type { CheckContext, Rule } from "../types";

/** First-line indent: 1 cm or 1.27 cm [PL1 II.6], Party ≈ 10 mm (HD05); a little slack either side of the range. */
const INDENT_MM: readonly [number, number] = [9.5, 13];
const MIN_GAP_PT = 6;
/** Single to 1.5 lines [PL1 II.6]; Times New Roman's single line is about 1.15 em (conventions 3.9). */
const SINGLE_EM = 1.15;
const STATE_LINES: readonly [number, number] = [1, 1.5];
/** D7: Party body lines Exactly 18–22 pt (HD05, advisory). */
const PARTY_EXACT_PT: readonly [number, number] = [18, 22];
/** A left-aligned line this short shows no difference from a justified one. */
const SHORT_LINE = 80;

interface BodyParagraph {
  readonly paragraph: ParagraphSnapshot;
  readonly text: string;
}

// Module patterns, not literals in the functions: a literal makes a new RegExp object each time it is evaluated.
const BRACKETED = /^\(.*\)\.?$/u;
const PART_LINE = /^(?:Phần|Chương|Mục|Tiểu mục)\s/u;
const PART_HEADING = /^(?:PHẦN|Phần|CHƯƠNG|Chương)\s/u;

/**
 * Lines set apart from the running text, which keep their own layout: centred capitals ("QUYẾT ĐỊNH:", the deciding
 * authority), centred notes in brackets ("(Chi tiết theo Phụ lục đính kèm)"), Phần/Chương/Mục headings.
 */
function isDisplayLine(paragraph: ParagraphSnapshot, text: string): boolean {
  if (paragraph.align !== "center") return false;
  return text === text.toLocaleUpperCase("vi") || BRACKETED.test(text) || PART_LINE.test(text);
}

const RUNNING = new WeakMap<Snapshot, BodyParagraph[]>();

/** Body paragraphs of running text, in order; found once per snapshot for the six rules that read them. */
function runningText(snapshot: Snapshot, components: Components): BodyParagraph[] {
  const cached = RUNNING.get(snapshot);
  if (cached) return cached;
  const pass = textPass(snapshot);
  let previous: number | undefined;
  const running: BodyParagraph[] = [];
  for (const index of components.body) {
    const paragraph = snapshot.paragraphs[index];
    if (!paragraph) continue;
    const text = pass.matchText(index);
    const after = previous;
    previous = index;
    if (text === "" || isDisplayLine(paragraph, text)) continue;
    // The name of a part under its centred "PHẦN THỨ HAI" / "Chương II", in bold capitals, is the heading's second
    // line however it is aligned [REAL].
    const before = after === undefined ? undefined : snapshot.paragraphs[after];
    const afterPart =
      before !== undefined &&
      after !== undefined &&
      PART_HEADING.test(pass.matchText(after)) &&
      isDisplayLine(before, pass.matchText(after));
    if (afterPart && text === text.toLocaleUpperCase("vi") && allBold(paragraph)) continue;
    running.push({ paragraph, text });
  }
  RUNNING.set(snapshot, running);
  return running;
}

function allBold(paragraph: ParagraphSnapshot): boolean {
  const runs = paragraph.runs.filter((run) => run.text.trim() !== "");
  return runs.length > 0 && runs.every((run) => run.bold);
}

const NO_BODY = notFound({ vi: "không tìm thấy phần nội dung văn bản", en: "no body text found" });

function regimeOf(context: CheckContext): "state" | "party" {
  return context.profile.regime;
}

const bodySize: Rule = {
  meta: {
    id: "size/body",
    category: "size",
    severity: "error",
    source: "[PL1 II.6][H36-PL3][RULEBOOK D19]",
    fix: "safe",
    description: {
      vi: "Cỡ chữ phần nội dung: văn bản nhà nước 13–14, văn bản của Đảng 14–15",
      en: "Body text size: State 13–14 pt, Party 14–15 pt",
    },
    messages: {
      size: {
        vi: "Nội dung văn bản cỡ chữ {actual}, quy định {range}",
        en: "Body text is {actual} pt; the rule is {range} pt",
      },
      many: {
        vi: "{count} đoạn nội dung có cỡ chữ ngoài {range} (đoạn đầu tiên cỡ {actual})",
        en: "{count} body paragraphs are outside {range} pt (the first is {actual} pt)",
      },
    },
  },
  check(context, report) {
    const { snapshot, components } = context;
    if (components.body.length === 0) return NO_BODY;
    // The body row: State 13–14 [PL1 II.6], Party 14–15 [H36-PL3]; the generator writes 14 (D19).
    const format = context.profile.drafting.body;
    const [min, max] = format.acceptPt;
    const offences: Offence[] = [];
    for (const index of components.body) {
      const size = paragraphDominantSize(snapshot, index);
      if (size === null || (size >= min && size <= max)) continue;
      // The fix sizes every run of the paragraph: offered only when every run with text has the one wrong size, so
      // it changes nothing the finding does not name (a footnote mark or a run already in range keeps its size).
      const sizes = new Set(
        (snapshot.paragraphs[index]?.runs ?? [])
          .filter((run) => run.text.trim() !== "")
          .map((run) => run.sizePt)
      );
      offences.push({
        paragraph: index,
        data: { actual: size, range: rangeText(format.acceptPt) },
        ...(sizes.size === 1
          ? { fix: { kind: "format", paragraph: index, set: { sizePt: format.sizePt } } }
          : {}),
      });
    }
    reportEach(report, offences, "size", "many");
  },
  examples: {
    valid: [
      { name: "State quyết định at 14 pt", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "State body at 13 pt",
        snapshot: sample("nha-nuoc", { article1: { size: 13 }, article2: { size: 13 } }).snapshot,
        findings: [],
      },
      {
        name: "Party kết luận at 14 pt",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "Party body at 15 pt",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { paragraph1: { size: 15 } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State article at 12 pt",
        snapshot: sample("nha-nuoc", { article2: { size: 12 } }).snapshot,
        findings: [indexOf("nha-nuoc", "article2")],
      },
      {
        name: "Party paragraph at 13 pt (allowed only in State documents)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { paragraph2: { size: 13 } }).snapshot,
        findings: [indexOf("dang-2018", "paragraph2")],
      },
      {
        name: "a whole Party body at 12 pt: one finding that counts",
        profile: "dang-2018",
        snapshot: sample(
          "dang-2018",
          Object.fromEntries(
            ["opening", "heading1", "paragraph1", "heading2", "paragraph2"].map((part) => [
              part,
              { size: 12 },
            ])
          )
        ).snapshot,
        findings: [indexOf("dang-2018", "opening")],
      },
    ],
  },
};

const justified: Rule = {
  meta: {
    id: "style/body-justified",
    category: "style",
    severity: "error",
    source: "[PL1 II.6][HD05]",
    fix: "safe",
    description: { vi: "Nội dung văn bản căn đều hai bên", en: "Body text is justified" },
    messages: {
      align: {
        vi: "Đoạn nội dung đang {actual}, quy định căn đều hai bên",
        en: "Body paragraph is {actualEn}; the rule is justified",
      },
      many: {
        vi: "{count} đoạn nội dung không căn đều hai bên (đoạn đầu tiên đang {actual})",
        en: "{count} body paragraphs are not justified (the first is {actualEn})",
      },
    },
  },
  check(context, report) {
    const { snapshot, components } = context;
    if (components.body.length === 0) return NO_BODY;
    const names = {
      left: ["căn trái", "left-aligned"],
      right: ["căn phải", "right-aligned"],
      center: ["căn giữa", "centred"],
      both: ["", ""],
    } as const;
    const offences: Offence[] = [];
    for (const { paragraph, text } of runningText(snapshot, components)) {
      if (paragraph.align === "both") continue;
      // A left-aligned line shorter than a full line looks the same as a justified one.
      if (paragraph.align === "left" && text.length < SHORT_LINE) continue;
      const [vi, en] = names[paragraph.align];
      offences.push({
        paragraph: paragraph.index,
        data: { actual: vi, actualEn: en },
        fix: { kind: "format", paragraph: paragraph.index, set: { align: "both" } },
      });
    }
    // Party: justified is known from HD05 summaries only (secondary) → warning.
    reportEach(
      report,
      offences,
      "align",
      "many",
      regimeOf(context) === "party" ? "warning" : undefined
    );
  },
  examples: {
    valid: [
      { name: "State sample", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party sample",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "a short left-aligned heading",
        snapshot: sample("nha-nuoc", { article2: { align: "left" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State article left-aligned",
        snapshot: sample("nha-nuoc", { article1: { align: "left" } }).snapshot,
        findings: [indexOf("nha-nuoc", "article1")],
      },
      {
        name: "Party paragraph centred",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { paragraph1: { align: "center" } }).snapshot,
        findings: [indexOf("dang-2018", "paragraph1")],
      },
      {
        name: "State letter paragraph right-aligned",
        snapshot: sample("nha-nuoc", { paragraph2: { align: "right" } }, undefined, "letter")
          .snapshot,
        findings: [indexOf("nha-nuoc", "paragraph2", "letter")],
      },
    ],
  },
};

/** A line that starts a list item ("- ", "+ ", "a) " is a heading, not a list). */
const LIST_ITEM = /^[-+–•]\s?/u;

const firstLineIndent: Rule = {
  meta: {
    id: "style/body-indent",
    category: "style",
    severity: "error",
    source: "[PL1 II.6][HD05][RULEBOOK D20]",
    description: {
      vi: "Dòng đầu mỗi đoạn lùi vào 1–1,27 cm",
      en: "First line of each paragraph indented 1–1.27 cm",
    },
    messages: {
      indent: {
        vi: "Dòng đầu đoạn lùi {actual} cm, quy định {range} cm",
        en: "The first line is indented {actualEn} cm; the rule is {rangeEn} cm",
      },
      many: {
        vi: "{count} đoạn nội dung có dòng đầu lùi sai (đoạn đầu tiên lùi {actual} cm, quy định {range} cm)",
        en: "{count} body paragraphs have a wrong first-line indent (the first: {actualEn} cm; the rule is {rangeEn} cm)",
      },
    },
  },
  check(context, report) {
    const { snapshot, components } = context;
    if (components.body.length === 0) return NO_BODY;
    const [min, max] = INDENT_MM;
    const range =
      regimeOf(context) === "party"
        ? { range: "khoảng 1", rangeEn: "about 1" }
        : { range: "1–1,27", rangeEn: "1–1.27" };
    const offences: Offence[] = [];
    for (const { paragraph, text } of runningText(snapshot, components)) {
      const { firstLineMm, leftMm } = paragraph.indent;
      if (firstLineMm >= min && firstLineMm <= max) continue;
      // An item numbered by Word takes its indent from the numbering definition, which the snapshot does not
      // resolve: not judged rather than judged wrong [REAL].
      if (paragraph.numbered) continue;
      // A tab typed at the start indents the line as well.
      if (/^[ \u00a0]*\t/u.test(paragraph.text)) continue;
      // "- " and "+ " items may hang from a left indent instead; only an item flush with the margin is wrong.
      if (LIST_ITEM.test(text) && (leftMm > 0 || firstLineMm > 0)) continue;
      const shown = centimetres(firstLineMm);
      offences.push({
        paragraph: paragraph.index,
        data: { actual: shown.vi, actualEn: shown.en, ...range },
      });
    }
    // Party: ≈ 10 mm is known from summaries only (secondary) → warning.
    reportEach(
      report,
      offences,
      "indent",
      "many",
      regimeOf(context) === "party" ? "warning" : undefined
    );
  },
  examples: {
    valid: [
      { name: "1 cm everywhere (State)", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "1.27 cm (State)",
        snapshot: sample("nha-nuoc", {
          article1: { firstLineMm: 12.7 },
          article2: { firstLineMm: 12.7 },
        }).snapshot,
        findings: [],
      },
      {
        name: "Party sample",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "a list item hanging from a left indent",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph1: {
            text: "- Tiếp tục lãnh đạo, chỉ đạo thực hiện có hiệu quả Nghị quyết Đại hội.",
            firstLineMm: -5,
            leftMm: 15,
          },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no indent (State)",
        snapshot: sample("nha-nuoc", { article2: { firstLineMm: 0 } }).snapshot,
        findings: [indexOf("nha-nuoc", "article2")],
      },
      {
        name: "2 cm indent (State letter)",
        snapshot: sample("nha-nuoc", { paragraph1: { firstLineMm: 20 } }, undefined, "letter")
          .snapshot,
        findings: [indexOf("nha-nuoc", "paragraph1", "letter")],
      },
      {
        name: "a block indent is not a first-line indent (Party)",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { paragraph2: { firstLineMm: 0, leftMm: 10 } }).snapshot,
        findings: [indexOf("dang-2026", "paragraph2")],
      },
      {
        name: "a list item flush with the margin (Party)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph1: {
            text: "- Tiếp tục lãnh đạo, chỉ đạo thực hiện có hiệu quả Nghị quyết Đại hội.",
            firstLineMm: 0,
          },
        }).snapshot,
        findings: [indexOf("dang-2018", "paragraph1")],
      },
    ],
  },
};

const paragraphSpacing: Rule = {
  meta: {
    id: "style/body-spacing",
    category: "style",
    severity: "warning",
    source: "[PL1 II.6][BCUC][RULEBOOK D20]",
    description: {
      vi: "Khoảng cách giữa các đoạn văn tối thiểu 6 pt",
      en: "At least 6 pt between paragraphs",
    },
    messages: {
      gap: {
        vi: "Khoảng cách giữa đoạn này và đoạn sau {actual} pt, tối thiểu 6 pt",
        en: "{actual} pt between this paragraph and the next; at least 6 pt",
      },
      many: {
        vi: "{count} chỗ khoảng cách giữa các đoạn dưới 6 pt (chỗ đầu tiên {actual} pt)",
        en: "{count} paragraph gaps are below 6 pt (the first is {actual} pt)",
      },
    },
  },
  check(context, report) {
    const { snapshot, components } = context;
    if (components.body.length === 0) return NO_BODY;
    const text = runningText(snapshot, components);
    const offences: Offence[] = [];
    // Loops, not forEach with a closure: a closure made per check loses its optimised code at each collection.
    for (let i = 0; i < text.length; i++) {
      const { paragraph } = text[i] as BodyParagraph;
      const next = text[i + 1]?.paragraph;
      // Only neighbours: an empty paragraph or a table between them makes a gap of its own.
      if (!next || next.index !== paragraph.index + 1) continue;
      // Word adds the space after one paragraph and the space before the next (conventions 3.9).
      const gap = paragraph.spacing.afterPt + next.spacing.beforePt;
      if (gap >= MIN_GAP_PT - 0.05) continue;
      offences.push({ paragraph: paragraph.index, data: { actual: Math.round(gap * 10) / 10 } });
    }
    reportEach(report, offences, "gap", "many");
  },
  examples: {
    valid: [
      { name: "6 pt after (State)", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "3 pt after + 3 pt before",
        snapshot: sample("nha-nuoc", { article1: { afterPt: 3 }, article2: { beforePt: 3 } })
          .snapshot,
        findings: [],
      },
      {
        name: "6 pt after (Party)",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no space after a State article",
        snapshot: sample("nha-nuoc", { article1: { afterPt: 0 } }).snapshot,
        findings: [indexOf("nha-nuoc", "article1")],
      },
      {
        name: "4 pt between Party paragraphs",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { paragraph1: { afterPt: 4 } }).snapshot,
        findings: [indexOf("dang-2018", "paragraph1")],
      },
    ],
  },
};

/** The line spacing in points, as Word lays it out for text of `sizePt`. */
function linePoints(paragraph: ParagraphSnapshot, sizePt: number): number {
  const { line, lineRule } = paragraph.spacing;
  if (lineRule === "auto") return line * SINGLE_EM * sizePt;
  // "At least" never goes below the single line the text needs.
  return lineRule === "atLeast" ? Math.max(line, SINGLE_EM * sizePt) : line;
}

function describeSpacing(paragraph: ParagraphSnapshot): {
  readonly vi: string;
  readonly en: string;
} {
  const { line, lineRule } = paragraph.spacing;
  const value = Math.round(line * 100) / 100;
  if (lineRule === "auto")
    return { vi: `${String(value).replace(".", ",")} dòng`, en: `${value} lines` };
  return lineRule === "exact"
    ? { vi: `chính xác ${value} pt`, en: `exactly ${value} pt` }
    : { vi: `tối thiểu ${value} pt`, en: `at least ${value} pt` };
}

const lineSpacing: Rule = {
  meta: {
    id: "style/body-line-spacing",
    category: "style",
    severity: "warning",
    source: "[PL1 II.6][BCUC][RULEBOOK D7]",
    description: {
      vi: "Giãn dòng: văn bản nhà nước từ dòng đơn đến 1,5 dòng; văn bản của Đảng nên đặt chính xác 18–22 pt",
      en: "Line spacing: State single to 1.5 lines; Party Exactly 18–22 pt advised",
    },
    messages: {
      state: {
        vi: "Giãn dòng {actual}, quy định từ dòng đơn đến 1,5 dòng",
        en: "Line spacing is {actualEn}; the rule is single to 1.5 lines",
      },
      stateMany: {
        vi: "{count} đoạn nội dung có giãn dòng ngoài khoảng dòng đơn – 1,5 dòng (đoạn đầu tiên: {actual})",
        en: "{count} body paragraphs have line spacing outside single to 1.5 lines (the first: {actualEn})",
      },
      party: {
        vi: "Giãn dòng {actual}; nên đặt chính xác (Exactly) 18–22 pt",
        en: "Line spacing is {actualEn}; Exactly 18–22 pt is advised",
      },
      partyMany: {
        vi: "{count} đoạn nội dung có giãn dòng {actual}; nên đặt chính xác (Exactly) 18–22 pt",
        en: "{count} body paragraphs have line spacing {actualEn}; Exactly 18–22 pt is advised",
      },
    },
  },
  check(context, report) {
    const { snapshot, components } = context;
    if (components.body.length === 0) return NO_BODY;
    const party = regimeOf(context) === "party";
    const offences: Offence[] = [];
    for (const { paragraph } of runningText(snapshot, components)) {
      const size =
        paragraphDominantSize(snapshot, paragraph.index) ?? context.profile.drafting.body.sizePt;
      const { line, lineRule } = paragraph.spacing;
      let wrong: boolean;
      if (party) {
        const points = linePoints(paragraph, size);
        wrong = points < PARTY_EXACT_PT[0] - 0.5 || points > PARTY_EXACT_PT[1] + 0.5;
      } else if (lineRule === "auto")
        wrong = line < STATE_LINES[0] - 0.01 || line > STATE_LINES[1] + 0.01;
      else {
        const lines = line / (SINGLE_EM * size);
        // "At least" below a single line still gives a single line: only too wide is wrong. Exactly 16 pt at 14 pt is
        // within 5 % of single and common in drafts: accepted.
        wrong =
          lines > STATE_LINES[1] + 0.01 || (lineRule === "exact" && lines < STATE_LINES[0] - 0.05);
      }
      if (!wrong) continue;
      const shown = describeSpacing(paragraph);
      offences.push({ paragraph: paragraph.index, data: { actual: shown.vi, actualEn: shown.en } });
    }
    // D7: the Party value is advice from HD05 summaries → info.
    if (party) reportEach(report, offences, "party", "partyMany", "info");
    else reportEach(report, offences, "state", "stateMany");
  },
  examples: {
    valid: [
      { name: "1.15 lines (State)", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "exactly 18 pt at 14 pt (State)",
        snapshot: sample("nha-nuoc", { article1: { line: 18, lineRule: "exact" } }).snapshot,
        findings: [],
      },
      {
        name: "exactly 20 pt (Party)",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "double spacing (State)",
        snapshot: sample("nha-nuoc", { article2: { line: 2, lineRule: "auto" } }).snapshot,
        findings: [indexOf("nha-nuoc", "article2")],
      },
      {
        name: "exactly 14 pt at 14 pt is tighter than single (State)",
        snapshot: sample("nha-nuoc", { article1: { line: 14, lineRule: "exact" } }).snapshot,
        findings: [indexOf("nha-nuoc", "article1")],
      },
      {
        name: "single lines in a Party body",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { paragraph1: { line: 1, lineRule: "auto" } }).snapshot,
        findings: [indexOf("dang-2026", "paragraph1")],
      },
    ],
  },
};

const STATE_MARK = "./.";
const STATE_MARKS = /\.\/\./g;

const closingMark: Rule = {
  meta: {
    id: "structure/closing-mark",
    category: "structure",
    severity: "info",
    source: "[REAL][HD05][RULEBOOK D22]",
    fix: "text",
    description: {
      vi: "Dấu kết thúc nội dung: văn bản nhà nước “./.”, văn bản của Đảng dấu chấm",
      en: "Closing mark of the body: “./.” in State documents, a full stop in Party documents",
    },
    messages: {
      state: {
        vi: "Nội dung văn bản nhà nước thường kết thúc bằng “./.”",
        en: "State documents usually end the body with “./.”",
      },
      stateInside: {
        vi: "Dấu “./.” chỉ đặt một lần, ở cuối phần nội dung",
        en: "“./.” goes once, at the very end of the body",
      },
      party: {
        vi: "Nội dung văn bản của Đảng kết thúc bằng dấu chấm, không dùng “./.”",
        en: "Party documents end the body with a full stop, not “./.”",
      },
      partyNone: {
        vi: "Nội dung văn bản của Đảng kết thúc bằng dấu chấm",
        en: "Party documents end the body with a full stop",
      },
    },
  },
  check(context, report) {
    const { snapshot, components } = context;
    // A phụ lục on its own ends its tables or figures, not the document's text.
    if (components.annexFile) return ANNEX_FILE;
    const text = runningText(snapshot, components);
    const last = text[text.length - 1];
    if (!last) return NO_BODY;
    const span = paragraphSpan(snapshot, last.paragraph.index);
    const ending = endingOf(last.text);
    if (regimeOf(context) === "state") {
      // Every "./." but the one closing the last paragraph is out of place: mid-body, mid-paragraph or doubled.
      const closing = ending === STATE_MARK ? visibleEnd(snapshot, span) - STATE_MARK.length : -1;
      let insideLast = false;
      for (const { paragraph } of text) {
        if (!paragraph.text.includes(STATE_MARK)) continue;
        for (const match of paragraph.text.matchAll(STATE_MARKS)) {
          if (paragraph.index === span.paragraph && match.index === closing) continue;
          if (paragraph.index === span.paragraph) insideLast = true;
          report({
            messageId: "stateInside",
            paragraph: paragraph.index,
            start: match.index,
            end: match.index + STATE_MARK.length,
          });
        }
      }
      // The last paragraph has its mark, with text after it: adding one more at the end would double it.
      if (ending !== STATE_MARK && !insideLast)
        report({
          messageId: "state",
          paragraph: span.paragraph,
          fix: endingFix(snapshot, span, STATE_MARK),
        });
    } else if (ending === STATE_MARK)
      report({
        messageId: "party",
        paragraph: span.paragraph,
        fix: endingFix(snapshot, span, "."),
      });
    else if (ending !== ".") {
      // A body ending in ":" or a bracket is left alone; a missing mark gets one.
      const end = visibleEnd(snapshot, span);
      if (ending === "" && /\p{L}$/u.test(last.text))
        report({
          messageId: "partyNone",
          paragraph: span.paragraph,
          fix: { kind: "text", paragraph: span.paragraph, start: end, end, replacement: "." },
        });
      else if (ending === ";" || ending === ",")
        report({
          messageId: "partyNone",
          paragraph: span.paragraph,
          fix: endingFix(snapshot, span, "."),
        });
    }
  },
  examples: {
    valid: [
      { name: "State quyết định ends “./.”", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "State công văn ends “./.”",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "Party kết luận ends “.”",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State body ends with a full stop",
        snapshot: sample("nha-nuoc", {
          article3: {
            text: "Điều 3. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này.",
          },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article3")],
      },
      {
        name: "State “./.” in the middle of the body",
        snapshot: sample("nha-nuoc", {
          article1: { text: "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở./." },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article1")],
      },
      {
        name: "State “./.” typed twice at the end",
        snapshot: sample("nha-nuoc", {
          article3: {
            text: "Điều 3. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./../.",
          },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article3")],
      },
      {
        name: "State “./.” inside the last paragraph, with text after it",
        snapshot: sample("nha-nuoc", {
          article3: {
            text: "Điều 3. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./. Giám đốc các đơn vị thực hiện.",
          },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article3")],
      },
      {
        name: "Party body ends with “./.”",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          item2: {
            text: "2. Ban Thường vụ Thị ủy có trách nhiệm lãnh đạo, chỉ đạo thực hiện Kết luận này./.",
          },
        }).snapshot,
        findings: [indexOf("dang-2018", "item2")],
      },
    ],
  },
};

const emptyParagraphs: Rule = {
  meta: {
    id: "spacing/empty-paragraphs",
    category: "spacing",
    severity: "info",
    source: "[RULEBOOK H18]",
    description: {
      vi: "Không dùng dòng trống để giãn cách các đoạn nội dung",
      en: "No empty paragraphs as spacing inside the body",
    },
    messages: {
      empty: {
        vi: "{count} dòng trống giữa các đoạn nội dung; nên dùng khoảng cách đoạn (6 pt) thay cho dòng trống",
        en: "{count} empty paragraphs between body paragraphs; use paragraph spacing (6 pt) instead",
      },
    },
  },
  check(context, report) {
    const { snapshot, components } = context;
    const text = runningText(snapshot, components);
    if (text.length === 0) return NO_BODY;
    const running = new Set(text.map(({ paragraph }) => paragraph.index));
    const empty: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const { paragraph } = text[i] as BodyParagraph;
      const next = text[i + 1]?.paragraph;
      // Neighbours (nearly all) have nothing between them: no slice is made for them.
      if (!next || next.index <= paragraph.index + 1) continue;
      const between = snapshot.paragraphs.slice(paragraph.index + 1, next.index);
      // Only blank lines standing between two paragraphs of running text: tables and display lines keep their own.
      // A gap across a section break is a new page (a phụ lục), not a blank line.
      if (
        between.length === 0 ||
        paragraph.section !== next.section ||
        !between.every((p) => p.cell === null && matchText(p.text) === "")
      )
        continue;
      if (running.has(next.index)) empty.push(...between.map((p) => p.index));
    }
    const first = empty[0];
    if (first !== undefined)
      report({ messageId: "empty", paragraph: first, data: { count: empty.length } });
  },
  examples: {
    valid: [
      { name: "State sample", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party sample",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "a blank line between two Party paragraphs",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { heading2: { text: "   ", bold: false } }).snapshot,
        findings: [indexOf("dang-2018", "heading2")],
      },
    ],
  },
};

export const bodyRules: readonly Rule[] = [
  bodySize,
  justified,
  firstLineIndent,
  paragraphSpacing,
  lineSpacing,
  closingMark,
  emptyParagraphs,
];
