// DocumentHost over Office.js: the only module that touches Word. One Word.run and at most two syncs per action.

import type { Block } from "../blocks/block";
import type { FormatFix, SkippedFix, TextFix, TextFixTarget } from "../check/apply-fixes";
import type { Finding, Fix, FormatChange, Message } from "../check/types";
import { endsWithTable, flatOpcPackage } from "../ooxml/flat-opc";
import { TAG_PREFIX } from "../ooxml/wml/content-control";
import {
  type CheckedText,
  type CommentReport,
  type DocumentHost,
  type DocumentSource,
  type DocumentParts,
  type FillReport,
  type FixReport,
  type HostCapabilities,
  HostError,
  type InsertWhere,
  PARAGRAPH_CHANGED,
  type ReadSnapshot,
  type SelfTestReport,
} from "./document-host";
import { type Operation, officeDetail, officeError, officeFailure } from "./office-errors";
import { ParagraphLocator, normaliseParagraph, summariseAlignment } from "./paragraph-alignment";
import { WORD_API_VERSIONS, wordCapabilities } from "./word-capabilities";

interface SearchOptions {
  readonly matchCase: boolean;
}

/** The range insertText returns: its font is set when a fix carries one. */
export interface WordInserted {
  readonly font?: { name: string };
}

/** A Word range, as this module uses it. */
export interface WordRange {
  select(): void;
  insertText(text: string, location: "Replace" | "Before" | "After"): WordInserted;
  insertComment(text: string): unknown;
  search(text: string, options: SearchOptions): WordRanges;
}

/** A collection of ranges (search results): `items` once loaded and synced. */
export interface WordRanges {
  load(properties: string): unknown;
  readonly items: readonly WordRange[];
  getFirst(): WordRange;
}

/** A Word paragraph, as this module uses it. */
export interface WordParagraph {
  /** Loaded with `paragraphs.load("text")`. */
  readonly text: string;
  select(): void;
  getRange(location: "Whole"): WordRange;
  readonly font: {
    bold: boolean;
    italic: boolean;
    underline: Word.Font["underline"];
    size: number;
    name: string;
    color: string;
  };
  alignment: Word.Paragraph["alignment"];
}

/** A range whose text is read: the document from its start to the cursor. */
export interface WordTextRange {
  load(properties: "text"): unknown;
  readonly text: string;
}

/** A body (story) of the document, asked what kind it is (WordApi 1.3): the main text, a header, a table cell, … */
export interface WordBody {
  load(properties: "type"): unknown;
  readonly type: string;
  /** Null object (isNullObject) when the body has no parent. */
  readonly isNullObject?: boolean;
  readonly parentBodyOrNullObject: WordBody;
}

/** The selection, as this module uses it: blocks and citations go after it. */
export interface WordSelection {
  /** WordApi 1.3: the body the selection is in (a table cell's body for a cursor in a table). */
  readonly parentBody: WordBody;
  insertOoxml(ooxml: string, location: "After"): unknown;
  insertText(text: string, location: "After"): { select(mode: "End"): void };
  /** WordApi 1.3: the selection's start, which `expandTo` stretches back to the document's start. */
  getRange(location: "Start"): { expandTo(other: unknown): WordTextRange };
}

/** The body's first paragraph (WordApi 1.3), asked whether it is in a table so a block goes before that table. */
export interface WordFirstParagraph {
  load(properties: "tableNestingLevel"): unknown;
  readonly tableNestingLevel: number;
  /** The table the paragraph is in; an empty paragraph put before it takes the inserted blocks. */
  readonly parentTable: {
    insertParagraph(
      text: "",
      location: "Before"
    ): { insertOoxml(ooxml: string, location: "Start" | "Replace"): unknown };
  };
}

/** A content control the add-in inserted, found again by its tag. */
export interface WordContentControl {
  insertOoxml(ooxml: string, location: "Replace"): unknown;
}

