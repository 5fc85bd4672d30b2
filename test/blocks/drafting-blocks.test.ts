import {
  basisBlock,
  type Block,
  type BuildResult,
  kinhGuiBlock,
  markBlock,
  type ParagraphSpec,
  recipientsParagraphs,
  renumberFixes,
  signatureParagraphs,
  skeletonBlock,
  titleBlock,
} from "../../src/blocks";
import { headerMarkParagraphs } from "../../src/blocks/mark-block";
import { CELL_MARGIN_MM } from "../../src/blocks/layout";

function ok<T>(result: BuildResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const texts = (paragraphs: readonly ParagraphSpec[]) =>
  paragraphs.map((p) => p.runs.map((r) => r.text).join(""));
const blockTexts = (block: Block) =>
  texts(block.content.filter((c): c is ParagraphSpec => c.kind === "paragraph"));

describe("signature block", () => {
  it("writes the State combined form TM. / KT. / title, then space and the name", () => {
    const lines = ok(
      signatureParagraphs({
        profile: "nha-nuoc",
        authority: "deputy",
        collective: "Ủy ban nhân dân",
        head: "Chủ tịch",
        title: "Phó Chủ tịch",
        name: "Nguyễn Thành Sinh",
      })
    );
    expect(texts(lines).filter((t) => t !== "")).toEqual([
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Nguyễn Thành Sinh",
    ]);
    expect(lines.filter((p) => p.role === "signature-space")).toHaveLength(4);
    expect(lines.every((p) => p.align === "center")).toBe(true);
    expect(lines[0]?.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
  });

  it("writes the Party marks with a slash: T/M THỊ ỦY / PHÓ BÍ THƯ, T/L BAN THƯỜNG VỤ", () => {
    expect(
      texts(
        ok(
          signatureParagraphs({
            profile: "dang-2018",
            authority: "collective",
            collective: "Thị ủy",
            title: "Phó Bí thư",
            name: "Bùi Văn Lý",
          })
        )
      ).filter((t) => t)
    ).toEqual(["T/M THỊ ỦY", "PHÓ BÍ THƯ", "Bùi Văn Lý"]);
    expect(
      texts(
        ok(
          signatureParagraphs({
            profile: "dang-2026",
            authority: "byOrder",
            collective: "Ban Thường vụ",
            title: "Chánh Văn phòng",
            name: "A",
          })
        )
      )[0]
    ).toBe("T/L BAN THƯỜNG VỤ");
  });

  it("sets the Party title bold in dang-2018 and not in dang-2026 (D6)", () => {
    const title = (profile: "dang-2018" | "dang-2026") =>
      ok(
        signatureParagraphs({
          profile,
          authority: "collective",
          collective: "Thị ủy",
          title: "Phó Bí thư",
          name: "A",
        })
      ).find((p) => p.role === "signature-title")?.runs[0]?.bold;
    expect([title("dang-2018"), title("dang-2026")]).toEqual([true, false]);
  });

  it.each([
    [
      "a cấp ủy signing K/T",
      {
        profile: "dang-2018",
        authority: "deputy",
        collective: "Thị ủy",
        head: "Bí thư",
        title: "Phó Bí thư",
        name: "A",
      },
      /không ký “K\/T”/,
    ],
    [
      "a Party document by authorisation",
      {
        profile: "dang-2026",
        authority: "authorised",
        head: "Trưởng ban",
        title: "Phó Trưởng ban",
        name: "A",
      },
      /T\/U/,
    ],
    ["no name", { profile: "nha-nuoc", authority: "none", title: "Giám đốc", name: " " }, /họ tên/],
    [
      "TM. without the collective",
      { profile: "nha-nuoc", authority: "collective", title: "Chủ tịch", name: "A" },
      /tập thể/,
    ],
  ] as const)("refuses %s and says why", (_name, input, reason) => {
    const result = signatureParagraphs(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message.vi).toMatch(reason);
  });

  it("lets a Party advisory body's deputy sign K/T", () => {
    const lines = ok(
      signatureParagraphs({
        profile: "dang-2018",
        authority: "deputy",
        head: "Trưởng ban",
        title: "Phó Trưởng ban",
        name: "A",
      })
    );
    expect(texts(lines)[0]).toBe("K/T TRƯỞNG BAN");
  });
});

describe("Nơi nhận", () => {
  it("State: label, “- Như trên;” first, “;” after each line, “- Lưu: VT, KT.” last", () => {
    const lines = ok(
      recipientsParagraphs({
        profile: "nha-nuoc",
        recipients: ["Thường trực Tỉnh ủy (b/c)", "- Các sở, ban, ngành;"],
        nhuTren: true,
        storage: "KT",
      })
    );
    expect(texts(lines)).toEqual([
      "Nơi nhận:",
      "- Như trên;",
      "- Thường trực Tỉnh ủy (b/c);",
      "- Các sở, ban, ngành;",
      "- Lưu: VT, KT.",
    ]);
    expect(lines[0]?.runs[0]).toMatchObject({ sizePt: 12, bold: true, italic: true });
    expect(lines[1]?.runs[0]?.sizePt).toBe(11);
  });

  it("Party: underlined label, “,” after each line, “- Lưu Văn phòng Thị ủy.” last", () => {
    const lines = ok(
      recipientsParagraphs({
        profile: "dang-2018",
        recipients: ["Thường trực Tỉnh ủy (b/c)"],
        storage: "Văn phòng Thị ủy",
      })
    );
    expect(texts(lines)).toEqual([
      "Nơi nhận:",
      "- Thường trực Tỉnh ủy (b/c),",
      "- Lưu Văn phòng Thị ủy.",
    ]);
    expect(lines[0]?.runs[0]).toMatchObject({ sizePt: 14, underline: true });
  });

  it("asks a Party list where the original is kept", () => {
    expect(recipientsParagraphs({ profile: "dang-2026", recipients: ["A"] }).ok).toBe(false);
  });
});

describe("Kính gửi, căn cứ, marks, tên loại", () => {
  it("puts one addressee on the label's line and several as a list ending “.”", () => {
    expect(
      blockTexts(ok(kinhGuiBlock({ profile: "nha-nuoc", recipients: ["Sở Tài chính"] })))
    ).toEqual(["Kính gửi: Sở Tài chính"]);
    expect(
      blockTexts(
        ok(kinhGuiBlock({ profile: "nha-nuoc", recipients: ["Sở Tài chính", "Sở Xây dựng"] }))
      )
    ).toEqual(["Kính gửi:", "- Sở Tài chính;", "- Sở Xây dựng."]);
    expect(
      blockTexts(
        ok(
          kinhGuiBlock({
            profile: "dang-2026",
            recipients: ["Ban Thường vụ Tỉnh ủy"],
            toTrinh: true,
          })
        )
      )
    ).toEqual(["Kính trình: Ban Thường vụ Tỉnh ủy"]);
    // HD36-era tờ trình are addressed "Kính gửi:" (review P7, RULEBOOK D32).
    expect(
      blockTexts(
        ok(
          kinhGuiBlock({
            profile: "dang-2018",
            recipients: ["Ban Thường vụ Tỉnh ủy"],
            toTrinh: true,
          })
        )
      )
    ).toEqual(["Kính gửi: Ban Thường vụ Tỉnh ủy"]);
  });

  it("writes State căn cứ in italics ending “.” and Party căn cứ with dashes ending “,”", () => {
    const state = ok(
      basisBlock({
        profile: "nha-nuoc",
        lines: ["Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"],
        proposer: "Giám đốc Sở Tài chính",
      })
    );
    expect(blockTexts(state)).toEqual([
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
      "Theo đề nghị của Giám đốc Sở Tài chính.",
    ]);
    expect((state.content[0] as ParagraphSpec).runs[0]?.italic).toBe(true);
    const party = ok(
      basisBlock({ profile: "dang-2018", lines: ["Căn cứ Điều lệ Đảng;", "Quy định 399-QĐ/TW"] })
    );
    expect(blockTexts(party)).toEqual(["- Căn cứ Điều lệ Đảng;", "- Căn cứ Quy định 399-QĐ/TW,"]);
    expect((party.content[0] as ParagraphSpec).runs[0]?.italic).toBe(false);
  });

  it("keeps a gap's closing stop apart: “Theo đề nghị của … .”, never the doubled “….”", () => {
    const gap = ok(basisBlock({ profile: "nha-nuoc", lines: ["…"], proposer: "…" }));
    expect(blockTexts(gap)).toEqual(["Căn cứ …;", "Theo đề nghị của …\u00a0."]);
    const filled = ok(
      basisBlock({ profile: "nha-nuoc", lines: ["…"], proposer: "Giám đốc Sở Nội vụ" })
    );
    expect(blockTexts(filled).at(-1)).toBe("Theo đề nghị của Giám đốc Sở Nội vụ.");
  });

  it("orders secrecy above urgency and refuses unknown marks", () => {
    expect(blockTexts(ok(markBlock("nha-nuoc", ["KHẨN", "MẬT"])))).toEqual(["MẬT", "KHẨN"]);
    expect(markBlock("nha-nuoc", ["RẤT KHẨN" as never]).ok).toBe(false);
    // The Insert pane's block writes the marks as the header does (D38): MẬT double-framed, Party khẩn unframed.
    const party = ok(markBlock("dang-2018", ["KHẨN", "MẬT"])).content;
    expect(party.map((c) => (c.kind === "paragraph" ? c.box : null))).toEqual([
      { widthPt: 0.75, double: true },
      undefined,
    ]);
  });

  it("frames the State urgency stamps at 20, 40 and 30 mm [PL1 III.2b] and places the marks by column", () => {
    const framedWidth = (mark: "KHẨN" | "THƯỢNG KHẨN" | "HỎA TỐC") => {
      const result = headerMarkParagraphs("nha-nuoc", [mark], 70, 100);
      if (!result.ok) throw new Error("not built");
      const [p] = result.value.left;
      expect(p?.box).toBeDefined();
      return 70 - 2 * CELL_MARGIN_MM - (p?.indent?.leftMm ?? 0) - (p?.indent?.rightMm ?? 0);
    };
    expect(framedWidth("KHẨN")).toBeCloseTo(20);
    expect(framedWidth("THƯỢNG KHẨN")).toBeCloseTo(40);
    expect(framedWidth("HỎA TỐC")).toBeCloseTo(30);
    const state = headerMarkParagraphs("nha-nuoc", ["LƯU HÀNH NỘI BỘ", "MẬT"], 70, 100);
    const party = headerMarkParagraphs("dang-2018", ["KHẨN", "XEM XONG TRẢ LẠI"], 70, 100);
    if (!state.ok || !party.ok) throw new Error("not built");
    // The secrecy stamp: two borders, 20 mm wide, 13 pt bold (Thông tư 24/2020/TT-BCA mẫu số 02; D38).
    expect(state.value.left.map((p) => [p.runs[0]?.text, p.box?.double])).toEqual([["MẬT", true]]);
    const [mat] = state.value.left;
    expect(
      70 - 2 * CELL_MARGIN_MM - (mat?.indent?.leftMm ?? 0) - (mat?.indent?.rightMm ?? 0)
    ).toBeCloseTo(20);
    expect([mat?.runs[0]?.sizePt, mat?.runs[0]?.bold]).toEqual([13, true]);
    expect(state.value.right.map((p) => [p.runs[0]?.text, p.box !== undefined])).toEqual([
      ["LƯU HÀNH NỘI BỘ", true],
    ]);
    // The Party sources give khẩn and lưu hành no frame (conventions §3.13); the secrecy stamp is the law's (D38).
    expect([...party.value.left, ...party.value.right].map((p) => p.box)).toEqual([
      undefined,
      undefined,
    ]);
    const partySecret = headerMarkParagraphs("dang-2026", ["TUYỆT MẬT"], 70, 100);
    if (!partySecret.ok) throw new Error("not built");
    expect(partySecret.value.left.map((p) => p.box)).toEqual([{ widthPt: 0.75, double: true }]);
    expect(headerMarkParagraphs("nha-nuoc", [], 70, 100).ok).toBe(false);
  });

  it("writes the Party tên loại with its issuer line, trích yếu and “-----”", () => {
    expect(
      blockTexts(
        ok(
          titleBlock({
            profile: "dang-2018",
            type: "ket-luan",
            issuerLine: "của Thị ủy (khóa XXI)",
            summary: "tại Hội nghị giữa nhiệm kỳ 2020 - 2025",
          })
        )
      )
    ).toEqual([
      "KẾT LUẬN",
      "CỦA THỊ ỦY (KHÓA XXI)",
      "tại Hội nghị giữa nhiệm kỳ 2020\u00a0-\u00a02025",
      "-----",
    ]);
  });
});

describe("skeletons", () => {
  it("gives a kế hoạch I. MỤC ĐÍCH, YÊU CẦU / 1. Mục đích / 2. Yêu cầu / II. NỘI DUNG / III. TỔ CHỨC THỰC HIỆN", () => {
    const headings = blockTexts(
      ok(skeletonBlock({ profile: "nha-nuoc", type: "ke-hoach" }))
    ).filter((t) => /^[IV]+\.|^\d\./.test(t));
    expect(headings).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "2. Yêu cầu",
      "II. NỘI DUNG",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("writes the Party I- / 1- style when asked (D3)", () => {
    const headings = blockTexts(
      ok(skeletonBlock({ profile: "dang-2018", type: "ke-hoach", outline: "dash" }))
    ).filter((t) => /^[IV]+-|^\d-/.test(t));
    expect(headings.slice(0, 3)).toEqual(["I- MỤC ĐÍCH, YÊU CẦU", "1- Mục đích", "2- Yêu cầu"]);
  });

  it("gives a quyết định “QUYẾT ĐỊNH:” and articles, the last naming who executes it", () => {
    const lines = blockTexts(
      ok(
        skeletonBlock({
          profile: "nha-nuoc",
          type: "quyet-dinh",
          executors: "Chánh Văn phòng UBND tỉnh, Giám đốc các sở",
        })
      )
    );
    expect(lines[0]).toBe("QUYẾT ĐỊNH:");
    expect(lines.filter((t) => t.startsWith("Điều")).map((t) => t.slice(0, 7))).toEqual([
      "Điều 1.",
      "Điều 2.",
      "Điều 3.",
    ]);
    expect(lines[lines.length - 1]).toBe(
      "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./."
    );
  });

  it("numbers a quy chế's chapters and articles in one sequence", () => {
    const lines = blockTexts(ok(skeletonBlock({ profile: "nha-nuoc", type: "quy-che" })));
    expect(lines.filter((t) => t.startsWith("Chương"))).toEqual([
      "Chương I",
      "Chương II",
      "Chương III",
    ]);
    expect(lines.filter((t) => t.startsWith("Điều")).map((t) => t.split(".")[0])).toEqual([
      "Điều 1",
      "Điều 2",
      "Điều 3",
      "Điều 4",
    ]);
  });
});

describe("renumbering the outline", () => {
  it("numbers every level in sequence after sections were inserted and deleted", () => {
    const outline = [
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "3. Yêu cầu", // 2. was deleted
      "a) điểm một",
      "c) điểm hai",
      "II. NỘI DUNG",
      "1. Nhiệm vụ",
      "1. Nhiệm vụ mới chèn vào",
      "2. Giải pháp",
      "II. TỔ CHỨC THỰC HIỆN", // inserted section copied its number
      "V- KINH PHÍ",
    ];
    const fixes = renumberFixes(outline.map((text, paragraph) => ({ paragraph, text })));
    const result = outline.map((text, paragraph) => {
      const fix = fixes.find((f) => f.kind === "text" && f.paragraph === paragraph);
      return fix && fix.kind === "text"
        ? text.slice(0, fix.start) + fix.replacement + text.slice(fix.end)
        : text;
    });
    expect(result).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "2. Yêu cầu",
      "a) điểm một",
      "b) điểm hai",
      "II. NỘI DUNG",
      "1. Nhiệm vụ",
      "2. Nhiệm vụ mới chèn vào",
      "3. Giải pháp",
      "III. TỔ CHỨC THỰC HIỆN",
      "IV- KINH PHÍ",
    ]);
  });

  it("leaves a correctly numbered outline alone", () => {
    expect(
      renumberFixes(
        ["I. A", "1. B", "2. C", "II. D", "Điều 1. E", "Điều 2. F"].map((text, paragraph) => ({
          paragraph,
          text,
        }))
      )
    ).toEqual([]);
  });
});
