// A check report as one self-contained HTML page (no network, inline style and script), in Vietnamese and English.
// Pure: no Node or browser API, so the CLI (`--report`) and the task pane (export) build the same page.

import { terminalText } from "../text/terminal-text";
import type { Language } from "../check/engine";
import {
  type FindingGroup,
  groupFloods,
  groupLine,
  paragraphRanges,
} from "../check/finding-groups";
import { type CheckResult, type Finding, type Fix, type Severity } from "../check/types";
import { SOURCES, sourceTags } from "../conventions/sources";
import { CATEGORY_LABELS } from "../taskpane/check-messages";
import { type BatchSummary, SummaryCounter } from "./batch-summary";

/** One file of the report: its result (with the text of the paragraphs findings point at), or why it was not read. */
export type ReportFile = { readonly file: string } & (
  | {
      readonly result: CheckResult;
      /** Paragraph texts by index, for the findings' context; the finding's own text when absent. */
      readonly paragraphs?: Readonly<Record<number, string>>;
    }
  | { readonly error: string }
);

export interface HtmlReportOptions {
  /** The language the page opens in; the reader can switch. */
  readonly language?: Language;
  /** When the check ran, shown as given (an ISO time, say). */
  readonly generatedAt?: string;
  /** The tool's version, shown in the footer. */
  readonly version?: string;
  /** The counts, when the caller already has them; counted from `files` otherwise. */
  readonly summary?: BatchSummary;
}

type Both = { readonly vi: string; readonly en: string };

const TEXT = {
  title: { vi: "Báo cáo kiểm tra thể thức", en: "Thể thức check report" },
  language: { vi: "English", en: "Tiếng Việt" },
  totals: { vi: "Tổng quan", en: "Totals" },
  files: { vi: "Tệp", en: "Files" },
  checked: { vi: "Đã kiểm tra", en: "Checked" },
  unreadable: { vi: "Không đọc được", en: "Unreadable" },
  withErrors: { vi: "Tệp có lỗi", en: "Files with errors" },
  errors: { vi: "Lỗi", en: "Errors" },
  warnings: { vi: "Cảnh báo", en: "Warnings" },
  notes: { vi: "Gợi ý", en: "Notes" },
  chart: { vi: "Các lỗi gặp nhiều nhất", en: "Commonest breaches" },
  chartNone: { vi: "Không có phát hiện nào.", en: "No findings." },
  inFiles: { vi: "tệp", en: "files" },
  byCategory: { vi: "Theo nhóm", en: "By category" },
  category: { vi: "Nhóm", en: "Category" },
  fileTable: { vi: "Các tệp", en: "Files" },
  sortHint: {
    vi: "Bấm tiêu đề cột để sắp xếp.",
    en: "Select a column heading to sort.",
  },
  file: { vi: "Tệp", en: "File" },
  type: { vi: "Loại, bộ quy tắc", en: "Type, rulebook" },
  status: { vi: "Tình trạng", en: "Status" },
  details: { vi: "Chi tiết từng tệp", en: "Each file's findings" },
  paragraph: { vi: "Đoạn", en: "Paragraph" },
  severity: { vi: "Mức", en: "Severity" },
  finding: { vi: "Phát hiện", en: "Finding" },
  text: { vi: "Nội dung đoạn", en: "Paragraph text" },
  rule: { vi: "Quy tắc, nguồn", en: "Rule, source" },
  fix: { vi: "Cách sửa", en: "Fix" },
  noFix: { vi: "Sửa tay", en: "By hand" },
  whole: { vi: "Toàn văn bản", en: "Whole document" },
  clean: { vi: "Không có phát hiện nào.", en: "No findings." },
  notEvaluated: { vi: "Chưa đánh giá", en: "Not evaluated" },
  notRead: { vi: "Không đọc được", en: "Not read" },
  generated: { vi: "Lập lúc", en: "Made at" },
  footer: {
    vi: "Lập bởi Thể Thức; mọi kiểm tra chạy trên máy người dùng.",
    en: "Made by Thể Thức; every check ran on the user's computer.",
  },
} as const satisfies Record<string, Both>;

