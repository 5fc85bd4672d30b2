import {
  newDocumentBlocks,
  type Block,
  type ParagraphSpec,
  type TableSpec,
} from "../../src/blocks";
import { checkSnapshot } from "../../src/check/engine";
import { run } from "../../src/cli/main";
import { type AuthorityKind, PROFILES, type ProfileId, signingLines } from "../../src/conventions";
import { writeDocx } from "../../src/ooxml/docx-writer";
import { readDocx } from "../../src/ooxml/snapshot-reader";

// Issuer × title × requested marks → the marks written, or a refusal naming its source; then every refused
// combination written into a document anyway, and found by the checker.

const THI_UY = "Thị ủy Điện Bàn";
const BAN_TG = "Ban Tuyên giáo và Dân vận Tỉnh ủy";
const UBND = "Ủy ban nhân dân tỉnh Lào Cai";
const SO = "Sở Nông nghiệp và Môi trường";
const BCD = "Ban Chỉ đạo phòng, chống thiên tai tỉnh";

interface Row {
  readonly profile: ProfileId;
  readonly issuer: string;
  readonly title: string;
  readonly authority?: AuthorityKind;
  readonly collective?: string;
  /** The lines written above the name, or the refusal. */
  readonly expect: readonly string[] | RegExp;
  /** For a refusal: the lines a careless drafter writes anyway, and the rule that then reports them. */
  readonly written?: readonly string[];
  readonly rule?: string;
}

const PARTY_SOURCE = /Hướng dẫn 36-HD\/VPTW, mục 1\.7\.1/;
const STATE_SOURCE = /Nghị định 30\/2020\/NĐ-CP, Phụ lục I, mục II\.7/;

