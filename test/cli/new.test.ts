import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CLI_KEYS } from "../../src/cli/keys";
import { run } from "../../src/cli/main";
import { renderPdf, tempDir, tool } from "../helpers/tools";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "thethuc.js");
const dir = tempDir("cli");

const PARTY_ARGS = [
  "new",
  "ket-luan",
  "--profile",
  "dang-2018",
  "--set",
  "co-quan-cap-tren=Đảng bộ tỉnh Quảng Nam",
  "--set",
  "co-quan=Thị ủy Điện Bàn",
  "--set",
  "ky-hieu=TU",
  "--set",
  "so=1301",
  "--set",
  "dia-danh=Điện Bàn",
  "--set",
  "ngay=18/7/2023",
];
const STATE_ARGS = [
  "new",
  "quyet-dinh",
  "--profile",
  "nha-nuoc",
  "--set",
  "co-quan-cap-tren=UBND tỉnh Lào Cai",
  "--set",
  "co-quan=Sở Nông nghiệp và Môi trường",
  "--set",
  "ky-hieu=SNNMT",
  "--set",
  "so=12",
  "--set",
  "dia-danh=Lào Cai",
  "--set",
  "ngay=05/3/2026",
  "--set",
  "trich-yeu=Về việc ban hành Quy chế làm việc",
];

/** Runs the installed command as a user would; the CLI must have been built (`npm run build:cli`). */
function thethuc(args: readonly string[]) {
  if (!existsSync(join(ROOT, "dist", "node", "cli", "main.js")))
    throw new Error("the CLI is not built: run `npm run build:cli` first");
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir });
}

/** The lines of the first page as `pdftotext -layout` lays them out. */
function pageLines(pdf: string): string[] {
  return tool("pdftotext", ["-layout", "-f", "1", "-l", "1", pdf, "-"]).split("\n");
}

/** Index of the line holding `left` and then `right`, further right; fails when they are not on one line. */
function sideBySide(lines: readonly string[], left: string, right: string): number {
  const index = lines.findIndex((line) => line.includes(left) && line.includes(right));
  expect({ left, right, found: index >= 0 ? lines[index] : lines.join("\n") }).toEqual({
    left,
    right,
    found: expect.stringContaining(left),
  });
  const line = lines[index] as string;
  expect(line.indexOf(left)).toBeLessThan(line.indexOf(right));
  return index;
}

function lineOf(lines: readonly string[], text: string): number {
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" not found on page 1:\n${lines.join("\n")}`);
  return index;
}

