// `thethuc fix` over every type `thethuc new` writes, each given defects fix promises to mend (Letter paper, margins,
// a foreign font, a red colour, decomposed Unicode, "Hạnh Phúc"): the fix properties hold, the defects are gone on
// re-check, and LibreOffice opens every fixed file (one soffice start for all of them) on A4.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { checkSnapshot } from "../../src/check/engine";
import { type FileFixes, fixFile } from "../../src/cli/fix-command";
import { run } from "../../src/cli/main";
import {
  DOCUMENT_TYPES,
  PROFILE_IDS,
  PROFILES,
  type ProfileId,
  typeStructure,
} from "../../src/conventions";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { expectFixProperties } from "../helpers/fix-properties";
import { renderPdfs, tempDir, tool } from "../helpers/tools";

const dir = tempDir("fix-generated");
const broken = join(dir, "broken");
const fixedDir = join(dir, "fixed");

const cases = PROFILE_IDS.flatMap((profile) =>
  DOCUMENT_TYPES[profile].map((type) => ({ profile, type: type.slug }))
);
const nameOf = (profile: ProfileId, type: string) => `${profile}_${type}.docx`;

function newArgs(profile: ProfileId, type: string, out: string): string[] {
  const party = PROFILES[profile].regime === "party";
  const set = (key: string, value: string) => ["--set", `${key}=${value}`];
  return [
    "new",
    type,
    "--profile",
    profile,
    ...set("co-quan", party ? "Thị ủy Điện Bàn" : "Sở Nông nghiệp và Môi trường"),
    ...set("co-quan-cap-tren", party ? "Đảng bộ tỉnh Quảng Nam" : "UBND tỉnh Lào Cai"),
    ...set("ky-hieu", party ? "TU" : "SNNMT"),
    ...set("dia-danh", party ? "Điện Bàn" : "Lào Cai"),
    ...set("so", "15"),
    ...set("ngay", profile === "dang-2018" ? "04/01/2024" : "04/11/2026"),
    ...set("trich-yeu", "về tăng cường công tác văn thư lưu trữ"),
    ...set("don-vi", "KS"),
    ...set(
      "kinh-gui",
      typeStructure(type, PROFILES[profile].regime).kinhGui === "never"
        ? ""
        : party
          ? "Các đảng ủy, chi bộ trực thuộc"
          : "Sở Tài chính|Sở Xây dựng"
    ),
    ...set(
      "can-cu",
      party ? "Điều lệ Đảng" : "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"
    ),
    ...set("de-nghi", party ? "Văn phòng Thị ủy" : "Chánh Văn phòng Sở"),
    ...set("noi-nhan", party ? "Thường trực Tỉnh ủy (b/c)" : "UBND tỉnh (b/c)|Các phòng thuộc Sở"),
    ...set("luu", party ? "Văn phòng Thị ủy" : "KS"),
    ...set("chuc-vu", party ? "Phó Bí thư" : "Phó Giám đốc"),
    ...set("nguoi-ky", "Nguyễn Văn An"),
    ...set("thu-ky", "Lê Thị Bình"),
    ...(type === "giay-moi" ? set("chu-tri", "Trần Văn Cường") : []),
    "-o",
    out,
  ];
}

/** The defects injected into document.xml: page setup, fonts, colour, NFD text and the motto's capital. */
function injectDefects(xml: string): string {
  return (
    xml
      // Letter paper with narrow margins, as documents converted from old templates come.
      .replace(/<w:pgSz\b[^>]*\/>/g, '<w:pgSz w:w="12240" w:h="15840"/>')
      .replace(/(<w:pgMar\b[^>]*?)w:left="\d+"/g, '$1w:left="1000"')
      // Arial and a red colour on the runs that set Times New Roman.
      .replace(/w:ascii="Times New Roman"/g, 'w:ascii="Arial"')
      .replace(/w:hAnsi="Times New Roman"/g, 'w:hAnsi="Arial"')
      .replace(/<w:color w:val="[0-9A-Fa-f]{6}"\/>/g, '<w:color w:val="FF0000"/>')
      // Decomposed Vietnamese in the trích yếu, as some converters write it.
      .replace(/văn thư lưu trữ/g, "văn thư lưu trữ".normalize("NFD"))
      .replace(/Hạnh phúc/g, "Hạnh Phúc")
  );
}

