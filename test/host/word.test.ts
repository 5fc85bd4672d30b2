// The Word adapter's call sequences, against a recording fake of the Office.js globals it uses.

import type { Block } from "../../src/blocks/block";
import { headerBlock } from "../../src/blocks/header-block";
import { LOCATE_REASONS, SKIP_REASONS } from "../../src/check/apply-fixes";
import type { Finding, Fix } from "../../src/check/types";
import {
  type CheckedText,
  HostError,
  PARAGRAPH_CHANGED,
  failureReason,
} from "../../src/host/document-host";
import {
  IGNORE_SETTING,
  type OfficeGlobals,
  type WordContext,
  createWordHost,
} from "../../src/host/word";
import { checkSnapshot } from "../../src/check/engine";
import { flatOpcPackage } from "../../src/ooxml/flat-opc";
import { readFlatOpc } from "../../src/ooxml/snapshot-reader";
import { type Call, count, fakeOffice, wordCalls } from "./word-fake";

function header(): Block {
  const result = headerBlock({
    profile: "dang-2018",
    type: "ket-luan",
    superior: "Đảng bộ tỉnh Quảng Nam",
    issuer: "Thị ủy Điện Bàn",
    issuerCode: "TU",
    number: "1301",
    place: "Điện Bàn",
    date: "18/7/2023",
  });
  if (!result.ok) throw new Error(`header refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

async function failure(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected the host to fail");
}

describe("insertBlocks", () => {
  /** The document part's body content of a package, after the last block's content control. */
  const afterBlocks = (ooxml: string) =>
    ooxml.slice(ooxml.lastIndexOf("</w:sdt>") + "</w:sdt>".length, ooxml.indexOf("</w:body>"));

  it("at the start of a document that opens with a table: into an empty paragraph put before that table", async () => {
    const fake = fakeOffice({ wordApi: "1.3", leadingTable: true });
    await createWordHost(fake.globals).insertBlocks([header()], "start");

    expect(fake.calls.filter(([name]) => name !== "isSetSupported")).toEqual([
      ["Word.run"],
      ["paragraphs.getFirst"],
      ["paragraph.load", "tableNestingLevel"],
      ["sync"],
      ["table.insertParagraph", "", "Before"],
      // The header ends with a table: the new paragraph stays after it, keeping it apart from the document's table.
      ["paragraph.insertOoxml", "Start"],
      ["sync"],
    ]);
    expect(count(fake.calls, "body.insertOoxml")).toBe(0);
    // No empty paragraph of its own after the blocks.
    expect(afterBlocks(fake.packages[0] ?? "")).toBe("");
  });

  it("at the start of a document that opens with a paragraph: at the body's start, no empty paragraph added", async () => {
    const fake = fakeOffice({ wordApi: "1.3" });
    await createWordHost(fake.globals).insertBlocks([header()], "start");

    expect(wordCalls(fake.calls).slice(-2)).toEqual([["body.insertOoxml", "Start"], ["sync"]]);
    expect(count(fake.calls, "sync")).toBe(2);
    expect(afterBlocks(fake.packages[0] ?? "")).toBe("");
  });

  it("writes every paragraph property itself, so the document's Normal style cannot leak in", async () => {
    const fake = fakeOffice({ wordApi: "1.3" });
    await createWordHost(fake.globals).insertBlocks([header()], "cursor");
    const ooxml = fake.packages[0] ?? "";
    const paragraphs = ooxml.match(/<w:pPr>.*?<\/w:pPr>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const pPr of paragraphs) {
      expect(pPr).toMatch(/<w:ind w:left="\d+" w:right="\d+" w:firstLine="\d+"\/>/);
      expect(pPr).toContain('w:beforeAutospacing="0"');
      expect(pPr).toContain('<w:outlineLvl w:val="9"/>');
      expect(pPr).toContain('<w:keepNext w:val="0"/>');
    }
  });

  it("at the start where WordApi 1.3 is missing: one Word.run, body.insertOoxml(…, 'Start'), then one sync", async () => {
    const fake = fakeOffice();
    await createWordHost(fake.globals).insertBlocks([header()], "start");

    expect(wordCalls(fake.calls)).toEqual([["Word.run"], ["body.insertOoxml", "Start"], ["sync"]]);
    expect(fake.packages).toHaveLength(1);
    expect(fake.packages[0]).toContain("<pkg:package");
    expect(fake.packages[0]).toContain("Số 1301-KL/TU");
  });

  it("at the cursor: after the selection, which is never replaced", async () => {
    const fake = fakeOffice();
    await createWordHost(fake.globals).insertBlocks([header()], "cursor");

    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["document.getSelection"],
      ["selection.insertOoxml", "After"],
      ["sync"],
    ]);
    expect(fake.calls.flat()).not.toContain("Replace");
  });

  it("at the cursor with WordApi 1.3: asks where the cursor is, then inserts, in two syncs", async () => {
    const fake = fakeOffice({ wordApi: "1.3", cursorStory: ["TableCell", "MainDoc"] });
    await createWordHost(fake.globals).insertBlocks([header()], "cursor");

    expect(count(fake.calls, "selection.insertOoxml")).toBe(1);
    expect(count(fake.calls, "sync")).toBe(2);
  });

  it.each([
    [["Header"], "Con trỏ đang ở đầu trang: khối chỉ chèn vào thân văn bản"],
    [["TableCell", "Footer"], "Con trỏ đang ở chân trang: khối chỉ chèn vào thân văn bản"],
    [["Endnote"], "Con trỏ đang ở chú thích cuối văn bản: khối chỉ chèn vào thân văn bản"],
    [
      ["Unknown"],
      "Con trỏ đang ngoài thân văn bản (trong hộp văn bản, đầu/chân trang hoặc chú thích)",
    ],
  ])(
    "refuses a cursor in %j with a sentence, inserting nothing (audit M9)",
    async (story, said) => {
      const fake = fakeOffice({ wordApi: "1.3", cursorStory: story });
      const error = await createWordHost(fake.globals)
        .insertBlocks([header()], "cursor")
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).reason.startsWith(said)).toBe(true);
      expect((error as HostError).messages?.en).toMatch(
        /^The cursor is .*: blocks go into the main text only/
      );
      expect(fake.packages).toEqual([]);
      expect(count(fake.calls, "sync")).toBe(1);
    }
  );

  it("puts several blocks in one package, one Word.run and at most two syncs", async () => {
    const fake = fakeOffice();
    await createWordHost(fake.globals).insertBlocks([header(), header()], "start");

    expect(fake.calls.filter(([name]) => name === "Word.run")).toHaveLength(1);
    expect(fake.calls.filter(([name]) => name.endsWith("insertOoxml"))).toHaveLength(1);
    expect(fake.calls.filter(([name]) => name === "sync").length).toBeLessThanOrEqual(2);
    expect(fake.packages[0]?.match(/thethuc:header/g)).toHaveLength(2);
  });

  it("turns Word's refusal into a sentence that says what to do, Office's message kept as the detail", async () => {
    const officeError = Object.assign(
      new Error("The requested operation failed.\r\nDebug info: InsertOoxml, line 3"),
      { code: "GeneralException", debugInfo: { errorLocation: "Body.insertOoxml" } }
    );
    const fake = fakeOffice({ syncError: officeError });
    const error = await failure(createWordHost(fake.globals).insertBlocks([header()], "start"));

    expect(error.reason).toMatch(
      /^Word không chèn được khối: tài liệu đang ở chế độ chỉ xem hoặc bị hạn chế chỉnh sửa — bấm Chỉnh sửa tài liệu/
    );
    expect(error.reason).not.toMatch(/[\r\n]/);
    expect(error.detail).toBe(
      "GeneralException: The requested operation failed. (Body.insertOoxml)"
    );
    expect(error.cause).toBe(officeError);
  });

  it("names the Office error code when the message is blank, and survives a thrown string", async () => {
    const blank = Object.assign(new Error("\n"), { code: "AccessDenied" });
    const first = await failure(
      createWordHost(fakeOffice({ syncError: blank }).globals).insertBlocks([header()], "cursor")
    );
    expect(first.reason).toMatch(/^Word không chèn được khối: văn bản được bảo vệ/);
    expect(first.detail).toBe("AccessDenied");

    const second = await failure(
      createWordHost(fakeOffice({ runError: "RichApi.Error: not ready" }).globals).insertBlocks(
        [header()],
        "start"
      )
    );
    expect(second.reason).toMatch(/^Word không chèn được khối: Word báo lỗi — thử lại/);
    expect(second.detail).toBe("RichApi.Error: not ready");
  });
});

describe("capabilities", () => {
  it.each([
    ["1.1", "1.1", false],
    ["1.2", "1.2", false],
    ["1.3", "1.3", true],
    ["1.5", "1.5", true],
    ["1.9", "1.9", true],
  ])(
    "with WordApi %s supported: wordApi %s, createDocument %s",
    (supported, wordApi, createDocument) => {
      const fake = fakeOffice({ wordApi: supported });
      expect(createWordHost(fake.globals).capabilities()).toEqual({
        wordApi,
        createDocument,
        comments: minorOf(wordApi) >= 4,
        web: false,
      });
      // Asks about WordApi only, and never calls into Word.
      expect(
        fake.calls.every(([name, set]) => name === "isSetSupported" && set === "WordApi")
      ).toBe(true);
    }
  );

  it("reports 1.1 when the host answers no to every version", () => {
    const fake = fakeOffice({ wordApi: "1.0" });
    expect(createWordHost(fake.globals).capabilities()).toEqual({
      wordApi: "1.1",
      createDocument: false,
      comments: false,
      web: false,
    });
  });

  it("knows Word on the web from Office's diagnostics", () => {
    const fake = fakeOffice({ wordApi: "1.9", platform: "OfficeOnline" });
    expect(createWordHost(fake.globals).capabilities().web).toBe(true);
  });
});

function minorOf(version: string): number {
  return Number(version.split(".")[1]);
}

/** Word's own request context fits the slice word.ts declares (a compile-time check, run for the record). */
function wordContextFits(context: Word.RequestContext): WordContext {
  return context;
}

/** The Office globals fit too, settings store included. */
function officeGlobalsFit(word: typeof Word, office: typeof Office): OfficeGlobals {
  return { Word: word, Office: office };
}

it("is typed so that Word's own context and globals satisfy it", () => {
  expect(typeof wordContextFits).toBe("function");
  expect(typeof officeGlobalsFit).toBe("function");
});

/** The texts a check saw, as the pane hands them to applyFixes. */
function checked(texts: readonly string[]): CheckedText {
  return { paragraphs: texts.map((text) => ({ text })) };
}

function syncsOf(calls: readonly Call[]): number {
  return count(calls, "sync");
}

describe("readSnapshot", () => {
  const ooxml = () => flatOpcPackage([header()]);

  it("reads the body's package and Word's paragraph texts in one Word.run and one sync, and aligns them", async () => {
    // One package: each carries fresh random content-control ids.
    const xml = ooxml();
    const texts = readFlatOpc(xml).paragraphs.map((p) => p.text);
    const fake = fakeOffice({ ooxml: xml, paragraphs: texts });
    const snapshot = await createWordHost(fake.globals).readSnapshot();

    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["body.getOoxml"],
      ["paragraphs.load", "text"],
      ["sync"],
    ]);
    const { alignment, read, ...rest } = snapshot;
    expect(rest).toEqual(readFlatOpc(xml));
    expect(read).toMatchObject({
      via: "getOoxml",
      size: xml.length,
      revisions: false,
      notes: [],
    });
    expect(alignment?.wordIndex).toEqual(texts.map((_, i) => i));
    expect(snapshot.paragraphs.map((p) => p.text)).toContain("Số 1301-KL/TU");
  });

  // Rule 14 in the add-in: Word's body package may or may not carry the headers and footers (not seen on every Word).
  describe("page numbers (rule 14)", () => {
    const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const part = (name: string, xml: string) =>
      `<pkg:part pkg:name="${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
    /** A body package as Word may hand it over: with its header part (a right-aligned number), or without any. */
    const bodyPackage = (withHeader: boolean) =>
      `<pkg:package xmlns:pkg="${PKG}">` +
      part(
        "/_rels/.rels",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
      ) +
      part(
        "/word/document.xml",
        `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p><w:sectPr>` +
          (withHeader ? `<w:headerReference w:type="default" r:id="rId7"/>` : "") +
          `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/><w:titlePg/></w:sectPr></w:body></w:document>`
      ) +
      part(
        "/word/_rels/document.xml.rels",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          (withHeader
            ? `<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`
            : "") +
          `</Relationships>`
      ) +
      (withHeader
        ? part(
            "/word/header1.xml",
            `<w:hdr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`
          )
        : "") +
      `</pkg:package>`;
    const pageNumbers = async (withHeader: boolean) => {
      const fake = fakeOffice({
        ooxml: bodyPackage(withHeader),
        paragraphs: ["Nội dung"],
      });
      const snapshot = await createWordHost(fake.globals).readSnapshot();
      const result = checkSnapshot(snapshot, { profile: "nha-nuoc" });
      expect(syncsOf(fake.calls)).toBe(1);
      return {
        findings: result.findings
          .filter((f) => f.rule === "page/numbers")
          .map((f) => f.messages.vi),
        notEvaluated: result.coverage.notEvaluated
          .filter((n) => n.rule === "page/numbers")
          .map((n) => n.reason.vi),
      };
    };

    it("judges them when Word's package carries the header parts", async () => {
      expect(await pageNumbers(true)).toEqual({
        findings: ["Số trang đang lệch về bên phải; quy định đặt chính giữa đầu trang"],
        notEvaluated: [],
      });
    });

    it("says they were not evaluated, and why, when the package carries no header or footer", async () => {
      const { findings, notEvaluated } = await pageNumbers(false);
      expect(findings).toEqual([]);
      expect(notEvaluated).toHaveLength(1);
      expect(notEvaluated[0]).toMatch(/Word không gửi kèm chúng cùng nội dung/);
      expect(notEvaluated[0]).toMatch(/thethuc check/);
    });
  });

  it("turns Word's failure into a one-line HostError", async () => {
    const officeError = Object.assign(new Error("Access denied.\nDebug info: GetOoxml"), {
      code: "AccessDenied",
    });
    const error = await failure(
      createWordHost(fakeOffice({ syncError: officeError }).globals).readSnapshot()
    );
    expect(error.reason).toMatch(/^Word không đọc được văn bản: văn bản được bảo vệ/);
    expect(error.messages?.en).toMatch(
      /^Word could not read the document: the document is protected/
    );
    expect(error.detail).toBe("AccessDenied: Access denied.");
    expect(failureReason(error, "en")).toMatch(/\nDetail: AccessDenied: Access denied\.$/);
    expect(error.cause).toBe(officeError);
  });

  it("turns an unreadable package into a HostError carrying the reader's reason", async () => {
    const error = await failure(
      createWordHost(fakeOffice({ ooxml: "<pkg:package/>" }).globals).readSnapshot()
    );
    expect(error.reason).toMatch(/^Không đọc được văn bản: gói XML không có word\/document\.xml/);
    expect(error.reason).not.toMatch(/[\r\n]/);
  });
});

