// The CLI run in-process, its output collected: what a user's terminal would show, and the exit code.

import { run } from "../../src/cli/main";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `thethuc <args>`; `progress` receives what the CLI would draw on a terminal's progress line. */
export async function thethuc(
  args: readonly string[],
  progress?: (text: string) => void
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(
    args,
    (text) => (stdout += text),
    (text) => (stderr += text),
    progress ? { progress } : {}
  );
  return { code, stdout, stderr };
}
