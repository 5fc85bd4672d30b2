// Issue 14, item 1: before a header, Kính gửi or Nơi nhận is inserted, the pane looks for one already there
// (`findParts`: the add-in's content controls and Word's paragraph texts, one Word.run, one sync). How much does that
// look read on a long document? Measured with the recording fake (sizes are the answer's loaded values as JSON, UTF-8
// bytes, as Word on the web counts them against its 5 MB limit); written to test-output/word-find-parts.json.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createWordHost } from "../../src/host/word";
import { readFlatOpc } from "../../src/ooxml/snapshot-reader";
import { existingPart } from "../../src/taskpane/existing-parts";
import { docxAsFlatOpc } from "../helpers/flat-opc";
import { count, fakeOffice } from "./word-fake";

const REAL = join(__dirname, "..", "fixtures", "real");
const REPORT = join(REAL, "state_BC-UBND_2026_UBND-tinh-LaoCai_Chi-thi-38_DRAFT-unnumbered.docx");
const OUTPUT = join(__dirname, "..", "..", "test-output");
/** Word on the web's payload limit for one answer: 5 MB (resource-limits-and-performance-optimization). */
const WEB_LIMIT = 5 * 1024 * 1024;

/** The real báo cáo's paragraph texts, repeated until there are `count` (its own first lines: a typed header). */
function paragraphs(total: number): string[] {
  const one = readFlatOpc(docxAsFlatOpc(REPORT)).paragraphs.map((paragraph) => paragraph.text);
  return Array.from({ length: total }, (_, i) => one[i % one.length] ?? "");
}

describe("the look for an existing block on a long document", () => {
  const measured: Record<string, unknown> = {};

  afterAll(() => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, "word-find-parts.json"), `${JSON.stringify(measured, null, 2)}\n`);
  });

  it.each([500, 5000])(
    "%i paragraphs: one Word.run, one sync, every paragraph's text in the answer",
    async (total) => {
      const texts = paragraphs(total);
      const fake = fakeOffice({ paragraphs: texts, contentControls: ["thethuc:closing"] });
      const parts = await createWordHost(fake.globals).findParts(["header", "kinh-gui", "closing"]);

      expect(count(fake.calls, "Word.run")).toBe(1);
      expect(count(fake.calls, "sync")).toBe(1);
      expect(parts.paragraphs).toHaveLength(total);
      expect(parts.controls).toEqual({ header: 0, "kinh-gui": 0, closing: 1 });
      // The typed header of the báo cáo is found in the first lines; the closing by its control.
      expect(existingPart("header", parts)?.line).toMatch(
        /^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u
      );
      expect(existingPart("closing", parts)?.controls).toBe(1);

      const bytes = fake.answers[0]?.bytes ?? 0;
      const textBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
      // The answer is the texts (and the controls' counts): nothing else of the document is read.
      expect(bytes).toBeGreaterThanOrEqual(textBytes);
      expect(bytes).toBeLessThan(WEB_LIMIT);
      measured[`${total} paragraphs`] = { syncs: 1, answerBytes: bytes, textBytes };
    }
  );
});
