// Parts the form of a type requires that a reviewer looks for first: the enacting lines of decisions and resolutions,
// the Party cấp trên line, no Kính gửi on a decision [PL3 mẫu 1.1–1.3][H36-PL3][Q399].

import { needsPartySuperior } from "../../conventions";
import { matchText } from "../../text/normalize";
import type { Components } from "../components";
import { notFound, where } from "../lines";
import { indexOf, sample } from "../samples";
import type { CheckContext, NotEvaluated, Rule } from "../types";

const isCaps = (text: string) => /\p{L}/u.test(text) && text === text.toLocaleUpperCase("vi");

/** Body paragraphs before the first căn cứ and after the last one, as the components place them. */
function aroundBasis(components: Components): { before: number[]; after: number[] } | null {
  const first = components.canCu[0];
  const last = components.canCu[components.canCu.length - 1];
  if (!first || !last) return null;
  return {
    before: components.body.filter((index) => index < first.paragraph),
    after: components.body.filter((index) => index > last.paragraph),
  };
}

function decisionType(context: CheckContext): "quyet-dinh" | "nghi-quyet" | null {
  const slug = context.components.documentType?.slug;
  return slug === "quyet-dinh" || slug === "nghi-quyet" ? slug : null;
}

/** How many body paragraphs after the last căn cứ may come before the enacting formula. */
const FORMULA_WINDOW = 6;

const NOT_A_DECISION = notFound({
  vi: "không phải quyết định hay nghị quyết có căn cứ",
  en: "not a decision or resolution with căn cứ",
});

const enactingLine: Rule = {
  meta: {
    id: "structure/enacting-line",
    category: "structure",
    severity: "warning",
    source: "[PL3][Q399][REAL]",
    description: {
      vi: "Quyết định, nghị quyết nhà nước có dòng thẩm quyền ban hành trước căn cứ và “QUYẾT ĐỊNH:”/“QUYẾT NGHỊ:” sau căn cứ; quyết định của Đảng có “… QUYẾT ĐỊNH” sau căn cứ",
      en: "State decisions and resolutions carry the enacting authority line before căn cứ and “QUYẾT ĐỊNH:”/“QUYẾT NGHỊ:” after; Party decisions “… QUYẾT ĐỊNH” after căn cứ",
    },
    messages: {
      authority: {
        vi: "Thiếu dòng thẩm quyền ban hành (chữ in hoa, đứng giữa, ví dụ “ỦY BAN NHÂN DÂN TỈNH …”) trước các căn cứ",
        en: "The enacting authority line (capitals, centred, e.g. “ỦY BAN NHÂN DÂN TỈNH …”) before the căn cứ is missing",
      },
      formula: {
        vi: "Thiếu dòng “{formula}” sau các căn cứ",
        en: "The line “{formula}” after the căn cứ is missing",
      },
      partyFormula: {
        vi: "Thiếu câu ban hành sau các căn cứ (ví dụ “BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH”)",
        en: "The enacting formula after the căn cứ (e.g. “BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH”) is missing",
      },
    },
  },
  check(context, report): NotEvaluated | void {
    const { snapshot, components, profile } = context;
    const type = decisionType(context);
    const around = aroundBasis(components);
    if (!type || !around) return NOT_A_DECISION;
    const text = (index: number) => matchText(snapshot.paragraphs[index]?.text ?? "");
    const firstBasis = components.canCu[0];
    const lastBasis = components.canCu[components.canCu.length - 1];
    if (!firstBasis || !lastBasis) return NOT_A_DECISION;
    // The formula follows the căn cứ, after any "Xét Tờ trình …", "Xét báo cáo thẩm tra …" lines [REAL].
    const soon = around.after.slice(0, FORMULA_WINDOW).map(text);
    if (profile.regime === "state") {
      // The authority line sits between the tên loại (or its trích yếu) and the căn cứ, centred in capitals;
      // the components may count it with the trích yếu, so the paragraphs themselves are read.
      const from = (components.documentTypeLine?.paragraph ?? -1) + 1;
      let authority = false;
      for (let index = from; index < firstBasis.paragraph; index++) {
        const paragraph = snapshot.paragraphs[index];
        if (paragraph?.align === "center" && isCaps(text(index)) && !/^DỰ THẢO/u.test(text(index)))
          authority = true;
      }
      if (!authority) report({ messageId: "authority", paragraph: firstBasis.paragraph });
      const formula = type === "quyet-dinh" ? "QUYẾT ĐỊNH:" : "QUYẾT NGHỊ:";
      if (!soon.some((line) => /^QUYẾT (?:ĐỊNH|NGHỊ)\s*:?$/u.test(line.toLocaleUpperCase("vi"))))
        report({ messageId: "formula", paragraph: lastBasis.paragraph, data: { formula } });
      return;
    }
    if (type !== "quyet-dinh") return NOT_A_DECISION;
    if (!soon.some((line) => /QUYẾT ĐỊNH\s*:?$/u.test(line)))
      report({ messageId: "partyFormula", paragraph: lastBasis.paragraph });
  },
  examples: {
    valid: [
      {
        name: "a kết luận has no căn cứ to judge",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "GIÁM ĐỐC SỞ … before căn cứ, QUYẾT ĐỊNH: after",
        snapshot: sample("nha-nuoc").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no THẨM QUYỀN BAN HÀNH line",
        snapshot: sample("nha-nuoc", { decisionAuthority: { text: "" } }).snapshot,
        findings: [indexOf("nha-nuoc", "basis1")],
      },
      {
        name: "no QUYẾT ĐỊNH: after căn cứ",
        snapshot: sample("nha-nuoc", { enacting: { text: "" } }).snapshot,
        findings: [indexOf("nha-nuoc", "basis2")],
      },
    ],
  },
};

