import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { checkSnapshot } from "../../src/check/engine";
import { findComponents } from "../../src/check/components";
import { markBlock } from "../../src/blocks/mark-block";
import { newDocumentBlocks } from "../../src/blocks/new-document";
import { PROFILES, type ProfileId } from "../../src/conventions";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { thethuc } from "../helpers/cli";
import { markedReportBlocks } from "../helpers/marked-report";
import { docxParts } from "../helpers/docx";
import { renderPdfs, tempDir, tool, validateWml } from "../helpers/tools";

// NĐ30 Phụ lục I: dấu mật and khẩn under the number (ô 10a, 10b), KHẨN/HỎA TỐC framed (III.2b), phạm vi lưu hành
// framed under the place-date (ô 11, III.2c), the drafter's code and copies under Nơi nhận (ô 12, III.3), the
// contacts at the foot of page 1 under a full-width line (ô 13, III.4); and the electronic form: the signature image
// centred between title and name (II.7d), the seal image covering a third of it on its left (II.8a), the
// organisation's digital signature at the top right of an attached text (II.8b), "(Kèm theo …)" left blank (III.1c).
const dir = tempDir("marks-electronic");
const set = (key: string, value: string) => ["--set", `${key}=${value}`];
const SO_NOI_VU = [
  ...set("co-quan-cap-tren", "UBND tỉnh Lào Cai"),
  ...set("co-quan", "Sở Nội vụ"),
  ...set("ky-hieu", "SNV"),
  ...set("dia-danh", "Lào Cai"),
];
const UBND = [
  ...set("co-quan", "Ủy ban nhân dân tỉnh Lào Cai"),
  ...set("ky-hieu", "UBND"),
  ...set("dia-danh", "Lào Cai"),
];
const CONTACTS = "Số 1 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai|ĐT: 0214 3840 000";

interface Case {
  readonly name: string;
  readonly profile: ProfileId;
  readonly type: string;
  readonly args: readonly string[];
}

const LETTER: Case = {
  name: "letter",
  profile: "nha-nuoc",
  type: "cong-van",
  args: [
    ...SO_NOI_VU,
    ...set("don-vi", "KS"),
    ...set("so", "15"),
    ...set("ngay", "04/11/2026"),
    ...set("trich-yeu", "triển khai chuyển đổi số"),
    ...set("kinh-gui", "Các sở, ban, ngành"),
    ...set("mat", "mat"),
    ...set("khan", "hoa-toc"),
    ...set("luu-hanh", "xem-xong-tra-lai"),
    ...set("nguoi-soan", "pl"),
    ...set("so-ban", "30"),
    ...set("lien-he", CONTACTS),
    ...set("chuc-vu", "Giám đốc"),
    ...set("nguoi-ky", "Nguyễn Văn An"),
  ],
};
const DECISION: Case = {
  name: "decision",
  profile: "nha-nuoc",
  type: "quyet-dinh",
  args: [
    ...UBND,
    ...set("so", "15"),
    ...set("ngay", "04/11/2026"),
    ...set("trich-yeu", "Về việc phê duyệt kế hoạch chuyển đổi số"),
    ...set("chuc-vu", "Phó Chủ tịch"),
    ...set("nguoi-ky", "Nguyễn Văn An"),
    ...set("phu-luc", "Danh mục nhiệm vụ"),
    ...set("lien-he", CONTACTS),
    "--ban-dien-tu",
  ],
};
const ATTACHED: Case = {
  name: "attached",
  profile: "nha-nuoc",
  type: "ke-hoach",
  args: [
    ...UBND,
    ...set("trich-yeu", "Chuyển đổi số năm 2027"),
    ...set("kem-theo", "Quyết định số 15/QĐ-UBND ngày 04/11/2026 của Ủy ban nhân dân tỉnh Lào Cai"),
    "--ban-dien-tu",
  ],
};
// A contract both parties sign, electronic, with the issuer's real seal size (D27, D34).
const CONTRACT: Case = {
  name: "contract",
  profile: "nha-nuoc",
  type: "hop-dong",
  args: [
    ...SO_NOI_VU,
    ...set("so", "15"),
    ...set("ngay", "04/11/2026"),
    ...set("trich-yeu", "Về việc cung cấp dịch vụ chuyển đổi số"),
    ...set("ben-b", "Công ty TNHH Phần mềm Lào Cai"),
    ...set("ben-b-chuc-vu", "Giám đốc"),
    ...set("ben-b-nguoi-ky", "Trần Thị Bình"),
    ...set("chuc-vu", "Giám đốc"),
    ...set("nguoi-ky", "Nguyễn Văn An"),
    ...set("dau-duong-kinh", "42"),
    "--ban-dien-tu",
  ],
};
const CASES = [LETTER, DECISION, ATTACHED, CONTRACT];
const file = (c: Case) => join(dir, `${c.name}.docx`);
const pdf = (c: Case) => join(dir, `${c.name}.pdf`);

