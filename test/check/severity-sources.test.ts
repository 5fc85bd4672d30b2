import { checkSnapshot } from "../../src/check/engine";
import { RULES } from "../../src/check/rules";
import { sample } from "../../src/check/samples";
import { hasPrimarySource, PROFILE_IDS } from "../../src/conventions";

// Severity follows the source (conventions §0): an error breaks a primary rule of the active profile; a rule whose
// sources for that profile are only secondary (HD05 summaries, web summaries, the rulebook's own decisions) warns.
describe.each(PROFILE_IDS)("every rule of the registry under %s", (profile) => {
  const rules = RULES.filter((rule) => !rule.meta.profiles || rule.meta.profiles.includes(profile));

  it("reports an error only where a primary source stands behind it", () => {
    for (const rule of rules) {
      for (const example of rule.examples.invalid.filter(
        (e) => (e.profile ?? "nha-nuoc") === profile
      )) {
        const findings = checkSnapshot(example.snapshot, {
          profile,
          rules: [rule],
          ...(example.draft ? { draft: true } : {}),
        }).findings;
        if (findings.some((f) => f.severity === "error"))
          expect([rule.meta.id, hasPrimarySource(rule.meta.source, profile)]).toEqual([
            rule.meta.id,
            true,
          ]);
      }
    }
  });

  it("turns the error of a rule known only from secondary sources into a warning", () => {
    const secondary = rules.filter(
      (rule) => rule.meta.severity === "error" && !hasPrimarySource(rule.meta.source, profile)
    );
    if (profile === "nha-nuoc") expect(secondary).toEqual([]);
    const snapshot = sample(profile, {
      nationalName: { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" },
    }).snapshot;
    const findings = checkSnapshot(snapshot, { profile }).findings;
    for (const finding of findings) {
      const rule = RULES.find((r) => r.meta.id === finding.rule);
      if (finding.severity === "error")
        expect([finding.rule, hasPrimarySource(rule?.meta.source ?? "", profile)]).toEqual([
          finding.rule,
          true,
        ]);
    }
  });
});
