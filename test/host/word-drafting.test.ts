// The Word adapter's drafting actions — new document, fill an empty one, update blocks — against the recording fake.

import type { Block } from "../../src/blocks/block";
import { headerBlock } from "../../src/blocks/header-block";
import { type Mark, markBlock } from "../../src/blocks/mark-block";
import { newDocumentBlocks } from "../../src/blocks/new-document";
import { checkSnapshot } from "../../src/check/engine";
import { flatOpcPackage } from "../../src/ooxml/flat-opc";
import { readFlatOpc } from "../../src/ooxml/snapshot-reader";
import { closingFrom, CLOSING_DEFAULTS } from "../../src/taskpane/block-forms/closing-form";
import { HostError } from "../../src/host/document-host";
import { createWordHost } from "../../src/host/word";
import { markedReportBlocks } from "../helpers/marked-report";
import { count, fakeOffice, wordCalls } from "./word-fake";

function header(number = "1301"): Block {
  const result = headerBlock({
    profile: "dang-2018",
    type: "ket-luan",
    superior: "Đảng bộ tỉnh Quảng Nam",
    issuer: "Thị ủy Điện Bàn",
    issuerCode: "TU",
    number,
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

describe("createDocument", () => {
  it("opens the .docx as a new document: one Word.run, createDocument, open, one sync", async () => {
    const fake = fakeOffice({ wordApi: "1.3" });
    await createWordHost(fake.globals).createDocument("UEsDBA==");

    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["application.createDocument", "UEsDBA=="],
      ["document.open"],
      ["sync"],
    ]);
  });

  it("refuses without WordApi 1.3, before calling Word", async () => {
    const fake = fakeOffice({ wordApi: "1.2" });
    const error = await failure(createWordHost(fake.globals).createDocument("UEsDBA=="));

    expect(error.reason).toMatch(/WordApi 1\.3/);
    expect(count(fake.calls, "Word.run")).toBe(0);
  });

  it("turns Word's failure into a one-line HostError", async () => {
    const fake = fakeOffice({ wordApi: "1.3", syncError: new Error("Access denied.\nline 2") });
    const error = await failure(createWordHost(fake.globals).createDocument("UEsDBA=="));

    expect(error.reason).toMatch(/^Word không mở được văn bản mới: Word báo lỗi — thử lại/);
    expect(error.detail).toBe("Access denied.");
  });
});

describe("fillEmptyDocument", () => {
  it("reads the body's text, then inserts the package at the start: one Word.run, two syncs", async () => {
    const fake = fakeOffice({ paragraphs: ["", ""] });
    await createWordHost(fake.globals).fillEmptyDocument([header()]);

    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["body.load", "text"],
      ["sync"],
      ["body.insertOoxml", "Start"],
      ["sync"],
    ]);
    expect(fake.packages[0]).toContain("thethuc:header");
  });

  it("refuses a document that has text and never inserts into it", async () => {
    const fake = fakeOffice({ paragraphs: ["Nội dung của người dùng"] });
    const error = await failure(createWordHost(fake.globals).fillEmptyDocument([header()]));

    expect(error.reason).toBe("Văn bản hiện tại không trống; mở một văn bản mới rồi thử lại");
    expect(fake.calls.some(([name]) => name.endsWith("insertOoxml"))).toBe(false);
    expect(count(fake.calls, "sync")).toBe(1);
    expect(fake.paragraphs).toEqual(["Nội dung của người dùng"]);
  });
});

