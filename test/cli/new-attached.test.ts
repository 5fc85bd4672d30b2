import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkSnapshot } from "../../src/check/engine";
import { newDocumentBlocks, type ParagraphSpec } from "../../src/blocks";
import { run } from "../../src/cli/main";
import { PROFILES, type ProfileId } from "../../src/conventions";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { docxParts } from "../helpers/docx";
import { renderPdfs, tempDir, tool, validateWml } from "../helpers/tools";

// NĐ30 Phụ lục III mẫu 1.3 and the mẫu after it: the quyết định that ban hành (phê duyệt) a text, and the text kèm
// theo it — no number, no place-date, "(Kèm theo Quyết định số …)" under the trích yếu, no Nơi nhận or signature;
// and mẫu 2.1, the phụ lục after a document, each on its own page.
const dir = tempDir("attached");
const set = (key: string, value: string) => ["--set", `${key}=${value}`];
const UBND = [
  ...set("co-quan", "Ủy ban nhân dân tỉnh Lào Cai"),
  ...set("ky-hieu", "UBND"),
  ...set("dia-danh", "Lào Cai"),
];
const THI_UY = [
  ...set("co-quan", "Thị ủy Điện Bàn"),
  ...set("co-quan-cap-tren", "Đảng bộ tỉnh Quảng Nam"),
  ...set("ky-hieu", "TU"),
  ...set("dia-danh", "Điện Bàn"),
];

interface Case {
  readonly name: string;
  readonly profile: ProfileId;
  readonly type: string;
  readonly args: readonly string[];
  /** Lines of the rendered page, in order. */
  readonly lines: readonly RegExp[];
  readonly absent: readonly RegExp[];
  /** Pages, when the form says how many (a phụ lục starts its own page). */
  readonly pages?: number;
  /** The type the checker finds, when not the one written (a phụ lục alone has none). */
  readonly detected?: string | null;
  /** Sections whose pages are numbered from 1 again (one per phụ lục after the first page of the file). */
  readonly restarts?: number;
}