const partySuperior: Rule = {
  meta: {
    id: "header/party-superior",
    category: "header",
    severity: "warning",
    source: "[H36-PL3]",
    description: {
      vi: "Cấp ủy dưới cấp tỉnh và các ban, văn phòng, ủy ban kiểm tra của cấp ủy ghi tên cấp ủy (đảng bộ) cấp trên trên tên cơ quan ban hành",
      en: "A committee below the province, and a ban of a committee, name the body above them over the issuer",
    },
    messages: {
      missing: {
        vi: "Thiếu tên cơ quan cấp trên trên “{issuer}” (ví dụ “ĐẢNG BỘ TỈNH …” trên “THỊ ỦY …”, “TỈNH ỦY …” trên “BAN TỔ CHỨC”)",
        en: "The body above “{issuer}” is missing (e.g. “ĐẢNG BỘ TỈNH …” over “THỊ ỦY …”)",
      },
    },
  },
  check({ components, profile }, report) {
    if (profile.regime !== "party")
      return notFound({ vi: "chỉ áp dụng cho văn bản của Đảng", en: "Party documents only" });
    const first = components.issuer[0];
    if (!first) return notFound({ vi: "không tìm thấy cơ quan ban hành", en: "no issuer found" });
    if (components.superior.length > 0) return;
    const issuer = components.issuer.map((span) => span.text).join(" ");
    if (needsPartySuperior(issuer))
      report({ messageId: "missing", ...where(first), data: { issuer } });
  },
  examples: {
    valid: [
      {
        name: "ĐẢNG BỘ TỈNH QUẢNG NAM over THỊ ỦY ĐIỆN BÀN",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "THỊ ỦY ĐIỆN BÀN alone",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { superior: { text: "" } }).snapshot,
        findings: [indexOf("dang-2018", "issuer")],
      },
    ],
  },
};

const kinhGuiOnDecision: Rule = {
  meta: {
    id: "structure/kinh-gui-on-decision",
    category: "structure",
    severity: "warning",
    source: "[PL3][H36-PL3]",
    description: {
      vi: "Quyết định, nghị quyết không có “Kính gửi”",
      en: "Decisions and resolutions carry no “Kính gửi”",
    },
    messages: {
      present: {
        vi: "{type} không có “Kính gửi”: người thi hành ghi ở điều cuối và ở “Nơi nhận”",
        en: "A {type} has no “Kính gửi”: those who execute it are named in its last article and in Nơi nhận",
      },
    },
  },
  check(context, report) {
    const type = decisionType(context);
    if (!type) return NOT_A_DECISION;
    const { components } = context;
    const first = components.kinhGui[0];
    // Only a Kính gửi in the decision's own front matter: a letter attached further on has its own.
    const front = components.canCu[0]?.paragraph ?? components.body[0] ?? Infinity;
    if (first && first.paragraph < front)
      report({
        messageId: "present",
        ...where(first),
        data: { type: components.documentType?.name ?? "" },
      });
  },
  examples: {
    valid: [{ name: "State quyết định", snapshot: sample("nha-nuoc").snapshot, findings: [] }],
    invalid: [
      {
        name: "Kính gửi under a quyết định",
        snapshot: sample("nha-nuoc", { decisionAuthority: { text: "Kính gửi: Sở Tài chính" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "decisionAuthority")],
      },
    ],
  },
};

export const draftingFormRules: readonly Rule[] = [enactingLine, partySuperior, kinhGuiOnDecision];
