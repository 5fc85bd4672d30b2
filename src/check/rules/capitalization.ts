// Capitals NĐ 30 Phụ lục II asks for: Nhà nước, Nhân dân, Đảng where they name the institution (V.1, V.4), and the
// first letter of a sentence (I). The tiêu ngữ's capitals ("Hạnh Phúc") are header/motto's.

import type { ParagraphSnapshot, Snapshot } from "../../ooxml/snapshot";
import { codePointClass } from "../../text/code-point-class";
import { nextMatchNotAfter } from "../../text/matches-not-after";
import { matchText } from "../../text/normalize";
import { isSyllable } from "../../text/syllables";
import { headingOf } from "../components";
import { paragraphIsTidy } from "../lines";
import { indexOf, sample } from "../samples";
import type { CheckContext, Report, Rule } from "../types";

const LETTER = "\\p{L}\\p{M}";
const COMBINING = /[\u0300-\u036f]/;

/** The words, and their capitalised forms, that may open a sentence. */
function alternatives(words: readonly string[]): string {
  return words
    .flatMap((word) => [word, word.charAt(0).toLocaleUpperCase("vi") + word.slice(1)])
    .map((word) => word.replace(/ /g, "\\s+"))
    .join("|");
}

/** A text ends with one of the words and white space: the word just before a candidate. */
function endsWithWord(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^${LETTER}])(?:${alternatives(words)})\\s+$`, "u");
}

// Words after which "nhà nước" and "nhân dân" head a noun phrase: the State, the People, not a modifier as in
// "quản lý nhà nước", "doanh nghiệp nhà nước", "Ủy ban nhân dân" (Vietnamese modifiers follow their noun).
const FUNCTION_WORDS = [
  "của",
  "cho",
  "với",
  "được",
  "do",
  "bởi",
  "khi",
  "mà",
  "thì",
  "để",
  "từ",
  "giữa",
  "đến",
  "tới",
  "vì",
];
const STATE_BEFORE = endsWithWord(FUNCTION_WORDS);
const STATE_AFTER_PARTY = /[Đđ]ảng\s*(?:,|và)\s*$/u;
// "nhà nước" that is some state, not the Vietnamese one: "nhà nước phong kiến", "nhà nước pháp quyền" (Hiến pháp
// Điều 2 writes it in lower case as a predicate).
const GENERIC_STATE = new RegExp(
  `^\\s+(?:nước ngoài|phong kiến|thực dân|tư bản|tư sản|chủ nô|quân chủ|liên bang|thành viên|pháp quyền|kiểu mới|khác|đó|này|ấy|nào)(?![${LETTER}])`,
  "u"
);
const STATE_NAME = new RegExp(
  `^\\s+(?:Cộng\\s+(?:hòa|hoà)|CHXHCN|Việt\\s+Nam)(?![${LETTER}])`,
  "u"
);
const PEOPLE_BEFORE = endsWithWord([
  ...FUNCTION_WORDS,
  "và",
  "vận động",
  "phục vụ",
  "hướng dẫn",
  "hỗ trợ",
  "động viên",
  "giúp đỡ",
  "tập hợp",
  "tuyên truyền",
]);
const PEOPLE_AFTER_COMMA = /,\s*$/u;
// "Tòa án quân sự và nhân dân": an elided "Tòa án nhân dân", where "nhân dân" stays a modifier.
const PEOPLE_ELIDED = /quân sự\s*(?:,|và)\s*$/u;
const PARTY_BEFORE = endsWithWord([
  "của",
  "cho",
  "với",
  "trong",
  "vào",
  "ngoài",
  "xây dựng",
  "chỉnh đốn",
  "Điều lệ",
]);
// đảng viên, đảng bộ, đảng ủy, đảng phí … are compounds written in lower case (and "tổ chức đảng" stays too).
const PARTY_COMPOUND = new RegExp(
  `^\\s*(?:viên|ủy|uỷ|bộ|đoàn|phí|vụ|tịch|phái|kỳ|trưởng|cấp|sinh|cầm quyền|chính trị|đối lập|tư sản)(?![${LETTER}])`,
  "u"
);
const PARTY_WITH_STATE = /^\s*(?:,|và)\s*(?:Nhà nước|nhà nước)(?![\p{L}\p{M}])/u;
const PARTY_NAME = /^\s+Cộng\s+sản(?![\p{L}\p{M}])/u;
const NEXT_CAPITAL = /^\s+\p{Lu}/u;

// The look-behind of "(?<![letter or mark])" is tested in code (nextMatchNotAfter): in front of the pattern the engine
// tried it at every position of the paragraph before looking for the words.
const CANDIDATES = new RegExp(`(?:nhà nước|nhân dân|đảng)(?![${LETTER}])`, "gu");
const LETTERS_AND_MARKS = codePointClass(new RegExp(`^[${LETTER}]$`, "u"));
const MAYBE = /nhà nước|nhân dân|đảng/;
/** How much text before and after a candidate the patterns read. */
const WINDOW = 40;

type Institution = "state" | "people" | "party";

/** What a lower-case "nhà nước", "nhân dân" or "đảng" names here, when its surroundings leave no doubt. */
function institutionAt(text: string, start: number, word: string): Institution | null {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(start + word.length, start + word.length + WINDOW);
  if (word === "nhà nước") {
    if (GENERIC_STATE.test(after)) return null;
    return STATE_NAME.test(after) || STATE_BEFORE.test(before) || STATE_AFTER_PARTY.test(before)
      ? "state"
      : null;
  }
  if (word === "nhân dân") {
    if (PEOPLE_ELIDED.test(before)) return null;
    return PEOPLE_BEFORE.test(before) || PEOPLE_AFTER_COMMA.test(before) ? "people" : null;
  }
  if (PARTY_COMPOUND.test(after)) return null;
  if (PARTY_NAME.test(after) || PARTY_WITH_STATE.test(after)) return "party";
  // "của đảng Dân chủ": another party's name.
  if (NEXT_CAPITAL.test(after)) return null;
  return PARTY_BEFORE.test(before) ? "party" : null;
}

function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase("vi") + word.slice(1);
}

const institutions: Rule = {
  meta: {
    id: "capitalization/institutions",
    category: "capitalization",
    severity: "warning",
    source: "[PL2 V.1][PL2 V.4]",
    fix: "text",
    description: {
      vi: "Viết hoa Nhà nước, Nhân dân, Đảng khi chỉ cơ quan, tổ chức (“của Nhà nước”, “Đảng và Nhà nước”, “vận động Nhân dân”)",
      en: "Capital Nhà nước, Nhân dân, Đảng where they name the State, the People, the Party",
    },
    messages: {
      state: {
        vi: "“{word}” ở đây chỉ Nhà nước, phải viết hoa: “{fixed}” (chữ thường chỉ khi bổ nghĩa: “quản lý nhà nước”, “doanh nghiệp nhà nước”)",
        en: "“{word}” here names the State and takes a capital: “{fixed}” (lower case only as a modifier: “quản lý nhà nước”, “doanh nghiệp nhà nước”)",
      },
      people: {
        vi: "“{word}” ở đây chỉ Nhân dân, phải viết hoa: “{fixed}” (giữ chữ thường trong “Ủy ban nhân dân”, “Hội đồng nhân dân”)",
        en: "“{word}” here names the People and takes a capital: “{fixed}” (lower case stays in “Ủy ban nhân dân”, “Hội đồng nhân dân”)",
      },
      party: {
        vi: "“{word}” ở đây chỉ Đảng Cộng sản Việt Nam, phải viết hoa: “{fixed}” (giữ chữ thường trong “đảng viên”, “tổ chức đảng”)",
        en: "“{word}” here names the Communist Party of Vietnam and takes a capital: “{fixed}” (lower case stays in “đảng viên”, “tổ chức đảng”)",
      },
    },
  },
  check({ snapshot, components }, report) {
    const header = new Set(components.header);
    for (const paragraph of snapshot.paragraphs) {
      const text = paragraph.text;
      // Decomposed text is unicode/nfc's finding first; its offsets would not match these patterns.
      // A tidy paragraph (paragraphIsTidy, known for every paragraph) holds no combining mark.
      if (
        header.has(paragraph.index) ||
        !MAYBE.test(text) ||
        (!paragraphIsTidy(paragraph) && COMBINING.test(text))
      )
        continue;
      // By exec on the pattern: matchAll copies it for every paragraph.
      CANDIDATES.lastIndex = 0;
      for (
        let match = nextMatchNotAfter(CANDIDATES, text, LETTERS_AND_MARKS);
        match;
        match = nextMatchNotAfter(CANDIDATES, text, LETTERS_AND_MARKS)
      ) {
        const word = match[0];
        const kind = institutionAt(text, match.index, word);
        if (!kind) continue;
        const at = {
          paragraph: paragraph.index,
          start: match.index,
          end: match.index + word.length,
        };
        const fixed = capitalised(word);
        report({
          messageId: kind,
          ...at,
          data: { word, fixed },
          fix: { kind: "text", ...at, replacement: fixed },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: "Party sample (kỷ luật của Đảng, các đảng ủy)",
        profile: "dang-2018",
        snapshot: sample("dang-2018").snapshot,
        findings: [],
      },
      {
        name: "modifiers in lower case: quản lý nhà nước, doanh nghiệp nhà nước, Ủy ban nhân dân, đảng viên",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Cơ quan quản lý nhà nước, doanh nghiệp nhà nước, ngân sách nhà nước, Hội đồng nhân dân, Ủy ban nhân dân, Tòa án quân sự và nhân dân các cấp, cán bộ, đảng viên của đảng bộ thực hiện kể từ ngày ký.",
          },
        }).snapshot,
        findings: [],
      },
      {
        name: "a state in general: nhà nước phong kiến, là nhà nước pháp quyền",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Khác với nhà nước phong kiến, Nhà nước ta là nhà nước pháp quyền của Nhân dân kể từ ngày ký.",
          },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "Đảng và nhà nước, của nhà nước, vận động nhân dân",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Thực hiện chủ trương của Đảng và nhà nước, nghĩa vụ tài chính đối với nhà nước; vận động nhân dân kể từ ngày ký.",
          },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article2")],
      },
      {
        name: "sự lãnh đạo của đảng (Party)",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph2: {
            text: "Giao Ủy ban Kiểm tra Thị ủy tăng cường sự lãnh đạo của đảng đối với công tác kiểm tra, giám sát.",
          },
        }).snapshot,
        findings: [indexOf("dang-2018", "paragraph2")],
      },
    ],
  },
};

// List markers before the first word of a paragraph: "-", "+", "•", "1.", "1.2.", "a)", "(1)", "I.".
const MARKER =
  /^(?:[-–—+•*·]\s*|(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[IVXLC]+)[.)]\s+|\((?:\d{1,3}|[a-zđ])\)\s*)/u;
const QUOTE_OR_BRACKET = /^[“"'‘«([]/u;
const WORD = /^[\p{L}\p{M}]+/u;
// A word glued to what follows ("e-mail", "v.v", "m2", "km/h") is no sentence's first word.
const GLUED = /^[-./\d@_]/u;
const LOWER_START = /^\p{Ll}/u;
// A sentence end inside a paragraph: ". ? !" then space and a lower-case letter; not "…", "...", "./.". The look-behind
// follows the mark, so the engine looks for the mark first.
const SENTENCE_END = /[.?!](?<![.…/][.?!])\s+(?=\p{Ll})/gu;
const TOKEN_BEFORE = /([\p{L}\p{M}\d]+)$/u;
const HAS_DIGIT = /\d/u;
/** Abbreviations that end in a full stop without ending the sentence (compared in lower case). */
const ABBREVIATIONS = new Set(
  "tp tx tt tr ths ts pgs gs bs ks cn st vv nxb ng mr mrs ms dr no vd vs ltd co etc tel pp vol al".split(
    " "
  )
);
// A paragraph ending in a comma, or in a word and no heading, was cut mid-sentence: the next one runs on.
const COMMA_END = /,$/u;
const WORD_END = /[\p{L}\p{N}]$/u;
// Numbered headings the outline rules do not read as one: "1.2.", "7.4.3. Giải pháp thực hiện".
const SUBHEADING = /^\d{1,2}(?:\.\d{1,2})+\.?\s/u;

/** The paragraph continues a sentence cut by a paragraph break: the one before ends with "," or a word. */
function runsOn(snapshot: Snapshot, index: number): boolean {
  let previous: ParagraphSnapshot | undefined;
  for (let i = index - 1; i >= 0 && !previous; i--) {
    const candidate = snapshot.paragraphs[i] as ParagraphSnapshot;
    if (matchText(candidate.text) !== "") previous = candidate;
  }
  // After a table, a display line or at the start, a new sentence begins.
  if (!previous || previous.cell || previous.align === "center") return false;
  const text = matchText(previous.text);
  if (COMMA_END.test(text)) return true;
  if (!WORD_END.test(text)) return false;
  const heading =
    headingOf(previous.index, text) !== null ||
    SUBHEADING.test(text) ||
    text === text.toLocaleUpperCase("vi") ||
    (previous.runs.length > 0 && previous.runs.every((run) => run.bold || run.text.trim() === ""));
  return !heading;
}

/** Whether an offset lies inside quotation marks or brackets opened before it in the paragraph. */
function quotedAt(text: string, offset: number): boolean {
  let curly = 0;
  let straight = 0;
  let brackets = 0;
  for (let i = 0; i < offset; i++) {
    const char = text.charAt(i);
    if (char === "“") curly++;
    else if (char === "”") curly--;
    else if (char === '"') straight++;
    else if (char === "(") brackets++;
    else if (char === ")") brackets--;
  }
  return curly > 0 || straight % 2 === 1 || brackets > 0;
}

/** A lower-case Vietnamese word starting at `offset` that should take a capital, as a report with its fix. */
function lowerWordAt(
  text: string,
  paragraph: number,
  offset: number,
  messageId: string
): Report | null {
  const rest = text.slice(offset);
  if (!LOWER_START.test(rest)) return null;
  const word = WORD.exec(rest)?.[0];
  if (!word || GLUED.test(rest.slice(word.length)) || !isSyllable(word)) return null;
  const first = text.charAt(offset);
  const at = { paragraph, start: offset, end: offset + word.length };
  const fixed = first.toLocaleUpperCase("vi") + word.slice(first.length);
  return {
    messageId,
    ...at,
    data: { word, fixed },
    fix: {
      kind: "text",
      paragraph,
      start: offset,
      end: offset + first.length,
      replacement: first.toLocaleUpperCase("vi"),
    },
  };
}

/** Body paragraphs of running text: no centred display lines ("QUYẾT ĐỊNH:", "(Kèm theo …)"). */
function running({ snapshot, components }: CheckContext): ParagraphSnapshot[] {
  const found: ParagraphSnapshot[] = [];
  for (const index of components.body) {
    const paragraph = snapshot.paragraphs[index];
    if (paragraph && paragraph.align !== "center") found.push(paragraph);
  }
  return found;
}

const sentenceStart: Rule = {
  meta: {
    id: "capitalization/sentence-start",
    category: "capitalization",
    severity: "warning",
    source: "[PL2 I]",
    fix: "text",
    description: {
      vi: "Viết hoa chữ cái đầu câu: đầu đoạn (khi xuống dòng) và sau dấu chấm, chấm hỏi, chấm than",
      en: "A capital to start a sentence: at the start of a paragraph and after . ? !",
    },
    messages: {
      paragraph: {
        vi: "Đoạn văn bắt đầu bằng chữ thường “{word}”; viết hoa chữ cái đầu: “{fixed}”",
        en: "The paragraph starts with lower-case “{word}”; capitalise it: “{fixed}”",
      },
      sentence: {
        vi: "Sau dấu kết thúc câu, “{word}” phải viết hoa: “{fixed}”",
        en: "“{word}” starts a sentence and takes a capital: “{fixed}”",
      },
    },
  },
  check(context, report) {
    for (const paragraph of running(context)) {
      const text = paragraph.text;
      const lead = text.length - text.trimStart().length;
      const body = text.slice(lead);
      if (!QUOTE_OR_BRACKET.test(body)) {
        const marker = MARKER.exec(body)?.[0] ?? "";
        const found = lowerWordAt(text, paragraph.index, lead + marker.length, "paragraph");
        // A list item ("a)", "-") is a new line whatever ends the one before; unmarked text may run on.
        if (found && (marker !== "" || !runsOn(context.snapshot, paragraph.index))) report(found);
      }
      // By exec on the pattern: matchAll copies it for every paragraph.
      SENTENCE_END.lastIndex = 0;
      for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
        const token = TOKEN_BEFORE.exec(
          text.slice(Math.max(0, match.index - 12), match.index)
        )?.[1];
        // "v.v. các", "TP. Lào Cai" are abbreviations; "1. các", "a. các" number a list.
        if (!token || token.length === 1 || HAS_DIGIT.test(token)) continue;
        if (match[0].startsWith(".") && ABBREVIATIONS.has(token.toLowerCase())) continue;
        if (quotedAt(text, match.index)) continue;
        const found = lowerWordAt(text, paragraph.index, match.index + match[0].length, "sentence");
        if (found) report(found);
      }
    }
  },
  examples: {
    valid: [
      { name: "State sample", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "ellipsis, v.v., TP., quoted text, “./.”, e-mail, a sentence cut by a paragraph break",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          opening: {
            text: "Ngày 17/7/2023, Hội nghị bàn về khoáng sản, cát, sỏi... nhất là cát; đất, đá v.v. các loại khác tại TP. Lào Cai theo “Điều 5. các bên” và e-mail. e-mail được dùng, thống nhất kết luận:",
          },
          paragraph1: {
            text: "Ban Chấp hành Đảng bộ thị xã và các đại biểu đã thảo luận và cho ý kiến về các dự thảo báo cáo,",
          },
          heading2: { text: "về công tác kiểm tra, giám sát và kỷ luật của Đảng.", bold: false },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "a list item in lower case after a colon: a new line takes a capital",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          heading1: {
            text: "- về kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ thị xã;",
          },
        }).snapshot,
        findings: [indexOf("dang-2018", "heading1")],
      },
      {
        name: "a paragraph starting in lower case, and after “a)”",
        snapshot: sample("nha-nuoc", {
          article2: { text: "quyết định này có hiệu lực thi hành kể từ ngày ký." },
          article3: { text: "a) chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./." },
        }).snapshot,
        findings: [indexOf("nha-nuoc", "article2"), indexOf("nha-nuoc", "article3")],
      },
      {
        name: "lower case after a full stop inside a paragraph",
        profile: "dang-2018",
        snapshot: sample("dang-2018", {
          paragraph1: {
            text: "Ban Chấp hành Đảng bộ thị xã đã thảo luận. các đại biểu cho ý kiến về các dự thảo báo cáo.",
          },
        }).snapshot,
        findings: [indexOf("dang-2018", "paragraph1")],
      },
    ],
  },
};

export const capitalizationRules: readonly Rule[] = [institutions, sentenceStart];
