import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findComponents } from "../../src/check/components";
import { checkSnapshot } from "../../src/check/engine";
import { run } from "../../src/cli/main";
import type { ParagraphSnapshot, Snapshot } from "../../src/ooxml/snapshot";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { tableLooks } from "../../src/ooxml/table-looks";
import { docxParts } from "../helpers/docx";
import { renderPdfs, tempDir, tool, validateWml } from "../helpers/tools";

// A bản sao whose copied text is a whole original, with the original's own header, tên loại, body, Nơi nhận and
// signature, then the copy's parts: the full-width line, hình thức sao, number, place-date, Nơi nhận and signature
// (NĐ30 Phụ lục I Phần II; Phụ lục III mẫu 3.1; HD36 mục II.3). `thethuc new … --set ban-chinh=<file.docx>` pastes
// the original; the checker judges the original as the original and the copy's parts as a copy's.
const dir = tempDir("copy-original");
const set = (key: string, value: string) => ["--set", `${key}=${value}`];
const REAL_LETTER = join(
  __dirname,
  "..",
  "fixtures",
  "real",
  "state_CV-597-HC-QLHC_2026_Cuc-Hoa-chat-BCT_signed.docx"
);

const file = (name: string) => join(dir, `${name}.docx`);

async function thethuc(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await run(
    [...args],
    () => undefined,
    (text) => (stderr += text)
  );
  return { code, stderr };
}

const UBND_QD = [
  "new",
  "quyet-dinh",
  ...set("co-quan", "Ủy ban nhân dân tỉnh Lào Cai"),
  ...set("ky-hieu", "UBND"),
  ...set("dia-danh", "Lào Cai"),
  ...set("so", "15"),
  ...set("ngay", "04/11/2026"),
  ...set("trich-yeu", "Về việc tăng cường công tác văn thư"),
  ...set("can-cu", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"),
  ...set("de-nghi", "Chánh Văn phòng Ủy ban nhân dân tỉnh"),
  ...set("noi-nhan", "Các sở, ban, ngành tỉnh"),
  ...set("luu", "VT"),
  ...set("chuc-vu", "Phó Chủ tịch"),
  ...set("nguoi-ky", "Nguyễn Văn An"),
];
const THI_UY_KL = [
  "new",
  "ket-luan",
  "--profile",
  "dang-2026",
  ...set("co-quan-cap-tren", "Đảng bộ tỉnh Quảng Nam"),
  ...set("co-quan", "Thị ủy Điện Bàn"),
  ...set("ky-hieu", "TU"),
  ...set("dia-danh", "Điện Bàn"),
  ...set("so", "1301"),
  ...set("ngay", "18/7/2026"),
  ...set("trich-yeu", "về tăng cường công tác văn thư"),
  ...set("noi-nhan", "Các đảng ủy, chi bộ trực thuộc"),
  ...set("luu", "Văn phòng Thị ủy"),
  ...set("chuc-vu", "Phó Bí thư"),
  ...set("nguoi-ky", "Nguyễn Văn An"),
];
const SO_COPY = [
  ...set("co-quan-cap-tren", "UBND tỉnh Lào Cai"),
  ...set("co-quan", "Sở Nông nghiệp và Môi trường"),
  ...set("ky-hieu", "SNNMT"),
  ...set("dia-danh", "Lào Cai"),
  ...set("noi-nhan", "Phòng Kế hoạch - Tài chính"),
  ...set("luu", "VT"),
  ...set("chuc-vu", "Chánh Văn phòng"),
  ...set("tham-quyen", "tl"),
  ...set("nguoi-ky", "Lê Văn Cường"),
];

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  /** The copy's type, as `check` reports the file, and the original's, as the first pass reads it. */
  readonly copyType: string;
  readonly originalType: string | null;
  /** The original has errors of its own (a real document): the copy is held to no more than those. */
  readonly originalErrors?: true;
  /** Lines of the rendered pages, in order: the original's, then the copy's parts. */
  readonly lines: readonly RegExp[];
}