const TABLE: readonly Row[] = [
  // Defaults: no tham-quyen given.
  {
    profile: "dang-2018",
    issuer: THI_UY,
    title: "Phó Bí thư",
    expect: ["T/M THỊ ỦY", "PHÓ BÍ THƯ"],
  },
  { profile: "dang-2018", issuer: THI_UY, title: "Bí thư", expect: ["T/M THỊ ỦY", "BÍ THƯ"] },
  {
    profile: "dang-2018",
    issuer: THI_UY,
    title: "Chánh Văn phòng",
    expect: ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
  },
  {
    profile: "dang-2026",
    issuer: "Đảng ủy xã Phú Tiến",
    title: "Phó Bí thư Thường trực",
    expect: ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC"],
  },
  {
    profile: "dang-2026",
    issuer: "Chi bộ thôn Đồng Tâm",
    title: "Bí thư",
    expect: ["T/M CHI BỘ", "BÍ THƯ"],
  },
  {
    profile: "dang-2026",
    issuer: BAN_TG,
    title: "Phó Trưởng ban",
    expect: ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
  },
  { profile: "dang-2026", issuer: BAN_TG, title: "Trưởng ban", expect: ["TRƯỞNG BAN"] },
  {
    profile: "nha-nuoc",
    issuer: UBND,
    title: "Phó Chủ tịch",
    expect: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  },
  {
    profile: "nha-nuoc",
    issuer: UBND,
    title: "Chủ tịch",
    expect: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  },
  {
    profile: "nha-nuoc",
    issuer: "Hội đồng nhân dân tỉnh Lào Cai",
    title: "Chủ tịch",
    expect: ["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"],
  },
  {
    profile: "nha-nuoc",
    issuer: BCD,
    title: "Phó Trưởng ban",
    expect: ["TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
  },
  {
    profile: "nha-nuoc",
    issuer: SO,
    title: "Phó Giám đốc",
    expect: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  },
  { profile: "nha-nuoc", issuer: SO, title: "Giám đốc", expect: ["GIÁM ĐỐC"] },
  {
    profile: "nha-nuoc",
    issuer: UBND,
    title: "Chánh Văn phòng",
    expect: ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"],
  },
  {
    profile: "nha-nuoc",
    issuer: UBND,
    title: "Phó Chánh Văn phòng",
    expect: ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
  },
  {
    profile: "nha-nuoc",
    issuer: "Văn phòng Ủy ban nhân dân tỉnh",
    title: "Phó Chánh Văn phòng",
    expect: ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
  },
  // Asked for, and allowed.
  {
    profile: "nha-nuoc",
    issuer: UBND,
    title: "Phó Chủ tịch",
    authority: "deputy",
    expect: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  },
  {
    profile: "dang-2018",
    issuer: THI_UY,
    title: "Phó Bí thư",
    authority: "collective",
    collective: "Ban Thường vụ",
    expect: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
  },
  {
    profile: "dang-2018",
    issuer: THI_UY,
    title: "Chánh Văn phòng",
    authority: "byOrder",
    expect: ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
  },
  {
    profile: "nha-nuoc",
    issuer: UBND,
    title: "Phó Chánh Văn phòng",
    authority: "byOrder",
    expect: ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
  },
  {
    profile: "nha-nuoc",
    issuer: SO,
    title: "Trưởng phòng Tổ chức cán bộ",
    authority: "authorised",
    expect: ["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ"],
  },
  {
    profile: "nha-nuoc",
    issuer: SO,
    title: "Giám đốc",
    authority: "acting",
    expect: ["Q. GIÁM ĐỐC"],
  },
  { profile: "nha-nuoc", issuer: SO, title: "Giám đốc", authority: "none", expect: ["GIÁM ĐỐC"] },
  // Refused, and found by the checker when written anyway.
  {
    profile: "nha-nuoc",
    issuer: UBND,
    title: "Phó Chủ tịch",
    authority: "collective",
    expect: /không đứng ngay trên chức vụ cấp phó/,
    written: ["TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"],
    rule: "signature/authority-combination",
  },
  {
    profile: "nha-nuoc",
    issuer: BCD,
    title: "Phó Trưởng ban",
    authority: "collective",
    expect: /không đứng ngay trên chức vụ cấp phó/,
    written: ["TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN"],
    rule: "signature/authority-combination",
  },
  {
    profile: "nha-nuoc",
    issuer: SO,
    title: "Phó Giám đốc",
    authority: "none",
    expect: /không ký chức vụ trần/,
    written: ["PHÓ GIÁM ĐỐC"],
    rule: "signature/authority-combination",
  },
  {
    profile: "nha-nuoc",
    issuer: UBND,
    title: "Phó Chủ tịch",
    authority: "none",
    expect: /không ký chức vụ trần/,
    written: ["PHÓ CHỦ TỊCH"],
    rule: "signature/authority-combination",
  },
  {
    profile: "dang-2018",
    issuer: THI_UY,
    title: "Phó Bí thư",
    authority: "none",
    expect: /T\/M THỊ ỦY/,
    written: ["PHÓ BÍ THƯ"],
    rule: "signature/authority-combination",
  },
  {
    profile: "dang-2026",
    issuer: BAN_TG,
    title: "Phó Trưởng ban",
    authority: "collective",
    expect: /chỉ dùng khi ký thay mặt tập thể/,
    written: ["T/M BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "PHÓ TRƯỞNG BAN"],
    rule: "signature/authority-combination",
  },
  {
    profile: "nha-nuoc",
    issuer: SO,
    title: "Giám đốc",
    authority: "collective",
    expect: /chỉ dùng khi ký thay mặt tập thể/,
    written: ["TM. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "GIÁM ĐỐC"],
    rule: "signature/authority-combination",
  },
  {
    profile: "nha-nuoc",
    issuer: SO,
    title: "Giám đốc",
    authority: "deputy",
    expect: /ký chức vụ trần/,
    written: ["KT. GIÁM ĐỐC", "GIÁM ĐỐC"],
    rule: "signature/authority-combination",
  },
  {
    profile: "dang-2018",
    issuer: THI_UY,
    title: "Phó Bí thư",
    authority: "deputy",
    expect: /không ký “K\/T”/,
    written: ["K/T BÍ THƯ", "PHÓ BÍ THƯ"],
    rule: "signature/authority-combination",
  },
  {
    profile: "dang-2018",
    issuer: THI_UY,
    title: "Bí thư",
    authority: "acting",
    expect: /không ký “Q\.”/,
    written: ["Q. BÍ THƯ"],
    rule: "signature/authority-combination",
  },
  {
    profile: "dang-2026",
    issuer: THI_UY,
    title: "Phó Bí thư",
    authority: "authorised",
    expect: /T\/U/,
    written: ["T/U BÍ THƯ", "PHÓ BÍ THƯ"],
    rule: "signature/authority-mark",
  },
];

const label = (row: Row) =>
  `${row.profile} · ${row.issuer} · ${row.title} · ${row.authority ?? "(mặc định)"}`;

describe("signing authority table", () => {
  it.each(TABLE.map((row) => [label(row), row] as const))("%s", (_, row) => {
    const profile = PROFILES[row.profile];
    const result = signingLines({
      regime: profile.regime,
      marks: profile.drafting.marks,
      issuer: row.issuer,
      collective: row.collective,
      title: row.title,
      authority: row.authority,
    });
    if (row.expect instanceof RegExp) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message.vi).toMatch(row.expect);
      expect(result.error.message.vi).toMatch(
        profile.regime === "party" ? PARTY_SOURCE : STATE_SOURCE
      );
    } else {
      expect(result).toEqual({
        ok: true,
        value: { authority: row.expect.slice(0, -1), title: row.expect[row.expect.length - 1] },
      });
    }
  });
});

const CLI_AUTHORITY: Readonly<Record<AuthorityKind, string>> = {
  none: "khong",
  collective: "tm",
  deputy: "kt",
  byOrder: "tl",
  authorised: "tuq",
  acting: "q",
};

function cliArgs(row: Row): string[] {
  const set = (key: string, value: string) => ["--set", `${key}=${value}`];
  const party = PROFILES[row.profile].regime === "party";
  return [
    "new",
    "thong-bao",
    "--profile",
    row.profile,
    ...set("co-quan", row.issuer),
    ...set("ky-hieu", party ? "TU" : "UBND"),
    ...set("dia-danh", "Lào Cai"),
    ...set("chuc-vu", row.title),
    ...set("nguoi-ky", "Nguyễn Văn An"),
    ...(row.authority ? set("tham-quyen", CLI_AUTHORITY[row.authority]) : []),
    ...(row.collective ? set("tap-the", row.collective) : []),
    "-o",
    "/dev/null",
  ];
}

describe("thethuc new refuses each forbidden combination with exit 2 and one line naming the source", () => {
  const refused = TABLE.filter((row) => row.expect instanceof RegExp);
  it.each(refused.map((row) => [label(row), row] as const))("%s", async (_, row) => {
    let stderr = "";
    const code = await run(
      cliArgs(row),
      () => undefined,
      (text) => (stderr += text)
    );
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^thethuc: tham-quyen|^thethuc: \w/);
    expect(lines[0]).toMatch(row.expect as RegExp);
  });
});

