// Run and paragraph properties as read from WordprocessingML, before the style chain is resolved.

import type { Align } from "../conventions";
import { ownValue } from "../text/own-value";
import type { LineRule } from "./snapshot";

export type Attributes = Readonly<Record<string, string>>;

/** Run properties a style or a run sets; absent keys inherit. Sizes in half-points, as w:sz. */
export interface RunProps {
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
  cs?: string;
  asciiTheme?: string;
  hAnsiTheme?: string;
  eastAsiaTheme?: string;
  csTheme?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  color?: string;
}

/** Paragraph properties a style or a paragraph sets; lengths in twips. */
export interface ParaProps {
  align?: Align;
  left?: number;
  right?: number;
  /** Negative for a hanging indent. */
  firstLine?: number;
  before?: number;
  after?: number;
  line?: number;
  lineRule?: LineRule;
  borderTop?: boolean;
  borderBottom?: boolean;
}

/** ST_OnOff: absent w:val means on. */
function onOff(attrs: Attributes, prefix: string): boolean {
  const value = attrs[`${prefix}val`];
  return value === undefined || !(value === "0" || value === "false" || value === "off");
}

function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : undefined;
}

/** Applies one child element of w:rPr (local name without prefix) to `props`. */
export function applyRunProperty(
  props: RunProps,
  local: string,
  attrs: Attributes,
  prefix: string
): void {
  switch (local) {
    case "rFonts": {
      const set = (key: keyof RunProps, attr: string) => {
        const value = attrs[`${prefix}${attr}`];
        if (value !== undefined) (props as Record<string, unknown>)[key] = value;
      };
      set("ascii", "ascii");
      set("hAnsi", "hAnsi");
      set("eastAsia", "eastAsia");
      set("cs", "cs");
      set("asciiTheme", "asciiTheme");
      set("hAnsiTheme", "hAnsiTheme");
      set("eastAsiaTheme", "eastAsiaTheme");
      set("csTheme", "cstheme");
      break;
    }
    case "b":
      props.bold = onOff(attrs, prefix);
      break;
    case "i":
      props.italic = onOff(attrs, prefix);
      break;
    case "caps":
      props.caps = onOff(attrs, prefix);
      break;
    case "u": {
      const value = attrs[`${prefix}val`];
      props.underline = value !== undefined && value !== "none";
      break;
    }
    case "sz": {
      const size = int(attrs[`${prefix}val`]);
      if (size !== undefined) props.size = size;
      break;
    }
    case "color": {
      const value = attrs[`${prefix}val`];
      if (value !== undefined) props.color = value;
      break;
    }
  }
}

const ALIGNMENTS: Readonly<Record<string, Align>> = {
  left: "left",
  start: "left",
  right: "right",
  end: "right",
  center: "center",
  both: "both",
  distribute: "both",
  lowKashida: "both",
  mediumKashida: "both",
  highKashida: "both",
  thaiDistribute: "both",
};

function bordered(attrs: Attributes, prefix: string): boolean {
  const value = attrs[`${prefix}val`];
  return value !== undefined && value !== "none" && value !== "nil";
}

/** Applies one child of w:pPr, or of w:pBdr, to `props`. */
export function applyParagraphProperty(
  props: ParaProps,
  local: string,
  attrs: Attributes,
  prefix: string,
  inBorder: boolean
): void {
  if (inBorder) {
    if (local === "top") props.borderTop = bordered(attrs, prefix);
    else if (local === "bottom") props.borderBottom = bordered(attrs, prefix);
    return;
  }
  switch (local) {
    case "jc": {
      const align = ownValue(ALIGNMENTS, attrs[`${prefix}val`] ?? "");
      if (align) props.align = align;
      break;
    }
    case "ind": {
      const left = int(attrs[`${prefix}left`] ?? attrs[`${prefix}start`]);
      const right = int(attrs[`${prefix}right`] ?? attrs[`${prefix}end`]);
      const firstLine = int(attrs[`${prefix}firstLine`]);
      const hanging = int(attrs[`${prefix}hanging`]);
      if (left !== undefined) props.left = left;
      if (right !== undefined) props.right = right;
      if (hanging !== undefined) props.firstLine = -hanging;
      else if (firstLine !== undefined) props.firstLine = firstLine;
      break;
    }
    case "spacing": {
      const before = int(attrs[`${prefix}before`]);
      const after = int(attrs[`${prefix}after`]);
      const line = int(attrs[`${prefix}line`]);
      const rule = attrs[`${prefix}lineRule`];
      if (before !== undefined) props.before = before;
      if (after !== undefined) props.after = after;
      if (line !== undefined) {
        props.line = line;
        props.lineRule = rule === "exact" || rule === "atLeast" ? rule : "auto";
      }
      break;
    }
  }
}
