// The types a citation can name — the profiles' types, the other known codes, normative acts and laws — with their codes.

import { DOCUMENT_TYPES, OTHER_TYPE_CODES, type Regime } from "../conventions";

export interface CitedType {
  /** Tên loại in sentence case: "Quyết định". */
  readonly name: string;
  /** Type codes accepted in each regime's number form; empty when the regime has none. */
  readonly codes: Readonly<Record<Regime, readonly string[]>>;
  /** Cited by name (Luật, Bộ luật, Pháp lệnh), the number optional. */
  readonly law: boolean;
  /** The number carries no type code (State công văn: "5973/UBND-KT"); the code is not compared. */
  readonly anyCode: boolean;
}

// Normative acts and other types cited in State documents though no profile issues them (Luật Ban hành văn bản quy phạm
// pháp luật; NĐ30 Phụ lục III for the rest).
const STATE_EXTRA: readonly (readonly [name: string, code: string | null])[] = [
  ["Nghị định", "NĐ"],
  ["Thông tư liên tịch", "TTLT"],
  ["Thông tư", "TT"],
  ["Nghị quyết liên tịch", "NQLT"],
  ["Văn bản hợp nhất", "VBHN"],
  ["Lệnh", "L"],
  ["Văn bản", null],
];
const LAWS = ["Bộ luật", "Luật", "Pháp lệnh"];

function buildTypes(): CitedType[] {
  const byName = new Map<string, { party: Set<string>; state: Set<string> }>();
  const add = (name: string, regime: Regime, codes: readonly (string | null | undefined)[]) => {
    const entry = byName.get(name) ?? { party: new Set<string>(), state: new Set<string>() };
    for (const code of codes) if (code) entry[regime].add(code);
    byName.set(name, entry);
  };
  for (const type of DOCUMENT_TYPES["dang-2026"])
    add(type.name, "party", [type.code, ...(type.altCodes ?? [])]);
  for (const type of DOCUMENT_TYPES["nha-nuoc"]) add(type.name, "state", [type.code]);
  for (const other of OTHER_TYPE_CODES.party) add(other.name, "party", [other.code]);
  for (const other of OTHER_TYPE_CODES.state) add(other.name, "state", [other.code]);
  for (const [name, code] of STATE_EXTRA) add(name, "state", [code]);
  const types: CitedType[] = [...byName].map(([name, codes]) => ({
    name,
    codes: { party: [...codes.party], state: [...codes.state] },
    law: false,
    anyCode: name === "Công văn" || name === "Văn bản",
  }));
  for (const name of LAWS)
    types.push({ name, codes: { party: [], state: [] }, law: true, anyCode: true });
  return types;
}

/** Every type a citation may name, longest name first (so "Thông tư liên tịch" wins over "Thông tư"). */
export const CITED_TYPES: readonly CitedType[] = buildTypes().sort(
  (a, b) => b.name.length - a.name.length
);

/** Every type code known in a regime, for telling a type code from an issuer code ("QĐ" from "UBND"). */
export const KNOWN_TYPE_CODES: Readonly<Record<Regime, ReadonlySet<string>>> = {
  party: new Set(CITED_TYPES.flatMap((type) => type.codes.party)),
  state: new Set(CITED_TYPES.flatMap((type) => type.codes.state)),
};

/** The cited type with this name, whatever the case of its first letter: "quyết định" → Quyết định. */
export function findCitedType(name: string): CitedType | undefined {
  // toLowerCase, not toLocaleLowerCase("vi"): the same on every string (Vietnamese has no special casing; checked on
  // every code point and on strings with final sigma), and several times cheaper on this hot path.
  return BY_WRITTEN.get(name) ?? BY_LOWER_NAME.get(name.toLowerCase());
}

// Looked up for every citation head: lower-casing each type's name on every call was a hot spot of the check.
const BY_LOWER_NAME: ReadonlyMap<string, CitedType> = new Map(
  [...CITED_TYPES].reverse().map((type) => [type.name.toLocaleLowerCase("vi"), type])
);
// The answers for the names as the rulebook writes them and in lower case (nearly every head is written so), kept
// without lower-casing the text again: each is what the lookup by lower case gives for it.
const BY_WRITTEN: ReadonlyMap<string, CitedType> = new Map(
  [...BY_LOWER_NAME].flatMap(([lower, type]) =>
    [type.name, lower].flatMap((written) => {
      const found = BY_LOWER_NAME.get(written.toLowerCase());
      return found ? [[written, found] as const] : [];
    })
  )
);

/** Party issuer codes (conventions §3.3): a State-form number ending in one of these is a Party number mistyped. */
export const PARTY_ISSUER_CODES: ReadonlySet<string> = new Set([
  "TW",
  "VPTW",
  "BTCTW",
  "UBKTTW",
  "BTGTW",
  "TU",
  "UBKTTU",
  "BTCTU",
  "BTGTU",
  "VPTU",
  "HU",
  "QU",
  "ĐU",
  "ĐUK",
  "CB",
]);

/** State issuer codes that never appear in a Party number: "12-QĐ/UBND" is a State number mistyped. */
export const STATE_ISSUER_CODES: ReadonlySet<string> = new Set([
  "UBND",
  "HĐND",
  "CP",
  "TTg",
  "VPCP",
  "BNV",
]);
