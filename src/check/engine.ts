// Runs the rules over a snapshot: picks the profile, finds the components, collects findings and coverage.

import {
  findDocumentType,
  HD05_FROM,
  hasPrimarySource,
  partyProfileOn,
  PROFILES,
  type ProfileId,
} from "../conventions";
import type { Snapshot } from "../ooxml/snapshot";
import { parseDate } from "../text/dates";
import { fillPlaceholders } from "../text/placeholders";
import { type Components, copyTypeOfForm, findComponents } from "./components";
import { gateFor, legacyOpening } from "./coverage-gates";
import { boundedSnapshot, type CutParagraph, cutReason } from "./long-paragraphs";
import { withParagraphMemos } from "./paragraph-memo";
import { RULES } from "./rules";

export { summaryLine } from "./summary-line";
import type {
  CheckContext,
  CheckResult,
  Finding,
  Message,
  Report,
  Rule,
  RuleMeta,
  Severity,
  ToneStylePreference,
} from "./types";

import type { Language } from "./summary-line";

export type { Language } from "./summary-line";

export interface CheckOptions {
  /** "auto" (default) picks the profile from the header and the date (conventions §1). */
  readonly profile?: ProfileId | "auto";
  readonly language?: Language;
  /** Treat the document as a draft: blank number and date are accepted (D18). */
  readonly draft?: boolean;
  /** Rule ids the user chose to ignore in this document. */
  readonly ignore?: readonly string[];
  /** The rules to run; the whole registry by default. */
  readonly rules?: readonly Rule[];
  /**
   * The tone style for oa, oe, uy (D4): "first" (hòa, thủy) or "second" (hoà, thuỷ) reports every word written the
   * other way; "auto" (default) reports only the document's minority style.
   */
  readonly toneStyle?: ToneStylePreference;
  /** Called after each rule of the run with how many are done, for a progress bar (the pane's check worker). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The profile `--profile auto` chooses: by regime, then, for Party documents, by the document date. A Party
 * document whose day is blank is placed by its year when the year falls wholly on one side of HD05_FROM; one with
 * no date at all gets dang-2026, the rules in force today, and date/profile-period warns that this is a guess.
 */
export function detectProfile(components: Components): ProfileId {
  if (components.regime !== "party") return "nha-nuoc";
  const text = components.placeDate?.text ?? "";
  const match = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text);
  const date = match ? parseDate(`${match[1]}/${match[2]}/${match[3]}`) : null;
  if (date) return partyProfileOn(date);
  const year = Number(/năm\s+(\d{4})\s*$/u.exec(text)?.[1] ?? NaN);
  return year < HD05_FROM.year ? "dang-2018" : "dang-2026";
}

/**
 * A document typed in TCVN3 or VNI is read, for choosing its profile only, through the decoder: its header says
 * "®¶ng céng s¶n viÖt nam" until decoded [REAL]. The rules themselves are gated (coverage-gates).
 */
function profileComponents(snapshot: Snapshot, components: Components): Components {
  const legacy = legacyOpening(snapshot);
  if (!legacy) return components;
  return findComponents({
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((p) => ({
      ...p,
      text: legacy.decode(p.text),
      runs: p.runs.map((run) => ({ ...run, text: legacy.decode(run.text) })),
    })),
  });
}

