import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newDocumentBlocks, type NewDocumentInput, type ParagraphSpec } from "../../src/blocks";
import { checkSnapshot } from "../../src/check/engine";
import { run } from "../../src/cli/main";
import {
  DOCUMENT_TYPES,
  PROFILE_IDS,
  PROFILES,
  type ProfileId,
  typeStructure,
} from "../../src/conventions";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { docxParts } from "../helpers/docx";
import { tempDir, tool, validateWml } from "../helpers/tools";

// Every type of every profile, written by `thethuc new` as a drafter would, then validated, checked and rendered.
const dir = tempDir("every-type");

function args(profile: ProfileId, type: string, out: string): string[] {
  const party = PROFILES[profile].regime === "party";
  const set = (key: string, value: string) => ["--set", `${key}=${value}`];
  return [
    "new",
    type,
    "--profile",
    profile,
    ...set("co-quan-cap-tren", party ? "Đảng bộ tỉnh Quảng Nam" : "UBND tỉnh Lào Cai"),
    ...set("co-quan", party ? "Thị ủy Điện Bàn" : "Sở Nông nghiệp và Môi trường"),
    ...set("ky-hieu", party ? "TU" : "SNNMT"),
    ...set("don-vi", "KS"),
    ...set("so", "15"),
    ...set("dia-danh", party ? "Điện Bàn" : "Lào Cai"),
    ...set("ngay", profile === "dang-2018" ? "04/01/2024" : "04/11/2026"),
    ...set(
      "trich-yeu",
      party ? "về tăng cường công tác văn thư" : "Về việc tăng cường công tác văn thư"
    ),
    ...set(
      "kinh-gui",
      party
        ? "Các đảng ủy, chi bộ trực thuộc|Các cơ quan tham mưu, giúp việc"
        : "Sở Tài chính|Sở Xây dựng"
    ),
    ...set(
      "can-cu",
      party ? "Điều lệ Đảng" : "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"
    ),
    ...set("de-nghi", party ? "Văn phòng Thị ủy" : "Chánh Văn phòng Sở"),
    ...set(
      "noi-nhan",
      party
        ? "Thường trực Tỉnh ủy (b/c)|Các đảng ủy, chi bộ trực thuộc"
        : "UBND tỉnh (b/c)|Các phòng thuộc Sở"
    ),
    ...set("luu", party ? "Văn phòng Thị ủy" : "KS"),
    ...set("tham-quyen", party ? "tm" : "kt"),
    ...set("tap-the", party ? "Ban Thường vụ" : ""),
    ...set("thu-truong", "Giám đốc"),
    ...set("chuc-vu", party ? "Phó Bí thư" : "Phó Giám đốc"),
    ...set("nguoi-ky", "Nguyễn Văn An"),
    "-o",
    out,
  ];
}

const cases = PROFILE_IDS.flatMap((profile) =>
  DOCUMENT_TYPES[profile].map((type) => ({ profile, type }))
);
const files = new Map<string, string>();

beforeAll(async () => {
  for (const { profile, type } of cases) {
    const out = join(dir, `${profile}_${type.slug}.docx`);
    let stderr = "";
    const code = await run(
      args(profile, type.slug, out),
      () => undefined,
      (text) => (stderr += text)
    );
    if (code !== 0) throw new Error(`${profile} ${type.slug}: ${stderr}`);
    files.set(`${profile} ${type.slug}`, out);
  }
  // One LibreOffice start for all the files.
  tool(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "lo")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...files.values(),
    ],
    { timeoutMs: 600_000 }
  );
}, 600_000);

