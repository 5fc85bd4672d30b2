// The length of the lines under the header's texts: as long as the Party title or the motto, 1/3–1/2 of the issuer
// and of the trích yếu [H36-1.1][PL1 II.1b][PL1 II.2][PL1 II.5a]. The rulebook gives each line (profile.header.*Line).

import type { RuleLine } from "../../conventions";
import type { DrawnLineSnapshot, ParagraphSnapshot, Snapshot } from "../../ooxml/snapshot";
import { wrappedWidthsMm } from "../../text/text-width";
import type { Span } from "../components";
import { drawnLinesNear, NO_HEADER } from "../header-lines";
import { notFound, where } from "../lines";
import { indexOf, sample } from "../samples";
import type { CheckContext, Message, Rule } from "../types";

/** Word's default left and right cell margin (108 twips): a cell's text is this much narrower than the cell. */
const CELL_MARGIN_MM = 1.905;
/**
 * How far a drawn line may stray from the rulebook's length before it is reported. The text's width is estimated
 * from Times New Roman's metrics (character spacing, kerning and a substituted font are not seen), and a line drawn
 * by hand is never exact: a quarter either way of the accepted range.
 */
const TOLERANCE = 0.25;

interface Part {
  readonly key: "partyTitle" | "motto" | "issuer" | "summary";
  /** The part's lines, top to bottom (a two-line issuer, a trích yếu over several lines). */
  readonly spans: readonly Span[];
  readonly line: RuleLine;
}

const PART_NAMES: Readonly<Record<Part["key"], Message>> = {
  partyTitle: { vi: "tiêu đề", en: "the Party title" },
  motto: { vi: "Tiêu ngữ", en: "the motto" },
  issuer: { vi: "tên cơ quan ban hành", en: "the issuer" },
  summary: { vi: "trích yếu", en: "the subject line" },
};

function partsToJudge({ profile, components }: CheckContext): Part[] {
  const header = profile.header;
  const parts: (Part | null)[] = [
    components.partyTitle && header.partyTitleLine
      ? { key: "partyTitle", spans: [components.partyTitle], line: header.partyTitleLine }
      : null,
    components.motto && header.mottoLine
      ? { key: "motto", spans: [components.motto], line: header.mottoLine }
      : null,
    components.issuer.length > 0 && header.issuerLine
      ? { key: "issuer", spans: components.issuer, line: header.issuerLine }
      : null,
    components.documentTypeLine && components.summary.length > 0 && header.summaryLine
      ? { key: "summary", spans: components.summary, line: header.summaryLine }
      : null,
  ];
  return parts.filter((part): part is Part => part !== null);
}

/** The width a paragraph's text may take: its cell's (less Word's cell margins) or its page's, less its indents. */
function columnMm(snapshot: Snapshot, paragraph: ParagraphSnapshot): number | null {
  const { cell, indent } = paragraph;
  let width: number | null = null;
  if (cell) width = cell.widthMm !== undefined ? cell.widthMm - 2 * CELL_MARGIN_MM : null;
  else {
    const section = snapshot.sections[paragraph.section] ?? snapshot.sections[0];
    if (section) width = section.pageWidthMm - section.margins.left - section.margins.right;
  }
  if (width === null) return null;
  const room = width - Math.max(0, indent.leftMm) - Math.max(0, indent.rightMm);
  return room > 0 ? room : null;
}

/**
 * The printed widths of a part's lines, each wrapped in its column as Word wraps it; null when a line's size or
 * column is unknown, or its text is a placeholder ("{tieuDeTrai2}", "TỈNH ….") whose printed width is not known.
 */
function printedLines(snapshot: Snapshot, spans: readonly Span[]): number[][] | null {
  const result: number[][] = [];
  for (const span of spans) {
    const paragraph = snapshot.paragraphs[span.paragraph];
    if (!paragraph) return null;
    const text = span.text.trim();
    if (text === "" || /[{}…]|\.{2,}/u.test(text)) return null;
    const run = paragraph.runs.find(
      (r) => r.start < span.end && r.start + r.text.length > span.start && r.text.trim() !== ""
    );
    const column = columnMm(snapshot, paragraph);
    if (!run || column === null) return null;
    result.push(wrappedWidthsMm(text, run.sizePt, run.bold, column));
  }
  return result;
}

