// Tên loại, trích yếu and the công văn subject (ô 5a, 5b) [PL1 II.5][H36-PL3][RULEBOOK D8, D21].

import type { Snapshot } from "../../ooxml/snapshot";
import { type Components, linesOf, type Span } from "../components";
import { at, hasHeader, letterKey, lineView, NO_HEADER, textFix, trimmed } from "../header-lines";
import { COPY, notFound, where, withFix } from "../lines";
import { indexOf, sample } from "../samples";
import type { Rule } from "../types";

/** Secrecy, urgency and draft marks that may sit under the number without being the công văn subject. */
const MARK = /^(?:MẬT|TỐI MẬT|TUYỆT MẬT|KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|DỰ THẢO)$/u;

function isCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase("vi");
}

/** The first line after the header, where the tên loại belongs. */
function lineAfterHeader(snapshot: Snapshot, components: Components): Span | undefined {
  const last =
    components.header.length > 0
      ? Math.max(...components.header)
      : Math.max(components.number?.paragraph ?? -1, components.placeDate?.paragraph ?? -1);
  for (const paragraph of snapshot.paragraphs.slice(last + 1, last + 9)) {
    if (paragraph.cell) continue;
    const [line] = linesOf(paragraph);
    if (line && !/^dự thảo/iu.test(line.text)) return line;
  }
  return undefined;
}

const NO_TITLE = notFound({ vi: "không tìm thấy tên loại văn bản", en: "no tên loại found" });

/** A công văn: no tên loại, and a subject under the number or a letter's type code. */
function isLetter(components: Components): boolean {
  return (
    !components.documentTypeLine &&
    (components.documentType?.letter === true || components.letterSubject.length > 0)
  );
}

const documentType: Rule = {
  meta: {
    id: "title/document-type",
    category: "title",
    severity: "error",
    source: "[PL1 II.5a][H36-PL3]",
    fix: "text",
    description: {
      vi: "Văn bản có tên loại (trừ công văn, là văn bản có trích yếu “V/v …” dưới số, ký hiệu)",
      en: "The document names its type (except letters, which carry a subject under the number)",
    },
    messages: {
      missingNamed: {
        vi: "Thiếu tên loại “{name}” dưới phần đầu văn bản (ký hiệu “{code}” trong số văn bản là của loại này)",
        en: "The tên loại “{name}” is missing under the header (the number's code “{code}” names this type)",
      },
      misspelt: {
        vi: "Tên loại viết chưa đúng: “{actual}”; ghi đúng là “{name}”",
        en: "The tên loại is not written exactly: “{actual}”; it reads “{name}”",
      },
      missing: {
        vi: "Không tìm thấy tên loại văn bản dưới phần đầu (hoặc trích yếu “V/v …” dưới số, ký hiệu nếu là công văn)",
        en: "No tên loại found under the header (nor a “V/v …” subject under the number, for a letter)",
      },
    },
  },
  check({ snapshot, components }, report) {
    if (!hasHeader(components)) return NO_HEADER;
    if (components.copyForm) return COPY;
    if (components.documentTypeLine || isLetter(components)) return;
    const named = components.documentType;
    const line = lineAfterHeader(snapshot, components);
    if (named) {
      const name = named.name.toLocaleUpperCase("vi");
      const key = letterKey(line?.text ?? "");
      // "KẾT LUẬN CỦA BỘ CHÍNH TRỊ" on one line names its type too; only the line finder's exact match misses it.
      if (line && isCaps(line.text) && key.startsWith(letterKey(name)) && key !== letterKey(name))
        return;
      if (line && key === letterKey(name)) {
        const view = lineView(snapshot, line);
        const { from, to } = trimmed(view);
        report({
          messageId: "misspelt",
          ...at(view, from, to),
          data: { actual: line.text, name },
          ...withFix(textFix(view, from, to, name)),
        });
        return;
      }
      report({
        messageId: "missingNamed",
        paragraph: null,
        data: { name: named.name.toLocaleUpperCase("vi"), code: named.code ?? "" },
      });
      return;
    }
    // A centred line in capitals where the tên loại belongs is a type this tool does not list: say so, judge nothing.
    if (line && isCaps(line.text) && snapshot.paragraphs[line.paragraph]?.align === "center") {
      return notFound({
        vi: `tên loại “${line.text}” chưa có trong danh mục của công cụ`,
        en: `the tên loại “${line.text}” is not in the tool's list`,
      });
    }
    report({ messageId: "missing", paragraph: null });
  },
  examples: {
    valid: [
      { name: "QUYẾT ĐỊNH", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "KẾT LUẬN",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "State công văn: no tên loại",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "Party công văn: no tên loại",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "KẾT LUẬN CỦA BỘ CHÍNH TRỊ on one line",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { documentType: { text: "KẾT LUẬN CỦA BỘ CHÍNH TRỊ" } })
          .snapshot,
        findings: [],
      },
      {
        name: "a tên loại outside the list is not judged",
        snapshot: sample("nha-nuoc", {
          documentType: { text: "CHƯƠNG TRÌNH HÀNH ĐỘNG" },
          number: { text: "Số: 12/CTrHĐ-SNNMT" },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State: QĐ number, no QUYẾT ĐỊNH",
        snapshot: sample("nha-nuoc", { documentType: { text: "" } }).snapshot,
        findings: [null],
      },
      {
        name: "Party: KL number, no KẾT LUẬN",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { documentType: { text: "" } }).snapshot,
        findings: [null],
      },
      {
        name: "tên loại without diacritics",
        snapshot: sample("nha-nuoc", { documentType: { text: "QUYET DINH" } }).snapshot,
        findings: [indexOf("nha-nuoc", "documentType")],
      },
      {
        name: "neither a tên loại nor a V/v subject",
        snapshot: sample("nha-nuoc", {
          documentType: { text: "" },
          number: { text: "Số: 12/XYZ-SNNMT" },
        }).snapshot,
        findings: [null],
      },
    ],
  },
};

