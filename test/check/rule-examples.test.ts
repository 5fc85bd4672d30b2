import { checkSnapshot } from "../../src/check/engine";
import { RULES } from "../../src/check/rules";

// Every rule's own examples are its tests: valid ones draw no finding from it, invalid ones are found where they say.
describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))("%s", (_id, rule) => {
  const run = (example: (typeof rule.examples.valid)[number]) =>
    checkSnapshot(example.snapshot, {
      profile: example.profile ?? "auto",
      rules: [rule],
      ...(example.draft === undefined ? {} : { draft: example.draft }),
      ...(example.toneStyle === undefined ? {} : { toneStyle: example.toneStyle }),
    }).findings;

  it("has at least one valid and one invalid example", () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid.map((example) => [example.name, example] as const))(
    "valid: %s",
    (_name, example) => {
      expect(run(example).map((f) => `${f.paragraph}: ${f.message}`)).toEqual([]);
    }
  );

  it.each(rule.examples.invalid.map((example) => [example.name, example] as const))(
    "invalid: %s",
    (_name, example) => {
      const findings = run(example);
      expect([...new Set(findings.map((f) => f.paragraph))].sort()).toEqual(
        [...new Set(example.findings)].sort()
      );
      for (const finding of findings) {
        expect(finding.rule).toBe(rule.meta.id);
        expect(finding.message).not.toMatch(/\{\w+\}/);
        if (finding.fix) expect(rule.meta.fix).toBeDefined();
      }
    }
  );
});
