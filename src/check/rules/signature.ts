// Signature block (ô 7a–7c): the form of the signing marks (their use is in signing-authority.ts), the signer's
// title and name, size and style [PL1 II.7][H36-1.7.1].

import { ownValue } from "../../text/own-value";
import type { DraftingFormats, TextFormat } from "../../conventions";
import type { Snapshot } from "../../ooxml/snapshot";
import type { Components, Span } from "../components";
import {
  ANNEX_FILE,
  dominantSize,
  notFound,
  originalOf,
  paragraphText,
  rangeText,
  shareOf,
  visibleStart,
  where,
  wholeParagraph,
} from "../lines";
import { indexOf, sample } from "../samples";
import type { Fix, Rule } from "../types";

type Signature = NonNullable<Components["signature"]>;

/** A signing mark as written: "TM.", "K/T", "TL", … with its place in the paragraph. */
interface Mark {
  readonly span: Span;
  readonly mark: string;
  readonly start: number;
  readonly end: number;
}

// State marks end with a dot, Party marks use a slash [VTAT][H36-1.7.1]; a mark without its dot is also caught.
const MARK =
  /(?<=^|[\s\u00a0])(?:T\/M|K\/T|T\/L|T\/U|TUQ\.?|TM\.?|KT\.?|TL\.?|Q\.)(?=[\s\u00a0])/gu;

function marksOf(snapshot: Snapshot, signature: Signature): Mark[] {
  const marks: Mark[] = [];
  for (const span of [...signature.authority, ...signature.titles]) {
    const original = originalOf(snapshot, span);
    for (const match of original.matchAll(MARK)) {
      const start = match.index;
      const end = start + match[0].length;
      marks.push({
        span,
        mark: match[0],
        start: span.start + start,
        end: span.start + end,
      });
    }
  }
  return marks;
}

const NO_SIGNATURE = notFound({ vi: "không tìm thấy khối chữ ký", en: "no signature block found" });

const STATE_FORM: Readonly<Record<string, string>> = {
  "T/M": "TM.",
  "K/T": "KT.",
  "T/L": "TL.",
  "T/U": "TUQ.",
  TM: "TM.",
  KT: "KT.",
  TL: "TL.",
  TUQ: "TUQ.",
};
const PARTY_FORM: Readonly<Record<string, string>> = {
  "TM.": "T/M",
  "KT.": "K/T",
  "TL.": "T/L",
  TM: "T/M",
  KT: "K/T",
  TL: "T/L",
};
/** Party has no signing by authorisation (D15). */
const PARTY_NO_FORM = new Set(["T/U", "TUQ.", "TUQ"]);

