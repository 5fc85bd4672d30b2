// The seed Kết luận 1301-KL/TU (conventions.md Appendix A) as a snapshot, for the tests that check it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  cell,
  doc,
  p,
  type ParagraphDraft,
  type ParagraphFormat,
  r,
  row,
  table,
} from "../../src/ooxml/snapshot-builder";
import type { Snapshot } from "../../src/ooxml/snapshot";

// The real Kết luận 1301-KL/TU (conventions.md Appendix A) laid out as §7 describes; province and town filled in.
const SEED = readFileSync(
  join(__dirname, "..", "fixtures", "seed-ket-luan-1301.txt"),
  "utf8"
).split("\n");
const BODY: ParagraphFormat = {
  size: 14,
  align: "both",
  firstLineMm: 10,
  afterPt: 6,
  line: 20,
  lineRule: "exact",
};
const C = "center" as const;

/** A body paragraph; "*…*" marks italic in the extraction. */
function bodyParagraph(line: string): ParagraphDraft {
  const heading = /^[IVX]+\. /.test(line);
  const parts = line.split(/\*([^*]+)\*/);
  return p(
    { ...BODY, bold: heading && line === line.toLocaleUpperCase("vi") },
    ...parts.map((text, i) => r({ italic: i % 2 === 1 }, text)).filter((run) => run.text !== "")
  );
}

/** The seed laid out as §7 describes: header table, tên loại, body with its italics, Nơi nhận and signature. */
export function seedSnapshot(): Snapshot {
  const from = SEED.findIndex((line) => line.startsWith("Ngày 17/7/2023"));
  const to = SEED.findIndex((line) => line.startsWith("Nơi nhận"));
  const body = SEED.slice(from, to).filter((line) => line.trim() !== "");
  const recipients = SEED.slice(to + 1).filter((line) => line.startsWith("- "));
  return doc(
    table(
      row(
        cell(
          p({ size: 14, align: C }, "ĐẢNG BỘ TỈNH QUẢNG NAM"),
          p({ size: 14, bold: true, align: C }, "THỊ ỦY ĐIỆN BÀN"),
          p({ size: 14, align: C }, "*"),
          p({ size: 14, align: C }, "Số 1301-KL/TU")
        ),
        cell(
          p({ size: 15, bold: true, align: C }, "ĐẢNG CỘNG SẢN VIỆT NAM"),
          p({ size: 6, align: C, borderTop: true }),
          p({ size: 14, italic: true, align: C }, "Điện Bàn, ngày 18 tháng 7 năm 2023")
        )
      )
    ),
    p({ size: 16, bold: true, align: C, beforePt: 18 }, "KẾT LUẬN"),
    p({ size: 15, bold: true, align: C }, "CỦA THỊ ỦY (KHÓA XXI)"),
    p({ size: 14, bold: true, align: C }, "tại Hội nghị giữa nhiệm kỳ 2020 - 2025"),
    p({ size: 14, align: C, afterPt: 12 }, "-----"),
    ...body.map(bodyParagraph),
    table(
      row(
        cell(
          p({ size: 14, underline: true }, "Nơi nhận:"),
          ...recipients.map((line) => p({ size: 12 }, line))
        ),
        cell(
          p({ size: 14, bold: true, align: C }, "T/M THỊ ỦY"),
          p({ size: 14, bold: true, align: C }, "PHÓ BÍ THƯ"),
          p({ size: 14, align: C }),
          p({ size: 14, align: C }),
          p({ size: 14, bold: true, align: C }, "Bùi Văn Lý")
        )
      )
    )
  );
}
