// The Citations pane in Debian's Chromium, office.js stubbed, nothing off the machine: insert a citation in full, then
// in short; add one by pasting; list what the document cites and jump to its first mention.

import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Block } from "../../src/blocks/block";
import { flatOpcPackage } from "../../src/ooxml/flat-opc";
import { readFlatOpc } from "../../src/ooxml/snapshot-reader";
import { OFFICE_STUB, OUTPUT, paneHarness } from "../helpers/pane-harness";

const SETTINGS_KEY = "thethuc.settings.v1";
const LIBRARY_KEY = "thethuc.citations.v1";

interface OfficeCall {
  readonly run: number;
  readonly call: string;
  readonly args: readonly unknown[];
}

interface StubDocument {
  readonly ooxml: string;
  readonly paragraphs: string[];
  readonly cursor?: { readonly paragraph: number; readonly offset: number };
}

/** A document of body paragraphs, as Word's getOoxml would give it, with the texts its body.paragraphs lists. */
function documentOf(texts: readonly string[]): StubDocument {
  const block: Block = {
    name: "body",
    title: "Nội dung",
    font: "Times New Roman",
    content: texts.map((text) => ({
      kind: "paragraph" as const,
      role: "body",
      align: "both" as const,
      runs: [{ text, sizePt: 14 }],
    })),
  };
  const ooxml = flatOpcPackage([block], { tagged: false });
  // The cursor at the end of the last text given (the package ends with an empty paragraph of its own).
  const last = texts.length - 1;
  return {
    ooxml,
    paragraphs: readFlatOpc(ooxml).paragraphs.map((p) => p.text),
    cursor: { paragraph: last, offset: (texts[last] ?? "").length },
  };
}

const pane = paneHarness();

