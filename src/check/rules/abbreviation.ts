// Short forms defined in the text — "(viết tắt là Quyết định 218)", "khu công nghiệp (KCN)": defined once, before use, then used (conventions §4).

import { mapText, type TextSpan } from "../../citations";
import {
  comesBefore,
  documentReferences,
  type PlacedDefinition,
  type PlacedMention,
} from "../references";
import { sample } from "../samples";
import type { CheckContext, Rule } from "../types";

const at = (profile: "dang-2018" | "nha-nuoc", name: string): number =>
  sample(profile).at[name] ?? -1;

/** Definitions grouped by the short form they define, in order. */
function byShort(context: CheckContext): PlacedDefinition[][] {
  const groups = new Map<string, PlacedDefinition[]>();
  for (const entry of documentReferences(context.snapshot, context.components).definitions) {
    const key = mapText(entry.definition.short).text;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()];
}

/** The first mention before the definition (a loop: a closure made per check loses its optimised code). */
function firstBefore(
  mentions: readonly PlacedMention[],
  definedAt: { paragraph: number; span: TextSpan }
): PlacedMention | undefined {
  for (const mention of mentions) if (comesBefore(mention, definedAt)) return mention;
  return undefined;
}

const DEFINED_218 =
  "Tổng kết Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) ban hành Quy định về việc góp ý xây dựng Đảng (viết tắt là Quyết định 218).";

const beforeDefinition: Rule = {
  meta: {
    id: "abbreviation/before-definition",
    category: "abbreviation",
    severity: "warning",
    source: "[VT-OLD][PL1 II.6]",
    description: {
      vi: "Tên viết tắt chỉ dùng sau khi đã định nghĩa",
      en: "A short form is used only after its definition",
    },
    messages: {
      before: {
        vi: "“{short}” được dùng trước khi định nghĩa (đoạn {defined})",
        en: "“{short}” is used before its definition (paragraph {defined})",
      },
    },
  },
  check(context, report) {
    const scan = documentReferences(context.snapshot, context.components);
    for (const group of byShort(context)) {
      const first = group[0] as PlacedDefinition;
      // A lower-case term ("quản lý theo giấy phép") is a phrase that may well occur before it is named.
      if (!/^\p{Lu}/u.test(first.definition.short)) continue;
      const definedAt = { paragraph: first.paragraph, span: first.definition.span };
      const early = firstBefore(scan.mentions(first.definition.short), definedAt);
      if (!early) continue;
      report({
        messageId: "before",
        paragraph: early.paragraph,
        start: early.span.start,
        end: early.span.end,
        data: { short: first.definition.short, defined: first.paragraph + 1 },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "defined, then used",
        snapshot: sample("dang-2018", {
          paragraph1: { text: DEFINED_218 },
          paragraph2: { text: "Tiếp tục thực hiện Quyết định 218." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "used, then defined",
        snapshot: sample("dang-2018", {
          opening: { text: "Hội nghị đã tổng kết 10 năm thực hiện Quyết định 218." },
          paragraph1: { text: DEFINED_218 },
        }).snapshot,
        findings: [at("dang-2018", "opening")],
      },
    ],
  },
};

const definedTwice: Rule = {
  meta: {
    id: "abbreviation/defined-twice",
    category: "abbreviation",
    severity: "warning",
    source: "[VT-OLD]",
    description: {
      vi: "Mỗi tên viết tắt chỉ định nghĩa một lần",
      en: "Each short form is defined once",
    },
    messages: {
      twice: {
        vi: "“{short}” đã được định nghĩa ở đoạn {first}",
        en: "“{short}” was already defined in paragraph {first}",
      },
    },
  },
  check(context, report) {
    for (const group of byShort(context)) {
      const first = group[0] as PlacedDefinition;
      for (const again of group.slice(1))
        report({
          messageId: "twice",
          paragraph: again.paragraph,
          start: again.definition.span.start,
          end: again.definition.span.end,
          data: { short: again.definition.short, first: first.paragraph + 1 },
        });
    }
  },
  examples: {
    valid: [
      {
        name: "defined once",
        snapshot: sample("dang-2018", {
          paragraph1: { text: DEFINED_218 },
          paragraph2: { text: "Tiếp tục thực hiện Quyết định 218." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "defined in two paragraphs",
        snapshot: sample("dang-2018", {
          paragraph1: { text: DEFINED_218 },
          paragraph2: { text: DEFINED_218 },
        }).snapshot,
        findings: [at("dang-2018", "paragraph2")],
      },
    ],
  },
};

const unused: Rule = {
  meta: {
    id: "abbreviation/unused",
    category: "abbreviation",
    severity: "info",
    source: "[VT-OLD]",
    description: {
      vi: "Chỉ viết tắt những từ được dùng lại",
      en: "Define a short form only for a term used again",
    },
    messages: {
      unused: {
        vi: "“{short}” được định nghĩa nhưng không được dùng lại",
        en: "“{short}” is defined but never used",
      },
    },
  },
  check(context, report) {
    const scan = documentReferences(context.snapshot, context.components);
    for (const group of byShort(context)) {
      const first = group[0] as PlacedDefinition;
      const definedAt = { paragraph: first.paragraph, span: first.definition.span };
      if (scan.mentions(first.definition.short).some((m) => comesBefore(definedAt, m))) continue;
      report({
        messageId: "unused",
        paragraph: first.paragraph,
        start: first.definition.span.start,
        end: first.definition.span.end,
        data: { short: first.definition.short },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "an acronym defined and used",
        snapshot: sample("nha-nuoc", {
          article1: {
            text: "Điều 1. Rà soát quy hoạch các khu công nghiệp (KCN) trên địa bàn tỉnh.",
          },
          article2: { text: "Điều 2. Báo cáo kết quả rà soát các KCN." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "defined and never used",
        snapshot: sample("dang-2018", { paragraph1: { text: DEFINED_218 } }).snapshot,
        findings: [at("dang-2018", "paragraph1")],
      },
    ],
  },
};

export const abbreviationRules: readonly Rule[] = [beforeDefinition, definedTwice, unused];