/** The slice of `Word.RequestContext` this module uses; Word's own context satisfies it, and so can a test's fake. */
export interface WordContext {
  /** WordApi 1.3: a new document from a base64 .docx, opened in its own window. */
  readonly application: { createDocument(base64File: string): { open(): void } };
  readonly document: {
    /** WordApi 1.4: loads `changeTrackingMode`. */
    load(properties: "changeTrackingMode"): unknown;
    readonly changeTrackingMode: string;
    readonly contentControls: {
      getByTag(tag: string): {
        load(properties: string): unknown;
        readonly items: readonly WordContentControl[];
      };
    };
    readonly body: {
      load(properties: "text"): unknown;
      readonly text: string;
      /** WordApi 1.3. */
      getRange(location: "Start"): unknown;
      insertOoxml(ooxml: string, location: "Start"): unknown;
      getOoxml(): { readonly value: string };
      readonly paragraphs: {
        load(properties: string): unknown;
        readonly items: readonly WordParagraph[];
        /** WordApi 1.3. */
        getFirst(): WordFirstParagraph;
      };
      search(text: string, options: SearchOptions): WordRanges;
    };
    getSelection(): WordSelection;
  };
  sync(): Promise<unknown>;
}

/** What `saveAsync` reports; Office's AsyncResult satisfies it. */
export interface SaveResult {
  readonly status: Office.AsyncResultStatus | "succeeded" | "failed";
  readonly error?: { readonly message: string } | null;
}

/** The document's own settings store (`Office.context.document.settings`), saved inside the document. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: SaveResult) => void): void;
}

/** A slice of the document file (`Office.Slice`): its bytes, as a byte array. */
export interface FileSlice {
  readonly data: ArrayLike<number>;
}

/** What an Office callback API reports; Office's AsyncResult satisfies it. */
export interface AsyncOutcome<T> {
  readonly status: Office.AsyncResultStatus | "succeeded" | "failed";
  readonly value: T;
  readonly error?: unknown;
}

/** The document file handed over in slices (`Office.File`). */
export interface DocumentFile {
  readonly size: number;
  readonly sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncOutcome<FileSlice>) => void): void;
  closeAsync(callback?: (result: AsyncOutcome<void>) => void): void;
}

/** `Office.context.document`, the parts that hand the file over. */
export interface FileSource {
  /** Common API (File, CompressedFile): the whole document as a .docx, in slices of at most 4 MB. */
  getFileAsync?(
    fileType: Office.FileType | "compressed",
    options: { sliceSize: number },
    callback: (result: AsyncOutcome<DocumentFile>) => void
  ): void;
}

/** The parts of the Office.js globals this module uses, so tests can pass a recording fake. */
export interface OfficeGlobals {
  readonly Word: { run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> };
  readonly Office: {
    readonly context: {
      readonly requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
      readonly document: FileSource & { readonly settings: DocumentSettings };
      /** Where Office runs and its version (Office.context.diagnostics); absent on old hosts and in tests. */
      readonly diagnostics?: { readonly platform?: unknown; readonly version?: unknown } | null;
    };
  };
}

/** The document setting that holds the ignored rule ids, as a JSON array of strings. */
export const IGNORE_SETTING = "thethuc.ignore";

// A load that fills a collection's items without reading any of their properties.
const NO_PROPERTIES = "$none";

const ALIGNMENT: Readonly<Record<NonNullable<FormatChange["align"]>, Word.Paragraph["alignment"]>> =
  {
    left: "Left",
    center: "Centered",
    right: "Right",
    both: "Justified",
  };

const NOT_FOUND = {
  vi: "Không tìm thấy đúng đoạn chữ cần sửa trong Word (văn bản đã đổi?); hãy kiểm tra lại.",
  en: "The text to fix was not found once in Word (has the document changed?); check again.",
} as const;

const NOT_EMPTY = "Văn bản hiện tại không trống; mở một văn bản mới rồi thử lại";

/** Why a text fix was skipped in a document with tracked changes: Word's text of the paragraph keeps deleted text. */
export const TRACKED_TEXT = {
  vi: "Đoạn này có thay đổi được theo dõi (Word vẫn giữ chữ đã xóa), nên không sửa chữ tự động được — chấp nhận hoặc từ chối các thay đổi rồi kiểm tra lại.",
  en: "This paragraph has tracked changes (Word still keeps the deleted text), so its text cannot be fixed automatically — accept or reject the changes, then check again.",
} as const;

// Where the cursor is, by Word's body type (Word.BodyType, WordApi 1.3/1.5), in words; the main text is not listed.
const STORY_NAMES: Readonly<Record<string, { vi: string; en: string }>> = {
  Header: { vi: "ở đầu trang", en: "in a header" },
  Footer: { vi: "ở chân trang", en: "in a footer" },
  Footnote: { vi: "ở chú thích cuối trang", en: "in a footnote" },
  Endnote: { vi: "ở chú thích cuối văn bản", en: "in an endnote" },
  NoteItem: { vi: "ở chú thích", en: "in a note" },
};

