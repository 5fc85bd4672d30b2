// The pane's Griffel renderer: each set of CSS rules is inserted once. Fluent's components hand their whole rule set
// to the renderer on every mount (a useInsertionEffect per styled part), and Griffel's DOM renderer then looks every
// rule up again (its bucket, its stylesheet's key, its cache) before skipping it: a page of findings did that for
// thousands of rules in one commit, about half of the commit's time at 4× CPU throttle. A rule set is an array
// Griffel computes once per makeStyles and never changes, so one seen is skipped whole.

import { type GriffelRenderer, createDOMRenderer } from "@fluentui/react-components";

type RulesByBucket = Parameters<GriffelRenderer["insertCSSRules"]>[0];

export function createStyleRenderer(target: Document = document): GriffelRenderer {
  const renderer = createDOMRenderer(target);
  const insert = renderer.insertCSSRules.bind(renderer);
  const inserted = new WeakSet<object>();
  renderer.insertCSSRules = (rules: RulesByBucket) => {
    for (const bucket in rules) {
      const entries = rules[bucket as keyof RulesByBucket];
      if (!entries || inserted.has(entries)) continue;
      inserted.add(entries);
      insert({ [bucket]: entries });
    }
  };
  return renderer;
}
