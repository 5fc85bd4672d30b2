// Body paragraphs and the section skeleton of a document type (ô 6, conventions §3.9–3.10).

import {
  type Profile,
  type ProfileId,
  PROFILES,
  type SkeletonField,
  type SkeletonItem,
  typeStructure,
} from "../conventions";
import { tidy, upper } from "../text/case";
import type { Block, BuildResult, ParagraphSpec, RunSpec } from "./block";
import { resolveType } from "./document-number";
import { type OutlineStyle, outlineLabel, roman } from "./outline";

/** A body paragraph: justified, first-line indent, spacing and line height of the profile (D19, D20, D7). */
export function bodyParagraph(
  profile: Profile,
  role: string,
  runs: readonly RunSpec[],
  extra: Partial<ParagraphSpec> = {}
): ParagraphSpec {
  const body = profile.drafting.body;
  return {
    kind: "paragraph",
    role,
    align: body.align,
    runs,
    spacing: {
      beforePt: 0,
      afterPt: body.afterPt,
      ...(body.line.rule === "exact"
        ? { lineExactPt: body.line.pt }
        : { lineMultiple: body.line.lines }),
    },
    indent: { firstLineMm: body.firstLineMm },
    ...extra,
  };
}

function run(
  profile: Profile,
  text: string,
  style: { bold?: boolean; italic?: boolean } = {}
): RunSpec {
  return { text, sizePt: profile.drafting.body.sizePt, ...style };
}

export interface SkeletonInput {
  readonly profile: ProfileId;
  readonly type: string;
  /** "dot": I. / 1. / a); "dash": the Party I- / 1- (D3). */
  readonly outline?: OutlineStyle;
  /** Who executes a quyết định, for its last article. */
  readonly executors?: string;
  /** Lines before the skeleton: the Party enacting formula or sentence, the "Thực hiện … như sau:" opening. */
  readonly opening?: readonly SkeletonItem[];
  /** The text of Điều 1, as the QĐ "ban hành / phê duyệt" form writes it (mẫu 1.3). */
  readonly firstArticle?: string;
  /** Values for the skeleton lines that name the issuer, the addressees, a meeting's chair or its secretary. */
  readonly fields?: Partial<Record<SkeletonField, string>>;
}

/** The skeleton with each field line's "…" replaced, in order, by the values given for its fields. */
function fillFields(
  items: readonly SkeletonItem[],
  fields: Partial<Record<SkeletonField, string>>
): SkeletonItem[] {
  return items.map((item) => {
    if (item.kind !== "text" || !item.fields) return item;
    // Each field takes the next "…" of the line; one left empty keeps its "…".
    const gaps = item.text.split("…");
    const text = gaps.reduce((done, part, i) => {
      if (i === 0) return part;
      const field = item.fields?.[i - 1];
      const value = field ? tidy(fields[field] ?? "") : "";
      return `${done}${value === "" ? "…" : value}${part}`;
    }, "");
    return { ...item, text };
  });
}

/** Paragraphs for a skeleton, numbered in order: Roman headings, Arabic under each, letters under those. */
export function skeletonParagraphs(
  profile: Profile,
  items: readonly SkeletonItem[],
  outline: OutlineStyle
): ParagraphSpec[] {
  const counters = [0, 0, 0];
  let article = 0;
  let chapter = 0;
  const paragraphs: ParagraphSpec[] = [];
  for (const item of items) {
    switch (item.kind) {
      case "text":
        paragraphs.push(bodyParagraph(profile, "body", [run(profile, item.text)]));
        break;
      case "heading": {
        const level = item.level;
        counters[level - 1] = (counters[level - 1] ?? 0) + 1;
        for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
        const label = outlineLabel(level, counters[level - 1] as number, outline);
        const title = level === 1 ? upper(item.title) : item.title;
        paragraphs.push(
          bodyParagraph(profile, `heading-${level}`, [
            run(profile, `${label} ${title}`, { bold: level < 3 }),
          ])
        );
        break;
      }
      case "enacting": {
        const enacting = profile.drafting.enacting;
        paragraphs.push({
          kind: "paragraph",
          role: "enacting",
          // A formula in capitals ("BỘ CHÍNH TRỊ QUYẾT ĐỊNH", QĐ 31-QĐ/TW) stands centred, like the State "QUYẾT ĐỊNH:".
          align: item.text === upper(item.text) ? "center" : enacting.align,
          runs: [{ text: item.text, sizePt: enacting.sizePt, bold: enacting.bold }],
          spacing: { beforePt: 6, afterPt: 6 },
        });
        break;
      }
      case "chapter": {
        chapter++;
        const format = { sizePt: profile.drafting.body.sizePt, bold: true };
        paragraphs.push({
          kind: "paragraph",
          role: "chapter",
          align: "center",
          runs: [{ text: `Chương ${roman(chapter)}`, ...format }],
          spacing: { beforePt: 12, afterPt: 0 },
        });
        paragraphs.push({
          kind: "paragraph",
          role: "chapter-title",
          align: "center",
          runs: [{ text: upper(item.title), ...format }],
          spacing: { beforePt: 0, afterPt: 6 },
        });
        break;
      }
      case "article": {
        article++;
        const label = `Điều ${article}.`;
        if (item.title === "") {
          paragraphs.push(
            bodyParagraph(profile, "article", [
              run(profile, label, { bold: true }),
              run(profile, ` ${item.text ?? "…"}`),
            ])
          );
        } else {
          paragraphs.push(
            bodyParagraph(profile, "article", [
              run(profile, `${label} ${item.title}`, { bold: true }),
            ])
          );
          if (item.text) paragraphs.push(bodyParagraph(profile, "body", [run(profile, item.text)]));
        }
        break;
      }
    }
  }
  return paragraphs;
}

/** The default skeleton of a type, as a block. */
export function skeletonBlock(input: SkeletonInput): BuildResult<Block> {
  const profile = PROFILES[input.profile];
  const type = resolveType(input.profile, input.type);
  if (!type.ok) return type;
  let items = fillFields(typeStructure(input.type, profile.regime).skeleton, input.fields ?? {});
  const firstArticle = tidy(input.firstArticle ?? "");
  const firstIndex = items.findIndex((item) => item.kind === "article");
  if (firstArticle !== "" && firstIndex >= 0) {
    items = items.map((item, i) =>
      i === firstIndex ? { kind: "article", title: "", text: firstArticle } : item
    );
  }
  const executors = tidy(input.executors ?? "");
  if (executors !== "") {
    // The last article names who executes the decision.
    const last = items.length - 1;
    const lastItem = items[last];
    if (lastItem?.kind === "article") {
      const end = profile.regime === "state" ? "./." : ".";
      const noun = type.value.name.toLocaleLowerCase("vi");
      items = [
        ...items.slice(0, last),
        {
          ...lastItem,
          text: `${executors} chịu trách nhiệm thi hành ${noun.charAt(0).toLocaleUpperCase("vi")}${noun.slice(1)} này${end}`,
        },
      ];
    }
  }
  const content = skeletonParagraphs(
    profile,
    [...(input.opening ?? []), ...items],
    input.outline ?? "dot"
  );
  return {
    ok: true,
    value: {
      name: "skeleton",
      title: "Thể Thức: khung nội dung",
      font: profile.page.font.name,
      content,
    },
  };
}
