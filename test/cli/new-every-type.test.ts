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
  signingLines,
  typeStructure,
} from "../../src/conventions";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { docxParts } from "../helpers/docx";
import { renderPdfs, tempDir, tool, validateWml } from "../helpers/tools";

// Every type of every profile, written by `thethuc new` as a drafter would, then validated, checked and rendered.
const dir = tempDir("every-type");

type Mode = "realistic" | "minimal";

interface Issuer {
  readonly superior: string;
  readonly issuer: string;
  readonly code: string;
  readonly title: string;
  /** The first header line as LibreOffice lays it out, beside the tiêu đề or quốc hiệu. */
  readonly firstLine: RegExp;
  /** The signature lines above the name, as the form writes them. */
  readonly signature: readonly string[];
}

const THI_UY: Issuer = {
  superior: "Đảng bộ tỉnh Quảng Nam",
  issuer: "Thị ủy Điện Bàn",
  code: "TU",
  title: "Phó Bí thư",
  firstLine: /ĐẢNG BỘ TỈNH QUẢNG NAM/,
  signature: ["T/M THỊ ỦY", "PHÓ BÍ THƯ"],
};
const CHI_BO: Issuer = {
  superior: "Đảng bộ xã Phú Tiến",
  issuer: "Chi bộ thôn Đồng Tâm",
  code: "CB",
  title: "Bí thư",
  firstLine: /ĐẢNG BỘ XÃ PHÚ TIẾN/,
  signature: ["T/M CHI BỘ", "BÍ THƯ"],
};
const BAN_TUYEN_GIAO: Issuer = {
  superior: "Tỉnh ủy Quảng Nam",
  issuer: "Ban Tuyên giáo",
  code: "BTGTU",
  title: "Phó Trưởng ban",
  firstLine: /TỈNH ỦY QUẢNG NAM/,
  signature: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
};
const UBND: Issuer = {
  superior: "",
  issuer: "Ủy ban nhân dân tỉnh Lào Cai",
  code: "UBND",
  title: "Phó Chủ tịch",
  firstLine: /ỦY BAN NHÂN DÂN/,
  signature: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
};
const SO: Issuer = {
  superior: "UBND tỉnh Lào Cai",
  issuer: "Sở Nông nghiệp và Môi trường",
  code: "SNNMT",
  title: "Phó Giám đốc",
  firstLine: /UBND TỈNH LÀO CAI/,
  signature: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
};

/** Who writes each type in the realistic run: a drafter's usual issuer for it. */
function issuerFor(profile: ProfileId, type: string): Issuer {
  if (PROFILES[profile].regime === "party") {
    if (type === "nghi-quyet") return CHI_BO;
    if (type === "huong-dan") return BAN_TUYEN_GIAO;
    return THI_UY;
  }
  return ["quyet-dinh", "nghi-quyet", "chi-thi", "cong-dien", "ke-hoach"].includes(type)
    ? UBND
    : SO;
}