const applied = new Map<string, FileFixes["applied"]>();

beforeAll(async () => {
  mkdirSync(broken, { recursive: true });
  for (const { profile, type } of cases) {
    const clean = join(dir, nameOf(profile, type));
    let stderr = "";
    const code = await run(
      newArgs(profile, type, clean),
      () => undefined,
      (text) => (stderr += text)
    );
    if (code !== 0) throw new Error(`${profile} ${type}: ${stderr}`);
    const parts = unzipSync(readFileSync(clean));
    const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
    writeFileSync(
      join(broken, nameOf(profile, type)),
      zipSync({ ...parts, "word/document.xml": strToU8(injectDefects(xml)) })
    );
  }
  // The whole folder in one `fix` run: the worker pool, -o keeping names.
  let stderr = "";
  const code = await run(
    ["fix", "--jobs", "2", "--profile", "auto", "-o", fixedDir, broken],
    () => undefined,
    (text) => (stderr += text)
  );
  if (code !== 0) throw new Error(`fix: ${stderr}`);
  // What the run applied to each file, as fix computes it (the same check of the same bytes).
  for (const { profile, type } of cases) {
    const file = join(broken, nameOf(profile, type));
    applied.set(
      nameOf(profile, type),
      fixFile(file, null, { profile: "auto", lang: "vi", draft: false, dryRun: true }).applied
    );
  }
  // One LibreOffice start converts every fixed file.
  renderPdfs(
    cases.map(({ profile, type }) => join(fixedDir, nameOf(profile, type))),
    join(dir, "pdf"),
    600_000
  );
}, 900_000);

const totals = new Map<string, number>();
afterAll(() => {
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  // In test-output/, which stays: the temporary folder is removed after this file's last test, before this hook.
  const output = join(__dirname, "..", "..", "test-output");
  mkdirSync(output, { recursive: true });
  writeFileSync(
    join(output, "fix-generated-counts.txt"),
    rows.map(([rule, n]) => `${rule} ${n}`).join("\n")
  );
});

describe.each(cases.map((c) => [`${c.profile} ${c.type}`, c] as const))(
  "%s with defects",
  (_name, { profile, type }) => {
    const name = nameOf(profile, type);

    it("is fixed with every promise kept, and the injected defects are gone", () => {
      const before = readFileSync(join(broken, name));
      const output = join(fixedDir, name);
      expect(existsSync(output)).toBe(true);
      const after = readFileSync(output);
      const fixes = applied.get(name) ?? [];
      for (const { rule } of fixes) totals.set(rule, (totals.get(rule) ?? 0) + 1);
      const rules = new Set(fixes.map((f) => f.rule));
      // Every type was given the page defects and the foreign font; fix mends both.
      expect(rules).toContain("page/paper");
      expect(rules).toContain("page/margins");
      expect(rules).toContain("font/family");
      expectFixProperties(before, after, fixes, join(dir, name.replace(/\.docx$/, "")));
      const recheck = checkSnapshot(readDocx(after)).findings.map((f) => f.rule);
      for (const gone of ["page/paper", "page/margins", "font/family", "unicode/nfc"])
        expect(recheck).not.toContain(gone);
    });

    it("opens in LibreOffice on A4", () => {
      const pdf = join(dir, "pdf", name.replace(/\.docx$/, ".pdf"));
      expect(existsSync(pdf)).toBe(true);
      expect(tool("pdfinfo", [pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    });
  }
);
