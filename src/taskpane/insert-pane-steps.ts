// The Insert pane's code, evaluated in steps, a task each. Its files hold ~600 KB of code (Fluent's components, the
// conventions, the blocks, the forms), and evaluating it all when they arrive was one task of ~300–400 ms at 4× CPU
// throttle: V8 compiles each module's code when it first runs. "eager": no extra file, the modules are in the pane's.

import { nextTask } from "./when-idle";

export async function loadInsertBlocksPane(): Promise<typeof import("./insert-blocks")> {
  await import(/* webpackMode: "eager" */ "./insert-pane-parts");
  await nextTask();
  await import(/* webpackMode: "eager" */ "../conventions");
  await nextTask();
  await import(/* webpackMode: "eager" */ "../blocks/header-block");
  await nextTask();
  return import(/* webpackMode: "eager" */ "./insert-blocks");
}