beforeAll(async () => {
  for (const c of CASES) {
    const result = await thethuc(["new", c.type, "--profile", c.profile, ...c.args, "-o", file(c)]);
    if (result.code !== 0) throw new Error(`${c.name}: ${result.stderr}`);
  }
  renderPdfs(CASES.map(file), dir, 300_000);
}, 300_000);

interface Box {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** The words of a rendered page with their boxes (pdftotext -bbox), and the page size, in points. */
function words(path: string, page = 1): { words: Box[]; width: number; height: number } {
  const html = tool("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), path, "-"]);
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html);
  const found = [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    ),
  ].map((m) => ({
    text: m[5] as string,
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
  return { words: found, width: Number(size?.[1]), height: Number(size?.[2]) };
}

function word(boxes: readonly Box[], text: string): Box {
  const found = boxes.find((b) => b.text === text);
  if (!found) throw new Error(`"${text}" not rendered among ${boxes.map((b) => b.text).join(" ")}`);
  return found;
}

/** Bounding boxes (top-left origin, points) of the dashed outlines drawn in a colour, from LibreOffice's PDF as SVG. */
function dashedOutlines(
  path: string,
  rgb: RegExp
): { x: number; y: number; w: number; h: number }[] {
  const svgFile = join(dir, `${path.replace(/^.*\//, "")}.svg`);
  tool("pdftocairo", ["-svg", "-f", "1", "-l", "1", path, svgFile]);
  const svg = readFileSync(svgFile, "utf8");
  return [...svg.matchAll(/<path style="([^"]*)" d="([^"]*)" transform="matrix\(([^)]*)\)"/g)]
    .filter((m) => /stroke-dasharray/.test(m[1] as string) && rgb.test(m[1] as string))
    .map((m) => {
      const [a, , , d, e, f] = (m[3] as string).split(",").map(Number) as number[];
      const numbers = (m[2] as string).match(/-?[\d.]+/g)?.map(Number) ?? [];
      const xs = numbers
        .filter((_, i) => i % 2 === 0)
        .map((x) => (a as number) * x + (e as number));
      const ys = numbers
        .filter((_, i) => i % 2 === 1)
        .map((y) => (d as number) * y + (f as number));
      return {
        x: Math.min(...xs),
        y: Math.min(...ys),
        w: Math.max(...xs) - Math.min(...xs),
        h: Math.max(...ys) - Math.min(...ys),
      };
    });
}

const MM = 72 / 25.4;

type Box2 = { x: number; y: number; w: number; h: number };

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
  it("validates against the OOXML schemas, header and footer parts included", () => {
    const parts = docxParts(readFileSync(file(c)));
    const names = Object.keys(parts).filter((n) =>
      /^word\/(?:document|header\d|footer\d)\.xml$/.test(n)
    );
    const written = names.map((name) => {
      const out = join(dir, `${c.name}-${name.replace(/\//g, "-")}`);
      writeFileSync(out, parts[name] ?? "");
      return out;
    });
    expect(() => validateWml(written)).not.toThrow();
  });

  it("passes thethuc check with no error or warning, as its own type", () => {
    const result = checkSnapshot(readDocx(readFileSync(file(c))), { profile: c.profile });
    expect(result.documentType).toBe(c.type);
    // Framed marks, placeholders and page 1's header and footer are read as none of the lines the checker judges.
    expect(
      result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}: ${f.message}`)
    ).toEqual([]);
  });
});

describe("marks, ô 12 and ô 13 where the decree's diagram puts them", () => {
  it("MẬT and HỎA TỐC stand under the number in the left column, XEM XONG TRẢ LẠI under the place-date", () => {
    const { words: boxes, width } = words(pdf(LETTER));
    const number = word(boxes, "15/SNV-KS");
    const placeDate = word(boxes, "Lào");
    const mat = word(boxes, "MẬT");
    const hoaToc = word(boxes, "HỎA");
    const xem = word(boxes, "XEM");
    for (const mark of [mat, hoaToc]) {
      expect(mark.xMax).toBeLessThan(width / 2);
      expect(mark.yMin).toBeGreaterThan(number.yMax);
    }
    expect(hoaToc.yMin).toBeGreaterThan(mat.yMax);
    expect(xem.xMin).toBeGreaterThan(width / 2);
    expect(xem.yMin).toBeGreaterThan(placeDate.yMax);
    // The tên loại's place is taken by the Kính gửi in a letter: the marks are all above it.
    expect(word(boxes, "Kính").yMin).toBeGreaterThan(hoaToc.yMax);
  });

  it("frames HỎA TỐC and XEM XONG TRẢ LẠI with one line, MẬT (the secrecy stamp, D38) with two", () => {
    const xml = docxParts(readFileSync(file(LETTER)))["word/document.xml"] ?? "";
    const framed = (text: string) =>
      new RegExp(
        `<w:pPr>(?:(?!</w:pPr>).)*<w:pBdr><w:top [^>]*/><w:left [^>]*/><w:bottom [^>]*/><w:right [^>]*/></w:pBdr>(?:(?!</w:p>).)*${text}`
      ).test(xml);
    expect(framed("HỎA TỐC")).toBe(true);
    expect(framed("XEM XONG TRẢ LẠI")).toBe(true);
    expect(framed(">MẬT<")).toBe(true);
    expect(xml).toMatch(/<w:top w:val="double"[^>]*\/>(?:(?!<\/w:p>).)*>MẬT</);
    expect(xml).not.toMatch(/<w:top w:val="double"[^>]*\/>(?:(?!<\/w:p>).)*>HỎA TỐC</);
  });

  it("reads the letter's subject without the marks under it", () => {
    const components = findComponents(readDocx(readFileSync(file(LETTER))));
    expect(components.letterSubject.map((s) => s.text)).toEqual(["V/v triển khai chuyển đổi số"]);
  });

  it("writes ô 12 “PL.(30)” under Nơi nhận, after the Lưu line", () => {
    const { words: boxes, width } = words(pdf(LETTER));
    const code = word(boxes, "PL.(30)");
    expect(code.xMax).toBeLessThan(width / 2);
    expect(code.yMin).toBeGreaterThan(word(boxes, "Lưu:").yMax);
  });

  it("writes ô 13 at the foot of page 1 only, 11 pt under a line across the page", () => {
    for (const c of [LETTER, DECISION]) {
      const { words: boxes, height } = words(pdf(c));
      expect(word(boxes, "0214").yMin).toBeGreaterThan(height * 0.85);
      // 11 pt against the 14 pt signer's name: word boxes scale with the font size.
      const tall = (b: Box) => b.yMax - b.yMin;
      expect(tall(word(boxes, "Hoàng")) / tall(word(boxes, "Nguyễn"))).toBeCloseTo(11 / 14, 1);
    }
    const info = tool("pdfinfo", [pdf(DECISION)]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
    expect(words(pdf(DECISION), 2).words.map((w) => w.text)).not.toContain("0214");
    const footer = docxParts(readFileSync(file(LETTER)))["word/footer1.xml"] ?? "";
    expect(footer).toMatch(/<w:pBdr><w:top /);
    expect(footer).toMatch(/<w:sz w:val="22"\/>/);
  });
});

describe("the electronic form", () => {
  it("draws the signature image centred between title and name, the seal over its left third", () => {
    const { words: boxes } = words(pdf(DECISION));
    const [signature] = dashedOutlines(pdf(DECISION), /stroke:rgb\(12\.\d+%,30\.\d+%,61\.\d+%\)/);
    const [seal] = dashedOutlines(pdf(DECISION), /stroke:rgb\(75\.\d+%,0%,0%\)/);
    if (!signature || !seal) throw new Error("no signature or seal placeholder drawn");
    expect(signature.w / MM).toBeCloseTo(40, 0);
    expect(seal.w / MM).toBeCloseTo(36, 0);
    expect(seal.h / MM).toBeCloseTo(36, 0);
    // Centred under the title "PHÓ CHỦ TỊCH", above the name.
    const title = word(boxes, "PHÓ");
    const titleEnd = word(boxes, "TỊCH");
    const name = word(boxes, "Nguyễn");
    expect(Math.abs(signature.x + signature.w / 2 - (title.xMin + titleEnd.xMax) / 2)).toBeLessThan(
      4 * MM
    );
    expect(signature.y).toBeGreaterThan(titleEnd.yMax);
    expect(signature.y + signature.h).toBeLessThan(name.yMin);
    // The seal's right edge a third of the way into the signature image.
    expect(Math.abs(seal.x + seal.w - (signature.x + signature.w / 3))).toBeLessThan(1 * MM);
  });

  it("draws the issuer's seal at its real diameter (dau-duong-kinh=42), the other party's at 36 mm", () => {
    const signatures = dashedOutlines(
      pdf(CONTRACT),
      /stroke:rgb\(12\.\d+%,30\.\d+%,61\.\d+%\)/
    ).sort((a, b) => a.x - b.x);
    const seals = dashedOutlines(pdf(CONTRACT), /stroke:rgb\(75\.\d+%,0%,0%\)/).sort(
      (a, b) => a.x - b.x
    );
    expect(signatures).toHaveLength(2);
    expect(seals).toHaveLength(2);
    const [theirs, ours] = seals as [Box2, Box2];
    const [theirSignature, ourSignature] = signatures as [Box2, Box2];
    expect(ours.w / MM).toBeCloseTo(42, 0);
    expect(ours.h / MM).toBeCloseTo(42, 0);
    expect(theirs.w / MM).toBeCloseTo(36, 0);
    // Whatever its size, each seal's right edge lies a third of the way into its signature image [PL1 II.8a].
    expect(Math.abs(ours.x + ours.w - (ourSignature.x + ourSignature.w / 3))).toBeLessThan(1 * MM);
    expect(Math.abs(theirs.x + theirs.w - (theirSignature.x + theirSignature.w / 3))).toBeLessThan(
      1 * MM
    );
    // The issuer signs in the right column, the other party in the left; both names are written.
    const text = tool("pdftotext", ["-layout", pdf(CONTRACT), "-"]);
    expect(text).toMatch(/ĐẠI DIỆN BÊN B\s+ĐẠI DIỆN BÊN A/);
    expect(text).toMatch(/Trần Thị Bình\s+Nguyễn Văn An/);
    expect(text).toMatch(/Bên B: Công ty TNHH Phần mềm Lào Cai/);
  });

  it("leaves the number and date of the phụ lục's “(Kèm theo …)” blank", () => {
    const text = tool("pdftotext", ["-layout", pdf(DECISION), "-"]);
    expect(text).toMatch(/\(Kèm theo Quyết định số …\/QĐ-UBND ngày … tháng … năm … của Ủy ban/);
    expect(text).not.toMatch(/Kèm theo Quyết định số 15/);
  });

  it("puts the organisation's digital signature at the top right of an attached text, blanks its Kèm theo", () => {
    const { words: boxes, width } = words(pdf(ATTACHED));
    const signed = word(boxes, "ký:");
    expect(signed.xMin).toBeGreaterThan(width / 2);
    expect(signed.yMax).toBeLessThan(word(boxes, "ỦY").yMin);
    // Times New Roman 10 against the 13 pt issuer [PL1 II.8b].
    const issuer = word(boxes, "ỦY");
    expect((signed.yMax - signed.yMin) / (issuer.yMax - issuer.yMin)).toBeCloseTo(10 / 13, 1);
    const text = tool("pdftotext", ["-layout", pdf(ATTACHED), "-"]);
    expect(text).toMatch(/Số, ký hiệu: …\/QĐ-UBND/);
    expect(text).toMatch(/\(Kèm theo Quyết định số …\/QĐ-UBND ngày … tháng … năm …/);
    expect(text).not.toMatch(/15\/QĐ-UBND/);
  });
});

describe("refusals", () => {
  it.each([
    [
      "--ban-dien-tu under a Party profile (D25)",
      [
        "new",
        "bao-cao",
        "--profile",
        "dang-2026",
        ...set("co-quan", "Thị ủy Điện Bàn"),
        ...set("ky-hieu", "TU"),
        ...set("dia-danh", "Điện Bàn"),
        "--ban-dien-tu",
      ],
      /^thethuc: --ban-dien-tu: .*Nghị định 30\/2020\/NĐ-CP, Phụ lục I, mục II\.7d, II\.8.*D25/,
    ],
    [
      "so-ban under a Party profile (D26)",
      [
        "new",
        "bao-cao",
        "--profile",
        "dang-2018",
        ...set("co-quan", "Thị ủy Điện Bàn"),
        ...set("ky-hieu", "TU"),
        ...set("dia-danh", "Điện Bàn"),
        ...set("so-ban", "30"),
      ],
      /^thethuc: so-ban: .*D26/,
    ],
    [
      "lien-he on a text kèm theo a quyết định",
      ["new", "ke-hoach", ...UBND, ...set("kem-theo", "…"), ...set("lien-he", "ĐT: 0214")],
      /^thethuc: lien-he: .*mẫu 1\.3/,
    ],
    [
      "copies that are not a number",
      ["new", "bao-cao", ...UBND, ...set("so-ban", "ba mươi")],
      /^thethuc: so-ban: .*III\.3/,
    ],
    [
      "a drafter's code with spaces",
      ["new", "bao-cao", ...UBND, ...set("nguoi-soan", "P L")],
      /^thethuc: nguoi-soan: /,
    ],
    [
      "the other party on a công văn (D34)",
      ["new", "cong-van", ...SO_NOI_VU, ...set("don-vi", "KS"), ...set("ben-b", "Công ty X")],
      /^thethuc: ben-b: Công văn \(cong-van\) không có bên ký thứ hai.*D34/,
    ],
    [
      "the other party's signer on a quyết định (D34)",
      ["new", "quyet-dinh", ...UBND, ...set("ben-b-nguoi-ky", "Trần Thị Bình")],
      /^thethuc: ben-b-nguoi-ky: Quyết định \(quyet-dinh\) không có bên ký thứ hai/,
    ],
    [
      "a seal diameter outside real seals (D27)",
      ["new", "quyet-dinh", ...UBND, ...set("dau-duong-kinh", "420"), "--ban-dien-tu"],
      /^thethuc: dau-duong-kinh: .*từ 25 đến 50.*D27/,
    ],
    [
      "a seal diameter that is no number",
      ["new", "quyet-dinh", ...UBND, ...set("dau-duong-kinh", "to"), "--ban-dien-tu"],
      /^thethuc: dau-duong-kinh: Đường kính dấu “to”/,
    ],
    [
      "a seal diameter on a paper document",
      ["new", "quyet-dinh", ...UBND, ...set("dau-duong-kinh", "42")],
      /^thethuc: dau-duong-kinh: .*--ban-dien-tu.*II\.8a/,
    ],
    [
      "a seal diameter on a biên bản, which has no seal",
      ["new", "bien-ban", ...UBND, ...set("dau-duong-kinh", "42"), "--ban-dien-tu"],
      /^thethuc: dau-duong-kinh: Văn bản này không có chỗ cho hình ảnh dấu/,
    ],
  ])("%s: exit 2, one line with the reason and its source", async (_, args, reason) => {
    const result = await thethuc([...args, "-o", join(dir, "refused.docx")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
  });
});

describe("the draft marker as drawn: framed, with its round", () => {
  it.each(["nha-nuoc", "dang-2018", "dang-2026"] as const)(
    "%s: “DỰ THẢO LẦN 2” framed under the header, read as the draft marker (D18, D33)",
    (profile) => {
      const blocks = newDocumentBlocks({
        profile,
        type: "bao-cao",
        issuer: profile === "nha-nuoc" ? "Ủy ban nhân dân tỉnh Lào Cai" : "Thị ủy Điện Bàn",
        superior: profile === "nha-nuoc" ? undefined : "Đảng bộ tỉnh Quảng Nam",
        issuerCode: profile === "nha-nuoc" ? "UBND" : "TU",
        place: "Lào Cai",
        draftRound: "2",
      });
      if (!blocks.ok) throw new Error(JSON.stringify(blocks.errors));
      const marker = blocks.value.find((b) => b.name === "draft-marker")?.content[0];
      expect(marker?.kind === "paragraph" && marker.runs[0]?.text).toBe("DỰ THẢO LẦN 2");
      expect(marker?.kind === "paragraph" && marker.box).toBeTruthy();
      const result = checkSnapshot(readDocx(writeDocx(blocks.value, PROFILES[profile])), {
        profile,
      });
      expect(result.documentType).toBe("bao-cao");
      expect(result.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([]);
    }
  );

  it("refuses a round on a document that has its number and date", async () => {
    const result = await thethuc([
      "new",
      "bao-cao",
      ...UBND,
      ...set("so", "15"),
      ...set("ngay", "04/11/2026"),
      ...set("du-thao-lan", "2"),
      "-o",
      join(dir, "refused.docx"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^thethuc: du-thao-lan: /);
  });
});

describe("the checker's type detection steps over the marks", () => {
  it.each(["nha-nuoc", "dang-2018", "dang-2026"] as const)(
    "%s: marks between the header and the tên loại (the Insert pane's block), MẬT framed",
    (profile) => {
      const blocks = markedReportBlocks(profile);
      const marks = markBlock(profile, ["MẬT", "HỎA TỐC", "LƯU HÀNH NỘI BỘ"]);
      if (!marks.ok) throw new Error("marks not built");
      const [header, ...rest] = blocks;
      const bytes = writeDocx([header as never, marks.value, ...rest], PROFILES[profile]);
      const result = checkSnapshot(readDocx(bytes), { profile });
      expect(result.documentType).toBe("bao-cao");
      // The block frames MẬT as `new` does (D38): our own check finds nothing to say about it.
      expect(result.findings.filter((f) => f.rule === "header/secrecy-stamp")).toEqual([]);
      expect(result.coverage.notEvaluated.map((n) => n.rule)).not.toContain("header/secrecy-stamp");
    }
  );
});