describe("fillEmptyDocument: page 1's own header and footer (WordApi 1.1–1.2)", () => {
  // A State công văn with ô 13 and a text kèm theo a quyết định with the organisation's digital signature: what a
  // written .docx puts in page 1's own footer and header.
  function built(extra: Record<string, unknown>) {
    const result = newDocumentBlocks({
      profile: "nha-nuoc",
      type: "cong-van",
      issuer: "Sở Nội vụ",
      issuerCode: "SNV",
      unitCode: "KS",
      place: "Lào Cai",
      ...extra,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  }

  it("leaves ô 13 out of the body and names it, in one Word.run and two syncs", async () => {
    const blocks = built({ contacts: ["Số 1 đường Hoàng Liên", "ĐT: 0214 3840 000"] });
    const fake = fakeOffice({ paragraphs: [""] });
    const report = await createWordHost(fake.globals).fillEmptyDocument(blocks);

    expect(report.leftOut.map((block) => block.name)).toEqual(["contacts"]);
    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["body.load", "text"],
      ["sync"],
      ["body.insertOoxml", "Start"],
      ["sync"],
    ]);
    expect(fake.packages).toHaveLength(1);
    expect(fake.packages[0]).toContain("thethuc:closing");
    expect(fake.packages[0]).not.toContain("0214 3840 000");
    expect(fake.packages[0]).not.toContain("thethuc:contacts");
  });

  it("leaves the organisation's digital signature out of an attached text's body and names it", async () => {
    const blocks = built({
      type: "ke-hoach",
      unitCode: undefined,
      attachedTo: "…",
      electronic: true,
    });
    const fake = fakeOffice({ paragraphs: [""] });
    const report = await createWordHost(fake.globals).fillEmptyDocument(blocks);

    expect(report.leftOut.map((block) => block.name)).toEqual(["organisation-signature"]);
    expect(fake.packages[0]).not.toContain("Thời gian ký");
    expect(fake.packages[0]).toContain("KẾ HOẠCH");
  });

  it("leaves nothing out of a document that has neither", async () => {
    const fake = fakeOffice({ paragraphs: [""] });
    const report = await createWordHost(fake.globals).fillEmptyDocument(built({}));
    expect(report.leftOut).toEqual([]);
  });

  it("refuses a document with text before leaving anything out", async () => {
    const fake = fakeOffice({ paragraphs: ["Nội dung"] });
    const blocks = built({ contacts: ["ĐT: 0214 3840 000"] });
    const error = await failure(createWordHost(fake.globals).fillEmptyDocument(blocks));
    expect(error.reason).toBe("Văn bản hiện tại không trống; mở một văn bản mới rồi thử lại");
    expect(fake.calls.some(([name]) => name.endsWith("insertOoxml"))).toBe(false);
  });
});

describe("insertBlocks: the Insert pane's electronic closing (PL1 II.7d, II.8a)", () => {
  it("puts the signature and seal placeholders at the cursor in one Word.run, two syncs", async () => {
    const closing = closingFrom(
      { profile: "nha-nuoc", issuer: "Ủy ban nhân dân tỉnh Lào Cai" },
      {
        ...CLOSING_DEFAULTS,
        recipients: ["Như trên"],
        signerTitle: "Phó Chủ tịch",
        signer: "Nguyễn Văn An",
        electronic: "yes",
        sealDiameter: "42",
      }
    );
    if (!closing.ok) throw new Error(JSON.stringify(closing.errors));
    const fake = fakeOffice({ wordApi: "1.3", paragraphs: ["Nội dung"] });
    await createWordHost(fake.globals).insertBlocks([closing.value], "cursor");

    expect(count(fake.calls, "Word.run")).toBe(1);
    expect(count(fake.calls, "sync")).toBeLessThanOrEqual(2);
    const ooxml = fake.packages[0] ?? "";
    expect(ooxml).toContain("thethuc:closing");
    // 40 × 16 mm blue frame, a red circle of the seal's real 42 mm, neither carrying text the checker would read.
    expect(ooxml).toMatch(/<v:rect [^>]*width:113\.4pt;height:45\.4pt[^>]*strokecolor="#1F4E9E"/);
    expect(ooxml).toMatch(/<v:oval [^>]*width:119\.1pt;height:119\.1pt[^>]*strokecolor="#C00000"/);
    expect(ooxml).toContain("KT. CHỦ TỊCH");
  });

  it("writes no placeholder on paper, and none under a Party profile (D25)", () => {
    for (const [profile, electronic] of [
      ["nha-nuoc", ""],
      ["dang-2018", "yes"],
    ] as const) {
      const closing = closingFrom(
        { profile, issuer: profile === "nha-nuoc" ? "Sở Nội vụ" : "Thị ủy Điện Bàn" },
        { ...CLOSING_DEFAULTS, signerTitle: "Bí thư", signer: "A", electronic }
      );
      if (!closing.ok) throw new Error(JSON.stringify(closing.errors));
      expect(JSON.stringify(closing.value)).not.toContain('"shapes"');
    }
  });

  it("refuses a seal diameter outside real seals before Word is called", () => {
    const closing = closingFrom(
      { profile: "nha-nuoc", issuer: "Sở Nội vụ" },
      { ...CLOSING_DEFAULTS, electronic: "yes", sealDiameter: "4 cm" }
    );
    expect(closing.ok ? [] : closing.errors.map((e) => e.field)).toEqual(["sealDiameter"]);
  });
});