/** A line drawn by a paragraph border on the empty paragraph under the part: as long as that paragraph's room. */
function borderLine(snapshot: Snapshot, last: Span): DrawnLineSnapshot | null {
  const here = snapshot.paragraphs[last.paragraph];
  const next = snapshot.paragraphs[last.paragraph + 1];
  if (!here || !next || !next.border.top || next.text.trim() !== "") return null;
  const sameCell =
    here.cell && next.cell
      ? here.cell.table === next.cell.table &&
        here.cell.row === next.cell.row &&
        here.cell.column === next.cell.column
      : !here.cell && !next.cell;
  if (!sameCell) return null;
  const length = columnMm(snapshot, next);
  return length === null ? null : { paragraph: next.index, lengthMm: length };
}

/** The accepted range of the line's length as a fraction of the text above it, widened by the tolerance. */
function accepted(line: RuleLine): [number, number] {
  const [low, high] = line.length === "text" ? [1, 1] : line.length.acceptFraction;
  return [low * (1 - TOLERANCE), high * (1 + TOLERANCE)];
}

const NOTHING_TO_MEASURE = notFound({
  vi: "không có đường kẻ vẽ bằng hình hay đường viền đo được độ dài dưới phần đầu (đường gạch chân luôn dài bằng dòng chữ)",
  en: "no header line drawn as a shape or border whose length can be measured (an underline is as long as its text)",
});

