// Spacing: double spaces (H09), spaces around punctuation (H10, H11), year ranges written two ways (H17).

import type { Components, Span } from "../components";
import { linesOf } from "../components";
import { CENSUS_PUNCTUATION } from "../../text/census";
import { originalOf, paragraphCensus, paragraphIsTidy } from "../lines";
import { sample } from "../samples";
import type { CheckContext, Rule } from "../types";

/**
 * A draft's number or date line with its blanks left for the văn thư ("Số:      /UBND-KT", "ngày   tháng") (D18). A
 * date whose day is still blank is being filled in, even when the month is already there: the spaces around a
 * pre-filled month are the blank's, not a typing slip ("ngày       tháng  6  năm 2023") [REAL].
 */
function draftBlank(span: Span | undefined): boolean {
  if (span === undefined) return false;
  if (!/\d/.test(span.text.replace(/năm\s*\d{4}/u, ""))) return true;
  return /\bngày[ \u00a0]*(?:tháng\b|\/|…|\.{2,})/iu.test(span.text);
}

const LINES_TO_READ = new WeakMap<Components, readonly Span[]>();

/**
 * The lines a spacing rule reads: every line but the number and date lines, whose spacing other rules own. Listed once
 * per document (the components are found once per snapshot) for the rules that read them; never written to.
 */
function linesToRead({ snapshot, components }: CheckContext): readonly Span[] {
  const cached = LINES_TO_READ.get(components);
  if (cached) return cached;
  const own = [components.number, components.placeDate].filter(
    (span): span is Span => span !== undefined
  );
  const lines: Span[] = [];
  for (const paragraph of snapshot.paragraphs)
    for (const line of linesOf(paragraph))
      if (!own.some((span) => span.paragraph === line.paragraph && span.start === line.start))
        lines.push(line);
  LINES_TO_READ.set(components, lines);
  return lines;
}

/** Two spaces (plain or non-breaking) in a row: every double space holds them. */
const MAYBE_DOUBLE = /[ \u00a0]{2}/;
/** Words after which a number or a date part is written (or left blank): "số", "ngày", "tháng", "năm", "thứ". */
const BLANK_WORD = /^(?:số|ngày|tháng|năm|thứ)$/iu;
/** Characters either side of a double space that `fillInBlank` reads: far more than the two words it looks at. */
const NEIGHBOUR_WINDOW = 200;
/** A placeholder typed in a blank: "...", "…", "xxx". */
const PLACEHOLDER = /^(?:\.{2,}|…+|x{2,})$/iu;

/**
 * Spaces left as a blank to fill in running text, not a typing slip [REAL]: "ngày   /7/2023", "tháng   năm 2023",
 * "số   /NQ-CP", "số   xxx", "Kỳ họp thứ ...   thông qua", "năm  20..". A filled value is judged as usual: "số  2606",
 * "ngày 28  tháng", "tháng 3  năm".
 */
function fillInBlank(textBefore: string, after: string): boolean {
  const words = textBefore.split(/\s+/u).filter(Boolean);
  const before = words[words.length - 1] ?? "";
  const previous = words[words.length - 2] ?? "";
  const filled = /^\d/u.test(after) && !/^\d{0,3}(?:\.{2,}|…)/u.test(after);
  if (
    !filled &&
    (BLANK_WORD.test(before) || (PLACEHOLDER.test(before) && BLANK_WORD.test(previous)))
  )
    return true;
  return !/\d$/u.test(before) && /^(?:\/|tháng\b|năm\b)/iu.test(after);
}

