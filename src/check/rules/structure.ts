// Structure: the outline's numbering, Kính gửi (ô 9a), căn cứ, and the parts each document must have [PL1 II.6][PL1 II.9a].

import { typeStructure } from "../../conventions";
import type { Snapshot } from "../../ooxml/snapshot";
import { matchText } from "../../text/normalize";
import type { Components, Heading } from "../components";
import {
  ANNEX_FILE,
  endingFix,
  endingOf,
  notFound,
  originalOf,
  paragraphSpan,
  shareOf,
  visibleStart,
  where,
  wholeParagraph,
  paragraphText,
} from "../lines";
import { indexOf, sample } from "../samples";
import { textPass } from "../text-pass";
import type { CheckContext, Fix, Rule } from "../types";

/**
 * The căn cứ format is set for documents issued on a căn cứ (quyết định, nghị quyết, quy chế …) [PL1 II.6a]; a kế
 * hoạch, báo cáo or tờ trình that opens with "Căn cứ …" lines has no rule of its own, so its lines are judged by
 * the same format but only warned about.
 */
function basisLevel({ documentType, profile }: CheckContext): { severity?: "warning" } {
  if (profile.regime === "party") return { severity: "warning" };
  return documentType && !typeStructure(documentType.slug, profile.regime).basis
    ? { severity: "warning" }
    : {};
}

/** Vietnamese điểm letters, in order (conventions 3.10): đ follows d, and there is no f, j, w or z. */
const LETTERS = "abcdđeghiklmnopqrstuvxy";

/** Higher levels reset the numbering of lower ones; Chương and Điều run through the whole document. */
const RANK: Readonly<Record<Heading["kind"], number>> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  roman: 4,
  arabic: 5,
  letter: 6,
};
const CONTINUOUS: ReadonlySet<Heading["kind"]> = new Set(["chapter", "article"]);
const RANKS = Object.entries(RANK) as [Heading["kind"], number][];

