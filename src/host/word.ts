// DocumentHost over Office.js: the only module that touches Word. One Word.run and at most two syncs per action.

import type { Block } from "../blocks/block";
import type { FormatFix, SkippedFix, TextFix, TextFixTarget } from "../check/apply-fixes";
import type { Finding, Fix, FormatChange } from "../check/types";
import { endsWithTable, flatOpcPackage } from "../ooxml/flat-opc";
import type { Snapshot } from "../ooxml/snapshot";
import { TAG_PREFIX } from "../ooxml/wml/content-control";
import {
  type CheckedText,
  type CommentReport,
  type DocumentHost,
  type FixReport,
  type HostCapabilities,
  HostError,
  type InsertWhere,
  PARAGRAPH_CHANGED,
  type ReadSnapshot,
  type SelfTestReport,
} from "./document-host";
import { type Operation, officeError } from "./office-errors";
import {
  type ParagraphAlignment,
  ParagraphLocator,
  alignParagraphs,
  summariseAlignment,
} from "./paragraph-alignment";

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

/** The selection, as this module uses it: blocks and citations go after it. */
export interface WordSelection {
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

/** The parts of the Office.js globals this module uses, so tests can pass a recording fake. */
export interface OfficeGlobals {
  readonly Word: { run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> };
  readonly Office: {
    readonly context: {
      readonly requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
      readonly document: { readonly settings: DocumentSettings };
      /** Where Office runs and its version (Office.context.diagnostics); absent on old hosts and in tests. */
      readonly diagnostics?: { readonly platform?: unknown; readonly version?: unknown } | null;
    };
  };
}

// Checked from the newest down; the first one supported is the host's level.
const WORD_API_VERSIONS = ["1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3", "1.2", "1.1"] as const;

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

function changedError(): HostError {
  return new HostError(PARAGRAPH_CHANGED.vi, undefined, { messages: PARAGRAPH_CHANGED });
}

/** The texts of loaded paragraphs. */
function currentTexts(items: readonly WordParagraph[]): string[] {
  return items.map((paragraph) => paragraph.text);
}

type Reader = typeof import("../ooxml/snapshot-reader");

async function loadReader(): Promise<Reader> {
  // The reader is a chunk of its own, fetched on the first check, so the first paint never waits for it.
  return import(/* webpackChunkName: "reader" */ "../ooxml/snapshot-reader").catch(
    (error: unknown) => {
      throw new HostError("Không tải được bộ đọc văn bản; đóng rồi mở lại phần bổ trợ.", error, {
        messages: {
          vi: "Không tải được bộ đọc văn bản; đóng rồi mở lại phần bổ trợ.",
          en: "The document reader could not be loaded; close and reopen the add-in.",
        },
        detail: String((error as { message?: unknown } | null)?.message ?? error),
      });
    }
  );
}

/** The body as OOXML and the texts of Word's own paragraph list, read in one Word.run and one sync. */
async function readBody(
  globals: OfficeGlobals,
  operation: Operation
): Promise<{ ooxml: string; texts: string[] }> {
  try {
    return await globals.Word.run(async (context) => {
      const body = context.document.body;
      // Word on the web exposes page setup only through the package, so the whole body is read as OOXML.
      const result = body.getOoxml();
      const paragraphs = body.paragraphs;
      paragraphs.load(TEXT);
      await context.sync();
      // getOoxml() returns a ClientResult, filled by the sync; it has nothing to load.
      // eslint-disable-next-line office-addins/load-object-before-read
      return { ooxml: result.value, texts: currentTexts(paragraphs.items) };
    });
  } catch (error) {
    throw officeError(operation, error);
  }
}

function parse(reader: Reader, ooxml: string): Snapshot {
  try {
    return reader.readFlatOpc(ooxml);
  } catch (error) {
    const reason = (error as { reason?: unknown }).reason;
    const why = typeof reason === "string" ? reason : String(error);
    throw new HostError(`Không đọc được văn bản: ${why}`, error);
  }
}

/** Aligns the snapshot with Word's list, timed (and marked for the browser's performance timeline). */
function timedAlignment(
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

/** A DocumentHost for the Word that loaded the task pane. */
export function createWordHost(globals: OfficeGlobals = { Word, Office }): DocumentHost {
  const supports = (version: string) =>
    globals.Office.context.requirements.isSetSupported("WordApi", version);

  return {
    capabilities(): HostCapabilities {
      const wordApi = WORD_API_VERSIONS.find(supports) ?? "1.1";
      const platform = String(globals.Office.context.diagnostics?.platform ?? "");
      return {
        wordApi,
        createDocument: supports("1.3"),
        comments: supports("1.4"),
        web: platform === "OfficeOnline",
      };
    },

    async insertBlocks(blocks: readonly Block[], where: InsertWhere): Promise<void> {
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
            // "After" keeps whatever the user selected; "Replace" would delete it.
            context.document.getSelection().insertOoxml(ooxml, "After");
          }
          await context.sync();
        });
      } catch (error) {
        throw officeError("insert", error);
      }
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