describe("selectParagraph", () => {
  const texts = ["UBND TỈNH LÀO CAI", "Số: 5 /QĐ-UBND", "Điều 1. Thành lập Tổ công tác."];

  it("selects the paragraph whose text is the one checked: texts loaded, no search, two syncs", async () => {
    const fake = fakeOffice({ paragraphs: texts });
    await createWordHost(fake.globals).selectParagraph(1, checked(texts));

    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["paragraphs.load", "text"],
      ["sync"],
      ["paragraph.select", "1"],
      ["sync"],
    ]);
    expect(fake.touched).toEqual([{ action: "select", index: 1, text: texts[1] }]);
  });

  it("finds the paragraph by its text when paragraphs were added above it", async () => {
    const fake = fakeOffice({ paragraphs: ["", "Kính gửi: Sở Nội vụ", ...texts] });
    await createWordHost(fake.globals).selectParagraph(2, checked(texts));

    expect(fake.touched).toEqual([{ action: "select", index: 4, text: texts[2] }]);
    expect(count(fake.calls, "Word.run")).toBe(1);
    expect(syncsOf(fake.calls)).toBe(2);
    expect(count(fake.calls, "body.search")).toBe(0);
  });

  it("selects nothing and says the document changed when the text is no longer there", async () => {
    const fake = fakeOffice({ paragraphs: [texts[0] ?? "", "Số: 7/QĐ-UBND", texts[2] ?? ""] });
    const error = await failure(createWordHost(fake.globals).selectParagraph(1, checked(texts)));
    expect(error.reason).toBe("Văn bản đã thay đổi — kiểm tra lại.");
    expect(failureReason(error, "en")).toBe("The document has changed — check again.");
    expect(fake.touched).toEqual([]);
    expect(syncsOf(fake.calls)).toBe(1);
  });
});

