// The thethuc command: `new` writes a document that starts with a correct header, `types` lists document types.

import { terminalText } from "../text/terminal-text";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { newDocumentBlocks, type NewDocumentInput } from "../blocks";
import { DOCUMENT_TYPES, PROFILE_IDS, PROFILES, type ProfileId, isProfileId } from "../conventions";
import { writeDocx } from "../ooxml/docx-writer";
import type { ToneStylePreference } from "../check/types";
import { CHECK_DEFAULTS, type CheckFormat, checkFiles, defaultJobs } from "./check-command";
import { CLI_KEYS, keyForField, normalisationNote } from "./keys";
import { refsFiles } from "./refs-command";
import { FIX_DEFAULTS, fixFiles } from "./fix-command";
import { htmlReport } from "../report/html-report";

/** Exit codes, as product.md fixes them. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

class UsageError extends Error {}

/** A parser for a numeric option: a number in [min, max] (a whole one when `integer`), or a usage error. */
function numberOption(name: string, min: number, max: number, integer: boolean) {
  return (value: string): number => {
    const number = Number(value);
    if (
      value.trim() === "" ||
      !Number.isFinite(number) ||
      number < min ||
      number > max ||
      (integer && !Number.isInteger(number))
    )
      throw new UsageError(
        `${name} cần một số ${integer ? "nguyên " : ""}từ ${min} đến ${max}, nhận "${value}" (expected a number from ${min} to ${max})`
      );
    return number;
  };
}

const collect = (value: string, all: string[]) => [...all, value];

/** The form input from `--set key=value` pairs: list keys accumulate, the others take their last value. */
function parseSet(pairs: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0)
      throw new UsageError(`--set cần dạng khóa=giá-trị, nhận "${pair}" (expected key=value)`);
    const name = pair.slice(0, at);
    const key = CLI_KEYS.find((known) => known.key === name);
    if (!key) {
      throw new UsageError(
        `khóa "${name}" không được hỗ trợ (unknown key); các khóa: ${CLI_KEYS.map((k) => k.key).join(", ")}`
      );
    }
    const value = pair.slice(at + 1);
    if (key.list) {
      const items = value
        .split("|")
        .map((item) => item.trim())
        .filter((item) => item !== "");
      input[key.field] = [...((input[key.field] as string[] | undefined) ?? []), ...items];
    } else if (key.parse) {
      try {
        input[key.field] = key.parse(value);
      } catch (error) {
        throw new UsageError(`${name}: ${(error as Error).message}`);
      }
    } else {
      input[key.field] = value;
    }
  }
  return input;
}

function typesText(profiles: readonly ProfileId[]): string {
  return profiles
    .map((id) => {
      const rows = DOCUMENT_TYPES[id].map(
        (type) =>
          `  ${type.slug.padEnd(16)} ${type.name.padEnd(16)} ${type.code ?? "(không có — none)"}`
      );
      return `${id} — ${PROFILES[id].name.vi}\n${rows.join("\n")}`;
    })
    .join("\n\n");
}

const KEYS_HELP = CLI_KEYS.map((key) => `  ${key.key.padEnd(18)} ${key.help}`).join("\n");

/** The package version, for --version and SARIF: from the nearest package.json above this file (src/ or dist/). */
function packageVersion(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file))
      return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "0.0.0";
}
const VERSION = packageVersion();

/** Where the command may draw on a terminal. */
export interface Terminal {
  /** Writes the progress bar; absent when stderr is not a terminal. */
  readonly progress?: (text: string) => void;
}