function args(profile: ProfileId, type: string, out: string, mode: Mode): string[] {
  const party = PROFILES[profile].regime === "party";
  const set = (key: string, value: string) => ["--set", `${key}=${value}`];
  const who = issuerFor(profile, type);
  const minimal = [
    ...set("co-quan", who.issuer),
    ...set("ky-hieu", who.code),
    ...set("dia-danh", party ? "Điện Bàn" : "Lào Cai"),
  ];
  if (mode === "minimal") return ["new", type, "--profile", profile, ...minimal, "-o", out];
  return [
    "new",
    type,
    "--profile",
    profile,
    ...minimal,
    ...(who.superior ? set("co-quan-cap-tren", who.superior) : []),
    ...set("don-vi", "KS"),
    ...set("so", "15"),
    ...set("ngay", profile === "dang-2018" ? "04/01/2024" : "04/11/2026"),
    ...set(
      "trich-yeu",
      party ? "về tăng cường công tác văn thư" : "Về việc tăng cường công tác văn thư"
    ),
    ...set(
      "kinh-gui",
      typeStructure(type, PROFILES[profile].regime).kinhGui === "never"
        ? ""
        : party
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
    ...set("chuc-vu", who.title),
    ...set("nguoi-ky", "Nguyễn Văn An"),
    ...set("thu-ky", "Lê Thị Bình"),
    ...(type === "giay-moi" ? set("chu-tri", "Trần Văn Cường") : []),
    ...(typeStructure(type, PROFILES[profile].regime).parties
      ? [
          ...set("ben-b", "Công ty TNHH Xây dựng Minh Phát"),
          ...set("ben-b-chuc-vu", "Giám đốc"),
          ...set("ben-b-nguoi-ky", "Trần Văn Bình"),
        ]
      : []),
    "-o",
    out,
  ];
}

const cases = PROFILE_IDS.flatMap((profile) =>
  DOCUMENT_TYPES[profile].flatMap((type) =>
    (["realistic", "minimal"] as const).map((mode) => ({ profile, type, mode }))
  )
);
const files = new Map<string, string>();

beforeAll(async () => {
  for (const { profile, type, mode } of cases) {
    const out = join(dir, `${profile}_${type.slug}_${mode}.docx`);
    let stderr = "";
    const code = await run(
      args(profile, type.slug, out, mode),
      () => undefined,
      (text) => (stderr += text)
    );
    if (code !== 0) throw new Error(`${profile} ${type.slug}: ${stderr}`);
    files.set(`${profile} ${type.slug} ${mode}`, out);
  }
  // One LibreOffice start for all the files.
  renderPdfs([...files.values()], dir, 600_000);
}, 600_000);

describe.each(cases.map((c) => [`${c.profile} ${c.type.slug} ${c.mode}`, c] as const))(
  "%s",
  (name, { profile, type, mode }) => {
    const docx = () => files.get(name) as string;
    const pdf = () => docx().replace(/\.docx$/, ".pdf");
    const documentXml = (file: string) => docxParts(readFileSync(file))["word/document.xml"] ?? "";

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
      // A minimal draft is checked as what it says it is: marked DỰ THẢO (D18).
      const result = checkSnapshot(readDocx(readFileSync(docx())), { profile });
      expect(result.documentType).toBe(type.slug);
      expect(
        result.findings
          .filter((f) => f.severity === "error")
          .map((f) => `${f.rule} ¶${f.paragraph}: ${f.message}`)
      ).toEqual([]);
      if (typeStructure(type.slug, PROFILES[profile].regime).parties) {
        // D34: the issuer's column is found and judged, with or without a mark above the title.
        const skipped = result.coverage.notEvaluated.map((n) => n.rule);
        expect(skipped).not.toContain("signature/present");
        expect(skipped).not.toContain("signature/authority-combination");
      }
    });

    it("renders on A4 and reads back in the order of the form: header, tên loại, enacting lines, skeleton, Nơi nhận, signature", () => {
      expect(tool("pdfinfo", [pdf()])).toMatch(/\(A4\)/);
      // One page unless the skeleton is long: no empty trailing paragraph spills onto a blank page (X6).
      const pages = Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf()]))?.[1]);
      const lines = tool("pdftotext", ["-layout", pdf(), "-"]).split("\n");
      if (pages > 1) {
        const last = tool("pdftotext", [
          "-layout",
          "-f",
          String(pages),
          "-l",
          String(pages),
          pdf(),
          "-",
        ]);
        expect(last.replace(/\s+/g, " ").trim()).not.toMatch(/^\d*$/);
      }
      const at = (test: (line: string) => boolean, what: string, from = 0) => {
        const index = lines.findIndex((line, i) => i >= from && test(line));
        if (index < 0) throw new Error(`${what} not found in:\n${lines.join("\n")}`);
        return index;
      };
      const party = PROFILES[profile].regime === "party";
      const who = issuerFor(profile, type.slug);
      const structure = typeStructure(type.slug, PROFILES[profile].regime);
      if (structure.copy) {
        // PL1 Phần II, mẫu 3.1; HD36 II.3: the copied text, then the copy's parts under a full-width line: the
        // copying body beside the hình thức sao, the place-date, the copy's number, Nơi nhận and the signature.
        const copied = at((l) => /… \((?:toàn văn|phần) văn bản được/.test(l), "copied text");
        const form = party
          ? "SAO Y BẢN CHÍNH"
          : ({ "sao-y": "SAO Y", "sao-luc": "SAO LỤC" }[type.slug] ?? "TRÍCH SAO");
        const formLine = at((l) => l.trimEnd().endsWith(` ${form}`), "hình thức sao", copied + 1);
        if (mode === "realistic") expect(lines[formLine]).toMatch(who.firstLine);
        const placeDate = at((l) => /, ngày .* tháng .* năm/.test(l), "place-date", formLine);
        const number = at(
          (l) => (party ? /Số\s+\S*-BS\/TU/ : /Số:\s+\S*\/(?:SY|SL|TrS)-SNNMT/).test(l),
          "copy number",
          formLine
        );
        const recipients = at(
          (l) => l.trimStart().startsWith("Nơi nhận:"),
          "Nơi nhận",
          Math.max(placeDate, number)
        );
        if (mode === "realistic") {
          let line = recipients;
          for (const text of who.signature)
            line = at((l) => l.includes(text), `signature line ${text}`, line);
          at((l) => l.trim().endsWith("Nguyễn Văn An"), "signer's name", line);
        }
        // The line is the border of a paragraph as wide as the text area, straight before the copy's table.
        const snapshot = readDocx(readFileSync(docx()));
        const firstCell = snapshot.paragraphs.findIndex((p) => p.cell !== null);
        expect(snapshot.paragraphs[firstCell - 1]?.border.top).toBe(true);
        expect(documentXml(docx())).toMatch(
          /<w:pBdr><w:top [^>]*\/><\/w:pBdr><w:spacing w:before="240"[^>]*\/><w:jc /
        );
        return;
      }
      const first = at(
        (l) =>
          (mode === "minimal"
            ? // Without a superior: the Party "…" gap line; the State issuer's first words.
              party
              ? l.includes("…")
              : l.includes(who.issuer.toLocaleUpperCase("vi").split(" ").slice(0, 2).join(" "))
            : who.firstLine.test(l)) &&
          l.includes(party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        "header columns side by side"
      );
      const title = type.letter
        ? at((l) => (party ? /về|…/ : /V\/v/).test(l), "subject line under the number")
        : at((l) => l.trim() === (type.title ?? type.name).toLocaleUpperCase("vi"), "tên loại");
      // Mẫu 1.9: the State biên bản gives its time in the text, with no place-date in its header (review N7).
      if (type.slug === "bien-ban" && !party)
        expect(lines.slice(0, title).join("\n")).not.toMatch(/ngày .* tháng/);
      // RULEBOOK D29: a thư công carries no số and ký hiệu.
      if (type.unnumbered) expect(lines.slice(0, title).join("\n")).not.toMatch(/Số/);
      // The trích yếu line is never missing: the typed one, or its placeholder (X4).
      if (!type.letter && structure.summary)
        at((l) => /^\s*(?:về|Về việc|Về)(?=\s|$)/u.test(l), "trích yếu", title + 1);
      let enacting = title;
      if (structure.enacting === "authority-line") {
        enacting = at(
          (l) =>
            l.trim() ===
            (who === UBND
              ? "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
              : "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
          "THẨM QUYỀN BAN HÀNH line",
          title
        );
        const basis = at((l) => /Căn cứ/.test(l), "căn cứ", enacting);
        at((l) => /^\s*QUYẾT (?:ĐỊNH|NGHỊ):\s*$/.test(l), "QUYẾT ĐỊNH:", basis);
      } else if (structure.enacting === "formula") {
        enacting = at((l) => /BAN THƯỜNG VỤ THỊ ỦY QUYẾT ĐỊNH/.test(l), "enacting formula", title);
      } else if (structure.enacting === "sentence") {
        enacting = at((l) => /Ban Thường vụ Thị ủy/.test(l), "enacting sentence", title);
        // The sentence may wrap before its last word.
        expect(lines.slice(enacting, enacting + 3).join(" ")).toMatch(/như\s+sau:/);
      } else if (structure.enacting === "implementing") {
        enacting = at((l) => /Thực hiện/.test(l), "Thực hiện … opening", title);
        expect(lines.slice(enacting, enacting + 3).join(" ")).toMatch(/như\s+sau:/);
      }
      if (type.slug === "cong-dien") {
        // Mẫu 1.6: "<CƠ QUAN> điện:" and the recipients, never "Kính gửi:".
        expect(lines.join("\n")).not.toMatch(/Kính gửi/);
        const sender = at(
          (l) => /ỦY BAN NHÂN DÂN TỈNH LÀO CAI điện:\s*$/.test(l),
          "… điện: line",
          title
        );
        if (mode === "realistic")
          at((l) => /^\s*- Sở Tài chính;/.test(l), "first recipient", sender);
        enacting = sender;
      }
      if (mode === "realistic" && type.slug === "bien-ban") {
        // Mẫu 1.9 (State) / practice (Party): the chair and the secretary named before the content.
        at(
          (l) => /Chủ trì(?: \(chủ tọa\))?: (?:đồng chí )?Nguyễn Văn An/.test(l),
          "Chủ trì",
          title
        );
        at(
          (l) => /Thư ký(?: \(người ghi biên bản\))?: (?:đồng chí )?Lê Thị Bình/.test(l),
          "Thư ký",
          title
        );
      }
      if (mode === "realistic" && type.slug === "giay-moi") {
        at((l) => /trân trọng kính mời: /.test(l), "kính mời line", title);
        at((l) => /Chủ trì: (?:đồng chí )?Trần Văn Cường/.test(l), "Chủ trì", title);
      }
      const firstItem = structure.skeleton[0];
      const skeleton =
        firstItem?.kind === "heading" && firstItem.level === 1
          ? at((l) => /^\s*I[.-] /.test(l), "first heading", enacting)
          : firstItem?.kind === "article" || structure.skeleton.some((i) => i.kind === "article")
            ? at((l) => /Điều 1\./.test(l), "Điều 1.", enacting)
            : at((l) => l.includes("…"), "skeleton text", enacting + 1);
      const signerName = mode === "realistic" ? "Nguyễn Văn An" : "…";
      expect(first).toBeLessThan(title + (type.letter ? 1 : 0));
      expect(title).toBeLessThanOrEqual(enacting);
      expect(enacting).toBeLessThan(skeleton);
      if (structure.parties) {
        // RULEBOOK D34: both parties sign side by side, the other on the left, the issuer on the right with its
        // marks; the names level; Nơi nhận below.
        const heads =
          structure.parties === "ben"
            ? /ĐẠI DIỆN BÊN B\s{2,}ĐẠI DIỆN BÊN A/
            : mode === "realistic"
              ? /ĐẠI DIỆN CÔNG TY TNHH XÂY\s{2,}ĐẠI DIỆN SỞ NÔNG NGHIỆP VÀ/
              : /ĐẠI DIỆN …\s{2,}ĐẠI DIỆN SỞ NÔNG NGHIỆP VÀ/;
        let line = at((l) => heads.test(l), "the two parties' headings", skeleton);
        if (mode === "realistic") {
          line = at((l) => /^\s+GIÁM ĐỐC\s{2,}\S/.test(l), "the other party's title", line);
          for (const text of who.signature) line = at((l) => l.includes(text), text, line - 1);
        }
        const names =
          mode === "realistic" ? /Trần Văn Bình\s{2,}Nguyễn Văn An\s*$/ : /…\s{2,}…\s*$/;
        const name = at((l) => names.test(l), "both signers' names on one line", line);
        at((l) => l.trimStart().startsWith("Nơi nhận:"), "Nơi nhận under the signatures", name);
      } else if (structure.closing === "signature") {
        const recipients = at((l) => l.trimStart().startsWith("Nơi nhận:"), "Nơi nhận", skeleton);
        // The signature lines stand in the right column, in order, level with or below "Nơi nhận:".
        let line = recipients;
        const minimal = signingLines({
          regime: PROFILES[profile].regime,
          marks: PROFILES[profile].drafting.marks,
          issuer: who.issuer,
          title: "…",
        });
        const expected =
          mode === "realistic" ? who.signature : minimal.ok ? minimal.value.authority : [];
        for (const text of expected) {
          line = at((l) => l.includes(text), `signature line ${text}`, line);
        }
        const name = at((l) => l.trim().endsWith(signerName), "signer's name", line);
        // Mẫu 1.10: under the closing, the place of leave confirms the stay.
        if (structure.leaveConfirmation)
          at((l) => /Xác nhận của cơ quan, tổ chức/.test(l), "Xác nhận … nơi nghỉ phép", name + 1);
        if (structure.travelTable) {
          // D35: under the closing, the ruled travel table: its heads, then the legs out and back.
          const table = at((l) => /^\s*ĐI ĐƯỜNG\s*$/.test(l), "ĐI ĐƯỜNG", name + 1);
          const heads = at(
            (l) => /Nơi đi, nơi đến\s+Ngày\s+Phương\s+Số ngày\s+Lý do lưu\s+Xác nhận/.test(l),
            "the table's heads",
            table
          );
          let leg = heads;
          for (const where of ["Nơi đi", "Nơi đến", "Nơi đi", "Nơi đến"])
            leg = at((l) => l.trim() === `${where}: …`, where, leg + 1);
          const xml = documentXml(docx());
          expect(xml.match(/<w:tblBorders><w:top w:val="single"/g)).toHaveLength(1);
        }
      } else if (mode === "realistic") {
        // The minutes are signed by the secretary (left) and the chair (right), on one line.
        at((l) => /Lê Thị Bình\s+Nguyễn Văn An/.test(l), "secretary's and chair's names", skeleton);
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