const markForm: Rule = {
  meta: {
    id: "signature/authority-mark",
    category: "signature",
    severity: "error",
    source: "[PL1 II.7][VTAT][H36-1.7.1][RULEBOOK D15]",
    fix: "text",
    description: {
      vi: "Chữ viết tắt quyền hạn ký: văn bản nhà nước TM., KT., TL., TUQ., Q. (có dấu chấm); văn bản của Đảng T/M, K/T, T/L, Q. (gạch chéo)",
      en: "Signing marks: State TM., KT., TL., TUQ., Q. (with a dot); Party T/M, K/T, T/L, Q. (with a slash)",
    },
    messages: {
      state: {
        vi: "Văn bản nhà nước viết “{wanted}”, không viết “{actual}”",
        en: "State documents write “{wanted}”, not “{actual}”",
      },
      party: {
        vi: "Văn bản của Đảng viết “{wanted}”, không viết “{actual}”",
        en: "Party documents write “{wanted}”, not “{actual}”",
      },
      partyAuthorised: {
        vi: "Văn bản của Đảng không có hình thức ký thừa ủy quyền “{actual}”; dùng T/M, K/T, T/L hoặc Q.",
        en: "Party documents have no signing by authorisation (“{actual}”); use T/M, K/T, T/L or Q.",
      },
    },
  },
  check({ snapshot, components, profile }, report) {
    const signature = components.signature;
    if (!signature) return NO_SIGNATURE;
    const party = profile.regime === "party";
    for (const { span, mark, start, end } of marksOf(snapshot, signature)) {
      const where = { paragraph: span.paragraph, start, end };
      if (party && PARTY_NO_FORM.has(mark)) {
        report({
          messageId: "partyAuthorised",
          ...where,
          severity: "warning",
          data: { actual: mark },
        });
        continue;
      }
      const wanted = ownValue(party ? PARTY_FORM : STATE_FORM, mark);
      if (!wanted) continue;
      const fix: Fix = { kind: "text", paragraph: span.paragraph, start, end, replacement: wanted };
      report({
        messageId: party ? "party" : "state",
        ...where,
        data: { wanted, actual: mark },
        fix,
      });
    }
  },
  examples: {
    valid: [
      {
        name: "Party T/M THỊ ỦY",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "Party T/L BAN THƯỜNG VỤ",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "State TM. over KT. on one line, as QĐ 1883",
        snapshot: sample("nha-nuoc", {
          signerTitle: { text: "TM. ỦY BAN NHÂN DÂN          KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State document with K/T",
        snapshot: sample("nha-nuoc", { signerTitle: { text: "K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "State TM without its dot",
        snapshot: sample("nha-nuoc", { signerTitle: { text: "TM ỦY BAN NHÂN DÂN\nCHỦ TỊCH" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "Party document with TM.",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { authority: { text: "TM. THỊ ỦY" } }).snapshot,
        findings: [indexOf("dang-2018", "authority")],
      },
      {
        name: "Party T/U",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { authority: { text: "T/U BAN THƯỜNG VỤ" } }).snapshot,
        findings: [indexOf("dang-2026", "authority")],
      },
    ],
  },
};

/** A "…" (or "...") line under the signer's title, within the next few paragraphs: the name left as a gap. */
function nameGapBelow(snapshot: Snapshot, title: Span): boolean {
  const cell = snapshot.paragraphs[title.paragraph]?.cell;
  for (
    let i = title.paragraph + 1;
    i < Math.min(snapshot.paragraphs.length, title.paragraph + 8);
    i++
  ) {
    const p = snapshot.paragraphs[i];
    if (!p || (cell && (p.cell?.table !== cell.table || p.cell.column !== cell.column))) break;
    const text = paragraphText(snapshot, i).trim();
    if (/^(?:…|\.{3})$/u.test(text)) return true;
  }
  return false;
}

const present: Rule = {
  meta: {
    id: "signature/present",
    category: "signature",
    severity: "error",
    source: "[PL1 II.7][H36-1.7.1]",
    description: {
      vi: "Văn bản có khối chữ ký với chức vụ và họ tên người ký",
      en: "The document has a signature block with the signer's title and name",
    },
    messages: {
      missing: {
        vi: "Thiếu khối chữ ký (quyền hạn, chức vụ, họ tên người ký) bên cạnh “Nơi nhận”",
        en: "The signature block (authority, title, name) beside “Nơi nhận” is missing",
      },
      name: { vi: "Thiếu họ tên người ký", en: "The signer's name is missing" },
    },
  },
  check({ snapshot, components, draft }, report) {
    if (components.annexFile) return ANNEX_FILE;
    // A copy's text is the original's; its own parts (with the signature) follow the copied text.
    if (components.body.length === 0 && !components.copyForm)
      return notFound({ vi: "văn bản chưa có phần nội dung", en: "the document has no body yet" });
    const signature = components.signature;
    if (!signature) {
      // Beside a Nơi nhận laid out in a table the signature has one place to be; elsewhere it may only be undetected.
      const label = components.recipientsLabel;
      if (!label || !snapshot.paragraphs[label.paragraph]?.cell) return NO_SIGNATURE;
      report({ messageId: "missing", paragraph: label.paragraph });
      return;
    }
    if (!signature.name) {
      // A sample ("Mẫu Quyết định …" above its header) leaves the signer to whoever uses it [REAL].
      if (components.sampleForm)
        return notFound({
          vi: "văn bản là mẫu để điền: người ký do nơi dùng mẫu ghi",
          en: "the document is a sample to fill: the signer is for its user to write",
        });
      const lines = [...signature.authority, ...signature.titles];
      // D18: in a draft, a "…" where the name goes is a gap to fill, like the blank number.
      const last = lines[lines.length - 1];
      // A draft whose signer is still all gaps ("…" for the title and the name) has nothing to judge yet.
      if (draft && (!last || nameGapBelow(snapshot, last))) return;
      report({ messageId: "name", paragraph: lines[lines.length - 1]?.paragraph ?? null });
    }
  },
  examples: {
    valid: [
      { name: "State quyết định", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party kết luận",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "a draft whose name is left as … (D18)",
        draft: true,
        snapshot: sample("nha-nuoc", { signerName: { text: "…" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "… for the name outside a draft",
        snapshot: sample("nha-nuoc", { signerName: { text: "…" } }).snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "no name under the title",
        snapshot: sample("nha-nuoc", { signerName: { text: "" } }).snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "no signature beside Nơi nhận",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          authority: { text: "" },
          signerTitle: { text: "" },
          signerName: { text: "" },
        }).snapshot,
        findings: [indexOf("dang-2018", "recipientsLabel")],
      },
    ],
  },
};

/**
 * The signature's lines, each with the rulebook row the closing block writes it in: authority, title, name. Sizes:
 * State 13–14 [PL1 II.7]; Party 14 (secondary).
 */
function signatureLines(
  signature: Signature,
  formats: DraftingFormats
): (readonly [Span, TextFormat])[] {
  return [
    ...signature.authority.map((span) => [span, formats.authority] as const),
    ...signature.titles.map((span) => [span, formats.signerTitle] as const),
    ...(signature.name ? [[signature.name, formats.signerName] as const] : []),
  ];
}

const size: Rule = {
  meta: {
    id: "size/signature",
    category: "size",
    severity: "error",
    source: "[PL1 II.7][H36-1.7.1]",
    fix: "safe",
    description: {
      vi: "Cỡ chữ khối chữ ký: văn bản nhà nước 13–14, văn bản của Đảng 14",
      en: "Signature block size: State 13–14 pt, Party 14 pt",
    },
    messages: {
      size: {
        vi: "Khối chữ ký cỡ chữ {actual}, quy định {range}",
        en: "The signature block is {actual} pt; the rule is {range} pt",
      },
    },
  },
  check({ snapshot, components, profile }, report) {
    const signature = components.signature;
    if (!signature) return NO_SIGNATURE;
    const seen = new Set<number>();
    for (const [span, format] of signatureLines(signature, profile.drafting)) {
      const [min, max] = format.acceptPt;
      const actual = dominantSize(snapshot, span);
      if (actual === null || (actual >= min && actual <= max) || seen.has(span.paragraph)) continue;
      seen.add(span.paragraph);
      report({
        messageId: "size",
        paragraph: span.paragraph,
        data: { actual, range: rangeText(format.acceptPt) },
        // Party signature sizes are known from summaries only (secondary) → warning.
        ...(profile.regime === "party" ? { severity: "warning" as const } : {}),
        ...(wholeParagraph(snapshot, span)
          ? {
              fix: {
                kind: "format" as const,
                paragraph: span.paragraph,
                set: { sizePt: format.sizePt },
              },
            }
          : {}),
      });
    }
  },
  examples: {
    valid: [
      { name: "State at 14 pt", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "State at 13 pt",
        snapshot: sample("nha-nuoc", { signerTitle: { size: 13 }, signerName: { size: 13 } })
          .snapshot,
        findings: [],
      },
      {
        name: "Party at 14 pt",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State name at 12 pt",
        snapshot: sample("nha-nuoc", { signerName: { size: 12 } }).snapshot,
        findings: [indexOf("nha-nuoc", "signerName")],
      },
      {
        name: "Party title at 13 pt",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { signerTitle: { size: 13 } }).snapshot,
        findings: [indexOf("dang-2018", "signerTitle")],
      },
    ],
  },
};

const style: Rule = {
  meta: {
    id: "style/signature",
    category: "style",
    severity: "error",
    // Not D6: that decision keeps the checker silent on the Party title's bold, which this rule leaves alone.
    source: "[PL1 II.7][H36-1.7.1]",
    fix: "safe",
    description: {
      vi: "Quyền hạn, chức vụ người ký viết hoa, in đậm; họ tên in đậm (văn bản của Đảng: không xét in đậm chức vụ)",
      en: "Signing authority and title in bold capitals, the name bold (Party: the title's bold is not judged)",
    },
    messages: {
      bold: {
        vi: "Quyền hạn, chức vụ người ký chưa in đậm",
        en: "The signing authority and title must be bold",
      },
      caps: {
        vi: "Quyền hạn, chức vụ người ký có chữ thường; quy định viết in hoa",
        en: "The signing authority and title have lower-case letters; they are written in capitals",
      },
      nameBold: { vi: "Họ tên người ký chưa in đậm", en: "The signer's name is not bold" },
    },
  },
  check({ snapshot, components, profile }, report) {
    const signature = components.signature;
    if (!signature) return NO_SIGNATURE;
    const party = profile.regime === "party";
    const boldFix = (span: Span) =>
      wholeParagraph(snapshot, span)
        ? { fix: { kind: "format" as const, paragraph: span.paragraph, set: { bold: true } } }
        : {};
    const reported = new Set<string>();
    const once = (key: string): boolean => {
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    };
    // D6: the Party title's bold is unsettled (HD05 summaries: not bold; the 2018 seed: bold) — only the authority is judged.
    for (const span of party
      ? signature.authority
      : [...signature.authority, ...signature.titles]) {
      if (shareOf(snapshot, span, "bold") < 0.99 && once(`bold${span.paragraph}`))
        report({ messageId: "bold", ...where(span), ...boldFix(span) });
    }
    for (const span of signature.authority) {
      const words = span.text.replace(MARK, "");
      if (words !== words.toLocaleUpperCase("vi") && once(`caps${span.paragraph}`))
        report({ messageId: "caps", ...where(span) });
    }
    const name = signature.name;
    if (name && shareOf(snapshot, name, "bold") < 0.99) {
      // Party: the name's bold is known from summaries and the seed (secondary) → warning.
      report({
        messageId: "nameBold",
        ...where(name),
        ...(party ? { severity: "warning" as const } : {}),
        ...boldFix(name),
      });
    }
  },
  examples: {
    valid: [
      { name: "State bold title and name", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party bold",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "Party title not bold (D6)",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { signerTitle: { bold: false } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State title not bold",
        snapshot: sample("nha-nuoc", { signerTitle: { bold: false } }).snapshot,
        findings: [indexOf("nha-nuoc", "signerTitle")],
      },
      {
        name: "State name not bold",
        snapshot: sample("nha-nuoc", { signerName: { bold: false } }).snapshot,
        findings: [indexOf("nha-nuoc", "signerName")],
      },
      {
        name: "Party authority not bold",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { authority: { bold: false } }).snapshot,
        findings: [indexOf("dang-2018", "authority")],
      },
      {
        name: "Party authority in lower case",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { authority: { text: "T/M Thị ủy" } }).snapshot,
        findings: [indexOf("dang-2018", "authority")],
      },
    ],
  },
};

/** Học hàm, học vị written before a name: "TS.", "ThS.", "PGS.TS." … */
const ACADEMIC =
  /^(?:GS|PGS|TSKH|TS|ThS|KS|BS|DS|LS)\.(?:[\s\u00a0]*(?:TSKH|TS|ThS|BS|KS)\.)?[\s\u00a0]*/u;

const academicTitle: Rule = {
  meta: {
    id: "signature/academic-title",
    category: "signature",
    severity: "warning",
    source: "[PL1 II.7]",
    fix: "text",
    profiles: ["nha-nuoc"],
    description: {
      vi: "Không ghi học hàm, học vị trước họ tên người ký",
      en: "No academic title before the signer's name",
    },
    messages: {
      title: {
        vi: "Không ghi học hàm, học vị “{title}” trước họ tên người ký (trừ đơn vị lực lượng vũ trang, giáo dục, y tế, khoa học do người đứng đầu quyết định)",
        en: "No academic title “{title}” before the signer's name (unless the head of an armed-forces, education, health or science unit decides so)",
      },
    },
  },
  check({ snapshot, components }, report) {
    const name = components.signature?.name;
    if (!name)
      return notFound({ vi: "không tìm thấy họ tên người ký", en: "no signer's name found" });
    const from = visibleStart(snapshot, name);
    const match = ACADEMIC.exec(paragraphText(snapshot, name.paragraph).slice(from, name.end));
    if (!match) return;
    report({
      messageId: "title",
      paragraph: name.paragraph,
      start: from,
      end: from + match[0].length,
      data: { title: match[0].trim() },
      fix: {
        kind: "text",
        paragraph: name.paragraph,
        start: from,
        end: from + match[0].length,
        replacement: "",
      },
    });
  },
  examples: {
    valid: [{ name: "a plain name", snapshot: sample("nha-nuoc").snapshot, findings: [] }],
    invalid: [
      {
        name: "TS. before the name",
        snapshot: sample("nha-nuoc", { signerName: { text: "TS. Nguyễn Văn An" } }).snapshot,
        findings: [indexOf("nha-nuoc", "signerName")],
      },
      {
        name: "PGS.TS. before the name",
        snapshot: sample("nha-nuoc", { signerName: { text: "PGS.TS. Nguyễn Văn An" } }).snapshot,
        findings: [indexOf("nha-nuoc", "signerName")],
      },
    ],
  },
};

export const signatureRules: readonly Rule[] = [present, markForm, size, style, academicTitle];