// Bodies a block or a citation may go into: the main text. A cursor in a table is in a cell's body, and the body
// around the table decides.
const MAIN_TEXT: ReadonlySet<string> = new Set(["MainDoc", "Section", "TableCell"]);

/** The refusal when the cursor is outside the main text (header, footer, note, text box), before anything is written. */
function outsideBody(type: string, what: "blocks" | "citation"): HostError {
  const where = STORY_NAMES[type] ?? {
    vi: "ngoài thân văn bản (trong hộp văn bản, đầu/chân trang hoặc chú thích)",
    en: "outside the main text (in a text box, header, footer or note)",
  };
  const messages =
    what === "blocks"
      ? {
          vi: `Con trỏ đang ${where.vi}: khối chỉ chèn vào thân văn bản — bấm vào chỗ cần chèn trong thân văn bản rồi thử lại.`,
          en: `The cursor is ${where.en}: blocks go into the main text only — click where they should go in the main text, then try again.`,
        }
      : {
          vi: `Con trỏ đang ${where.vi}: trích dẫn chỉ chèn vào thân văn bản — bấm vào chỗ cần chèn trong thân văn bản rồi thử lại.`,
          en: `The cursor is ${where.en}: citations go into the main text only — click where it should go in the main text, then try again.`,
        };
  return new HostError(messages.vi, undefined, { messages, detail: `Word.BodyType ${type}` });
}

/**
 * Queues loads of the type of the selection's body and of up to three bodies around it (a cell's body, the table's,
 * …); after the sync, the returned function says the first that is not a table cell's: where the cursor really is.
 */
function queueStory(selection: WordSelection): () => string {
  const chain: WordBody[] = [selection.parentBody];
  for (let level = 0; level < 3; level++) {
    chain.push((chain[chain.length - 1] as WordBody).parentBodyOrNullObject);
  }
  for (const body of chain) body.load("type");
  return () => {
    const bodies = chain.filter((body) => body.isNullObject !== true);
    return (bodies.find((body) => body.type !== "TableCell") ?? bodies[0])?.type ?? "Unknown";
  };
}

/** Sets a format fix's properties on a paragraph, never touching its text; returns how many were set. */
function setFormat(paragraph: WordParagraph, set: FormatChange): number {
  const font = paragraph.font;
  if (set.bold !== undefined) font.bold = set.bold;
  if (set.italic !== undefined) font.italic = set.italic;
  if (set.underline !== undefined) font.underline = set.underline ? "Single" : "None";
  if (set.sizePt !== undefined) font.size = set.sizePt;
  if (set.font !== undefined) font.name = set.font;
  if (set.color !== undefined)
    font.color = /^[0-9a-f]{6}$/i.test(set.color) ? `#${set.color}` : set.color;
  if (set.align !== undefined) paragraph.alignment = ALIGNMENT[set.align];
  return Object.values(set).filter((value) => value !== undefined).length;
}

/** Queues a located text fix's edit on its one search result. */
function editText(result: WordRange, edit: TextFixTarget["edit"]): void {
  if (edit.kind === "replace") {
    // The result starts with the span, so the span's first match inside it is the one the check saw.
    const inserted = result
      .search(edit.span, { matchCase: true })
      .getFirst()
      .insertText(edit.text, "Replace");
    // A conversion and its font are one edit: the converted text alone in a legacy font, or the font alone on legacy
    // codes, would both be unreadable.
    if (edit.font !== undefined && inserted.font) inserted.font.name = edit.font;
  } else {
    result.insertText(edit.text, edit.kind === "before" ? "Before" : "After");
  }
}

function commentText(finding: Finding): string {
  return `[${finding.rule}] ${finding.message} (${finding.source})`;
}

/** The ignored rule ids stored in a document setting, or none when the value is missing or not a list of ids. */
function ignoredFrom(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((id): id is string => typeof id === "string");
}

// A load of a paragraph collection's texts only.
const TEXT = "text";

const COMMENTS_NEED = {
  vi: "Word này không ghi được nhận xét từ phần bổ trợ (cần WordApi 1.4: Office 2024, Microsoft 365 hoặc Word trên web).",
  en: "This Word cannot add comments from an add-in (it needs WordApi 1.4: Office 2024, Microsoft 365 or Word on the web).",
} as const;

/** A refusal because the host lacks a requirement set, in both languages. */
function needs(
  _version: string,
  messages: { readonly vi: string; readonly en: string }
): HostError {
  return new HostError(messages.vi, undefined, { messages });
}