const lineLength: Rule = {
  meta: {
    id: "header/line-length",
    category: "header",
    severity: "warning",
    source: "[H36-1.1][PL1 II.1b][PL1 II.2][PL1 II.5a]",
    description: {
      vi: "Đường kẻ dưới tiêu đề và Tiêu ngữ dài bằng dòng chữ; dưới tên cơ quan ban hành và trích yếu dài từ 1/3 đến 1/2 dòng chữ",
      en: "The line under the Party title and the motto is as long as the text; under the issuer and the subject line 1/3 to 1/2 of it",
    },
    messages: {
      sameLength: {
        vi: "Đường kẻ dưới {part} dài khoảng {line} mm, dòng chữ dài khoảng {text} mm; đường kẻ phải dài bằng dòng chữ (ước tính theo phông Times New Roman)",
        en: "The line under {partEn} is about {line} mm long and the text about {text} mm; the line should be as long as the text (estimated with Times New Roman)",
      },
      fraction: {
        vi: "Đường kẻ dưới {part} dài khoảng {line} mm, bằng khoảng {percent}% dòng chữ ({text} mm); đường kẻ dài từ 1/3 đến 1/2 dòng chữ (ước tính theo phông Times New Roman)",
        en: "The line under {partEn} is about {line} mm long, about {percent}% of the text ({text} mm); it should be 1/3 to 1/2 of the text (estimated with Times New Roman)",
      },
    },
  },
  check(context, report) {
    const { snapshot } = context;
    const parts = partsToJudge(context);
    if (parts.length === 0) return NO_HEADER;
    let measured = 0;
    for (const part of parts) {
      const last = part.spans[part.spans.length - 1] as Span;
      const lastParagraph = snapshot.paragraphs[last.paragraph];
      // Outside a table the header's two columns sit side by side in one paragraph (tabs, runs of spaces), and a
      // line anchored there may be either column's: only the trích yếu, on lines of its own, is judged there.
      if (!lastParagraph || (part.key !== "summary" && !lastParagraph.cell)) continue;
      // An underlined text is its own line, as long as the text.
      const runs = lastParagraph.runs.filter(
        (r) => r.start < last.end && r.start + r.text.length > last.start && r.text.trim() !== ""
      );
      if (runs.length > 0 && runs.every((r) => r.underline)) continue;
      const border = borderLine(snapshot, last);
      const candidates = [
        ...drawnLinesNear(snapshot, last).filter((line) => line.lengthMm !== null),
        ...(border ? [border] : []),
      ];
      if (candidates.length === 0) continue;
      const lines = printedLines(snapshot, part.spans);
      if (!lines || lines.length === 0) continue;
      measured++;
      // "Dòng chữ" is the line above the rule; for a text over several lines a reader may take the widest. Either
      // reading, with any line that may be this part's, keeps the checker silent: only a line no reading accepts
      // is reported.
      const lastLines = lines[lines.length - 1] as number[];
      const readings = [lastLines[lastLines.length - 1] as number, Math.max(...lines.flat())];
      const [low, high] = accepted(part.line);
      const fits = candidates.some((line) =>
        readings.some((text) => {
          const ratio = (line.lengthMm as number) / text;
          return ratio >= low && ratio <= high;
        })
      );
      if (fits) continue;
      // Report against the line under the part's last text line and the reading nearest to the rule.
      const line = candidates[0] as DrawnLineSnapshot;
      const length = line.lengthMm as number;
      const target = part.line.length === "text" ? 1 : 0.4;
      const text = readings.reduce((best, width) =>
        Math.abs(length / width - target) < Math.abs(length / best - target) ? width : best
      );
      const name = PART_NAMES[part.key];
      report({
        messageId: part.line.length === "text" ? "sameLength" : "fraction",
        ...where(last),
        data: {
          part: name.vi,
          partEn: name.en,
          line: Math.round(length),
          text: Math.round(text),
          percent: Math.round((length / text) * 100),
        },
      });
    }
    if (measured === 0) return NOTHING_TO_MEASURE;
  },
  examples: {
    valid: [
      {
        name: "lines drawn as shapes, each of the rulebook's length",
        snapshot: drawn({ motto: 60, issuer: 25, summary: 45 }),
        findings: [],
      },
      {
        name: "a hand-drawn line a little short of the motto (CV-UBND-KT: 54 mm under 60 mm)",
        snapshot: drawn({ motto: 54, issuer: 25, summary: 45 }),
        findings: [],
      },
      {
        name: "an underlined motto is as long as its text",
        snapshot: {
          ...sample("nha-nuoc", { motto: { underline: true }, mottoLine: { borderTop: false } })
            .snapshot,
          drawnLines: [],
        },
        findings: [],
      },
    ],
    invalid: [
      {
        name: "a line half as long as the motto",
        snapshot: drawn({ motto: 30, issuer: 25, summary: 45 }),
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "a line as long as the issuer's name",
        snapshot: drawn({ motto: 60, issuer: 58, summary: 45 }),
        findings: [indexOf("nha-nuoc", "issuer")],
      },
      {
        name: "a line across the whole page under the trích yếu",
        snapshot: drawn({ motto: 60, issuer: 25, summary: 150 }),
        findings: [indexOf("nha-nuoc", "summary")],
      },
    ],
  },
};

/**
 * The State sample with its header lines drawn as shapes of the given lengths (mm) instead of borders, anchored as
 * Word users anchor them: in the part's own column, under the trích yếu. Its header columns are 90 and 100 mm wide.
 */
function drawn(lengths: { motto: number; issuer: number; summary: number }): Snapshot {
  const { snapshot, at } = sample("nha-nuoc", {
    mottoLine: { borderTop: false },
    issuerLine: { borderTop: false },
    summaryLine: { borderTop: false },
  });
  return {
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((paragraph) =>
      paragraph.cell?.table === 0
        ? { ...paragraph, cell: { ...paragraph.cell, widthMm: paragraph.cell.column ? 100 : 90 } }
        : paragraph
    ),
    drawnLines: [
      { paragraph: at.issuer as number, lengthMm: lengths.issuer },
      { paragraph: at.motto as number, lengthMm: lengths.motto },
      { paragraph: at.summary as number, lengthMm: lengths.summary },
    ],
  };
}

export const headerLineLengthRules: readonly Rule[] = [lineLength];
