// Runs the Debian tools the tests rely on (xmllint, soffice, pdftotext, pdfinfo); a missing tool fails the test.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs a tool and returns its stdout; throws with the tool's stderr, or with how to install it when absent. */
export function tool(
  command: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number } = {}
): string {
  try {
    return execFileSync(command, [...args], {
      cwd: options.cwd,
      timeout: options.timeoutMs ?? 120_000,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const failure = error as { code?: string; stderr?: string; stdout?: string; message: string };
    if (failure.code === "ENOENT") {
      throw new Error(
        `${command} is not installed: run .ci/run or apt-get install chromium libreoffice-writer-nogui poppler-utils libxml2-utils`
      );
    }
    throw new Error(`${command} failed: ${failure.stderr || failure.stdout || failure.message}`);
  }
}

/** The directories tempDir made in this test file, removed after its last test (remove-temp-dirs.ts). */
const made: string[] = [];

/** A fresh temporary directory for one test file; it is removed when the file's tests end. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `thethuc-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes the directories tempDir made, unless THETHUC_KEEP_TEMP is set (to look at a failing test's files). */
export function removeTempDirs(): void {
  if (process.env.THETHUC_KEEP_TEMP) return;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The repository's copy of the OOXML schemas (from ../shared/ooxml-schemas). */
export const WML_SCHEMA = join(__dirname, "..", "schemas", "ooxml", "microsoft", "wml-2010.xsd");

/** Validates XML files against the WordprocessingML schema; throws with xmllint's messages when one is invalid. */
export function validateWml(files: readonly string[]): void {
  tool("xmllint", ["--noout", "--nonet", "--schema", WML_SCHEMA, ...files]);
}

/** Converts a .docx to PDF with LibreOffice, in its own profile directory so parallel runs don't collide. */
export function renderPdf(docx: string, outDir: string): string {
  renderPdfs([docx], outDir);
  return join(outDir, docx.replace(/^.*\//, "").replace(/\.docx$/, ".pdf"));
}

/**
 * Converts many .docx files to PDF (each `name.pdf` in outDir) in one LibreOffice start, which costs seconds, with
 * its own profile directory.
 */
export function renderPdfs(docxs: readonly string[], outDir: string, timeoutMs = 180_000): void {
  const profile = join(outDir, "lo-profile");
  tool(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...docxs,
    ],
    { timeoutMs }
  );
}
