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

/** The attribute names the properties read, with the document's WordprocessingML prefix. */
export interface AttributeKeys {
  readonly val: string;
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
  readonly asciiTheme: string;
  readonly hAnsiTheme: string;
  readonly eastAsiaTheme: string;
  readonly cstheme: string;
  readonly left: string;
  readonly start: string;
  readonly right: string;
  readonly end: string;
  readonly firstLine: string;
  readonly hanging: string;
  readonly before: string;
  readonly after: string;
  readonly line: string;
  readonly lineRule: string;
}

let lastPrefix: string | null = null;
let lastKeys: AttributeKeys | null = null;

/**
 * The attribute names for `prefix`, built once per prefix in a row: a name built at each lookup ("w:" + "val") is a new
 * string to allocate and hash for every property element of a document.
 */
export function attributeKeys(prefix: string): AttributeKeys {
  if (prefix === lastPrefix && lastKeys) return lastKeys;
  const key = (name: string) => `${prefix}${name}`;
  lastKeys = {
    val: key("val"),
    ascii: key("ascii"),
    hAnsi: key("hAnsi"),
    eastAsia: key("eastAsia"),
    cs: key("cs"),
    asciiTheme: key("asciiTheme"),
    hAnsiTheme: key("hAnsiTheme"),
    eastAsiaTheme: key("eastAsiaTheme"),
    cstheme: key("cstheme"),
    left: key("left"),
    start: key("start"),
    right: key("right"),
    end: key("end"),
    firstLine: key("firstLine"),
    hanging: key("hanging"),
    before: key("before"),
    after: key("after"),
    line: key("line"),
    lineRule: key("lineRule"),
  };
  lastPrefix = prefix;
  return lastKeys;
}

/** ST_OnOff: absent w:val means on. */
function onOff(attrs: Attributes, prefix: string): boolean {
  const value = attrs[attributeKeys(prefix).val];
  return value === undefined || !(value === "0" || value === "false" || value === "off");
}

function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : undefined;
}

type FontKey =
  "ascii" | "hAnsi" | "eastAsia" | "cs" | `${"ascii" | "hAnsi" | "eastAsia" | "cs"}Theme`;

/** Sets a font slot the element names. A module function, not a closure made per element: see DocumentReader. */
function setFont(props: RunProps, key: FontKey, value: string | undefined): void {
  if (value !== undefined) props[key] = value;
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
      const keys = attributeKeys(prefix);
      setFont(props, "ascii", attrs[keys.ascii]);
      setFont(props, "hAnsi", attrs[keys.hAnsi]);
      setFont(props, "eastAsia", attrs[keys.eastAsia]);
      setFont(props, "cs", attrs[keys.cs]);
      setFont(props, "asciiTheme", attrs[keys.asciiTheme]);
      setFont(props, "hAnsiTheme", attrs[keys.hAnsiTheme]);
      setFont(props, "eastAsiaTheme", attrs[keys.eastAsiaTheme]);
      setFont(props, "csTheme", attrs[keys.cstheme]);
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
      const value = attrs[attributeKeys(prefix).val];
      props.underline = value !== undefined && value !== "none";
      break;
    }
    case "sz": {
      const size = int(attrs[attributeKeys(prefix).val]);
      if (size !== undefined) props.size = size;
      break;
    }
    case "color": {
      const value = attrs[attributeKeys(prefix).val];
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
  const value = attrs[attributeKeys(prefix).val];
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
      const align = ownValue(ALIGNMENTS, attrs[attributeKeys(prefix).val] ?? "");
      if (align) props.align = align;
      break;
    }
    case "ind": {
      const keys = attributeKeys(prefix);
      const left = int(attrs[keys.left] ?? attrs[keys.start]);
      const right = int(attrs[keys.right] ?? attrs[keys.end]);
      const firstLine = int(attrs[keys.firstLine]);
      const hanging = int(attrs[keys.hanging]);
      if (left !== undefined) props.left = left;
      if (right !== undefined) props.right = right;
      if (hanging !== undefined) props.firstLine = -hanging;
      else if (firstLine !== undefined) props.firstLine = firstLine;
      break;
    }
    case "spacing": {
      const keys = attributeKeys(prefix);
      const before = int(attrs[keys.before]);
      const after = int(attrs[keys.after]);
      const line = int(attrs[keys.line]);
      const rule = attrs[keys.lineRule];
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
