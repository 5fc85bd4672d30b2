// Căn cứ lines under the tên loại: State italic "Căn cứ …;" ending ".", Party "- Căn cứ …;" ending "," [PL1 II.6a][Q399].

import { type ProfileId, PROFILES } from "../conventions";
import { tidy, upper } from "../text/case";
import type { Block, BuildResult } from "./block";
import { bodyParagraph } from "./body-block";

export interface BasisInput {
  readonly profile: ProfileId;
  /** Each basis, with or without "Căn cứ" and its end mark: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015". */
  readonly lines: readonly string[];
  /** The proposing body: "Chánh Văn phòng" → "Theo đề nghị của Chánh Văn phòng." */
  readonly proposer?: string;
  /** State quyết định, nghị quyết: the THẨM QUYỀN BAN HÀNH line before căn cứ ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI") [PL3]. */
  readonly authorityLine?: string;
}

/** The căn cứ block, each line ending ";" and the last with the regime's end mark. */
export function basisBlock(input: BasisInput): BuildResult<Block> {
  const profile = PROFILES[input.profile];
  const format = profile.drafting.basis;
  const lines = input.lines
    .map((line) =>
      tidy(line)
        .replace(/^[-–]\s*/, "")
        .replace(/[;,.]$/, "")
    )
    .filter((line) => line !== "")
    .map((line) => (/^(căn cứ|theo đề nghị|xét đề nghị)/iu.test(line) ? line : `Căn cứ ${line}`));
  const proposer = tidy(input.proposer ?? "");
  if (proposer !== "")
    lines.push(
      `Theo đề nghị của ${proposer.replace(/^theo đề nghị của\s*/iu, "").replace(/[;,.]$/, "")}`
    );
  if (lines.length === 0) {
    return {
      ok: false,
      errors: [
        {
          field: "basis",
          message: { vi: "Cần ít nhất một căn cứ", en: "Give at least one basis" },
        },
      ],
    };
  }
  // A gap left to fill keeps its end mark apart, so "…" and "." never read as one doubled stop ("của … ." not
  // "của …."); the no-break space keeps them on one line, and the checker says so if it stays once the gap is filled.
  const end = (line: string, mark: string) =>
    /…$/u.test(line) && mark.startsWith(".") ? `\u00a0${mark}` : mark;
  const content = lines.map((line, i) =>
    bodyParagraph(profile, "basis", [
      {
        text: `${format.prefix}${line}${end(line, i === lines.length - 1 ? format.lastEnd : ";")}`,
        sizePt: format.sizePt,
        italic: format.italic,
      },
    ])
  );
  const authority = upper(tidy(input.authorityLine ?? ""));
  if (authority !== "") {
    const enacting = profile.drafting.enacting;
    content.unshift({
      kind: "paragraph",
      role: "enacting-authority",
      align: enacting.align,
      runs: [{ text: authority, sizePt: enacting.sizePt, bold: enacting.bold }],
      spacing: { beforePt: 6, afterPt: 6 },
    });
  }
  return {
    ok: true,
    value: { name: "basis", title: "Thể Thức: căn cứ", font: profile.page.font.name, content },
  };
}