function program(
  out: (text: string) => void,
  err: (text: string) => void,
  setExit: (code: number) => void,
  terminal: Terminal
): Command {
  const cli = new Command("thethuc")
    .description(
      "Thể Thức — soạn văn bản Đảng và nhà nước đúng thể thức (Hướng dẫn 36-HD/VPTW, 05-HD/VPTW, Nghị định 30/2020/NĐ-CP).\n" +
        "Thể Thức — lay out Vietnamese Party and State documents by the rules."
    )
    .version(VERSION)
    .configureOutput({
      writeOut: out,
      writeErr: err,
      // Commander's own errors quote what was typed: each line escaped as the others are.
      outputError: (text, write) => write(text.split("\n").map(terminalText).join("\n")),
    })
    .exitOverride()
    .showHelpAfterError();

  cli
    .command("new")
    .description(
      "Tạo tệp .docx bắt đầu bằng phần đầu và tên loại đúng thể thức — write a .docx that starts with a correct header and tên loại"
    )
    .argument(
      "<type>",
      "loại văn bản, không dấu: ket-luan, nghi-quyet, quyet-dinh, bao-cao, cong-van … (xem `thethuc types`)"
    )
    .addOption(
      new Option("-p, --profile <profile>", "bộ quy tắc — rulebook")
        .choices(PROFILE_IDS)
        .default("nha-nuoc")
    )
    .option(
      "-s, --set <key=value>",
      "một thông tin của văn bản (lặp lại được) — a field, repeatable",
      (value: string, all: string[]) => [...all, value],
      []
    )
    .requiredOption("-o, --output <file>", "tệp .docx sẽ ghi — the .docx to write")
    .option(
      "--ban-dien-tu",
      "bản điện tử (nhà nước, Nghị định 30 Phụ lục I mục II.7d, II.8, III.1): chỗ cho hình ảnh chữ ký số và dấu, chữ ký số của cơ quan trên văn bản kèm theo và trên bản sao điện tử (Phần II mục I.3), để trống số và ngày trong “(Kèm theo …)” — electronic form"
    )
    .addHelpText(
      "after",
      `\nKhóa cho --set (keys):\n${KEYS_HELP}\n\nVí dụ (example):\n` +
        '  npx thethuc new ket-luan --profile dang-2018 --set co-quan-cap-tren="Đảng bộ tỉnh Quảng Nam" \\\n' +
        '    --set co-quan="Thị ủy Điện Bàn" --set ky-hieu=TU --set so=1301 --set dia-danh="Điện Bàn" \\\n' +
        "    --set ngay=18/7/2023 -o ket-luan.docx\n" +
        '  npx thethuc new quyet-dinh --set co-quan-cap-tren="UBND tỉnh Lào Cai" --set co-quan="Sở Nông nghiệp và Môi trường" \\\n' +
        '    --set ky-hieu=SNNMT --set so= --set dia-danh="Lào Cai" --set ngay= -o du-thao.docx   (dự thảo: số và ngày để trống)\n' +
        "\nMã thoát (exit codes): 0 đã ghi tệp — written; 2 sai cách dùng hoặc thông tin không hợp lệ — bad usage or invalid fields."
    )
    .action(
      (
        type: string,
        options: { profile: string; set: string[]; output: string; banDienTu?: boolean }
      ) => {
        if (!isProfileId(options.profile))
          throw new UsageError(`bộ quy tắc không có: ${options.profile}`);
        const input: Record<string, unknown> = {
          ...parseSet(options.set),
          profile: options.profile,
          type,
          ...(options.banDienTu ? { electronic: true } : {}),
        };
        input.issuer ??= "";
        input.issuerCode ??= "";
        input.place ??= "";
        const blocks = newDocumentBlocks(input as unknown as NewDocumentInput);
        if (!blocks.ok) {
          throw new UsageError(
            blocks.errors
              .map((e) => `${keyForField(e.field)}: ${e.message.vi} (${e.message.en})`)
              .join("\n")
          );
        }
        writeFileSync(options.output, writeDocx(blocks.value, PROFILES[options.profile], type));
        out(`${terminalText(`đã ghi ${options.output} (wrote ${options.output})`)}\n`);
        // The document holds the values as typed except for these safe normalisations: say so, one line a value.
        for (const pair of options.set) {
          const at = pair.indexOf("=");
          const note = normalisationNote(pair.slice(0, at), pair.slice(at + 1));
          if (note) err(`thethuc: ${terminalText(note)}\n`);
        }
      }
    );

  cli
    .command("check")
    .description(
      "Kiểm tra thể thức các tệp .docx, hoặc mọi tệp .docx trong thư mục — check .docx files, or every .docx in folders"
    )
    .argument(
      "<files...>",
      "các tệp .docx hoặc thư mục (duyệt cả thư mục con) — .docx files or folders (recursive)"
    )
    .addOption(
      new Option(
        "-p, --profile <profile>",
        "bộ quy tắc; auto: tự nhận từ phần đầu và ngày — rulebook"
      )
        .choices(["auto", ...PROFILE_IDS])
        .default("auto")
    )
    .addOption(
      new Option(
        "-f, --format <format>",
        "định dạng kết quả; jsonl: mỗi tệp một dòng JSON ngay khi xong — output format; jsonl: one JSON line per file as it finishes"
      )
        .choices(["text", "json", "jsonl", "sarif"])
        .default("text")
    )
    .addOption(
      new Option("--lang <lang>", "ngôn ngữ thông báo — message language")
        .choices(["vi", "en"])
        .default("vi")
    )
    .option(
      "--draft",
      "coi là dự thảo: chấp nhận số và ngày để trống — treat as drafts (blank number and date accepted)",
      false
    )
    .addOption(
      new Option(
        "--tone-style <style>",
        "kiểu đặt dấu thanh oa, oe, uy: first = hòa, thủy; second = hoà, thuỷ; auto = theo kiểu chủ đạo của văn bản — tone-mark style"
      )
        .choices(["auto", "first", "second"])
        .default("auto")
    )
    .option(
      "--include <glob>",
      "chỉ kiểm tra các tệp trong thư mục khớp mẫu (lặp lại được; mẫu không có / so với tên tệp) — only files found in folders that match (repeatable)",
      collect,
      []
    )
    .option(
      "--exclude <glob>",
      "bỏ qua các tệp trong thư mục khớp mẫu (lặp lại được) — leave out files found in folders that match (repeatable)",
      collect,
      []
    )
    .option(
      "-j, --jobs <n>",
      `số luồng kiểm tra song song (mặc định: số lõi, ở đây ${defaultJobs()}) — worker threads (default: the cores)`,
      numberOption("--jobs", 1, 256, true)
    )
    .option(
      "--timeout <seconds>",
      "thời gian tối đa cho mỗi tệp — time limit per file",
      numberOption("--timeout", 0.1, 86400, false),
      CHECK_DEFAULTS.timeout
    )
    .option(
      "--max-memory <MB>",
      "bộ nhớ tối đa cho mỗi luồng kiểm tra — heap limit per worker",
      numberOption("--max-memory", 16, 65536, true),
      CHECK_DEFAULTS.maxMemory
    )
    .option(
      "--report <file.html>",
      "ghi thêm một báo cáo HTML độc lập (tổng quan, biểu đồ, bảng tệp, từng phát hiện) — also write a self-contained HTML report"
    )
    .option(
      "--no-progress",
      "không vẽ thanh tiến độ — no progress bar (drawn only when stderr is a terminal)"
    )
    .addHelpText(
      "after",
      "\nMã thoát (exit codes): 0 không có lỗi — no error; 1 có lỗi — errors found; 2 sai cách dùng, có tệp không đọc được, quá thời gian\n" +
        "hoặc quá bộ nhớ — bad usage, or a file unreadable, over --timeout or over --max-memory (lý do một dòng trên stderr; các tệp khác\n" +
        "vẫn được kiểm tra — one-line reason on stderr, the other files still checked).\n" +
        'JSON: {"files":[{"file","profile","documentType","findings":[…],"coverage":{…}}],"summary":{…}}; jsonl: một dòng mỗi tệp\n' +
        'theo thứ tự xong, rồi dòng {"summary":{…}} — one line per file as it finishes, then the summary line.\n' +
        "Đoạn (paragraph) đếm từ 0 trong JSON/SARIF, từ 1 trong văn bản. Tổng kết (summary): số tệp, lỗi và cảnh báo theo nhóm,\n" +
        "mười quy tắc gặp nhiều nhất. Ví dụ (example): npx thethuc check --jobs 4 --exclude '*.fixed.docx' --format jsonl luu-tru/"
    )
    .action(
      async (
        files: string[],
        options: {
          profile: ProfileId | "auto";
          format: CheckFormat;
          lang: "vi" | "en";
          draft: boolean;
          toneStyle: ToneStylePreference;
          include: string[];
          exclude: string[];
          jobs?: number;
          timeout: number;
          maxMemory: number;
          progress: boolean;
          report?: string;
        }
      ) => {
        const reportFile = options.report;
        setExit(
          await checkFiles(
            files,
            {
              ...options,
              version: VERSION,
              progress: options.progress && terminal.progress ? terminal.progress : undefined,
              onDone: reportFile
                ? (outcomes, summary) => {
                    writeFileSync(
                      reportFile,
                      htmlReport(outcomes, {
                        language: options.lang,
                        summary,
                        generatedAt: new Date().toISOString(),
                        version: VERSION,
                      })
                    );
                    err(`${terminalText(`đã ghi báo cáo ${reportFile} (wrote the report)`)}\n`);
                  }
                : undefined,
            },
            out,
            err
          )
        );
      }
    );

  cli
    .command("fix")
    .description(
      "Sửa các lỗi sửa được an toàn vào bản sao .docx — apply the safe fixes to copies of .docx files"
    )
    .argument("<files...>", "các tệp .docx hoặc thư mục — .docx files or folders (recursive)")
    .option(
      "-o, --output <dir>",
      "ghi bản đã sửa vào thư mục này — write the fixed copies into this folder"
    )
    .option(
      "--suffix <suffix>",
      "ghi bản đã sửa cạnh tệp gốc, thêm hậu tố trước .docx (mặc định .fixed) — write beside each file with this suffix (default .fixed)"
    )
    .option(
      "--in-place",
      "ghi đè tệp gốc, giữ bản cũ là TỆP.bak — overwrite, keeping FILE.bak",
      false
    )
    .option(
      "--dry-run",
      "chỉ liệt kê, không ghi gì — list what would be fixed, write nothing",
      false
    )
    .option(
      "--only <rules>",
      "chỉ sửa các quy tắc hoặc nhóm này, cách nhau bằng dấu phẩy — only these rules or categories (comma-separated)",
      (value: string) =>
        value
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean)
    )
    .option(
      "--except <rules>",
      "không sửa các quy tắc hoặc nhóm này — not these rules or categories (comma-separated)",
      (value: string) =>
        value
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean)
    )
    .addOption(
      new Option("-p, --profile <profile>", "bộ quy tắc — rulebook")
        .choices(["auto", ...PROFILE_IDS])
        .default("auto")
    )
    .addOption(
      new Option("--lang <lang>", "ngôn ngữ thông báo — message language")
        .choices(["vi", "en"])
        .default("vi")
    )
    .option("--draft", "coi là dự thảo — treat as drafts", false)
    .option("--include <glob>", "như check — as for check", collect, [])
    .option("--exclude <glob>", "như check — as for check", collect, [])
    .option(
      "-j, --jobs <n>",
      `số luồng sửa song song (mặc định: số lõi, ở đây ${defaultJobs()}) — worker threads (default: the cores)`,
      numberOption("--jobs", 1, 256, true)
    )
    .option(
      "--timeout <seconds>",
      "thời gian tối đa cho mỗi tệp — time limit per file",
      numberOption("--timeout", 0.1, 86400, false),
      FIX_DEFAULTS.timeout
    )
    .option(
      "--max-memory <MB>",
      "bộ nhớ tối đa cho mỗi luồng — heap limit per worker",
      numberOption("--max-memory", 16, 65536, true),
      FIX_DEFAULTS.maxMemory
    )
    .addHelpText(
      "after",
      "\nSửa (fixes): định dạng (phông, cỡ, đậm, nghiêng, gạch chân, màu, căn lề), khổ giấy và lề từng phần (giữ trang ngang),\n" +
        "chữ của tiêu đề, tiêu ngữ và gạch nối, số 0 của ngày tháng, Unicode NFC, chữ TCVN3/VNI đổi sang Unicode cùng phông.\n" +
        "Formatting, paper and margins per section (landscape kept), header wording, date zeros, NFC, TCVN3/VNI text with its font.\n" +
        "Các sửa chữ khác cần xem trong Word và được liệt kê là bỏ qua — other text fixes are listed as skipped, with the reason.\n" +
        "Mã thoát (exit codes): 0 xong — done; 2 sai cách dùng, hoặc có tệp không đọc/ghi được, quá --timeout hoặc quá bộ nhớ —\n" +
        "bad usage, or a file unreadable/unwritable, over --timeout or over --max-memory (lý do một dòng trên stderr; các tệp khác\n" +
        "vẫn được sửa — a one-line reason on stderr; the other files go on)."
    )
    .action(
      async (
        files: string[],
        options: {
          output?: string;
          suffix?: string;
          inPlace: boolean;
          dryRun: boolean;
          only?: string[];
          except?: string[];
          profile: ProfileId | "auto";
          lang: "vi" | "en";
          draft: boolean;
          include: string[];
          exclude: string[];
          jobs?: number;
          timeout: number;
          maxMemory: number;
        }
      ) => {
        const targets = [options.output, options.suffix, options.inPlace || undefined].filter(
          (target) => target !== undefined
        );
        if (targets.length > 1)
          throw new UsageError(
            "chọn một trong -o, --suffix, --in-place (choose one of -o, --suffix, --in-place)"
          );
        setExit(await fixFiles(files, options, out, err));
      }
    );

  cli
    .command("refs")
    .description(
      "Liệt kê các văn bản được viện dẫn và tên viết tắt — list the documents cited and the short forms defined"
    )
    .argument("<files...>", "các tệp .docx — the .docx files")
    .addOption(
      new Option("-f, --format <format>", "định dạng kết quả — output format")
        .choices(["text", "json"])
        .default("text")
    )
    .addHelpText(
      "after",
      "\nMã thoát (exit codes): 0 đã liệt kê — listed; 2 sai cách dùng hoặc có tệp không đọc được — bad usage or an unreadable file.\n" +
        'JSON: {"files":[{"file","references":[{"type","number","law","date","issuer","summary","firstParagraph","count","definedAs"}],' +
        '"abbreviations":[{"short","formula","paragraph","uses"}]}]}; đoạn đếm từ 0 trong JSON, từ 1 trong văn bản.'
    )
    .action((files: string[], options: { format: "text" | "json" }) => {
      setExit(refsFiles(files, options, out, err));
    });

  cli
    .command("types")
    .description(
      "Liệt kê các loại văn bản của mỗi bộ quy tắc — list the document types of each profile"
    )
    .addOption(
      new Option("-p, --profile <profile>", "chỉ một bộ quy tắc — one profile only").choices(
        PROFILE_IDS
      )
    )
    .action((options: { profile?: ProfileId }) => {
      out(`${typesText(options.profile ? [options.profile] : PROFILE_IDS)}\n`);
    });

  cli.addHelpText(
    "after",
    "\nBộ quy tắc (profiles): dang-2018 (HD 36-HD/VPTW), dang-2026 (HD 05-HD/VPTW, QĐ 399-QĐ/TW), nha-nuoc (NĐ 30/2020/NĐ-CP).\n" +
      "Xem `thethuc new --help` để biết các khóa --set (see it for the --set keys)."
  );
  return cli;
}

/**
 * Runs the command line; resolves to the exit code instead of exiting, so tests can call it. The progress bar is drawn
 * on stderr only when it is a terminal and no other writer for errors was given.
 */
export async function run(
  argv: readonly string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err?: (text: string) => void,
  terminal?: Terminal
): Promise<number> {
  const stderr = (text: string) => process.stderr.write(text);
  terminal ??= !err && process.stderr.isTTY ? { progress: stderr } : {};
  err ??= stderr;
  let exit: number = EXIT.ok;
  try {
    await program(out, err, (code) => (exit = code), terminal).parseAsync([...argv], {
      from: "user",
    });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      err(
        `${error.message
          .split("\n")
          .map((line) => `thethuc: ${terminalText(line)}`)
          .join("\n")}\n`
      );
      return EXIT.usage;
    }
    const reason = error instanceof Error ? error.message : String(error);
    err(`thethuc: ${terminalText(reason.split("\n")[0] ?? "")}\n`);
    return EXIT.usage;
  }
}
