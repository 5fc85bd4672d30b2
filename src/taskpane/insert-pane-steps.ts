// The Insert pane's code, evaluated in steps, a task each. Its files hold ~600 KB of code (Fluent's components, the
// conventions, the blocks, the forms), and evaluating it all when they arrive was one task of ~300–400 ms at 4× CPU
// throttle: V8 compiles each module's code when it first runs. Each step is a module the pane imports anyway, taken
// in an order that brings in about as much new code each time (the drop-downs' Fluent code first, the biggest piece).
// "eager": no extra file, the modules are in the pane's files. What the pane's first render does not draw (the issuer
// section, where, the preview: insert-pane-parts; the other blocks' forms) is evaluated later, when it is drawn.

import { nextTask } from "./when-idle";

const steps: readonly (() => Promise<unknown>)[] = [
  () => import(/* webpackMode: "eager" */ "../conventions"),
  () => import(/* webpackMode: "eager" */ "./profile-field"),
  () => import(/* webpackMode: "eager" */ "../blocks/header-block"),
  () => import(/* webpackMode: "eager" */ "./insert-pane"),
];

export async function loadInsertBlocksPane(): Promise<typeof import("./insert-blocks")> {
  for (const step of steps) {
    await step();
    await nextTask();
  }
  return import(/* webpackMode: "eager" */ "./insert-blocks");
}
