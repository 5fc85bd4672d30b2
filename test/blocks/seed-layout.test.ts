import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Block,
  bodyParagraph,
  closingBlock,
  headerBlock,
  titleBlock,
  type BuildResult,
  type ParagraphSpec,
} from "../../src/blocks";
import { PROFILES } from "../../src/conventions";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { renderPdf, tempDir, tool } from "../helpers/tools";

// The seed Kết luận 1301-KL/TU rebuilt from the project's blocks, rendered by LibreOffice and compared line by line
// with the reference layout of conventions.md §7 (province and town filled in for the placeholders).
const SEED = readFileSync(
  join(__dirname, "..", "fixtures", "seed-ket-luan-1301.txt"),
  "utf8"
).split("\n");
const profile = PROFILES["dang-2018"];

function ok<T>(result: BuildResult<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function seedBlocks(): Block[] {
  const from = SEED.findIndex((line) => line.startsWith("Ngày 17/7/2023"));
  const to = SEED.findIndex((line) => line.startsWith("Nơi nhận"));
  const body = SEED.slice(from, to)
    .filter((line) => line.trim() !== "")
    .map((line): ParagraphSpec => {
      const heading = /^[IVX]+\. /.test(line) && line === line.toLocaleUpperCase("vi");
      return bodyParagraph(profile, "body", [
        { text: line.replace(/\*/g, ""), sizePt: 14, bold: heading },
      ]);
    });
  const recipients = SEED.slice(to + 1)
    .filter((line) => line.startsWith("- ") && !line.startsWith("- Lưu"))
    .map((line) => line.slice(2));
  return [
    ok(
      headerBlock({
        profile: "dang-2018",
        type: "ket-luan",
        superior: "Đảng bộ tỉnh Quảng Nam",
        issuer: "Thị ủy Điện Bàn",
        issuerCode: "TU",
        number: "1301",
        place: "Điện Bàn",
        date: "18/7/2023",
      })
    ),
    ok(
      titleBlock({
        profile: "dang-2018",
        type: "ket-luan",
        issuerLine: "của Thị ủy (khóa XXI)",
        summary: "tại Hội nghị giữa nhiệm kỳ 2020 - 2025",
      })
    ),
    { name: "body", title: "body", font: "Times New Roman", content: body },
    ok(
      closingBlock({
        recipients: { profile: "dang-2018", recipients, storage: "Văn phòng Thị ủy" },
        signature: {
          profile: "dang-2018",
          authority: "collective",
          collective: "Thị ủy",
          title: "Phó Bí thư",
          name: "Bùi Văn Lý",
        },
      })
    ),
  ];
}

describe("the seed Kết luận rebuilt from its parts", () => {
  const dir = tempDir("seed-layout");
  const docx = join(dir, "ket-luan-1301.docx");
  writeFileSync(docx, writeDocx(seedBlocks(), profile));
  const pdf = renderPdf(docx, dir);
  const lines = tool("pdftotext", ["-layout", pdf, "-"])
    .split("\n")
    .map((line) => line.trim().replace(/\s{2,}/g, " | "))
    .filter((line) => line !== "");

  it("lays out the header, tên loại and trích yếu exactly as the reference (§7)", () => {
    expect(lines.slice(0, 8)).toEqual([
      "ĐẢNG BỘ TỈNH QUẢNG NAM | ĐẢNG CỘNG SẢN VIỆT NAM",
      "THỊ ỦY ĐIỆN BÀN",
      "* | Điện Bàn, ngày 18 tháng 7 năm 2023",
      "Số 1301-KL/TU",
      "KẾT LUẬN",
      "CỦA THỊ ỦY (KHÓA XXI)",
      "tại Hội nghị giữa nhiệm kỳ 2020 - 2025",
      "-----",
    ]);
  });

  it("puts the body in order, then Nơi nhận beside T/M THỊ ỦY / PHÓ BÍ THƯ, the list, and the signer", () => {
    const start = lines.findIndex((line) => line.startsWith("Ngày 17/7/2023"));
    const headings = [
      "I. Về kiểm điểm",
      "II. Ban Chấp hành",
      "III. Về tổng kết",
      "IV. Về Báo cáo",
      "V. TỔ CHỨC THỰC HIỆN",
    ].map((h) => lines.findIndex((line) => line.startsWith(h)));
    expect(start).toBe(8);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(headings[0]).toBeGreaterThan(start);
    const closing = lines.findIndex((line) => line.startsWith("Nơi nhận:"));
    expect(closing).toBeGreaterThan(headings[4] as number);
    expect(lines.slice(closing, closing + 2)).toEqual([
      "Nơi nhận: | T/M THỊ ỦY",
      "- Thường trực Tỉnh ủy (b/c), | PHÓ BÍ THƯ",
    ]);
    // The signer's name may stand beside a later recipient; the list itself reads in order.
    const left = lines
      .slice(closing + 2, closing + 10)
      .map((line) => line.replace(" | Bùi Văn Lý", ""));
    expect(left).toEqual([
      "- Ủy ban Kiểm tra Tỉnh ủy (b/c),",
      "- Thường trực HĐND, UBND thị xã,",
      "- Các cơ quan tham mưu, giúp việc Thị ủy,",
      "- Các đảng ủy, chi bộ trực thuộc Thị ủy,",
      "- Mặt trận, các tổ chức CT-XH thị xã,",
      "- Các đ/c Thị ủy viên,",
      "- QC, PC, NC-TH VP Thị ủy,",
      "- Lưu Văn phòng Thị ủy.",
    ]);
    expect(lines.slice(closing).some((line) => line.endsWith("Bùi Văn Lý"))).toBe(true);
  });
});
