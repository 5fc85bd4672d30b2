// Document types per profile: the slug the CLI takes, the tên loại, and the type code used in số/ký hiệu.

import { type ProfileId, PROFILES, type Regime } from "./profiles";

export interface DocumentType {
  /** Slug without diacritics, as the CLI takes it: "ket-luan". */
  readonly slug: string;
  /** Tên loại in sentence case: "Kết luận". */
  readonly name: string;
  /** Type code in the số/ký hiệu ("KL"), or null where the regime has none (State công văn). */
  readonly code: string | null;
  /** Other codes seen in real use and accepted by the checker. */
  readonly altCodes?: readonly string[];
  /** Letters (công văn) carry a subject line under the number instead of a tên loại. */
  readonly letter: boolean;
  /** The tên loại as written when it differs from the name: a thư công is headed "THƯ" (RULEBOOK D29). */
  readonly title?: string;
  /**
   * Written with no số and ký hiệu: a thư công, which the sources give no code and no numbering (RULEBOOK D29); the
   * Party thông cáo, tuyên bố, lời kêu gọi (D39).
   */
  readonly unnumbered?: boolean;
  readonly source: string;
}

type Row = readonly [
  slug: string,
  name: string,
  code: string | null,
  source: string,
  altCodes?: readonly string[],
  /** Written with no số and ký hiệu (RULEBOOK D29, D39). */
  unnumbered?: true,
];

const PARTY_COMMON: readonly Row[] = [
  ["nghi-quyet", "Nghị quyết", "NQ", "[Q66][HD05]"],
  ["quyet-dinh", "Quyết định", "QĐ", "[H36-PL3][Q66]"],
  ["chi-thi", "Chỉ thị", "CT", "[Q66][REAL]"],
  ["ket-luan", "Kết luận", "KL", "[Q66][REAL]"],
  ["quy-che", "Quy chế", "QC", "[Q66]"],
  ["quy-dinh", "Quy định", "QĐ", "[Q66][REAL][RULEBOOK D14]", ["QĐi"]],
  ["thong-tri", "Thông tri", "TT", "[Q66]"],
  ["huong-dan", "Hướng dẫn", "HD", "[Q66][H36-HDR]"],
  ["bao-cao", "Báo cáo", "BC", "[Q66][REAL]"],
  ["ke-hoach", "Kế hoạch", "KH", "[Q66]"],
  ["chuong-trinh", "Chương trình", "CTr", "[Q66]"],
  ["de-an", "Đề án", "ĐA", "[Q66]"],
  ["thong-bao", "Thông báo", "TB", "[Q66]"],
  ["to-trinh", "Tờ trình", "TTr", "[Q66]"],
  ["cong-van", "Công văn", "CV", "[Q66][REAL]"],
  ["bien-ban", "Biên bản", "BB", "[Q66]"],
  // Giấy tờ hành chính QĐ399 names and cơ sở uses most; the Party sources give them no code, so the State codes of
  // NĐ30 Phụ lục III are used (RULEBOOK D24).
  ["giay-gioi-thieu", "Giấy giới thiệu", "GGT", "[Q399][RULEBOOK D24]"],
  ["giay-moi", "Giấy mời", "GM", "[Q399][RULEBOOK D24]"],
  // The other giấy tờ QĐ399 names: NĐ30's codes where it has one (D24), customary ones where not (D28).
  ["giay-nghi-phep", "Giấy nghỉ phép", "GNP", "[Q399][RULEBOOK D24]"],
  ["giay-chung-nhan", "Giấy chứng nhận", "GCN", "[Q399][RULEBOOK D28]"],
  ["giay-di-duong", "Giấy đi đường", "GĐĐ", "[Q399][RULEBOOK D28]"],
  ["phieu-gui", "Phiếu gửi", "PG", "[Q399][RULEBOOK D24]"],
  ["phieu-chuyen", "Phiếu chuyển", "PC", "[Q399][RULEBOOK D24]"],
  ["thu-cong", "Thư công", null, "[Q399][RULEBOOK D29]", undefined, true],
  // QĐ66's public texts of a cấp ủy, with no code or mẫu in the Party sources: the general form, with no số and ký
  // hiệu; a thông cáo that carries one may use NĐ30's `TC` (RULEBOOK D39).
  ["thong-cao", "Thông cáo", "TC", "[Q66][RULEBOOK D39]", undefined, true],
  ["tuyen-bo", "Tuyên bố", null, "[Q66][RULEBOOK D39]", undefined, true],
  ["loi-keu-goi", "Lời kêu gọi", null, "[Q66][RULEBOOK D39]", undefined, true],
  // The form of a văn phòng đảng ủy, from practice; secondary (D30).
  ["gioi-thieu-sinh-hoat-dang", "Giấy giới thiệu sinh hoạt đảng", "GGT", "[RULEBOOK D30]"],
  // Bản sao y bản chính, sao lục, trích sao: one code for the three, as HD36's own example `24-BS/UBKTTU` [H36-PL3].
  ["ban-sao", "Bản sao", "BS", "[H36-PL3][H36-BS]"],
];

// QĐ399 adds phương án to the Party types [Q399].
const PARTY_2026_ONLY: readonly Row[] = [["phuong-an", "Phương án", "PA", "[Q399]"]];