describe("applyFixes", () => {
  it("applies 500 format fixes in one Word.run with two syncs, touching no text", async () => {
    const texts = Array.from({ length: 500 }, (_, i) => `Đoạn văn số ${i + 1}.`);
    const fixes: Fix[] = texts.map((_, paragraph) => ({
      kind: "format",
      paragraph,
      set: { sizePt: 14, align: "both" },
    }));
    const fake = fakeOffice({ paragraphs: texts });
    const report = await createWordHost(fake.globals).applyFixes(fixes, checked(texts));

    expect(report.applied).toHaveLength(500);
    expect(report.skipped).toEqual([]);
    // Two properties on each: Word undoes them one by one, a thousand Ctrl+Z.
    expect(report.changes).toBe(1000);
    expect(count(fake.calls, "Word.run")).toBe(1);
    expect(syncsOf(fake.calls)).toBe(2);
    expect(count(fake.calls, "font.size")).toBe(500);
    expect(count(fake.calls, "paragraph.alignment")).toBe(500);
    for (const name of ["range.insertText", "body.search", "range.search", "body.insertOoxml"]) {
      expect(count(fake.calls, name)).toBe(0);
    }
    // Last to first.
    expect(fake.calls.find(([name]) => name === "font.size")).toEqual(["font.size", "499", "14"]);
    expect(fake.paragraphs).toEqual(texts);
  });

  it("maps each formatting property to Word's: font, size, colour, emphasis and alignment", async () => {
    const texts = [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Nơi nhận:",
      "Hà Nội, ngày 5 tháng 3 năm 2026",
    ];
    const fixes: Fix[] = [
      { kind: "format", paragraph: 0, set: { bold: true, sizePt: 13, color: "000000" } },
      {
        kind: "format",
        paragraph: 1,
        set: { italic: true, underline: false, font: "Times New Roman" },
      },
      { kind: "format", paragraph: 2, set: { underline: true, align: "center" } },
    ];
    const fake = fakeOffice({ paragraphs: texts });
    await createWordHost(fake.globals).applyFixes(fixes, checked(texts));

    const edits = wordCalls(fake.calls).filter(
      ([name]) => name.startsWith("font.") || name.startsWith("paragraph.")
    );
    expect(edits).toEqual([
      ["font.underline", "2", "Single"],
      ["paragraph.alignment", "2", "Centered"],
      ["font.italic", "1", "true"],
      ["font.underline", "1", "None"],
      ["font.name", "1", "Times New Roman"],
      ["font.bold", "0", "true"],
      ["font.size", "0", "13"],
      ["font.color", "0", "#000000"],
    ]);
  });

  it("replaces only the searched span of a text fix, found by a stretch that occurs once", async () => {
    // "5 /" occurs in two paragraphs; the fix is in the second.
    const texts = ["Mẫu: 5 /QĐ", "Số: 5 /QĐ-UBND", "Điều 1."];
    const fix: Fix = { kind: "text", paragraph: 1, start: 5, end: 6, replacement: "" };
    const fake = fakeOffice({ paragraphs: texts });
    const report = await createWordHost(fake.globals).applyFixes([fix], checked(texts));

    expect(report).toEqual({ applied: [fix], skipped: [], changes: 1 });
    expect(fake.paragraphs).toEqual(["Mẫu: 5 /QĐ", "Số: 5/QĐ-UBND", "Điều 1."]);
    const calls = wordCalls(fake.calls);
    expect(count(calls, "Word.run")).toBe(1);
    expect(syncsOf(calls)).toBe(2);
    const replaces = calls.filter(
      ([name, , , location]) => name === "range.insertText" && location === "Replace"
    );
    expect(replaces).toEqual([["range.insertText", "p1[5,6)", "", "Replace"]]);
    // The search ran on the document once, and the span was then found inside that single result.
    const search = calls.find(([name]) => name === "body.search");
    expect(search?.[1]).not.toBe(" ");
    expect(count(calls, "range.search")).toBe(1);
    expect(count(calls, "font.size")).toBe(0);
  });

  it("inserts without replacing anything when a text fix only adds text", async () => {
    const texts = ["Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này", "- Lưu VT"];
    const fixes: Fix[] = [
      { kind: "text", paragraph: 0, start: 64, end: 64, replacement: "./." },
      { kind: "text", paragraph: 1, start: 5, end: 5, replacement: ":" },
    ];
    const fake = fakeOffice({ paragraphs: texts });
    const report = await createWordHost(fake.globals).applyFixes(fixes, checked(texts));

    expect(report.skipped).toEqual([]);
    expect(fake.paragraphs).toEqual([
      "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.",
      "- Lưu: VT",
    ]);
    expect(
      fake.calls.some(
        ([name, , , location]) => name === "range.insertText" && location === "Replace"
      )
    ).toBe(false);
  });

  it("skips overlapping text fixes and page fixes, saying why, and applies the rest", async () => {
    const texts = ["Số: 5 /QĐ-UBND"];
    const first: Fix = { kind: "text", paragraph: 0, start: 5, end: 6, replacement: "" };
    const overlapping: Fix = { kind: "text", paragraph: 0, start: 4, end: 6, replacement: "" };
    const page: Fix = { kind: "page", section: 0, set: { marginsMm: { left: 30 } } };
    const fake = fakeOffice({ paragraphs: texts });
    const report = await createWordHost(fake.globals).applyFixes(
      [first, overlapping, page],
      checked(texts)
    );

    expect(report.applied).toEqual([first]);
    expect(report.skipped).toEqual([
      { fix: overlapping, reason: SKIP_REASONS.overlap },
      { fix: page, reason: SKIP_REASONS.page },
    ]);
    expect(fake.paragraphs).toEqual(["Số: 5/QĐ-UBND"]);
  });

  it("formats a paragraph found by its text when the count changed, and skips one whose text changed", async () => {
    const fake = fakeOffice({ paragraphs: ["Mới thêm", "Một", "Hai đã sửa", "Ba"] });
    const fixes: Fix[] = [
      { kind: "format", paragraph: 0, set: { bold: true } },
      { kind: "format", paragraph: 1, set: { italic: true } },
    ];
    const report = await createWordHost(fake.globals).applyFixes(
      fixes,
      checked(["Một", "Hai", "Ba"])
    );

    expect(report.applied).toEqual([fixes[0]]);
    expect(report.skipped).toEqual([{ fix: fixes[1], reason: PARAGRAPH_CHANGED }]);
    expect(fake.touched).toEqual([{ action: "format", index: 1, text: "Một" }]);
    expect(syncsOf(fake.calls)).toBe(2);
  });

  it("skips a text fix whose stretch Word does not find exactly once", async () => {
    // The check saw "Số: 5 /QĐ"; Word's document has it twice (a text box, a field result…).
    const fake = fakeOffice({ paragraphs: ["Số: 5 /QĐ", "Số: 5 /QĐ"] });
    const fix: Fix = { kind: "text", paragraph: 0, start: 5, end: 6, replacement: "" };
    const report = await createWordHost(fake.globals).applyFixes(
      [fix],
      checked(["Số: 5 /QĐ", "Khác"])
    );

    expect(report.applied).toEqual([]);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]?.reason.en).toMatch(/not found once/);
    expect(count(fake.calls, "range.insertText")).toBe(0);
  });

  it("skips a text fix that no stretch of its paragraph can single out, without calling Word", async () => {
    const texts = ["Như trên;", "Như trên;"];
    const fix: Fix = { kind: "text", paragraph: 1, start: 8, end: 9, replacement: "," };
    const fake = fakeOffice({ paragraphs: texts });
    const report = await createWordHost(fake.globals).applyFixes([fix], checked(texts));

    expect(report.skipped).toEqual([{ fix, reason: LOCATE_REASONS.ambiguous }]);
    expect(count(fake.calls, "Word.run")).toBe(0);
  });

  it("turns Word's failure into a HostError", async () => {
    const viewing = Object.assign(new Error("There was an internal error."), {
      code: "GeneralException",
    });
    const fake = fakeOffice({ paragraphs: ["Một"], syncError: viewing });
    const error = await failure(
      createWordHost(fake.globals).applyFixes(
        [{ kind: "format", paragraph: 0, set: { bold: true } }],
        checked(["Một"])
      )
    );
    expect(error.reason).toBe(
      "Word không sửa được: tài liệu đang ở chế độ chỉ xem hoặc bị hạn chế chỉnh sửa — bấm Chỉnh sửa tài liệu (hoặc bỏ Hạn chế chỉnh sửa ở thẻ Xem lại) rồi thử lại."
    );
    expect(error.detail).toBe("GeneralException: There was an internal error.");
  });
});

