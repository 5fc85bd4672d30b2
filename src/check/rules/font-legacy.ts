// Converting text typed in TCVN3 (.VnTime…) or VNI (VNI-Times…) fonts to Unicode and Times New Roman [PL1 I.4].

import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from "../../text/legacy-encodings";
import { sample } from "../samples";
import { stretchesOf } from "../stretches";
import type { Rule } from "../types";
import { LEGACY_FONT } from "./font";
import type { ParagraphSnapshot } from "../../ooxml/snapshot";
import { isBlank } from "../../text/white-space";

/** True when a run with text is set in a legacy font: otherwise no stretch of the paragraph is (a stretch's font is
 * its first run's, and every run of a stretch has it). */
function hasLegacyRun(paragraph: ParagraphSnapshot): boolean {
  for (const run of paragraph.runs)
    if (run.text !== "" && LEGACY_FONT.test(run.fonts.hAnsi)) return true;
  return false;
}

/** The text as Unicode, decoded by the legacy font it is set in. */
function decodeIn(font: string, text: string): string {
  return /^VNI/i.test(font) ? decodeVni(text) : decodeTcvn3(text, font);
}

const legacyConvert: Rule = {
  meta: {
    id: "font/legacy-convert",
    category: "font",
    severity: "error",
    source: "[PL1 I.4]",
    fix: "text",
    description: {
      vi: "Chuyển chữ gõ bằng phông TCVN3/VNI sang Unicode và phông Times New Roman",
      en: "Convert text typed in TCVN3/VNI fonts to Unicode and Times New Roman",
    },
    messages: {
      convert: {
        vi: "Chữ ở phông “{font}” đọc là “{decoded}”; chuyển sang Unicode và phông {wanted}",
        en: "Text in “{font}” reads “{decoded}”; convert it to Unicode in {wanted}",
      },
      font: {
        vi: "Đoạn có phông “{font}” (bảng mã cũ); phông {wanted} được đặt cùng lúc với việc chuyển mã từng phần chữ",
        en: "The paragraph has “{font}” (a legacy encoding); {wanted} is set together with the conversion of each stretch",
      },
    },
  },
  check({ snapshot, profile }, report) {
    const wanted = profile.page.font.name;
    for (const paragraph of snapshot.paragraphs) {
      // Nearly every paragraph has no legacy font: its stretches are not cut out.
      if (!hasLegacyRun(paragraph)) continue;
      const legacy = stretchesOf(paragraph).filter(
        (s) => LEGACY_FONT.test(s.run.fonts.hAnsi) && !isBlank(s.run.text)
      );
      const first = legacy[0];
      if (!first) continue;
      for (const stretch of legacy) {
        const original = paragraph.text.slice(stretch.start, stretch.end);
        const decoded = decodeIn(stretch.run.fonts.hAnsi, original);
        if (decoded === original) continue;
        report({
          messageId: "convert",
          paragraph: paragraph.index,
          start: stretch.start,
          end: stretch.end,
          data: { font: stretch.run.fonts.hAnsi, decoded: decoded.trim(), wanted },
          fix: {
            kind: "text",
            paragraph: paragraph.index,
            start: stretch.start,
            end: stretch.end,
            replacement: decoded,
            // One fix: a font change alone would show the legacy codes ("®¶ng") and a conversion alone would show
            // Unicode through a legacy font; fixing all the safe findings must never do half of it.
            font: wanted,
          },
        });
      }
      // The paragraph's font, named once; no fix of its own: a font change without the conversion garbles the text.
      report({
        messageId: "font",
        paragraph: paragraph.index,
        data: { wanted, font: first.run.fonts.hAnsi },
      });
    }
  },
  examples: {
    valid: [{ name: "Unicode fonts", snapshot: sample("nha-nuoc").snapshot, findings: [] }],
    invalid: [
      {
        name: ".VnTime article",
        snapshot: sample("nha-nuoc", {
          article2: {
            font: ".VnTime",
            text: encodeTcvn3("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
          },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: ".VnTimeH issuer",
        snapshot: sample("nha-nuoc", {
          issuer: {
            font: ".VnTimeH",
            text: encodeTcvn3("Sở Nông nghiệp và Môi trường", ".VnTimeH"),
          },
        }).snapshot,
        findings: [sample("nha-nuoc").at.issuer ?? -1],
      },
      {
        name: "VNI-Times summary",
        snapshot: sample("nha-nuoc", {
          summary: {
            font: "VNI-Times",
            text: encodeVni("Về việc ban hành Quy chế làm việc của Sở"),
          },
        }).snapshot,
        findings: [sample("nha-nuoc").at.summary ?? -1],
      },
    ],
  },
};

export const fontLegacyRules: readonly Rule[] = [legacyConvert];
