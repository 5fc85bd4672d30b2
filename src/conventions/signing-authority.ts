// Who signs for whom: from the issuer (a collective body or one headed by one person) and the signer's title (head,
// deputy, chief of office), the signing marks — T/M, K/T, T/L (Party), TM., KT., TL., TUQ., Q. (State) — and the
// combinations the rules forbid [PL1 II.7b][H36-1.7.1][Q66][Q399].

import { tidy, upper } from "../text/case";
import { toneInsensitive, upperMatch } from "../text/normalize";
import type { Regime } from "./profiles";

/** How the signer signs: bare title, for a collective (TM.), as deputy (KT.), by order (TL.), by authorisation (TUQ.), acting (Q.). */
export type AuthorityKind = "none" | "collective" | "deputy" | "byOrder" | "authorised" | "acting";

/**
 * What kind of body an issuer or a signed-for name is:
 * - `committee`: a Party cấp ủy and the bodies HD36 lists with it (ban thường vụ, chi bộ, ủy ban kiểm tra, đảng đoàn,
 *   ban cán sự đảng, đại hội): whoever of its leaders signs, signs T/M; its deputies never sign K/T [H36-1.7.1];
 * - `collective`: a body that decides as a collective (UBND, HĐND, ban chỉ đạo, hội đồng): TM. (T/M), and a deputy
 *   signs TM. over KT. <head> [PL1 II.7b][H36-1.7.1];
 * - `single`: a body headed by one person (sở, ban tham mưu, văn phòng): the head signs with the bare title, a deputy
 *   KT. (K/T) <head>; never TM. (T/M) [PL1 II.7b][H36-1.7.1].
 */
export type BodyKind = "committee" | "collective" | "single";

export interface BodyRow {
  /** How the name starts, in capitals. */
  readonly prefix: string;
  readonly kind: BodyKind;
  /** The name written after TM./T/M; defaults to the prefix. */
  readonly markName?: string;
  /** The title of its head, after KT./TL./TUQ. */
  readonly head: string;
  /** Only in this regime (a name both use otherwise). */
  readonly regime?: Regime;
  readonly source: string;
}

