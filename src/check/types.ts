// The rule engine's vocabulary: findings, fixes, rules with their metadata and examples, coverage.

import type { DocumentType, Profile } from "../conventions";
import type { Snapshot } from "../ooxml/snapshot";
import type { Components } from "./components";

export const CATEGORIES = [
  "page",
  "font",
  "size",
  "style",
  "header",
  "number",
  "date",
  "title",
  "structure",
  "citation",
  "abbreviation",
  "recipients",
  "signature",
  "unicode",
  "spelling",
  "spacing",
  "capitalization",
] as const;
export type Category = (typeof CATEGORIES)[number];
export type Severity = "error" | "warning" | "info";

/** Where the tone mark of an open oa, oe, uy goes (D4): on the first vowel ("hòa, thủy") or the second ("hoà, thuỷ"). */
export type ToneStyle = "first" | "second";
/** The tone style a check asks for: "auto" follows the document's own majority (D4). */
export type ToneStylePreference = "auto" | ToneStyle;

export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** Formatting a fix sets on every run of a paragraph (and its mark). */
export interface FormatChange {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly sizePt?: number;
  readonly font?: string;
  readonly color?: string;
  readonly align?: "left" | "center" | "right" | "both";
}

/** A fix is data: applied by the host, shown to the user first when it changes text. */
export type Fix =
  | { readonly kind: "format"; readonly paragraph: number; readonly set: FormatChange }
  | {
      readonly kind: "text";
      readonly paragraph: number;
      /** Offsets in the paragraph's text. */
      readonly start: number;
      readonly end: number;
      readonly replacement: string;
      /**
       * The font the replacement is set in: a legacy-font conversion carries Times New Roman with it, so the font
       * never changes without the text (nor the text without the font).
       */
      readonly font?: string;
    }
  | {
      readonly kind: "page";
      readonly section: number;
      readonly set: {
        readonly marginsMm?: Partial<Record<"top" | "bottom" | "left" | "right", number>>;
        readonly a4?: boolean;
      };
    };

export interface Finding {
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  /** The message in the language asked for (Vietnamese unless told otherwise). */
  readonly message: string;
  readonly messages: Message;
  /** 0-based snapshot paragraph index, or null for document-wide findings (margins, a missing component). */
  readonly paragraph: number | null;
  /** The text the finding is about (the paragraph, or the span inside it). */
  readonly text: string;
  /** Offsets of `text` inside the paragraph, when the finding is about a span. */
  readonly start?: number;
  readonly end?: number;
  readonly source: string;
  readonly fix?: Fix;
}

/** What a rule's check reports; the engine fills in the rule's metadata. */
export interface Report {
  readonly messageId: string;
  readonly paragraph: number | null;
  readonly start?: number;
  readonly end?: number;
  /** Values for `{name}` placeholders in the message. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Overrides the rule's severity for this report (e.g. a secondary-source variant). */
  readonly severity?: Severity;
  readonly fix?: Fix;
}

export interface CheckContext {
  readonly snapshot: Snapshot;
  readonly profile: Profile;
  readonly components: Components;
  readonly documentType: DocumentType | null;
  /** The document is a draft: number and date may stay blank (D18). */
  readonly draft: boolean;
  /** The tone style the user prefers (D4 `text.toneStyle`); "auto" follows the document's majority. */
  readonly toneStyle: ToneStylePreference;
}

/** A rule could not run on this document, and why (shown in the coverage summary). */
export interface NotEvaluated {
  readonly notEvaluated: Message;
}

export interface RuleMeta {
  readonly id: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Regulation and item, as rulebook tags: "[PL1 II.4]". */
  readonly source: string;
  /** "safe": the fix only sets formatting; "text": it changes text and is shown before it is applied. */
  readonly fix?: "safe" | "text";
  /** Profiles the rule applies to; all when absent. */
  readonly profiles?: readonly Profile["id"][];
  readonly description: Message;
  readonly messages: Readonly<Record<string, Message>>;
}

/** An example the rule's own tests run: a document, and where the rule must (or must not) report. */
export interface RuleExample {
  readonly name: string;
  readonly profile?: Profile["id"];
  /** Check the example as a draft (D18): blank number and date accepted. */
  readonly draft?: boolean;
  /** Check the example with this tone-style preference (D4). */
  readonly toneStyle?: ToneStylePreference;
  readonly snapshot: Snapshot;
  /** Paragraph indexes reported (null for document-wide); empty for a valid example. */
  readonly findings: readonly (number | null)[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: CheckContext, report: (report: Report) => void): void | NotEvaluated;
  readonly examples: {
    readonly valid: readonly RuleExample[];
    readonly invalid: readonly RuleExample[];
  };
}

export interface Coverage {
  readonly evaluated: number;
  readonly notEvaluated: readonly { readonly rule: string; readonly reason: Message }[];
  readonly ignored: readonly string[];
}

export interface CheckResult {
  readonly profile: Profile["id"];
  readonly documentType: string | null;
  readonly findings: readonly Finding[];
  readonly coverage: Coverage;
}