const doubleSpace: Rule = {
  meta: {
    id: "spacing/double",
    category: "spacing",
    severity: "warning",
    source: "[REAL]",
    fix: "text",
    description: {
      vi: "Không có hai dấu cách liền nhau trong dòng",
      en: "No two spaces in a row inside a line",
    },
    messages: {
      double: {
        vi: "{count} dấu cách liền nhau; thu về một",
        en: "{count} spaces in a row; collapse to one",
      },
    },
  },
  check(context, report) {
    const { snapshot, components } = context;
    const lines = [...linesToRead(context)];
    // The number and date lines keep their blanks in a draft; outside drafts, their own rules read them.
    for (const span of [components.number, components.placeDate])
      if (span && !draftBlank(span)) lines.push(span);
    for (const line of lines) {
      // A tidy paragraph holds no no-break space and no two spaces in a row: none of its lines is read.
      const paragraph = snapshot.paragraphs[line.paragraph];
      if (paragraph && paragraphIsTidy(paragraph)) continue;
      const text = originalOf(snapshot, line);
      // Most lines hold no two spaces in a row: a cheap test before the pattern with its look-arounds.
      if (!MAYBE_DOUBLE.test(text)) continue;
      // Two or three spaces are a slip; longer runs lay out a header or leave a blank to fill, and are left alone.
      for (const match of text.matchAll(
        /(?<=\S)(?<![ \u00a0])[ \u00a0]{2,3}(?![ \u00a0])(?=\S)/gu
      )) {
        // A blank left to fill in running text: "ngày   /7/2023", "tháng   năm 2023", "số   /NQ-CP",
        // "Kỳ họp thứ ...   thông qua", "năm  20.." [REAL].
        // Only the words next to the spaces matter: a window either side keeps this linear in a long paragraph
        // (the whole text before each match was split into words, quadratic on hostile text).
        const after = match.index + match[0].length;
        if (
          fillInBlank(
            text.slice(Math.max(0, match.index - NEIGHBOUR_WINDOW), match.index),
            text.slice(after, after + NEIGHBOUR_WINDOW)
          )
        )
          continue;
        const start = line.start + match.index;
        const end = start + match[0].length;
        report({
          messageId: "double",
          paragraph: line.paragraph,
          start,
          end,
          data: { count: match[0].length },
          fix: { kind: "text", paragraph: line.paragraph, start, end, replacement: " " },
        });
      }
    }
  },
  examples: {
    valid: [
      { name: "single spaces", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "blanks to fill in running text (ngày   /7/2023, tháng   năm, thứ ...   thông qua)",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: "Điều 1. Xét Tờ trình số   /TTr-UBND ngày   /7/2023 và Báo cáo ngày ... tháng   năm 2023; Kỳ họp thứ ...   thông qua.",
          },
        }).snapshot,
        findings: [],
      },
      {
        name: "a draft's blank number and date",
        draft: true,
        snapshot: sample("nha-nuoc", {
          number: { text: "Số:      /QĐ-SNNMT" },
          placeDate: { text: "Lào Cai, ngày      tháng     năm 2026" },
        }).snapshot,
        findings: [],
      },
      {
        name: "a draft's date with the day blank and the month filled (ngày       tháng  6  năm 2023)",
        draft: true,
        snapshot: sample("nha-nuoc", {
          number: { text: "Số:      /QĐ-SNNMT" },
          placeDate: { text: "Hải Dương, ngày       tháng  6  năm 2023" },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "two spaces in an article",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Quyết định này có  hiệu lực thi hành kể từ ngày ký." },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: "two spaces inside a filled number and date (số  2606, tháng 3  năm)",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Thực hiện Công văn số  2606/BTTTT-THH ngày 31 tháng 3  năm 2022 của Bộ Thông tin và Truyền thông.",
          },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1, sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: "two spaces in a filled date (ngày 31 tháng 3  năm 2022)",
        snapshot: sample("nha-nuoc", {
          placeDate: { text: "Hải Dương, ngày 31 tháng 3  năm 2022" },
        }).snapshot,
        findings: [sample("nha-nuoc").at.placeDate ?? -1],
      },
    ],
  },
};

