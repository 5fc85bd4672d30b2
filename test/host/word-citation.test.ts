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