describe.each(cases.map((c) => [`${c.profile} ${c.type.slug}`, c] as const))(
  "%s",
  (name, { profile, type }) => {
    const docx = () => files.get(name) as string;
    const pdf = () => docx().replace(/\.docx$/, ".pdf");

    it("validates against the OOXML schemas", () => {
      const parts = docxParts(readFileSync(docx()));
      const written = ["word/document.xml", "word/header1.xml", "word/header2.xml"].map((part) => {
        const file = `${docx()}.${part.replace(/\W/g, "_")}.xml`;
        writeFileSync(file, parts[part] ?? "");
        return file;
      });
      expect(() => validateWml(written)).not.toThrow();
    });

    it("passes thethuc check with no error", () => {
      const result = checkSnapshot(readDocx(readFileSync(docx())), { profile });
      expect(result.documentType).toBe(type.slug);
      expect(
        result.findings
          .filter((f) => f.severity === "error")
          .map((f) => `${f.rule} ¶${f.paragraph}: ${f.message}`)
      ).toEqual([]);
    });

    it("renders on A4 with the header columns, tên loại, skeleton, Nơi nhận and signature in order", () => {
      expect(tool("pdfinfo", [pdf()])).toMatch(/\(A4\)/);
      const lines = tool("pdftotext", ["-layout", pdf(), "-"]).split("\n");
      const at = (test: (line: string) => boolean, what: string) => {
        const index = lines.findIndex(test);
        if (index < 0) throw new Error(`${what} not found in:\n${lines.join("\n")}`);
        return index;
      };
      const party = PROFILES[profile].regime === "party";
      const first = at(
        (l) =>
          party
            ? /THỊ ỦY ĐIỆN BÀN|ĐẢNG BỘ TỈNH QUẢNG NAM/.test(l) &&
              l.includes("ĐẢNG CỘNG SẢN VIỆT NAM")
            : l.includes("UBND TỈNH LÀO CAI") && l.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        "header columns side by side"
      );
      const title = type.letter
        ? first
        : at((l) => l.trim() === type.name.toLocaleUpperCase("vi"), "tên loại");
      const structure = typeStructure(type.slug, PROFILES[profile].regime);
      const firstItem = structure.skeleton[0];
      const skeleton =
        firstItem?.kind === "heading" && firstItem.level === 1
          ? at((l) => /^\s*I[.-] /.test(l), "first heading")
          : firstItem?.kind === "article" || structure.skeleton.some((i) => i.kind === "article")
            ? at((l) => /Điều 1\./.test(l), "Điều 1.")
            : at((l) => l.includes("…"), "skeleton text");
      const signer = at((l) => l.includes("Nguyễn Văn An"), "signer's name");
      expect(first).toBeLessThan(title + (type.letter ? 1 : 0));
      expect(title).toBeLessThan(skeleton);
      expect(skeleton).toBeLessThan(signer);
      if (structure.closing === "signature") {
        const recipients = at((l) => l.trimStart().startsWith("Nơi nhận:"), "Nơi nhận");
        expect(skeleton).toBeLessThan(recipients);
        expect(recipients).toBeLessThan(signer);
      }
    });
  }
);

describe("page numbers", () => {
  it("are centred at the top from page 2 and absent on page 1", () => {
    const input: NewDocumentInput = {
      profile: "nha-nuoc",
      type: "bao-cao",
      issuer: "Sở Tài chính",
      issuerCode: "STC",
      number: "8",
      place: "Lào Cai",
      date: "04/11/2026",
      summary: "Kết quả công tác năm 2026",
      signer: "Nguyễn Văn An",
      signerTitle: "Giám đốc",
    };
    const built = newDocumentBlocks(input);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const body: ParagraphSpec = {
      kind: "paragraph",
      role: "body",
      align: "both",
      runs: [
        {
          text: "Nội dung báo cáo kết quả thực hiện nhiệm vụ trong năm, các hạn chế và nguyên nhân, phương hướng thời gian tới. ".repeat(
            6
          ),
          sizePt: 14,
        },
      ],
      spacing: { afterPt: 6 },
    };
    const blocks = [
      ...built.value.slice(0, -1),
      { name: "body", title: "body", font: "Times New Roman", content: Array(14).fill(body) },
      ...built.value.slice(-1),
    ];
    const out = join(dir, "two-pages.docx");
    writeFileSync(out, writeDocx(blocks, PROFILES["nha-nuoc"]));
    tool(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "lo2")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        out,
      ],
      { timeoutMs: 180_000 }
    );
    const pdf = out.replace(/\.docx$/, ".pdf");
    expect(Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf]))?.[1])).toBeGreaterThanOrEqual(2);
    const page = (n: number) =>
      tool("pdftotext", ["-layout", "-f", String(n), "-l", String(n), pdf, "-"])
        .split("\n")
        .filter((l) => l.trim() !== "");
    expect(page(1)[0]).toMatch(/UBND|SỞ TÀI CHÍNH|CỘNG HÒA/);
    const top = page(2)[0] as string;
    expect(top.trim()).toBe("2");
    // Centred: the number stands near the middle of the line pdftotext lays out.
    const width = Math.max(...page(2).map((l) => l.length));
    expect(Math.abs(top.indexOf("2") - width / 2)).toBeLessThan(width / 6);
  });
});
