// Page setup: paper, orientation and margins of every section [PL1 I.1–I.3].

import type { PageNumberSnapshot, Snapshot } from "../../ooxml/snapshot";
import { notFound } from "../lines";
import { sample } from "../samples";
import type { Rule } from "../types";

/** Tolerances of conventions §2: paper ±1 mm (Word files carry 11907 × 16840), margins ±0.5 mm. */
const PAPER_TOLERANCE_MM = 1;
const MARGIN_TOLERANCE_MM = 0.5;

const paperSize: Rule = {
  meta: {
    id: "page/paper",
    category: "page",
    severity: "error",
    source: "[PL1 I.1][H36-SUM]",
    fix: "safe",
    description: { vi: "Khổ giấy A4 (210 × 297 mm)", en: "A4 paper (210 × 297 mm)" },
    messages: {
      paper: {
        vi: "Khổ giấy {width} × {height} mm, quy định A4 (210 × 297 mm)",
        en: "Paper is {width} × {height} mm; the rule is A4 (210 × 297 mm)",
      },
    },
  },
  check({ snapshot, profile }, report) {
    const { widthMm, heightMm } = profile.page.paper;
    snapshot.sections.forEach((section, index) => {
      const short = Math.min(section.pageWidthMm, section.pageHeightMm);
      const long = Math.max(section.pageWidthMm, section.pageHeightMm);
      if (
        Math.abs(short - widthMm) <= PAPER_TOLERANCE_MM &&
        Math.abs(long - heightMm) <= PAPER_TOLERANCE_MM
      )
        return;
      report({
        messageId: "paper",
        paragraph: null,
        data: { width: section.pageWidthMm.toFixed(0), height: section.pageHeightMm.toFixed(0) },
        fix: { kind: "page", section: index, set: { a4: true } },
      });
    });
  },
  examples: {
    valid: [{ name: "A4", snapshot: sample("nha-nuoc").snapshot, findings: [] }],
    invalid: [
      {
        name: "US Letter",
        snapshot: sample("nha-nuoc", {}, { pageWidthMm: 215.9, pageHeightMm: 279.4 }).snapshot,
        findings: [null],
      },
    ],
  },
};

const orientation: Rule = {
  meta: {
    id: "page/orientation",
    category: "page",
    severity: "error",
    source: "[PL1 I.2][RULEBOOK D23]",
    description: {
      vi: "Trang đầu khổ đứng; khổ ngang chỉ cho phần có bảng rộng",
      en: "Portrait first section; landscape only for wide tables",
    },
    messages: {
      landscape: {
        vi: "Văn bản bắt đầu bằng trang khổ ngang; trình bày theo chiều dài khổ A4",
        en: "The document starts in landscape; use A4 portrait",
      },
    },
  },
  check({ snapshot }, report) {
    // D23: later sections may turn landscape for a wide table; the first page may not, unless the first section is
    // itself a wide table (a biểu mẫu, a report form) [REAL].
    if (snapshot.sections[0]?.orientation !== "landscape") return;
    const wide = snapshot.paragraphs.some(
      (p) => p.section === 0 && p.cell !== null && p.cell.column >= WIDE_TABLE_COLUMNS - 1
    );
    if (wide) return;
    report({ messageId: "landscape", paragraph: null });
  },
  examples: {
    valid: [{ name: "portrait", snapshot: sample("dang-2018").snapshot, findings: [] }],
    invalid: [
      {
        name: "landscape first section",
        profile: "dang-2018",
        snapshot: sample(
          "dang-2018",
          {},
          { orientation: "landscape", pageWidthMm: 297, pageHeightMm: 210 }
        ).snapshot,
        findings: [null],
      },
    ],
  },
};

/** A table this many columns wide needs the page turned (a biểu mẫu with columns (1)…(12)). */
const WIDE_TABLE_COLUMNS = 6;

const SIDES = ["top", "bottom", "left", "right"] as const;
const SIDE_NAMES = { top: "trên", bottom: "dưới", left: "trái", right: "phải" } as const;
type Side = (typeof SIDES)[number];
/** The portrait side whose range a landscape side takes: the binding (left) edge turns to the top. */
const TURNED: Readonly<Record<Side, Side>> = {
  top: "left",
  bottom: "right",
  left: "top",
  right: "bottom",
};

/** "1–26" or "2, 5, 7–9": sections counted from 1. */
function sectionList(sections: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < sections.length; i++) {
    const start = sections[i] as number;
    let end = start;
    while (sections[i + 1] === end + 1) end = sections[++i] as number;
    ranges.push(end > start ? `${start + 1}–${end + 1}` : `${start + 1}`);
  }
  return ranges.join(", ");
}

