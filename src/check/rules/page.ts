// Page setup: paper, orientation and margins of every section [PL1 I.1–I.3].

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
    // D23: later sections may turn landscape for a wide table; the first page may not.
    if (snapshot.sections[0]?.orientation === "landscape")
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

const SIDES = ["top", "bottom", "left", "right"] as const;
const SIDE_NAMES = { top: "trên", bottom: "dưới", left: "trái", right: "phải" } as const;

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
        vi: "Lề {side} {actual} mm, quy định {min}–{max} mm",
        en: "The {sideEn} margin is {actual} mm; the rule is {min}–{max} mm",
      },
    },
  },
  check({ snapshot, profile }, report) {
    const { accept, generate } = profile.page.margins;
    snapshot.sections.forEach((section, index) => {
      for (const side of SIDES) {
        const [min, max] = accept[side];
        const actual = section.margins[side];
        if (actual >= min - MARGIN_TOLERANCE_MM && actual <= max + MARGIN_TOLERANCE_MM) continue;
        report({
          messageId: "margin",
          paragraph: null,
          data: {
            side: SIDE_NAMES[side],
            sideEn: side,
            actual: actual.toFixed(1).replace(/\.0$/, ""),
            min,
            max,
          },
          fix: { kind: "page", section: index, set: { marginsMm: { [side]: generate[side] } } },
        });
      }
    });
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

export const pageRules: readonly Rule[] = [paperSize, orientation, margins];