describe("thethuc new → LibreOffice → PDF", () => {
  it("writes a Party kết luận whose header columns stand side by side on A4", () => {
    const out = join(dir, "ket-luan.docx");
    const result = thethuc([...PARTY_ARGS, "-o", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const pdf = renderPdf(out, dir);
    expect(tool("pdfinfo", [pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const lines = pageLines(pdf);
    const first = sideBySide(lines, "ĐẢNG BỘ TỈNH QUẢNG NAM", "ĐẢNG CỘNG SẢN VIỆT NAM");
    const issuer = lineOf(lines, "THỊ ỦY ĐIỆN BÀN");
    const star = lines.findIndex((line, i) => i > issuer && line.trim().startsWith("*"));
    const number = lineOf(lines, "Số 1301-KL/TU");
    const date = lineOf(lines, "Điện Bàn, ngày 18 tháng 7 năm 2023");
    const title = lineOf(lines, "KẾT LUẬN");
    expect(first).toBeLessThan(issuer);
    expect(issuer).toBeLessThan(star);
    expect(star).toBeLessThan(number);
    expect(first).toBeLessThan(date);
    expect(Math.max(number, date)).toBeLessThan(title);
    // The date sits in the right column: it starts after where the left column's first line ends.
    const leftEnd =
      (lines[first] as string).indexOf("ĐẢNG BỘ TỈNH QUẢNG NAM") + "ĐẢNG BỘ TỈNH QUẢNG NAM".length;
    expect((lines[date] as string).indexOf("Điện Bàn,")).toBeGreaterThan(leftEnd);
    expect(tool("pdffonts", [pdf])).toMatch(/LiberationSerif-Bold/);
  });

  it("writes a State quyết định: quốc hiệu on one line, number and date on one line", () => {
    const out = join(dir, "quyet-dinh.docx");
    const result = thethuc([...STATE_ARGS, "-o", out]);
    expect(result.status).toBe(0);
    const pdf = renderPdf(out, dir);
    expect(tool("pdfinfo", [pdf])).toMatch(/\(A4\)/);
    const lines = pageLines(pdf);
    const first = sideBySide(lines, "UBND TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const motto = lineOf(lines, "Độc lập - Tự do - Hạnh phúc");
    const numberAndDate = sideBySide(lines, "Số: 12/QĐ-SNNMT", "Lào Cai, ngày 05 tháng 3 năm 2026");
    const title = lineOf(lines, "QUYẾT ĐỊNH");
    const summary = lineOf(lines, "Về việc ban hành Quy chế làm việc");
    expect(first).toBeLessThan(motto);
    expect(motto).toBeLessThan(numberAndDate);
    expect(numberAndDate).toBeLessThan(title);
    expect(title).toBeLessThan(summary);
  });

  it("runs as `npx thethuc` from the project folder", () => {
    const out = join(dir, "npx.docx");
    execFileSync("npx", ["--no-install", "thethuc", ...PARTY_ARGS, "-o", out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("thethuc usage", () => {
  async function runCaptured(args: readonly string[]) {
    let stdout = "";
    let stderr = "";
    const code = await run(
      args,
      (text) => (stdout += text),
      (text) => (stderr += text)
    );
    return { code, stdout, stderr };
  }

  it("explains every --set key in `new --help`", async () => {
    const { code, stdout } = await runCaptured(["new", "--help"]);
    expect(code).toBe(0);
    // Every key the CLI knows, and the ones the issues name, must be explained.
    const keys = [
      ...CLI_KEYS.map((k) => k.key),
      "trich-yeu",
      "nguoi-ky",
      "chuc-vu",
      "tham-quyen",
      "kinh-gui",
      "noi-nhan",
    ];
    for (const key of keys) expect(stdout).toContain(`  ${key} `);
    expect(stdout).toContain("dang-2018");
  });

  it("lists the types of one profile", async () => {
    const { code, stdout } = await runCaptured(["types", "--profile", "nha-nuoc"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/cong-van\s+Công văn\s+\(không có/);
    expect(stdout).toMatch(/quy-dinh\s+Quy định\s+QyĐ/);
    expect(stdout).not.toContain("ket-luan");
  });

  it.each([
    ["an unknown type", ["new", "ket-qua", "-o", "x.docx"], /Loại văn bản "ket-qua"/],
    [
      "an unknown key",
      ["new", "ket-luan", "--profile", "dang-2018", "--set", "nguoi-duyet=A", "-o", "x.docx"],
      /khóa "nguoi-duyet"/,
    ],
    ["a key without a value", ["new", "ket-luan", "--set", "so", "-o", "x.docx"], /khóa=giá-trị/],
    [
      "an impossible date",
      [...STATE_ARGS, "--set", "ngay=30/02/2026", "-o", "x.docx"],
      /^thethuc: ngay: Ngày "30\/02\/2026" không hợp lệ/m,
    ],
    [
      "an empty issuer",
      [...STATE_ARGS, "--set", "co-quan=", "-o", "x.docx"],
      /^thethuc: co-quan: Cần tên cơ quan ban hành/m,
    ],
    [
      "an unknown profile",
      ["new", "ket-luan", "--profile", "dang-1990", "-o", "x.docx"],
      /dang-1990/,
    ],
    ["no output file", ["new", "ket-luan"], /--output/],
  ])("%s exits 2 with a reason and writes nothing", async (_name, args, reason) => {
    const before = existsSync(join(process.cwd(), "x.docx"));
    const { code, stderr } = await runCaptured(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
    expect(existsSync(join(process.cwd(), "x.docx"))).toBe(before);
  });
});
