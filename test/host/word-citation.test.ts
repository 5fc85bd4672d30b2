// The Word adapter's insertAtCursor: the text before the cursor read, the composed text put after the selection.

import { HostError } from "../../src/host/document-host";
import { createWordHost } from "../../src/host/word";
import { count, fakeOffice, wordCalls } from "./word-fake";

const PARAGRAPHS = [
  "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
  "Thực hiện ",
  "Đoạn sau con trỏ.",
];

describe("insertAtCursor", () => {
  it("reads the text from the document's start to the cursor, inserts after it, leaves the cursor after: two syncs", async () => {
    const fake = fakeOffice({
      wordApi: "1.3",
      paragraphs: PARAGRAPHS,
      cursor: { paragraph: 1, offset: "Thực hiện ".length },
    });
    const seen: string[] = [];
    const inserted = await createWordHost(fake.globals).insertAtCursor((before) => {
      seen.push(before);
      return "Nghị định số 30/2020/NĐ-CP";
    });

    expect(inserted).toBe("Nghị định số 30/2020/NĐ-CP");
    expect(seen).toEqual([`${PARAGRAPHS[0]}\rThực hiện `]);
    expect(wordCalls(fake.calls)).toEqual([
      ["Word.run"],
      ["document.getSelection"],
      // Where the cursor is: its body and up to three around it (a cursor in a table is in a cell's body).
      ["selection.parentBody"],
      ["storyBody.load", "type@0"],
      ["storyBody.load", "type@1"],
      ["storyBody.load", "type@2"],
      ["storyBody.load", "type@3"],
      ["selection.getRange", "Start"],
      ["body.getRange", "Start"],
      ["range.expandTo", "documentStart"],
      ["range.load", "text"],
      ["sync"],
      ["selection.insertText", "Nghị định số 30/2020/NĐ-CP", "After"],
      ["range.select", "End"],
      ["sync"],
    ]);
    expect(fake.paragraphs[1]).toBe("Thực hiện Nghị định số 30/2020/NĐ-CP");
    expect(fake.paragraphs[2]).toBe(PARAGRAPHS[2]);
    expect(fake.cursor).toEqual({ paragraph: 1, offset: fake.paragraphs[1]?.length });
  });

  it("without WordApi 1.3 reads the whole body instead of the text before the cursor", async () => {
    const fake = fakeOffice({
      wordApi: "1.2",
      paragraphs: PARAGRAPHS,
      cursor: { paragraph: 0, offset: 0 },
    });
    const seen: string[] = [];
    await createWordHost(fake.globals).insertAtCursor((before) => {
      seen.push(before);
      return "x";
    });
    expect(seen).toEqual([PARAGRAPHS.join("\r")]);
    expect(count(fake.calls, "body.load")).toBe(1);
    expect(count(fake.calls, "range.expandTo")).toBe(0);
    expect(count(fake.calls, "sync")).toBe(2);
  });

  it("inserts nothing, with one sync, when there is nothing to insert", async () => {
    const fake = fakeOffice({ wordApi: "1.3", paragraphs: PARAGRAPHS });
    await expect(createWordHost(fake.globals).insertAtCursor(() => "")).resolves.toBe("");
    expect(count(fake.calls, "selection.insertText")).toBe(0);
    expect(count(fake.calls, "sync")).toBe(1);
    expect(fake.paragraphs).toEqual(PARAGRAPHS);
  });

  it("turns Word's failure into a one-line HostError, leaving the document unchanged", async () => {
    const fake = fakeOffice({
      wordApi: "1.3",
      paragraphs: PARAGRAPHS,
      syncError: Object.assign(new Error("GeneralException\nat line 2"), {
        code: "GeneralException",
      }),
    });
    const error = await createWordHost(fake.globals)
      .insertAtCursor(() => "x")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).reason).toMatch(
      /^Word không chèn được trích dẫn: tài liệu đang ở chế độ chỉ xem/
    );
    expect(fake.paragraphs).toEqual(PARAGRAPHS);
  });
});

describe("a cursor outside the main text (audit M9)", () => {
  it.each([
    [["Footnote"], "Con trỏ đang ở chú thích cuối trang: trích dẫn chỉ chèn vào thân văn bản"],
    [["Header"], "Con trỏ đang ở đầu trang: trích dẫn chỉ chèn vào thân văn bản"],
    [["TableCell", "Footer"], "Con trỏ đang ở chân trang: trích dẫn chỉ chèn vào thân văn bản"],
    [
      ["Unknown"],
      "Con trỏ đang ngoài thân văn bản (trong hộp văn bản, đầu/chân trang hoặc chú thích)",
    ],
  ])("%j: says where it is and inserts nothing, in two syncs", async (story, said) => {
    const fake = fakeOffice({ wordApi: "1.3", paragraphs: PARAGRAPHS, cursorStory: story });
    const compose = jest.fn(() => "Nghị định số 30/2020/NĐ-CP");
    const error = await createWordHost(fake.globals)
      .insertAtCursor(compose)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).reason.startsWith(said)).toBe(true);
    expect(compose).not.toHaveBeenCalled();
    expect(count(fake.calls, "selection.insertText")).toBe(0);
    expect(fake.paragraphs).toEqual(PARAGRAPHS);
    expect(count(fake.calls, "sync")).toBeLessThanOrEqual(2);
    expect(count(fake.calls, "Word.run")).toBe(1);
  });

  it("a cursor in a table of the main text is in the main text", async () => {
    const fake = fakeOffice({
      wordApi: "1.3",
      paragraphs: PARAGRAPHS,
      cursor: { paragraph: 1, offset: "Thực hiện ".length },
      cursorStory: ["TableCell", "TableCell", "MainDoc"],
    });
    const inserted = await createWordHost(fake.globals).insertAtCursor(() => "x");
    expect(inserted).toBe("x");
    expect(count(fake.calls, "sync")).toBe(2);
  });
});