const margins: Rule = {
  meta: {
    id: "page/margins",
    category: "page",
    severity: "error",
    source: "[PL1 I.3][LE][RULEBOOK D1]",
    fix: "safe",
    description: {
      vi: "Lề trên 20–25, dưới 20–25, trái 30–35, phải 15–20 mm",
      en: "Margins: top 20–25, bottom 20–25, left 30–35, right 15–20 mm",
    },
    messages: {
      margin: {
        vi: "Lề {side} {actual} mm{where}, quy định {min}–{max} mm",
        en: "The {sideEn} margin is {actual} mm{whereEn}; the rule is {min}–{max} mm",
      },
      landscape: {
        vi: "Lề {side} {actual} mm ở trang khổ ngang{where}; xoay theo lề khổ đứng, quy định {min}–{max} mm",
        en: "The {sideEn} margin of a landscape page is {actual} mm{whereEn}; turned from portrait, the rule is {min}–{max} mm",
      },
    },
  },
  check({ snapshot, profile }, report) {
    const { accept, generate } = profile.page.margins;
    // One habit, one finding: sections with the same wrong margin are one finding that names them [REAL: a
    // converted file with 26 sections]. A landscape section (D23) is judged turned a quarter: its top edge is the
    // portrait left (binding) edge; that reading is ours, so it warns.
    const groups = new Map<
      string,
      { side: Side; actual: string; sections: number[]; landscape: boolean }
    >();
    snapshot.sections.forEach((section, index) => {
      const landscape = section.orientation === "landscape";
      for (const side of SIDES) {
        const [min, max] = accept[landscape ? TURNED[side] : side];
        const actual = section.margins[side];
        if (actual >= min - MARGIN_TOLERANCE_MM && actual <= max + MARGIN_TOLERANCE_MM) continue;
        const shown = actual.toFixed(1).replace(/\.0$/, "");
        const key = `${side} ${shown} ${landscape}`;
        const group = groups.get(key) ?? { side, actual: shown, sections: [], landscape };
        group.sections.push(index);
        groups.set(key, group);
      }
    });
    for (const { side, actual, sections, landscape } of groups.values()) {
      const rule = landscape ? TURNED[side] : side;
      const [min, max] = accept[rule];
      const only = snapshot.sections.length === 1;
      const count = sections.length === 1 ? "phần" : `${sections.length} phần`;
      report({
        messageId: landscape ? "landscape" : "margin",
        paragraph: null,
        ...(landscape ? { severity: "warning" as const } : {}),
        data: {
          side: SIDE_NAMES[side],
          sideEn: side,
          actual,
          min,
          max,
          where: only ? "" : ` (${count} ${sectionList(sections)})`,
          whereEn: only
            ? ""
            : ` (section${sections.length === 1 ? "" : "s"} ${sectionList(sections)})`,
        },
        // A page fix sets one section; a margin shared by several is fixed section by section in Word.
        ...(sections.length === 1
          ? {
              fix: {
                kind: "page" as const,
                section: sections[0] as number,
                set: { marginsMm: { [side]: generate[rule] } },
              },
            }
          : {}),
      });
    }
  },
  examples: {
    valid: [
      { name: "20/20/30/15", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "25/25/35/20, the range's top",
        snapshot: sample("nha-nuoc", {}, { margins: { top: 25, bottom: 25, left: 35, right: 20 } })
          .snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Word's 1 inch left margin",
        snapshot: sample("nha-nuoc", {}, { margins: { left: 25.4 } }).snapshot,
        findings: [null],
      },
      {
        name: "right margin 25 mm",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {}, { margins: { right: 25 } }).snapshot,
        findings: [null],
      },
    ],
  },
};

/**
 * The sample State document with its first section's page numbers and "different first page" set, and odd and even
 * pages told apart when `evenAndOddPages`.
 */
function numbered(
  pageNumbers: readonly PageNumberSnapshot[],
  titlePage = true,
  evenAndOddPages = false
): Snapshot {
  const { snapshot } = sample("nha-nuoc");
  const [first, ...rest] = snapshot.sections;
  return first
    ? {
        ...snapshot,
        sections: [
          { ...first, titlePage, pageNumbers, ...(evenAndOddPages ? { evenAndOddPages } : {}) },
          ...rest,
        ],
      }
    : snapshot;
}

// Where the number prints, whether set by alignment, by a tab stop or by the header's text box that holds it.
const ALIGN_WORDS: Readonly<Record<string, { vi: string; en: string }>> = {
  left: { vi: "lệch về bên trái", en: "off to the left" },
  right: { vi: "lệch về bên phải", en: "off to the right" },
  both: { vi: "căn đều (in ở bên trái)", en: "justified (printed at the left)" },
};

