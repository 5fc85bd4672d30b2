// Signing authority: a deputy's bare title, TM. (T/M) directly over a deputy's title, TM. (T/M) for a body headed by
// one person — the combinations the generator refuses, found in any document [PL1 II.7][H36-1.7.1][Q66][Q399].

import { bodyRow, canonicalName, headOfDeputy, titleRole } from "../../conventions";
import type { Snapshot } from "../../ooxml/snapshot";
import type { Components, Span } from "../components";
import { notFound, originalOf } from "../lines";
import { indexOf, sample } from "../samples";
import type { Rule } from "../types";

type Signature = NonNullable<Components["signature"]>;

// State marks end with a dot, Party marks use a slash; forms without the dot are read too (another rule fixes them).
const MARK = /(?<=^|[\s\u00a0])(T\/M|K\/T|T\/L|T\/U|TUQ\.?|TM\.?|KT\.?|TL\.?|Q\.)(?=[\s\u00a0])/gu;

interface MarkLine {
  readonly span: Span;
  readonly kind: "collective" | "deputy" | "other";
  readonly mark: string;
  /** The words the mark governs, in capitals and one tone style. */
  readonly governs: string;
}

function kindOf(mark: string): MarkLine["kind"] {
  if (/^(?:TM|T\/M)/u.test(mark)) return "collective";
  if (/^(?:KT|K\/T)/u.test(mark)) return "deputy";
  return "other";
}

/** The marks in reading order, then the signer's title: the first capital line after the last mark. */
function readSignature(
  snapshot: Snapshot,
  signature: Signature
): { marks: MarkLine[]; title?: Span } {
  const lines = [...signature.authority, ...signature.titles].sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start
  );
  const marks: MarkLine[] = [];
  let title: Span | undefined;
  for (const span of lines) {
    const text = originalOf(snapshot, span);
    const found = [...text.matchAll(MARK)];
    if (found.length === 0) {
      title ??= span;
      continue;
    }
    // A title already read before a mark is not the signer's title ("CHỦ TỊCH" above "TM. …" is not a layout we know).
    title = undefined;
    found.forEach((match, i) => {
      const end = match.index + match[0].length;
      const next = found[i + 1]?.index ?? text.length;
      marks.push({
        span,
        kind: kindOf(match[0]),
        mark: match[0],
        governs: canonicalName(text.slice(end, next)),
      });
    });
  }
  return { marks, title };
}

const NO_SIGNATURE = notFound({
  vi: "không tìm thấy khối chữ ký",
  en: "no signature block found",
});

