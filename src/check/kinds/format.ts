// The "format" check kind: a component's size and style against its rulebook row (size, bold, italic, underline,
// capitals, alignment), as Vale runs a YAML style — one generic check, many rows.

import type { Profile, TextFormat } from "../../conventions";
import { type Components, placedBySpaces, type Span } from "../components";
import { notFound, originalOf, rangeText, runsIn, where, wholeParagraph } from "../lines";
import { indexOf, sample, type SampleKind } from "../samples";
import type { Message, NotEvaluated, Rule, RuleExample } from "../types";

export interface FormatTarget {
  /** Component key, the rule ids' suffix: "issuer" → size/issuer and style/issuer. */
  readonly key: string;
  readonly name: Message;
  readonly spans: (components: Components) => readonly Span[];
  /** The rulebook row for this component in a profile, or undefined where the profile has no such component. */
  readonly format: (profile: Profile) => TextFormat | undefined;
  /** Alignments accepted besides the rulebook's own (D12: a Party date may be right-aligned). */
  readonly alsoAligned?: readonly TextFormat["align"][];
  /** The sample part to break in the examples, per regime. */
  readonly samplePart: {
    readonly party?: string;
    readonly state?: string;
    readonly kind?: SampleKind;
  };
}

function capital(text: string): string {
  return `${text.charAt(0).toLocaleUpperCase("vi")}${text.slice(1)}`;
}

const ALIGN_NAMES: Readonly<Record<TextFormat["align"], Message>> = {
  left: { vi: "căn trái", en: "left-aligned" },
  center: { vi: "căn giữa", en: "centred" },
  right: { vi: "căn phải", en: "right-aligned" },
  both: { vi: "căn đều hai bên", en: "justified" },
};

/** The coverage note of a target whose component was not found. */
function missing(target: FormatTarget): NotEvaluated {
  return notFound({ vi: `không tìm thấy ${target.name.vi}`, en: `no ${target.name.en} found` });
}

function examples(
  target: FormatTarget,
  change: Record<string, unknown>
): { valid: RuleExample[]; invalid: RuleExample[] } {
  const valid: RuleExample[] = [];
  const invalid: RuleExample[] = [];
  for (const [regime, profile] of [
    ["party", "dang-2018"],
    ["state", "nha-nuoc"],
  ] as const) {
    const part = target.samplePart[regime];
    if (!part) continue;
    const kind = target.samplePart.kind ?? "document";
    valid.push({
      name: `correct ${profile} ${kind}`,
      profile,
      snapshot: sample(profile, {}, undefined, kind).snapshot,
      findings: [],
    });
    invalid.push({
      name: `${profile} ${kind}: ${part} changed to ${JSON.stringify(change)}`,
      profile,
      snapshot: sample(profile, { [part]: change }, undefined, kind).snapshot,
      findings: [indexOf(profile, part, kind)],
    });
  }
  return { valid, invalid };
}

/** size/<key>: every run of the component has a size inside the rulebook's accepted range. */
export function sizeRule(target: FormatTarget): Rule {
  return {
    meta: {
      id: `size/${target.key}`,
      category: "size",
      severity: "error",
      source: "[PL1 II][H36-PL3][RULEBOOK D19]",
      fix: "safe",
      description: { vi: `Cỡ chữ của ${target.name.vi}`, en: `Font size of the ${target.name.en}` },
      messages: {
        size: {
          vi: `${capital(target.name.vi)} cỡ {actual} pt, quy định {range} pt`,
          en: `The ${target.name.en} is {actual} pt; the rule is {range} pt`,
        },
      },
    },
    check({ snapshot, profile, components }, report) {
      const format = target.format(profile);
      if (!format) return;
      const spans = target.spans(components);
      if (spans.length === 0) return missing(target);
      const [min, max] = format.acceptPt;
      for (const span of spans) {
        const wrong = runsIn(snapshot, span).find((run) => run.sizePt < min || run.sizePt > max);
        if (!wrong) continue;
        report({
          messageId: "size",
          ...where(span),
          data: { actual: wrong.sizePt, range: rangeText(format.acceptPt) },
          ...(wholeParagraph(snapshot, span)
            ? { fix: { kind: "format", paragraph: span.paragraph, set: { sizePt: format.sizePt } } }
            : {}),
        });
      }
    },
    examples: examples(target, { size: 10 }),
  };
}

