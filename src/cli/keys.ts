// The `--set key=value` keys of `thethuc new`, and the form fields they fill.

import type { NewDocumentInput } from "../blocks/new-document";

type Field = keyof Omit<NewDocumentInput, "profile" | "type" | "today">;

export interface CliKey {
  readonly key: string;
  readonly field: Field;
  readonly help: string;
}

export const CLI_KEYS: readonly CliKey[] = [
  {
    key: "co-quan-cap-tren",
    field: "superior",
    help: "cơ quan cấp trên (Đảng) / chủ quản (Nhà nước), tùy chọn — superior body, optional",
  },
  { key: "co-quan", field: "issuer", help: "cơ quan ban hành — issuing body (required)" },
  {
    key: "ky-hieu",
    field: "issuerCode",
    help: "ký hiệu cơ quan: TU, HU, ĐU, UBND, SNNMT — issuing body's code (required)",
  },
  {
    key: "don-vi",
    field: "unitCode",
    help: "công văn nhà nước: mã đơn vị soạn thảo (KT trong 5973/UBND-KT) — drafting unit of a State letter",
  },
  {
    key: "so",
    field: "number",
    help: "số văn bản; để trống khi là dự thảo — number; blank in a draft",
  },
  { key: "dia-danh", field: "place", help: "địa danh — place name (required)" },
  {
    key: "ngay",
    field: "date",
    help: "ngày dd/mm/yyyy; để trống khi là dự thảo — date; blank in a draft",
  },
  {
    key: "trich-yeu",
    field: "summary",
    help: "trích yếu (công văn: dòng V/v) — subject, optional",
  },
];

/** The CLI key that fills a form field, for messages; the field name itself when no key does. */
export function keyForField(field: string): string {
  return CLI_KEYS.find((key) => key.field === field)?.key ?? field;
}
