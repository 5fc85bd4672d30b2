// Nơi nhận presets by regime and issuer level, from real lists (seed Kết luận; Lào Cai documents [REAL]).

import type { ProfileId, Regime } from "./profiles";

export interface RecipientPreset {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly regime: Regime;
  /** The profiles whose issuers are at this level (the district level ended 01/7/2025). */
  readonly profiles: readonly ProfileId[];
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
    profiles: ["dang-2018"],
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
    profiles: ["dang-2018", "dang-2026"],
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
    name: { vi: "Đảng ủy cơ sở", en: "Grassroots Party committee" },
    regime: "party",
    profiles: ["dang-2018", "dang-2026"],
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
    profiles: ["nha-nuoc"],
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
    profiles: ["nha-nuoc"],
    lines: ["UBND tỉnh (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Các phòng, đơn vị thuộc Sở"],
    storage: "VT",
    source: "[REAL]",
  },
  {
    id: "party-commune-2026",
    name: {
      vi: "Đảng ủy xã, phường trực thuộc Tỉnh ủy (từ 2025)",
      en: "Commune or ward Party committee under the provincial committee (since 2025)",
    },
    regime: "party",
    profiles: ["dang-2026"],
    lines: [
      "Ban Thường vụ Tỉnh ủy (b/c)",
      "Các ban đảng, Văn phòng Tỉnh ủy (b/c)",
      "Các chi bộ trực thuộc",
      "Các đồng chí đảng ủy viên",
    ],
    storage: "Văn phòng Đảng ủy",
    source: "[REAL][HD05]",
  },
  {
    id: "party-cell",
    name: { vi: "Chi bộ", en: "Party cell" },
    regime: "party",
    profiles: ["dang-2018", "dang-2026"],
    lines: ["Đảng ủy cấp trên (b/c)", "Các đảng viên trong chi bộ"],
    // A chi bộ has no văn phòng: its papers are kept by the chi bộ itself.
    storage: "Chi bộ",
    source: "[REAL]",
  },
  {
    id: "party-ban",
    name: { vi: "Ban, văn phòng của cấp ủy", en: "Department or office of a Party committee" },
    regime: "party",
    profiles: ["dang-2018", "dang-2026"],
    lines: [
      "Thường trực cấp ủy (b/c)",
      "Các ban đảng, văn phòng cấp ủy (p/h)",
      "Các đảng ủy trực thuộc",
    ],
    storage: "Văn phòng",
    source: "[REAL]",
  },
  {
    id: "state-commune",
    name: {
      vi: "UBND xã, phường (chính quyền hai cấp, từ 01/7/2025)",
      en: "Commune or ward People's Committee (two-tier government, since 1 July 2025)",
    },
    regime: "state",
    profiles: ["nha-nuoc"],
    lines: [
      "UBND tỉnh (b/c)",
      "Thường trực Đảng ủy xã (b/c)",
      "Thường trực HĐND xã",
      "Chủ tịch, các PCT UBND xã",
      "Các phòng, đơn vị thuộc UBND xã",
    ],
    storage: "VT",
    source: "[REAL]",
  },
  {
    id: "state-council",
    name: { vi: "HĐND tỉnh, xã", en: "People's Council" },
    regime: "state",
    profiles: ["nha-nuoc"],
    lines: [
      "Ủy ban Thường vụ Quốc hội (b/c)",
      "Thường trực Tỉnh ủy (b/c)",
      "UBND tỉnh",
      "Các đại biểu HĐND tỉnh",
      "Các sở, ban, ngành tỉnh",
    ],
    storage: "VT",
    source: "[REAL]",
  },
];

/** The preset with this id, or undefined: an own-property lookup, safe for any text a user types. */
export function findRecipientPreset(id: string): RecipientPreset | undefined {
  return RECIPIENT_PRESETS.find((preset) => preset.id === id);
}