/**
 * Why a checked paragraph was not found in Word: it changed — or, in a document with tracked changes, Word's text of it
 * still holds deleted text, so it no longer reads as the check saw it.
 */
export const TRACKED_PARAGRAPH = {
  vi: "Không nhận ra đoạn này trong Word như lúc kiểm tra: văn bản đã thay đổi, hoặc đoạn có thay đổi được theo dõi (Word vẫn giữ chữ đã xóa) — chấp nhận hoặc từ chối các thay đổi rồi kiểm tra lại.",
  en: "This paragraph no longer reads in Word as the check saw it: the document changed, or the paragraph has tracked changes (Word still keeps the deleted text) — accept or reject the changes, then check again.",
} as const;

/** The reason for a paragraph not found: the tracked-changes one when the checked document had tracked changes. */
function changedReason(checked: CheckedText): Message {
  return checked.read?.revisions === true ? TRACKED_PARAGRAPH : PARAGRAPH_CHANGED;
}

function changedError(checked: CheckedText): HostError {
  const messages = changedReason(checked);
  return new HostError(messages.vi, undefined, { messages });
}

/** The texts of loaded paragraphs. */
function currentTexts(items: readonly WordParagraph[]): string[] {
  return items.map((paragraph) => paragraph.text);
}

type Reader = typeof import("./read-source");

async function loadReader(): Promise<Reader> {
  // The reader is a chunk of its own, fetched on the first check, so the first paint never waits for it.
  return import(/* webpackChunkName: "reader" */ "./read-source").catch((error: unknown) => {
    throw new HostError("Không tải được bộ đọc văn bản; đóng rồi mở lại phần bổ trợ.", error, {
      messages: {
        vi: "Không tải được bộ đọc văn bản; đóng rồi mở lại phần bổ trợ.",
        en: "The document reader could not be loaded; close and reopen the add-in.",
      },
      detail: String((error as { message?: unknown } | null)?.message ?? error),
    });
  });
}

/**
 * Office's codes for a body Word would not hand over as one package, read as a file instead: the payload limits, which
 * "only occur in Office on the web" and are 5 MB per request and per response there
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling;
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization), and
 * GeneralException, which body.getOoxml raises on some documents (office-js #6059, #5394).
 */
const READ_AS_FILE: ReadonlySet<string> = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
]);

/** The largest slice getFileAsync hands over (Office.Document.getFileAsync: up to 4,194,304 bytes). */
export const SLICE_BYTES = 4_194_304;

/** Files past this are not read into the pane: Word on the web opens files of up to 100 MB. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

const FILE_TOO_LARGE = {
  vi: "Tệp văn bản quá lớn để đọc trong phần bổ trợ — kiểm tra tệp bằng lệnh thethuc check.",
  en: "The document file is too large to read in the add-in — check the file with the thethuc check command.",
} as const;

function codeOf(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? "");
}

/** An Office callback API as a promise. */
function outcome<T>(call: (callback: (result: AsyncOutcome<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    call((result) => {
      if (String(result.status) === "succeeded") resolve(result.value);
      else reject(result.error ?? new Error("failed"));
    });
  });
}

/** The document as a .docx, read slice by slice (each at most 4 MB, so no answer passes Word's payload limit). */
async function readFile(source: FileSource): Promise<{ bytes: Uint8Array; slices: number }> {
  const file = await outcome<DocumentFile>((done) =>
    source.getFileAsync?.("compressed", { sliceSize: SLICE_BYTES }, done)
  );
  try {
    if (!(file.size > 0 && file.size <= MAX_FILE_BYTES)) {
      throw new HostError(FILE_TOO_LARGE.vi, undefined, {
        messages: FILE_TOO_LARGE,
        detail: `getFileAsync: ${file.size} bytes`,
      });
    }
    const bytes = new Uint8Array(file.size);
    let at = 0;
    for (let index = 0; index < file.sliceCount; index++) {
      // One slice at a time and in order: each is one answer from Word, and they fill the file front to back.
      const slice = await outcome<FileSlice>((done) => file.getSliceAsync(index, done));
      if (at + slice.data.length > bytes.length)
        throw new Error("the slices are longer than the file");
      bytes.set(slice.data, at);
      at += slice.data.length;
    }
    return { bytes: bytes.subarray(0, at), slices: file.sliceCount };
  } finally {
    // Office keeps at most two files in memory and refuses getFileAsync past that (Office.File.closeAsync).
    file.closeAsync();
  }
}

