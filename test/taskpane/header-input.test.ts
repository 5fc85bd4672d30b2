// The Insert pane's fields → the core's HeaderInput, preview lines and errors by field.

import { headerBlock } from "../../src/blocks/header-block";
import {
  documentTypeFor,
  errorsByField,
  headerInputFrom,
  needsUnitCode,
  previewLines,
} from "../../src/taskpane/header-input";
import { DEFAULT_SETTINGS, type Settings } from "../../src/taskpane/settings-store";

const party: Settings = {
  ...DEFAULT_SETTINGS,
  profile: "dang-2018",
  superior: "Đảng bộ tỉnh Quảng Nam",
  issuer: "Thị ủy Điện Bàn",
  issuerCode: "TU",
  place: "Điện Bàn",
  type: "ket-luan",
};

const state: Settings = {
  ...DEFAULT_SETTINGS,
  profile: "nha-nuoc",
  superior: "UBND tỉnh Lào Cai",
  issuer: "Sở Nông nghiệp và Môi trường",
  issuerCode: "SNNMT",
  place: "Lào Cai",
  unitCode: "KS",
  type: "cong-van",
};

describe("documentTypeFor", () => {
  it("takes the remembered type, else the công văn", () => {
    expect(documentTypeFor(party).slug).toBe("ket-luan");
    expect(documentTypeFor({ ...party, type: "" }).slug).toBe("cong-van");
    // Dự án is a State type only.
    expect(documentTypeFor({ ...party, type: "du-an" }).slug).toBe("cong-van");
  });
});

describe("headerInputFrom", () => {
  it("builds the worked example, Kết luận 1301-KL/TU", () => {
    const input = headerInputFrom(party, { number: "1301", date: "18/7/2023", subject: "bỏ qua" });
    expect(input.subject).toBeUndefined();
    expect(input.unitCode).toBeUndefined();
    expect(previewLines(input)).toEqual({
      number: "Số 1301-KL/TU",
      placeDate: "Điện Bàn, ngày 18 tháng 7 năm 2023",
    });
    expect(headerBlock(input).ok).toBe(true);
  });

  it("gives a State letter its subject and drafting unit", () => {
    expect(needsUnitCode("nha-nuoc", documentTypeFor(state))).toBe(true);
    expect(needsUnitCode("dang-2018", documentTypeFor({ ...party, type: "cong-van" }))).toBe(false);
    const input = headerInputFrom(state, {
      number: "5141",
      date: "05/3/2026",
      subject: "tăng cường quản lý khoáng sản",
    });
    expect(input.subject).toBe("tăng cường quản lý khoáng sản");
    expect(previewLines(input).number).toBe("Số: 5141/SNNMT-KS");
    expect(headerBlock(input).ok).toBe(true);
  });

  it("previews each line as soon as its own fields allow", () => {
    const input = headerInputFrom({ ...party, place: "" }, { number: "x", date: "", subject: "" });
    expect(previewLines(input)).toEqual({ number: undefined, placeDate: undefined });
  });
});

describe("errorsByField", () => {
  it("keys the core's messages by field, in the pane's language", () => {
    const result = headerBlock(
      headerInputFrom({ ...party, issuer: "" }, { number: "1301", date: "31/2/2026", subject: "" })
    );
    if (result.ok) throw new Error("expected field errors");
    const vi = errorsByField(result.errors, "vi");
    const en = errorsByField(result.errors, "en");
    expect(Object.keys(vi).sort()).toEqual(["date", "issuer"]);
    expect(vi.date).toContain('Ngày "31/2/2026" không hợp lệ');
    expect(en.date).toContain('Date "31/2/2026" is not valid');
  });
});