export const signingAuthority: Rule = {
  meta: {
    id: "signature/authority-combination",
    category: "signature",
    severity: "error",
    source: "[PL1 II.7][H36-1.7.1][Q66][Q399]",
    description: {
      vi: "Cấp phó ký thay phải có KT. (K/T) hoặc ký thay mặt cấp ủy (T/M); TM. (T/M) không đứng ngay trên chức vụ cấp phó ngoài cấp ủy; TM. (T/M) chỉ dùng cho tập thể",
      en: "A deputy signs KT. (K/T), or T/M for a Party committee; TM. (T/M) never stands directly over a deputy's title outside a committee; TM. (T/M) is for collective bodies only",
    },
    messages: {
      bareDeputy: {
        vi: "Cấp phó “{title}” ký chức vụ trần: ký thay người đứng đầu phải ghi “{wanted}” phía trên",
        en: "The deputy “{title}” signs with a bare title: write “{wanted}” above it",
      },
      bareCommitteeDeputy: {
        vi: "“{title}” của cấp ủy ký thay mặt tập thể: ghi “{wanted}” phía trên",
        en: "“{title}” of a Party committee signs for the collective: write “{wanted}” above it",
      },
      collectiveOverDeputy: {
        vi: "“{mark} {body}” đứng ngay trên chức vụ cấp phó “{title}”: thiếu dòng “{deputy} {head}” ở giữa",
        en: "“{mark} {body}” stands directly over the deputy title “{title}”: the line “{deputy} {head}” is missing",
      },
      actingCommittee: {
        vi: "Cấp ủy là tập thể, không ký “{mark}”: khi khuyết bí thư, phó bí thư ký “{wanted}”",
        en: "A Party committee has no acting signer (“{mark}”): a deputy secretary signs “{wanted}”",
      },
      deputyOverHead: {
        vi: "“{mark} {head}” là cấp phó ký thay, nhưng người ký là chính “{title}”: người đứng đầu ký chức vụ trần",
        en: "“{mark} {head}” is a deputy signing for the head, but the signer is the “{title}”: the head signs with the bare title",
      },
      notCollective: {
        vi: "“{mark}” chỉ dùng khi ký thay mặt tập thể; “{body}” do một người đứng đầu (cấp phó ký “{deputy} {head}”)",
        en: "“{mark}” is for collective bodies; “{body}” has one head (a deputy signs “{deputy} {head}”)",
      },
    },
  },
  check({ snapshot, components, profile }, report) {
    const signature = components.signature;
    if (!signature) return NO_SIGNATURE;
    const party = profile.regime === "party";
    const marks = profile.drafting.marks;
    // Sources for the Party side reach us through secondary copies of HD36 mục 1.7.1: warn there.
    const severity = party ? "warning" : "error";
    const { marks: found, title } = readSignature(snapshot, signature);
    const titleText = title ? canonicalName(originalOf(snapshot, title)) : "";
    const role = titleText === "" ? "gap" : titleRole(titleText);

    const issuerRow = bodyRow(
      canonicalName(components.issuer.map((span) => span.text).join(" ")),
      profile.regime
    );
    for (const line of found) {
      const at = { paragraph: line.span.paragraph, start: line.span.start, end: line.span.end };
      if (party && line.mark === "Q." && issuerRow?.kind === "committee") {
        report({
          messageId: "actingCommittee",
          ...at,
          severity,
          data: {
            mark: line.mark,
            wanted: `${marks.collective} ${issuerRow.markName ?? issuerRow.prefix}`,
          },
        });
      }
      if (
        line.kind === "deputy" &&
        line === found[found.length - 1] &&
        titleText !== "" &&
        titleText === line.governs
      ) {
        report({
          messageId: "deputyOverHead",
          ...at,
          severity,
          data: { mark: line.mark, head: line.governs, title: titleText },
        });
      }
      if (line.kind !== "collective") continue;
      const row = bodyRow(line.governs, profile.regime);
      if (row?.kind === "single") {
        report({
          messageId: "notCollective",
          paragraph: line.span.paragraph,
          start: line.span.start,
          end: line.span.end,
          severity,
          data: { mark: line.mark, body: line.governs, deputy: marks.deputy, head: row.head },
        });
      }
    }
    if (!title || role !== "deputy") return;
    const last = found[found.length - 1];
    if (!last) {
      const row = issuerRow;
      const committee = party && row?.kind === "committee";
      report({
        messageId: committee ? "bareCommitteeDeputy" : "bareDeputy",
        paragraph: title.paragraph,
        start: title.start,
        end: title.end,
        severity,
        data: {
          title: titleText,
          wanted: committee
            ? `${marks.collective} ${row.markName ?? row.prefix}`
            : `${marks.deputy} ${headOfDeputy(titleText)}`,
        },
      });
      return;
    }
    if (last.kind === "collective") {
      const row = bodyRow(last.governs, profile.regime);
      // A Party committee's deputy secretary signs T/M directly [H36-1.7.1]; a body we cannot name is not judged.
      if (!row || (party && row.kind === "committee") || row.kind === "single") return;
      report({
        messageId: "collectiveOverDeputy",
        paragraph: title.paragraph,
        start: title.start,
        end: title.end,
        severity,
        data: {
          mark: last.mark,
          body: last.governs,
          title: titleText,
          deputy: marks.deputy,
          head: headOfDeputy(titleText),
        },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "T/M THỊ ỦY / PHÓ BÍ THƯ",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
        snapshot: sample("nha-nuoc", {
          signerTitle: { text: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" },
        }).snapshot,
        findings: [],
      },
      {
        name: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
        snapshot: sample("nha-nuoc", { signerTitle: { text: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" } })
          .snapshot,
        findings: [],
      },
      {
        name: "GIÁM ĐỐC signing bare",
        snapshot: sample("nha-nuoc").snapshot,
        findings: [],
      },
      {
        name: "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG",
        snapshot: sample("nha-nuoc", {
          signerTitle: { text: "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG" },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "bare PHÓ GIÁM ĐỐC",
        snapshot: sample("nha-nuoc", { signerTitle: { text: "PHÓ GIÁM ĐỐC" } }).snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "TM. BAN CHỈ ĐẠO directly over PHÓ TRƯỞNG BAN",
        snapshot: sample("nha-nuoc", {
          signerTitle: { text: "TM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN" },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "TM. SỞ … (one head)",
        snapshot: sample("nha-nuoc", {
          signerTitle: { text: "TM. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nGIÁM ĐỐC" },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "Party bare PHÓ BÍ THƯ of a thị ủy",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { authority: { text: "" } }).snapshot,
        findings: [indexOf("dang-2018", "signerTitle")],
      },
      {
        name: "Party T/M BAN TUYÊN GIÁO",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          authority: { text: "T/M BAN TUYÊN GIÁO" },
          signerTitle: { text: "PHÓ TRƯỞNG BAN" },
        }).snapshot,
        findings: [indexOf("dang-2026", "authority")],
      },
    ],
  },
};

export const signingAuthorityRules: readonly Rule[] = [signingAuthority];
