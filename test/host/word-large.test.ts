// Reading large documents (issue 12 item 7): when Word on the web will not hand the body over as one package (5 MB
// per answer), the host reads Word's paragraph texts alone and the .docx in slices, in the same Word.run, and the
// snapshot is the one the full getOoxml read gives. Payload sizes are measured on a 500-page document.

import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HostError, type ReadSnapshot } from "../../src/host/document-host";
import { snapshotFromSource } from "../../src/host/read-source";
import { SLICE_BYTES, createWordHost } from "../../src/host/word";
import { readFlatOpc } from "../../src/ooxml/snapshot-reader";
import { docxAsFile, docxAsFlatOpc } from "../helpers/flat-opc";
import { count, fakeOffice } from "./word-fake";
import { wordListing } from "./word-listings";

const REAL = join(__dirname, "..", "fixtures", "real");
const REPORT = join(REAL, "state_KH-UBND_2026_UBND-tinh-LaoCai_DRAFT-unnumbered.docx");
const OUTPUT = join(__dirname, "..", "..", "test-output");

/** Word on the web's payload limit for one answer: 5 MB (resource-limits-and-performance-optimization). */
const WEB_LIMIT = 5 * 1024 * 1024;

/** How many times the report repeats to make 500 pages: 2,600 characters of body text to an A4 page at 14 pt. */
function timesFor500Pages(): number {
  const one = readFlatOpc(docxAsFlatOpc(REPORT));
  const chars = one.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  return Math.ceil((500 * 2600) / chars);
}

/** A picture that does not compress (a scanned seal is already JPEG/PNG). */
function picture(megabytes: number): Uint8Array {
  const bytes = new Uint8Array(megabytes * 1024 * 1024);
  let state = 12;
  for (let i = 0; i < bytes.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** The snapshot without what the host adds (alignment, how it was read). */
function bare(snapshot: object): object {
  return Object.fromEntries(
    Object.entries(snapshot).filter(([key]) => key !== "alignment" && key !== "read")
  );
}

describe("reading a 500-page document", () => {
  const times = timesFor500Pages();
  const ooxml = docxAsFlatOpc(REPORT, times);
  const file = docxAsFile(REPORT, times);
  const texts = wordListing(ooxml, "row-marks");
  const full = readFlatOpc(ooxml);
  const measured: Record<string, unknown> = { pages: 500, repeats: times };
  // The full getOoxml read's snapshot, which the file read must reproduce.
  let viaOoxml: ReadSnapshot | undefined;

  afterAll(() => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, "word-large-read.json"), `${JSON.stringify(measured, null, 2)}\n`);
  });

  it("before: one getOoxml answer of 16 MB, which Word on the web refuses", async () => {
    const fake = fakeOffice({ ooxml, paragraphs: texts });
    const snapshot = await createWordHost(fake.globals).readSnapshot();
    viaOoxml = snapshot;

    expect(bare(snapshot)).toEqual(full);
    expect(fake.answers).toHaveLength(1);
    const bytes = fake.answers[0]?.bytes ?? 0;
    expect(bytes).toBeGreaterThan(WEB_LIMIT);
    measured.before = {
      syncs: 1,
      answerBytes: bytes,
      getOoxmlChars: ooxml.length,
      alignMs: +(snapshot.read?.alignMs ?? 0).toFixed(1),
    };
  });

  it("after: getOoxml refused, Word's texts in a second sync under the limit, the .docx in 4 MB slices; same snapshot", async () => {
    const fake = fakeOffice({
      wordApi: "1.4",
      ooxml,
      paragraphs: texts,
      file,
      responseLimit: WEB_LIMIT,
    });
    const host = createWordHost(fake.globals);
    const snapshot = await host.readSnapshot();

    // The snapshot is the full-OOXML read's, and lines up with Word's list as that read would.
    expect(bare(snapshot)).toEqual(full);
    viaOoxml ??= snapshotFromSource({ ooxml, wordTexts: texts, via: "getOoxml" });
    expect(snapshot.alignment).toEqual(viaOoxml.alignment);
    // One Word.run, two syncs: the refused one and Word's paragraph texts alone.
    expect(count(fake.calls, "Word.run")).toBe(1);
    expect(count(fake.calls, "sync")).toBe(2);
    expect(fake.answers.map((answer) => answer.refused)).toEqual([true, false]);
    const textAnswer = fake.answers[1]?.bytes ?? Infinity;
    expect(textAnswer).toBeLessThan(WEB_LIMIT);
    // Every slice within Office's 4 MB, the file closed once.
    expect(fake.slices.every((size) => size <= SLICE_BYTES)).toBe(true);
    expect(fake.slices.reduce((a, b) => a + b, 0)).toBe(file.length);
    expect(count(fake.calls, "closeAsync")).toBe(1);
    expect(snapshot.read).toMatchObject({ via: "file", size: file.length, revisions: false });
    expect(snapshot.read?.notes[0]?.vi).toMatch(/^Văn bản lớn: .* đã đọc tệp \.docx/);
    measured.after = {
      syncs: 2,
      refusedAnswerBytes: fake.answers[0]?.bytes,
      paragraphTextsAnswerBytes: textAnswer,
      fileBytes: file.length,
      slices: fake.slices,
      paragraphs: { checked: full.paragraphs.length, word: texts.length },
      alignMs: +(snapshot.read?.alignMs ?? 0).toFixed(1),
    };
  });

  it("the 14-page report with a 20 MB picture: the file is read in slices, the picture never unpacked; same snapshot", async () => {
    // The report once (its alignment is cheap); the picture alone makes the answer too large.
    const media = { "word/media/image1.png": picture(20) };
    const withPicture = docxAsFlatOpc(REPORT, 1, media);
    const pictureFile = docxAsFile(REPORT, 1, media);
    const fake = fakeOffice({
      ooxml: withPicture,
      paragraphs: wordListing(withPicture, "row-marks"),
      file: pictureFile,
      responseLimit: WEB_LIMIT,
    });
    const snapshot = await createWordHost(fake.globals).readSnapshot();

    expect(bare(snapshot)).toEqual(readFlatOpc(docxAsFlatOpc(REPORT)));
    expect(snapshot.read?.via).toBe("file");
    expect(fake.slices.length).toBe(Math.ceil(pictureFile.length / SLICE_BYTES));
    expect(fake.slices.every((size) => size <= SLICE_BYTES)).toBe(true);
    measured.withPicture = {
      pictureMB: 20,
      getOoxmlAnswerBytes: fake.answers[0]?.bytes,
      fileBytes: pictureFile.length,
      slices: fake.slices.length,
    };
  });
});

