import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { thethuc } from "../helpers/cli";
import { billionLaughsDocx, legacyDoc, truncated, zipBombDocx } from "../helpers/hostile";
import { tempDir } from "../helpers/tools";
import { readFileSync } from "node:fs";

const ROOT = join(__dirname, "..", "..");
const REAL = join(__dirname, "..", "fixtures", "real");
const realFiles = readdirSync(REAL)
  .filter((name) => name.endsWith(".docx"))
  .map((name) => join(REAL, name));
const dir = tempDir("check");

interface JsonFile {
  file: string;
  error?: string;
  profile?: string;
  documentType?: string | null;
  findings?: {
    rule: string;
    category: string;
    severity: string;
    message: string;
    paragraph: number | null;
    text: string;
    source: string;
  }[];
  coverage?: {
    evaluated: number;
    notEvaluated: { rule: string; reason: { vi: string; en: string } }[];
  };
}

describe("thethuc check on real documents", () => {
  it("checks every real .docx and prints JSON as product.md specifies", async () => {
    const { code, stdout, stderr } = await thethuc(["check", "--format", "json", ...realFiles]);
    expect(stderr).toBe("");
    expect([0, 1]).toContain(code);
    const { files } = JSON.parse(stdout) as { files: JsonFile[] };
    expect(files.map((f) => f.file)).toEqual(realFiles);
    for (const file of files) {
      const name = file.file.split("/").pop() ?? "";
      // State files are read as State; the Party form as Party (the TCVN3 self-review is not recognised yet).
      if (name.startsWith("state_")) expect(file.profile).toBe("nha-nuoc");
      if (name.startsWith("party_PhieuDG")) expect(file.profile).toMatch(/^dang-/);
      expect(file.coverage?.evaluated).toBeGreaterThan(10);
      for (const finding of file.findings ?? []) {
        expect(Object.keys(finding)).toEqual(
          expect.arrayContaining([
            "rule",
            "category",
            "severity",
            "message",
            "paragraph",
            "text",
            "source",
          ])
        );
        expect(["error", "warning", "info"]).toContain(finding.severity);
      }
    }
    // The types come from the tên loại or, for công văn, from the number and V/v line.
    const types = Object.fromEntries(
      files.map((f) => [f.file.replace(/^.*\/state_/, "").slice(0, 6), f.documentType])
    );
    expect(types).toMatchObject({
      "QD-UBN": "quyet-dinh",
      "KH-UBN": "ke-hoach",
      "CT-07-": "chi-thi",
      "CV-597": "cong-van",
    });
  });

  it("finds the Letter paper and narrow left margin of the converted Cục Hóa chất letter", async () => {
    const file = realFiles.find((f) => f.includes("CV-597")) as string;
    const { code, stdout } = await thethuc(["check", "--format", "json", file]);
    expect(code).toBe(1);
    const [result] = (JSON.parse(stdout) as { files: JsonFile[] }).files;
    const rules = result?.findings?.map((f) => f.rule) ?? [];
    expect(rules).toEqual(expect.arrayContaining(["page/paper", "page/margins"]));
  });

  it("prints text like a linter, with the summary line and what was not evaluated", async () => {
    const file = realFiles.find((f) => f.includes("CV-597")) as string;
    const { stdout } = await thethuc(["check", file]);
    expect(stdout).toMatch(/^.*CV-597.*\(nha-nuoc, cong-van\)$/m);
    expect(stdout).toMatch(/^ {2}— {9}lỗi {7}Lề trái 25\.4 mm, quy định 30–35 mm/m);
    expect(stdout).toMatch(/\d+ lỗi, \d+ cảnh báo, \d+ gợi ý, \d+ quy tắc chưa đánh giá/);
    expect(stdout).toMatch(/chưa đánh giá: size\/document-type — không tìm thấy tên loại văn bản/);
    const english = await thethuc(["check", "--lang", "en", file]);
    expect(english.stdout).toMatch(/The left margin is 25\.4 mm/);
  });

  it("writes SARIF 2.1.0 with the rules used and one result per finding", async () => {
    const file = realFiles.find((f) => f.includes("CV-597")) as string;
    const { stdout } = await thethuc(["check", "--format", "sarif", file]);
    const log = JSON.parse(stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; locations: unknown[] }[];
      }[];
    };
    expect(log.version).toBe("2.1.0");
    const [sarifRun] = log.runs;
    expect(sarifRun?.tool.driver.name).toBe("thethuc");
    expect(sarifRun?.results.length).toBeGreaterThan(0);
    for (const result of sarifRun?.results ?? []) {
      expect(["error", "warning", "note"]).toContain(result.level);
      expect(sarifRun?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.locations).toHaveLength(1);
    }
  });
});

