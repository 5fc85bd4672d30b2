// Fonts: Times New Roman in every slot, black, no legacy Vietnamese fonts [PL1 I.4][H36-PL3].

import type { RunSnapshot } from "../../ooxml/snapshot";
import { sample } from "../samples";
import type { Rule } from "../types";
import { isDraftLine } from "../components";
import { isBlank } from "../../text/white-space";

/** TCVN3 (.VnTime, .VnArial…) and VNI (VNI-Times…) fonts: text typed in them is not Unicode [ENC]. */
export const LEGACY_FONT = /^(?:\.Vn|VNI[-\s]|VNI$|VN-)/i;

/**
 * Fonts whose glyphs are not letters (Wingdings ✓, Symbol ∑) or that hold signs Times New Roman lacks: their runs are
 * never reported nor changed, for in Times New Roman the same codes show other signs or empty boxes.
 */
export const SYMBOL_FONT =
  /^(?:Symbol|Wingdings(?: [23])?|Webdings|Marlett|MT Extra|Zapf ?Dingbats|Segoe (?:UI )?(?:Symbol|Emoji)|Cambria Math|(?:Apple|Noto) Color Emoji|Noto Emoji)$/i;

/** Characters of the Private Use Area, where Word puts the codes of symbol fonts. */
const PRIVATE_USE = /[-]/u;

function isSymbolRun(run: RunSnapshot): boolean {
  return (
    SYMBOL_FONT.test(run.fonts.hAnsi.trim()) ||
    SYMBOL_FONT.test(run.fonts.ascii.trim()) ||
    PRIVATE_USE.test(run.text)
  );
}

/** "Times New Roman Italic" and the like name a face of Times New Roman, which Word resolves to the family. */
function isFamily(font: string, wanted: string): boolean {
  return font === wanted || font.startsWith(`${wanted} `);
}

function hasText(run: RunSnapshot): boolean {
  return !isBlank(run.text);
}

/** The run's first legacy font, in the order Object.values gives its fonts, or null. */
function legacyFontOf(run: RunSnapshot): string | null {
  const fonts = run.fonts as unknown as Readonly<Record<string, string>>;
  for (const key in fonts) {
    const font = fonts[key] as string;
    if (LEGACY_FONT.test(font)) return font;
  }
  return null;
}

const family: Rule = {
  meta: {
    id: "font/family",
    category: "font",
    severity: "error",
    source: "[PL1 I.4][H36-PL3]",
    fix: "safe",
    description: {
      vi: "Phông chữ Times New Roman ở cả bốn ô phông (ascii, hAnsi, eastAsia, cs)",
      en: "Times New Roman in all four font slots",
    },
    messages: {
      family: {
        vi: "Phông chữ “{font}”, quy định Times New Roman",
        en: "Font “{font}”; the rule is Times New Roman",
      },
      slot: {
        vi: "Ô phông {slot} là “{font}” ở {count} đoạn (chữ Việt có dấu dùng ô hAnsi); nên đặt Times New Roman cho cả bốn ô",
        en: "The {slot} font slot is “{font}” in {count} paragraphs; set Times New Roman in all four slots",
      },
    },
  },
  check({ snapshot, profile }, report) {
    const wanted = profile.page.font.name;
    const hidden = { paragraph: -1, slot: "eastAsia", font: "", count: 0 };
    for (const paragraph of snapshot.paragraphs) {
      // Loops over the runs, not filter and find: no array and no callbacks made for each paragraph.
      // Legacy fonts have their own rule; one finding per paragraph is enough to point at it.
      let visible: RunSnapshot | undefined;
      for (const run of paragraph.runs)
        if (
          hasText(run) &&
          (!isFamily(run.fonts.hAnsi, wanted) || !isFamily(run.fonts.ascii, wanted)) &&
          !LEGACY_FONT.test(run.fonts.hAnsi) &&
          !isSymbolRun(run)
        ) {
          visible = run;
          break;
        }
      if (visible) {
        const font = isFamily(visible.fonts.hAnsi, wanted)
          ? visible.fonts.ascii
          : visible.fonts.hAnsi;
        // The fix sets the font of the whole paragraph: offered only when that changes no run it must not touch
        // (legacy-font text converts with its own fix; symbol fonts never change).
        const untouchable = paragraph.runs.some(
          (run) => hasText(run) && (LEGACY_FONT.test(run.fonts.hAnsi) || isSymbolRun(run))
        );
        report({
          messageId: "family",
          paragraph: paragraph.index,
          data: { font },
          ...(untouchable
            ? {}
            : { fix: { kind: "format", paragraph: paragraph.index, set: { font: wanted } } }),
        });
        continue;
      }
      // The East Asian and complex-script slots rarely show in Vietnamese text: one note for the whole document.
      let other: RunSnapshot | undefined;
      for (const run of paragraph.runs)
        if (
          hasText(run) &&
          (!isFamily(run.fonts.eastAsia, wanted) || !isFamily(run.fonts.cs, wanted))
        ) {
          other = run;
          break;
        }
      if (other) {
        const slot = isFamily(other.fonts.eastAsia, wanted) ? "cs" : "eastAsia";
        if (hidden.count === 0)
          Object.assign(hidden, { paragraph: paragraph.index, slot, font: other.fonts[slot] });
        hidden.count++;
      }
    }
    if (hidden.count > 0) {
      report({
        messageId: "slot",
        paragraph: hidden.paragraph,
        severity: "info",
        data: { slot: hidden.slot, font: hidden.font, count: hidden.count },
      });
    }
  },
  examples: {
    valid: [
      { name: "Times New Roman everywhere", snapshot: sample("dang-2018").snapshot, findings: [] },
    ],
    invalid: [
      {
        name: "Arial body paragraph",
        snapshot: sample("nha-nuoc", { article1: { font: "Arial" } }).snapshot,
        findings: [sample("nha-nuoc").at.article1 ?? -1],
      },
      {
        name: "Calibri only in the hAnsi slot",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { opening: { hAnsi: "Calibri" } }).snapshot,
        findings: [sample("dang-2018").at.opening ?? -1],
      },
    ],
  },
};

