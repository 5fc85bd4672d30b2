// The head of a check's result: the rulebook and document type it used, the counts, and what they do and don't show.

import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { summaryLine } from "../check/summary-line";
import type { CheckResult } from "../check/types";
import { PROFILES, findDocumentType } from "../conventions";
import { CHECK_MESSAGES } from "./check-messages";
import { severityCounts } from "./check-results";
import { usePaneT } from "./i18n";

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  detected: { color: tokens.colorNeutralForeground3 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  statement: { margin: 0 },
});

export interface CheckSummaryProps {
  readonly result: CheckResult;
  /** The user left the rulebook to the checker. */
  readonly detected: boolean;
}

/** Rulebook and type, the counts as badges (read out as the summary line), and a plain statement when nothing was found. */
export function CheckSummary({ result, detected }: CheckSummaryProps) {
  const t = usePaneT(CHECK_MESSAGES);
  const styles = useStyles();
  const counts = severityCounts(result.findings);
  const open = result.coverage.notEvaluated.length;
  const type = result.documentType
    ? findDocumentType(result.profile, result.documentType)
    : undefined;
  const profile = t.pick(PROFILES[result.profile].name);
  const line = summaryLine(result, t.language);
  return (
    <div className={styles.summary}>
      <Caption1 className={styles.detected}>
        {t(detected ? "detectedAuto" : "detected", {
          profile,
          type: type?.name ?? t("typeUnknown"),
        })}
      </Caption1>
      <div
        className={styles.counts}
        role="status"
        aria-label={line}
        data-testid="check-summary"
        title={line}
      >
        <Badge appearance={counts.error ? "filled" : "tint"} color="danger" shape="rounded">
          {counts.error === 1 ? t("errorsOne") : t("errors", { count: counts.error })}
        </Badge>
        <Badge appearance={counts.warning ? "filled" : "tint"} color="warning" shape="rounded">
          {counts.warning === 1 ? t("warningsOne") : t("warnings", { count: counts.warning })}
        </Badge>
        <Badge appearance="tint" color="informative" shape="rounded">
          {counts.info === 1 ? t("notesOne") : t("notes", { count: counts.info })}
        </Badge>
        <Badge appearance="outline" color="informative" shape="rounded">
          {open === 1 ? t("notEvaluatedOne") : t("notEvaluatedCount", { count: open })}
        </Badge>
      </div>
      {result.findings.length === 0 && (
        <Text as="p" className={styles.statement}>
          {open === 0
            ? t("allClear")
            : t("noFindingsPartial", { evaluated: result.coverage.evaluated, open })}
        </Text>
      )}
    </div>
  );
}