const SEVERITY: Readonly<Record<Severity, Both>> = {
  error: { vi: "lỗi", en: "error" },
  warning: { vi: "cảnh báo", en: "warning" },
  info: { vi: "gợi ý", en: "note" },
};

/**
 * Text with the five XML specials escaped, safe in element content and quoted attributes. Control characters and
 * bidirectional overrides from file names and documents are shown as escapes, as on the terminal (a U+202E in a file
 * name would otherwise show "…fdp.docx" reversed); a tab stays a tab.
 */
export function escapeHtml(text: string): string {
  const shown = text
    .split("\t")
    .map((piece) => terminalText(piece))
    .join("\t");
  return shown.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"
  );
}

/** Both languages of a piece of text; the page shows the one its root's class names. */
function both(text: Both): string {
  return `<span lang="vi" data-l="vi">${escapeHtml(text.vi)}</span><span lang="en" data-l="en">${escapeHtml(text.en)}</span>`;
}

const ALIGN: Readonly<Record<string, Both>> = {
  left: { vi: "căn trái", en: "align left" },
  center: { vi: "căn giữa", en: "centre" },
  right: { vi: "căn phải", en: "align right" },
  both: { vi: "căn đều hai bên", en: "justify" },
};

/** What a fix does, in words, for the report's "Fix" column. */
export function describeFix(fix: Fix): Both {
  if (fix.kind === "text") {
    const quote = (text: string) => `“${text}”`;
    return {
      vi: `thay bằng ${quote(fix.replacement)}`,
      en: `replace with ${quote(fix.replacement)}`,
    };
  }
  if (fix.kind === "page") {
    const vi: string[] = [];
    const en: string[] = [];
    if (fix.set.a4) {
      vi.push("khổ A4");
      en.push("A4 paper");
    }
    for (const [side, mm] of Object.entries(fix.set.marginsMm ?? {})) {
      const name = {
        top: ["trên", "top"],
        bottom: ["dưới", "bottom"],
        left: ["trái", "left"],
        right: ["phải", "right"],
      }[side] as [string, string];
      vi.push(`lề ${name[0]} ${mm} mm`);
      en.push(`${name[1]} margin ${mm} mm`);
    }
    return { vi: vi.join(", "), en: en.join(", ") };
  }
  const { set } = fix;
  const vi: string[] = [];
  const en: string[] = [];
  if (set.font) {
    vi.push(`phông ${set.font}`);
    en.push(`font ${set.font}`);
  }
  if (set.sizePt !== undefined) {
    vi.push(`cỡ ${set.sizePt}`);
    en.push(`${set.sizePt} pt`);
  }
  for (const [key, on, off] of [
    ["bold", ["in đậm", "bold"], ["bỏ đậm", "not bold"]],
    ["italic", ["in nghiêng", "italic"], ["bỏ nghiêng", "not italic"]],
    ["underline", ["gạch chân", "underlined"], ["bỏ gạch chân", "not underlined"]],
  ] as const) {
    const value = set[key];
    if (value === undefined) continue;
    const words = value ? on : off;
    vi.push(words[0]);
    en.push(words[1]);
  }
  if (set.color) {
    vi.push(`màu ${set.color}`);
    en.push(`colour ${set.color}`);
  }
  if (set.align) {
    vi.push(ALIGN[set.align]?.vi ?? set.align);
    en.push(ALIGN[set.align]?.en ?? set.align);
  }
  return { vi: vi.join(", "), en: en.join(", ") };
}

/** The source tag with its document's title as a tooltip. */
function sourceHtml(source: string): string {
  let titles: string[] = [];
  try {
    titles = sourceTags(source).map((tag) => SOURCES[tag]?.title ?? tag);
  } catch {
    // A malformed tag is still shown as written.
  }
  return `<span class="source" title="${escapeHtml(titles.join("; "))}">${escapeHtml(source)}</span>`;
}

