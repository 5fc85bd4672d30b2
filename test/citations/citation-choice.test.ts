// Which form an inserted citation takes: in full the first time, short (or the defined short name) afterwards.

import { chooseCitation, entryReference, STANDING_DOCUMENTS } from "../../src/citations";
import { PROFILES } from "../../src/conventions";

const STATE = PROFILES["nha-nuoc"];
const PARTY = PROFILES["dang-2018"];
const ND30 = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư";
const QD218 =
  "Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI) về việc ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền";

function reference(text: string) {
  const found = entryReference(text);
  if (!found) throw new Error(`no reference in ${text}`);
  return found;
}

describe("chooseCitation", () => {
  it("writes the full form when the text before the cursor does not cite the document", () => {
    expect(
      chooseCitation(reference(ND30), "", "Căn cứ Luật Tổ chức Chính phủ;\rThực hiện ", STATE)
    ).toEqual({
      text: ND30,
      form: "full",
    });
  });

  it("writes the short form once the document was cited before, whatever the form of that citation", () => {
    for (const before of [
      `Thực hiện ${ND30}; `,
      "Theo Nghị định 30/2020/NĐ-CP,\r",
      "Thực hiện nghị định số 30/2020/NĐ-CP ",
    ]) {
      expect(chooseCitation(reference(ND30), "", before, STATE)).toEqual({
        text: "Nghị định số 30/2020/NĐ-CP",
        form: "short",
      });
    }
  });

  it("writes the Party forms in a Party document: the comma before ngày, no “số” in the short form", () => {
    const entry = reference(QD218);
    expect(chooseCitation(entry, "", "", PARTY).text).toBe(QD218);
    expect(chooseCitation(entry, "", `${QD218}.\r`, PARTY).text).toBe("Quyết định 218-QĐ/TW");
    // In a State document the Party number keeps its own form but loses the Party comma.
    expect(chooseCitation(entry, "", "", STATE).text).toMatch(
      /^Quyết định số 218-QĐ\/TW ngày 12\/12\/2013 của/u
    );
  });

  it("defines the short name on first mention, then uses it", () => {
    const entry = reference(QD218);
    const first = chooseCitation(entry, "Quyết định 218", "", PARTY);
    expect(first).toEqual({ text: `${QD218} (viết tắt là Quyết định 218)`, form: "full" });
    expect(chooseCitation(entry, "Quyết định 218", `Thực hiện ${first.text}, `, PARTY)).toEqual({
      text: "Quyết định 218",
      form: "defined",
    });
  });

  it("uses a short name the document defined itself, even when the library has none", () => {
    const before = `Thực hiện ${QD218} (sau đây gọi tắt là Quy định 218); `;
    expect(chooseCitation(reference(QD218), "", before, PARTY)).toEqual({
      text: "Quy định 218",
      form: "defined",
    });
  });

  it("does not take another document with the same serial for this one", () => {
    const before =
      "Thực hiện Quyết định số 30/2020/QĐ-TTg ngày 01/01/2020 của Thủ tướng Chính phủ; ";
    expect(chooseCitation(reference(ND30), "", before, STATE).form).toBe("full");
  });

  it("reads every standing document of the library as a reference", () => {
    for (const entry of STANDING_DOCUMENTS) {
      const found = reference(entry.text);
      expect(found.text).toBe(entry.text);
    }
  });
});