const NUMERALS: readonly (readonly [number, string])[] = [
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(value: number): string {
  let rest = value;
  let text = "";
  for (const [size, numeral] of NUMERALS) {
    while (rest >= size) {
      text += numeral;
      rest -= size;
    }
  }
  return text;
}

/** How a heading number is written: "II.", "3.", "b)", "Điều 4", "Chương II", "Mục 2". */
function labelOf(kind: Heading["kind"], value: number, delimiter = "."): string {
  switch (kind) {
    case "roman":
      return `${roman(value)}${delimiter}`;
    case "arabic":
      return `${value}${delimiter}`;
    case "letter":
      return `${LETTERS.charAt(value - 1)})`;
    case "article":
      return `Điều ${value}`;
    case "chapter":
      return `Chương ${roman(value)}`;
    case "part":
      return `Phần ${roman(value)}`;
    case "section":
      return `Mục ${value}`;
  }
}

const OPENING_QUOTE = /^["“«‘']/u;
const CLOSING_QUOTE = /["”»’]/u;
const RANGE_START = /^\S+\s*[-.]\s*\d/u;
const C_OR_L = /^[CL]$/u;

const OWN_HEADINGS = new WeakMap<Snapshot, Heading[]>();

/**
 * The headings that number the document's own outline: not those of legal text it quotes (a công văn quoting "Điều 56."
 * and its clauses [REAL CV-597]) — paragraphs inside quotation marks or set in italics — nor an accidental "C." or "L.".
 * Found once per snapshot for the two outline rules.
 */
function ownHeadings(snapshot: Snapshot, components: Components): Heading[] {
  const cached = OWN_HEADINGS.get(snapshot);
  if (cached) return cached;
  const found = findOwnHeadings(snapshot, components);
  OWN_HEADINGS.set(snapshot, found);
  return found;
}

function findOwnHeadings(snapshot: Snapshot, components: Components): Heading[] {
  const quoted = new Set<number>();
  let inQuote = false;
  const pass = textPass(snapshot);
  for (const index of components.body) {
    const text = pass.matchText(index);
    if (inQuote) {
      quoted.add(index);
      if (CLOSING_QUOTE.test(text)) inQuote = false;
    } else if (OPENING_QUOTE.test(text)) {
      quoted.add(index);
      inQuote = !CLOSING_QUOTE.test(text.slice(1));
    }
  }
  // A loop, not filter with a closure: a closure made per check loses its optimised code at each collection.
  const own: Heading[] = [];
  for (const heading of components.headings)
    if (
      !quoted.has(heading.paragraph) &&
      // "10 - 15 ngày …", "2 - 3 lần …": a range, not a heading.
      !(
        (heading.kind === "arabic" || heading.kind === "roman") &&
        RANGE_START.test(pass.matchText(heading.paragraph))
      ) &&
      shareOf(snapshot, paragraphSpan(snapshot, heading.paragraph), "italic") < 0.5 &&
      !(heading.kind === "roman" && C_OR_L.test(heading.label))
    )
      own.push(heading);
  return own;
}

const NO_HEADINGS = notFound({ vi: "văn bản không có đề mục đánh số", en: "no numbered headings" });

const sequence: Rule = {
  meta: {
    id: "structure/outline-sequence",
    category: "structure",
    severity: "warning",
    source: "[BCUC][GH-QG][RULEBOOK D11]",
    description: {
      vi: "Số thứ tự các phần, mục, điều, khoản, điểm liên tục, không lặp; mục con đánh số lại từ đầu trong mỗi mục lớn",
      en: "Outline numbers run without gaps or repeats, and restart under each parent",
    },
    messages: {
      gap: {
        vi: "Số thứ tự “{label}” không liền mạch: sau “{previous}” phải là “{expected}”",
        en: "“{label}” skips a number: after “{previous}” comes “{expected}”",
      },
      firstGap: {
        vi: "Số thứ tự “{label}” không liền mạch: mục con đầu tiên của “{parent}” phải là “{expected}”",
        en: "“{label}” skips a number: the first item under “{parent}” is “{expected}”",
      },
      repeat: {
        vi: "Số thứ tự “{label}” bị lặp hoặc lùi: sau “{previous}” phải là “{expected}”",
        en: "“{label}” repeats or goes back: after “{previous}” comes “{expected}”",
      },
    },
  },
  check({ snapshot, components }, report) {
    const headings = ownHeadings(snapshot, components);
    if (headings.length === 0) return NO_HEADINGS;
    // A level is checked once it has started at 1 somewhere: a stray "3." in running text does not open a sequence.
    const started = new Set<Heading["kind"]>();
    const last = new Map<Heading["kind"], Heading>();
    let parent: Heading | undefined;
    for (const heading of headings) {
      const { kind, value } = heading;
      for (const [other, rank] of RANKS) {
        if (rank > RANK[kind] && !CONTINUOUS.has(other)) last.delete(other);
      }
      const previous = last.get(kind);
      if (!started.has(kind)) {
        if (value === 1) started.add(kind);
      } else {
        const expected = (previous?.value ?? 0) + 1;
        // The labels are written only for a heading reported: most are in sequence.
        const data = () => ({
          label: labelOf(kind, value, heading.delimiter),
          expected: labelOf(kind, expected, heading.delimiter),
          previous: previous ? labelOf(kind, previous.value, previous.delimiter) : "",
          parent: parent ? labelOf(parent.kind, parent.value, parent.delimiter) : "",
        });
        // A list that restarts at 1 without a new parent is common under unnumbered subheadings: not reported.
        if (value > expected)
          report({
            messageId: previous || !parent ? "gap" : "firstGap",
            paragraph: heading.paragraph,
            data: data(),
          });
        else if (value < expected && value !== 1)
          report({ messageId: "repeat", paragraph: heading.paragraph, data: data() });
      }
      last.set(kind, heading);
      if (kind !== "letter") parent = heading;
    }
  },
  examples: {
    valid: [
      {
        name: "Party I.–III. with 1., 2.",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      { name: "State Điều 1–3", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "1. restarts under a new I.",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph1: { text: "1. Về kiểm điểm giữa nhiệm kỳ." },
          paragraph2: { text: "1. Về công tác kiểm tra." },
        }).snapshot,
        findings: [],
      },
      {
        name: "clauses of a quoted law are not the letter's outline",
        snapshot: sample(
          "nha-nuoc",
          {
            paragraph1: {
              text: "“3. Trường hợp các văn bản có quy định khác nhau thì áp dụng văn bản có hiệu lực cao hơn.",
            },
            paragraph2: { text: "5. Việc áp dụng văn bản không được cản trở điều ước quốc tế.”" },
          },
          undefined,
          "letter"
        ).snapshot,
        findings: [],
      },
      {
        name: "an italic quoted clause",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph2: {
            text: "4. Hàng hóa quy định tại khoản 2 Điều này phải chịu sự giám sát.",
            italic: true,
          },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "2. skipped",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          item2: { text: "3. Ban Thường vụ Thị ủy có trách nhiệm thực hiện." },
        }).snapshot,
        findings: [indexOf("dang-2018", "item2")],
      },
      {
        name: "II. repeated",
        profile: "dang-2026",
        snapshot: sample("dang-2026", { heading3: { text: "II. TỔ CHỨC THỰC HIỆN" } }).snapshot,
        findings: [indexOf("dang-2026", "heading3")],
      },
      {
        name: "Điều 2 skipped, then Điều 3 repeated",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký." },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article2"), indexOf("nha-nuoc", "article3")],
      },
      {
        name: "the numbering under II. starts at 2.",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph1: { text: "1. Về kiểm điểm giữa nhiệm kỳ." },
          paragraph2: { text: "2. Về công tác kiểm tra." },
        }).snapshot,
        findings: [indexOf("dang-2018", "paragraph2")],
      },
    ],
  },
};

