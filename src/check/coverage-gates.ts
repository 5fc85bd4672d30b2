// Rules the checker cannot stand behind on a given document say so in the coverage instead of reporting: a
// document typed in a legacy encoding (its header and title cannot be read until converted), and a form of a type
// the rulebook does not list (phiếu, biểu mẫu, bản tự kiểm điểm, danh sách), which has no number, Nơi nhận or body
// formatting to demand [REAL].

import { detectLegacyText, type LegacyText } from "../text/legacy-text";
import type { Components } from "./components";
import type { Category, Message, RuleMeta } from "./types";
import type { Snapshot } from "../ooxml/snapshot";

/** What a legacy-encoded document still gets judged on: the page, the fonts, spaces and the encoding itself. */
const LEGACY_KEEPS: ReadonlySet<Category> = new Set<Category>([
  "page",
  "font",
  "spacing",
  "unicode",
]);

/** Outline numbers ("2-" beside "1.") read the same in any encoding. */
const LEGACY_KEEP_IDS = new Set(["structure/outline-delimiter", "structure/outline-sequence"]);

/** Rules that need the document's type: whether it has a number, a date, a Nơi nhận, a body of paragraphs. */
const TYPE_BOUND = new Set([
  "header/title",
  "header/motto",
  "number/missing",
  "date/missing",
  "title/document-type",
  "structure/required-parts",
  "structure/kinh-gui",
  "structure/can-cu",
  "structure/outline-sequence",
  "structure/outline-delimiter",
  "size/body",
  "style/body-justified",
  "style/body-indent",
  "style/body-spacing",
  "style/body-line-spacing",
  "signature/present",
]);

export interface Gate {
  /** Why the rule is not evaluated on this document, or null to run it. */
  readonly reasonFor: (meta: RuleMeta) => Message | null;
}

/** The legacy encoding the opening of the document is typed in, or null. */
export function legacyOpening(snapshot: Snapshot): LegacyText | null {
  const opening = snapshot.paragraphs
    .slice(0, 15)
    .map((p) => p.text)
    .join(" ");
  return detectLegacyText(opening);
}

export function gateFor(snapshot: Snapshot, components: Components): Gate {
  const legacy = legacyOpening(snapshot);
  if (legacy) {
    const reason: Message = {
      vi: `văn bản gõ bằng bảng mã ${legacy.encoding}: chuyển sang Unicode rồi kiểm tra lại`,
      en: `the document is typed in ${legacy.encoding}: convert it to Unicode and check again`,
    };
    return {
      reasonFor: (meta) =>
        LEGACY_KEEPS.has(meta.category) || LEGACY_KEEP_IDS.has(meta.id) ? null : reason,
    };
  }
  if (!components.documentType && !components.number) {
    const title = components.formTitle?.text;
    const reason: Message = title
      ? {
          vi: `“${title}” không phải loại văn bản có trong quy định (phiếu, biểu mẫu…): không đòi số, ngày, nơi nhận hay định dạng nội dung`,
          en: `“${title}” is not a type the rulebook lists (a form): no number, date, Nơi nhận or body format is required`,
        }
      : {
          vi: "không xác định được loại văn bản (không có tên loại, không có số, ký hiệu)",
          en: "the document's type is unknown (no tên loại, no number)",
        };
    return { reasonFor: (meta) => (TYPE_BOUND.has(meta.id) ? reason : null) };
  }
  return { reasonFor: () => null };
}
