// Reads styles.xml and the theme into a style sheet that resolves docDefaults, basedOn chains and theme fonts.

import {
  applyParagraphProperty,
  applyRunProperty,
  type Attributes,
  type ParaProps,
  type RunProps,
} from "./properties";
import { parseSax, prefixFor } from "./sax";
import { W_NS } from "./wml/namespaces";

interface StyleRow {
  readonly id: string;
  readonly type: string;
  basedOn?: string;
  readonly run: RunProps;
  readonly para: ParaProps;
}

export interface ThemeFonts {
  readonly major: { latin?: string; ea?: string; cs?: string };
  readonly minor: { latin?: string; ea?: string; cs?: string };
}

export interface StyleSheet {
  readonly defaults: { readonly run: RunProps; readonly para: ParaProps };
  readonly defaultParagraphStyle: string | null;
  readonly theme: ThemeFonts;
  /** Run and paragraph properties of a style with its basedOn chain, ancestors first; empty for an unknown id. */
  resolve(styleId: string | null | undefined): { readonly run: RunProps; readonly para: ParaProps };
}

const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const MAX_CHAIN = 32;

/** Theme fonts from theme1.xml's a:majorFont and a:minorFont. */
export function readTheme(xml: string | undefined): ThemeFonts {
  const theme: { major: Record<string, string>; minor: Record<string, string> } = {
    major: {},
    minor: {},
  };
  if (!xml) return theme;
  let a = "a:";
  let current: "major" | "minor" | null = null;
  parseSax(xml, "word/theme", {
    open(name, attrs) {
      if (name.endsWith(":theme") || name === "theme") a = prefixFor(attrs, A_NS, "a:");
      if (name === `${a}majorFont`) current = "major";
      else if (name === `${a}minorFont`) current = "minor";
      else if (current && (name === `${a}latin` || name === `${a}ea` || name === `${a}cs`)) {
        const typeface = attrs.typeface;
        if (typeface) theme[current][name.slice(a.length)] = typeface;
      }
    },
    close(name) {
      if (name === `${a}majorFont` || name === `${a}minorFont`) current = null;
    },
  });
  return theme;
}

/** Parses styles.xml (absent in some packages: then only Word's built-in defaults apply). */
export function readStyles(xml: string | undefined, theme: ThemeFonts): StyleSheet {
  const defaults = { run: {} as RunProps, para: {} as ParaProps };
  const styles = new Map<string, StyleRow>();
  let defaultParagraphStyle: string | null = null;
  if (xml) {
    let w = "w:";
    let style: StyleRow | null = null;
    let target: "run" | "para" | null = null;
    let inBorder = false;
    let skip = 0;
    let inDefaults: "run" | "para" | null = null;
    parseSax(xml, "word/styles.xml", {
      open(name, attrs: Attributes, selfClosing) {
        if (skip > 0) {
          if (!selfClosing) skip++;
          return;
        }
        if (name.endsWith(":styles")) w = prefixFor(attrs, W_NS, "w:");
        const local = name.startsWith(w) ? name.slice(w.length) : name;
        // Table-style conditional formats and tracked changes describe other states than the one shown.
        if (local === "tblStylePr" || local === "rPrChange" || local === "pPrChange") {
          if (!selfClosing) skip = 1;
          return;
        }
        if (local === "rPrDefault") inDefaults = "run";
        else if (local === "pPrDefault") inDefaults = "para";
        else if (local === "style") {
          const id = attrs[`${w}styleId`] ?? "";
          style = { id, type: attrs[`${w}type`] ?? "paragraph", run: {}, para: {} };
          styles.set(id, style);
          if (style.type === "paragraph" && onOffAttr(attrs[`${w}default`]))
            defaultParagraphStyle = id;
        } else if (local === "basedOn" && style) style.basedOn = attrs[`${w}val`];
        else if (local === "rPr") target = "run";
        else if (local === "pPr") target = "para";
        else if (local === "pBdr") inBorder = true;
        else if (target) {
          const owner = style ?? (inDefaults ? defaults : null);
          if (!owner) return;
          if (target === "run") applyRunProperty(owner.run, local, attrs, w);
          else applyParagraphProperty(owner.para, local, attrs, w, inBorder);
        }
      },
      close(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        const local = name.startsWith(w) ? name.slice(w.length) : name;
        if (local === "rPr" || local === "pPr") target = null;
        else if (local === "pBdr") inBorder = false;
        else if (local === "style") style = null;
        else if (local === "rPrDefault" || local === "pPrDefault") inDefaults = null;
      },
    });
  }

  const cache = new Map<string, { run: RunProps; para: ParaProps }>();
  function resolve(styleId: string | null | undefined): { run: RunProps; para: ParaProps } {
    if (!styleId) return { run: {}, para: {} };
    const cached = cache.get(styleId);
    if (cached) return cached;
    const chain: StyleRow[] = [];
    for (
      let id: string | undefined = styleId;
      id && chain.length < MAX_CHAIN;
      id = styles.get(id)?.basedOn
    ) {
      const row = styles.get(id);
      if (!row || chain.includes(row)) break;
      chain.unshift(row);
    }
    const resolved = {
      run: Object.assign({}, ...chain.map((row) => row.run)),
      para: Object.assign({}, ...chain.map((row) => row.para)),
    };
    cache.set(styleId, resolved);
    return resolved;
  }

  return { defaults, defaultParagraphStyle, theme, resolve };
}

function onOffAttr(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "on";
}
