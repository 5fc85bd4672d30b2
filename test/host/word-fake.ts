// A recording fake of the Office.js globals word.ts uses: a tiny document of paragraph texts that search, select,
// format, edit and comment calls act on, with Office's rule that loaded values exist only after a sync.

import type {
  AsyncOutcome,
  DocumentFile,
  DocumentSettings,
  FileSlice,
  FileSource,
  WordBody,
  OfficeGlobals,
  SaveResult,
  WordContext,
  WordParagraph,
  WordRange,
  WordRanges,
} from "../../src/host/word";

/** One recorded call: its name and the arguments that matter, as text. */
export type Call = readonly [name: string, ...args: string[]];

export interface FakeOptions {
  /** Highest WordApi version the fake supports, as "1.x". */
  readonly wordApi?: string;
  /** What the first sync() throws. */
  readonly syncError?: unknown;
  /** What Word.run throws before running the batch. */
  readonly runError?: unknown;
  /** The document's paragraphs, as Word's body.paragraphs would list them. */
  readonly paragraphs?: readonly string[];
  /** What body.getOoxml() returns. */
  readonly ooxml?: string;
  /** The document's settings store, as saved in the document. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** saveAsync reports failure with this message. */
  readonly saveError?: string;
  /** Where the cursor is (an insertion point): paragraph and offset; the end of the last paragraph by default. */
  readonly cursor?: { readonly paragraph: number; readonly offset: number };
  /** The body starts with a table (its first paragraph is in a cell), as official documents do. */
  readonly leadingTable?: boolean;
  /** Office.context.diagnostics.platform ("PC", "OfficeOnline", "Mac"). */
  readonly platform?: string;
  /** Tags of the document's content controls, one entry per control ("thethuc:header"). */
  readonly contentControls?: readonly string[];
  /** Document.changeTrackingMode (WordApi 1.4): "Off" by default. */
  readonly trackingMode?: string;
  /**
   * The Word.BodyType of the body the cursor is in, then of the bodies around it ("TableCell", then "Header" for a
   * cursor in a header's table); ["MainDoc"] by default. Outside the main text, stretching the cursor's range back to
   * the body's start fails the sync, as it would across stories.
   */
  readonly cursorStory?: readonly string[];
  /** What Office.context.document.getFileAsync hands over, in slices; absent = the host has no getFileAsync. */
  readonly file?: Uint8Array;
  /** getFileAsync reports failure with this error. */
  readonly fileError?: { readonly code: number; readonly message: string };
  /**
   * Word on the web's payload limit: a sync whose answer (its loaded values as JSON, in UTF-8 bytes) is longer than
   * this fails with ResponsePayloadSizeLimitExceeded and loads nothing.
   */
  readonly responseLimit?: number;
}

/** One sync's answer: its loaded values as JSON, in UTF-8 bytes, and whether Word refused it as too large. */
export interface SyncAnswer {
  readonly bytes: number;
  readonly refused: boolean;
}

/** A paragraph an action touched (selected, formatted, commented), with its text at that moment. */
export interface Touch {
  readonly action: "select" | "format" | "comment";
  readonly index: number;
  readonly text: string;
}

export interface Fake {
  readonly globals: OfficeGlobals;
  readonly calls: Call[];
  /** Every paragraph selected, formatted or commented on, with its text when it was touched. */
  readonly touched: Touch[];
  readonly packages: string[];
  /** The paragraphs' texts as edits left them. */
  readonly paragraphs: string[];
  /** The document's settings as last saved. */
  readonly saved: Record<string, unknown>;
  /** The cursor, moved as Word moves it. */
  readonly cursor: { paragraph: number; offset: number };
  /** Every sync's answer, in order: the payload measure. */
  readonly answers: SyncAnswer[];
  /** The size of every file slice handed over, in order. */
  readonly slices: number[];
}

/** A value a sync loads: its size in the answer (UTF-8 bytes of JSON), and what loading it sets. */
interface Pending {
  readonly bytes: number;
  commit(): void;
}