/** Where the delimiter after a heading's number sits in the paragraph's original text, with the spaces before it. */
function delimiterAt(snapshot: Snapshot, heading: Heading): { start: number; end: number } | null {
  const text = paragraphText(snapshot, heading.paragraph);
  const number = heading.kind === "article" ? String.raw`Điều[\s\u00a0]+\d+` : heading.label;
  const match = new RegExp(
    String.raw`^[\s\u00a0]*${number}([\s\u00a0]*[.:\-\u2011\u001e])`,
    "u"
  ).exec(text);
  if (!match?.[1]) return null;
  const end = match[0].length;
  return { start: end - match[1].length, end };
}

const DELIMITED: readonly Heading["kind"][] = ["roman", "arabic"];

const delimiter: Rule = {
  meta: {
    id: "structure/outline-delimiter",
    category: "structure",
    severity: "warning",
    source: "[GH-QG][RULEBOOK D3]",
    fix: "text",
    description: {
      vi: "Mỗi cấp đề mục dùng một kiểu dấu sau số trong cả văn bản (I. hoặc I-); “Điều 1.” dùng dấu chấm",
      en: "One delimiter per outline level throughout (I. or I-); “Điều 1.” takes a full stop",
    },
    messages: {
      mixed: {
        vi: "Đề mục “{label}” dùng dấu “{actual}”, các đề mục cùng cấp dùng “{dominant}”",
        en: "Heading “{label}” uses “{actual}” while the others of its level use “{dominant}”",
      },
      article: {
        vi: "Sau số điều dùng dấu chấm: “Điều {number}.”, không dùng dấu hai chấm",
        en: "An article number takes a full stop: “Điều {number}.”, not a colon",
      },
    },
  },
  check({ snapshot, components }, report) {
    const headings = ownHeadings(snapshot, components);
    if (headings.length === 0) return NO_HEADINGS;
    const fixTo = (heading: Heading, replacement: string): { fix?: Fix } => {
      const at = delimiterAt(snapshot, heading);
      return at ? { fix: { kind: "text", paragraph: heading.paragraph, ...at, replacement } } : {};
    };
    for (const heading of headings) {
      if (heading.kind === "article" && heading.delimiter === ":") {
        report({
          messageId: "article",
          paragraph: heading.paragraph,
          data: { number: heading.label },
          ...fixTo(heading, "."),
        });
      }
    }
    for (const kind of DELIMITED) {
      const level = headings.filter((heading) => heading.kind === kind);
      const dots = level.filter((heading) => heading.delimiter === ".").length;
      // The dominant form wins; on a tie the generated form "." (D3).
      const dominant = dots * 2 >= level.length ? "." : "-";
      for (const heading of level) {
        if (heading.delimiter === dominant) continue;
        report({
          messageId: "mixed",
          paragraph: heading.paragraph,
          data: {
            label: `${heading.label}${heading.delimiter}`,
            actual: heading.delimiter,
            dominant,
          },
          ...fixTo(heading, dominant),
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: "I. II. III. and 1. 2.",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "I- II- III- throughout (QĐ66, HD36 style)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          heading1: { text: "I- Về kiểm điểm sự lãnh đạo, chỉ đạo" },
          heading2: { text: "II- Về công tác kiểm tra, giám sát" },
          heading3: { text: "III- TỔ CHỨC THỰC HIỆN" },
        }).snapshot,
        findings: [],
      },
      { name: "Điều 1. 2. 3.", snapshot: sample("nha-nuoc").snapshot, findings: [] },
    ],
    invalid: [
      {
        name: "II- among I. and III.",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { heading2: { text: "II- Về công tác kiểm tra, giám sát" } })
          .snapshot,
        findings: [indexOf("dang-2018", "heading2")],
      },
      {
        name: "“Điều 1:” with a colon",
        snapshot: sample("nha-nuoc", {
          article1: { text: "Điều 1: Ban hành kèm theo Quyết định này Quy chế làm việc." },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article1")],
      },
      {
        name: "2- after 1.",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          item2: { text: "2- Ban Thường vụ Thị ủy có trách nhiệm thực hiện." },
        }).snapshot,
        findings: [indexOf("dang-2026", "item2")],
      },
    ],
  },
};

