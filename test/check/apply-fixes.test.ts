// Fix plans: last-to-first order, overlaps and page fixes skipped with reasons, previews, and how Word finds a span.

import {
  LOCATE_REASONS,
  SKIP_REASONS,
  WORD_SEARCH_MAX,
  locateTextFix,
  planFixes,
  previewTextFix,
  searchPrefix,
  wordSearchText,
} from "../../src/check/apply-fixes";
import type { Fix } from "../../src/check/types";

const text = (paragraph: number, start: number, end: number, replacement = ""): Fix => ({
  kind: "text",
  paragraph,
  start,
  end,
  replacement,
});
const format = (paragraph: number, set: Extract<Fix, { kind: "format" }>["set"]): Fix => ({
  kind: "format",
  paragraph,
  set,
});
const page: Fix = { kind: "page", section: 0, set: { a4: true } };

describe("planFixes", () => {
  it("orders fixes last to first: by paragraph, then by start, a paragraph's format after its text", () => {
    const fixes = [
      text(1, 2, 3),
      format(4, { bold: true }),
      text(4, 0, 1),
      text(1, 8, 9),
      format(0, { sizePt: 13 }),
      text(4, 5, 5, "."),
    ];
    const plan = planFixes(fixes, { pages: true });
    expect(plan.apply).toEqual([
      text(4, 5, 5, "."),
      text(4, 0, 1),
      format(4, { bold: true }),
      text(1, 8, 9),
      text(1, 2, 3),
      format(0, { sizePt: 13 }),
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it("keeps the first of overlapping text fixes in a paragraph and skips the rest, saying why", () => {
    const kept = text(0, 4, 8, "x");
    const inside = text(0, 5, 6);
    const straddling = text(0, 7, 10);
    const insertAtEdge = text(0, 8, 8, ";");
    const sameElsewhere = text(1, 5, 6);
    const touching = text(0, 8, 9);
    const plan = planFixes([kept, inside, straddling, insertAtEdge, sameElsewhere, touching]);

    expect(plan.apply).toEqual([sameElsewhere, touching, kept]);
    expect(plan.skipped).toEqual([
      { fix: inside, reason: SKIP_REASONS.overlap },
      { fix: straddling, reason: SKIP_REASONS.overlap },
      { fix: insertAtEdge, reason: SKIP_REASONS.overlap },
    ]);
  });

  it("skips two insertions at one point, and a duplicate of a text fix", () => {
    const plan = planFixes([text(2, 3, 3, ":"), text(2, 3, 3, ";"), text(2, 0, 1), text(2, 0, 1)]);
    expect(plan.apply).toEqual([text(2, 3, 3, ":"), text(2, 0, 1)]);
    expect(plan.skipped.map((entry) => entry.reason)).toEqual([
      SKIP_REASONS.overlap,
      SKIP_REASONS.overlap,
    ]);
  });

  it("keeps format fixes that agree or touch other properties, skips one that contradicts", () => {
    const size = format(3, { sizePt: 13 });
    const bold = format(3, { bold: true });
    const sameSize = format(3, { sizePt: 13, italic: true });
    const otherSize = format(3, { sizePt: 14 });
    const plan = planFixes([size, bold, sameSize, otherSize]);
    expect(plan.apply).toEqual([size, bold, sameSize]);
    expect(plan.skipped).toEqual([{ fix: otherSize, reason: SKIP_REASONS.conflict }]);
  });

  it("skips page fixes when the host cannot set up pages, and keeps them last when it can", () => {
    const fixes = [page, format(0, { bold: true })];
    expect(planFixes(fixes)).toEqual({
      apply: [format(0, { bold: true })],
      skipped: [{ fix: page, reason: SKIP_REASONS.page }],
    });
    expect(planFixes(fixes, { pages: true }).apply).toEqual([format(0, { bold: true }), page]);
  });

  it("gives every skip reason in Vietnamese and English, on one line", () => {
    for (const reason of [...Object.values(SKIP_REASONS), ...Object.values(LOCATE_REASONS)]) {
      expect(reason.vi).not.toBe("");
      expect(reason.en).not.toBe("");
      expect(`${reason.vi}${reason.en}`).not.toMatch(/[\r\n]/);
    }
  });

  it("plans 10,000 fixes quickly and returns every one of them", () => {
    const fixes = Array.from({ length: 10_000 }, (_, i) => format(i, { sizePt: 14 }));
    const plan = planFixes(fixes);
    expect(plan.apply).toHaveLength(10_000);
    expect(plan.apply[0]).toEqual(format(9_999, { sizePt: 14 }));
  });
});

describe("previewTextFix", () => {
  it("shows the paragraph around the change before and after, in pieces", () => {
    const preview = previewTextFix("Số: 5 /QĐ-UBND", {
      kind: "text",
      paragraph: 0,
      start: 5,
      end: 6,
      replacement: "",
    });
    expect(preview).toEqual({
      before: "Số: 5 /QĐ-UBND",
      after: "Số: 5/QĐ-UBND",
      prefix: "Số: 5",
      removed: " ",
      inserted: "",
      suffix: "/QĐ-UBND",
    });
  });

  it("narrows a replacement to the characters that change", () => {
    // number/spacing replaces " /QĐ-UBND" with "/QĐ-UBND": only the space goes.
    const preview = previewTextFix("Số: 5 /QĐ-UBND", {
      kind: "text",
      paragraph: 0,
      start: 5,
      end: 14,
      replacement: "/QĐ-UBND",
    });
    expect(preview).toMatchObject({
      prefix: "Số: 5",
      removed: " ",
      inserted: "",
      suffix: "/QĐ-UBND",
    });
    expect(preview.after).toBe("Số: 5/QĐ-UBND");
    const zero = previewTextFix("Số: 5 /QĐ", {
      kind: "text",
      paragraph: 0,
      start: 4,
      end: 5,
      replacement: "05",
    });
    expect(zero).toMatchObject({ prefix: "Số: ", removed: "", inserted: "0", suffix: "5 /QĐ" });
  });

  it("elides long context on both sides", () => {
    const paragraph = `${"a".repeat(50)}XY${"b".repeat(50)}`;
    const preview = previewTextFix(paragraph, {
      kind: "text",
      paragraph: 0,
      start: 50,
      end: 52,
      replacement: "Z",
    });
    expect(preview.before).toBe(`…${"a".repeat(30)}XY${"b".repeat(30)}…`);
    expect(preview.after).toBe(`…${"a".repeat(30)}Z${"b".repeat(30)}…`);
  });

  it("shows an insertion at the end", () => {
    const preview = previewTextFix("thi hành Quyết định này", {
      kind: "text",
      paragraph: 0,
      start: 23,
      end: 23,
      replacement: "./.",
    });
    expect(preview.after).toBe("thi hành Quyết định này./.");
    expect(preview.removed).toBe("");
  });

  it("throws a RangeError quoting the span when it does not fit the text", () => {
    expect(() =>
      previewTextFix("ngắn", { kind: "text", paragraph: 0, start: 2, end: 9, replacement: "" })
    ).toThrow(/\[2, 9\) lies outside a paragraph of 4 characters/);
  });
});

describe("Word search text", () => {
  it("escapes the characters Word's search reads specially", () => {
    expect(wordSearchText("a^b\tc\nd\u00a0e")).toBe("a^^b^tc^ld^se");
  });

  it("cuts a prefix to a character count and to Word's limit, never inside an escape", () => {
    expect(searchPrefix("abcdef", 3)).toBe("abc");
    expect(searchPrefix("^".repeat(300), 200)).toHaveLength(254);
    expect(searchPrefix("^".repeat(300), 200).endsWith("^^")).toBe(true);
  });
});

describe("locateTextFix", () => {
  it("searches the span itself when it occurs once, and replaces it", () => {
    const paragraphs = ["UBND TỈNH", "Số: 5 /QĐ-UBND"];
    expect(
      locateTextFix(paragraphs, { kind: "text", paragraph: 1, start: 3, end: 6, replacement: " 5" })
    ).toEqual({
      search: " 5 ",
      edit: { kind: "replace", span: " 5 ", text: " 5" },
    });
  });

  it("grows the stretch until it is unique, keeping the span at its start", () => {
    const paragraphs = ["- Như trên;", "- UBND tỉnh;", "- Lưu: VT, VP;"];
    const located = locateTextFix(paragraphs, {
      kind: "text",
      paragraph: 1,
      start: 11,
      end: 12,
      replacement: ",",
    });
    expect(located).toEqual({ search: "h;", edit: { kind: "replace", span: ";", text: "," } });
  });

  it("anchors an insertion on the text after it, or before it at the end of a paragraph", () => {
    const paragraphs = ["- Lưu VT", "Quyết định này"];
    expect(
      locateTextFix(paragraphs, { kind: "text", paragraph: 0, start: 5, end: 5, replacement: ":" })
    ).toEqual({ search: " V", edit: { kind: "before", text: ":" } });
    expect(
      locateTextFix(paragraphs, {
        kind: "text",
        paragraph: 1,
        start: 14,
        end: 14,
        replacement: "./.",
      })
    ).toEqual({ search: "ày", edit: { kind: "after", text: "./." } });
  });

  it("says the paragraph changed when the span no longer fits it", () => {
    expect(
      locateTextFix(["ngắn"], { kind: "text", paragraph: 0, start: 2, end: 9, replacement: "" })
    ).toEqual({ reason: LOCATE_REASONS.stale });
    expect(
      locateTextFix(["ngắn"], { kind: "text", paragraph: 3, start: 0, end: 1, replacement: "" })
    ).toEqual({ reason: LOCATE_REASONS.stale });
  });

  it("gives up, saying why, when no stretch of the paragraph is unique", () => {
    expect(
      locateTextFix(["- Như trên;", "- Như trên;"], {
        kind: "text",
        paragraph: 0,
        start: 10,
        end: 11,
        replacement: ",",
      })
    ).toEqual({ reason: LOCATE_REASONS.ambiguous });
  });

  it("never searches more than Word allows", () => {
    const long = "x".repeat(600);
    const located = locateTextFix([long, long.slice(1)], {
      kind: "text",
      paragraph: 0,
      start: 0,
      end: 1,
      replacement: "y",
    });
    expect("search" in located ? located.search.length : 0).toBeLessThanOrEqual(WORD_SEARCH_MAX);
  });
});
