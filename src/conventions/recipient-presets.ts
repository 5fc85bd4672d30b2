// Nơi nhận presets by regime and issuer level, from real lists (seed Kết luận; Lào Cai documents [REAL]).

import type { Regime } from "./profiles";

export interface RecipientPreset {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly regime: Regime;
  /** Recipients without the leading dash and the line's end mark; tags such as (b/c) included. */
  readonly lines: readonly string[];
  /** Where the original is kept: Party "Văn phòng Thị ủy"; State the drafting unit's code after "VT". */
  readonly storage: string;
  readonly source: string;
}

/** Purpose tags real lists use after a recipient [REAL]. */
export const PURPOSE_TAGS = [
  { tag: "(b/c)", vi: "để báo cáo", en: "to report" },
  { tag: "(p/h)", vi: "để phối hợp", en: "to coordinate" },
  { tag: "(t/h)", vi: "để thực hiện", en: "to carry out" },
  { tag: "(để biết)", vi: "để biết", en: "for information" },
] as const;

export const RECIPIENT_PRESETS: readonly RecipientPreset[] = [
  {
    id: "party-town",
    name: { vi: "Thị ủy, thành ủy, huyện ủy", en: "Town or district Party committee" },
    regime: "party",
    lines: [
      "Thường trực Tỉnh ủy (b/c)",
      "Ủy ban Kiểm tra Tỉnh ủy (b/c)",
      "Các đảng ủy, chi bộ trực thuộc",
      "Các đ/c Ủy viên Ban Chấp hành",
    ],
    storage: "Văn phòng",
    source: "[REAL]",
  },
  {
    id: "party-province",
    name: { vi: "Tỉnh ủy, thành ủy trực thuộc Trung ương", en: "Provincial Party committee" },
    regime: "party",
    lines: [
      "Ban Bí thư (b/c)",
      "Văn phòng Trung ương Đảng (b/c)",
      "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
      "Các ban đảng, Văn phòng Tỉnh ủy",
    ],
    storage: "Văn phòng Tỉnh ủy",
    source: "[REAL]",
  },
  {
    id: "party-grassroots",
    name: { vi: "Đảng ủy cơ sở, chi bộ", en: "Grassroots Party committee or cell" },
    regime: "party",
    lines: [
      "Ban Thường vụ cấp ủy cấp trên (b/c)",
      "Các chi bộ trực thuộc",
      "Các đồng chí đảng ủy viên",
    ],
    storage: "Văn phòng Đảng ủy",
    source: "[REAL]",
  },
  {
    id: "state-province",
    name: { vi: "UBND tỉnh", en: "Provincial People's Committee" },
    regime: "state",
    lines: [
      "Thường trực Tỉnh ủy (b/c)",
      "Thường trực HĐND tỉnh (b/c)",
      "Chủ tịch, các PCT UBND tỉnh",
      "Các sở, ban, ngành tỉnh",
      "UBND các xã, phường",
    ],
    storage: "VT",
    source: "[REAL]",
  },
  {
    id: "state-department",
    name: { vi: "Sở, ngành", en: "Provincial department" },
    regime: "state",
    lines: ["UBND tỉnh (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Các phòng, đơn vị thuộc Sở"],
    storage: "VT",
    source: "[REAL]",
  },
];