function severityOf(severity: Severity, primary: boolean): Severity {
  return severity === "error" && !primary ? "warning" : severity;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The rules that judge a bản sao's own parts (its number, place-date, copying body, Nơi nhận and signer): what the
 * header-less copy is checked by. The text-wide rules (fonts, spacing, spelling …) already read the copy's lines with
 * the original's, so they do not run twice.
 */
const COPY_PART_RULE =
  /^(?:header\/|number\/|date\/|recipients\/|signature\/|size\/(?:recipients|signature)$|style\/signature$|structure\/required-parts$)/u;

/**
 * The snapshot of a bản sao's own parts: every paragraph before `start` (the original) emptied, so the parts read as a
 * copy with no header above, at the same paragraph indexes.
 */
function copyPartSnapshot(snapshot: Snapshot, start: number): Snapshot {
  return {
    ...snapshot,
    paragraphs: snapshot.paragraphs.map((p) =>
      p.index < start
        ? { ...p, text: "", runs: [], cell: null, border: { top: false, bottom: false } }
        : p
    ),
    ...(snapshot.textBoxes
      ? { textBoxes: snapshot.textBoxes.filter((box) => box.paragraph >= start) }
      : {}),
    ...(snapshot.drawnLines
      ? { drawnLines: snapshot.drawnLines.filter((line) => line.paragraph >= start) }
      : {}),
  };
}

/** By profile, then source: keyed by the rules' own strings, which keep their hashes (a joined key was hashed anew). */
const PRIMARY = new Map<ProfileId, Map<string, boolean>>();

/** hasPrimarySource, remembered per profile and source string: it parses the source's tags, for every rule of a run. */
function primaryFor(source: string, profile: ProfileId): boolean {
  let bySource = PRIMARY.get(profile);
  if (!bySource) PRIMARY.set(profile, (bySource = new Map()));
  let primary = bySource.get(source);
  if (primary === undefined) {
    primary = hasPrimarySource(source, profile);
    bySource.set(source, primary);
  }
  return primary;
}

interface RuleRun {
  readonly findings: Finding[];
  readonly notEvaluated: { rule: string; reason: Message }[];
  evaluated: number;
}

/** The finding a rule's report makes, added to `into`. */
function addFinding(
  into: RuleRun,
  meta: RuleMeta,
  primary: boolean,
  fullText: Snapshot,
  language: Language,
  r: Report
): void {
  const template = meta.messages[r.messageId];
  if (!template) throw new RangeError(`${meta.id}: no message "${r.messageId}"`);
  const messages = {
    vi: fillPlaceholders(template.vi, r.data),
    en: fillPlaceholders(template.en, r.data),
  };
  const paragraphText = r.paragraph === null ? "" : (fullText.paragraphs[r.paragraph]?.text ?? "");
  const span = r.start !== undefined && r.end !== undefined;
  into.findings.push({
    rule: meta.id,
    category: meta.category,
    severity: severityOf(r.severity ?? meta.severity, primary),
    message: messages[language],
    messages,
    paragraph: r.paragraph,
    text: span ? paragraphText.slice(r.start, r.end) : paragraphText,
    ...(span ? { start: r.start, end: r.end } : {}),
    source: meta.source,
    ...(r.fix ? { fix: r.fix } : {}),
  });
}

/** Runs `rules` in one context, adding to `into`; `onRule` is called before each rule (progress). */
function runRules(
  context: CheckContext,
  rules: readonly Rule[],
  ignored: ReadonlySet<string>,
  gate: ReturnType<typeof gateFor>,
  fullText: Snapshot,
  language: Language,
  into: RuleRun,
  onRule: () => void = () => undefined
): void {
  const profileId = context.profile.id;
  for (const rule of rules) {
    onRule();
    const { meta } = rule;
    if (meta.profiles && !meta.profiles.includes(profileId)) continue;
    if (ignored.has(meta.id)) continue;
    // Severity follows the source (conventions §0): without a primary source for this profile, an error warns.
    const primary = primaryFor(meta.source, profileId);
    const gated = gate.reasonFor(meta);
    if (gated) {
      into.notEvaluated.push({ rule: meta.id, reason: gated });
      continue;
    }
    // A thin closure per rule: the work is a module function, whose optimised code outlives the check (see text-pass).
    const report = (r: Report) => addFinding(into, meta, primary, fullText, language, r);
    const outcome = rule.check(context, report);
    if (outcome && "notEvaluated" in outcome)
      into.notEvaluated.push({ rule: meta.id, reason: outcome.notEvaluated });
    else into.evaluated++;
  }
}

/** Checks a snapshot against the rulebook; never changes it. */
export function checkSnapshot(snapshot: Snapshot, options: CheckOptions = {}): CheckResult {
  // Rules read paragraphs up to a length no real document reaches; findings keep offsets into the full text.
  const { snapshot: bounded, cut } = boundedSnapshot(snapshot);
  // What is worked out per paragraph is kept by index for the paragraphs the rules read (paragraph-memo).
  return withParagraphMemos(bounded.paragraphs, () =>
    checkBounded(snapshot, bounded, cut, options)
  );
}

/** The check of `bounded`, the snapshot with over-long paragraphs cut (`cut`); findings point into `snapshot`. */
function checkBounded(
  snapshot: Snapshot,
  bounded: Snapshot,
  cut: readonly CutParagraph[],
  options: CheckOptions
): CheckResult {
  const components = findComponents(bounded);
  const profileId =
    !options.profile || options.profile === "auto"
      ? detectProfile(profileComponents(bounded, components))
      : options.profile;
  const profile = PROFILES[profileId];
  const documentType = components.documentType
    ? (findDocumentType(profileId, components.documentType.slug) ?? null)
    : null;
  const context: CheckContext = {
    snapshot: bounded,
    profile,
    components,
    documentType,
    draft: options.draft ?? components.draftMarker,
    toneStyle: options.toneStyle ?? "auto",
  };
  const language = options.language ?? "vi";
  const ignored = new Set(options.ignore ?? []);
  const run: RuleRun = { findings: [], notEvaluated: [], evaluated: 0 };
  if (cut.length > 0)
    run.notEvaluated.push({ rule: "text/long-paragraph", reason: cutReason(cut) });

  const gate = gateFor(bounded, components);
  const rules = options.rules ?? RULES;
  let done = 0;
  runRules(context, rules, ignored, gate, snapshot, language, run, () =>
    options.onProgress?.(done++, rules.length)
  );

  // A bản sao of a whole original: the original was checked above as the original; the copy's own parts are
  // checked as a copy with no header above them, by the rules that judge a copy's parts [PL1 Phần II].
  let reportedType = documentType;
  if (components.copyPart?.top) {
    // An electronic copy: the document is the copy named by its digital signature (D36).
    const slug = copyTypeOfForm(components.copyPart.form.text);
    reportedType = (slug ? findDocumentType(profileId, slug) : undefined) ?? documentType;
  } else if (components.copyPart) {
    const copySnapshot = copyPartSnapshot(bounded, components.copyPart.start);
    const copyComponents = findComponents(copySnapshot);
    const copyProfileId =
      !options.profile || options.profile === "auto"
        ? detectProfile(copyComponents)
        : options.profile;
    const copyType = copyComponents.documentType
      ? (findDocumentType(copyProfileId, copyComponents.documentType.slug) ?? null)
      : null;
    if (copyComponents.copyForm) {
      const copyRun: RuleRun = { findings: [], notEvaluated: [], evaluated: 0 };
      runRules(
        {
          snapshot: copySnapshot,
          profile: PROFILES[copyProfileId],
          components: copyComponents,
          documentType: copyType,
          // The DỰ THẢO marker of a copy stands at the very top, above the original.
          draft: options.draft ?? (copyComponents.draftMarker || components.draftMarker),
          toneStyle: options.toneStyle ?? "auto",
        },
        rules.filter((rule) => COPY_PART_RULE.test(rule.meta.id)),
        ignored,
        gate,
        snapshot,
        language,
        copyRun
      );
      // Said of the copy's parts, not the original's; a place the first run already reported is reported once.
      const seen = new Set(run.findings.map(findingKey));
      run.findings.push(
        ...copyRun.findings
          .filter((f) => f.paragraph === null || !seen.has(findingKey(f)))
          .map((f) => {
            const messages = {
              vi: `${COPY_PART_PREFIX.vi}${f.messages.vi}`,
              en: `${COPY_PART_PREFIX.en}${f.messages.en}`,
            };
            return { ...f, message: messages[language], messages };
          })
      );
      reportedType = copyType ?? documentType;
    }
  }

  options.onProgress?.(rules.length, rules.length);
  const findings = run.findings;
  findings.sort(
    (a, b) =>
      (a.paragraph ?? -1) - (b.paragraph ?? -1) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule)
  );
  return {
    profile: profileId,
    documentType: reportedType?.slug ?? null,
    findings,
    coverage: { evaluated: run.evaluated, notEvaluated: run.notEvaluated, ignored: [...ignored] },
  };
}

/** What makes two findings the same one: the rule and the place. */
const findingKey = (f: Finding) => `${f.rule}|${f.paragraph}|${f.start}|${f.end}`;

/** What a finding about a bản sao's own parts opens with. */
const COPY_PART_PREFIX = { vi: "Phần bản sao: ", en: "The copy's part: " } as const;