const summaryCase: Rule = {
  meta: {
    id: "title/summary-case",
    category: "title",
    severity: "error",
    source: "[PL1 II.5a][H36-PL3]",
    fix: "text",
    description: {
      vi: "Trích yếu viết chữ thường: văn bản của Đảng bắt đầu bằng chữ thường; văn bản nhà nước không viết in hoa toàn bộ",
      en: "The subject line in lower case: Party ones start lower-case; State ones are not in capitals",
    },
    messages: {
      partyCapital: {
        vi: "Trích yếu văn bản của Đảng bắt đầu bằng chữ thường (như “về …”, “tại …”): “{actual}”",
        en: "A Party subject line starts in lower case (“về …”, “tại …”): “{actual}”",
      },
      stateCaps: {
        vi: "Trích yếu viết in hoa toàn bộ; trích yếu trình bày bằng chữ in thường",
        en: "The subject line is all capitals; it is written in lower case",
      },
    },
  },
  check({ snapshot, profile, components }, report) {
    if (!components.documentTypeLine) return isLetter(components) ? undefined : NO_TITLE;
    const first = components.summary[0];
    if (!first) return notFound({ vi: "không tìm thấy trích yếu", en: "no subject line found" });
    if (profile.regime === "state") {
      const text = components.summary.map((span) => span.text).join(" ");
      if (isCaps(text)) report({ messageId: "stateCaps", ...where(first) });
      return;
    }
    const view = lineView(snapshot, first);
    const letter = /\p{L}/u.exec(view.text);
    if (!letter || letter[0] === letter[0].toLocaleLowerCase("vi")) return;
    // Lower the first letter only when the next word is lower-case too: "Quảng Nam …" is a name, not a slip.
    const words = view.text.trim().split(/\s+/);
    const second = words[1] ?? "";
    const fixable = second === "" || second.charAt(0) === second.charAt(0).toLocaleLowerCase("vi");
    const { from, to } = trimmed(view);
    report({
      messageId: "partyCapital",
      severity: "warning",
      ...at(view, from, to),
      data: { actual: first.text },
      ...(fixable
        ? withFix(textFix(view, letter.index, letter.index + 1, letter[0].toLocaleLowerCase("vi")))
        : {}),
    });
  },
  examples: {
    valid: [
      {
        name: "Party: tại Hội nghị …",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      { name: "State: Về việc …", snapshot: sample("nha-nuoc").snapshot, findings: [] },
    ],
    invalid: [
      {
        name: "Party: Về công tác …",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { summary: { text: "Về công tác cán bộ" } }).snapshot,
        findings: [indexOf("dang-2018", "summary")],
      },
      {
        name: "Party: all capitals",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { summary: { text: "VỀ CÔNG TÁC CÁN BỘ" } }).snapshot,
        findings: [indexOf("dang-2026", "summary")],
      },
      {
        name: "State: all capitals (Chỉ thị 07/CT-TTg, 2012)",
        snapshot: sample("nha-nuoc", {
          summary: { text: "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA SỞ" },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "summary")],
      },
    ],
  },
};

const separator: Rule = {
  meta: {
    id: "title/separator",
    category: "title",
    severity: "info",
    source: "[HD05][RULEBOOK D21]",
    profiles: ["dang-2018", "dang-2026"],
    description: {
      vi: "Dấu “-----” dưới trích yếu văn bản của Đảng",
      en: "The “-----” under a Party subject line",
    },
    messages: {
      missing: {
        vi: "Không thấy dấu “-----” dưới trích yếu; văn bản của Đảng thường có dấu này (theo các bản tóm tắt Hướng dẫn 05-HD/VPTW)",
        en: "No “-----” under the subject line; Party documents usually carry it (per summaries of Guide 05-HD/VPTW)",
      },
    },
  },
  check({ components }, report) {
    const { documentTypeLine } = components;
    if (!documentTypeLine) return isLetter(components) ? undefined : NO_TITLE;
    if (components.summarySeparator) return;
    const last =
      components.summary[components.summary.length - 1] ??
      components.titleIssuerLine[components.titleIssuerLine.length - 1] ??
      documentTypeLine;
    report({ messageId: "missing", ...where(last) });
  },
  examples: {
    valid: [
      {
        name: "with -----",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "a letter has none",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {}, undefined, "letter").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no -----",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { separator: { text: "" } }).snapshot,
        findings: [indexOf("dang-2018", "summary")],
      },
    ],
  },
};