const KINH_GUI_WORDS = /kính[\s\u00a0]+(?:gửi|trình)/iu;
const DASH = /^[-–+•]/u;

const kinhGui: Rule = {
  meta: {
    id: "structure/kinh-gui",
    category: "structure",
    severity: "error",
    source: "[PL1 II.9a][HD05]",
    fix: "text",
    description: {
      vi: "“Kính gửi:” có dấu hai chấm; nhiều nơi nhận thì mỗi nơi một dòng, kết thúc bằng dấu chấm phẩy, nơi cuối cùng dấu chấm",
      en: "“Kính gửi:” takes a colon; several recipients go one per line ending “;”, the last ending “.”",
    },
    messages: {
      colon: {
        vi: "Sau “Kính gửi” phải có dấu hai chấm",
        en: "“Kính gửi” must be followed by a colon",
      },
      ending: {
        vi: "Dòng này trong phần “Kính gửi” kết thúc bằng “{actual}”; các dòng trước dòng cuối kết thúc bằng “{wanted}”",
        en: "This recipient line ends with “{actual}”; lines before the last end with “{wanted}”",
      },
      last: {
        vi: "Dòng cuối của phần “Kính gửi” thiếu dấu chấm cuối",
        en: "The last recipient lacks its closing full stop",
      },
    },
  },
  check({ snapshot, components, profile }, report) {
    const [label, ...rest] = components.kinhGui;
    if (!label) return notFound({ vi: "văn bản không có “Kính gửi”", en: "no “Kính gửi” line" });
    // The công điện's "… điện:" line stands where Kính gửi stands and already ends with its colon (mẫu 1.6).
    if (!/^kính (?:gửi|trình)\s*:/iu.test(label.text) && !/\sđiện:$/u.test(label.text)) {
      const match = KINH_GUI_WORDS.exec(originalOf(snapshot, label));
      const at = match ? label.start + match.index + match[0].length : -1;
      report({
        messageId: "colon",
        paragraph: label.paragraph,
        ...(match
          ? {
              fix: {
                kind: "text",
                paragraph: label.paragraph,
                start: at,
                end: at,
                replacement: ":",
              },
            }
          : {}),
      });
    }
    const items = rest.filter((span) => DASH.test(span.text));
    if (items.length < 2) return;
    // State: ";" between recipients [PL1 II.9a]; Party (secondary): ";" or "," as long as one is used (as D2 for Nơi nhận).
    const endings = items.slice(0, -1).map((span) => endingOf(span.text));
    const commas = endings.filter((ending) => ending === ",").length;
    const wanted = profile.regime === "party" && commas * 2 > endings.length ? "," : ";";
    items.forEach((span, i) => {
      const ending = endingOf(span.text);
      if (i === items.length - 1) {
        if (ending !== ".")
          report({
            messageId: "last",
            ...where(span),
            severity: "warning",
            fix: endingFix(snapshot, span, "."),
          });
      } else if (ending !== wanted) {
        report({
          messageId: "ending",
          ...where(span),
          severity: "warning",
          data: { actual: ending || "…", wanted },
          fix: endingFix(snapshot, span, wanted),
        });
      }
    });
  },
  examples: {
    valid: [
      {
        name: "State công văn, one recipient",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "Party công văn",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "three recipients, one per line",
        snapshot: sample(
          "nha-nuoc",
          {
            kinhGui: {
              text: "Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng;\n- Ủy ban nhân dân các xã, phường.",
            },
          },
          undefined,
          "letter"
        ).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no colon after Kính gửi",
        snapshot: sample(
          "nha-nuoc",
          { kinhGui: { text: "Kính gửi Sở Tài chính tỉnh Lào Cai." } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "kinhGui", "letter")],
      },
      {
        name: "the last recipient ends with “;”",
        snapshot: sample(
          "nha-nuoc",
          { kinhGui: { text: "Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng;" } },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("nha-nuoc", "kinhGui", "letter")],
      },
      {
        name: "mixed endings (Party)",
        profile: "dang-2018",
        snapshot: sample(
          "dang-2018",
          {
            kinhGui: {
              text: "Kính gửi:\n- Các đảng ủy trực thuộc;\n- Các chi bộ trực thuộc,\n- Các cơ quan tham mưu;\n- Văn phòng Thị ủy.",
            },
          },
          undefined,
          "letter"
        ).snapshot,
        findings: [indexOf("dang-2018", "kinhGui", "letter")],
      },
    ],
  },
};