const CASES: readonly Case[] = [
  {
    name: "State quy chế kèm theo a quyết định",
    profile: "nha-nuoc",
    type: "quy-che",
    args: [
      ...UBND,
      ...set("trich-yeu", "Quy chế làm việc của Ủy ban nhân dân tỉnh Lào Cai"),
      ...set(
        "kem-theo",
        "Quyết định số 15/QĐ-UBND ngày 04/11/2026 của Ủy ban nhân dân tỉnh Lào Cai"
      ),
    ],
    lines: [
      /ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/,
      /^\s*QUY CHẾ\s*$/,
      /Quy chế làm việc của Ủy ban nhân dân tỉnh Lào Cai/,
      /\(Kèm theo Quyết định số 15\/QĐ-UBND ngày 04\/11\/2026/,
      /Chương I/,
      /Điều 1\. Phạm vi điều chỉnh/,
    ],
    absent: [/Số:/, /ngày\s+tháng/, /Nơi nhận/, /DỰ THẢO/],
  },
  {
    name: "State kế hoạch kèm theo, the decision's fields left blank",
    profile: "nha-nuoc",
    type: "ke-hoach",
    args: [...UBND, ...set("trich-yeu", "Chuyển đổi số năm 2027"), ...set("kem-theo", "…")],
    lines: [
      /^\s*KẾ HOẠCH\s*$/,
      /Chuyển đổi số năm 2027/,
      /\(Kèm theo Quyết định số …\/QĐ-UBND ngày … tháng … năm … của Ủy ban/,
      /I\. MỤC ĐÍCH, YÊU CẦU/,
    ],
    absent: [/Số:/, /Nơi nhận/, /Thực hiện/],
  },
  {
    name: "Party quy chế kèm theo",
    profile: "dang-2026",
    type: "quy-che",
    args: [...THI_UY, ...set("trich-yeu", "làm việc của Thị ủy khóa XXI"), ...set("kem-theo", "…")],
    lines: [
      /ĐẢNG BỘ TỈNH QUẢNG NAM\s+ĐẢNG CỘNG SẢN VIỆT NAM/,
      /^\s*QUY CHẾ\s*$/,
      /làm việc của Thị ủy khóa XXI/,
      /\(Kèm theo Quyết định số …-QĐ\/TU ngày … tháng … năm …/,
      /Chương I/,
    ],
    absent: [/Số\s+-QC/, /Nơi nhận/, /như sau:/],
  },
  {
    name: "State quyết định ban hành (mẫu 1.3)",
    profile: "nha-nuoc",
    type: "quyet-dinh",
    args: [
      ...UBND,
      ...set("so", "15"),
      ...set("ngay", "04/11/2026"),
      ...set("ban-hanh", "Quy chế làm việc của Ủy ban nhân dân tỉnh Lào Cai"),
      ...set("chuc-vu", "Chủ tịch"),
      ...set("nguoi-ky", "Nguyễn Văn An"),
    ],
    lines: [
      /Số: 15\/QĐ-UBND/,
      /^\s*QUYẾT ĐỊNH\s*$/,
      /Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh Lào Cai/,
      /^\s*ỦY BAN NHÂN DÂN TỈNH LÀO CAI\s*$/,
      /QUYẾT ĐỊNH:/,
      /Điều 1\. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban/,
      /Điều 2\./,
      /Nơi nhận:/,
    ],
    absent: [],
  },
  {
    name: "Party quyết định phê duyệt",
    profile: "dang-2026",
    type: "quyet-dinh",
    args: [
      ...THI_UY,
      ...set("so", "15"),
      ...set("ngay", "04/11/2026"),
      ...set("phe-duyet", "Đề án xây dựng Đảng bộ thị xã trong sạch, vững mạnh"),
      ...set("chuc-vu", "Bí thư"),
      ...set("nguoi-ky", "Nguyễn Văn An"),
    ],
    lines: [
      /^\s*QUYẾT ĐỊNH\s*$/,
      /phê duyệt Đề án xây dựng Đảng bộ thị xã/,
      /BAN THƯỜNG VỤ THỊ ỦY QUYẾT ĐỊNH/,
      /Điều 1\. Phê duyệt kèm theo Quyết định này Đề án/,
      /Nơi nhận:/,
    ],
    absent: [],
  },
  {
    name: "State công văn with two phụ lục, each on its own page (mẫu 2.1)",
    profile: "nha-nuoc",
    type: "cong-van",
    args: [
      ...set("co-quan", "Sở Nội vụ"),
      ...set("ky-hieu", "SNV"),
      ...set("don-vi", "KS"),
      ...set("dia-danh", "Lào Cai"),
      ...set("so", "15"),
      ...set("ngay", "04/11/2026"),
      ...set("trich-yeu", "báo cáo biên chế năm 2026"),
      ...set("kinh-gui", "Bộ Nội vụ"),
      ...set("chuc-vu", "Giám đốc"),
      ...set("nguoi-ky", "Nguyễn Văn An"),
      ...set("phu-luc", "Biểu tổng hợp biên chế năm 2026|Danh sách các đơn vị"),
    ],
    lines: [
      /Nơi nhận:/,
      /Nguyễn Văn An/,
      /^\s*Phụ lục I\s*$/,
      /^\s*BIỂU TỔNG HỢP BIÊN CHẾ NĂM 2026\s*$/,
      /\(Kèm theo Công văn số 15\/SNV-KS ngày 04 tháng 11 năm 2026 của Sở Nội vụ\)/,
      /^\s*Phụ lục II\s*$/,
      /^\s*DANH SÁCH CÁC ĐƠN VỊ\s*$/,
    ],
    absent: [],
    pages: 3,
    restarts: 2,
  },
  {
    name: "State phụ lục as a file of their own (phu-luc-rieng): no header, no Nơi nhận, each numbered on its own",
    profile: "nha-nuoc",
    type: "cong-van",
    args: [
      ...set("co-quan", "Sở Nội vụ"),
      ...set("ky-hieu", "SNV"),
      ...set("don-vi", "KS"),
      ...set("dia-danh", "Lào Cai"),
      ...set("so", "15"),
      ...set("ngay", "04/11/2026"),
      ...set("phu-luc", "Biểu tổng hợp biên chế năm 2026|Danh sách các đơn vị"),
      ...set("phu-luc-rieng", "co"),
    ],
    lines: [
      /^\s*Phụ lục I\s*$/,
      /^\s*BIỂU TỔNG HỢP BIÊN CHẾ NĂM 2026\s*$/,
      /\(Kèm theo Công văn số 15\/SNV-KS ngày 04 tháng 11 năm 2026 của Sở Nội vụ\)/,
      /^\s*Phụ lục II\s*$/,
    ],
    absent: [/CỘNG HÒA/, /Nơi nhận/, /Số:/, /DỰ THẢO/],
    pages: 2,
    detected: null,
    restarts: 1,
  },
  {
    name: "State phụ lục in their own file, electronic form (mẫu 2.2): the organisation's signature, blank fields",
    profile: "nha-nuoc",
    type: "bao-cao",
    args: [
      ...set("co-quan", "Sở Nội vụ"),
      ...set("ky-hieu", "SNV"),
      ...set("dia-danh", "Lào Cai"),
      ...set("phu-luc", "Số liệu biên chế"),
      ...set("phu-luc-rieng", "co"),
      "--ban-dien-tu",
    ],
    lines: [
      /Số, ký hiệu: …\/BC-SNV/,
      /Thời gian ký:/,
      /^\s*Phụ lục I\s*$/,
      /\(Kèm theo Báo cáo số …\/BC-SNV ngày … tháng … năm … của Sở Nội vụ\)/,
    ],
    absent: [/CỘNG HÒA/, /Nơi nhận/, /Phụ lục II/],
    pages: 1,
    detected: null,
    restarts: 0,
  },
  {
    name: "State electronic bản sao (PL1 Phần II.I.3): the copying body's signature over the copied text, no paper parts",
    profile: "nha-nuoc",
    type: "trich-sao",
    args: [
      ...set("co-quan", "Sở Nội vụ"),
      // No ký hiệu or địa danh: the electronic copy shows neither (D36).
      ...set(
        "van-ban-sao",
        "Điều 3. Tổ chức thực hiện|Giám đốc Sở Nội vụ chịu trách nhiệm thi hành."
      ),
      "--ban-dien-tu",
    ],
    lines: [
      /^\s*TRÍCH SAO\s*$/,
      /^\s*Sở Nội vụ\s*$/,
      /Thời gian ký: …-…-…T…:…:…\+07:00/,
      /Điều 3\. Tổ chức thực hiện/,
      /Giám đốc Sở Nội vụ chịu trách nhiệm thi hành\./,
    ],
    absent: [/Số:/, /\/TrS-/, /Lào Cai, ngày/, /Nơi nhận/, /DỰ THẢO/, /Số, ký hiệu/],
    pages: 1,
    detected: null,
    restarts: 0,
  },
  {
    name: "Party phụ lục in their own file",
    profile: "dang-2026",
    type: "ke-hoach",
    args: [
      ...THI_UY,
      ...set("so", "24"),
      ...set("ngay", "04/11/2026"),
      ...set("phu-luc", "Lịch trình thực hiện"),
      ...set("phu-luc-rieng", "co"),
    ],
    lines: [
      /^\s*Phụ lục I\s*$/,
      /^\s*LỊCH TRÌNH THỰC HIỆN\s*$/,
      /\(Kèm theo Kế hoạch số 24-KH\/TU ngày 04 tháng 11 năm 2026 của Thị ủy Điện/,
    ],
    absent: [/ĐẢNG CỘNG SẢN/, /Nơi nhận/],
    pages: 1,
    detected: null,
    restarts: 0,
  },
  {
    name: "Party báo cáo with a phụ lục, its number blank in a draft",
    profile: "dang-2026",
    type: "bao-cao",
    args: [...THI_UY, ...set("phu-luc", "Số liệu đảng viên")],
    lines: [
      /Nơi nhận:/,
      /^\s*Phụ lục I\s*$/,
      /^\s*SỐ LIỆU ĐẢNG VIÊN\s*$/,
      /\(Kèm theo Báo cáo số …-BC\/TU ngày … tháng … năm … của Thị ủy Điện Bàn\)/,
    ],
    absent: [/Phụ lục II/],
    pages: 2,
    restarts: 1,
  },
  {
    name: "State công điện, MẬT and HỎA TỐC under the number (ô 10a, 10b)",
    profile: "nha-nuoc",
    type: "cong-dien",
    args: [
      ...UBND,
      ...set("so", "15"),
      ...set("ngay", "04/11/2026"),
      ...set("trich-yeu", "Về việc ứng phó bão số 3"),
      ...set("kinh-gui", "Sở Tài chính|Sở Xây dựng"),
      ...set("chuc-vu", "Phó Chủ tịch"),
      ...set("nguoi-ky", "Nguyễn Văn An"),
      ...set("khan", "hoa-toc"),
      ...set("mat", "mat"),
    ],
    lines: [
      /Số: 15\/CĐ-UBND/,
      /^\s*MẬT\s*$/,
      /^\s*HỎA TỐC\s*$/,
      /^\s*CÔNG ĐIỆN\s*$/,
      /ỦY BAN NHÂN DÂN TỈNH LÀO CAI điện:/,
      /- Sở Tài chính;/,
    ],
    absent: [/Kính gửi/],
  },
  {
    name: "Party báo cáo, KHẨN and XEM XONG TRẢ LẠI (ô 10b, 11)",
    profile: "dang-2026",
    type: "bao-cao",
    args: [...THI_UY, ...set("khan", "KHẨN"), ...set("luu-hanh", "xem-xong-tra-lai")],
    // KHẨN under the number; XEM XONG TRẢ LẠI under the place-date, beside it (new-marks-electronic pins where).
    lines: [/Số\s+-BC\/TU/, /XEM XONG TRẢ LẠI/, /^\s*KHẨN\s*$/, /^\s*BÁO CÁO\s*$/],
    absent: [],
  },
];

const files = new Map<string, string>();

beforeAll(async () => {
  for (const [i, c] of CASES.entries()) {
    const out = join(dir, `case-${i}.docx`);
    let stderr = "";
    const code = await run(
      ["new", c.type, "--profile", c.profile, ...c.args, "-o", out],
      () => undefined,
      (text) => (stderr += text)
    );
    if (code !== 0) throw new Error(`${c.name}: ${stderr}`);
    files.set(c.name, out);
  }
  writeFileSync(ANNEX_PAGES, writeDocx(longAnnex(), PROFILES["nha-nuoc"]));
  renderPdfs([...files.values(), ANNEX_PAGES], dir, 300_000);
}, 300_000);

/** A công văn whose Phụ lục I runs over two pages, then Phụ lục II: the blocks `new` writes, one annex filled out. */
const ANNEX_PAGES = join(dir, "annex-pages.docx");
function longAnnex() {
  const built = newDocumentBlocks({
    profile: "nha-nuoc",
    type: "cong-van",
    issuer: "Sở Nội vụ",
    issuerCode: "SNV",
    unitCode: "KS",
    number: "15",
    place: "Lào Cai",
    date: "04/11/2026",
    summary: "báo cáo biên chế",
    kinhGui: ["Bộ Nội vụ"],
    signerTitle: "Giám đốc",
    signer: "Nguyễn Văn An",
    annexes: ["Biểu tổng hợp", "Danh sách"],
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const filler: ParagraphSpec = {
    kind: "paragraph",
    role: "annex-body",
    align: "both",
    runs: [
      {
        text: "Số liệu biên chế của các đơn vị thuộc Sở trong năm, chia theo từng đơn vị. ".repeat(
          8
        ),
        sizePt: 14,
      },
    ],
    spacing: { afterPt: 6 },
  };
  return built.value.map((block) => {
    if (block.name !== "annex") return block;
    const second = block.content.findIndex(
      (item, i) => i > 0 && item.kind === "paragraph" && item.newSection
    );
    return {
      ...block,
      content: [
        ...block.content.slice(0, second),
        ...Array(12).fill(filler),
        ...block.content.slice(second),
      ],
    };
  });
}

describe("phụ lục page numbers (PL1 III.1)", () => {
  const page = (n: number) =>
    tool("pdftotext", [
      "-layout",
      "-f",
      String(n),
      "-l",
      String(n),
      ANNEX_PAGES.replace(/\.docx$/, ".pdf"),
      "-",
    ])
      .split("\n")
      .filter((l) => l.trim() !== "");
  it("start again at each phụ lục: its first page unnumbered, the next ones 2, 3 …", () => {
    const info = tool("pdfinfo", [ANNEX_PAGES.replace(/\.docx$/, ".pdf")]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(page(2)[0]?.trim()).toBe("Phụ lục I");
    // Page k of the file is page k - 1 of Phụ lục I, which starts on the file's page 2.
    for (let k = 3; k < pages; k++) expect(page(k)[0]?.trim()).toBe(String(k - 1));
    expect(page(pages)[0]?.trim()).toBe("Phụ lục II");
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (name, c) => {
  const docx = () => files.get(name) as string;

  it("validates against the OOXML schemas", () => {
    const file = `${docx()}.document.xml`;
    writeFileSync(file, docxParts(readFileSync(docx()))["word/document.xml"] ?? "");
    expect(() => validateWml([file])).not.toThrow();
  });

  it("passes thethuc check with no error, as its own type", () => {
    const result = checkSnapshot(readDocx(readFileSync(docx())), { profile: c.profile });
    expect(result.documentType).toBe(c.detected === undefined ? c.type : c.detected);
    expect(
      result.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}: ${f.message}`)
    ).toEqual([]);
    // "(Kèm theo Công văn số …)" names the document the text goes with: no citation of another (PL1 III.1).
    expect(result.findings.filter((f) => f.rule.startsWith("citation/"))).toEqual([]);
  });

  it("numbers each phụ lục's pages on their own: a section of its own, from 1 (PL1 III.1)", () => {
    const xml = docxParts(readFileSync(docx()))["word/document.xml"] ?? "";
    expect(xml.match(/<w:pgNumType w:start="1"\/>/g) ?? []).toHaveLength(c.restarts ?? 0);
  });

  it("renders the lines of its form in order, and nothing the form leaves out", () => {
    const text = tool("pdftotext", ["-layout", docx().replace(/\.docx$/, ".pdf"), "-"]);
    const lines = text.split("\n");
    let from = 0;
    for (const wanted of c.lines) {
      const at = lines.findIndex((line, i) => i >= from && wanted.test(line));
      if (at < 0) throw new Error(`${wanted} not found after line ${from} in:\n${text}`);
      from = at + 1;
    }
    for (const unwanted of c.absent) expect(text).not.toMatch(unwanted);
    if (c.pages !== undefined) {
      const info = tool("pdfinfo", [docx().replace(/\.docx$/, ".pdf")]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(c.pages);
    }
  });
});

describe("refusals", () => {
  it.each([
    ["kem-theo on a công văn", ["new", "cong-van", ...UBND, ...set("kem-theo", "…")], /mẫu 1\.3/],
    [
      "ban-hanh on a kế hoạch",
      ["new", "ke-hoach", ...UBND, ...set("ban-hanh", "Quy chế …")],
      /mẫu 1\.3/,
    ],
    ["an unknown khẩn mark", ["new", "bao-cao", ...UBND, ...set("khan", "rat-khan")], /hoa-toc/],
    [
      "phu-luc-rieng without phu-luc",
      ["new", "cong-van", ...UBND, ...set("phu-luc-rieng", "co")],
      /phu-luc=/,
    ],
    [
      "hinh-thuc-sao on a State sao-y",
      ["new", "sao-y", ...UBND, ...set("hinh-thuc-sao", "trich-sao")],
      /ban-sao/,
    ],
    [
      "a number on an electronic bản sao",
      ["new", "sao-y", ...UBND, ...set("so", "05"), "--ban-dien-tu"],
      /Phần II, mục I\.3/,
    ],
    [
      "a signer on an electronic bản sao",
      ["new", "sao-luc", ...UBND, ...set("nguoi-ky", "Nguyễn Văn An"), "--ban-dien-tu"],
      /Phần II, mục I\.3/,
    ],
    [
      "an electronic Party bản sao",
      ["new", "ban-sao", "--profile", "dang-2026", ...THI_UY, "--ban-dien-tu"],
      /D25/,
    ],
  ])("%s: exit 2, one line with the reason", async (_, args, reason) => {
    let stderr = "";
    const code = await run(
      [...args, "-o", join(dir, "refused.docx")],
      () => undefined,
      (text) => (stderr += text)
    );
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });
});