const CASES: readonly Case[] = [
  {
    name: "State sao y of a UBND quyết định",
    args: [
      "new",
      "sao-y",
      ...set("ban-chinh", file("qd")),
      ...SO_COPY,
      ...set("so", "05"),
      ...set("ngay", "10/11/2026"),
    ],
    copyType: "sao-y",
    originalType: "quyet-dinh",
    lines: [
      /ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/,
      /Số: 15\/QĐ-UBND/,
      /^\s*QUYẾT ĐỊNH\s*$/,
      /Về việc tăng cường công tác văn thư/,
      /Điều 1\./,
      /Nơi nhận:/,
      /Nguyễn Văn An/,
      /SAO Y/,
      /Lào Cai, ngày 10 tháng 11 năm 2026/,
      /Số: 05\/SY-SNNMT/,
      /Nơi nhận:\s+TL\. GIÁM ĐỐC/,
      /Lê Văn Cường/,
    ],
  },
  {
    name: "State sao lục drafted with its number and date blank",
    args: ["new", "sao-luc", ...set("ban-chinh", file("qd")), ...SO_COPY],
    copyType: "sao-luc",
    originalType: "quyet-dinh",
    lines: [/DỰ THẢO/, /^\s*QUYẾT ĐỊNH\s*$/, /Nguyễn Văn An/, /SAO LỤC/, /Số:\s+\/SL-SNNMT/],
  },
  {
    name: "Party sao y bản chính of a Thị ủy kết luận",
    args: [
      "new",
      "ban-sao",
      "--profile",
      "dang-2026",
      ...set("ban-chinh", file("kl")),
      ...set("co-quan-cap-tren", "Đảng bộ tỉnh Quảng Nam"),
      ...set("co-quan", "Thị ủy Điện Bàn"),
      ...set("ky-hieu", "TU"),
      ...set("dia-danh", "Điện Bàn"),
      ...set("so", "24"),
      ...set("ngay", "20/7/2026"),
      ...set("noi-nhan", "Các đảng ủy, chi bộ trực thuộc"),
      ...set("luu", "Văn phòng Thị ủy"),
      ...set("chuc-vu", "Chánh Văn phòng"),
      ...set("nguoi-ky", "Trần Thị Bình"),
    ],
    copyType: "ban-sao",
    originalType: "ket-luan",
    lines: [
      /ĐẢNG BỘ TỈNH QUẢNG NAM\s+ĐẢNG CỘNG SẢN VIỆT NAM/,
      /Số 1301-KL\/TU/,
      /^\s*KẾT LUẬN\s*$/,
      /Nguyễn Văn An/,
      /SAO Y BẢN CHÍNH/,
      /Điện Bàn, ngày 20 tháng 7 năm 2026/,
      /Số 24-BS\/TU/,
      /Trần Thị Bình/,
    ],
  },
  {
    name: "State sao y of a real signed công văn (Cục Hóa chất)",
    args: [
      "new",
      "sao-y",
      ...set("ban-chinh", REAL_LETTER),
      ...SO_COPY,
      ...set("so", "06"),
      ...set("ngay", "10/11/2026"),
    ],
    copyType: "sao-y",
    originalType: "cong-van",
    originalErrors: true,
    lines: [/BỘ CÔNG THƯƠNG/, /Số: 597\/HC-QLHC/, /Nơi nhận:/, /SAO Y/, /Số: 06\/SY-SNNMT/],
  },
  {
    name: "State electronic sao y of a UBND quyết định (D36)",
    args: [
      "new",
      "sao-y",
      "--ban-dien-tu",
      ...set("ban-chinh", file("qd")),
      ...set("co-quan", "Sở Nông nghiệp và Môi trường"),
    ],
    copyType: "sao-y",
    originalType: "quyet-dinh",
    lines: [
      /SAO Y/,
      /SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG/i,
      /Thời gian ký:/,
      /ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/,
      /^\s*QUYẾT ĐỊNH\s*$/,
      /Nguyễn Văn An/,
    ],
  },
];

const out = (c: Case) => join(dir, `copy-${CASES.indexOf(c)}.docx`);

