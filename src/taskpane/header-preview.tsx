// A miniature of the header as Word will lay it out, drawn from the block the core built, plus its key lines.

import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { Block, BlockContent, ParagraphSpec } from "../blocks/block";
import { useT } from "./i18n";

/** Millimetres in a typographic point. */
const MM_PER_PT = 25.4 / 72;

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The page keeps its proportions at any pane width: sizes below are in container-width units.
  page: {
    containerType: "inline-size",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    fontFamily: '"Times New Roman", Tinos, "Liberation Serif", serif',
    lineHeight: 1.25,
  },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  cell: { verticalAlign: "top", padding: 0 },
  paragraph: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  lines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: { display: "flex", flexDirection: "column" },
  label: { color: tokens.colorNeutralForeground3 },
  pending: { color: tokens.colorNeutralForeground3 },
});

export interface HeaderPreviewProps {
  /** The header block, when the fields build one. */
  readonly block?: Block;
  readonly numberLine?: string;
  readonly placeDateLine?: string;
}

const ALIGN: Record<ParagraphSpec["align"], CSSProperties["textAlign"]> = {
  left: "left",
  center: "center",
  right: "right",
  both: "justify",
};

/** The live preview: the laid-out header when it can be built, and the number and place-date lines as text. */
export function HeaderPreview({ block, numberLine, placeDateLine }: HeaderPreviewProps) {
  const t = useT();
  const styles = useStyles();
  const totalMm = block ? widthOf(block) : 0;
  return (
    <div className={styles.preview}>
      {block && totalMm > 0 ? (
        <div className={styles.page} aria-hidden="true" data-testid="header-preview">
          {block.content.map((content, index) => (
            <Content key={index} content={content} totalMm={totalMm} />
          ))}
        </div>
      ) : (
        <Text size={200} className={styles.pending}>
          {t("previewPending")}
        </Text>
      )}
      <div className={styles.lines}>
        <Line label={t("previewNumber")} text={numberLine} />
        <Line label={t("previewPlaceDate")} text={placeDateLine} />
      </div>
    </div>
  );
}

function Line({ label, text }: { readonly label: string; readonly text?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.line}>
      <Caption1 className={styles.label}>{label}</Caption1>
      <Text className={styles.paragraph}>{text ?? "—"}</Text>
    </div>
  );
}

function widthOf(block: Block): number {
  const table = block.content.find((content) => content.kind === "table");
  return table?.kind === "table" ? table.columnsMm.reduce((sum, mm) => sum + mm, 0) : 0;
}

function Content({
  content,
  totalMm,
}: {
  readonly content: BlockContent;
  readonly totalMm: number;
}) {
  const styles = useStyles();
  if (content.kind === "paragraph") {
    return <Paragraph paragraph={content} columnMm={totalMm} totalMm={totalMm} />;
  }
  return (
    <table className={styles.table}>
      <colgroup>
        {content.columnsMm.map((mm, index) => (
          <col key={index} style={{ width: `${(mm / totalMm) * 100}%` }} />
        ))}
      </colgroup>
      <tbody>
        {content.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, cellIndex) => (
              <td key={cellIndex} className={styles.cell}>
                {cell.paragraphs.map((paragraph, index) => (
                  <Paragraph
                    key={index}
                    paragraph={paragraph}
                    columnMm={content.columnsMm[cellIndex] ?? totalMm}
                    totalMm={totalMm}
                  />
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Container-width units for a length in millimetres on a text block `totalMm` wide. */
function cqw(mm: number, totalMm: number): string {
  return `${(mm / totalMm) * 100}cqw`;
}

interface ParagraphProps {
  readonly paragraph: ParagraphSpec;
  readonly columnMm: number;
  readonly totalMm: number;
}

function Paragraph({ paragraph, columnMm, totalMm }: ParagraphProps) {
  const styles = useStyles();
  const { indent, spacing, borderTop } = paragraph;
  const style: CSSProperties = {
    textAlign: ALIGN[paragraph.align],
    marginTop: spacing?.beforePt ? cqw(spacing.beforePt * MM_PER_PT, totalMm) : undefined,
    marginLeft: indent?.leftMm ? `${(indent.leftMm / columnMm) * 100}%` : undefined,
    marginRight: indent?.rightMm ? `${(indent.rightMm / columnMm) * 100}%` : undefined,
  };
  if (borderTop) {
    // A drawn line: the paragraph is empty and only its top border shows.
    return (
      <div
        className={styles.paragraph}
        style={{
          ...style,
          borderTop: `max(1px, ${cqw(borderTop.widthPt * MM_PER_PT, totalMm)}) solid currentColor`,
          height: cqw((paragraph.spacing?.lineExactPt ?? 0) * MM_PER_PT, totalMm),
        }}
      />
    );
  }
  return (
    <p className={styles.paragraph} style={style}>
      {paragraph.runs.map((run, index) => (
        <span
          key={index}
          style={{
            fontSize: cqw(run.sizePt * MM_PER_PT, totalMm),
            fontWeight: run.bold ? 700 : 400,
            fontStyle: run.italic ? "italic" : "normal",
            textDecoration: run.underline ? "underline" : "none",
          }}
        >
          {run.text}
        </span>
      ))}
    </p>
  );
}
