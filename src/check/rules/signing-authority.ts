// Signing authority: which mark stands before which name, and over which title — a deputy's bare title, TM. (T/M)
// directly over a deputy's title or before a head's title, KT. (K/T) before a collective body, TM. (T/M) for a body
// headed by one person, K/T or Q. under a Party committee. The combinations the generator refuses, found in any
// document, in one rule so that one line never gets two findings [PL1 II.7][H36-1.7.1][Q66][Q399][KYTL].

import { bodyRow, canonicalName, headOfDeputy, isHeadTitle, titleRole } from "../../conventions";
import type { Snapshot } from "../../ooxml/snapshot";
import type { Components, Span } from "../components";
import { notFound, originalOf } from "../lines";
import { indexOf, sample } from "../samples";
import type { Report, Rule } from "../types";

type Signature = NonNullable<Components["signature"]>;

// State marks end with a dot, Party marks use a slash; forms without the dot are read too (another rule fixes them).
const MARK = /(?<=^|[\s\u00a0])(T\/M|K\/T|T\/L|T\/U|TUQ\.?|TM\.?|KT\.?|TL\.?|Q\.)(?=[\s\u00a0])/gu;

interface MarkLine {
  readonly span: Span;
  readonly kind: "collective" | "deputy" | "other";
  readonly mark: string;
  /** The mark's offsets in the paragraph. */
  readonly start: number;
  readonly end: number;
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
        start: span.start + match.index,
        end: span.start + end,
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
    source: "[PL1 II.7][H36-1.7.1][Q66][Q399][KYTL]",
    fix: "text",
    description: {
      vi: "TM. (T/M) đứng trước tên tập thể, KT. (K/T) trước chức vụ người đứng đầu; cấp phó ký thay phải có KT. (K/T) hoặc ký thay mặt cấp ủy (T/M); TM. (T/M) không đứng ngay trên chức vụ cấp phó ngoài cấp ủy; TM. (T/M) chỉ dùng cho tập thể; cấp ủy không ký K/T hay Q.",
      en: "TM. (T/M) precedes a collective body, KT. (K/T) a head's title; a deputy signs KT. (K/T), or T/M for a Party committee; TM. (T/M) never stands directly over a deputy's title outside a committee; TM. (T/M) is for collective bodies only; a Party committee never signs K/T or Q.",
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
      deputyForBody: {
        vi: "Ký thay mặt tập thể “{body}” dùng “{wanted}”, không dùng “{actual}”",
        en: "Signing for the collective “{body}” takes “{wanted}”, not “{actual}”",
      },
      bodyForHead: {
        vi: "“{actual}” (thay mặt) đứng trước tên tập thể; ký thay người đứng đầu “{title}” dùng “{deputy}”",
        en: "“{actual}” precedes a collective body; signing for the head “{title}” takes “{deputy}”",
      },
      committeeDeputy: {
        vi: "Cấp ủy là tập thể lãnh đạo: phó bí thư ký “{wanted}”, không ký “{actual}”",
        en: "A Party committee is collective: its deputy secretary signs “{wanted}”, not “{actual}”",
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
    const committeeIssuer = party && issuerRow?.kind === "committee";
    const committeeMark = () =>
      `${marks.collective} ${issuerRow?.markName ?? issuerRow?.prefix ?? ""}`;

    // One finding per line: the first breach found on a line is the one reported.
    const reported = new Set<string>();
    const once = (span: Span, finding: Report) => {
      const key = `${span.paragraph}:${span.start}`;
      if (reported.has(key)) return;
      reported.add(key);
      report({ severity, ...finding });
    };

    found.forEach((line, i) => {
      const at = { paragraph: line.span.paragraph, start: line.start, end: line.end };
      const bodyOfMark = bodyRow(line.governs, profile.regime);
      const afterByOrder = found.slice(0, i).some((m) => /^(?:TL|T\/L)/u.test(m.mark));
      if (line.kind === "deputy" && bodyOfMark && bodyOfMark.kind !== "single") {
        // "K/T THỊ ỦY" → "T/M THỊ ỦY" is the whole repair; "KT. ỦY BAN NHÂN DÂN" also needs a "KT. CHỦ TỊCH"
        // line, which no one-span fix can write.
        const wanted = marks.collective;
        const fixable = party && bodyOfMark.kind === "committee";
        once(line.span, {
          messageId: "deputyForBody",
          ...at,
          data: { body: line.governs, wanted, actual: line.mark },
          ...(fixable
            ? {
                fix: {
                  kind: "text" as const,
                  paragraph: line.span.paragraph,
                  start: line.start,
                  end: line.end,
                  replacement: wanted,
                },
              }
            : {}),
        });
      } else if (line.kind === "deputy" && committeeIssuer && !afterByOrder) {
        // A cấp ủy's deputy secretary signs T/M; K/T under T/L is the office's own deputy and stays.
        once(line.span, {
          messageId: "committeeDeputy",
          ...at,
          data: { wanted: committeeMark(), actual: line.mark },
        });
      } else if (party && line.mark === "Q." && committeeIssuer) {
        once(line.span, {
          messageId: "actingCommittee",
          ...at,
          data: { mark: line.mark, wanted: committeeMark() },
        });
      } else if (
        line.kind === "deputy" &&
        i === found.length - 1 &&
        titleText !== "" &&
        titleText === line.governs
      ) {
        once(line.span, {
          messageId: "deputyOverHead",
          ...at,
          data: { mark: line.mark, head: line.governs, title: titleText },
        });
      } else if (line.kind === "collective" && isHeadTitle(line.governs.replace(/^PHÓ /u, ""))) {
        once(line.span, {
          messageId: "bodyForHead",
          ...at,
          data: { actual: line.mark, title: line.governs, deputy: marks.deputy },
        });
      } else if (line.kind === "collective" && bodyOfMark?.kind === "single") {
        once(line.span, {
          messageId: "notCollective",
          ...at,
          data: {
            mark: line.mark,
            body: line.governs,
            deputy: marks.deputy,
            head: bodyOfMark.head,
          },
        });
      }
    });

    if (!title || role !== "deputy") return;
    const last = found[found.length - 1];
    const titleAt = { paragraph: title.paragraph, start: title.start, end: title.end };
    if (!last) {
      once(title, {
        messageId: committeeIssuer ? "bareCommitteeDeputy" : "bareDeputy",
        ...titleAt,
        data: {
          title: titleText,
          wanted: committeeIssuer ? committeeMark() : `${marks.deputy} ${headOfDeputy(titleText)}`,
        },
      });
      return;
    }
    if (last.kind === "collective") {
      const row = bodyRow(last.governs, profile.regime);
      // A Party committee's deputy secretary signs T/M directly [H36-1.7.1]; a body we cannot name is not judged,
      // and a body with one head already has its finding on the mark's line.
      if (!row || (party && row.kind === "committee") || row.kind === "single") return;
      once(title, {
        messageId: "collectiveOverDeputy",
        ...titleAt,
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
      {
        name: "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "T/L BAN THƯỜNG VỤ / K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG in a thị ủy's document",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          authority: { text: "T/L BAN THƯỜNG VỤ\nK/T CHÁNH VĂN PHÒNG" },
          signerTitle: { text: "PHÓ CHÁNH VĂN PHÒNG" },
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
      {
        name: "K/T THỊ ỦY",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { authority: { text: "K/T THỊ ỦY" } }).snapshot,
        findings: [indexOf("dang-2018", "authority")],
      },
      {
        name: "K/T BÍ THƯ in a thị ủy's document",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { authority: { text: "K/T BÍ THƯ" } }).snapshot,
        findings: [indexOf("dang-2026", "authority")],
      },
      {
        name: "K/T BÍ THƯ over BÍ THƯ: one line, one finding",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          authority: { text: "K/T BÍ THƯ" },
          signerTitle: { text: "BÍ THƯ" },
        }).snapshot,
        findings: [indexOf("dang-2026", "authority")],
      },
      {
        name: "KT. ỦY BAN NHÂN DÂN",
        snapshot: sample("nha-nuoc", { signerTitle: { text: "KT. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "TM. GIÁM ĐỐC",
        snapshot: sample("nha-nuoc", { signerTitle: { text: "TM. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
    ],
  },
};

export const signingAuthorityRules: readonly Rule[] = [signingAuthority];