const letterSubject: Rule = {
  meta: {
    id: "title/letter-subject",
    category: "title",
    severity: "error",
    source: "[PL1 II.5b][H36-PL3][RULEBOOK D8]",
    fix: "text",
    description: {
      vi: "Trích yếu công văn dưới số, ký hiệu: nhà nước bắt đầu bằng “V/v ”; Đảng không ghi “V/v”",
      en: "The letter subject under the number: State ones start “V/v ”; Party ones carry no “V/v”",
    },
    messages: {
      missing: {
        vi: "Công văn thiếu trích yếu nội dung dưới số, ký hiệu",
        en: "The letter has no subject line under the number",
      },
      prefix: {
        vi: "Trích yếu công văn bắt đầu bằng “V/v ” (chữ V hoa, v thường, dấu gạch chéo): đang ghi “{actual}”",
        en: "A letter subject starts “V/v ” (capital V, small v, a slash), not “{actual}”",
      },
      noPrefix: {
        vi: "Trích yếu công văn bắt đầu bằng “V/v ”: “V/v {actual}”",
        en: "A letter subject starts “V/v ”: “V/v {actual}”",
      },
      partyVv: {
        vi: "Công văn của Đảng không ghi “V/v” trước trích yếu (mẫu của Hướng dẫn 36-HD/VPTW)",
        en: "Party letters carry no “V/v” before the subject (Guide 36-HD/VPTW's model)",
      },
    },
  },
  check({ snapshot, profile, components }, report) {
    if (!hasHeader(components)) return NO_HEADER;
    if (!isLetter(components)) return;
    const first = components.letterSubject.find((span) => !MARK.test(span.text));
    if (!first) {
      report({ messageId: "missing", paragraph: null });
      return;
    }
    const view = lineView(snapshot, first);
    const { from, to } = trimmed(view);
    const text = view.text.slice(from, to);
    const match = /^(v\s*[/.]\s*v|về việc)(?!\p{L})(\s*:?\s*)/iu.exec(text);
    const place = at(view, from, to);
    if (profile.regime === "party") {
      if (match) {
        report({
          messageId: "partyVv",
          severity: "info",
          ...place,
          ...withFix(textFix(view, from, from + match[0].length, "")),
        });
      }
      return;
    }
    if (match && match[1] === "V/v" && /^ +$/.test(match[2] ?? "")) return;
    if (match) {
      report({
        messageId: "prefix",
        severity: "warning",
        ...place,
        data: { actual: match[0].trim() },
        ...withFix(textFix(view, from, from + match[0].length, "V/v ")),
      });
      return;
    }
    report({
      messageId: "noPrefix",
      severity: "warning",
      ...place,
      data: { actual: text },
      ...withFix(textFix(view, from, from, "V/v ")),
    });
  },
  examples: {
    valid: [
      {
        name: "V/v tăng cường …",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "Party: no V/v",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {}, undefined, "letter").snapshot,
        findings: [],
      },
      { name: "not a letter", snapshot: sample("nha-nuoc").snapshot, findings: [] },
    ],
    invalid: [
      {
        name: "V/V",
        snapshot: sample(
          "nha-nuoc",
          { letterSubject: { text: "V/V tăng cường công tác quản lý khoáng sản" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "letterSubject", "letter")],
      },
      {
        name: "v/v",
        snapshot: sample(
          "nha-nuoc",
          { letterSubject: { text: "v/v tăng cường công tác quản lý" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "letterSubject", "letter")],
      },
      {
        name: "V.v",
        snapshot: sample(
          "nha-nuoc",
          { letterSubject: { text: "V.v tăng cường công tác quản lý" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "letterSubject", "letter")],
      },
      {
        name: "Về việc in full",
        snapshot: sample(
          "nha-nuoc",
          { letterSubject: { text: "Về việc tăng cường công tác quản lý" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "letterSubject", "letter")],
      },
      {
        name: "no V/v",
        snapshot: sample(
          "nha-nuoc",
          { letterSubject: { text: "tăng cường công tác quản lý" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "letterSubject", "letter")],
      },
      {
        name: "Party letter with V/v (D8, info)",
        profile: "dang-2018",
        snapshot: sample(
          "dang-2018",
          { letterSubject: { text: "V/v chế độ hội nghị và công tác phí" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("dang-2018", "letterSubject", "letter")],
      },
      {
        name: "Party letter without a subject",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { letterSubject: { text: "" } }, undefined, "letter")
          .snapshot,
        findings: [null],
      },
    ],
  },
};

export const titleRules: readonly Rule[] = [documentType, summaryCase, separator, letterSubject];