// A space before , . ; : ? ! ) or after ( — not in dot leaders (". . .", "…"), nor in an empty "( )" (H10). Each
// look-behind comes after the first space it guards (and takes it in): opening the pattern, it made the engine try it
// at every position of the line, 7 times the cost over a body (the same matches, checked on 111,000 texts).
const SPACE_BEFORE =
  /[ \u00a0](?<=[\p{L}\d)”"][ \u00a0])[ \u00a0]*(?=[,.;:?!)](?!\s?[.…])(?:\s|$))/gu;
const SPACE_AFTER_OPEN = /[ \u00a0](?<=\([ \u00a0])[ \u00a0]*(?=[\p{L}\d])/gu;
export const MAYBE_SPACE_BEFORE = /[ \u00a0][,.;:?!)]/;
export const MAYBE_MISSING = /[,;.]\p{L}/u;
/**
 * Where any of the three tests below may hold, in one scan of the whole paragraph: a space before a mark, "(" before a
 * space, or , ; . before anything but ASCII that is no letter (every letter, and a surrogate of an astral one). Its
 * lines are parts of its text, so a paragraph where this fails has no line any of them holds. The rule reads it from
 * the paragraph's census (CENSUS_PUNCTUATION, equal).
 */
export const MAYBE_ANY =
  // eslint-disable-next-line no-control-regex -- a range from U+0000
  /[ \u00a0][,.;:?!)]|\([ \u00a0]|[,;.][^\u0000-\u0040\u005b-\u0060\u007b-\u007f]/;
// No space after , ; before a letter, or after a sentence's full stop before a capitalised word (H11); numbers
// (1.000, 245,12), ký hiệu and abbreviations (TP.HCM, V/v) never match: they have digits or capitals on both sides.
// The look-behinds follow the mark they guard, so the engine looks for the mark first (50 times faster on a body).
const MISSING_AFTER = /[,;](?<=\p{Ll}{2}[,;])(?=\p{L})|\.(?<=\p{Ll}{3}\.)(?=\p{Lu}\p{Ll})/gu;

const punctuation: Rule = {
  meta: {
    id: "spacing/punctuation",
    category: "spacing",
    severity: "warning",
    source: "[REAL]",
    fix: "text",
    description: {
      vi: "Dấu câu viết liền chữ trước, cách chữ sau",
      en: "Punctuation attached to the word before, spaced from the word after",
    },
    messages: {
      before: {
        vi: "Dấu cách trước “{mark}”; bỏ dấu cách",
        en: "Space before “{mark}”; remove it",
      },
      afterOpen: { vi: "Dấu cách sau “(”; bỏ dấu cách", en: "Space after “(”; remove it" },
      missing: {
        vi: "Thiếu dấu cách sau “{mark}”",
        en: "No space after “{mark}”",
      },
    },
  },
  check(context, report) {
    const { snapshot } = context;
    // Paragraph by paragraph (the lines come in order), asked once each.
    let asked = -1;
    let maybe = false;
    for (const line of linesToRead(context)) {
      if (line.paragraph !== asked) {
        asked = line.paragraph;
        // MAYBE_ANY, read from the paragraph's census.
        const paragraph = snapshot.paragraphs[asked];
        maybe = paragraph !== undefined && (paragraphCensus(paragraph) & CENSUS_PUNCTUATION) !== 0;
      }
      if (!maybe) continue;
      const text = originalOf(snapshot, line);
      const at = (index: number, length: number) => ({
        paragraph: line.paragraph,
        start: line.start + index,
        end: line.start + index + length,
      });
      // Cheap tests first: most lines have none of these, and the full patterns use costly lookbehinds.
      const maybeBefore = MAYBE_SPACE_BEFORE.test(text);
      const maybeOpen = text.includes("( ") || text.includes("(\u00a0");
      const maybeMissing = MAYBE_MISSING.test(text);
      for (const match of maybeBefore ? text.matchAll(SPACE_BEFORE) : []) {
        const span = at(match.index, match[0].length);
        report({
          messageId: "before",
          ...span,
          data: { mark: text.charAt(match.index + match[0].length) },
          fix: { kind: "text", ...span, replacement: "" },
        });
      }
      for (const match of maybeOpen ? text.matchAll(SPACE_AFTER_OPEN) : []) {
        const span = at(match.index, match[0].length);
        report({
          messageId: "afterOpen",
          ...span,
          fix: { kind: "text", ...span, replacement: "" },
        });
      }
      for (const match of maybeMissing ? text.matchAll(MISSING_AFTER) : []) {
        const span = at(match.index + 1, 0);
        report({
          messageId: "missing",
          ...span,
          severity: "info",
          data: { mark: match[0] },
          fix: { kind: "text", ...span, replacement: " " },
        });
      }
    }
  },
  examples: {
    valid: [
      { name: "tidy punctuation", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "numbers, ký hiệu, dot leaders and TP.HCM",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Kinh phí 1.000.000 đồng, tỷ lệ 245,12 %, tại TP.HCM theo Văn bản số 12/UBND-KT . . . kể từ ngày ký.",
          },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "space before a comma and after a bracket",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Quyết định này ( kèm Quy chế ) có hiệu lực , kể từ ngày ký." },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: "no space after a comma (info)",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Quyết định này có hiệu lực,kể từ ngày ký." },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
    ],
  },
};