beforeAll(async () => {
  for (const [name, args] of [
    ["qd", UBND_QD],
    ["kl", THI_UY_KL],
  ] as const) {
    const made = await thethuc([...args, "-o", file(name)]);
    if (made.code !== 0) throw new Error(`${name}: ${made.stderr}`);
  }
  for (const c of CASES) {
    const made = await thethuc([...c.args, "-o", out(c)]);
    if (made.code !== 0) throw new Error(`${c.name}: ${made.stderr}`);
  }
  renderPdfs(CASES.map(out), dir, 300_000);
}, 300_000);

const snapshotOf = (path: string) => readDocx(readFileSync(path));

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
  it("validates against the OOXML schemas", () => {
    const xml = `${out(c)}.document.xml`;
    writeFileSync(xml, docxParts(readFileSync(out(c)))["word/document.xml"] ?? "");
    expect(() => validateWml([xml])).not.toThrow();
  });

  it("checks with no error (none but the original's own): the original as its type, the copy's parts as a copy", () => {
    const snapshot = snapshotOf(out(c));
    const components = findComponents(snapshot);
    expect(components.documentType?.slug ?? null).toBe(c.originalType);
    expect(components.copyPart).toBeDefined();
    // The original is judged: its header and tên loại are found, not skipped as a copy's.
    expect(components.copyForm).toBeUndefined();
    const result = checkSnapshot(snapshot);
    expect(result.documentType).toBe(c.copyType);
    // The copy's own parts are written by the form: no finding on them.
    expect(result.findings.filter((f) => f.message.startsWith("Phần bản sao: "))).toEqual([]);
    if (c.originalErrors) return;
    expect(
      result.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}: ${f.message}`)
    ).toEqual([]);
  });

  it("renders the original, then the copy's parts, in order", () => {
    const text = tool("pdftotext", ["-layout", out(c).replace(/\.docx$/, ".pdf"), "-"]);
    const lines = text.split("\n");
    let from = 0;
    for (const wanted of c.lines) {
      const at = lines.findIndex((line, i) => i >= from && wanted.test(line));
      if (at < 0) throw new Error(`${wanted} not found after line ${from} in:\n${text}`);
      from = at + 1;
    }
  });
});

describe("the checker on a copy of a whole original", () => {
  const paperCopy = () => out(CASES[0] as Case);

  /** The snapshot with one paragraph's text (the last one reading `from`) replaced, its first run's format kept. */
  function edited(snapshot: Snapshot, from: string, to: string): Snapshot {
    const at = snapshot.paragraphs.map((p) => p.text).lastIndexOf(from);
    if (at < 0) throw new Error(`no paragraph "${from}"`);
    const p = snapshot.paragraphs[at] as ParagraphSnapshot;
    const runs = [{ ...(p.runs[0] as ParagraphSnapshot["runs"][number]), text: to, start: 0 }];
    const paragraphs = snapshot.paragraphs.map((q, i) => (i === at ? { ...q, text: to, runs } : q));
    return { ...snapshot, paragraphs };
  }

  it("reads the original's closing as its own, and stops the original where the copy's parts start", () => {
    const snapshot = snapshotOf(paperCopy());
    const c = findComponents(snapshot);
    const start = c.copyPart?.start as number;
    expect(c.ownEnd).toBe(start);
    expect(c.signature?.name?.text).toBe("Nguyễn Văn An");
    expect(c.recipientsLabel?.paragraph).toBeLessThan(start);
    expect(c.number?.text).toBe("Số: 15/QĐ-UBND");
    // The full-width line opens the copy's parts.
    expect(snapshot.paragraphs[start]?.border.top).toBe(true);
    expect(c.copyPart?.form.text).toBe("SAO Y");
  });

  it("pins a wrong copy number on the copy's line and a wrong original number on the original's", () => {
    let snapshot = snapshotOf(paperCopy());
    snapshot = edited(snapshot, "Số: 05/SY-SNNMT", "Số 5/SY-SNNMT");
    snapshot = edited(snapshot, "Số: 15/QĐ-UBND", "Số: 15/QĐ.UBND");
    const copyLine = snapshot.paragraphs.findIndex((p) => p.text === "Số 5/SY-SNNMT");
    const originalLine = snapshot.paragraphs.findIndex((p) => p.text === "Số: 15/QĐ.UBND");
    const result = checkSnapshot(snapshot);
    const errors = result.findings
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.paragraph, f.message.startsWith("Phần bản sao: ")]);
    expect(errors).toEqual([
      ["number/form", originalLine, false],
      ["number/leading-zero", copyLine, true],
      ["number/prefix", copyLine, true],
    ]);
  });

  it("says a copy signed without Nơi nhận lacks it, in the copy's part only", () => {
    const snapshot = snapshotOf(paperCopy());
    const labels = snapshot.paragraphs.filter((p) => /^Nơi nhận:/.test(p.text));
    expect(labels).toHaveLength(2);
    // The copy's "Nơi nhận:" is the last one.
    const result = checkSnapshot(edited(snapshot, labels[1]?.text ?? "", "Gửi:"));
    const missing = result.findings.filter((f) => f.rule === "structure/required-parts");
    expect(missing.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Phần bản sao: .*[Nn]ơi nhận/),
    ]);
  });

  it("finds no more errors in the copy of a real công văn than in the công văn itself", () => {
    const errors = (snapshot: Snapshot) =>
      checkSnapshot(snapshot)
        .findings.filter((f) => f.severity === "error")
        .map((f) => f.rule);
    const original = errors(snapshotOf(REAL_LETTER));
    const copy = errors(snapshotOf(out(CASES[3] as Case)));
    for (const rule of new Set(copy))
      expect(copy.filter((r) => r === rule).length).toBeLessThanOrEqual(
        original.filter((r) => r === rule).length
      );
  });
});

describe("ban-chinh keeps the original's tables as they print", () => {
  it("a ruled table stays ruled, a layout table stays without lines", async () => {
    const original = join(dir, "gdd.docx");
    const made = await thethuc([
      "new",
      "giay-di-duong",
      "--profile",
      "dang-2026",
      ...THI_UY_KL.slice(4),
      "-o",
      original,
    ]);
    expect(made.code).toBe(0);
    const looks = tableLooks(docxParts(readFileSync(original))["word/document.xml"] ?? "");
    expect(looks.filter((l) => l.ruled)).toHaveLength(1);
    const copy = join(dir, "gdd-copy.docx");
    const copied = await thethuc([
      "new",
      "sao-y",
      ...set("ban-chinh", original),
      ...SO_COPY,
      ...set("so", "07"),
      ...set("ngay", "10/11/2026"),
      "-o",
      copy,
    ]);
    expect(copied.code).toBe(0);
    const copyLooks = tableLooks(docxParts(readFileSync(copy))["word/document.xml"] ?? "");
    // The original's tables, then the copy's own layout table and its closing table.
    expect(copyLooks.map((l) => l.ruled).slice(0, looks.length)).toEqual(looks.map((l) => l.ruled));
    expect(copyLooks.filter((l) => l.ruled)).toHaveLength(1);
  });
});

describe("refusals", () => {
  it.each([
    ["a missing file", [...set("ban-chinh", join(dir, "none.docx"))], /không có tệp/],
    ["a file that is not a .docx", [...set("ban-chinh", __filename)], /không phải tệp \.docx/],
    ["a folder", [...set("ban-chinh", dir)], /thư mục/],
    [
      "both ban-chinh and van-ban-sao",
      [...set("ban-chinh", REAL_LETTER), ...set("van-ban-sao", "Điều 1. …")],
      /một trong hai/,
    ],
  ])("%s: exit 2, one line with the reason", async (_, extra, reason) => {
    const result = await thethuc([
      "new",
      "sao-y",
      ...SO_COPY,
      ...extra,
      "-o",
      join(dir, "refused.docx"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
  });

  it("ban-chinh on a type that is not a copy: exit 2, one line", async () => {
    const result = await thethuc([
      "new",
      "cong-van",
      ...SO_COPY,
      ...set("ban-chinh", REAL_LETTER),
      "-o",
      join(dir, "refused.docx"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/chỉ dán vào bản sao/);
  });
});
