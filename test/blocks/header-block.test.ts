import {
  type Block,
  type HeaderInput,
  type ParagraphSpec,
  type TableSpec,
  headerBlock,
} from "../../src/blocks";
import { CELL_MARGIN_MM } from "../../src/blocks/layout";
import { PROFILES } from "../../src/conventions";
import { textWidthMm } from "../../src/text/text-width";

const partyInput: HeaderInput = {
  profile: "dang-2018",
  type: "ket-luan",
  superior: "Đảng bộ tỉnh Quảng Nam",
  issuer: "Thị ủy Điện Bàn",
  issuerCode: "TU",
  number: "1301",
  place: "Điện Bàn",
  date: "18/7/2023",
};

const stateInput: HeaderInput = {
  profile: "nha-nuoc",
  type: "quyet-dinh",
  superior: "UBND tỉnh Lào Cai",
  issuer: "Sở Nông nghiệp và Môi trường",
  issuerCode: "SNNMT",
  number: "12",
  place: "Lào Cai",
  date: "05/3/2026",
};

function built(input: HeaderInput): Block {
  const result = headerBlock(input);
  if (!result.ok) throw new Error(`header refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function table(block: Block): TableSpec {
  const [first] = block.content;
  if (first?.kind !== "table") throw new Error("the header is not a table");
  return first;
}

/** [role, text, size, bold, italic] of each paragraph of a cell, with "" for the drawn lines. */
function summarise(
  paragraphs: readonly ParagraphSpec[]
): [string, string, number, boolean, boolean][] {
  return paragraphs.map((p) => {
    const run = p.runs[0];
    return [
      p.role,
      p.runs.map((r) => r.text).join(""),
      run?.sizePt ?? 0,
      run?.bold ?? false,
      run?.italic ?? false,
    ];
  });
}

describe("Party header (dang-2018)", () => {
  const header = table(built(partyInput));

  it("is one borderless row: issuer, star and number left; tiêu đề, its line and the date right", () => {
    expect(header.rows).toHaveLength(1);
    const [left, right] = header.rows[0] ?? [];
    expect(summarise(left?.paragraphs ?? [])).toEqual([
      ["superior", "ĐẢNG BỘ TỈNH QUẢNG NAM", 14, false, false],
      ["issuer", "THỊ ỦY ĐIỆN BÀN", 14, true, false],
      ["star", "*", 14, false, false],
      ["number", "Số 1301-KL/TU", 14, false, false],
    ]);
    expect(summarise(right?.paragraphs ?? [])).toEqual([
      ["party-title", "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false],
      ["party-title-line", "", 0, false, false],
      ["place-date", "Điện Bàn, ngày 18 tháng 7 năm 2023", 14, false, true],
    ]);
  });

  it("centres every paragraph and draws the line under the tiêu đề as long as the text", () => {
    const cells = header.rows[0] ?? [];
    for (const cell of cells) for (const p of cell.paragraphs) expect(p.align).toBe("center");
    const line = cells[1]?.paragraphs[1];
    expect(line?.borderTop).toBeDefined();
    const columnRoom = (header.columnsMm[1] ?? 0) - 2 * CELL_MARGIN_MM;
    const lineLength = columnRoom - (line?.indent?.leftMm ?? 0) - (line?.indent?.rightMm ?? 0);
    expect(lineLength).toBeCloseTo(textWidthMm("ĐẢNG CỘNG SẢN VIỆT NAM", 15, true), 5);
  });

  it("leaves the superior body out when none is given", () => {
    const left = table(built({ ...partyInput, superior: "  " })).rows[0]?.[0];
    expect(left?.paragraphs[0]?.role).toBe("issuer");
  });

  it("fills the text width, 45/55 unless the tiêu đề needs more (D13)", () => {
    const total = 210 - 30 - 15;
    expect((header.columnsMm[0] ?? 0) + (header.columnsMm[1] ?? 0)).toBeCloseTo(total, 6);
    expect(header.columnsMm[1]).toBeGreaterThanOrEqual(total * 0.55 - 1e-9);
    expect(header.columnsMm[1]).toBeGreaterThan(
      textWidthMm("ĐẢNG CỘNG SẢN VIỆT NAM", 15, true) + 2 * CELL_MARGIN_MM
    );
  });

  it("writes the dang-2026 header the same way", () => {
    const header2026 = table(built({ ...partyInput, profile: "dang-2026", date: "05/01/2027" }));
    expect(summarise(header2026.rows[0]?.[1]?.paragraphs ?? [])[2]).toEqual([
      "place-date",
      "Điện Bàn, ngày 05 tháng 01 năm 2027",
      14,
      false,
      true,
    ]);
  });
});

describe("State header (nha-nuoc)", () => {
  const header = table(built(stateInput));

  it("puts issuer and quốc hiệu–tiêu ngữ in the first row, number and date in the second", () => {
    expect(header.rows).toHaveLength(2);
    const [issuer, national] = header.rows[0] ?? [];
    const [numberCell, dateCell] = header.rows[1] ?? [];
    expect(summarise(issuer?.paragraphs ?? [])).toEqual([
      ["superior", "UBND TỈNH LÀO CAI", 13, false, false],
      // Too long for the left column beside the quốc hiệu: broken before "VÀ", never inside a name.
      ["issuer", "SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG", 13, true, false],
      ["issuer-line", "", 0, false, false],
    ]);
    expect(summarise(national?.paragraphs ?? [])).toEqual([
      ["national-name", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false],
      ["motto", "Độc lập - Tự do - Hạnh phúc", 14, true, false],
      ["motto-line", "", 0, false, false],
    ]);
    expect(summarise(numberCell?.paragraphs ?? [])).toEqual([
      ["number", "Số: 12/QĐ-SNNMT", 13, false, false],
    ]);
    expect(summarise(dateCell?.paragraphs ?? [])).toEqual([
      ["place-date", "Lào Cai, ngày 05 tháng 3 năm 2026", 14, false, true],
    ]);
  });

  it("widens the right column until the quốc hiệu fits on one line (D13)", () => {
    const needed = textWidthMm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true) + 2 * CELL_MARGIN_MM;
    expect(header.columnsMm[1]).toBeGreaterThan(needed);
    expect(header.columnsMm[1]).toBeGreaterThanOrEqual(165 * 0.6);
  });

  it("draws the issuer's line at a fraction of the issuer text between 1/3 and 1/2 [PL1 II.2]", () => {
    const line = header.rows[0]?.[0]?.paragraphs[2];
    const room = (header.columnsMm[0] ?? 0) - 2 * CELL_MARGIN_MM;
    const length = room - (line?.indent?.leftMm ?? 0) - (line?.indent?.rightMm ?? 0);
    // Of the issuer's longer line, now that the name is set on two.
    const issuerWidth = textWidthMm("SỞ NÔNG NGHIỆP", 13, true);
    expect(length / issuerWidth).toBeGreaterThanOrEqual(1 / 3);
    expect(length / issuerWidth).toBeLessThanOrEqual(1 / 2);
  });

  it("puts a công văn's V/v subject under the number", () => {
    const letter = table(
      built({
        ...stateInput,
        type: "cong-van",
        unitCode: "KT",
        issuerCode: "UBND",
        number: "5973",
        subject: "tăng cường công tác quản lý",
      })
    );
    expect(summarise(letter.rows[1]?.[0]?.paragraphs ?? [])).toEqual([
      ["number", "Số: 5973/UBND-KT", 13, false, false],
      ["letter-subject", "V/v tăng cường công tác quản lý", 12, false, false],
    ]);
  });

  it("puts a Party công văn's subject in italics without V/v", () => {
    const letter = table(
      built({
        ...partyInput,
        type: "cong-van",
        number: "12",
        subject: "chế độ hội nghị và công tác phí",
      })
    );
    expect(summarise(letter.rows[0]?.[0]?.paragraphs ?? []).slice(-2)).toEqual([
      ["number", "Số 12-CV/TU", 14, false, false],
      ["letter-subject", "chế độ hội nghị và công tác phí", 12, false, true],
    ]);
  });
});

describe("drafts", () => {
  it("keeps blanks for the number, day and month, with the year of today", () => {
    const draft = table(
      built({ ...stateInput, number: "", date: "", today: { day: 27, month: 11, year: 2026 } })
    );
    const texts = summarise(draft.rows[1]?.flatMap((cell) => cell.paragraphs) ?? []).map(
      (row) => row[1]
    );
    const blank = " ".repeat(6);
    expect(texts).toEqual([`Số: ${blank}/QĐ-SNNMT`, `Lào Cai, ngày${blank}tháng${blank}năm 2026`]);
  });
});

describe("invalid input gets a message per field, not a broken block", () => {
  const cases: [string, Partial<HeaderInput>, string][] = [
    ["an empty issuer", { issuer: " " }, "issuer"],
    ["an empty place", { place: "" }, "place"],
    ["an impossible date", { date: "31/2/2026" }, "date"],
    ["a date that is not one", { date: "hôm nay" }, "date"],
    ["a number with letters", { number: "12a" }, "number"],
    ["number zero", { number: "0" }, "number"],
    ["a body code with spaces", { issuerCode: "U BND" }, "issuerCode"],
    ["an empty body code", { issuerCode: "" }, "issuerCode"],
    ["a subject on a type that is not a letter", { subject: "về việc khác" }, "subject"],
    ["a State letter without its unit code", { type: "cong-van" }, "unitCode"],
  ];
  it.each(cases)("%s", (_name, change, field) => {
    const result = headerBlock({ ...stateInput, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toContain(field);
    for (const error of result.errors) {
      expect(error.message.vi).not.toBe("");
      expect(error.message.en).not.toBe("");
      expect(error.message.vi).not.toContain("\n");
    }
  });

  it("an unknown document type names the types that exist", () => {
    const result = headerBlock({ ...partyInput, type: "phieu-bao" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe("type");
    expect(result.errors[0]?.message.vi).toContain("ket-luan");
  });
});

describe("text handling", () => {
  it("writes names typed in decomposed Unicode as NFC capitals", () => {
    const header = table(built({ ...partyInput, issuer: "Thị ủy Điện Bàn".normalize("NFD") }));
    const issuer = header.rows[0]?.[0]?.paragraphs[1]?.runs[0]?.text;
    expect(issuer).toBe("THỊ ỦY ĐIỆN BÀN");
    expect(issuer).toBe(issuer?.normalize("NFC"));
  });

  it("uses the rulebook's font for every block", () => {
    expect(built(partyInput).font).toBe(PROFILES["dang-2018"].page.font.name);
    expect(built(stateInput).font).toBe("Times New Roman");
  });
});

describe("issuer names in the left column (X3)", () => {
  const lines = (profile: "dang-2018" | "nha-nuoc", issuer: string, superior?: string) => {
    const built = headerBlock({
      profile,
      type: "thong-bao",
      issuer,
      superior,
      issuerCode: profile === "nha-nuoc" ? "UBND" : "TU",
      place: "Lào Cai",
      number: "5",
      date: "05/3/2026",
    });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const table = built.value.content[0] as TableSpec;
    return (table.rows[0]?.[0]?.paragraphs ?? [])
      .filter((p) => p.role === "issuer" || p.role === "superior")
      .map((p) => p.runs.map((r) => r.text).join(""));
  };

  it("writes the State UBND header as ỦY BAN NHÂN DÂN / TỈNH LÀO CAI, as real headers", () => {
    expect(lines("nha-nuoc", "Ủy ban nhân dân tỉnh Lào Cai")).toEqual([
      "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI",
    ]);
  });

  it("widens the Party left column so ĐẢNG BỘ TỈNH THÁI NGUYÊN and BAN TUYÊN GIÁO VÀ DÂN VẬN stay whole", () => {
    expect(lines("dang-2018", "Ban Tuyên giáo và Dân vận", "Đảng bộ tỉnh Thái Nguyên")).toEqual([
      "ĐẢNG BỘ TỈNH THÁI NGUYÊN",
      "BAN TUYÊN GIÁO VÀ DÂN VẬN",
    ]);
  });

  it("breaks a name too long for any column only where a proper name starts", () => {
    const [issuer] = lines(
      "dang-2018",
      "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Thái Nguyên"
    );
    const parts = issuer?.split("\n") ?? [];
    expect(parts).toHaveLength(2);
    expect(parts.join(" ")).toBe("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH THÁI NGUYÊN");
    expect(parts.some((line) => line.endsWith("TỈNH THÁI NGUYÊN"))).toBe(true);
    expect(parts[1]).toMatch(/^(?:VÀ|TỈNH) /u);
  });
});
