import { RULES } from "../../src/check/rules";
import { CATEGORIES } from "../../src/check/types";
import { SOURCES, sourceTags } from "../../src/conventions";
import { checkSnapshot } from "../../src/check/engine";

describe("the rule registry", () => {
  it("has unique ids of the form category/name", () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.meta.id.startsWith(`${rule.meta.category}/`)).toBe(true);
  });

  it("cites a known source for every rule", () => {
    for (const rule of RULES) {
      for (const tag of sourceTags(rule.meta.source))
        expect({ rule: rule.meta.id, tag, known: tag in SOURCES }).toEqual({
          rule: rule.meta.id,
          tag,
          known: true,
        });
    }
  });

  it("cites no rulebook decision that keeps the checker silent (conventions §6: D6, D17)", () => {
    const silent = ["D6", "D17"];
    for (const rule of RULES)
      for (const decision of silent)
        expect({
          rule: rule.meta.id,
          cites: rule.meta.source.includes(`RULEBOOK ${decision}]`),
        }).toEqual({ rule: rule.meta.id, cites: false });
  });

  it("gives every message in Vietnamese and English", () => {
    for (const rule of RULES) {
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      for (const message of Object.values(rule.meta.messages)) {
        expect(message.vi.trim()).not.toBe("");
        expect(message.en.trim()).not.toBe("");
      }
      expect(CATEGORIES).toContain(rule.meta.category);
    }
  });

  it("offers fixes only from rules that declare them, and text fixes only from 'text' rules", () => {
    for (const rule of RULES) {
      for (const example of rule.examples.invalid) {
        for (const finding of checkSnapshot(example.snapshot, {
          profile: example.profile ?? "auto",
          rules: [rule],
        }).findings) {
          if (!finding.fix) continue;
          expect({ rule: rule.meta.id, declared: rule.meta.fix !== undefined }).toEqual({
            rule: rule.meta.id,
            declared: true,
          });
          if (finding.fix.kind === "text")
            expect({ rule: rule.meta.id, fix: rule.meta.fix }).toEqual({
              rule: rule.meta.id,
              fix: "text",
            });
        }
      }
    }
  });
});
