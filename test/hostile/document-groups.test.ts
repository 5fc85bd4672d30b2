// Grouping the mentions of a cited document is linear in the mentions: by key, not by comparing each with every group.

import { citedDocuments } from "../../src/check/cited-documents";
import {
  groupSameDocuments,
  parseReferences,
  type Reference,
  sameDocument,
} from "../../src/citations";
import { listReferences } from "../../src/cli/refs-command";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { storedDocx } from "../helpers/hostile";

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The grouping both callers had before: each mention compared with every group, as sameDocument says. */
function pairwise(references: readonly Reference[], match: "head" | "any"): Reference[][] {
  const groups: Reference[][] = [];
  for (const reference of references) {
    const group = groups.find((g) =>
      match === "head"
        ? sameDocument(g[0] as Reference, reference)
        : g.some((other) => sameDocument(other, reference))
    );
    if (group) group.push(reference);
    else groups.push([reference]);
  }
  return groups;
}

/** A seeded mix of numbered, bare and law mentions over few numbers, so that many name the same document. */
function mixedMentions(seed: number, count: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const forms = [
    (n: number) => `Quyết định số ${n}/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh`,
    (n: number) => `Quyết định số ${n}/QĐ-BTC`,
    (n: number) => `Quyết định ${n}`,
    (n: number) => `Công văn số ${n}/UBND-VP`,
    (n: number) => `Văn bản ${n}`,
    (n: number) => `Công văn ${n}`,
    (n: number) => `Nghị quyết số ${n}-NQ/TW`,
    (n: number) => `Nghị quyết ${n}`,
    () => "Luật Đất đai",
    () => "Luật Đất đai năm 2024",
    () => "Luật Ngân sách nhà nước",
  ];
  return Array.from(
    { length: count },
    () => `thực hiện ${(forms[next(forms.length)] as (n: number) => string)(1 + next(4))}`
  ).join("; ");
}

describe("grouping mentions of the same document", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    "groups as the pairwise comparison did, in both modes (seed %i)",
    (seed) => {
      const references = parseReferences(mixedMentions(seed, 120));
      expect(references.length).toBeGreaterThan(60);
      for (const match of ["head", "any"] as const) {
        const byKey = groupSameDocuments(references, (r) => r, match);
        expect(byKey).toEqual(pairwise(references, match));
      }
    }
  );
  it("reads each mention once, with no comparison between groups", () => {
    const references = parseReferences(
      Array.from({ length: 20_000 }, (_, i) => `Quyết định số ${i + 1}/QĐ-UBND`).join(", ")
    );
    expect(references).toHaveLength(20_000);
    for (const match of ["head", "any"] as const) {
      let reads = 0;
      const groups = groupSameDocuments(
        references,
        (r) => {
          reads++;
          return r;
        },
        match
      );
      expect(groups).toHaveLength(20_000);
      expect(reads).toBe(20_000);
    }
  });
  it("lists 5,000 distinct documents once each in `thethuc refs` and the Citations pane", () => {
    const body = Array.from({ length: 500 }, (_, p) =>
      para(
        Array.from(
          { length: 10 },
          (_, i) => `Quyết định số ${p * 10 + i + 1}/QĐ-UBND ngày 05/3/2024`
        ).join("; ")
      )
    ).join("");
    const bytes = storedDocx(para("Điều 1. Thực hiện các văn bản sau") + body);
    const cited = citedDocuments(readDocx(bytes));
    expect(cited).toHaveLength(5_000);
    expect(cited.every((document) => document.mentions === 1)).toBe(true);
    const { references } = listReferences(bytes);
    expect(references).toHaveLength(5_000);
    expect(references[4_999]?.number).toBe("5000/QĐ-UBND");
  });
});
