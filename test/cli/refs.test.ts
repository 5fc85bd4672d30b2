import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { thethuc } from "../helpers/cli";
import { tempDir } from "../helpers/tools";

const REAL = join(__dirname, "..", "fixtures", "real");
const PLAN = join(REAL, "state_KH-UBND_2026_UBND-tinh-LaoCai_DRAFT-unnumbered.docx");
const DIRECTIVE = join(REAL, "state_CT-07-CT-TTg_2012_Thu-tuong_signed.docx");
const dir = tempDir("refs");

interface RefsJson {
  files: {
    file: string;
    error?: string;
    references?: {
      type: string;
      number: string | null;
      law: string | null;
      date: string | null;
      issuer: string | null;
      firstParagraph: number;
      count: number;
      definedAs: string | null;
    }[];
    abbreviations?: { short: string; formula: string; paragraph: number; uses: number }[];
  }[];
}

describe("thethuc refs", () => {
  it("lists the cited documents and the short forms as JSON", async () => {
    const { code, stdout, stderr } = await thethuc(["refs", "--format", "json", PLAN, DIRECTIVE]);
    expect([code, stderr]).toEqual([0, ""]);
    const { files } = JSON.parse(stdout) as RefsJson;
    expect(files.map((f) => f.file)).toEqual([PLAN, DIRECTIVE]);
    const plan = files[0];
    expect(plan?.references?.[0]).toMatchObject({
      type: "Chỉ thị",
      number: "11-CT/TU",
      date: "04/01/2026",
      issuer: "Ban Thường vụ Tỉnh ủy",
      definedAs: "Chỉ thị 11",
    });
    expect(plan?.references?.[0]?.count).toBeGreaterThan(2);
    expect(plan?.abbreviations).toEqual([
      expect.objectContaining({ short: "Chỉ thị 11", formula: "viết tắt là" }),
    ]);
    const directive = files[1];
    expect(directive?.references?.map((r) => r.number)).toEqual([
      "29/2008/NĐ-CP",
      "105/2009/QĐ-TTg",
      "66/2009/QĐ-TTg",
    ]);
    expect(directive?.abbreviations?.map((a) => a.short)).toEqual(["KKT", "KCN", "CCN"]);
  });

  it("prints text with paragraphs counted from 1", async () => {
    const { code, stdout } = await thethuc(["refs", DIRECTIVE]);
    expect(code).toBe(0);
    expect(stdout).toContain("Nghị định 29/2008/NĐ-CP — ngày 14/3/2008, của Chính phủ");
    expect(stdout).toMatch(/Tên viết tắt \(abbreviations\): 3/);
    expect(stdout).toMatch(/“KCN” \(acronym\), dùng \d+ lần/);
  });

  it("gives a one-line reason for an unreadable file, lists the others and exits 2", async () => {
    const bad = join(dir, "not-a-docx.docx");
    writeFileSync(bad, "plain text, not a package");
    const missing = join(dir, "missing.docx");
    const { code, stdout, stderr } = await thethuc(["refs", "-f", "json", bad, DIRECTIVE, missing]);
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    expect(lines[1]).toContain("không tìm thấy tệp (no such file)");
    const { files } = JSON.parse(stdout) as RefsJson;
    expect(files.map((f) => Boolean(f.error))).toEqual([true, false, true]);
    expect(files[1]?.references?.length).toBe(3);
  });

  it("rejects an unknown format as bad usage", async () => {
    const { code } = await thethuc(["refs", "--format", "sarif", DIRECTIVE]);
    expect(code).toBe(2);
  });
});