describe("insertBlocks: the Insert pane's secrecy stamp (D38)", () => {
  /** The `<w:p>` that carries `text` in a package. */
  const paragraphOf = (ooxml: string, text: string) =>
    ooxml.match(new RegExp(`<w:p>(?:(?!</w:p>).)*>${text}</w:t>.*?</w:p>`))?.[0] ?? "";
  const inserted = async (profile: "nha-nuoc" | "dang-2026", marks: Mark[], wordApi: string) => {
    const block = markBlock(profile, marks);
    if (!block.ok) throw new Error(JSON.stringify(block.errors));
    const fake = fakeOffice({ wordApi, paragraphs: ["Nội dung"] });
    await createWordHost(fake.globals).insertBlocks([block.value], "cursor");
    expect(count(fake.calls, "Word.run")).toBe(1);
    expect(count(fake.calls, "sync")).toBeLessThanOrEqual(2);
    expect(fake.packages).toHaveLength(1);
    return fake.packages[0] ?? "";
  };

  it.each([
    ["nha-nuoc", "MẬT", "1.3"],
    ["nha-nuoc", "TUYỆT MẬT", "1.1"],
    ["dang-2026", "TỐI MẬT", "1.3"],
  ] as const)(
    "%s: %s goes in framed by two lines, 13 pt bold — the paragraph `new` writes (WordApi %s)",
    async (profile, mark, wordApi) => {
      const ooxml = await inserted(profile, [mark, "HỎA TỐC"], wordApi);
      const stamp = paragraphOf(ooxml, mark);
      // Four sides, double, 0.75 pt (w:sz in eighths), black [TT24 mẫu số 02] (D38).
      for (const side of ["top", "left", "bottom", "right"])
        expect(stamp).toContain(
          `<w:${side} w:val="double" w:sz="6" w:space="1" w:color="000000"/>`
        );
      expect(stamp).toContain('<w:jc w:val="center"/>');
      expect(stamp).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
      // The same paragraph, byte for byte, as the one `thethuc new` puts under the number (one source of truth).
      expect(stamp).toBe(
        paragraphOf(flatOpcPackage(markedReportBlocks(profile, [mark], ["HỎA TỐC"])), mark)
      );
      // Secrecy above urgency [PL1 IV]; the Party's khẩn stays unframed (conventions §3.13).
      expect(ooxml.indexOf(`>${mark}<`)).toBeLessThan(ooxml.indexOf(">HỎA TỐC<"));
      const urgency = paragraphOf(ooxml, "HỎA TỐC");
      expect(urgency.includes("<w:pBdr>")).toBe(profile === "nha-nuoc");
      expect(urgency).not.toContain('w:val="double"');
    }
  );

  it("frames MẬT 20 mm wide in the left column of a header with short names", async () => {
    const ooxml = await inserted("nha-nuoc", ["MẬT"], "1.3");
    const [, left, right] = paragraphOf(ooxml, "MẬT").match(
      /<w:ind w:left="(\d+)" w:right="(\d+)"/
    ) ?? ["", "0", "0"];
    const header = markedReportBlocks("nha-nuoc")[0];
    const table = header?.content.find((c) => c.kind === "table");
    const columnMm = table?.kind === "table" ? (table.columnsMm[0] ?? 0) : 0;
    const twipsPerMm = 1440 / 25.4;
    const frameMm = columnMm - 2 * 1.905 - (Number(left) + Number(right)) / twipsPerMm;
    expect(left).toBe(right);
    expect(frameMm).toBeCloseTo(20, 0);
  });

  it("makes a document our own check passes: no header/secrecy-stamp finding where the mark is inserted", async () => {
    const ooxml = await inserted("nha-nuoc", ["MẬT"], "1.3");
    // The inserted content control, put where the user's cursor stood: under the number, in the header's left cell.
    const control = ooxml.slice(ooxml.indexOf("<w:sdt>"), ooxml.lastIndexOf("</w:sdt>") + 8);
    const document = flatOpcPackage(markedReportBlocks("nha-nuoc"));
    const numberEnd = document.indexOf("</w:p>", document.indexOf(">Số: ")) + "</w:p>".length;
    const withMark = document.slice(0, numberEnd) + control + document.slice(numberEnd);
    const result = checkSnapshot(readFlatOpc(withMark), { profile: "nha-nuoc" });
    expect(result.documentType).toBe("bao-cao");
    const rule = "header/secrecy-stamp";
    expect(result.findings.filter((f) => f.rule === rule)).toEqual([]);
    // The rule did look at the mark (it says "not evaluated" when there is none)…
    expect(result.coverage.notEvaluated.map((n) => n.rule)).not.toContain(rule);
    // …and warns on the same mark without its frame, as it did on the Insert pane's mark before.
    const bare = withMark.replace(
      /<w:pBdr>(?:(?!<\/w:pBdr>).)*<\/w:pBdr>(?=(?:(?!<\/w:p>).)*>MẬT<)/,
      ""
    );
    expect(bare).not.toBe(withMark);
    const unframed = checkSnapshot(readFlatOpc(bare), { profile: "nha-nuoc" });
    expect(unframed.findings.filter((f) => f.rule === rule).map((f) => f.severity)).toEqual([
      "warning",
    ]);
  });
});