/**
 * The document as Word hands it over, in one Word.run: body.getOoxml() and Word's paragraph texts in one sync. When
 * Word refuses that answer (too large for Word on the web) and the host has getFileAsync, a second and last sync reads
 * Word's paragraph texts alone — a fraction of the package — and the .docx comes in slices of at most 4 MB, outside
 * the request batches. Pieces of the body in one sync would not help: the limit is on the whole answer of a sync.
 */
async function readDocumentSource(
  globals: OfficeGlobals,
  supports: (version: string) => boolean,
  operation: Operation
): Promise<DocumentSource> {
  const office = globals.Office.context.document;
  const canReadFile = typeof office.getFileAsync === "function";
  // getOoxml's refusal, kept when the file was tried after it.
  let refused: unknown;
  try {
    return await globals.Word.run(async (context): Promise<DocumentSource> => {
      const document = context.document;
      const body = document.body;
      const paragraphs = body.paragraphs;
      const tracking = supports("1.4");
      const queueTexts = () => {
        paragraphs.load(TEXT);
        if (tracking) document.load("changeTrackingMode");
      };
      const mode = () => (tracking ? { trackingMode: String(document.changeTrackingMode) } : {});
      // Word on the web exposes page setup only through the package, so the whole body is read as OOXML.
      const result = body.getOoxml();
      queueTexts();
      try {
        await context.sync();
        // getOoxml() returns a ClientResult, filled by the sync; it has nothing to load.
        // eslint-disable-next-line office-addins/load-object-before-read
        const ooxml = result.value;
        return { ooxml, wordTexts: currentTexts(paragraphs.items), via: "getOoxml", ...mode() };
      } catch (error) {
        if (!canReadFile || !READ_AS_FILE.has(codeOf(error))) throw error;
        refused = error;
      }
      // Office.js hands a sync's whole batch over before sending it, so the failed batch is gone and the context
      // takes a new one (ClientRequestContext.syncPrivateMain in @microsoft/office-js).
      queueTexts();
      await context.sync();
      const wordTexts = currentTexts(paragraphs.items);
      const file = await readFile(office);
      return { docx: file.bytes, wordTexts, via: "file", slices: file.slices, ...mode() };
    });
  } catch (error) {
    if (error instanceof HostError || refused === undefined) throw officeError(operation, error);
    // Neither way worked: say why getOoxml was refused, with both of Office's answers as the detail.
    const messages = officeFailure(operation, refused);
    throw new HostError(messages.vi, error, {
      messages,
      detail: `${officeDetail(refused)}; getFileAsync: ${officeDetail(error)}`,
    });
  }
}

