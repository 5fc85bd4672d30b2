// What Word handed over → the snapshot the checker reads, aligned with Word's own paragraph list. No Office API here,
// so it runs in the task pane or in a Web Worker alike.

import type { Message } from "../check/types";
import { DocxReadError, readFlatOpcPackage, readZipPackage } from "../ooxml/package-reader";
import type { SectionSnapshot, Snapshot } from "../ooxml/snapshot";
import { snapshotOf } from "../ooxml/snapshot-reader";
import { type DocumentSource, HostError, type ReadInfo, type ReadSnapshot } from "./document-host";
import { type ParagraphAlignment, alignParagraphs } from "./paragraph-alignment";

// A tracked insertion, deletion or move in the main document part, whatever its namespace prefix.
const REVISION = /<(?:[A-Za-z_][\w.-]*:)?(?:ins|del|moveFrom|moveTo)[\s>/]/;

const MB = 1024 * 1024;

const HEADER_PART = /^word\/(?:header|footer)\d*\.xml$/u;

/** A section as the checker sees it when its headers and footers were not handed over. */
function withoutPageNumbers(section: SectionSnapshot): SectionSnapshot {
  const rest: { -readonly [K in keyof SectionSnapshot]?: SectionSnapshot[K] } = { ...section };
  delete rest.pageNumbers;
  delete rest.evenAndOddPages;
  return rest as SectionSnapshot;
}

// A run or style that takes its font from the theme (w:asciiTheme="minorHAnsi", …).
const THEME_FONT = /\b[A-Za-z_][\w.-]*:(?:ascii|hAnsi|eastAsia|cs)Theme="/;

// Word on some platform may leave the theme out of getOoxml's package (audit M4); theme fonts are then unknown.
const NO_THEME_NOTE: Message = {
  vi: "Word không gửi kèm phần chủ đề (theme) của văn bản, nên phông chữ lấy theo chủ đề không xác định được: kết quả về phông có thể thiếu — kiểm tra tệp bằng lệnh thethuc check để chắc chắn.",
  en: "Word did not hand over the document's theme part, so fonts taken from the theme are unknown: font findings may be missing — check the file with the thethuc check command to be sure.",
};

/** Says the document came as a file, in how many pieces, and why. */
function fileNote(source: DocumentSource, bytes: number): Message {
  const size = (bytes / MB).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  const sizeEn = (bytes / MB).toLocaleString("en-US", { maximumFractionDigits: 1 });
  const slices = source.slices ?? 1;
  return {
    vi: `Văn bản lớn: Word không gửi được cả văn bản trong một lần trao đổi, nên Thể Thức đã đọc tệp .docx (${size} MB, ${slices} phần); hình ảnh trong tệp không được đọc, vì không cần cho kiểm tra thể thức.`,
    en: `Large document: Word could not hand the whole document over in one exchange, so Thể Thức read the .docx file (${sizeEn} MB, ${slices} part${slices === 1 ? "" : "s"}); the pictures in it were not read, as the check does not need them.`,
  };
}

const REVISIONS_NOTE: Message = {
  vi: "Văn bản có thay đổi được theo dõi chưa chấp nhận: Thể Thức kiểm tra văn bản như khi đã chấp nhận mọi thay đổi; sửa chữ ở đoạn có chữ đã xóa (Word vẫn giữ chữ đó) sẽ được bỏ qua.",
  en: "The document has tracked changes not yet accepted: Thể Thức checks it as if every change were accepted; text fixes in a paragraph with deleted text (which Word still keeps) are skipped.",
};

const TRACKING_NOTE: Message = {
  vi: "Theo dõi thay đổi đang bật: mỗi sửa của Thể Thức sẽ được Word ghi thành một thay đổi theo dõi.",
  en: "Track changes is on: Word records each fix Thể Thức makes as a tracked change.",
};

/** Whether Word reported track changes as on. */
export function trackingOn(mode: string | undefined): boolean {
  return mode !== undefined && mode !== "Off";
}

/** Aligns the snapshot with Word's list, timed (and marked for the browser's performance timeline). */
export function timedAlignment(
  snapshot: Snapshot,
  texts: readonly string[]
): { alignment: ParagraphAlignment; ms: number } {
  const started = performance.now();
  const alignment = alignParagraphs(
    snapshot.paragraphs.map((paragraph) => paragraph.text),
    texts
  );
  const ms = performance.now() - started;
  performance.measure?.("thethuc:align", { start: started, duration: ms });
  return { alignment, ms };
}

/**
 * The snapshot of what Word handed over, aligned with Word's paragraph texts, with how it was read. The .docx and the
 * flat-OPC package give the same snapshot for the same parts: both go through the same reader, and the zip reader
 * unpacks only the XML parts, never the pictures. Throws a HostError with the reader's one-line reason.
 */
export function snapshotFromSource(
  source: DocumentSource
): ReadSnapshot & { readonly alignment: ParagraphAlignment; readonly read: ReadInfo } {
  let snapshot: Snapshot;
  let revisions: boolean;
  let themeMissing: boolean;
  try {
    const parts = source.docx
      ? readZipPackage(source.docx)
      : readFlatOpcPackage(source.ooxml ?? "");
    snapshot = snapshotOf(parts);
    // Word's body package may leave the headers and footers out: with none in it, page numbers are not judged
    // rather than reported missing (the file, read whole, has them).
    if (source.via === "getOoxml" && !parts.names().some((name) => HEADER_PART.test(name)))
      snapshot = { ...snapshot, sections: snapshot.sections.map(withoutPageNumbers) };
    const document = parts.get("word/document.xml") ?? "";
    revisions = REVISION.test(document);
    themeMissing =
      !parts.names().some((name) => name.startsWith("word/theme/")) &&
      (THEME_FONT.test(document) || THEME_FONT.test(parts.get("word/styles.xml") ?? ""));
  } catch (error) {
    const reason = (error as { reason?: unknown } | null)?.reason;
    const why =
      error instanceof DocxReadError || typeof reason === "string" ? reason : String(error);
    throw new HostError(`Không đọc được văn bản: ${String(why)}`, error);
  }
  const { alignment, ms } = timedAlignment(snapshot, source.wordTexts);
  const size = source.docx ? source.docx.length : (source.ooxml ?? "").length;
  const notes: Message[] = [];
  if (source.via === "file") notes.push(fileNote(source, size));
  if (themeMissing) notes.push(NO_THEME_NOTE);
  if (revisions) notes.push(REVISIONS_NOTE);
  if (trackingOn(source.trackingMode)) notes.push(TRACKING_NOTE);
  const read: ReadInfo = {
    via: source.via,
    size,
    ...(source.slices === undefined ? {} : { slices: source.slices }),
    revisions,
    ...(source.trackingMode === undefined ? {} : { trackingMode: source.trackingMode }),
    alignMs: ms,
    notes,
  };
  return { ...snapshot, alignment, read };
}