const NO_BASIS = notFound({ vi: "văn bản không có phần căn cứ", en: "no basis lines" });

const canCu: Rule = {
  meta: {
    id: "structure/can-cu",
    category: "structure",
    severity: "error",
    source: "[PL1 II.6a][Q399]",
    fix: "text",
    description: {
      vi: "Mỗi căn cứ một dòng, kết thúc bằng dấu chấm phẩy; văn bản nhà nước: dòng cuối dấu chấm; văn bản của Đảng: mỗi dòng bắt đầu bằng “- ”",
      en: "One basis per line ending “;”; State: the last ends “.”; Party: each line starts with “- ”",
    },
    messages: {
      semicolon: {
        vi: "Căn cứ thiếu dấu chấm phẩy ở cuối",
        en: "The basis line lacks its closing semicolon",
      },
      stateLast: {
        vi: "Căn cứ cuối cùng thiếu dấu chấm ở cuối",
        en: "The last basis line lacks its closing full stop",
      },
      stateComma: {
        vi: "Căn cứ cuối cùng kết thúc bằng dấu phẩy (cách viết trước Nghị định 30/2020); thay bằng dấu chấm",
        en: "The last basis line ends with a comma (the pre-2020 habit); use a full stop",
      },
      partyLast: {
        vi: "Dòng căn cứ cuối của văn bản của Đảng chưa kết thúc bằng dấu phẩy (tiếp theo là câu ban hành)",
        en: "The last Party basis line does not end with a comma (the enacting sentence follows)",
      },
      partyDash: {
        vi: "Căn cứ trong văn bản của Đảng thiếu “- ” ở đầu",
        en: "The Party basis line does not start with “- ”",
      },
    },
  },
  check(context, report) {
    const { snapshot, components, profile } = context;
    const lines = components.canCu;
    if (lines.length === 0) return NO_BASIS;
    const party = profile.regime === "party";
    // Party rules come from real Party texts (Q399) and summaries: warnings.
    const level = basisLevel(context);
    lines.forEach((span, i) => {
      if (party && !/^-\s/u.test(span.text)) {
        const at = visibleStart(snapshot, span);
        report({
          messageId: "partyDash",
          ...where(span),
          ...level,
          fix: { kind: "text", paragraph: span.paragraph, start: at, end: at, replacement: "- " },
        });
      }
      const ending = endingOf(span.text);
      if (i < lines.length - 1) {
        if (ending !== ";")
          report({
            messageId: "semicolon",
            ...where(span),
            ...level,
            fix: endingFix(snapshot, span, ";"),
          });
      } else if (party) {
        if (ending === ";")
          report({
            messageId: "partyLast",
            ...where(span),
            ...level,
            fix: endingFix(snapshot, span, ","),
          });
      } else if (ending === ",")
        report({
          messageId: "stateComma",
          ...where(span),
          severity: "warning",
          fix: endingFix(snapshot, span, "."),
        });
      else if (ending !== ".")
        report({
          messageId: "stateLast",
          ...where(span),
          ...level,
          fix: endingFix(snapshot, span, "."),
        });
    });
  },
  examples: {
    valid: [
      { name: "State quyết định", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party “- Căn cứ …;” then “- Theo đề nghị …,”",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          opening: { text: "- Căn cứ Điều lệ Đảng;\n- Theo đề nghị của Văn phòng Thị ủy," },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "“Theo đề nghị …,” ends with a comma (State)",
        snapshot: sample("nha-nuoc", { basis2: { text: "Theo đề nghị của Chánh Văn phòng Sở," } })
          .snapshot,
        findings: [indexOf("nha-nuoc", "basis2")],
      },
      {
        name: "a basis line ends with a full stop",
        snapshot: sample("nha-nuoc", {
          basis1: { text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025." },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "basis1")],
      },
      {
        name: "Party basis without “- ”",
        profile: "dang-2026",
        snapshot: sample("dang-2026", {
          opening: { text: "Căn cứ Điều lệ Đảng;\n- Theo đề nghị của Văn phòng Thị ủy," },
        }).snapshot,
        findings: [indexOf("dang-2026", "opening")],
      },
    ],
  },
};

const canCuStyle: Rule = {
  meta: {
    id: "style/can-cu",
    category: "style",
    severity: "error",
    source: "[PL1 II.6a][Q399]",
    fix: "safe",
    description: {
      vi: "Căn cứ: văn bản nhà nước in nghiêng, văn bản của Đảng chữ đứng",
      en: "Basis lines: italic in State documents, upright in Party documents",
    },
    messages: {
      italic: { vi: "Căn cứ ban hành văn bản phải in nghiêng", en: "Basis lines must be italic" },
      upright: {
        vi: "Căn cứ trong văn bản của Đảng trình bày chữ đứng, không in nghiêng",
        en: "Party basis lines are upright, not italic",
      },
    },
  },
  check(context, report) {
    const { snapshot, components, profile } = context;
    const lines = components.canCu;
    if (lines.length === 0) return NO_BASIS;
    const party = profile.regime === "party";
    const level = basisLevel(context);
    const reported = new Set<number>();
    for (const span of lines) {
      const italic = shareOf(snapshot, span, "italic");
      // Mostly, not wholly: a defined short form or a quoted name inside the line may be set otherwise.
      const wrong = party ? italic > 0.5 : italic < 0.8;
      if (!wrong || reported.has(span.paragraph)) continue;
      reported.add(span.paragraph);
      // A paragraph-wide fix only where the paragraph holds nothing but căn cứ lines.
      const ownLines = lines
        .filter((other) => other.paragraph === span.paragraph)
        .map((other) => other.text);
      const fix =
        wholeParagraph(snapshot, span) ||
        matchText(paragraphText(snapshot, span.paragraph)) === ownLines.join(" ");
      report({
        messageId: party ? "upright" : "italic",
        paragraph: span.paragraph,
        ...level,
        ...(fix
          ? { fix: { kind: "format" as const, paragraph: span.paragraph, set: { italic: !party } } }
          : {}),
      });
    }
  },
  examples: {
    valid: [
      { name: "State căn cứ italic", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "Party căn cứ upright",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          opening: { text: "- Căn cứ Điều lệ Đảng;\n- Theo đề nghị của Văn phòng Thị ủy," },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "State căn cứ upright",
        snapshot: sample("nha-nuoc", { basis1: { italic: false } }).snapshot,
        findings: [indexOf("nha-nuoc", "basis1")],
      },
      {
        name: "Party căn cứ italic",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          opening: {
            text: "- Căn cứ Điều lệ Đảng;\n- Theo đề nghị của Văn phòng Thị ủy,",
            italic: true,
          },
        }).snapshot,
        findings: [indexOf("dang-2018", "opening")],
      },
    ],
  },
};

/** Types whose main reader is named in a Kính gửi line (conventions 3.7). */
const ADDRESSED = new Set(["cong-van", "to-trinh"]);
/** State types issued on the strength of căn cứ lines (Mẫu 1.4 of NĐ30 Phụ lục III). */
const BASED = new Set(["quyet-dinh"]);

const requiredParts: Rule = {
  meta: {
    id: "structure/required-parts",
    category: "structure",
    severity: "error",
    source: "[PL1 II.9b][PL1 II.9a][PL1 II.6a][H36-PL3]",
    description: {
      vi: "Văn bản có đủ thành phần: nơi nhận; Kính gửi (công văn, tờ trình); căn cứ (quyết định của cơ quan nhà nước)",
      en: "The document has its parts: Nơi nhận; Kính gửi (letters, submissions); căn cứ (State decisions)",
    },
    messages: {
      recipients: {
        vi: "Thiếu phần “Nơi nhận:”",
        en: "“Nơi nhận:” (distribution list) is missing",
      },
      kinhGui: { vi: "{type} thiếu dòng “Kính gửi:”", en: "The {typeEn} has no “Kính gửi:” line" },
      canCu: {
        vi: "Quyết định thiếu phần căn cứ ban hành",
        en: "The decision has no basis lines (căn cứ)",
      },
    },
  },
  check({ components, documentType, profile }, report) {
    if (components.annexFile) return ANNEX_FILE;
    // A document with no body yet (`thethuc new` output) is still being drafted; a copy's text is the original's.
    if (components.body.length === 0 && !components.copyForm)
      return notFound({ vi: "văn bản chưa có phần nội dung", en: "the document has no body yet" });
    // A text kèm theo a decision is sent with the decision: the Nơi nhận is the decision's.
    if (!components.recipientsLabel && !components.attachedTo)
      report({ messageId: "recipients", paragraph: null });
    if (documentType && ADDRESSED.has(documentType.slug) && components.kinhGui.length === 0) {
      report({
        messageId: "kinhGui",
        paragraph: null,
        severity: "warning",
        data: {
          type: documentType.name,
          typeEn: documentType.slug === "cong-van" ? "letter" : "submission",
        },
      });
    }
    if (
      profile.regime === "state" &&
      documentType &&
      BASED.has(documentType.slug) &&
      components.canCu.length === 0
    ) {
      report({ messageId: "canCu", paragraph: null, severity: "warning" });
    }
  },
  examples: {
    valid: [
      { name: "State quyết định", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "State công văn",
        snapshot: sample("nha-nuoc", {}, undefined, "letter").snapshot,
        findings: [],
      },
      {
        name: "Party kết luận",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "Party công văn",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {}, undefined, "letter").snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "no Nơi nhận (Party)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", { recipientsLabel: { text: "" } }).snapshot,
        findings: [null],
      },
      {
        name: "công văn without Kính gửi",
        snapshot: sample("nha-nuoc", { kinhGui: { text: "" } }, undefined, "letter").snapshot,
        findings: [null],
      },
      {
        name: "quyết định without căn cứ",
        snapshot: sample("nha-nuoc", { basis1: { text: "" }, basis2: { text: "" } }).snapshot,
        findings: [null],
      },
    ],
  },
};

export const structureRules: readonly Rule[] = [
  sequence,
  delimiter,
  kinhGui,
  canCu,
  canCuStyle,
  requiredParts,
];