describe("addComments", () => {
  const finding = (paragraph: number | null, rule: string, message: string): Finding => ({
    rule,
    category: "size",
    severity: "error",
    message,
    messages: { vi: message, en: message },
    paragraph,
    text: "",
    source: "[NĐ30 PL I]",
  });

  it("writes each finding on its paragraph (the whole document's on the first) in one run, two syncs", async () => {
    const texts = ["CỘNG HÒA", "Số: 5 /QĐ"];
    const fake = fakeOffice({ wordApi: "1.4", paragraphs: texts });
    const report = await createWordHost(fake.globals).addComments(
      [
        finding(0, "size/national-name", "Quốc hiệu cỡ 12-13"),
        finding(1, "number/spacing", "Thừa dấu cách"),
        finding(null, "page/margins", "Lề trái 30-35 mm"),
      ],
      checked(texts)
    );

    expect(report).toEqual({ written: 3, skipped: [] });
    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["paragraphs.load", "text"],
      ["sync"],
      ["paragraph.getRange", "0", "Whole"],
      ["range.insertComment", "p0[0,8)", "[size/national-name] Quốc hiệu cỡ 12-13 ([NĐ30 PL I])"],
      ["paragraph.getRange", "1", "Whole"],
      ["range.insertComment", "p1[0,9)", "[number/spacing] Thừa dấu cách ([NĐ30 PL I])"],
      ["paragraph.getRange", "0", "Whole"],
      ["range.insertComment", "p0[0,8)", "[page/margins] Lề trái 30-35 mm ([NĐ30 PL I])"],
      ["sync"],
    ]);
  });

  it("refuses without WordApi 1.4, before calling Word", async () => {
    const fake = fakeOffice({ wordApi: "1.3", paragraphs: ["Một"] });
    const error = await failure(
      createWordHost(fake.globals).addComments([finding(0, "a/b", "c")], checked(["Một"]))
    );
    expect(error.reason).toMatch(/WordApi 1\.4/);
    expect(count(fake.calls, "Word.run")).toBe(0);
  });
});