const STATE: readonly Row[] = [
  ["nghi-quyet", "Nghị quyết", "NQ", "[PL3]"],
  ["quyet-dinh", "Quyết định", "QĐ", "[PL3]"],
  ["chi-thi", "Chỉ thị", "CT", "[PL3]"],
  ["quy-che", "Quy chế", "QC", "[PL3]"],
  ["quy-dinh", "Quy định", "QyĐ", "[PL3]"],
  ["thong-cao", "Thông cáo", "TC", "[PL3]"],
  ["thong-bao", "Thông báo", "TB", "[PL3]"],
  ["huong-dan", "Hướng dẫn", "HD", "[PL3]"],
  ["chuong-trinh", "Chương trình", "CTr", "[PL3]"],
  ["ke-hoach", "Kế hoạch", "KH", "[PL3]"],
  ["phuong-an", "Phương án", "PA", "[PL3]"],
  ["de-an", "Đề án", "ĐA", "[PL3]"],
  ["du-an", "Dự án", "DA", "[PL3]"],
  ["bao-cao", "Báo cáo", "BC", "[PL3]"],
  ["bien-ban", "Biên bản", "BB", "[PL3]"],
  ["to-trinh", "Tờ trình", "TTr", "[PL3]"],
  ["cong-van", "Công văn", null, "[PL3][PL1 II.3]"],
  ["cong-dien", "Công điện", "CĐ", "[PL3]"],
  ["giay-moi", "Giấy mời", "GM", "[PL3]"],
  ["giay-gioi-thieu", "Giấy giới thiệu", "GGT", "[PL3]"],
  ["giay-nghi-phep", "Giấy nghỉ phép", "GNP", "[PL3]"],
  ["giay-uy-quyen", "Giấy ủy quyền", "GUQ", "[PL3]"],
  ["phieu-gui", "Phiếu gửi", "PG", "[PL3]"],
  ["phieu-chuyen", "Phiếu chuyển", "PC", "[PL3]"],
  ["phieu-bao", "Phiếu báo", "PB", "[PL3][RULEBOOK D28]"],
  // NĐ30 gives these a code and no mẫu: the minimum the decree prescribes (D28).
  ["hop-dong", "Hợp đồng", "HĐ", "[PL3][RULEBOOK D28]"],
  ["ban-ghi-nho", "Bản ghi nhớ", "BGN", "[PL3][RULEBOOK D28]"],
  ["ban-thoa-thuan", "Bản thỏa thuận", "BTT", "[PL3][RULEBOOK D28]"],
  ["thu-cong", "Thư công", null, "[PL3][RULEBOOK D29]", undefined, true],
  // Bản sao (PL1 Phần II; mẫu 3.1): the copy block under the copied text carries the copy's own number.
  ["sao-y", "Bản sao y", "SY", "[PL1 P.II][PL3]"],
  ["sao-luc", "Bản sao lục", "SL", "[PL1 P.II][PL3]"],
  ["trich-sao", "Bản trích sao", "TrS", "[PL1 P.II][PL3]"],
];

function toTypes(rows: readonly Row[]): DocumentType[] {
  return rows.map(([slug, name, code, source, altCodes, unnumbered]) => ({
    slug,
    name,
    code,
    letter: slug === "cong-van",
    // RULEBOOK D29: a thư công is headed "THƯ".
    ...(slug === "thu-cong" ? { title: "Thư" } : {}),
    ...(unnumbered ? { unnumbered } : {}),
    source,
    ...(altCodes ? { altCodes } : {}),
  }));
}

export const DOCUMENT_TYPES: Readonly<Record<ProfileId, readonly DocumentType[]>> = {
  "dang-2018": toTypes(PARTY_COMMON),
  "dang-2026": toTypes([...PARTY_COMMON, ...PARTY_2026_ONLY]),
  "nha-nuoc": toTypes(STATE),
};

/** A type code the checker knows though the generator offers no such type. */
export interface OtherTypeCode {
  readonly code: string;
  readonly name: string;
  readonly source: string;
}

/**
 * Codes known besides the profiles' types. Every code of NĐ30 Phụ lục III (conventions §3.3) and HD36's bản sao
 * `BS` is now a type of its profile, so none is left; a code outside these and the profile's types draws a warning.
 */
export const OTHER_TYPE_CODES: Readonly<Record<Regime, readonly OtherTypeCode[]>> = {
  state: [],
  party: [],
};

/** The type with this slug in this profile, or undefined. */
export function findDocumentType(profile: ProfileId, slug: string): DocumentType | undefined {
  return DOCUMENT_TYPES[profile].find((type) => type.slug === slug);
}

/** The slugs a profile offers, for messages and `--help`. */
export function documentTypeSlugs(profile: ProfileId): string[] {
  return DOCUMENT_TYPES[profile].map((type) => type.slug);
}

// A bad rulebook row fails at load time, naming its profile and key.
for (const [profile, types] of Object.entries(DOCUMENT_TYPES)) {
  const seen = new Set<string>();
  for (const type of types) {
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(type.slug))
      throw new RangeError(`${profile}: bad type slug "${type.slug}"`);
    if (seen.has(type.slug)) throw new RangeError(`${profile}: type "${type.slug}" listed twice`);
    seen.add(type.slug);
    if (type.code !== null && !/^\p{Lu}\p{L}*$/u.test(type.code))
      throw new RangeError(`${profile}: type "${type.slug}" has bad code "${type.code}"`);
    if (
      type.code === null &&
      !type.unnumbered &&
      PROFILES[profile as ProfileId].regime === "party"
    ) {
      throw new RangeError(`${profile}: type "${type.slug}" needs a code in Party documents`);
    }
  }
}