/** The paragraph's text with the finding's span marked; long texts cut around the span. */
function contextHtml(
  finding: Finding,
  paragraphs: Readonly<Record<number, string>> | undefined
): string {
  if (finding.paragraph === null) return "";
  const text = paragraphs?.[finding.paragraph];
  if (text === undefined || finding.start === undefined || finding.end === undefined)
    return escapeHtml(text ?? finding.text);
  const end = Math.min(finding.end, text.length);
  const start = Math.min(finding.start, end);
  return `${escapeHtml(text.slice(0, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(text.slice(end))}`;
}

function counts(result: CheckResult): Record<Severity, number> {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of result.findings) count[finding.severity]++;
  return count;
}

const STYLE = `
:root{color-scheme:light;font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1b1b;background:#fff}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem 3rem;line-height:1.45}
html.vi [data-l=en],html.en [data-l=vi]{display:none}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:0}
button{font:inherit;cursor:pointer}
.switch{border:1px solid #0f6cbd;background:#fff;color:#0f6cbd;border-radius:4px;padding:.3rem .8rem}
.switch:focus-visible,th button:focus-visible,summary:focus-visible{outline:3px solid #0f6cbd;outline-offset:2px}
.totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:0;padding:0}
.totals div{border:1px solid #d1d1d1;border-radius:6px;padding:.6rem .8rem}
.totals dt{font-size:.85rem;color:#424242}.totals dd{margin:0;font-size:1.6rem;font-weight:600}
.error{color:#b10e1c}.warning{color:#8a4b00}.info{color:#0f548c}
.bars{list-style:none;margin:0;padding:0}
.bars li{display:grid;grid-template-columns:minmax(10rem,18rem) 1fr 7rem;gap:.5rem;align-items:center;margin:.25rem 0}
.bar{height:1.1rem;background:#0f6cbd;border-radius:2px;min-width:2px}
.rule{font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:.9rem;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #e0e0e0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.num,th.num{text-align:right}
th button{border:0;background:none;font-weight:600;padding:0;color:inherit;text-align:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
details{border:1px solid #d1d1d1;border-radius:6px;margin:.5rem 0;padding:.25rem .75rem}
summary{cursor:pointer;padding:.25rem 0}
mark{background:#fde7a9;color:inherit}
.text{max-width:28rem;overflow-wrap:anywhere}
.source{border-bottom:1px dotted #616161}
footer{margin-top:2rem;color:#424242;font-size:.85rem}
@media print{.switch{display:none}details{break-inside:avoid}}
`;

// Sorting the file table and switching language; the whole page works without it, sorted by errors.
const SCRIPT = `
(function () {
  var root = document.documentElement;
  document.getElementById("switch").addEventListener("click", function () {
    var next = root.classList.contains("vi") ? "en" : "vi";
    root.classList.remove("vi", "en");
    root.classList.add(next);
    root.lang = next;
  });
  var table = document.getElementById("files");
  var heads = table.querySelectorAll("th[data-key]");
  heads.forEach(function (head, column) {
    head.querySelector("button").addEventListener("click", function () {
      var key = head.getAttribute("data-key");
      var numeric = head.getAttribute("data-type") === "number";
      var ascending = head.getAttribute("aria-sort") === "descending" || (!head.hasAttribute("aria-sort") && !numeric);
      heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
      head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, "vi");
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
`;

/**
 * The report page: totals, a bar chart of the commonest rules, the files in a table sortable by each count (errors
 * first), and each file's findings with the paragraph's text (the finding's span marked), rule, source and fix.
 */
