// Track changes (audit M6): a document with tracked changes is read as if they were accepted and the pane says so;
// Word's text of a paragraph keeps deleted text (office-js #1267), so a text fix goes ahead only where the
// paragraph's whole text in Word is the one the check saw; with track changes on, the fix report says Word tracked it.

import type { Fix } from "../../src/check/types";
import { HostError } from "../../src/host/document-host";
import { TRACKED_PARAGRAPH, TRACKED_TEXT, createWordHost } from "../../src/host/word";
import { count, fakeOffice } from "./word-fake";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A flat-OPC package of body paragraphs, as getOoxml returns it. */
function pkg(paragraphs: readonly string[]): string {
  return `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="${PKG}"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="${W}"><w:body>${paragraphs
    .map((runs) => `<w:p>${runs}</w:p>`)
    .join("")}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const deleted = (text: string) =>
  `<w:del w:id="7" w:author="Văn thư" w:date="2026-12-01T08:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

// P0 has a deleted word in the middle; P1 ends with deleted text that happens to be P0's visible words; P2 is plain.
const OOXML = pkg([
  run("Điều 1. Phê duyệt ") + deleted("XÓA ") + run("kế hoạch năm 2026."),
  run("Nơi nhận:") + deleted(" duyệt kế"),
  run("Số 12/QĐ-UBND"),
]);
// Word's own paragraph texts keep deleted text.
const WORD_TEXTS = [
  "Điều 1. Phê duyệt XÓA kế hoạch năm 2026.",
  "Nơi nhận: duyệt kế",
  "Số 12/QĐ-UBND",
];

// Fixes as the checker gives them, in the checked (accepted) text.
const IN_DELETION_PARAGRAPH: Fix = {
  kind: "text",
  paragraph: 0,
  start: "Điều 1. Phê ".length,
  end: "Điều 1. Phê duyệt kế".length,
  replacement: "duyệt Kế",
};
const IN_PLAIN_PARAGRAPH: Fix = {
  kind: "text",
  paragraph: 2,
  start: "Số ".length,
  end: "Số 12".length,
  replacement: "13",
};

describe("a document with tracked changes", () => {
  it("is read as if accepted, and the read says so", async () => {
    const fake = fakeOffice({ wordApi: "1.4", ooxml: OOXML, paragraphs: WORD_TEXTS });
    const snapshot = await createWordHost(fake.globals).readSnapshot();

    expect(snapshot.paragraphs.map((p) => p.text)).toEqual([
      "Điều 1. Phê duyệt kế hoạch năm 2026.",
      "Nơi nhận:",
      "Số 12/QĐ-UBND",
    ]);
    expect(snapshot.read?.revisions).toBe(true);
    expect(snapshot.read?.trackingMode).toBe("Off");
    expect(snapshot.read?.notes.map((note) => note.vi)).toEqual([
      expect.stringMatching(/^Văn bản có thay đổi được theo dõi chưa chấp nhận/),
    ]);
  });

  it("skips a text fix in a paragraph with deleted text, applies one elsewhere, and never edits deleted text", async () => {
    const fake = fakeOffice({ wordApi: "1.4", ooxml: OOXML, paragraphs: WORD_TEXTS });
    const host = createWordHost(fake.globals);
    const checked = await host.readSnapshot();
    const report = await host.applyFixes([IN_DELETION_PARAGRAPH, IN_PLAIN_PARAGRAPH], checked);

    expect(report.applied).toEqual([IN_PLAIN_PARAGRAPH]);
    expect(report.skipped).toEqual([{ fix: IN_DELETION_PARAGRAPH, reason: TRACKED_TEXT }]);
    expect(fake.paragraphs).toEqual([WORD_TEXTS[0], WORD_TEXTS[1], "Số 13/QĐ-UBND"]);
    // Two syncs in the fix's Word.run (plus the read's one).
    expect(count(fake.calls, "sync")).toBe(3);
  });

  it("says a paragraph with deleted text is not found because of tracked changes, and touches nothing", async () => {
    const fake = fakeOffice({ wordApi: "1.4", ooxml: OOXML, paragraphs: WORD_TEXTS });
    const host = createWordHost(fake.globals);
    const checked = await host.readSnapshot();
    const bold: Fix = { kind: "format", paragraph: 0, set: { bold: true } };
    const report = await host.applyFixes([bold], checked);
    expect(report.skipped).toEqual([{ fix: bold, reason: TRACKED_PARAGRAPH }]);
    const error = await host.selectParagraph(0, checked).catch((e: unknown) => e);
    expect((error as HostError).messages).toEqual(TRACKED_PARAGRAPH);
    expect(fake.touched).toEqual([]);
    // A plain paragraph of the same document is found as usual.
    await host.selectParagraph(2, checked);
    expect(fake.touched).toEqual([{ action: "select", index: 2, text: "Số 12/QĐ-UBND" }]);
  });

  it("(what the guard prevents) without it, Word's one search result is the deleted text of another paragraph", async () => {
    const fake = fakeOffice({ wordApi: "1.4", ooxml: OOXML, paragraphs: WORD_TEXTS });
    const host = createWordHost(fake.globals);
    const checked = await host.readSnapshot();
    const unguarded = { paragraphs: checked.paragraphs, alignment: checked.alignment };
    await host.applyFixes([IN_DELETION_PARAGRAPH], unguarded);

    expect(fake.paragraphs[1]).toBe("Nơi nhận: duyệt Kế");
  });
});

describe("track changes on", () => {
  it("is said on reading and in the fix report", async () => {
    const fake = fakeOffice({
      wordApi: "1.4",
      trackingMode: "TrackAll",
      ooxml: pkg([run("Số 12/QĐ-UBND")]),
      paragraphs: ["Số 12/QĐ-UBND"],
    });
    const host = createWordHost(fake.globals);
    const checked = await host.readSnapshot();
    expect(checked.read?.notes.map((note) => note.en)).toEqual([
      "Track changes is on: Word records each fix Thể Thức makes as a tracked change.",
    ]);
    const report = await host.applyFixes([{ ...IN_PLAIN_PARAGRAPH, paragraph: 0 }], checked);
    expect(report.applied).toHaveLength(1);
    expect(report.tracked).toBe(true);
  });

  it("is not asked of a host without WordApi 1.4", async () => {
    const fake = fakeOffice({
      wordApi: "1.3",
      ooxml: pkg([run("Số 12/QĐ-UBND")]),
      paragraphs: ["Số 12/QĐ-UBND"],
    });
    const host = createWordHost(fake.globals);
    const checked = await host.readSnapshot();
    const report = await host.applyFixes([{ ...IN_PLAIN_PARAGRAPH, paragraph: 0 }], checked);
    expect(count(fake.calls, "document.load")).toBe(0);
    expect(checked.read?.trackingMode).toBeUndefined();
    expect(report.tracked).toBeUndefined();
  });
});