describe("ignored rules", () => {
  it("are stored in the document's settings and saved with it", async () => {
    const fake = fakeOffice();
    const host = createWordHost(fake.globals);
    expect(await host.getIgnored()).toEqual([]);
    await host.setIgnored(["number/spacing", "size/body", "number/spacing"]);

    expect(fake.saved[IGNORE_SETTING]).toEqual(["number/spacing", "size/body"]);
    expect(wordCalls(fake.calls).slice(-2)).toEqual([
      ["settings.set", IGNORE_SETTING, '["number/spacing","size/body"]'],
      ["settings.saveAsync"],
    ]);
    expect(await host.getIgnored()).toEqual(["number/spacing", "size/body"]);
    expect(count(fake.calls, "Word.run")).toBe(0);
  });

  it("read as none when the stored value is not a list of ids", async () => {
    const host = createWordHost(
      fakeOffice({ settings: { [IGNORE_SETTING]: "size/body" } }).globals
    );
    expect(await host.getIgnored()).toEqual([]);
    const mixed = createWordHost(
      fakeOffice({ settings: { [IGNORE_SETTING]: ["a/b", 3, null] } }).globals
    );
    expect(await mixed.getIgnored()).toEqual(["a/b"]);
  });

  it("report a failed save as a HostError", async () => {
    const host = createWordHost(fakeOffice({ saveError: "The document is read-only." }).globals);
    const error = await failure(host.setIgnored(["size/body"]));
    expect(error.reason).toMatch(/^Word không lưu được quy tắc bỏ qua: Word báo lỗi/);
    expect(error.detail).toBe("The document is read-only.");
  });
});
