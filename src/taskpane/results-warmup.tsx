// Fluent's components compile their styles and insert them into the page the first time they mount: for a finding's
// badge, texts and buttons that was one task of ~130 ms at 4× CPU throttle, paid by the first results on screen.
// So the parts of the progress bar and of the results are mounted out of sight once the Check pane is idle, before
// the first check, one small piece per idle moment (a component's styles each; a whole finding took ~100 ms at 4×),
// and the click and the results find their styles ready.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Switch,
  Text,
} from "@fluentui/react-components";
import { type ReactNode, memo, startTransition, useEffect, useState } from "react";
import type { Finding } from "../check/types";
import { FindingItem } from "./finding-item";
import { whenIdle } from "./when-idle";
import { Unannounced } from "./unannounced";

// Text with the letters a Vietnamese document is made of, so the fonts and their fallbacks are found now as well.
const SAMPLE =
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Nghị định số 30/2020/NĐ-CP.";

function sample(severity: Finding["severity"], fix?: Finding["fix"]): Finding {
  return {
    rule: "warmup",
    category: "font",
    severity,
    message: SAMPLE,
    messages: { vi: SAMPLE, en: SAMPLE },
    paragraph: 0,
    text: SAMPLE,
    source: "",
    fix,
  };
}

const nothing = () => undefined;

function item(finding: Finding, index: number, collapsible = false): ReactNode {
  return (
    <FindingItem
      id={`finding-warmup-${index}`}
      index={index}
      finding={finding}
      paragraphText={SAMPLE}
      tabbable={false}
      current={index === 0}
      collapsible={collapsible}
      onSelect={nothing}
      onFix={nothing}
      onIgnore={nothing}
      onIgnoreRule={nothing}
      onFocusWithin={nothing}
      onNavigate={nothing}
    />
  );
}

/** What the results are made of, a piece per idle moment. */
const PIECES: readonly (() => ReactNode)[] = [
  // What the click shows: the progress bar under its status line.
  () => (
    <Field validationMessage={SAMPLE} validationState="none">
      <ProgressBar thickness="large" aria-label={SAMPLE} />
    </Field>
  ),
  // A finding's parts, a component each.
  () => (
    <Badge appearance="tint" color="danger" shape="rounded">
      {SAMPLE}
    </Badge>
  ),
  () => <Button size="small">{SAMPLE}</Button>,
  () => (
    <>
      <Text>{SAMPLE}</Text>
      <Caption1>{SAMPLE}</Caption1>
    </>
  ),
  () => item(sample("error", { kind: "format", paragraph: 0, set: { bold: true } }), 0),
  () =>
    item(sample("warning", { kind: "text", paragraph: 0, start: 0, end: 1, replacement: "m" }), 1),
  () => item(sample("info"), 2, true),
  () => (
    <RadioGroup layout="horizontal" value="a" aria-label={SAMPLE}>
      <Radio value="a" label={SAMPLE} />
    </RadioGroup>
  ),
  () => <Switch label={SAMPLE} checked={false} />,
  () => (
    <Accordion collapsible>
      <AccordionItem value="a">
        <AccordionHeader expandIconPosition="end">{SAMPLE}</AccordionHeader>
      </AccordionItem>
    </Accordion>
  ),
  () => (
    <MessageBar intent="info">
      <MessageBarBody>{SAMPLE}</MessageBarBody>
    </MessageBar>
  ),
];

// Laid out (so text is shaped and fonts are looked up) but not seen, not heard and not reachable: invisible, inert,
// outside the pane's flow.
const OUT_OF_SIGHT = {
  position: "absolute",
  insetInlineStart: 0,
  top: 0,
  width: "100%",
  height: 0,
  overflow: "hidden",
  visibility: "hidden",
} as const;

/**
 * Mounts the pieces of the results out of sight, one per idle moment, then (an idle moment later) takes them away
 * again: their styles stay in the page, and the results' own commit does not have to remove them. Renders nothing
 * visible.
 */
export const ResultsWarmup = memo(function ResultsWarmup() {
  const [count, setCount] = useState(0);
  const done = count > PIECES.length;
  useEffect(() => {
    if (done) return undefined;
    return whenIdle(() => startTransition(() => setCount((now) => now + 1)));
  }, [count, done]);
  if (done) return null;
  return (
    <div inert aria-hidden="true" style={OUT_OF_SIGHT}>
      <Unannounced>
        {PIECES.slice(0, count).map((piece, index) => (
          <div key={index}>{piece()}</div>
        ))}
      </Unannounced>
    </div>
  );
});