async function open(
  document: StubDocument,
  settings: Readonly<Record<string, string>> = {}
): Promise<Page> {
  const context = await pane.newContext(
    `window.__officeStubOptions = { wordApi: 1.4 };\n` +
      `if (!window.__officeStubDocument) window.__officeStubDocument = ${JSON.stringify(document)};\n` +
      `if (!sessionStorage.getItem("seeded")) { sessionStorage.setItem("seeded", "1"); ` +
      `localStorage.setItem(${JSON.stringify(SETTINGS_KEY)}, ${JSON.stringify(JSON.stringify(settings))}); }\n`,
    OFFICE_STUB
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${pane.origin()}/taskpane.html?pane=citations`);
  await page.getByRole("heading", { name: "Thư viện trích dẫn" }).waitFor();
  expect(errors).toEqual([]);
  return page;
}

async function officeCalls(page: Page): Promise<OfficeCall[]> {
  return page.evaluate(() => (window as unknown as { __officeCalls: OfficeCall[] }).__officeCalls);
}

async function paragraphs(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __officeStubDocument: StubDocument }).__officeStubDocument.paragraphs
  );
}

/** The calls of the last Word.run. */
async function lastRun(page: Page): Promise<string[]> {
  const calls = await officeCalls(page);
  const run = Math.max(...calls.map((call) => call.run));
  return calls.filter((call) => call.run === run).map((call) => call.call);
}

describe("the Citations pane", () => {
  it("inserts a library document in full on first mention, then in short, each in one Word.run with two syncs", async () => {
    const page = await open(documentOf(["Căn cứ ", "Thực hiện "]), { profile: "nha-nuoc" });
    // The standing documents are there on first use.
    const library = page.getByRole("list", { name: "Thư viện trích dẫn" });
    for (const name of [
      "Điều lệ Đảng",
      "Quy định số 66-QĐ/TW",
      "Quy định số 399-QĐ/TW",
      "Hướng dẫn số 36-HD/VPTW",
      "Nghị định số 30/2020/NĐ-CP",
    ]) {
      await expect(library.getByText(name, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }

    const insert = page.getByRole("button", {
      name: "Chèn trích dẫn Nghị định số 30/2020/NĐ-CP tại con trỏ",
    });
    await insert.click();
    await page.getByText("Đã chèn dạng đầy đủ (lần đầu nhắc đến)").waitFor();
    expect((await paragraphs(page)).slice(0, 2)).toEqual([
      "Căn cứ ",
      "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
    ]);
    const first = await lastRun(page);
    expect(first.filter((call) => call === "sync")).toHaveLength(2);
    expect(first).toContain("selection.insertText");

    // The cursor was left after the citation; by keyboard this time.
    await page.evaluate(() => {
      const stub = (
        window as unknown as { __officeStubDocument: StubDocument & { paragraphs: string[] } }
      ).__officeStubDocument;
      stub.paragraphs[1] += ", ";
      (stub as { cursor: { offset: number } }).cursor.offset = (stub.paragraphs[1] ?? "").length;
    });
    await insert.focus();
    await page.keyboard.press("Enter");
    await page.getByText("Đã chèn dạng ngắn (văn bản đã được nhắc ở trên)").waitFor();
    expect((await paragraphs(page))[1]).toBe(
      "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Nghị định số 30/2020/NĐ-CP"
    );
    expect((await lastRun(page)).filter((call) => call === "sync")).toHaveLength(2);
    await page.screenshot({
      path: join(OUTPUT, "taskpane-citations-inserted.png"),
      fullPage: true,
    });
  });

  it("adds a pasted citation with its short name, keeps it, and inserts the definition first, the short name after", async () => {
    const page = await open(documentOf(["Thực hiện "]), { profile: "dang-2018" });
    await page
      .getByRole("textbox", { name: /^Dán trích dẫn/ })
      .fill("Kết luận số 1300-KL/TU, ngày 18/7/2023 của Thị ủy về công tác cán bộ");
    await page.getByRole("textbox", { name: /^Tên viết tắt/ }).fill("Kết luận 1300");
    // What was understood shows before it is kept.
    const understood = page.getByRole("status").filter({ hasText: "Nhận ra 1 văn bản" });
    await understood.waitFor();
    for (const part of ["Kết luận", "1300-KL/TU", "18/7/2023", "Thị ủy", "về công tác cán bộ"]) {
      await expect(understood.getByText(part, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    await page.getByRole("button", { name: "Thêm vào thư viện" }).click();
    await page.getByText("Đã thêm 1 văn bản vào thư viện.").waitFor();

    // Kept between uses.
    const stored = await page.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY);
    expect(JSON.parse(stored ?? "{}").entries).toContainEqual({
      text: "Kết luận số 1300-KL/TU, ngày 18/7/2023 của Thị ủy về công tác cán bộ",
      abbreviation: "Kết luận 1300",
    });
    await page.reload();
    const insert = page.getByRole("button", { name: "Chèn trích dẫn Kết luận 1300 tại con trỏ" });
    await insert.waitFor();

    await insert.click();
    await page.getByText("Đã chèn dạng đầy đủ (lần đầu nhắc đến)").waitFor();
    expect((await paragraphs(page))[0]).toBe(
      "Thực hiện Kết luận số 1300-KL/TU, ngày 18/7/2023 của Thị ủy về công tác cán bộ (viết tắt là Kết luận 1300)"
    );
    await insert.click();
    await page.getByText("Đã chèn tên viết tắt đã định nghĩa ở trên").waitFor();
    expect((await paragraphs(page))[0]?.endsWith(")Kết luận 1300")).toBe(true);

    // Pasting the same document again adds nothing.
    await page
      .getByRole("textbox", { name: /^Dán trích dẫn/ })
      .fill("Kết luận số 1300-KL/TU ngày 18/7/2023");
    await page.getByRole("button", { name: "Thêm vào thư viện" }).click();
    await page.getByText("Các văn bản này đã có trong thư viện.").waitFor();
  });

  it("says in one line when it recognises nothing, and keeps the Add button off", async () => {
    const page = await open(documentOf(["x"]));
    await page.getByRole("textbox", { name: /^Dán trích dẫn/ }).fill("theo quy định của pháp luật");
    await page.getByText(/^Chưa nhận ra văn bản nào/).waitFor();
    expect(await page.getByRole("button", { name: "Thêm vào thư viện" }).isDisabled()).toBe(true);
  });

  it("lists the documents cited, grouped, and goes to the first mention of one", async () => {
    const texts = [
      "KẾ HOẠCH",
      "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường công tác quản lý khoáng sản (viết tắt là Chỉ thị 11).",
      "Căn cứ Luật Địa chất và khoáng sản ngày 29 tháng 11 năm 2024;",
      "Triển khai Chỉ thị 11 và Luật Địa chất và khoáng sản, Quyết định số 1626/QĐ-TTg ngày 15/12/2023 của Thủ tướng Chính phủ.",
    ];
    const page = await open(documentOf(texts));
    await page.getByRole("button", { name: "Tìm các văn bản được trích dẫn" }).click();
    await page.getByText("3 văn bản được trích dẫn.").waitFor();
    for (const [group, count] of [
      ["Văn bản của Đảng", 1],
      ["Văn bản của Nhà nước", 1],
      ["Luật, pháp lệnh, điều lệ", 1],
    ] as const) {
      await page.getByRole("heading", { name: `${group} (${count})` }).waitFor();
    }
    await page.getByText("Nhắc 2 lần · lần đầu ở đoạn 2 · viết tắt là “Chỉ thị 11”").waitFor();
    await page.screenshot({ path: join(OUTPUT, "taskpane-citations-cited.png"), fullPage: true });

    await page
      .getByRole("button", { name: "Đến chỗ trích dẫn Luật Địa chất và khoáng sản lần đầu" })
      .click();
    await page.waitForFunction(() =>
      (window as unknown as { __officeCalls: OfficeCall[] }).__officeCalls.some(
        (call) => call.call === "paragraph.select"
      )
    );
    const calls = await officeCalls(page);
    const selected = calls
      .filter((call) => call.call === "paragraph.select")
      .map((call) => call.args[0]);
    expect(selected).toEqual([2]);

    // A document already cited can be cited again from the list: by its defined short name after its definition.
    await page.getByRole("button", { name: "Chèn trích dẫn Chỉ thị 11 tại con trỏ" }).click();
    await page.getByText("Đã chèn tên viết tắt đã định nghĩa ở trên").waitFor();
    expect((await paragraphs(page))[3]).toBe(`${texts[3]}Chỉ thị 11`);
  });
});

describe("the tabs", () => {
  it("fit one line in a pane 360 px wide", async () => {
    const page = await open(documentOf(["x"]));
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const boxes = await Promise.all(
      (await page.getByRole("tab").all()).map((tab) => tab.boundingBox())
    );
    expect(new Set(boxes.map((box) => box?.y)).size).toBe(1);
    expect(Math.max(...boxes.map((box) => (box?.x ?? 0) + (box?.width ?? 0)))).toBeLessThanOrEqual(
      360
    );
  });

  it("all show, in order, in a pane 320 px wide", async () => {
    const page = await open(documentOf(["x"]));
    await page.setViewportSize({ width: 320, height: 700 });
    const tabs = page.getByRole("tab");
    expect(await tabs.allInnerTexts()).toEqual([
      "Tạo mới",
      "Chèn",
      "Trích dẫn",
      "Kiểm tra",
      "Thiết lập",
    ]);
    for (const box of await Promise.all((await tabs.all()).map((tab) => tab.boundingBox()))) {
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 320).toBe(true);
    }
    await page.screenshot({ path: join(OUTPUT, "taskpane-tabs-320.png") });
  });
});
