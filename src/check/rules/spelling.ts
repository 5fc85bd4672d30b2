// Spelling consistency: tone-mark placement in oa/oe/uy (H07, D4) and i/y variants (H08), never in names.

import type { Snapshot } from "../../ooxml/snapshot";
import { toneInsensitive } from "../../text/normalize";
import { sample } from "../samples";
import type { Rule } from "../types";

/** A word of a paragraph, with its offsets in the original text and its NFC form. */
interface Word {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const WORDS = new WeakMap<Snapshot, Word[]>();

/** Every word of the document, computed once per snapshot for both spelling rules. */
function wordsOf(snapshot: Snapshot): Word[] {
  const cached = WORDS.get(snapshot);
  if (cached) return cached;
  const words: Word[] = [];
  for (const paragraph of snapshot.paragraphs)
    for (const match of paragraph.text.matchAll(/[\p{L}\p{M}]+/gu))
      words.push({
        paragraph: paragraph.index,
        start: match.index,
        end: match.index + match[0].length,
        text: /[\u0300-\u036f]/.test(match[0]) ? match[0].normalize("NFC") : match[0],
      });
  WORDS.set(snapshot, words);
  return words;
}

type ToneStyle = "first" | "second";

// Open oa, oe, uy ending the word, not after q (conventions §5 H07): "hòa", "khỏe", "thủy" vs "hoà", "khoẻ", "thuỷ".
const TONE_ON_FIRST = /(?<!q)(?:[òóỏõọ][ae]|[ùúủũụ]y)$/u;
const TONE_ON_SECOND = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$/u;

// The last letter of every word either pattern can match; most words end otherwise and are skipped cheaply.
const OPEN_ENDINGS = new Set([..."aeyàáảãạèéẻẽẹỳýỷỹỵ"]);

function toneStyleOf(word: string): ToneStyle | null {
  if (!OPEN_ENDINGS.has((word[word.length - 1] ?? "").toLowerCase())) return null;
  const lower = word.toLocaleLowerCase("vi");
  return TONE_ON_FIRST.test(lower) ? "first" : TONE_ON_SECOND.test(lower) ? "second" : null;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The word with the tone moved onto the second vowel: "hòa" → "hoà", "Ủy" → "Uỷ". */
function toneOnSecond(word: string): string {
  const decomposed = word.normalize("NFD");
  const tail = /(\p{L})(\p{M}*)(\p{L})$/u.exec(decomposed);
  if (!tail) return word;
  const tone = TONES.exec(tail[2] ?? "")?.[0] ?? "";
  const head = decomposed.slice(0, tail.index);
  return `${head}${tail[1]}${(tail[2] ?? "").replace(tone, "")}${tail[3]}${tone}`.normalize("NFC");
}

function restyled(word: string, style: ToneStyle): string {
  return style === "first" ? toneInsensitive(word) : toneOnSecond(word);
}

/** Words that are safe to change even with a capital: Ủy ban, Ủy viên, Cộng hòa (D4: never names). */
function allowlisted(text: string, word: Word): boolean {
  const lower = word.text.toLocaleLowerCase("vi");
  const after = text.slice(word.end).normalize("NFC").toLocaleLowerCase("vi");
  const before = text.slice(0, word.start).normalize("NFC").toLocaleLowerCase("vi");
  if ((lower === "ủy" || lower === "uỷ") && /^\s+(?:ban|viên)(?!\p{L})/u.test(after)) return true;
  return (lower === "hòa" || lower === "hoà") && /(?<!\p{L})cộng\s+$/u.test(before);
}

const EXAMPLE: Readonly<Record<ToneStyle, string>> = { first: "hòa, ủy", second: "hoà, uỷ" };

const toneStyle: Rule = {
  meta: {
    id: "spelling/tone-style",
    category: "spelling",
    severity: "warning",
    source: "[RULEBOOK D4]",
    fix: "text",
    description: {
      vi: "Một kiểu đặt dấu thanh trong oa, oe, uy cho cả văn bản (hòa/hoà, ủy/uỷ)",
      en: "One tone-mark placement for oa, oe, uy in the whole document (hòa/hoà, ủy/uỷ)",
    },
    messages: {
      mixed: {
        vi: "“{word}” đặt dấu khác kiểu chủ đạo của văn bản ({majority}: {count} từ); nên viết “{suggestion}”",
        en: "“{word}” places its tone mark unlike the document's majority ({majority}: {count} words); write “{suggestion}”",
      },
      name: {
        vi: "“{word}” đặt dấu khác kiểu chủ đạo của văn bản ({majority}); nếu là tên riêng thì giữ nguyên",
        en: "“{word}” places its tone mark unlike the document's majority ({majority}); keep it if it is a name",
      },
    },
  },
  check({ snapshot }, report) {
    const styled = wordsOf(snapshot).flatMap((word) => {
      const style = toneStyleOf(word.text);
      return style ? [{ word, style }] : [];
    });
    const first = styled.filter((w) => w.style === "first").length;
    const second = styled.length - first;
    if (first === 0 || second === 0) return;
    // The preference breaks a tie (D4 default hòa/ủy).
    const majority: ToneStyle = second > first ? "second" : "first";
    const count = Math.max(first, second);
    for (const { word, style } of styled) {
      if (style === majority) continue;
      const text = snapshot.paragraphs[word.paragraph]?.text ?? "";
      const lowerCase = word.text === word.text.toLocaleLowerCase("vi");
      const suggestion = restyled(word.text, majority);
      const at = { paragraph: word.paragraph, start: word.start, end: word.end };
      if (lowerCase || allowlisted(text, word))
        report({
          messageId: "mixed",
          ...at,
          data: { word: word.text, majority: EXAMPLE[majority], count, suggestion },
          fix: { kind: "text", ...at, replacement: suggestion },
        });
      else
        report({
          messageId: "name",
          ...at,
          data: { word: word.text, majority: EXAMPLE[majority] },
        });
    }
  },
  examples: {
    valid: [
      { name: "one style (hòa, Ủy)", snapshot: sample("nha-nuoc").snapshot, findings: [] },
      {
        name: "the other style throughout",
        snapshot: sample("nha-nuoc", {
          nationalName: { text: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
          article2: { text: "Điều 2. Quyết định này bảo đảm hoà hợp, có hiệu lực kể từ ngày ký." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "“hoà” in a document written hòa/Ủy",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Bảo đảm hoà hợp; thủy lợi; khỏe mạnh; Ủy ban kể từ ngày ký." },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
      {
        name: "a name in the minority style is reported without a fix",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Ông Nguyễn Văn Thuỷ, hòa giải, thủy lợi, khỏe mạnh." },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
    ],
  },
};

// i/y variants of one word (conventions §5 H08): the y form is official usage.
const Y_FORMS: Readonly<Record<string, string>> = {
  kĩ: "kỹ",
  lí: "lý",
  kỉ: "kỷ",
  mĩ: "mỹ",
  qui: "quy",
  quí: "quý",
  quĩ: "quỹ",
  quì: "quỳ",
  quị: "quỵ",
};

const iY: Rule = {
  meta: {
    id: "spelling/i-y",
    category: "spelling",
    severity: "warning",
    source: "[RULEBOOK]",
    fix: "text",
    description: {
      vi: "Một từ không viết lẫn i và y (kỹ/kĩ, lý/lí, quy/qui); dùng y",
      en: "One word not written with both i and y (kỹ/kĩ, lý/lí, quy/qui); use y",
    },
    messages: {
      mixed: {
        vi: "“{word}” và “{y}” cùng có trong văn bản; nên thống nhất viết “{y}”",
        en: "Both “{word}” and “{y}” occur in the document; write “{y}” throughout",
      },
    },
  },
  check({ snapshot }, report) {
    // Only lower-case words: a capital may be a name (D4 spirit: never change names).
    const words = wordsOf(snapshot).filter(
      (w) => w.text.length <= 3 && w.text === w.text.toLowerCase()
    );
    const present = new Set(words.map((w) => w.text));
    for (const word of words) {
      const y = Y_FORMS[word.text];
      if (!y || !present.has(y)) continue;
      const at = { paragraph: word.paragraph, start: word.start, end: word.end };
      report({
        messageId: "mixed",
        ...at,
        data: { word: word.text, y },
        fix: { kind: "text", ...at, replacement: y },
      });
    }
  },
  examples: {
    valid: [
      {
        name: "only y forms",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Quản lý kỹ thuật; về lý do, quyết định có hiệu lực kể từ ngày ký.",
          },
        }).snapshot,
        findings: [],
      },
      {
        name: "an i form alone is consistent",
        snapshot: sample("nha-nuoc", {
          article2: { text: "Điều 2. Nghiên cứu kĩ, quyết định có hiệu lực kể từ ngày ký." },
        }).snapshot,
        findings: [],
      },
    ],
    invalid: [
      {
        name: "quản lý beside quản lí",
        snapshot: sample("nha-nuoc", {
          article2: {
            text: "Điều 2. Quản lý kỹ thuật và quản lí kĩ thuật có hiệu lực kể từ ngày ký.",
          },
        }).snapshot,
        findings: [sample("nha-nuoc").at.article2 ?? -1],
      },
    ],
  },
};

export const spellingRules: readonly Rule[] = [toneStyle, iY];