/** A DocumentHost for the Word that loaded the task pane. */
export function createWordHost(globals: OfficeGlobals = { Word, Office }): DocumentHost {
  const supports = (version: string) =>
    globals.Office.context.requirements.isSetSupported("WordApi", version);

  return {
    capabilities(): HostCapabilities {
      return wordCapabilities(globals.Office.context);
    },

    async insertBlocks(blocks: readonly Block[], where: InsertWhere): Promise<void> {
      // The kind of body the cursor was found in, when it is not the main text and nothing was inserted.
      let outside: string | null = null;
      try {
        await globals.Word.run(async (context) => {
          const body = context.document.body;
          if (where === "start" && supports("1.3")) {
            // Official documents open with the header table, and the start of such a body is inside its first cell:
            // the blocks go into an empty paragraph put before that table, which then keeps the two tables apart.
            const first = body.paragraphs.getFirst();
            first.load("tableNestingLevel");
            await context.sync();
            if (first.tableNestingLevel > 0) {
              const before = first.parentTable.insertParagraph("", "Before");
              const ooxml = flatOpcPackage(blocks, { trailingParagraph: false });
              // Blocks ending with a table keep that empty paragraph after them, apart from the document's table;
              // others take its place, so no empty paragraph is left behind.
              before.insertOoxml(ooxml, endsWithTable(blocks) ? "Start" : "Replace");
            } else {
              // A paragraph of the document follows, so no empty paragraph is needed after a final table.
              body.insertOoxml(flatOpcPackage(blocks, { trailingParagraph: false }), "Start");
            }
          } else if (where === "start") {
            body.insertOoxml(flatOpcPackage(blocks), "Start");
          } else {
            const ooxml = flatOpcPackage(blocks);
            const selection = context.document.getSelection();
            if (supports("1.3")) {
              // A block in a header, footer, note or text box is never what the user wants: ask Word first.
              const story = queueStory(selection);
              await context.sync();
              if (!MAIN_TEXT.has(story())) {
                outside = story();
                return;
              }
            }
            // "After" keeps whatever the user selected; "Replace" would delete it.
            selection.insertOoxml(ooxml, "After");
          }
          await context.sync();
        });
      } catch (error) {
        throw officeError("insert", error);
      }
      if (outside !== null) throw outsideBody(outside, "blocks");
    },

    async createDocument(docxBase64: string): Promise<void> {
      if (!supports("1.3")) {
        throw needs("1.3", {
          vi: "Word này không mở được văn bản mới từ phần bổ trợ (cần WordApi 1.3: Office 2021 trở lên hoặc Microsoft 365).",
          en: "This Word cannot open a new document from an add-in (it needs WordApi 1.3: Office 2021 or later, or Microsoft 365).",
        });
      }
      try {
        await globals.Word.run(async (context) => {
          context.application.createDocument(docxBase64).open();
          await context.sync();
        });
      } catch (error) {
        throw officeError("create", error);
      }
    },

    async fillEmptyDocument(blocks: readonly Block[]): Promise<FillReport> {
      // Page 1's own header and footer (ô 13, the organisation's signature) have no place here: the body is not theirs,
      // and no Office.js API turns on "Different First Page" (office-js #956, #3450), so a first-page header written
      // through Section.getHeader("FirstPage") stays hidden, and the primary one would repeat them on every page.
      const leftOut = blocks.filter((block) => (block.placement ?? "body") !== "body");
      const body = blocks.filter((block) => (block.placement ?? "body") === "body");
      // The empty document's own paragraph follows the blocks, so none is added.
      const ooxml = flatOpcPackage(body, { trailingParagraph: false });
      let hasText = false;
      try {
        await globals.Word.run(async (context) => {
          const body = context.document.body;
          body.load("text");
          await context.sync();
          // The user's text is never touched: a document with any text is refused before anything is queued.
          hasText = body.text.trim() !== "";
          if (hasText) return;
          body.insertOoxml(ooxml, "Start");
          await context.sync();
        });
      } catch (error) {
        throw officeError("fill", error);
      }
      if (hasText) throw new HostError(NOT_EMPTY);
      return { leftOut };
    },

    async findParts(names: readonly string[]): Promise<DocumentParts> {
      try {
        return await globals.Word.run(async (context) => {
          const found = names.map((name) => {
            const controls = context.document.contentControls.getByTag(`${TAG_PREFIX}${name}`);
            controls.load(NO_PROPERTIES);
            return controls;
          });
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load(TEXT);
          await context.sync();
          return {
            controls: Object.fromEntries(
              names.map((name, i) => [name, found[i]?.items.length ?? 0])
            ),
            paragraphs: currentTexts(paragraphs.items),
          };
        });
      } catch (error) {
        throw officeError("read", error);
      }
    },

    async updateBlocks(blocks: readonly Block[]): Promise<number> {
      if (blocks.length === 0) return 0;
      let updated = 0;
      try {
        await globals.Word.run(async (context) => {
          const found = blocks.map((block) => {
            const controls = context.document.contentControls.getByTag(
              `${TAG_PREFIX}${block.name}`
            );
            controls.load(NO_PROPERTIES);
            return controls;
          });
          await context.sync();
          blocks.forEach((block, i) => {
            const items = found[i]?.items ?? [];
            if (items.length === 0) return;
            // Bare blocks: the control being filled keeps its tag, so no control nests inside another; nothing follows
            // inside the control, so no empty paragraph is left in it.
            const ooxml = flatOpcPackage([block], { tagged: false, trailingParagraph: false });
            for (const control of items) control.insertOoxml(ooxml, "Replace");
            updated += items.length;
          });
          if (updated > 0) await context.sync();
        });
      } catch (error) {
        throw officeError("update", error);
      }
      return updated;
    },

    async insertAtCursor(compose: (textBefore: string) => string): Promise<string> {
      let inserted = "";
      let outside: string | null = null;
      try {
        await globals.Word.run(async (context) => {
          const document = context.document;
          const selection = document.getSelection();
          const placed = supports("1.3");
          const story = placed ? queueStory(selection) : null;
          // Without WordApi 1.3 no range can be stretched to the cursor, so the whole text stands in for what is before.
          const before: WordTextRange = placed
            ? selection.getRange("Start").expandTo(document.body.getRange("Start"))
            : document.body;
          before.load("text");
          try {
            await context.sync();
          } catch (error) {
            // A cursor in another story (header, note, text box) cannot be stretched back to the body's start, so
            // the batch fails: the second sync asks only where the cursor is, to say so.
            if (!placed) throw error;
            const where = queueStory(selection);
            await context.sync();
            if (MAIN_TEXT.has(where())) throw error;
            outside = where();
            return;
          }
          if (story && !MAIN_TEXT.has(story())) {
            outside = story();
            return;
          }
          inserted = compose(before.text);
          if (inserted === "") return;
          // "After" keeps whatever the user selected; the cursor then moves past the new text, ready to type on.
          selection.insertText(inserted, "After").select("End");
          await context.sync();
        });
      } catch (error) {
        throw officeError("cite", error);
      }
      if (outside !== null) throw outsideBody(outside, "citation");
      return inserted;
    },

    readSource(): Promise<DocumentSource> {
      return readDocumentSource(globals, supports, "read");
    },

    async readSnapshot(): Promise<ReadSnapshot> {
      const [reader, source] = await Promise.all([
        loadReader(),
        readDocumentSource(globals, supports, "read"),
      ]);
      return reader.snapshotFromSource(source);
    },

    async selfTest(): Promise<SelfTestReport> {
      const [reader, source] = await Promise.all([
        loadReader(),
        readDocumentSource(globals, supports, "selfTest"),
      ]);
      const snapshot = reader.snapshotFromSource(source);
      const { read } = snapshot;
      const checked = snapshot.paragraphs.map((paragraph) => paragraph.text);
      const diagnostics = globals.Office.context.diagnostics;
      return {
        alignment: summariseAlignment(checked, source.wordTexts, snapshot.alignment),
        alignMs: read.alignMs,
        ooxmlChars: read.size,
        read: {
          via: read.via,
          size: read.size,
          ...(read.slices === undefined ? {} : { slices: read.slices }),
          revisions: read.revisions,
          ...(read.trackingMode === undefined ? {} : { trackingMode: read.trackingMode }),
        },
        apiSets: [
          ...WORD_API_VERSIONS.map((version) => `WordApi ${version}`),
          ...["1.1", "1.2", "1.3"].map((version) => `WordApiDesktop ${version}`),
        ]
          .reverse()
          .map((name) => {
            const [set = "", version = ""] = name.split(" ");
            return {
              name,
              supported: globals.Office.context.requirements.isSetSupported(set, version),
            };
          }),
        platform: diagnostics
          ? [diagnostics.platform, diagnostics.version].filter(Boolean).map(String).join(" ")
          : "",
      };
    },

    async selectParagraph(paragraph: number, checked: CheckedText): Promise<void> {
      const texts = checked.paragraphs.map((entry) => entry.text);
      let selected = false;
      try {
        await globals.Word.run(async (context) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load(TEXT);
          await context.sync();
          const locator = new ParagraphLocator(
            texts,
            currentTexts(paragraphs.items),
            checked.alignment
          );
          const found = locator.locate(paragraph);
          if ("reason" in found) return;
          paragraphs.items[found.word]?.select();
          selected = true;
          await context.sync();
        });
      } catch (error) {
        throw officeError("select", error);
      }
      if (!selected) throw changedError(checked);
    },

    async applyFixes(fixes: readonly Fix[], checked: CheckedText): Promise<FixReport> {
      const { planFixes, locateTextFix } = await import(
        /* webpackChunkName: "apply-fixes" */ "../check/apply-fixes"
      );
      // Office.js cannot set margins or paper size on every platform (Section.pageSetup is desktop-only).
      const plan = planFixes(fixes, { pages: false });
      const skipped: SkippedFix[] = [...plan.skipped];
      const texts = checked.paragraphs.map((paragraph) => paragraph.text);
      const formats: FormatFix[] = [];
      const edits: { readonly fix: TextFix; readonly target: TextFixTarget }[] = [];
      for (const fix of plan.apply) {
        if (fix.kind === "format") formats.push(fix);
        else if (fix.kind === "text") {
          const target = locateTextFix(texts, fix);
          if ("reason" in target) skipped.push({ fix, reason: target.reason });
          else edits.push({ fix, target });
        }
      }
      if (formats.length === 0 && edits.length === 0) return { applied: [], skipped };

      const applied: Fix[] = [];
      let changes = 0;
      let tracked = false;
      try {
        await globals.Word.run(async (context) => {
          const document = context.document;
          const body = document.body;
          const paragraphs = body.paragraphs;
          // With tracked changes in the document, Word's search also sees deleted text (office-js #1267), so a text
          // fix goes ahead only where its paragraph's whole text in Word is what the check saw (no deleted text in it).
          const guardText = edits.length > 0 && checked.read?.revisions === true;
          // Texts when a format fix needs its paragraph found, or a text fix its paragraph compared.
          if (formats.length > 0 || guardText) paragraphs.load(TEXT);
          const tracking = supports("1.4");
          if (tracking) document.load("changeTrackingMode");
          const searches = edits.map((edit) => {
            const results = body.search(edit.target.search, { matchCase: true });
            results.load(NO_PROPERTIES);
            return results;
          });
          await context.sync();
          tracked = tracking && document.changeTrackingMode !== "Off";
          const locator =
            formats.length > 0 || guardText
              ? new ParagraphLocator(texts, currentTexts(paragraphs.items), checked.alignment)
              : null;

          edits.forEach(({ fix, target }, i) => {
            if (guardText && locator) {
              const found = locator.locate(fix.paragraph);
              const word = "reason" in found ? undefined : paragraphs.items[found.word];
              const same =
                word !== undefined &&
                normaliseParagraph(word.text) === normaliseParagraph(texts[fix.paragraph] ?? "");
              if (!same) {
                skipped.push({ fix, reason: TRACKED_TEXT });
                return;
              }
            }
            const result = searches[i]?.items.length === 1 ? searches[i]?.items[0] : undefined;
            if (!result) {
              skipped.push({ fix, reason: NOT_FOUND });
              return;
            }
            editText(result, target.edit);
            applied.push(fix);
            changes += 1;
          });
          if (formats.length > 0 && locator) {
            for (const fix of formats) {
              // A format is set only on the paragraph that still says what the check saw.
              const found = locator.locate(fix.paragraph);
              const target = "reason" in found ? undefined : paragraphs.items[found.word];
              if (!target) {
                skipped.push({ fix, reason: changedReason(checked) });
                continue;
              }
              changes += setFormat(target, fix.set);
              applied.push(fix);
            }
          }
          if (applied.length > 0) await context.sync();
        });
      } catch (error) {
        throw officeError("fix", error);
      }
      return { applied, skipped, changes, ...(tracked ? { tracked } : {}) };
    },

    async addComments(findings: readonly Finding[], checked: CheckedText): Promise<CommentReport> {
      if (!supports("1.4")) throw needs("1.4", COMMENTS_NEED);
      if (findings.length === 0) return { written: 0, skipped: [] };
      const texts = checked.paragraphs.map((paragraph) => paragraph.text);
      let written = 0;
      const skipped: { finding: Finding; reason: Message }[] = [];
      try {
        await globals.Word.run(async (context) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load(TEXT);
          await context.sync();
          const locator = new ParagraphLocator(
            texts,
            currentTexts(paragraphs.items),
            checked.alignment
          );
          for (const finding of findings) {
            // A finding about the whole document (margins, a missing part) is noted on its first paragraph.
            const found = locator.locate(finding.paragraph ?? 0);
            const target = "reason" in found ? undefined : paragraphs.items[found.word];
            if (!target) {
              skipped.push({ finding, reason: changedReason(checked) });
              continue;
            }
            target.getRange("Whole").insertComment(commentText(finding));
            written += 1;
          }
          if (written > 0) await context.sync();
        });
      } catch (error) {
        throw officeError("comment", error);
      }
      return { written, skipped };
    },

    async getIgnored(): Promise<readonly string[]> {
      try {
        return ignoredFrom(globals.Office.context.document.settings.get(IGNORE_SETTING));
      } catch (error) {
        throw officeError("settingsRead", error);
      }
    },

    async setIgnored(rules: readonly string[]): Promise<void> {
      const settings = globals.Office.context.document.settings;
      try {
        settings.set(IGNORE_SETTING, [...new Set(rules)]);
        await new Promise<void>((resolve, reject) => {
          settings.saveAsync((result) => {
            if (String(result.status) === "failed") reject(result.error ?? new Error("failed"));
            else resolve();
          });
        });
      } catch (error) {
        throw officeError("settingsSave", error);
      }
    },
  };
}
