// The secrecy mark (dấu chỉ độ mật, ô 10a): "MẬT", "TỐI MẬT", "TUYỆT MẬT" in a rectangle with two borders, 20, 30 and
// 40 × 8 mm, capitals, bold — the state-secrets stamp of Thông tư 24/2020/TT-BCA mẫu số 02, which Party documents
// carry too (Luật Bảo vệ bí mật nhà nước 2018). Known here from secondary pages only: a warning (D38).

import { cell, doc, p, row, table } from "../../ooxml/snapshot-builder";
import { matchText } from "../../text/normalize";
import { notFound } from "../lines";
import type { NotEvaluated, Rule } from "../types";

const SECRECY = /^(?:MẬT|TỐI MẬT|TUYỆT MẬT)$/u;
/** How far below the header a mark may stand: between the header and the tên loại. */
const AFTER_HEADER = 8;

const NO_MARK = notFound({
  vi: "văn bản không có dấu chỉ độ mật ở phần đầu (hoặc dấu là hình ảnh, khung văn bản)",
  en: "no secrecy mark in the header (or it is an image or a text box)",
});

const C = "center" as const;
const header = (mark: ReturnType<typeof p>) =>
  table(
    row(
      cell(p({ align: C, bold: true }, "ỦY BAN NHÂN DÂN"), p({ align: C }, "Số: 12/QĐ-UBND"), mark),
      cell(
        p({ align: C, bold: true }, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        p({ align: C, bold: true }, "Độc lập - Tự do - Hạnh phúc"),
        p({ align: C, italic: true }, "Lào Cai, ngày 04 tháng 11 năm 2026")
      )
    )
  );
const title = p({ align: C, bold: true, size: 14 }, "QUYẾT ĐỊNH");

export const secrecyStamp: Rule = {
  meta: {
    id: "header/secrecy-stamp",
    category: "header",
    severity: "warning",
    source: "[TT24][RULEBOOK D38]",
    description: {
      vi: "Dấu chỉ độ mật (MẬT, TỐI MẬT, TUYỆT MẬT) là hình chữ nhật có viền, chữ in hoa, đậm, dưới số và ký hiệu",
      en: "The secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT) is a framed rectangle, bold capitals, under the number",
    },
    messages: {
      unframed: {
        vi: "Dấu chỉ độ mật “{mark}” chưa có khung: dấu là hình chữ nhật hai đường viền, {size} (Thông tư 24/2020/TT-BCA, mẫu số 02, theo nguồn thứ cấp)",
        en: "The secrecy mark “{mark}” has no frame: the stamp is a rectangle with two borders, {size}",
      },
    },
  },
  check({ snapshot, components }, report): NotEvaluated | void {
    const last =
      components.documentTypeLine?.paragraph ?? Math.max(-1, ...components.header) + AFTER_HEADER;
    let found = false;
    for (const paragraph of snapshot.paragraphs.slice(0, Math.max(0, last))) {
      const mark = matchText(paragraph.text);
      if (!SECRECY.test(mark)) continue;
      found = true;
      if (paragraph.border.top && paragraph.border.bottom) continue;
      const size =
        mark === "TUYỆT MẬT" ? "40 × 8 mm" : mark === "TỐI MẬT" ? "30 × 8 mm" : "20 × 8 mm";
      report({ messageId: "unframed", paragraph: paragraph.index, data: { mark, size } });
    }
    if (!found) return NO_MARK;
  },
  examples: {
    valid: [
      {
        name: "MẬT framed under the number",
        profile: "nha-nuoc",
        snapshot: doc(
          header(p({ align: C, bold: true, borderTop: true, borderBottom: true }, "MẬT")),
          title
        ),
        findings: [],
      },
      {
        name: "a Party TỐI MẬT framed",
        profile: "dang-2026",
        snapshot: doc(
          header(p({ align: C, bold: true, borderTop: true, borderBottom: true }, "TỐI MẬT")),
          title
        ),
        findings: [],
      },
    ],
    invalid: [
      {
        name: "MẬT typed as a bare line under the number",
        profile: "nha-nuoc",
        snapshot: doc(header(p({ align: C, bold: true }, "MẬT")), title),
        findings: [2],
      },
      {
        name: "TUYỆT MẬT as a free line above the tên loại",
        profile: "nha-nuoc",
        snapshot: doc(header(p({ align: C }, "")), p({ align: C, bold: true }, "TUYỆT MẬT"), title),
        findings: [6],
      },
    ],
  },
};

export const secrecyStampRules: readonly Rule[] = [secrecyStamp];
