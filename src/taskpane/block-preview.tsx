// A miniature of blocks as Word will lay them out: paragraphs with their emphasis and alignment, tables as columns.

import { makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { Block, ParagraphSpec } from "../blocks/block";

/** Body text size the miniature scales from: 14 pt shows at the pane's base font size. */
const BASE_PT = 14;

const useStyles = makeStyles({
  page: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    fontFamily: '"Times New Roman", Tinos, "Liberation Serif", serif',
    fontSize: tokens.fontSizeBase300,
    lineHeight: 1.3,
    overflowWrap: "anywhere",
    maxHeight: "320px",
    overflowY: "auto",
  },
  paragraph: { margin: 0, whiteSpace: "pre-wrap", minHeight: "0.6em" },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  cell: { minWidth: 0 },
});

const ALIGN: Record<ParagraphSpec["align"], CSSProperties["textAlign"]> = {
  left: "left",
  center: "center",
  right: "right",
  both: "justify",
};

function Paragraph({ paragraph }: { readonly paragraph: ParagraphSpec }) {
  const styles = useStyles();
  if (paragraph.borderTop) {
    return (
      <div style={{ borderTop: "1px solid currentColor", width: "40%", margin: "2px auto" }} />
    );
  }
  const runs = paragraph.runs.map((run, index) => (
    <span
      key={index}
      style={{
        fontSize: `${run.sizePt / BASE_PT}em`,
        fontWeight: run.bold ? 700 : 400,
        fontStyle: run.italic ? "italic" : "normal",
        textDecoration: run.underline ? "underline" : "none",
      }}
    >
      {run.text}
    </span>
  ));
  const box = paragraph.box;
  return (
    <p className={styles.paragraph} style={{ textAlign: ALIGN[paragraph.align] }}>
      {box ? (
        // The stamp's frame as Word draws it: two lines round a secrecy mark (D38), one round KHẨN and the like.
        <span
          data-frame={box.double ? "double" : "single"}
          style={{
            display: "inline-block",
            border: box.double ? "3px double currentColor" : "1px solid currentColor",
            padding: "0 0.6em",
            margin: "2px 0",
          }}
        >
          {runs}
        </span>
      ) : (
        runs
      )}
    </p>
  );
}

export interface BlockPreviewProps {
  readonly blocks: readonly Block[];
  readonly testId?: string;
}

/** The blocks in order, drawn small; hidden from screen readers, which get the key lines as text instead. */
export function BlockPreview({ blocks, testId }: BlockPreviewProps) {
  const styles = useStyles();
  return (
    <div className={styles.page} aria-hidden="true" data-testid={testId}>
      {blocks.flatMap((block, b) =>
        block.content.map((content, c) => {
          const key = `${b}.${c}`;
          if (content.kind === "paragraph") return <Paragraph key={key} paragraph={content} />;
          const total = content.columnsMm.reduce((sum, mm) => sum + mm, 0) || 1;
          return content.rows.map((row, r) => (
            <div key={`${key}.${r}`} className={styles.row}>
              {row.map((cell, i) => (
                <div
                  key={i}
                  className={styles.cell}
                  style={{ flexBasis: `${((content.columnsMm[i] ?? 0) / total) * 100}%` }}
                >
                  {cell.paragraphs.map((paragraph, p) => (
                    <Paragraph key={p} paragraph={paragraph} />
                  ))}
                </div>
              ))}
            </div>
          ));
        })
      )}
    </div>
  );
}

/** Every paragraph's text of the blocks, in document order (table cells left to right), blank ones left out. */
export function blockLines(blocks: readonly Block[]): string[] {
  const lines: string[] = [];
  const add = (paragraph: ParagraphSpec) => {
    const text = paragraph.runs.map((run) => run.text).join("");
    if (text.trim() !== "") lines.push(text);
  };
  for (const block of blocks) {
    for (const content of block.content) {
      if (content.kind === "paragraph") add(content);
      else for (const row of content.rows) for (const cell of row) cell.paragraphs.forEach(add);
    }
  }
  return lines;
}