/** Every channel at most 0x40: a dark grey that prints as black. */
function nearBlack(color: string): boolean {
  return (
    /^[0-9A-F]{6}$/i.test(color) &&
    [0, 2, 4].every((i) => Number.parseInt(color.slice(i, i + 2), 16) <= 0x40)
  );
}

const color: Rule = {
  meta: {
    id: "font/color",
    category: "font",
    severity: "error",
    source: "[PL1 I.4][H36-PL3]",
    fix: "safe",
    description: { vi: "Chữ màu đen", en: "Black text" },
    messages: {
      color: {
        vi: "Chữ màu #{color}, quy định màu đen",
        en: "Text is coloured #{color}; the rule is black",
      },
    },
  },
  check({ snapshot }, report) {
    for (const paragraph of snapshot.paragraphs) {
      const coloured = paragraph.runs.find(
        (run) => hasText(run) && run.color !== "auto" && run.color.toUpperCase() !== "000000"
      );
      // A red "(DỰ THẢO)" stamp is the drafter's marker, taken off before the document is issued [REAL]. Asked only
      // of a coloured paragraph: normalising every paragraph's text for it was a hot spot of the check.
      if (coloured && !isDraftLine(paragraph.text))
        report({
          messageId: "color",
          // A near-black such as #1F1F1F prints as black: worth a note, not an error.
          ...(nearBlack(coloured.color) ? { severity: "info" as const } : {}),
          paragraph: paragraph.index,
          data: { color: coloured.color },
          fix: { kind: "format", paragraph: paragraph.index, set: { color: "000000" } },
        });
    }
  },
  examples: {
    valid: [{ name: "black and automatic", snapshot: sample("nha-nuoc").snapshot, findings: [] }],
    invalid: [
      {
        name: "red summary",
        snapshot: sample("nha-nuoc", { summary: { color: "FF0000" } }).snapshot,
        findings: [sample("nha-nuoc").at.summary ?? -1],
      },
    ],
  },
};

const legacy: Rule = {
  meta: {
    id: "font/legacy",
    category: "font",
    severity: "error",
    source: "[PL1 I.4][H36-PL3]",
    description: {
      vi: "Không dùng phông TCVN3 (.VnTime…) hay VNI; chữ phải là Unicode",
      en: "No TCVN3 (.VnTime…) or VNI fonts; text must be Unicode",
    },
    messages: {
      legacy: {
        vi: "Phông cũ “{font}” (bảng mã TCVN3/VNI, không phải Unicode TCVN 6909:2001)",
        en: "Legacy font “{font}” (TCVN3/VNI encoding, not Unicode)",
      },
    },
  },
  check({ snapshot }, report) {
    for (const paragraph of snapshot.paragraphs) {
      // The first run with text in a legacy font; loops and no array of its fonts: this reads every run.
      let font: string | null = null;
      for (const run of paragraph.runs) {
        if (!hasText(run)) continue;
        font = legacyFontOf(run);
        if (font !== null) break;
      }
      if (font !== null)
        report({ messageId: "legacy", paragraph: paragraph.index, data: { font } });
    }
  },
  examples: {
    valid: [
      {
        name: "Unicode fonts",
        snapshot: sample("dang-2026").snapshot,
        profile: "dang-2026",
        findings: [],
      },
    ],
    invalid: [
      {
        name: ".VnTime body",
        snapshot: sample("nha-nuoc", { article2: { font: ".VnTime" } }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: "VNI-Times issuer",
        snapshot: sample("nha-nuoc", { issuer: { font: "VNI-Times" } }).snapshot,
        findings: [sample("nha-nuoc").at.issuer ?? -1],
      },
    ],
  },
};

export const fontRules: readonly Rule[] = [family, color, legacy];
