// Header (ô 1, ô 2): tiêu đề or Quốc hiệu–Tiêu ngữ, the lines under them, the issuer and its "*" [H36-1.1][PL1 II.1–II.2].

import type { Snapshot } from "../../ooxml/snapshot";
import { matchText } from "../../text/normalize";
import type { Span } from "../components";
import {
  at,
  drawnLinesNear,
  hasHeader,
  headerLines,
  lineView,
  type LineView,
  NO_HEADER,
  nearMiss,
  originalAt,
  textFix,
  trimmed,
} from "../header-lines";
import { COPY, notFound, where, withFix } from "../lines";
import { indexOf, sample } from "../samples";
import type { Message, Rule } from "../types";

const PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";
const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const MOTTO_WORDS = ["Độc", "lập", "Tự", "do", "Hạnh", "phúc"];
/** A typed line ("-----", "_____") standing in for a drawn one. */
const TYPED_LINE = /^[-_–—=.]{3,}$/;

/** The words of a view with their offsets. */
function words(view: LineView): { text: string; start: number; end: number }[] {
  return [...view.text.matchAll(/\p{L}+/gu)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** A fix replacing a misspelt fixed line (tiêu đề, Quốc hiệu, Tiêu ngữ) by its exact text, spaces around kept. */
function exactTextFix(snapshot: Snapshot, span: Span, expected: string) {
  const view = lineView(snapshot, span);
  const { from, to } = trimmed(view);
  return { ...at(view, from, to), ...withFix(textFix(view, from, to, expected)) };
}

const title: Rule = {
  meta: {
    id: "header/title",
    category: "header",
    severity: "error",
    source: "[H36-1.1][PL1 II.1a]",
    fix: "text",
    description: {
      vi: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản của Đảng) hoặc Quốc hiệu (văn bản nhà nước), đúng từng chữ",
      en: "The Party title or the national name, word for word",
    },
    messages: {
      partyMissing: {
        vi: "Thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” ở góc phải, dòng đầu của trang đầu",
        en: "The Party title “ĐẢNG CỘNG SẢN VIỆT NAM” is missing (top right of page 1)",
      },
      stateMissing: {
        vi: "Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” ở góc phải, dòng đầu của trang đầu",
        en: "The national name “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” is missing (top right of page 1)",
      },
      misspelt: {
        vi: "“{actual}” viết chưa đúng; ghi đúng là “{expected}”",
        en: "“{actual}” is not written exactly; it reads “{expected}”",
      },
    },
  },
  check({ snapshot, profile, components }, report) {
    if (!hasHeader(components)) return NO_HEADER;
    if (components.copyForm) return COPY;
    const party = profile.regime === "party";
    if (party ? components.partyTitle : components.nationalName) return;
    // The other regime's title is the regime-mix rule's finding, not a missing one.
    if (party ? components.nationalName : components.partyTitle) return;
    const expected = party ? PARTY_TITLE : NATIONAL_NAME;
    const near = nearMiss(headerLines(snapshot, components), expected);
    if (near) {
      report({
        messageId: "misspelt",
        ...exactTextFix(snapshot, near, expected),
        data: { actual: near.text, expected },
      });
      return;
    }
    report({ messageId: party ? "partyMissing" : "stateMissing", paragraph: null });
  },
  examples: {
    valid: [
      {
        name: "Party title",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      { name: "Quốc hiệu", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Quốc hiệu with the tone mark on the second vowel (HOÀ)",
        snapshot: sample("nha-nuoc", {
          nationalName: { text: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
        }).snapshot,
        findings: [],
      },
      {
        name: "Party letter",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {}, undefined, "letter").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Quốc hiệu with a PDF-glyph slip (HỊA)",
        snapshot: sample("nha-nuoc", {
          nationalName: { text: "CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "nationalName")],
      },
      {
        name: "Party title without diacritics on one word",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { partyTitle: { text: "ĐẢNG CONG SẢN VIỆT NAM" } }).snapshot,
        findings: [indexOf("dang-2018", "partyTitle")],
      },
      {
        name: "Quốc hiệu left out",
        snapshot: sample("nha-nuoc", { nationalName: { text: "" } }).snapshot,
        findings: [null],
      },
      {
        name: "Party title left out (the number still says Party)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { partyTitle: { text: "" } }).snapshot,
        findings: [null],
      },
    ],
  },
};

const motto: Rule = {
  meta: {
    id: "header/motto",
    category: "header",
    severity: "error",
    source: "[PL1 II.1b]",
    fix: "text",
    profiles: ["nha-nuoc"],
    description: {
      vi: "Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”: đúng chữ, viết hoa chữ cái đầu của mỗi cụm từ",
      en: "The motto “Độc lập - Tự do - Hạnh phúc”, each phrase with an initial capital only",
    },
    messages: {
      missing: {
        vi: "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” dưới Quốc hiệu",
        en: "The motto “Độc lập - Tự do - Hạnh phúc” is missing under the national name",
      },
      capitals: {
        vi: "Tiêu ngữ viết sai chữ hoa: “{actual}”; chỉ viết hoa chữ cái đầu của mỗi cụm từ: “Độc lập - Tự do - Hạnh phúc”",
        en: "Wrong capitals in the motto: “{actual}”; only each phrase starts with a capital: “Độc lập - Tự do - Hạnh phúc”",
      },
      misspelt: {
        vi: "Tiêu ngữ viết chưa đúng: “{actual}”; ghi đúng là “Độc lập - Tự do - Hạnh phúc”",
        en: "The motto is not written exactly: “{actual}”; it reads “Độc lập - Tự do - Hạnh phúc”",
      },
    },
  },
  check({ snapshot, components }, report) {
    if (!hasHeader(components)) return NO_HEADER;
    if (components.copyForm) return COPY;
    const span = components.motto;
    if (!span) {
      const near = nearMiss(headerLines(snapshot, components), MOTTO);
      if (near) {
        report({
          messageId: "misspelt",
          ...exactTextFix(snapshot, near, MOTTO),
          data: { actual: near.text },
        });
      } else if (!components.partyTitle) report({ messageId: "missing", paragraph: null });
      return;
    }
    const view = lineView(snapshot, span);
    const found = words(view);
    const wrong = found.filter((word, i) => word.text !== MOTTO_WORDS[i]);
    if (found.length !== MOTTO_WORDS.length || wrong.length === 0) return;
    // One fix over the wrong words; what lies between them (hyphens, U+2011 included) is kept as typed.
    const first = (wrong[0] as (typeof found)[number]).start;
    const last = (wrong[wrong.length - 1] as (typeof found)[number]).end;
    let replacement = "";
    for (let offset = first; offset < last;) {
      const index = found.findIndex((word) => word.start === offset);
      if (index >= 0) {
        replacement += MOTTO_WORDS[index] as string;
        offset = (found[index] as (typeof found)[number]).end;
      } else replacement += originalAt(snapshot, view, offset++);
    }
    const { from, to } = trimmed(view);
    report({
      messageId: "capitals",
      ...at(view, from, to),
      data: { actual: span.text },
      ...withFix(textFix(view, first, last, replacement)),
    });
  },
  examples: {
    valid: [
      { name: "Độc lập - Tự do - Hạnh phúc", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "typed with non-breaking hyphens (U+2011), as the QĐ 1883 draft",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập \u2011 Tự do \u2011 Hạnh phúc" } })
          .snapshot,
        findings: [],
      },
      {
        name: "hyphen spacing is the motto-hyphens rule's finding",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập-Tự do-Hạnh phúc" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Hạnh Phúc, as two signed Sở NN&MT letters",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập - Tự do - Hạnh Phúc" } }).snapshot,
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "Độc Lập - Tự Do in a letter",
        snapshot: sample(
          "nha-nuoc",
          { motto: { text: "Độc Lập - Tự Do - Hạnh phúc" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "motto", "letter")],
      },
      {
        name: "all capitals",
        snapshot: sample("nha-nuoc", { motto: { text: "ĐỘC LẬP - TỰ DO - HẠNH PHÚC" } }).snapshot,
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "without hyphens",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập Tự do Hạnh phúc" } }).snapshot,
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "left out",
        snapshot: sample("nha-nuoc", { motto: { text: "" } }).snapshot,
        findings: [null],
      },
    ],
  },
};

const mottoHyphens: Rule = {
  meta: {
    id: "header/motto-hyphens",
    category: "header",
    severity: "error",
    source: "[PL1 II.1b]",
    fix: "text",
    profiles: ["nha-nuoc"],
    description: {
      vi: "Các cụm từ của Tiêu ngữ nối bằng gạch nối (-), có cách chữ hai bên",
      en: "The motto's phrases are joined by a hyphen with a space on each side",
    },
    messages: {
      spaces: {
        vi: "Gạch nối trong Tiêu ngữ phải có cách chữ hai bên: “{actual}”",
        en: "The motto's hyphens need a space on each side: “{actual}”",
      },
      dash: {
        vi: "Tiêu ngữ nối các cụm từ bằng dấu “{dash}”; dùng gạch nối (-) có cách chữ hai bên",
        en: "The motto joins its phrases with “{dash}”; use a hyphen (-) with a space on each side",
      },
    },
  },
  check({ snapshot, components }, report) {
    const span = components.motto;
    if (!span) return notFound({ vi: "không tìm thấy Tiêu ngữ", en: "no motto found" });
    const view = lineView(snapshot, span);
    const found = words(view);
    if (found.length !== MOTTO_WORDS.length) return;
    // The joins are between "lập" and "Tự", and between "do" and "Hạnh"; U+2011 already reads as "-" (§0).
    for (const [left, right] of [
      [1, 2],
      [3, 4],
    ] as const) {
      const from = (found[left] as (typeof found)[number]).end;
      const to = (found[right] as (typeof found)[number]).start;
      const join = /^( *)([-–—])( *)$/.exec(view.text.slice(from, to));
      if (!join) continue;
      const dash = join[2] as string;
      if (dash !== "-") {
        report({
          messageId: "dash",
          severity: "warning",
          ...at(view, from, to),
          data: { dash },
          ...withFix(textFix(view, from, to, " - ")),
        });
      } else if (join[1] === "" || join[3] === "") {
        const hyphen = originalAt(snapshot, view, from + (join[1] as string).length);
        report({
          messageId: "spaces",
          ...at(view, from, to),
          data: { actual: span.text },
          ...withFix(textFix(view, from, to, ` ${hyphen} `)),
        });
      }
    }
  },
  examples: {
    valid: [
      { name: "spaced hyphens", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "non-breaking hyphens (U+2011) are hyphens",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập \u2011 Tự do \u2011 Hạnh phúc" } })
          .snapshot,
        findings: [],
      },
      {
        name: "non-breaking spaces count as spaces",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập\u00a0- Tự do -\u00a0Hạnh phúc" } })
          .snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no spaces",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập-Tự do-Hạnh phúc" } }).snapshot,
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "non-breaking hyphen without spaces",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập\u2011Tự do - Hạnh phúc" } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "en dashes",
        snapshot: sample("nha-nuoc", { motto: { text: "Độc lập – Tự do – Hạnh phúc" } }).snapshot,
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "em dash in a letter",
        snapshot: sample(
          "nha-nuoc",
          { motto: { text: "Độc lập — Tự do - Hạnh phúc" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "motto", "letter")],
      },
    ],
  },
};

/** True when a solid line follows the span: a border, an underline, a drawn line, or a typed line in the next line or paragraph. */
function lineUnder(snapshot: Snapshot, span: Span): boolean {
  const paragraph = snapshot.paragraphs[span.paragraph];
  if (!paragraph) return false;
  if (paragraph.border.bottom) return true;
  if (drawnLinesNear(snapshot, span).length > 0) return true;
  const runs = paragraph.runs.filter(
    (run) =>
      run.start < span.end && run.start + run.text.length > span.start && run.text.trim() !== ""
  );
  if (runs.length > 0 && runs.every((run) => run.underline)) return true;
  const after = paragraph.text
    .slice(span.end)
    .split(/[\n\v]/)
    .map(matchText)
    .filter(Boolean);
  if (after.length > 0) return TYPED_LINE.test(after[0] as string);
  // The next paragraphs of the same cell (or outside tables): an empty one with a top border, or a typed line.
  const sameCell = (index: number) => {
    const next = snapshot.paragraphs[index]?.cell;
    const here = paragraph.cell;
    return next && here
      ? next.table === here.table && next.row === here.row && next.column === here.column
      : !next && !here;
  };
  for (let index = span.paragraph + 1; index <= span.paragraph + 2 && sameCell(index); index++) {
    const next = snapshot.paragraphs[index];
    if (!next) break;
    if (next.border.top) return true;
    const text = matchText(next.text);
    if (text !== "") return TYPED_LINE.test(text.split(" ")[0] ?? "");
  }
  return false;
}

const PART_NAMES: Readonly<Record<string, Message>> = {
  partyTitle: { vi: "tiêu đề", en: "the Party title" },
  motto: { vi: "Tiêu ngữ", en: "the motto" },
  issuer: { vi: "tên cơ quan ban hành", en: "the issuer" },
  summary: { vi: "trích yếu", en: "the subject line" },
};

const NO_VISIBLE_LINE = notFound({
  vi: "không thấy đường kẻ nào ở phần đầu (gạch chân, đường viền hay hình vẽ đường kẻ); có thể đường kẻ nằm trong ảnh hoặc khung mà công cụ chưa đọc",
  en: "no header line found (underline, border or drawn line); the lines may be in a picture or frame the checker does not read",
});

const lines: Rule = {
  meta: {
    id: "header/lines",
    category: "header",
    severity: "info",
    source: "[H36-1.1][PL1 II.1b][PL1 II.2][PL1 II.5a]",
    description: {
      vi: "Đường kẻ liền dưới tiêu đề (Đảng), dưới Tiêu ngữ, tên cơ quan ban hành và trích yếu (nhà nước)",
      en: "Solid lines under the Party title, or under the motto, the issuer and the subject line (State)",
    },
    messages: {
      missing: {
        vi: "Không thấy đường kẻ dưới {parts} (không có gạch chân, đường viền hay hình vẽ đường kẻ), trong khi phần đầu có các đường kẻ khác",
        en: "No line found under {partsEn} (no underline, border or drawn line), though the header has its other lines",
      },
    },
  },
  check({ snapshot, profile, components }, report) {
    const wanted: [string, Span | undefined][] =
      profile.regime === "party"
        ? [["partyTitle", components.partyTitle]]
        : [
            ["motto", components.motto],
            ["issuer", components.issuer[components.issuer.length - 1]],
            [
              "summary",
              components.documentTypeLine
                ? components.summary[components.summary.length - 1]
                : undefined,
            ],
          ];
    const present = wanted.filter((entry): entry is [string, Span] => entry[1] !== undefined);
    if (present.length === 0) return NO_HEADER;
    const missing = present.filter(([, span]) => !lineUnder(snapshot, span));
    if (missing.length === 0) return;
    // Word users mostly draw these lines as shapes, which the snapshot does not carry: with no line visible at all,
    // say nothing rather than report every one; a line missing beside visible ones is worth a note.
    if (missing.length === present.length) return NO_VISIBLE_LINE;
    const names = missing.map(([key]) => PART_NAMES[key] as Message);
    const first = (missing[0] as [string, Span])[1];
    report({
      messageId: "missing",
      ...where(first),
      data: {
        parts: names.map((n) => n.vi).join(", "),
        partsEn: names.map((n) => n.en).join(", "),
      },
    });
  },
  examples: {
    valid: [
      {
        name: "Party: border under the title",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "State: borders under motto, issuer, subject",
        snapshot: sample("nha-nuoc").snapshot,
        findings: [],
      },
      {
        name: "State letter",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "a typed line of dashes under the motto",
        snapshot: sample("nha-nuoc", {
          motto: { text: "Độc lập - Tự do - Hạnh phúc\n----------------" },
        }).snapshot,
        findings: [],
      },
      {
        name: "no line visible at all (drawn as shapes): not judged",
        snapshot: sample("nha-nuoc", {
          mottoLine: { borderTop: false },
          issuerLine: { borderTop: false },
          summaryLine: { borderTop: false },
        }).snapshot,
        findings: [],
      },
      {
        name: "Party: no line under the title (perhaps a shape): not judged",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { partyTitleLine: { borderTop: false } }).snapshot,
        findings: [],
      },
      {
        name: "an underlined motto",
        snapshot: sample("nha-nuoc", {
          motto: { underline: true },
          mottoLine: { borderTop: false },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no line under the motto",
        snapshot: sample("nha-nuoc", { mottoLine: { borderTop: false } }).snapshot,
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "no lines under motto and issuer: one note",
        snapshot: sample("nha-nuoc", {
          mottoLine: { borderTop: false },
          issuerLine: { borderTop: false },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "motto")],
      },
      {
        name: "no line under the subject, lines under the motto and issuer (Chỉ thị 07/CT-TTg)",
        snapshot: sample("nha-nuoc", { summaryLine: { borderTop: false } }).snapshot,
        findings: [indexOf("nha-nuoc", "summary")],
      },
    ],
  },
};

const star: Rule = {
  meta: {
    id: "header/star",
    category: "header",
    severity: "error",
    source: "[H36-PL3][PL1 II.2]",
    fix: "text",
    description: {
      vi: "Văn bản của Đảng có dấu “*” dưới tên cơ quan ban hành; văn bản nhà nước dùng đường kẻ, không dùng “*”",
      en: "Party documents put “*” under the issuer; State documents a line, never “*”",
    },
    messages: {
      missing: {
        vi: "Thiếu dấu “*” dưới tên cơ quan ban hành",
        en: "The “*” under the issuer is missing",
      },
      typedLine: {
        vi: "Văn bản của Đảng dùng dấu “*” dưới tên cơ quan ban hành, không dùng đường kẻ “{actual}”",
        en: "Party documents put “*” under the issuer, not the line “{actual}”",
      },
      misplaced: {
        vi: "Dấu “*” phải ở dưới tên cơ quan ban hành, đang ở dưới “{above}”",
        en: "The “*” belongs under the issuer; it stands under “{above}”",
      },
      stateStar: {
        vi: "Văn bản nhà nước không dùng dấu “*”; dưới tên cơ quan ban hành là đường kẻ liền",
        en: "State documents use no “*”; a solid line goes under the issuer",
      },
    },
  },
  check({ snapshot, profile, components }, report) {
    if (!hasHeader(components)) return NO_HEADER;
    if (profile.regime === "state") {
      if (components.star) report({ messageId: "stateStar", ...where(components.star) });
      return;
    }
    if (components.star) return;
    const issuer = components.issuer[components.issuer.length - 1];
    if (!issuer) {
      report({ messageId: "missing", paragraph: null });
      return;
    }
    const lines = headerLines(snapshot, components);
    // A "*" that is there, but under something else (the number), is misplaced, not missing [REAL].
    const elsewhere = lines.find((line) => line.text === "*");
    if (elsewhere) {
      const above = lines[lines.indexOf(elsewhere) - 1];
      report({
        messageId: "misplaced",
        ...where(elsewhere),
        data: { above: above === components.number ? "số, ký hiệu" : (above?.text ?? "") },
      });
      return;
    }
    // Web copies of Party texts show "-----" where the "*" belongs (conventions §3.2).
    const after = lines.slice(lines.indexOf(issuer) + 1);
    const typed = after.find(
      (line, i) => TYPED_LINE.test(line.text) && i < 2 && line !== components.number
    );
    if (typed) {
      const view = lineView(snapshot, typed);
      const { from, to } = trimmed(view);
      report({
        messageId: "typedLine",
        ...at(view, from, to),
        data: { actual: typed.text },
        ...withFix(textFix(view, from, to, "*")),
      });
      return;
    }
    report({ messageId: "missing", ...where(issuer) });
  },
  examples: {
    valid: [
      {
        name: "Party with *",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      { name: "State without *", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party letter",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {}, undefined, "letter").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Party without *",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { star: { text: "" } }).snapshot,
        findings: [indexOf("dang-2018", "issuer")],
      },
      {
        name: "Party with a typed line instead of *",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { star: { text: "-----" } }).snapshot,
        findings: [indexOf("dang-2026", "star")],
      },
      {
        name: "State with *",
        snapshot: sample("nha-nuoc", { issuerLine: { text: "*", borderTop: false } }).snapshot,
        findings: [indexOf("nha-nuoc", "issuerLine")],
      },
    ],
  },
};

const issuer: Rule = {
  meta: {
    id: "header/issuer",
    category: "header",
    severity: "error",
    source: "[H36-PL3][PL1 II.2]",
    description: {
      vi: "Tên cơ quan ban hành ở góc trái phần đầu văn bản",
      en: "The issuing body at the top left of the header",
    },
    messages: {
      missing: {
        vi: "Không tìm thấy tên cơ quan ban hành ở góc trái phần đầu văn bản, trên số, ký hiệu",
        en: "No issuing body found at the top left of the header, above the number",
      },
    },
  },
  check({ components }, report) {
    if (!hasHeader(components)) return NO_HEADER;
    if (components.issuer.length === 0) report({ messageId: "missing", paragraph: null });
  },
  examples: {
    valid: [
      {
        name: "Party issuer",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      { name: "State issuer", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "State issuer without a superior body",
        snapshot: sample("nha-nuoc", { superior: { text: "" } }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State: no issuer",
        snapshot: sample("nha-nuoc", { superior: { text: "" }, issuer: { text: "" } }).snapshot,
        findings: [null],
      },
      {
        name: "Party: no issuer",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { superior: { text: "" }, issuer: { text: "" } }).snapshot,
        findings: [null],
      },
    ],
  },
};

const regimeMix: Rule = {
  meta: {
    id: "header/regime-mix",
    category: "header",
    severity: "error",
    source: "[H36-1.1][PL1 II.1a]",
    description: {
      vi: "Phần đầu đúng hệ thống văn bản: Đảng dùng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, nhà nước dùng Quốc hiệu và Tiêu ngữ",
      en: "The header of the right regime: the Party title for Party documents, the national name and motto for State ones",
    },
    messages: {
      stateInParty: {
        vi: "Văn bản của Đảng dùng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, không dùng Quốc hiệu, Tiêu ngữ: “{actual}”",
        en: "Party documents carry the Party title, not the national name or motto: “{actual}”",
      },
      partyInState: {
        vi: "Văn bản nhà nước dùng Quốc hiệu và Tiêu ngữ, không dùng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
        en: "State documents carry the national name and motto, not the Party title",
      },
    },
  },
  check({ profile, components }, report) {
    if (!hasHeader(components)) return NO_HEADER;
    if (profile.regime === "party") {
      for (const span of [components.nationalName, components.motto]) {
        if (span)
          report({ messageId: "stateInParty", ...where(span), data: { actual: span.text } });
      }
    } else if (components.partyTitle)
      report({ messageId: "partyInState", ...where(components.partyTitle) });
  },
  examples: {
    valid: [
      {
        name: "Party header",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      { name: "State header", snapshot: sample("nha-nuoc").snapshot, findings: [] },
    ],
    invalid: [
      {
        name: "a State document checked as Party",
        profile: "dang-2026",
        snapshot: sample("nha-nuoc").snapshot,
        findings: [indexOf("nha-nuoc", "nationalName"), indexOf("nha-nuoc", "motto")],
      },
      {
        name: "a Party document checked as State",
        profile: "nha-nuoc",
        snapshot: sample("dang-2018").snapshot,
        findings: [indexOf("dang-2018", "partyTitle")],
      },
    ],
  },
};

export const headerRules: readonly Rule[] = [
  title,
  motto,
  mottoHyphens,
  lines,
  star,
  issuer,
  regimeMix,
];