// No digit before the first year: tested after its "19"/"20", so the engine looks for those first.
const YEAR_RANGE = /(?:19|20)(?<!\d(?:19|20))\d{2}(\s*)([-–—])(\s*)(?:19|20)\d{2}(?!\d)/gu;

const ranges: Rule = {
  meta: {
    id: "spacing/ranges",
    category: "spacing",
    severity: "info",
    source: "[REAL]",
    description: {
      vi: "Khoảng năm viết một kiểu trong văn bản (“2020 - 2025” hoặc “2021–2030”)",
      en: "Year ranges written one way in the document (“2020 - 2025” or “2021–2030”)",
    },
    messages: {
      mixed: {
        vi: "Khoảng năm “{range}” viết khác kiểu chủ đạo của văn bản (“{majority}”)",
        en: "Year range “{range}” is written unlike the document's majority (“{majority}”)",
      },
    },
  },
  check({ snapshot }, report) {
    const found: {
      paragraph: number;
      start: number;
      end: number;
      text: string;
      style: string;
    }[] = [];
    // One walk of exec, not an iterator and an array per paragraph: most paragraphs hold no range.
    for (const paragraph of snapshot.paragraphs) {
      YEAR_RANGE.lastIndex = 0;
      for (
        let match = YEAR_RANGE.exec(paragraph.text);
        match;
        match = YEAR_RANGE.exec(paragraph.text)
      )
        found.push({
          paragraph: paragraph.index,
          start: match.index,
          end: match.index + match[0].length,
          text: match[0],
          style: `${match[1] ? "spaced" : "tight"} ${match[2]}${match[3] ? " spaced" : ""}`,
        });
    }
    YEAR_RANGE.lastIndex = 0;
    const counts = new Map<string, number>();
    for (const range of found) counts.set(range.style, (counts.get(range.style) ?? 0) + 1);
    if (counts.size < 2) return;
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const example = found.find((range) => range.style === majority)?.text ?? "";
    for (const range of found)
      if (range.style !== majority)
        report({
          messageId: "mixed",
          paragraph: range.paragraph,
          start: range.start,
          end: range.end,
          data: { range: range.text, majority: example },
        });
  },
  examples: {
    valid: [
      {
        name: "one style (2020 - 2025)",
        snapshot: sample("dang-2018").snapshot,
        profile: "dang-2018",
        findings: [],
      },
    ],
    invalid: [
      {
        name: "2020 - 2025 and 2021–2030",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph1: {
            text: "Ban Chấp hành thảo luận kế hoạch giai đoạn 2021–2030 và 2020 - 2025, nhiệm kỳ 2020 - 2025.",
          },
        }).snapshot,
        findings: [sample("dang-2018").at.paragraph1 ?? -1],
      },
    ],
  },
};

export const spacingRules: readonly Rule[] = [doubleSpace, punctuation, ranges];
