// Unicode hygiene: text in NFC (H01), and legacy TCVN3/VNI text shown through a Unicode font (H03, H04) [PL1 I.4].

import { nfc as composed } from "../../text/normalize";
import type { ParagraphSnapshot } from "../../ooxml/snapshot";
import { encodeTcvn3, encodeVni } from "../../text/legacy-encodings";
import { CENSUS_LEGACY, CENSUS_UNCOMMON } from "../../text/census";
import { detectLegacyText } from "../../text/legacy-text";
import { paragraphCensus } from "../lines";
import { isBlank } from "../../text/white-space";
import { sample } from "../samples";
import { type Stretch, stretchAt, stretchesOf } from "../stretches";
import type { Report, Rule } from "../types";
import { LEGACY_FONT } from "./font";

const COMBINING = /\p{M}/u;
/**
 * Every combining mark lies outside ASCII and Latin (to U+02FF), the Vietnamese letters (U+1E00–U+1EFF) and general
 * punctuation (U+2000–U+206F): most paragraphs hold nothing else (CENSUS_UNCOMMON says so, from the paragraph's census).
 */
// eslint-disable-next-line no-control-regex -- a range from U+0000
export const MAYBE_COMBINING = /[^\u0000-\u02ff\u1e00-\u1eff\u2000-\u206f]/;

/** Clusters share one fix while it stays this short: Word's search finds at most 255 characters. */
const MAX_FIX = 200;

const WORD_CHAR = /[\p{L}\p{M}]/u;

/** The cluster widened to whole words inside `stretch`, so the finding and its preview show words. */
function widened(text: string, cluster: Cluster, stretch: Stretch | undefined): Cluster {
  const low = stretch?.start ?? 0;
  const high = stretch?.end ?? text.length;
  let { start, end } = cluster;
  while (start > low && WORD_CHAR.test(text.charAt(start - 1))) start--;
  while (end < high && WORD_CHAR.test(text.charAt(end))) end++;
  return { start, end, marks: cluster.marks };
}

interface Cluster {
  readonly start: number;
  readonly end: number;
  readonly marks: number;
}

/** Base letters with their combining marks, where NFC would change the text. */
function decomposedClusters(text: string): Cluster[] {
  const clusters: Cluster[] = [];
  let i = 0;
  while (i < text.length) {
    if (!COMBINING.test(text.charAt(i))) {
      i++;
      continue;
    }
    const start = Math.max(0, i - 1);
    let end = i;
    while (end < text.length && COMBINING.test(text.charAt(end))) end++;
    const piece = text.slice(start, end);
    if (piece !== composed(piece)) clusters.push({ start, end, marks: end - i });
    i = end;
  }
  return clusters;
}

/** Groups of nearby clusters inside one formatting stretch: each becomes one finding and one fix. */
function groupsOf(paragraph: ParagraphSnapshot): Cluster[] {
  const stretches = stretchesOf(paragraph);
  const groups: Cluster[] = [];
  let groupStretch: Stretch | undefined;
  for (const found of decomposedClusters(paragraph.text)) {
    const stretch = stretchAt(stretches, found.start);
    const cluster =
      found.end <= (stretch?.end ?? 0) ? widened(paragraph.text, found, stretch) : found;
    const last = groups[groups.length - 1];
    if (
      last &&
      stretch === groupStretch &&
      stretch !== undefined &&
      cluster.end <= stretch.end &&
      cluster.end - last.start <= MAX_FIX
    ) {
      groups[groups.length - 1] = {
        start: last.start,
        end: cluster.end,
        marks: last.marks + cluster.marks,
      };
    } else {
      groups.push(cluster);
      groupStretch = stretch;
    }
  }
  return groups;
}