/** A document of the row's issuer whose signature lines are replaced by the ones given. */
function documentSignedWith(row: Row, lines: readonly string[]): Uint8Array {
  const built = newDocumentBlocks({
    profile: row.profile,
    type: "thong-bao",
    issuer: row.issuer,
    superior:
      PROFILES[row.profile].regime === "party" ? "Đảng bộ tỉnh Lào Cai" : "UBND tỉnh Lào Cai",
    issuerCode: PROFILES[row.profile].regime === "party" ? "TU" : "UBND",
    place: "Lào Cai",
    number: "15",
    date: "04/11/2026",
    summary: "về công tác văn thư",
    recipients: ["Các cơ quan trực thuộc"],
    signerTitle: "Người ký",
    signer: "Nguyễn Văn An",
    authority: "none",
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const blocks: Block[] = built.value.map((block) => {
    if (block.name !== "closing") return block;
    const table = block.content[0] as TableSpec;
    const [left, right] = table.rows[0] ?? [];
    if (!left || !right) throw new Error("closing table without two cells");
    const titleLine = right.paragraphs.find((p) => p.role === "signature-title") as ParagraphSpec;
    const rest = right.paragraphs.filter(
      (p) => p.role === "signature-space" || p.role === "signature-name"
    );
    const written = lines.map((text, i) => ({
      ...titleLine,
      role: i < lines.length - 1 ? "signature-authority" : "signature-title",
      runs: [{ ...titleLine.runs[0], text } as ParagraphSpec["runs"][number]],
    }));
    return {
      ...block,
      content: [{ ...table, rows: [[left, { paragraphs: [...written, ...rest] }]] }],
    };
  });
  return writeDocx(blocks, PROFILES[row.profile], "thong-bao");
}

describe("the checker finds each refused combination in a document built with it", () => {
  const refused = TABLE.filter((row) => row.written);
  it.each(refused.map((row) => [label(row), row] as const))("%s", (_, row) => {
    const result = checkSnapshot(readDocx(documentSignedWith(row, row.written ?? [])), {
      profile: row.profile,
    });
    expect(result.findings.map((f) => f.rule)).toContain(row.rule);
    // One rule judges the marks, so one line never carries two findings about them.
    const lines = result.findings
      .filter((f) => f.rule === "signature/authority-combination")
      .map((f) => `${f.paragraph}:${f.text}`);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it.each(
    TABLE.filter((row) => Array.isArray(row.expect)).map((row) => [label(row), row] as const)
  )("and stays silent on the allowed form %s", (_, row) => {
    const result = checkSnapshot(readDocx(documentSignedWith(row, row.expect as string[])), {
      profile: row.profile,
    });
    expect(
      result.findings
        .filter((f) => f.rule.startsWith("signature/authority"))
        .map((f) => `${f.rule}: ${f.message}`)
    ).toEqual([]);
  });
});