describe("the file read gives the getOoxml read's snapshot", () => {
  const files = readdirSync(REAL).filter((name) => name.endsWith(".docx"));

  it.each(files)("%s", (name) => {
    const path = join(REAL, name);
    const ooxml = docxAsFlatOpc(path);
    const fromFile = snapshotFromSource({ docx: docxAsFile(path), wordTexts: [], via: "file" });
    const fromOoxml = snapshotFromSource({ ooxml, wordTexts: [], via: "getOoxml" });
    // A body package with no header or footer part may be Word leaving them out: its page numbers are unknown, where
    // the file says there are none.
    const headerless = !/pkg:name="\/word\/(?:header|footer)\d*\.xml"/.test(ooxml);
    const unknownNumbers = (snapshot: typeof fromFile) => ({
      ...bare(snapshot),
      sections: snapshot.sections.map((section) => {
        const rest: { -readonly [K in keyof typeof section]?: (typeof section)[K] } = {
          ...section,
        };
        delete rest.pageNumbers;
        delete rest.evenAndOddPages;
        return rest;
      }),
    });
    if (headerless) {
      expect(fromOoxml.sections.every((s) => s.pageNumbers === undefined)).toBe(true);
      expect(fromFile.sections.flatMap((s) => s.pageNumbers ?? [])).toEqual([]);
      expect(unknownNumbers(fromFile)).toEqual(bare(fromOoxml));
    } else expect(bare(fromFile)).toEqual(bare(fromOoxml));
    expect(fromFile.paragraphs.length).toBeGreaterThan(0);
  });
});

