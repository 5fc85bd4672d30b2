// Whether each top-level table of a document.xml is printed with lines: what the snapshot leaves out and a bản sao
// must keep when it pastes the original (a data table with its grid, a header or signature layout table without).

import { parseSax } from "./sax";
import { SKIPPED_SUBTREES } from "./snapshot-reader";

const NO_LINE = new Set(["none", "nil"]);
const SIDES = new Set(["top", "left", "bottom", "right", "start", "end", "insideH", "insideV"]);

interface Look {
  gridStyle: boolean;
  tableBorders: boolean;
  lines: boolean;
}

/**
 * One entry per top-level table, in body order (the snapshot's `cell.table` numbering: tables in text boxes, in the
 * fallback of alternate content and in deleted text are not counted): `ruled` when its own borders or a cell's draw
 * a line, or when it takes a grid table style ("TableGrid") and does not turn the borders off.
 */
export function tableLooks(documentXml: string): { readonly ruled: boolean }[] {
  const looks: Look[] = [];
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  let skipped = 0;
  let depth = 0;
  let inBorders: "table" | "cell" | null = null;
  parseSax(documentXml, "word/document.xml", {
    open(name, attributes, selfClosing) {
      const tag = local(name);
      if (skipped > 0 || SKIPPED_SUBTREES.has(tag)) {
        if (!selfClosing) skipped++;
        return;
      }
      if (tag === "tbl" && !selfClosing) {
        depth++;
        if (depth === 1) looks.push({ gridStyle: false, tableBorders: false, lines: false });
        return;
      }
      const look = looks[looks.length - 1];
      if (depth !== 1 || !look) return;
      const value = Object.entries(attributes).find(([key]) => local(key) === "val")?.[1];
      if (tag === "tblStyle" && value && /grid|lưới/iu.test(value)) look.gridStyle = true;
      else if (tag === "tblBorders" && !selfClosing) {
        inBorders = "table";
        look.tableBorders = true;
      } else if (tag === "tcBorders" && !selfClosing) inBorders = "cell";
      else if (inBorders && SIDES.has(tag) && value !== undefined && !NO_LINE.has(value))
        look.lines = true;
    },
    close(name) {
      const tag = local(name);
      if (skipped > 0) {
        skipped--;
        return;
      }
      if (tag === "tbl") depth--;
      else if (tag === "tblBorders" || tag === "tcBorders") inBorders = null;
    },
  });
  return looks.map((look) => ({ ruled: look.lines || (look.gridStyle && !look.tableBorders) }));
}