    async fillEmptyDocument(blocks: readonly Block[]): Promise<void> {
      // The empty document's own paragraph follows the blocks, so none is added.
      const ooxml = flatOpcPackage(blocks, { trailingParagraph: false });
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
      try {
        await globals.Word.run(async (context) => {
          const document = context.document;
          const selection = document.getSelection();
          // Without WordApi 1.3 no range can be stretched to the cursor, so the whole text stands in for what is before.
          const before: WordTextRange = supports("1.3")
            ? selection.getRange("Start").expandTo(document.body.getRange("Start"))
            : document.body;
          before.load("text");
          await context.sync();
          inserted = compose(before.text);
          if (inserted === "") return;
          // "After" keeps whatever the user selected; the cursor then moves past the new text, ready to type on.
          selection.insertText(inserted, "After").select("End");
          await context.sync();
        });
      } catch (error) {
        throw officeError("cite", error);
      }
      return inserted;
    },

    async readSnapshot(): Promise<ReadSnapshot> {
      const reader = await loadReader();
      const { ooxml, texts } = await readBody(globals, "read");
      const snapshot = parse(reader, ooxml);
      return { ...snapshot, alignment: timedAlignment(snapshot, texts).alignment };
    },

    async selfTest(): Promise<SelfTestReport> {
      const reader = await loadReader();
      const { ooxml, texts } = await readBody(globals, "selfTest");
      const snapshot = parse(reader, ooxml);
      const { alignment, ms } = timedAlignment(snapshot, texts);
      const checked = snapshot.paragraphs.map((paragraph) => paragraph.text);
      const diagnostics = globals.Office.context.diagnostics;
      return {
        alignment: summariseAlignment(checked, texts, alignment),
        alignMs: ms,
        ooxmlChars: ooxml.length,
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
      if (!selected) throw changedError();
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
      try {
        await globals.Word.run(async (context) => {
          const body = context.document.body;
          const paragraphs = body.paragraphs;
          // Texts only when a format fix needs its paragraph found; text fixes are found by their own search.
          if (formats.length > 0) paragraphs.load(TEXT);
          const searches = edits.map((edit) => {
            const results = body.search(edit.target.search, { matchCase: true });
            results.load(NO_PROPERTIES);
            return results;
          });
          await context.sync();

          edits.forEach(({ fix, target }, i) => {
            const result = searches[i]?.items.length === 1 ? searches[i]?.items[0] : undefined;
            if (!result) {
              skipped.push({ fix, reason: NOT_FOUND });
              return;
            }
            editText(result, target.edit);
            applied.push(fix);
            changes += 1;
          });
          if (formats.length > 0) {
            const locator = new ParagraphLocator(
              texts,
              currentTexts(paragraphs.items),
              checked.alignment
            );
            for (const fix of formats) {
              // A format is set only on the paragraph that still says what the check saw.
              const found = locator.locate(fix.paragraph);
              const target = "reason" in found ? undefined : paragraphs.items[found.word];
              if (!target) {
                skipped.push({ fix, reason: PARAGRAPH_CHANGED });
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
      return { applied, skipped, changes };
    },

    async addComments(findings: readonly Finding[], checked: CheckedText): Promise<CommentReport> {
      if (!supports("1.4")) throw needs("1.4", COMMENTS_NEED);
      if (findings.length === 0) return { written: 0, skipped: [] };
      const texts = checked.paragraphs.map((paragraph) => paragraph.text);
      let written = 0;
      const skipped: { finding: Finding; reason: typeof PARAGRAPH_CHANGED }[] = [];
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
              skipped.push({ finding, reason: PARAGRAPH_CHANGED });
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
