// The reader's effective font and size against what LibreOffice prints for the same runs (issue item 8). Three real
// documents are converted to PDF by LibreOffice; pdftohtml -xml gives each printed fragment's font and size. The first
// run of each paragraph, as the snapshot resolves it (docDefaults, the style chain, theme fonts, direct formatting),
// must print in that size and in that family — through the metric-compatible fonts this machine substitutes (Times New
// Roman → Liberation Serif). Two of the documents set their paragraphs in the Normal (Web) style, whose ascii/hAnsi
// fonts stand over a base style that takes theme fonts: the style's own font is what prints.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RunSnapshot } from "../../src/ooxml/snapshot";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { matchText } from "../../src/text/normalize";
import { renderPdf, tempDir, tool } from "../helpers/tools";

jest.setTimeout(600_000);

const REAL = join(__dirname, "..", "fixtures", "real");
const DOCUMENTS = [
  "state_CV-STTTT-BCVTCNTT_2023_So-TTTT-HaiDuong_unnumbered.docx",
  "state_HD-HDTDKT_2021_HDTDKT-tinh-HungYen_DRAFT-unnumbered.docx",
  "state_QD-UBND_2025_UBND-tinh-LaoCai_DRAFT-of-QD-1883.docx",
];
/** The fonts LibreOffice prints in place of Word's on a Debian machine without Microsoft's fonts. */
const PRINTED_AS: Readonly<Record<string, string>> = {
  "Times New Roman": "LiberationSerif",
  Arial: "LiberationSans",
  "Courier New": "LiberationMono",
  Calibri: "Carlito",
  Cambria: "Caladea",
};

interface Printed {
  readonly text: string;
  readonly family: string;
  readonly sizePt: number;
}

/** The fragments of the first pages as LibreOffice printed them, with their font family and size in points. */
function printed(pdf: string): Printed[] {
  const xml = tool("pdftohtml", ["-xml", "-i", "-stdout", "-q", "-zoom", "1", "-l", "3", pdf]);
  const fonts = new Map<string, { family: string; size: number }>();
  for (const [, id, size, family] of xml.matchAll(
    /<fontspec id="(\d+)" size="(-?\d+)" family="([^"]+)"/g
  ))
    fonts.set(id as string, {
      family: (family as string).replace(/^[A-Z]{6}\+/, ""),
      size: Number(size),
    });
  const fragments: Printed[] = [];
  for (const [, id, inner] of xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)) {
    const font = fonts.get(id as string);
    const text = (inner as string)
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    if (font) fragments.push({ text: matchText(text), family: font.family, sizePt: font.size });
  }
  return fragments;
}

/** The slot Word takes a run's font from for its first letter: ascii for ASCII, hAnsi for other Latin letters. */
function fontOf(run: RunSnapshot): string {
  const first = run.text.trimStart().charAt(0);
  return first.charCodeAt(0) < 128 ? run.fonts.ascii : run.fonts.hAnsi;
}

describe.each(DOCUMENTS)("%s as LibreOffice prints it", (name) => {
  const snapshot = readDocx(readFileSync(join(REAL, name)));
  const fragments = printed(renderPdf(join(REAL, name), tempDir("lo-fonts")));

  it("prints the first run of each paragraph in the reader's size and font", () => {
    const compared: string[] = [];
    const differing: string[] = [];
    // LibreOffice prints in document order: each paragraph is looked for after the last one found, so a header's
    // "ỦY BAN NHÂN DÂN" is not taken for the same words further down.
    let cursor = 0;
    for (const paragraph of snapshot.paragraphs.slice(0, 80)) {
      const run = paragraph.runs.find((r) => r.text.trim() !== "");
      if (!run) continue;
      const head = matchText(run.text).slice(0, 24);
      const expected = PRINTED_AS[fontOf(run)];
      if (head.length < 8 || !expected) continue;
      // pdftohtml splits lines at font changes and line ends: the fragment that starts with the run's text.
      const at = fragments.findIndex(
        (f, i) =>
          i >= cursor &&
          (f.text.startsWith(head) || (f.text.length >= 8 && head.startsWith(f.text)))
      );
      const fragment = fragments[at];
      if (!fragment) continue;
      cursor = at + 1;
      compared.push(head);
      const sizeOk = Math.abs(fragment.sizePt - run.sizePt) <= 0.5;
      const fontOk = fragment.family.startsWith(expected);
      if (!sizeOk || !fontOk)
        differing.push(
          `${paragraph.index} “${head}”: reader ${fontOf(run)} ${run.sizePt} pt, printed ${fragment.family} ${fragment.sizePt} pt`
        );
    }
    // Enough paragraphs were compared for the agreement to mean something.
    expect(compared.length).toBeGreaterThanOrEqual(8);
    expect(differing).toEqual([]);
  });
});

describe("the Normal (Web) paragraphs", () => {
  it("take the style's own ascii/hAnsi font over the theme fonts of the base style", () => {
    const snapshot = readDocx(readFileSync(join(REAL, DOCUMENTS[1] as string)));
    const styled = snapshot.paragraphs.filter(
      (p) => p.styleId === "NormalWeb" && p.runs.length > 0
    );
    expect(styled.length).toBeGreaterThan(0);
    for (const paragraph of styled)
      for (const run of paragraph.runs.filter((r) => r.text.trim() !== ""))
        expect([paragraph.index, run.fonts.hAnsi]).toEqual([paragraph.index, "Times New Roman"]);
  });
});