/** How many bytes a value takes in a JSON answer. */
function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}

function minor(version: string): number {
  return Number(version.split(".")[1] ?? Number.NaN);
}

const SEARCH_CODES: Readonly<Record<string, string>> = {
  "^": "^",
  t: "\t",
  l: "\n",
  s: "\u00a0",
  "-": "\u00ad",
  "~": "\u2011",
};

/** Word's search text (no wildcards) as the literal text it finds. */
export function unescapeSearch(search: string): string {
  return search.replace(/\^(.)/g, (whole, code: string) => SEARCH_CODES[code] ?? whole);
}

/** Throws like Office.js does when a value is read before it was loaded and synced. */
function notLoaded(what: string): never {
  throw Object.assign(new Error(`${what} is not available before load() and sync()`), {
    code: "PropertyNotLoaded",
  });
}

export function fakeOffice(options: FakeOptions = {}): Fake {
  const calls: Call[] = [];
  const touched: Touch[] = [];
  const packages: string[] = [];
  const paragraphs = [...(options.paragraphs ?? [])];
  const saved: Record<string, unknown> = { ...(options.settings ?? {}) };
  const pending: Record<string, unknown> = { ...saved };
  let failNextSync: unknown = options.syncError;
  const answers: SyncAnswer[] = [];
  const slices: number[] = [];
  // Loads queued since the last sync, run when it happens; a load that has a size in the answer returns it pending.
  let loads: (() => Pending | void)[] = [];
  let bodyText: string | null = null;
  let trackingMode: string | null = null;
  const story = options.cursorStory ?? ["MainDoc"];
  // The cursor's story, as the body outside any table cell: where Word would put what is inserted there.
  const cursorStory = story.find((type) => type !== "TableCell") ?? "TableCell";
  const last = Math.max(paragraphs.length - 1, 0);
  const cursor = {
    paragraph: options.cursor?.paragraph ?? last,
    offset: options.cursor?.offset ?? (paragraphs[last] ?? "").length,
  };
  const DOCUMENT_START = { documentStart: true };

  /** The text from the document's start to the cursor, paragraphs joined by "\r" as Word's Range.text does. */
  function textBeforeCursor(): string {
    return [
      ...paragraphs.slice(0, cursor.paragraph),
      (paragraphs[cursor.paragraph] ?? "").slice(0, cursor.offset),
    ].join("\r");
  }

  /** A range of paragraph `paragraph` from `start` to `end`, by the fake's current text. */
  function range(paragraph: number, start: number, end: number): WordRange {
    const name = `p${paragraph}[${start},${end})`;
    return {
      select() {
        calls.push(["range.select", name]);
        touch("select", paragraph);
      },
      insertText(text, location) {
        calls.push(["range.insertText", name, text, location]);
        const current = paragraphs[paragraph] ?? "";
        const at = location === "After" ? end : start;
        const to = location === "Replace" ? end : at;
        paragraphs[paragraph] = current.slice(0, at) + text + current.slice(to);
        return {
          font: {
            set name(font: string) {
              calls.push(["range.font.name", name, font]);
            },
          },
        };
      },
      insertComment(text) {
        calls.push(["range.insertComment", name, text]);
        touch("comment", paragraph);
        return {};
      },
      search(text, searchOptions) {
        calls.push(["range.search", name, text, String(searchOptions.matchCase)]);
        const inside = (paragraphs[paragraph] ?? "").slice(start, end);
        const literal = unescapeSearch(text);
        return collection(
          `${name}.search`,
          () =>
            matches(inside, literal).map((at) =>
              range(paragraph, start + at, start + at + literal.length)
            ),
          true
        );
      },
    };
  }

  function matches(text: string, literal: string): number[] {
    const found: number[] = [];
    if (literal === "") return found;
    // Word's search finds non-overlapping matches, left to right.
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) {
      found.push(at);
    }
    return found;
  }

  function collection(name: string, find: () => WordRange[], recordLoad: boolean): WordRanges {
    let items: WordRange[] | null = null;
    return {
      load(properties) {
        if (recordLoad) calls.push([`${name}.load`, properties]);
        loads.push(() => {
          items = find();
        });
      },
      get items(): readonly WordRange[] {
        return items ?? notLoaded(`${name}.items`);
      },
      getFirst() {
        calls.push([`${name}.getFirst`]);
        const first = find()[0];
        if (!first) {
          failNextSync = Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
          return range(-1, 0, 0);
        }
        return first;
      },
    };
  }

  function touch(action: Touch["action"], index: number): void {
    touched.push({ action, index, text: paragraphs[index] ?? "" });
  }

  /** Paragraph `index` of Word's list; `text` is what a load of "text" read at the sync. */
  function paragraph(index: number, text: string | null): WordParagraph {
    const font = {} as WordParagraph["font"];
    for (const key of ["bold", "italic", "underline", "size", "name", "color"] as const) {
      Object.defineProperty(font, key, {
        set(value: unknown) {
          calls.push([`font.${key}`, String(index), String(value)]);
          touch("format", index);
        },
        get: () => notLoaded(`font.${key}`),
      });
    }
    const result = {
      get text(): string {
        return text ?? notLoaded("paragraph.text");
      },
      select() {
        calls.push(["paragraph.select", String(index)]);
        touch("select", index);
      },
      getRange(location: "Whole") {
        calls.push(["paragraph.getRange", String(index), location]);
        return range(index, 0, (paragraphs[index] ?? "").length);
      },
      font,
    } as WordParagraph;
    Object.defineProperty(result, "alignment", {
      set(value: unknown) {
        calls.push(["paragraph.alignment", String(index), String(value)]);
        touch("format", index);
      },
      get: () => notLoaded("paragraph.alignment"),
    });
    return result;
  }

  /** Body `level` around the cursor (0: the one it is in), a null object past the outermost. */
  function storyBody(level: number): WordBody {
    let type: string | null = null;
    const isNull = level >= story.length;
    return {
      load(properties: "type") {
        calls.push(["storyBody.load", `${properties}@${level}`]);
        loads.push(() => {
          type = isNull ? "" : (story[level] ?? "");
        });
      },
      get type(): string {
        return type ?? notLoaded("body.type");
      },
      get isNullObject(): boolean {
        if (type === null) return notLoaded("body.isNullObject");
        return isNull;
      },
      get parentBodyOrNullObject(): WordBody {
        return storyBody(level + 1);
      },
    };
  }

  const context: WordContext = {
    application: {
      createDocument(base64File) {
        calls.push(["application.createDocument", base64File]);
        return {
          open() {
            calls.push(["document.open"]);
          },
        };
      },
    },
    document: {
      load(properties) {
        calls.push(["document.load", properties]);
        loads.push(() => {
          trackingMode = options.trackingMode ?? "Off";
        });
      },
      get changeTrackingMode(): string {
        return trackingMode ?? notLoaded("document.changeTrackingMode");
      },
      contentControls: {
        getByTag(tag) {
          calls.push(["contentControls.getByTag", tag]);
          let items: { insertOoxml(ooxml: string, location: "Replace"): unknown }[] | null = null;
          return {
            load(properties: string) {
              calls.push(["contentControls.load", properties]);
              loads.push(() => {
                items = (options.contentControls ?? [])
                  .filter((control) => control === tag)
                  .map((_, index) => ({
                    insertOoxml(ooxml: string, location: "Replace") {
                      calls.push(["contentControl.insertOoxml", `${tag}#${index}`, location]);
                      packages.push(ooxml);
                      return {};
                    },
                  }));
              });
            },
            get items() {
              return items ?? notLoaded("contentControls.items");
            },
          };
        },
      },
      body: {
        load(properties) {
          calls.push(["body.load", properties]);
          loads.push(() => {
            bodyText = paragraphs.join("\r");
          });
        },
        get text(): string {
          return bodyText ?? notLoaded("body.text");
        },
        getRange(location) {
          calls.push(["body.getRange", location]);
          return DOCUMENT_START;
        },
        insertOoxml(ooxml, location) {
          calls.push(["body.insertOoxml", location]);
          packages.push(ooxml);
          return {};
        },
        getOoxml() {
          calls.push(["body.getOoxml"]);
          let value: string | null = null;
          loads.push(() => {
            const ooxml = options.ooxml ?? "";
            return { bytes: jsonBytes(ooxml), commit: () => (value = ooxml) };
          });
          return {
            get value(): string {
              return value ?? notLoaded("getOoxml().value");
            },
          };
        },
        paragraphs: (() => {
          let items: WordParagraph[] | null = null;
          return {
            load(properties: string) {
              calls.push(["paragraphs.load", properties]);
              const withText = properties.split(",").some((name) => name.trim() === "text");
              loads.push(() => {
                const answer = withText
                  ? paragraphs.map((text) => ({ text }))
                  : paragraphs.map(() => ({}));
                return {
                  bytes: jsonBytes(answer),
                  commit: () =>
                    (items = paragraphs.map((text, index) =>
                      paragraph(index, withText ? text : null)
                    )),
                };
              });
            },
            get items(): readonly WordParagraph[] {
              return items ?? notLoaded("paragraphs.items");
            },
            getFirst() {
              calls.push(["paragraphs.getFirst"]);
              let level: number | null = null;
              return {
                load(properties: "tableNestingLevel") {
                  calls.push(["paragraph.load", properties]);
                  loads.push(() => {
                    level = options.leadingTable ? 1 : 0;
                  });
                },
                get tableNestingLevel(): number {
                  return level ?? notLoaded("paragraph.tableNestingLevel");
                },
                parentTable: {
                  insertParagraph(text: "", location: "Before") {
                    calls.push(["table.insertParagraph", text, location]);
                    return {
                      insertOoxml(ooxml: string, where: "Start" | "Replace") {
                        calls.push(["paragraph.insertOoxml", where]);
                        packages.push(ooxml);
                        return {};
                      },
                    };
                  },
                },
              };
            },
          };
        })(),
        search(text, searchOptions) {
          calls.push(["body.search", text, String(searchOptions.matchCase)]);
          const literal = unescapeSearch(text);
          return collection(
            "results",
            () =>
              paragraphs.flatMap((body, index) =>
                matches(body, literal).map((at) => range(index, at, at + literal.length))
              ),
            true
          );
        },
      },
      getSelection() {
        calls.push(["document.getSelection"]);
        return {
          get parentBody() {
            calls.push(["selection.parentBody"]);
            return storyBody(0);
          },
          insertOoxml(ooxml, location) {
            calls.push(["selection.insertOoxml", location]);
            packages.push(ooxml);
            return {};
          },
          insertText(text, location) {
            calls.push(["selection.insertText", text, location]);
            const at = { ...cursor };
            const current = paragraphs[at.paragraph] ?? "";
            paragraphs[at.paragraph] =
              current.slice(0, at.offset) + text + current.slice(at.offset);
            return {
              select(mode) {
                calls.push(["range.select", mode]);
                cursor.offset = at.offset + text.length;
              },
            };
          },
          getRange(location) {
            calls.push(["selection.getRange", location]);
            return {
              expandTo(other) {
                calls.push(["range.expandTo", other === DOCUMENT_START ? "documentStart" : "?"]);
                let text: string | null = null;
                return {
                  load(properties) {
                    calls.push(["range.load", properties]);
                    loads.push(() => {
                      if (cursorStory !== "MainDoc" && cursorStory !== "TableCell") {
                        // From another story back to the body's start: no such range.
                        failNextSync ??= Object.assign(new Error("InvalidArgument"), {
                          code: "InvalidArgument",
                        });
                      }
                      text = other === DOCUMENT_START ? textBeforeCursor() : "";
                    });
                  },
                  get text(): string {
                    return text ?? notLoaded("range.text");
                  },
                };
              },
            };
          },
        };
      },
    },
    async sync() {
      calls.push(["sync"]);
      const queued = loads;
      loads = [];
      // A failing batch loads nothing the caller may read (what runs before the throw is never committed).
      const pending = queued.map((load) => load()).filter((load): load is Pending => !!load);
      if (failNextSync !== undefined) {
        const error = failNextSync;
        failNextSync = undefined;
        throw error;
      }
      const bytes = pending.reduce((sum, load) => sum + load.bytes, 0);
      const refused = options.responseLimit !== undefined && bytes > options.responseLimit;
      answers.push({ bytes, refused });
      if (refused) {
        throw Object.assign(new Error("The response payload size has exceeded the limit."), {
          code: "ResponsePayloadSizeLimitExceeded",
        });
      }
      for (const load of pending) load.commit();
    },
  };

  const settings: DocumentSettings = {
    get(name) {
      calls.push(["settings.get", name]);
      return saved[name] ?? null;
    },
    set(name, value) {
      calls.push(["settings.set", name, JSON.stringify(value)]);
      pending[name] = value;
    },
    saveAsync(callback: (result: SaveResult) => void) {
      calls.push(["settings.saveAsync"]);
      if (options.saveError) {
        callback({ status: "failed", error: { message: options.saveError } });
        return;
      }
      Object.assign(saved, pending);
      callback({ status: "succeeded" });
    },
  };

  /** Office.context.document.getFileAsync over `options.file`: the .docx in slices, as Office hands it over. */
  const fileSource: FileSource = {
    getFileAsync(fileType, fileOptions, callback) {
      calls.push(["getFileAsync", String(fileType), String(fileOptions.sliceSize)]);
      const bytes = options.file ?? new Uint8Array();
      if (options.fileError) {
        callback({ status: "failed", value: undefined as never, error: options.fileError });
        return;
      }
      // Office.Document.getFileAsync: slices above 4,194,304 bytes fail with "Internal Error".
      if (fileOptions.sliceSize > 4_194_304) {
        callback({
          status: "failed",
          value: undefined as never,
          error: { code: 5001, message: "Internal Error" },
        });
        return;
      }
      const size = fileOptions.sliceSize;
      const file: DocumentFile = {
        size: bytes.length,
        sliceCount: Math.max(1, Math.ceil(bytes.length / size)),
        getSliceAsync(index, done: (result: AsyncOutcome<FileSlice>) => void) {
          calls.push(["getSliceAsync", String(index)]);
          // Office hands slice data over as a plain array of byte values.
          const data = Array.from(bytes.subarray(index * size, (index + 1) * size));
          slices.push(data.length);
          done({ status: "succeeded", value: { data } });
        },
        closeAsync() {
          calls.push(["closeAsync"]);
        },
      };
      callback({ status: "succeeded", value: file });
    },
  };

  const globals: OfficeGlobals = {
    Word: {
      async run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> {
        calls.push(["Word.run"]);
        if (options.runError !== undefined) throw options.runError;
        return batch(context);
      },
    },
    Office: {
      context: {
        requirements: {
          // Office.js also takes the version as a number (1.3); word.ts passes strings.
          isSetSupported(name: string, version?: string | number): boolean {
            const asked = String(version ?? "1.1");
            calls.push(["isSetSupported", name, asked]);
            return name === "WordApi" && minor(asked) <= minor(options.wordApi ?? "1.1");
          },
        },
        document: options.file || options.fileError ? { settings, ...fileSource } : { settings },
        diagnostics: options.platform ? { platform: options.platform, version: "16.0" } : null,
      },
    },
  };
  return { globals, calls, touched, packages, paragraphs, saved, cursor, answers, slices };
}

/** The calls made to Word itself, leaving out the requirement-set questions. */
export function wordCalls(calls: readonly Call[]): Call[] {
  return calls.filter(([name]) => name !== "isSetSupported");
}

export function count(calls: readonly Call[], name: string): number {
  return calls.filter(([call]) => call === name).length;
}