describe("when the large read fails", () => {
  const ooxml = docxAsFlatOpc(REPORT, 2);
  const texts = wordListing(ooxml, "exact");
  // Below the package, above Word's paragraph texts.
  const limit = Math.floor(ooxml.length / 4);

  it("without getFileAsync: the payload sentence, after one sync", async () => {
    const fake = fakeOffice({ ooxml, paragraphs: texts, responseLimit: limit });
    const error = await createWordHost(fake.globals)
      .readSnapshot()
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).reason).toMatch(
      /^Word không đọc được văn bản: văn bản quá lớn để Word trên web gửi cho phần bổ trợ/
    );
    expect(count(fake.calls, "sync")).toBe(1);
  });

  it("when getFileAsync fails too: the payload sentence, both of Office's answers in the detail", async () => {
    const fake = fakeOffice({
      ooxml,
      paragraphs: texts,
      responseLimit: limit,
      fileError: { code: 11001, message: "A network problem has prevented retrieval of the file." },
    });
    const error = (await createWordHost(fake.globals)
      .readSnapshot()
      .catch((e: unknown) => e)) as HostError;

    expect(error.messages?.en).toMatch(/too large for Word on the web/);
    expect(error.detail).toBe(
      "ResponsePayloadSizeLimitExceeded: The response payload size has exceeded the limit.; getFileAsync: A network problem has prevented retrieval of the file."
    );
    expect(count(fake.calls, "Word.run")).toBe(1);
  });

  it("a GeneralException from getOoxml is read as a file too (office-js #6059)", async () => {
    const fake = fakeOffice({
      ooxml,
      paragraphs: texts,
      file: docxAsFile(REPORT, 2),
      syncError: Object.assign(new Error("GeneralException"), { code: "GeneralException" }),
    });
    const snapshot = await createWordHost(fake.globals).readSnapshot();
    expect(bare(snapshot)).toEqual(readFlatOpc(ooxml));
    expect(snapshot.read?.via).toBe("file");
  });

  it("a refusal for another reason is not retried", async () => {
    const fake = fakeOffice({
      ooxml,
      paragraphs: texts,
      file: docxAsFile(REPORT, 2),
      syncError: Object.assign(new Error("Access denied"), { code: "AccessDenied" }),
    });
    await expect(createWordHost(fake.globals).readSnapshot()).rejects.toThrow(
      /văn bản được bảo vệ/
    );
    expect(count(fake.calls, "getFileAsync")).toBe(0);
  });
});

describe("readSource: the hand-over for a Web Worker (issue 14)", () => {
  it("gives what snapshotFromSource turns into readSnapshot's snapshot, and survives structured cloning", async () => {
    const ooxml = docxAsFlatOpc(REPORT);
    const texts = wordListing(ooxml, "row-marks");
    const host = createWordHost(fakeOffice({ ooxml, paragraphs: texts }).globals);
    const source = await host.readSource();
    const posted = structuredClone(source);

    expect(source).toMatchObject({ via: "getOoxml", wordTexts: texts });
    const inWorker = snapshotFromSource(posted);
    const inPane = await host.readSnapshot();
    expect(bare(inWorker)).toEqual(bare(inPane));
    expect(inWorker.alignment).toEqual(inPane.alignment);
  });

  it("hands the file over as bytes when the body was read as a file", async () => {
    const ooxml = docxAsFlatOpc(REPORT, 2);
    const file = docxAsFile(REPORT, 2);
    const source = await createWordHost(
      fakeOffice({
        ooxml,
        paragraphs: wordListing(ooxml, "exact"),
        file,
        responseLimit: Math.floor(ooxml.length / 4),
      }).globals
    ).readSource();
    expect(source.via).toBe("file");
    expect(source.ooxml).toBeUndefined();
    expect(source.docx).toEqual(file);
    expect(source.slices).toBe(1);
  });
});

describe("a part Word did not hand over", () => {
  const body = (runProps: string) =>
    `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>${runProps}<w:t>Kính gửi: Sở Tài chính</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;

  it("says theme fonts are unknown when the package has theme fonts and no theme part (audit M4)", () => {
    const themed = snapshotFromSource({
      ooxml: body('<w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr>'),
      wordTexts: ["Kính gửi: Sở Tài chính"],
      via: "getOoxml",
    });
    expect(themed.read.notes.map((note) => note.vi)).toEqual([
      expect.stringMatching(/^Word không gửi kèm phần chủ đề \(theme\)/),
    ]);
    const plain = snapshotFromSource({
      ooxml: body('<w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr>'),
      wordTexts: ["Kính gửi: Sở Tài chính"],
      via: "getOoxml",
    });
    expect(plain.read.notes).toEqual([]);
  });

  it("says nothing for a real document, whose package carries its theme", () => {
    const ooxml = docxAsFlatOpc(REPORT);
    expect(ooxml).toContain('pkg:name="/word/theme/theme1.xml"');
    expect(snapshotFromSource({ ooxml, wordTexts: [], via: "getOoxml" }).read.notes).toEqual([]);
  });
});