describe("content-control ids (audit M10)", () => {
  it("gives every inserted control its own w:id, different from one insertion to the next", async () => {
    const fake = fakeOffice({ wordApi: "1.3", paragraphs: ["Nội dung"] });
    const host = createWordHost(fake.globals);
    const closing = { ...header(), name: "closing", title: "Nơi nhận" };
    await host.insertBlocks([header(), closing], "cursor");
    await host.insertBlocks([header()], "cursor");

    const ids = fake.packages.flatMap((pkg) =>
      [...pkg.matchAll(/<w:sdtPr>.*?<w:id w:val="(\d+)"\/><\/w:sdtPr>/g)].map((m) => Number(m[1]))
    );
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id >= 1 && id <= 0x7fffffff).toBe(true);
  });
});

describe("updateBlocks", () => {
  it("replaces the content of every control with the block's tag, in one Word.run and two syncs", async () => {
    const fake = fakeOffice({
      contentControls: ["thethuc:header", "thethuc:closing", "thethuc:header"],
    });
    const updated = await createWordHost(fake.globals).updateBlocks([header("1302")]);

    expect(updated).toBe(2);
    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["contentControls.getByTag", "thethuc:header"],
      ["contentControls.load", "$none"],
      ["sync"],
      ["contentControl.insertOoxml", "thethuc:header#0", "Replace"],
      ["contentControl.insertOoxml", "thethuc:header#1", "Replace"],
      ["sync"],
    ]);
    expect(fake.packages[0]).toContain("Số 1302-KL/TU");
    // The control keeps its tag; the new content carries none, so controls never nest.
    expect(fake.packages[0]).not.toContain("thethuc:header");
  });

  it("queues every block's search before the one sync, and stops there when none is found", async () => {
    const fake = fakeOffice({ contentControls: [] });
    const closing = { ...header(), name: "closing" };
    const updated = await createWordHost(fake.globals).updateBlocks([header(), closing]);

    expect(updated).toBe(0);
    expect(fake.calls.map(([name]) => name).filter((name) => name !== "isSetSupported")).toEqual([
      "Word.run",
      "contentControls.getByTag",
      "contentControls.load",
      "contentControls.getByTag",
      "contentControls.load",
      "sync",
    ]);
  });

  it("turns Word's failure into a HostError", async () => {
    const fake = fakeOffice({ syncError: new Error("GeneralException") });
    const error = await failure(createWordHost(fake.globals).updateBlocks([header()]));

    expect(error.reason).toMatch(/^Word không cập nhật được các khối: Word báo lỗi/);
    expect(error.detail).toBe("GeneralException");
  });
});
