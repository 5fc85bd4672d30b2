import { newDocumentBlocks, type NewDocumentInput, type ParagraphSpec } from "../../src/blocks";
import type { Block, TableSpec } from "../../src/blocks/block";
import { checkSnapshot } from "../../src/check/engine";
import { sealDiameterMm } from "../../src/blocks/closing-block";
import { DOCUMENT_TYPES, PROFILES, type ProfileId, typeStructure } from "../../src/conventions";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { docxParts } from "../helpers/docx";

// What a reviewer sees at once (issue 11 items 2, 3, 6, 7): enacting lines, the Party cấp trên line, V/v, the
// trích yếu placeholder, hyphens that never wrap, the Party trích yếu case, Kính gửi refused on a decision.

function paragraphsOf(blocks: readonly Block[]): ParagraphSpec[] {
  return blocks.flatMap((block) =>
    block.content.flatMap((item) =>
      item.kind === "paragraph"
        ? [item]
        : (item as TableSpec).rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs))
    )
  );
}

function texts(input: NewDocumentInput): string[] {
  const built = newDocumentBlocks(input);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return paragraphsOf(built.value).map((p) => p.runs.map((r) => r.text).join(""));
}

const STATE_QD: NewDocumentInput = {
  profile: "nha-nuoc",
  type: "quyet-dinh",
  issuer: "Ủy ban nhân dân tỉnh Lào Cai",
  issuerCode: "UBND",
  place: "Lào Cai",
  number: "1883",
  date: "05/3/2026",
  summary: "Về việc ban hành Quy chế làm việc",
  basis: ["Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"],
  proposer: "Chánh Văn phòng",
  signerTitle: "Phó Chủ tịch",
  signer: "Nguyễn Văn An",
};
const PARTY_QD: NewDocumentInput = {
  profile: "dang-2018",
  type: "quyet-dinh",
  superior: "Đảng bộ tỉnh Quảng Nam",
  issuer: "Thị ủy Điện Bàn",
  issuerCode: "TU",
  place: "Điện Bàn",
  number: "15",
  date: "04/01/2024",
  summary: "về thành lập Ban Chỉ đạo",
  basis: ["Điều lệ Đảng"],
  signerTitle: "Bí thư",
  signer: "Nguyễn Văn An",
};