export function htmlReport(files: readonly ReportFile[], options: HtmlReportOptions = {}): string {
  const language = options.language ?? "vi";
  let summary = options.summary;
  if (!summary) {
    const counter = new SummaryCounter();
    for (const file of files) counter.add(file);
    summary = counter.summary();
  }
  const total = (label: Both, value: number, tone = "") =>
    `<div><dt>${both(label)}</dt><dd${tone ? ` class="${tone}"` : ""}>${value}</dd></div>`;
  const totals = `<dl class="totals">${[
    total(TEXT.files, summary.files),
    total(TEXT.checked, summary.checked),
    total(TEXT.unreadable, summary.unreadable),
    total(TEXT.withErrors, summary.filesWithErrors, "error"),
    total(TEXT.errors, summary.findings.error, "error"),
    total(TEXT.warnings, summary.findings.warning, "warning"),
    total(TEXT.notes, summary.findings.info, "info"),
  ].join("")}</dl>`;

  const most = summary.topRules[0]?.count ?? 1;
  const chart =
    summary.topRules.length === 0
      ? `<p>${both(TEXT.chartNone)}</p>`
      : `<ol class="bars">${summary.topRules
          .map(
            (row) =>
              `<li><span class="rule">${escapeHtml(row.rule)}</span><span class="bar" style="width:${((row.count / most) * 100).toFixed(1)}%" aria-hidden="true"></span><span>${row.count} · ${row.files} ${both(TEXT.inFiles)}</span></li>`
          )
          .join("")}</ol>`;

  const categoryRows = summary.categories
    .map(
      (row) =>
        `<tr><th scope="row">${both(CATEGORY_LABELS[row.category])}</th><td class="num">${row.error}</td><td class="num">${row.warning}</td><td class="num">${row.info}</td></tr>`
    )
    .join("");
  const categories =
    categoryRows === ""
      ? ""
      : `<table><caption class="visually-hidden">${both(TEXT.byCategory)}</caption><thead><tr><th scope="col">${both(TEXT.category)}</th><th scope="col" class="num">${both(TEXT.errors)}</th><th scope="col" class="num">${both(TEXT.warnings)}</th><th scope="col" class="num">${both(TEXT.notes)}</th></tr></thead><tbody>${categoryRows}</tbody></table>`;

  // Rows start sorted by errors, most first, as a head of office reads them.
  const order = files
    .map((file, index) => ({ file, index, count: "result" in file ? counts(file.result) : null }))
    .sort(
      (a, b) =>
        (b.count?.error ?? Number.MAX_SAFE_INTEGER) - (a.count?.error ?? Number.MAX_SAFE_INTEGER) ||
        a.index - b.index
    );
  const fileRows = order
    .map(({ file, index, count }) => {
      const name = escapeHtml(file.file);
      const link = `<a href="#file-${index}">${name}</a>`;
      if (!count || !("result" in file)) {
        return `<tr data-name="${name}" data-errors="-1" data-warnings="-1" data-notes="-1"><td>${link}</td><td>—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="error">${both(TEXT.notRead)}</td></tr>`;
      }
      const type = [file.result.documentType, file.result.profile].filter(Boolean).join(", ");
      return `<tr data-name="${name}" data-errors="${count.error}" data-warnings="${count.warning}" data-notes="${count.info}"><td>${link}</td><td>${escapeHtml(type)}</td><td class="num">${count.error}</td><td class="num">${count.warning}</td><td class="num">${count.info}</td><td>${count.error > 0 ? `<span class="error">${both(TEXT.errors)}</span>` : "✓"}</td></tr>`;
    })
    .join("");
  const sortable = (key: string, label: Both, numeric: boolean, sorted = false) =>
    `<th scope="col" data-key="${key}" data-type="${numeric ? "number" : "text"}"${numeric ? ' class="num"' : ""}${sorted ? ' aria-sort="descending"' : ""}><button type="button">${both(label)}</button></th>`;
  const fileTable = `<p>${both(TEXT.sortHint)}</p><table id="files"><thead><tr>${sortable("name", TEXT.file, false)}<th scope="col">${both(TEXT.type)}</th>${sortable("errors", TEXT.errors, true, true)}${sortable("warnings", TEXT.warnings, true)}${sortable("notes", TEXT.notes, true)}<th scope="col">${both(TEXT.status)}</th></tr></thead><tbody>${fileRows}</tbody></table>`;

  const details = files
    .map((file, index) => {
      const name = escapeHtml(file.file);
      if ("error" in file) {
        return `<details id="file-${index}" open><summary><h3>${name}</h3></summary><p class="error">${both(TEXT.notRead)}: ${escapeHtml(file.error)}</p></details>`;
      }
      const count = counts(file.result);
      const texts = "paragraphs" in file ? file.paragraphs : undefined;
      const row = (finding: Finding) =>
        `<tr><td class="num">${finding.paragraph === null ? both(TEXT.whole) : finding.paragraph + 1}</td><td class="${finding.severity}">${both(SEVERITY[finding.severity])}</td><td>${both(finding.messages)}</td><td class="text">${contextHtml(finding, texts)}</td><td><span class="rule">${escapeHtml(finding.rule)}</span><br>${sourceHtml(finding.source)}</td><td>${finding.fix ? both(describeFix(finding.fix)) : both(TEXT.noFix)}</td></tr>`;
      // Many findings of one rule are one row with their count; each one's paragraph and text stay in a fold.
      const groupRow = (group: FindingGroup) => {
        const first = group.findings[0] as Finding;
        const each = group.findings
          .map(
            (finding) =>
              `<li>${both(TEXT.paragraph)} ${(finding.paragraph ?? 0) + 1}: ${contextHtml(finding, texts)}</li>`
          )
          .join("");
        const fix = group.findings.find((finding) => finding.fix)?.fix;
        return `<tr><td class="num">${(first.paragraph ?? 0) + 1}</td><td class="${first.severity}">${both(SEVERITY[first.severity])}</td><td>${both({ vi: groupLine(group, "vi"), en: groupLine(group, "en") })}</td><td class="text"><details><summary>${both(TEXT.paragraph)} ${escapeHtml(paragraphRanges(group.paragraphs))}</summary><ul>${each}</ul></details></td><td><span class="rule">${escapeHtml(first.rule)}</span><br>${sourceHtml(first.source)}</td><td>${fix ? both(describeFix(fix)) : both(TEXT.noFix)}</td></tr>`;
      };
      const rows = groupFloods(file.result.findings)
        .map((entry) => (entry.kind === "finding" ? row(entry.finding) : groupRow(entry.group)))
        .join("");
      const table =
        rows === ""
          ? `<p>${both(TEXT.clean)}</p>`
          : `<table><thead><tr><th scope="col" class="num">${both(TEXT.paragraph)}</th><th scope="col">${both(TEXT.severity)}</th><th scope="col">${both(TEXT.finding)}</th><th scope="col">${both(TEXT.text)}</th><th scope="col">${both(TEXT.rule)}</th><th scope="col">${both(TEXT.fix)}</th></tr></thead><tbody>${rows}</tbody></table>`;
      const open = file.result.coverage.notEvaluated;
      const coverage =
        open.length === 0
          ? ""
          : `<p>${both(TEXT.notEvaluated)}: ${open.map((o) => `<span class="rule">${escapeHtml(o.rule)}</span> (${both(o.reason)})`).join("; ")}</p>`;
      return `<details id="file-${index}"${count.error > 0 ? " open" : ""}><summary><h3>${name} — ${count.error} ${both(TEXT.errors)}, ${count.warning} ${both(TEXT.warnings)}, ${count.info} ${both(TEXT.notes)}</h3></summary>${table}${coverage}</details>`;
    })
    .join("");

  const generated = options.generatedAt
    ? `<p>${both(TEXT.generated)}: ${escapeHtml(options.generatedAt)}</p>`
    : "";
  return `<!DOCTYPE html>
<html lang="${language}" class="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(TEXT.title[language])}</title>
<style>${STYLE}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style>
</head>
<body>
<header><h1>${both(TEXT.title)}</h1><button type="button" class="switch" id="switch"><span lang="en" data-l="vi">${TEXT.language.vi}</span><span lang="vi" data-l="en">${TEXT.language.en}</span></button></header>
<main>
${generated}
<section aria-labelledby="h-totals"><h2 id="h-totals">${both(TEXT.totals)}</h2>${totals}${categories}</section>
<section aria-labelledby="h-chart"><h2 id="h-chart">${both(TEXT.chart)}</h2>${chart}</section>
<section aria-labelledby="h-files"><h2 id="h-files">${both(TEXT.fileTable)}</h2>${fileTable}</section>
<section aria-labelledby="h-details"><h2 id="h-details">${both(TEXT.details)}</h2>${details}</section>
</main>
<footer>${both(TEXT.footer)}${options.version ? ` · thethuc ${escapeHtml(options.version)}` : ""}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