/** Bodies by how their names start; the longest prefix wins. A name matching none is judged by nothing. */
export const BODY_ROWS: readonly BodyRow[] = [
  // Party committees and the bodies HD36 mục 1.7.1 lists with them.
  { prefix: "BAN THƯỜNG VỤ", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "BAN CHẤP HÀNH", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "BỘ CHÍNH TRỊ", kind: "committee", head: "TỔNG BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "BAN BÍ THƯ", kind: "committee", head: "TỔNG BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "TỈNH ỦY", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "THÀNH ỦY", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "THỊ ỦY", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "HUYỆN ỦY", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "QUẬN ỦY", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "ĐẢNG ỦY", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "CHI BỘ", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "ĐẢNG ĐOÀN", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  { prefix: "BAN CÁN SỰ ĐẢNG", kind: "committee", head: "BÍ THƯ", source: "[H36-1.7.1]" },
  {
    prefix: "ỦY BAN KIỂM TRA",
    kind: "committee",
    head: "CHỦ NHIỆM",
    regime: "party",
    source: "[H36-1.7.1]",
  },
  { prefix: "ĐẠI HỘI", kind: "committee", head: "TRƯỞNG ĐOÀN CHỦ TỊCH", source: "[H36-1.7.1]" },
  { prefix: "ĐOÀN CHỦ TỊCH", kind: "collective", head: "CHỦ TỊCH", source: "[H36-1.7.1]" },
  // Collective bodies [PL1 II.7b][H36-1.7.1].
  { prefix: "ỦY BAN NHÂN DÂN", kind: "collective", head: "CHỦ TỊCH", source: "[PL1 II.7]" },
  {
    prefix: "UBND",
    kind: "collective",
    markName: "ỦY BAN NHÂN DÂN",
    head: "CHỦ TỊCH",
    source: "[PL1 II.7][VTAT]",
  },
  { prefix: "HỘI ĐỒNG NHÂN DÂN", kind: "collective", head: "CHỦ TỊCH", source: "[PL1 II.7]" },
  {
    prefix: "HĐND",
    kind: "collective",
    markName: "HỘI ĐỒNG NHÂN DÂN",
    head: "CHỦ TỊCH",
    source: "[PL1 II.7][VTAT]",
  },
  {
    prefix: "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
    kind: "collective",
    head: "CHỦ TỊCH",
    source: "[PL1 II.7]",
  },
  { prefix: "CHÍNH PHỦ", kind: "collective", head: "THỦ TƯỚNG", source: "[PL1 II.7]" },
  {
    prefix: "BAN CHỈ ĐẠO",
    kind: "collective",
    head: "TRƯỞNG BAN",
    source: "[H36-1.7.1][PL1 II.7]",
  },
  { prefix: "TIỂU BAN", kind: "collective", head: "TRƯỞNG TIỂU BAN", source: "[H36-1.7.1]" },
  { prefix: "HỘI ĐỒNG", kind: "collective", head: "CHỦ TỊCH", source: "[H36-1.7.1][PL1 II.7]" },
  { prefix: "BAN THƯỜNG TRỰC", kind: "collective", head: "TRƯỞNG BAN", source: "[KYTL]" },
  { prefix: "ĐOÀN KIỂM TRA", kind: "collective", head: "TRƯỞNG ĐOÀN", source: "[H36-1.7.1]" },
  { prefix: "ĐOÀN GIÁM SÁT", kind: "collective", head: "TRƯỞNG ĐOÀN", source: "[H36-1.7.1]" },
  // Bodies headed by one person [PL1 II.7b][H36-1.7.1][KYTL].
  { prefix: "VĂN PHÒNG", kind: "single", head: "CHÁNH VĂN PHÒNG", source: "[H36-1.7.1][KYTL]" },
  { prefix: "BAN", kind: "single", head: "TRƯỞNG BAN", source: "[H36-1.7.1]" },
  { prefix: "SỞ", kind: "single", head: "GIÁM ĐỐC", source: "[PL1 II.7][KYTL]" },
  { prefix: "BỘ", kind: "single", head: "BỘ TRƯỞNG", source: "[PL1 II.7][KYTL]" },
  { prefix: "TỔNG CỤC", kind: "single", head: "TỔNG CỤC TRƯỞNG", source: "[KYTL]" },
  { prefix: "CHI CỤC", kind: "single", head: "CHI CỤC TRƯỞNG", source: "[KYTL]" },
  { prefix: "CỤC", kind: "single", head: "CỤC TRƯỞNG", source: "[KYTL]" },
  { prefix: "VỤ", kind: "single", head: "VỤ TRƯỞNG", source: "[KYTL]" },
  { prefix: "VIỆN", kind: "single", head: "VIỆN TRƯỞNG", source: "[KYTL]" },
  { prefix: "TRƯỜNG", kind: "single", head: "HIỆU TRƯỞNG", source: "[KYTL]" },
  { prefix: "PHÒNG", kind: "single", head: "TRƯỞNG PHÒNG", source: "[KYTL]" },
  { prefix: "TRUNG TÂM", kind: "single", head: "GIÁM ĐỐC", source: "[KYTL]" },
  { prefix: "THANH TRA", kind: "single", head: "CHÁNH THANH TRA", source: "[KYTL]" },
];

/** Capitals in one tone style, for comparing names: "Thị uỷ" and "THỊ ỦY" compare equal. */
export function canonicalName(text: string): string {
  return toneInsensitive(upperMatch(text));
}

const ROWS_BY_LENGTH = [...BODY_ROWS]
  .map((row) => ({ row, key: canonicalName(row.prefix) }))
  .sort((a, b) => b.key.length - a.key.length);

/** The row a body's name falls under, or undefined when no row names it. */
export function bodyRow(name: string, regime?: Regime): BodyRow | undefined {
  const text = canonicalName(name);
  if (text === "") return undefined;
  return ROWS_BY_LENGTH.find(
    ({ row, key }) =>
      (text === key || text.startsWith(`${key} `)) &&
      (!row.regime || !regime || row.regime === regime)
  )?.row;
}

/** Heads' titles besides those of the rows: signed for with KT. (K/T), never with TM. (T/M) [PL1 II.7][KYTL]. */
const OTHER_HEADS = [
  "TỔNG GIÁM ĐỐC",
  "CHÁNH ÁN",
  "VIỆN TRƯỞNG",
  "THỦ TRƯỞNG",
  "TỔNG THƯ KÝ",
  "TRƯỞNG ĐOÀN",
];
const HEAD_TITLES = [...new Set([...BODY_ROWS.map((row) => row.head), ...OTHER_HEADS])].map(
  canonicalName
);

/** Whether a name is a head's title ("CHỦ TỊCH", "GIÁM ĐỐC SỞ …"), not a body's name. */
export function isHeadTitle(name: string): boolean {
  const text = canonicalName(name);
  return HEAD_TITLES.some((head) => text === head || text.startsWith(`${head} `));
}

/** The signer's role by title: head, deputy (Phó …), chief of office (Chánh / Phó Chánh Văn phòng), or a gap. */
export type TitleRole = "head" | "deputy" | "chief" | "gap";

export function titleRole(title: string): TitleRole {
  const text = canonicalName(title);
  if (text === "" || /^[.…]+$/u.test(text)) return "gap";
  if (/^(?:PHÓ )?CHÁNH VĂN PHÒNG(?: |$)/u.test(text)) return "chief";
  if (/^PHÓ /u.test(text)) return "deputy";
  return "head";
}

/** The head a deputy stands in for: "PHÓ CHỦ TỊCH THƯỜNG TRỰC" → "CHỦ TỊCH". */
export function headOfDeputy(title: string): string {
  return upper(tidy(title))
    .replace(/^PHÓ\s+/u, "")
    .replace(/\s+THƯỜNG TRỰC$/u, "");
}

/** The marks of a profile, as `DraftingFormats.marks` holds them. */
export interface MarkSet {
  readonly collective: string;
  readonly deputy: string;
  readonly byOrder: string;
  readonly authorised: string | null;
  readonly acting: string;
}

export interface SigningRequest {
  readonly regime: Regime;
  readonly marks: MarkSet;
  /** The issuing body ("Thị ủy Điện Bàn", "Ủy ban nhân dân tỉnh Lào Cai"); the defaults are derived from it. */
  readonly issuer?: string;
  /** The collective signed for, when the drafter names it ("Ban Thường vụ"). */
  readonly collective?: string;
  /** The head signed for, when the drafter names it ("Chủ tịch"). */
  readonly head?: string;
  /** The signer's own title ("Phó Bí thư"). */
  readonly title: string;
  /** The form asked for; undefined derives it from the issuer and the title. */
  readonly authority?: AuthorityKind;
}

/** The lines above the signer's name: authority lines (with their marks) then the title, in capitals. */
export interface SigningLines {
  readonly authority: readonly string[];
  readonly title: string;
}

export interface SigningRefusal {
  readonly field: "authority" | "collective" | "head" | "title";
  readonly message: { readonly vi: string; readonly en: string };
}

export type SigningResult =
  | { readonly ok: true; readonly value: SigningLines }
  | { readonly ok: false; readonly error: SigningRefusal };

const SOURCE_STATE = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7";
const SOURCE_PARTY = "Hướng dẫn 36-HD/VPTW, mục 1.7.1; Quy định 66-QĐ/TW, 399-QĐ/TW";

function refuse(
  field: SigningRefusal["field"],
  regime: Regime,
  vi: string,
  en: string
): SigningResult {
  const source = regime === "state" ? SOURCE_STATE : SOURCE_PARTY;
  return { ok: false, error: { field, message: { vi: `${vi} (${source})`, en } } };
}

/** The name written after TM./T/M for a body: its row's mark name or prefix, else the name as given. */
function collectiveName(name: string, row: BodyRow | undefined): string {
  if (!row) return upper(tidy(name));
  return row.markName ?? row.prefix;
}

/**
 * The authority lines and title for a signer, derived from the issuer and the title when no form is asked for, or
 * checked against the rules when one is; a refusal names the field and the source.
 */
export function signingLines(request: SigningRequest): SigningResult {
  const { regime, marks } = request;
  const party = regime === "party";
  const title = upper(tidy(request.title));
  const role = titleRole(title);
  const issuer = tidy(request.issuer ?? "");
  const issuerRow = bodyRow(issuer, regime);
  const givenCollective = tidy(request.collective ?? "");
  const collectiveRow = givenCollective !== "" ? bodyRow(givenCollective, regime) : issuerRow;
  const bodyKind = collectiveRow?.kind;
  const givenHead = upper(tidy(request.head ?? ""));
  const issuerIsOffice = issuerRow?.prefix === "VĂN PHÒNG";
  // The head signed for: as given, else the deputy's own head ("PHÓ GIÁM ĐỐC" → "GIÁM ĐỐC"), else the issuer's head.
  const deputyHead =
    givenHead || (role === "deputy" ? headOfDeputy(title) : (issuerRow?.head ?? ""));
  const issuerHead = givenHead || (issuerRow?.head ?? "");
  const collectiveMark = () =>
    `${marks.collective} ${givenCollective !== "" ? upper(givenCollective) : collectiveName(issuer, issuerRow)}`;
  const canCollective =
    givenCollective !== "" || (issuerRow !== undefined && issuerRow.kind !== "single");

  // The Chánh Văn phòng signs by order of the body or its head; a deputy of the office adds K/T over his title.
  const byOrder = (): SigningResult => {
    let governs: string;
    if (party) {
      governs =
        givenCollective !== ""
          ? upper(givenCollective)
          : issuerRow?.kind === "committee" && issuerRow.prefix !== "CHI BỘ"
            ? "BAN THƯỜNG VỤ"
            : issuerHead;
    } else {
      governs = issuerHead || upper(givenCollective);
    }
    if (governs === "") {
      return refuse(
        "collective",
        regime,
        party
          ? "Cần tên tập thể ký thừa lệnh (ví dụ BAN THƯỜNG VỤ)"
          : "Cần chức vụ người đứng đầu mà người ký thừa lệnh (ví dụ CHỦ TỊCH)",
        party ? "Name the body signed for by order" : "Name the head signed for by order"
      );
    }
    const lines = [`${marks.byOrder} ${governs}`];
    if (role === "deputy" || /^PHÓ /u.test(canonicalName(title)))
      lines.push(`${marks.deputy} ${headOfDeputy(title)}`);
    return { ok: true, value: { authority: lines, title } };
  };

  if (request.authority === undefined) {
    if (role === "chief" && !issuerIsOffice && issuerRow?.prefix !== "CHI BỘ") return byOrder();
    if (bodyKind === "committee" || (bodyKind === "collective" && role !== "deputy")) {
      return { ok: true, value: { authority: [collectiveMark()], title } };
    }
    if (role === "deputy" || (role === "chief" && /^PHÓ /u.test(canonicalName(title)))) {
      const lines = bodyKind === "collective" ? [collectiveMark()] : [];
      lines.push(`${marks.deputy} ${deputyHead}`);
      return { ok: true, value: { authority: lines, title } };
    }
    return { ok: true, value: { authority: [], title } };
  }

  const partyCommittee = party && bodyKind === "committee";
  switch (request.authority) {
    case "none":
      if (role === "deputy") {
        return refuse(
          "authority",
          regime,
          partyCommittee
            ? `Cấp phó của cấp ủy không ký chức vụ trần “${title}”: ký “${marks.collective} ${collectiveName(givenCollective || issuer, collectiveRow)}”`
            : `Cấp phó không ký chức vụ trần “${title}”: ký thay người đứng đầu phải ghi “${marks.deputy} ${deputyHead}”`,
          partyCommittee
            ? `A committee's deputy never signs with the bare title “${title}”; sign ${marks.collective}`
            : `A deputy never signs with the bare title “${title}”; write “${marks.deputy} ${deputyHead}”`
        );
      }
      return { ok: true, value: { authority: [], title } };
    case "collective":
      if (!canCollective || bodyKind === "single") {
        const body = givenCollective || issuer;
        return refuse(
          "authority",
          regime,
          `“${marks.collective}” chỉ dùng khi ký thay mặt tập thể; “${upper(body)}” do một người đứng đầu, cấp phó ký “${marks.deputy} ${deputyHead || "…"}”`,
          `“${marks.collective}” is for collective bodies only; “${upper(body)}” has one head`
        );
      }
      if (role === "deputy" && !partyCommittee) {
        return refuse(
          "authority",
          regime,
          `“${marks.collective}” không đứng ngay trên chức vụ cấp phó “${title}”: thêm “${marks.deputy} ${deputyHead}” (dùng thẩm quyền kt)`,
          `“${marks.collective}” cannot stand directly over the deputy title “${title}”: add “${marks.deputy} ${deputyHead}”`
        );
      }
      return { ok: true, value: { authority: [collectiveMark()], title } };
    case "deputy": {
      if (partyCommittee) {
        return refuse(
          "authority",
          regime,
          "Cấp ủy là tập thể: phó bí thư ký “T/M <cấp ủy>”, không ký “K/T”",
          "A Party committee is collective: its deputy secretary signs T/M <committee>, never K/T"
        );
      }
      if (deputyHead === "") {
        return refuse(
          "head",
          regime,
          "Cần chức vụ người đứng đầu mà người ký thay (ví dụ CHỦ TỊCH)",
          "Name the head signed for (e.g. CHỦ TỊCH)"
        );
      }
      if (role === "head" && canonicalName(title) === canonicalName(deputyHead)) {
        return refuse(
          "title",
          regime,
          `“${marks.deputy}” là cấp phó ký thay; người ký là “${title}” thì ký chức vụ trần`,
          `“${marks.deputy}” is a deputy signing for the head; “${title}” signs with the bare title`
        );
      }
      const lines = canCollective && bodyKind !== "single" ? [collectiveMark()] : [];
      lines.push(`${marks.deputy} ${deputyHead}`);
      return { ok: true, value: { authority: lines, title } };
    }
    case "byOrder":
      return byOrder();
    case "authorised":
      if (marks.authorised === null) {
        return refuse(
          "authority",
          regime,
          "Văn bản của Đảng không dùng thừa ủy quyền (T/U)",
          "Party documents have no signing by authorisation (T/U)"
        );
      }
      if (issuerHead === "") {
        return refuse(
          "head",
          regime,
          "Cần chức vụ người đứng đầu mà người ký thay (ví dụ CHỦ TỊCH)",
          "Name the head signed for (e.g. CHỦ TỊCH)"
        );
      }
      return { ok: true, value: { authority: [`${marks.authorised} ${issuerHead}`], title } };
    case "acting": {
      if (partyCommittee) {
        return refuse(
          "authority",
          regime,
          `Cấp ủy là tập thể, không ký “${marks.acting}”: khi chưa có bí thư, phó bí thư ký “${marks.collective}”`,
          `A Party committee has no acting signer (“${marks.acting}”): a deputy secretary signs ${marks.collective}`
        );
      }
      const acting = title.replace(/^QUYỀN\s+/u, "") || issuerHead;
      return { ok: true, value: { authority: [], title: `${marks.acting} ${acting}` } };
    }
  }
}

/** Party issuers whose header names the cấp ủy above them [H36-PL3 1.2.1]: below the province, and its bans. */
export function needsPartySuperior(issuer: string): boolean {
  const name = upper(tidy(issuer));
  if (name === "" || /TRUNG ƯƠNG/u.test(name)) return false;
  const row = bodyRow(name, "party");
  if (!row) return false;
  if (row.kind === "committee")
    return ["THỊ ỦY", "HUYỆN ỦY", "QUẬN ỦY", "ĐẢNG ỦY", "CHI BỘ"].includes(row.prefix);
  // A ban, văn phòng or ủy ban kiểm tra of a cấp ủy.
  return ["BAN", "VĂN PHÒNG", "ỦY BAN KIỂM TRA"].includes(row.prefix);
}

// A bad rulebook row fails at load time.
for (const row of BODY_ROWS) {
  if (row.prefix !== upper(row.prefix) || row.prefix.trim() === "")
    throw new RangeError(`signing authority: prefix "${row.prefix}" must be written in capitals`);
}