const nfc: Rule = {
  meta: {
    id: "unicode/nfc",
    category: "unicode",
    severity: "error",
    source: "[PL1 I.4][REAL]",
    fix: "text",
    description: {
      vi: "Chữ Việt ở dạng dựng sẵn (Unicode NFC, TCVN 6909:2001), không tách dấu thành ký tự tổ hợp",
      en: "Vietnamese text precomposed (Unicode NFC), no separate combining marks",
    },
    messages: {
      decomposed: {
        vi: "{count} dấu tổ hợp rời (Unicode dựng tách) trong “{word}”; chuyển sang dạng dựng sẵn NFC",
        en: "{count} separate combining marks (decomposed Unicode) in “{word}”; convert to precomposed NFC",
      },
    },
  },
  check({ snapshot }, report) {
    for (const paragraph of snapshot.paragraphs) {
      // MAYBE_COMBINING, read from the census.
      const census = paragraphCensus(paragraph);
      if ((census & CENSUS_UNCOMMON) === 0 || !COMBINING.test(paragraph.text)) continue;
      for (const group of groupsOf(paragraph)) {
        const original = paragraph.text.slice(group.start, group.end);
        report({
          messageId: "decomposed",
          paragraph: paragraph.index,
          start: group.start,
          end: group.end,
          data: { count: group.marks, word: composed(original) },
          fix: {
            kind: "text",
            paragraph: paragraph.index,
            start: group.start,
            end: group.end,
            replacement: composed(original),
          },
        });
      }
    }
  },
  examples: {
    valid: [{ name: "precomposed text", snapshot: sample("nha-nuoc").snapshot, findings: [] }],
    invalid: [
      {
        name: "decomposed “Triển khai” (Triê + U+0309)",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Triển khai thực hiện kể từ ngày ký.".normalize("NFD") },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
    ],
  },
};

const mojibake: Rule = {
  meta: {
    id: "unicode/mojibake",
    category: "unicode",
    severity: "error",
    source: "[PL1 I.4]",
    fix: "text",
    description: {
      vi: "Không còn chữ gõ bằng bảng mã TCVN3 hay VNI hiển thị qua phông Unicode (“Uû ban nh©n d©n”)",
      en: "No TCVN3 or VNI text shown through a Unicode font (“Uû ban nh©n d©n”)",
    },
    messages: {
      mojibake: {
        vi: "Chữ gõ bằng bảng mã {encoding} hiển thị sai qua phông Unicode: “{text}” → “{decoded}”",
        en: "Text typed in {encoding} shown through a Unicode font: “{text}” → “{decoded}”",
      },
    },
  },
  check({ snapshot }, report) {
    for (const paragraph of snapshot.paragraphs) {
      // Nearly every paragraph holds no legacy code at all (mayHoldLegacyText, read from the census): its stretches
      // are not cut out.
      if ((paragraphCensus(paragraph) & CENSUS_LEGACY) === 0) continue;
      const stretches = stretchesOf(paragraph).filter(
        (s) => !LEGACY_FONT.test(s.run.fonts.hAnsi) && !isBlank(s.run.text)
      );
      // One stretch (nearly every paragraph) is read in place: joining it would copy the paragraph's text.
      const text =
        stretches.length === 1
          ? paragraph.text.slice(stretches[0]?.start, stretches[0]?.end)
          : stretches.map((s) => paragraph.text.slice(s.start, s.end)).join(" ");
      const legacy = detectLegacyText(text);
      if (!legacy) continue;
      for (const stretch of stretches) {
        const original = paragraph.text.slice(stretch.start, stretch.end);
        const decoded = legacy.decode(original);
        if (decoded === original) continue;
        const shown: Report = {
          messageId: "mojibake",
          paragraph: paragraph.index,
          start: stretch.start,
          end: stretch.end,
          data: { encoding: legacy.encoding, text: original.trim(), decoded: decoded.trim() },
          fix: {
            kind: "text",
            paragraph: paragraph.index,
            start: stretch.start,
            end: stretch.end,
            replacement: decoded,
          },
        };
        report(shown);
      }
    }
  },
  examples: {
    valid: [
      { name: "Unicode text", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "ordinary © and ® and a foreign name",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Phần mềm Word® © 2024 của hãng, theo ý kiến ông Müller, có hiệu lực kể từ ngày ký.",
          },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "TCVN3 issuer in Times New Roman",
        snapshot: sample("nha-nuoc", { article2: { text: "Uû ban nh©n d©n tØnh Lµo Cai" } })
          .snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: "TCVN3 body (encoded)",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: encodeTcvn3("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc."),
          },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article1 ?? -1],
      },
      {
        name: "VNI quốc hiệu",
        snapshot: sample("nha-nuoc", {
          article3: { text: encodeVni("Cộng hòa xã hội chủ nghĩa Việt Nam") },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article3 ?? -1],
      },
    ],
  },
};

export const unicodeRules: readonly Rule[] = [nfc, mojibake];