const pageNumbers: Rule = {
  meta: {
    id: "page/numbers",
    category: "page",
    severity: "warning",
    source: "[PL1 I.7][HD05]",
    description: {
      vi: "Số trang ở đầu trang, chính giữa, không hiện ở trang thứ nhất",
      en: "Page numbers at the top centre, not shown on page 1",
    },
    messages: {
      footer: {
        vi: "Số trang đặt ở chân trang; quy định đặt ở đầu trang, chính giữa",
        en: "The page number is in the footer; the rule puts it at the top centre",
      },
      align: {
        vi: "Số trang đang {align}{pages}; quy định đặt chính giữa đầu trang",
        en: "The page number is {alignEn}{pagesEn}; the rule centres it at the top",
      },
      evenMissing: {
        vi: "Trang chẵn không có số trang: văn bản đặt đầu trang chẵn, lẻ khác nhau nhưng đầu trang chẵn không đánh số",
        en: "Even pages have no page number: the document has separate odd and even headers, and the even one has none",
      },
      firstPage: {
        vi: "Số trang hiện ở trang thứ nhất; quy định không hiện (chọn “Trang đầu khác” — Different First Page)",
        en: "The page number shows on page 1; the rule hides it (choose Different First Page)",
      },
    },
  },
  // Conventions §3.14: a number on page 1, off-centre or outside the header is a warning.
  check({ snapshot }, report) {
    const sections = snapshot.sections;
    if (sections.some((section) => section.pageNumbers === undefined))
      return notFound({
        vi: "không đọc được đầu trang, chân trang của văn bản (trong phần bổ trợ, Word không gửi kèm chúng cùng nội dung): kiểm tra số trang bằng lệnh thethuc check trên tệp",
        en: "the document's headers and footers could not be read (in the add-in, Word does not hand them over with the body): check the page numbers with thethuc check on the file",
      });
    // The reader lists even-page headers only when the settings show them (w:evenAndOddHeaders).
    const all = sections.flatMap((section) => section.pageNumbers ?? []);
    if (all.length === 0)
      return notFound({
        vi: "văn bản không đánh số trang",
        en: "the document has no page numbers",
      });
    if (all.some((number) => number.place === "footer"))
      report({ messageId: "footer", paragraph: null });
    const offCentre = all.find(
      (number) => number.place === "header" && number.align !== null && number.align !== "center"
    );
    if (offCentre?.align)
      report({
        messageId: "align",
        paragraph: null,
        data: {
          align: ALIGN_WORDS[offCentre.align]?.vi ?? offCentre.align,
          alignEn: ALIGN_WORDS[offCentre.align]?.en ?? offCentre.align,
          pages: offCentre.pages === "even" ? " ở trang chẵn" : "",
          pagesEn: offCentre.pages === "even" ? " on even pages" : "",
        },
      });
    // With odd and even pages apart, a section numbered on its odd pages shows no number on its even ones when it
    // has (or inherits) no even header with a number.
    const evenBare = sections.some(
      (section) =>
        section.evenAndOddPages === true &&
        (section.pageNumbers ?? []).some((n) => n.pages === "default") &&
        !(section.pageNumbers ?? []).some((n) => n.pages === "even")
    );
    if (evenBare) report({ messageId: "evenMissing", paragraph: null });
    const first = sections[0];
    const onPageOne = first
      ? (first.pageNumbers ?? []).some((number) =>
          first.titlePage ? number.pages === "first" : number.pages === "default"
        )
      : false;
    if (onPageOne) report({ messageId: "firstPage", paragraph: null });
  },
  examples: {
    valid: [
      {
        name: "centred in the header, hidden on page 1",
        snapshot: numbered([{ place: "header", pages: "default", align: "center" }]),
        findings: [],
      },
      {
        name: "odd and even pages apart, both centred",
        snapshot: numbered(
          [
            { place: "header", pages: "default", align: "center" },
            { place: "header", pages: "even", align: "center" },
          ],
          true,
          true
        ),
        findings: [],
      },
    ],
    invalid: [
      {
        name: "in the footer",
        snapshot: numbered([{ place: "footer", pages: "default", align: "center" }]),
        findings: [null],
      },
      {
        name: "right-aligned in the header",
        snapshot: numbered([{ place: "header", pages: "default", align: "right" }]),
        findings: [null],
      },
      {
        name: "right-aligned in the even-page header, odd and even pages apart",
        snapshot: numbered(
          [
            { place: "header", pages: "default", align: "center" },
            { place: "header", pages: "even", align: "right" },
          ],
          true,
          true
        ),
        findings: [null],
      },
      {
        name: "odd and even pages apart, the even-page header without a number",
        snapshot: numbered([{ place: "header", pages: "default", align: "center" }], true, true),
        findings: [null],
      },
      {
        name: "shown on page 1 (no different first page)",
        snapshot: numbered([{ place: "header", pages: "default", align: "center" }], false),
        findings: [null],
      },
    ],
  },
};

export const pageRules: readonly Rule[] = [paperSize, orientation, margins, pageNumbers];