describe("thethuc check --tone-style", () => {
  const file = realFiles.find((f) => f.includes("CT-07")) as string;
  const toneFindings = async (style?: string) => {
    const { code, stdout } = await thethuc([
      "check",
      "--format",
      "json",
      ...(style ? ["--tone-style", style] : []),
      file,
    ]);
    const [result] = (JSON.parse(stdout) as { files: JsonFile[] }).files;
    return {
      code,
      findings: (result?.findings ?? []).filter((f) => f.rule === "spelling/tone-style"),
    };
  };

  it("by default follows the document: the chỉ thị writes hòa, ủy throughout, so nothing is reported", async () => {
    expect((await toneFindings()).findings).toEqual([]);
    expect((await toneFindings("auto")).findings).toEqual([]);
    expect((await toneFindings("first")).findings).toEqual([]);
  });

  it("with hoà, thuỷ chosen, reports every hòa-style word of the same document", async () => {
    const { findings } = await toneFindings("second");
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.message).toMatch(/kiểu đã chọn \(hoà, uỷ\)/);
    expect(findings.map((f) => f.text)).toEqual(expect.arrayContaining(["hóa"]));
  });

  it("lists the option in --help and refuses an unknown style", async () => {
    const help = await thethuc(["check", "--help"]);
    expect(help.code).toBe(0);
    // Commander wraps the option's help to the terminal width.
    const text = help.stdout.replace(/\s+/g, " ");
    expect(text).toMatch(/--tone-style <style> .*first = hòa, thủy; second = hoà, thuỷ/);
    expect(text).toMatch(/choices: "auto", "first", "second", default: "auto"/);
    const bad = await thethuc(["check", "--tone-style", "new", file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--tone-style/);
  });
});

describe("hostile and broken files", () => {
  const write = (name: string, bytes: Uint8Array) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const bad = [
    write("empty.docx", new Uint8Array(0)),
    write("old.docx", legacyDoc()),
    write("bomb.docx", zipBombDocx()),
    write("laughs.docx", billionLaughsDocx()),
    write(
      "cut.docx",
      truncated(
        readFileSync(join(REAL, "state_QD-UBND_2025_UBND-tinh-LaoCai_DRAFT-of-QD-1883.docx"))
      )
    ),
    join(dir, "missing.docx"),
  ];

  it("exit 2 with one line per unreadable file, and the good files still checked", async () => {
    const good = realFiles[0] as string;
    const { code, stdout, stderr } = await thethuc([
      "check",
      "--format",
      "json",
      bad[0] as string,
      good,
      ...bad.slice(1),
    ]);
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(bad.length);
    for (const [i, file] of bad.entries())
      expect(lines[i]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\S`));
    const { files } = JSON.parse(stdout) as { files: JsonFile[] };
    expect(files.find((f) => f.file === good)?.findings).toBeDefined();
    expect(files.filter((f) => f.error)).toHaveLength(bad.length);
  });

  it("exits 2 on bad usage", async () => {
    expect((await thethuc(["check"])).code).toBe(2);
    expect((await thethuc(["check", "--format", "xml", realFiles[0] as string])).code).toBe(2);
  });

  it("sets the exit code and flushes large output through a pipe when run as a command", () => {
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, "bin", "thethuc.js"),
        "check",
        "--format",
        "json",
        ...realFiles,
        bad[1] as string,
      ],
      { encoding: "utf8" }
    );
    expect(result.status).toBe(2);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stderr).toMatch(/old\.docx: tệp \.doc cũ/);
  });

  it("stops quietly when the reader of its output goes away (| head)", () => {
    const command = [process.execPath, join(ROOT, "bin", "thethuc.js"), "check", ...realFiles]
      .map((word) => `'${word}'`)
      .join(" ");
    // head reads one line and leaves: the next writes fail with EPIPE.
    const result = spawnSync(
      "bash",
      ["-c", `${command} | head -n 1 >/dev/null; echo "$\{PIPESTATUS[0]}" >&2`],
      {
        encoding: "utf8",
      }
    );
    expect(result.stderr.trim()).toBe("141");
  });
});