describe("enacting lines", () => {
  it("State quyết định: THẨM QUYỀN BAN HÀNH before căn cứ, QUYẾT ĐỊNH: after [PL3 mẫu 1.1]", () => {
    const lines = texts(STATE_QD);
    const authority = lines.indexOf("ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
    const basis = lines.findIndex((l) => l.startsWith("Căn cứ"));
    expect(authority).toBeGreaterThan(lines.indexOf("QUYẾT ĐỊNH"));
    expect(authority).toBeLessThan(basis);
    expect(lines.indexOf("QUYẾT ĐỊNH:")).toBeGreaterThan(basis);
  });

  it("State quyết định of a sở: the head's title and the body", () => {
    const lines = texts({
      ...STATE_QD,
      issuer: "Sở Nông nghiệp và Môi trường",
      issuerCode: "SNNMT",
    });
    expect(lines).toContain("GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  });

  it("Party quyết định: BAN THƯỜNG VỤ THỊ ỦY QUYẾT ĐỊNH after căn cứ, the list not left hanging", () => {
    const lines = texts(PARTY_QD);
    const basis = lines.findIndex((l) => l.startsWith("- Căn cứ"));
    expect(lines[basis]).toMatch(/,$/);
    expect(lines[basis + 1]).toBe("BAN THƯỜNG VỤ THỊ ỦY QUYẾT ĐỊNH");
  });

  it("Party quy định: “Ban Thường vụ Thị ủy quy định về … như sau:” [Q399]", () => {
    const lines = texts({ ...PARTY_QD, type: "quy-dinh", summary: "về chế độ hội nghị" });
    expect(lines).toContain("Ban Thường vụ Thị ủy quy định về chế độ hội nghị như sau:");
  });

  it("kế hoạch: “Thực hiện …, <cơ quan> ban hành Kế hoạch … như sau:”", () => {
    const lines = texts({
      ...STATE_QD,
      type: "ke-hoach",
      basis: undefined,
      summary: "Triển khai công tác chuyển đổi số năm 2026",
      implementing: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
    });
    expect(lines).toContain(
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch triển khai công tác chuyển đổi số năm 2026 như sau:"
    );
  });

  it("the checker reports a missing enacting line in a document built without one", () => {
    const built = newDocumentBlocks(STATE_QD);
    if (!built.ok) throw new Error("not built");
    const without = built.value.map((block) =>
      block.name === "basis"
        ? {
            ...block,
            content: block.content.filter(
              (p) => p.kind !== "paragraph" || p.role !== "enacting-authority"
            ),
          }
        : block
    );
    const result = checkSnapshot(readDocx(writeDocx(without, PROFILES["nha-nuoc"])), {
      profile: "nha-nuoc",
    });
    expect(result.findings.map((f) => f.rule)).toContain("structure/enacting-line");
    const whole = checkSnapshot(readDocx(writeDocx(built.value, PROFILES["nha-nuoc"])), {
      profile: "nha-nuoc",
    });
    expect(whole.findings.map((f) => f.rule)).not.toContain("structure/enacting-line");
  });
});

describe("the Party cấp trên line", () => {
  it("is written “…” for a thị ủy without one, and reported by the checker when left out", () => {
    const lines = texts({ ...PARTY_QD, superior: undefined });
    expect(lines[0]).toBe("…");
    const built = newDocumentBlocks({ ...PARTY_QD, superior: undefined });
    if (!built.ok) throw new Error("not built");
    const header = built.value[0] as Block;
    const table = header.content[0] as TableSpec;
    const [left, right] = table.rows[0] ?? [];
    const stripped = {
      ...header,
      content: [
        {
          ...table,
          rows: [
            [
              { paragraphs: left?.paragraphs.filter((p) => p.role !== "superior") ?? [] },
              right ?? { paragraphs: [] },
            ],
          ],
        },
      ],
    };
    const result = checkSnapshot(
      readDocx(writeDocx([stripped, ...built.value.slice(1)], PROFILES["dang-2018"])),
      { profile: "dang-2018" }
    );
    expect(result.findings.map((f) => f.rule)).toContain("header/party-superior");
  });

  it("is not asked of a tỉnh ủy", () => {
    const lines = texts({ ...PARTY_QD, superior: undefined, issuer: "Tỉnh ủy Quảng Nam" });
    expect(lines[0]).toBe("TỈNH ỦY QUẢNG NAM");
  });
});

describe("small things a reviewer sees at once", () => {
  const letter: NewDocumentInput = {
    ...STATE_QD,
    type: "cong-van",
    unitCode: "KT",
    basis: undefined,
    proposer: undefined,
    kinhGui: ["Sở Tài chính"],
  };

  it("writes the Party issuer line under the tên loại, as the seed Kết luận has it, and none on a letter", () => {
    const lines = texts({ ...PARTY_QD, type: "ket-luan", issuerLine: "của Thị ủy (khóa XXI)" });
    expect(lines[lines.indexOf("KẾT LUẬN") + 1]).toBe("CỦA THỊ ỦY (KHÓA XXI)");
    expect(texts({ ...PARTY_QD, type: "ket-luan" })).not.toContain("CỦA THỊ ỦY (KHÓA XXI)");
    expect(texts({ ...PARTY_QD, type: "cong-van", issuerLine: "của Thị ủy" })).not.toContain(
      "CỦA THỊ ỦY"
    );
  });

  it("does not double a typed V/v", () => {
    const lines = texts({ ...letter, summary: "V/v tăng cường công tác văn thư" });
    expect(lines).toContain("V/v tăng cường công tác văn thư");
  });

  it("writes a “V/v …” placeholder when no trích yếu is given, and “Về việc …” under a tên loại", () => {
    expect(texts({ ...letter, summary: undefined })).toContain("V/v …");
    expect(texts({ ...STATE_QD, summary: undefined })).toContain("Về việc …");
    expect(texts({ ...PARTY_QD, summary: undefined })).toContain("về …");
  });

  it("keeps numbers and year ranges together: non-breaking hyphen, no-break spaces", () => {
    const lines = texts({
      ...PARTY_QD,
      summary: "về thực hiện Nghị quyết số 33-NQ/TW giai đoạn 2020 - 2025",
    });
    expect(lines).toContain(
      "về thực hiện Nghị quyết số 33\u2011NQ/TW giai đoạn 2020\u00a0-\u00a02025"
    );
    const built = newDocumentBlocks({ ...PARTY_QD, summary: "về Nghị quyết số 33-NQ/TW" });
    if (!built.ok) throw new Error("not built");
    const xml = docxParts(writeDocx(built.value, PROFILES["dang-2018"]))["word/document.xml"] ?? "";
    expect(xml).toMatch(/33<\/w:t><w:noBreakHyphen\/><w:t[^>]*>NQ\/TW/);
    // …and the checker reads it back as the hyphen it stands for.
    const back = readDocx(writeDocx(built.value, PROFILES["dang-2018"]));
    expect(back.paragraphs.some((p) => p.text.includes("33\u2011NQ/TW"))).toBe(true);
  });

  it("writes a Party trích yếu in its case, keeping a name that starts it", () => {
    expect(texts({ ...PARTY_QD, summary: "Về thành lập Ban Chỉ đạo" })).toContain(
      "về thành lập Ban Chỉ đạo"
    );
    expect(texts({ ...PARTY_QD, summary: "Quảng Nam phát triển" })).toContain(
      "Quảng Nam phát triển"
    );
  });

  it("refuses Kính gửi on a quyết định with its source", () => {
    const built = newDocumentBlocks({ ...STATE_QD, kinhGui: ["Sở Tài chính"] });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors[0]?.field).toBe("kinhGui");
    expect(built.errors[0]?.message.vi).toMatch(/không có “Kính gửi”.*Nghị định 30/);
  });

  it("writes a draft State công văn without don-vi with “…”, and it passes its own check", () => {
    const built = newDocumentBlocks({ ...letter, unitCode: undefined, number: "", date: "" });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const lines = paragraphsOf(built.value).map((p) => p.runs.map((r) => r.text).join(""));
    expect(lines.some((l) => /^Số:\s+\/UBND-…$/.test(l))).toBe(true);
    const result = checkSnapshot(readDocx(writeDocx(built.value, PROFILES["nha-nuoc"])), {
      profile: "nha-nuoc",
    });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("still refuses a numbered State công văn without don-vi", () => {
    const built = newDocumentBlocks({ ...letter, unitCode: undefined });
    expect(built.ok).toBe(false);
  });
});

describe("Nơi nhận the forms require, and presets per level", () => {
  it("starts a quyết định's list with “- Như Điều 3;” (State) and “- Như Điều 3,” (Party)", () => {
    expect(texts({ ...STATE_QD, recipients: ["UBND tỉnh (b/c)"] })).toContain("- Như Điều 3;");
    expect(texts({ ...PARTY_QD, recipients: ["Thường trực Tỉnh ủy (b/c)"] })).toContain(
      "- Như Điều 3,"
    );
  });

  it("keeps a chi bộ's original in the chi bộ, which has no văn phòng", () => {
    const lines = texts({
      ...PARTY_QD,
      type: "nghi-quyet",
      superior: "Đảng bộ xã Phú Tiến",
      issuer: "Chi bộ thôn Đồng Tâm",
      issuerCode: "CB",
      basis: undefined,
    });
    expect(lines).toContain("- Lưu Chi bộ.");
    expect(lines.some((l) => /Lưu Văn phòng/.test(l))).toBe(false);
  });

  it("fills the list from a preset of the profile's level, and refuses one of another period", () => {
    const lines = texts({ ...STATE_QD, recipientPreset: "state-commune" });
    expect(lines).toContain("- UBND tỉnh (b/c);");
    expect(lines).toContain("- Thường trực Đảng ủy xã (b/c);");
    const built = newDocumentBlocks({
      ...PARTY_QD,
      profile: "dang-2026",
      date: "04/11/2026",
      recipientPreset: "party-town",
    });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.errors[0]?.message.vi).toMatch(/không dùng cho dang-2026/);
  });
});

describe("- Như trên wherever there is Kính gửi [PL1 II.9b]", () => {
  it("starts a State báo cáo sent to a Kính gửi with “- Như trên;”", () => {
    const lines = texts({
      ...STATE_QD,
      type: "bao-cao",
      basis: undefined,
      proposer: undefined,
      kinhGui: ["Bộ Nông nghiệp và Môi trường"],
      recipients: ["Lưu trữ"],
    });
    expect(lines).toContain("- Như trên;");
    expect(
      texts({ ...STATE_QD, type: "bao-cao", basis: undefined, proposer: undefined })
    ).not.toContain("- Như trên;");
  });
});

describe("the other party only where both parties sign (D34)", () => {
  // Every type of every profile: ben-b… are written on a hợp đồng, bản ghi nhớ, bản thỏa thuận and refused, with the
  // type named, everywhere else, rather than dropped without a word.
  const all = (Object.keys(DOCUMENT_TYPES) as ProfileId[]).flatMap((profile) =>
    DOCUMENT_TYPES[profile].map((type) => [profile, type.slug, type.name] as const)
  );
  const base = (profile: ProfileId, type: string): NewDocumentInput => ({
    profile,
    type,
    superior: profile === "nha-nuoc" ? "Ủy ban nhân dân tỉnh Lào Cai" : "Đảng bộ tỉnh Quảng Nam",
    issuer: profile === "nha-nuoc" ? "Sở Nội vụ" : "Thị ủy Điện Bàn",
    issuerCode: profile === "nha-nuoc" ? "SNV" : "TU",
    unitCode: "KS",
    place: "Lào Cai",
  });

  it.each(all)("%s %s", (profile, type, name) => {
    const parties = typeStructure(type, PROFILES[profile].regime).parties !== undefined;
    for (const field of ["otherParty", "otherPartyTitle", "otherPartySigner"] as const) {
      const built = newDocumentBlocks({ ...base(profile, type), [field]: "Công ty TNHH Phần mềm" });
      if (parties) {
        expect(built.ok).toBe(true);
        continue;
      }
      expect(built.ok).toBe(false);
      const error = built.ok ? undefined : built.errors.find((e) => e.field === field);
      expect(error?.message.vi).toBe(
        `${name} (${type}) không có bên ký thứ hai; bên B chỉ có ở hợp đồng, bản ghi nhớ, bản thỏa thuận (Thể Thức, quyết định D34)`
      );
    }
  });

  it("offers the parties' closing on exactly the three State types", () => {
    expect(
      all.filter(([profile, type]) => typeStructure(type, PROFILES[profile].regime).parties)
    ).toEqual([
      ["nha-nuoc", "hop-dong", "Hợp đồng"],
      ["nha-nuoc", "ban-ghi-nho", "Bản ghi nhớ"],
      ["nha-nuoc", "ban-thoa-thuan", "Bản thỏa thuận"],
    ]);
  });
});

describe("the seal's real diameter in the electronic form (D27)", () => {
  it.each([
    ["42", 42],
    ["35,5", 35.5],
    ["35.5", 35.5],
    [" 40 mm ", 40],
    ["25", 25],
    ["50", 50],
    ["", undefined],
  ])("takes “%s” as %s mm", (typed, mm) => {
    expect(sealDiameterMm(typed)).toEqual({ ok: true, value: mm });
  });

  it.each(["24", "50,5", "420", "3,6", "4 cm", "to", "-36", "36.25"])("refuses “%s”", (typed) => {
    const result = sealDiameterMm(typed);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.errors[0]?.message.vi).toMatch(/từ 25 đến 50.*D27/);
  });

  const seals = (input: NewDocumentInput) => {
    const built = newDocumentBlocks(input);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    return paragraphsOf(built.value).flatMap((p) => p.shapes ?? []);
  };

  it("draws the issuer's seal at the diameter given, its right edge still a third into the signature", () => {
    for (const [typed, mm] of [
      ["", 36],
      ["32", 32],
      ["45", 45],
    ] as const) {
      const shapes = seals({ ...STATE_QD, electronic: true, sealDiameter: typed });
      const seal = shapes.find((s) => s.kind === "oval");
      const signature = shapes.find((s) => s.kind === "rect");
      if (!seal || !signature) throw new Error("no placeholders");
      expect([seal.widthMm, seal.heightMm]).toEqual([mm, mm]);
      expect(seal.leftMm + seal.widthMm).toBeCloseTo(signature.leftMm + signature.widthMm / 3, 6);
    }
  });

  it("refuses it on paper, and where no seal is drawn", () => {
    const refusal = (input: NewDocumentInput) => {
      const built = newDocumentBlocks(input);
      return built.ok
        ? undefined
        : built.errors.find((e) => e.field === "sealDiameter")?.message.vi;
    };
    expect(refusal({ ...STATE_QD, sealDiameter: "42" })).toMatch(/--ban-dien-tu/);
    expect(
      refusal({ ...STATE_QD, type: "bien-ban", electronic: true, sealDiameter: "42" })
    ).toMatch(/không có chỗ cho hình ảnh dấu/);
    expect(
      refusal({
        ...STATE_QD,
        type: "ke-hoach",
        attachedTo: "…",
        basis: undefined,
        proposer: undefined,
        electronic: true,
        sealDiameter: "42",
      })
    ).toMatch(/không có chỗ cho hình ảnh dấu/);
    expect(refusal({ ...STATE_QD, electronic: true, sealDiameter: "42" })).toBeUndefined();
  });
});