/** style/<key>: bold, italic, underline, capitals and alignment as the rulebook row says. */
export function styleRule(target: FormatTarget): Rule {
  return {
    meta: {
      id: `style/${target.key}`,
      category: "style",
      severity: "error",
      source: "[PL1 II][H36-PL3]",
      fix: "safe",
      description: {
        vi: `Kiểu chữ và căn lề của ${target.name.vi}`,
        en: `Style and alignment of the ${target.name.en}`,
      },
      messages: {
        bold: {
          vi: `${capital(target.name.vi)} chưa in đậm`,
          en: `The ${target.name.en} is not bold`,
        },
        notBold: {
          vi: `${capital(target.name.vi)} đang in đậm; quy định không in đậm`,
          en: `The ${target.name.en} is bold; the rule is not bold`,
        },
        italic: {
          vi: `${capital(target.name.vi)} chưa in nghiêng`,
          en: `The ${target.name.en} is not italic`,
        },
        notItalic: {
          vi: `${capital(target.name.vi)} đang in nghiêng; quy định chữ đứng`,
          en: `The ${target.name.en} is italic; the rule is upright`,
        },
        underline: {
          vi: `${capital(target.name.vi)} chưa gạch chân`,
          en: `The ${target.name.en} is not underlined`,
        },
        notUnderline: {
          vi: `${capital(target.name.vi)} đang gạch chân chữ; quy định không gạch chân (đường kẻ vẽ riêng bên dưới)`,
          en: `The ${target.name.en} is underlined as text; the rule draws a separate line under it`,
        },
        caps: {
          vi: `${capital(target.name.vi)} có chữ thường; quy định viết in hoa`,
          en: `The ${target.name.en} has lower-case letters; the rule is capitals`,
        },
        align: {
          vi: `${capital(target.name.vi)} đang {actual}; quy định {want}`,
          en: `The ${target.name.en} is {actualEn}; the rule is {wantEn}`,
        },
      },
    },
    check({ snapshot, profile, components }, report) {
      const format = target.format(profile);
      if (!format) return;
      const spans = target.spans(components);
      if (spans.length === 0) return missing(target);
      for (const span of spans) {
        const runs = runsIn(snapshot, span);
        if (runs.length === 0) continue;
        const whole = wholeParagraph(snapshot, span);
        const fix = (set: Record<string, unknown>) =>
          whole ? { fix: { kind: "format" as const, paragraph: span.paragraph, set } } : {};
        if (runs.some((run) => run.bold !== format.bold)) {
          report({
            messageId: format.bold ? "bold" : "notBold",
            ...where(span),
            ...fix({ bold: format.bold }),
          });
        }
        if (runs.some((run) => run.italic !== format.italic)) {
          report({
            messageId: format.italic ? "italic" : "notItalic",
            ...where(span),
            ...fix({ italic: format.italic }),
          });
        }
        if (runs.some((run) => run.underline !== format.underline)) {
          report({
            messageId: format.underline ? "underline" : "notUnderline",
            ...where(span),
            // Underlining the text draws the line the rulebook asks for under a title or the tiêu ngữ: a note, not
            // an error (conventions §3, header lines) [REAL].
            ...(format.underline ? {} : { severity: "info" as const }),
            ...fix({ underline: format.underline }),
          });
        }
        // Mail-merge placeholders ("{tieuDeTrai1}", "{{ho_ten}}") are filled in later: not lower-case text [REAL].
        const text = originalOf(snapshot, span).replace(/\{+[^{}]*\}+/gu, "");
        if (
          format.caps &&
          text !== text.toLocaleUpperCase("vi") &&
          !runs.every((run) => run.caps)
        ) {
          report({ messageId: "caps", ...where(span) });
        }
        const align = snapshot.paragraphs[span.paragraph]?.align ?? "left";
        if (
          align !== format.align &&
          !(target.alsoAligned ?? []).includes(align) &&
          // A part placed by tabs or spaces is not placed by its paragraph's alignment [REAL].
          !placedBySpaces(snapshot, span)
        ) {
          report({
            messageId: "align",
            ...where(span),
            severity: "warning",
            data: {
              want: ALIGN_NAMES[format.align].vi,
              actual: ALIGN_NAMES[align].vi,
              wantEn: ALIGN_NAMES[format.align].en,
              actualEn: ALIGN_NAMES[align].en,
            },
            ...fix({ align: format.align }),
          });
        }
      }
    },
    examples: examples(target, { bold: false, italic: true, underline: true }),
  };
}
