// Office.js stand-in for the task pane tests and bench: onReady, requirement sets, theme, a recording Word.run over a
// small document, and the document's settings store.
// Options come from window.__officeStubOptions, set by the test before the page's scripts run:
//   neverReady (Office.onReady never resolves), theme (Office.context.officeTheme), wordApi (highest WordApi,
//   default 1.4), failCode (the code of failSync's error, GeneralException by default), platform (Office.context.diagnostics.platform, "PC" by default; "OfficeOnline" for the web), failSync (message of an error the first sync throws), syncDelayMs (each sync takes this long).
// The document is window.__officeStubDocument = { ooxml, paragraphs, next?, cursor?, leadingTable?, controls? }: what body.getOoxml() returns, the
// texts body.paragraphs lists (Word's own list, which need not match the package's w:p: tests build it with
// test/host/word-listings.ts), and where the cursor is ({ paragraph, offset }, the end of the last paragraph when
// absent); a test may replace it at any time. Edits change `paragraphs` as Word would, and a
// Word.run that edited anything leaves `next` (the document as the edits made it) in its place.
// The document may also have trackingMode (Document.changeTrackingMode, "Off" by default), cursorStory (the
// Word.BodyType of the cursor's body and those around it, ["MainDoc"] by default) and fileBase64 (the .docx that
// Office.context.document.getFileAsync hands over in slices; without it the stub has no getFileAsync).
// refuseOoxmlOver (an option): a sync that loads a getOoxml value longer than this many characters fails with
// ResponsePayloadSizeLimitExceeded, as Word on the web refuses an answer over 5 MB.
// Calls are recorded in window.__officeCalls as { run, call, args }; settings calls outside a Word.run have run 0.
(function () {
  var options = window.__officeStubOptions || {};
  var calls = [];
  var runs = 0;
  var SETTINGS_KEY = "__officeStubDocumentSettings";
  window.__officeCalls = calls;
  if (!window.__officeStubDocument) window.__officeStubDocument = { ooxml: "", paragraphs: [] };

  function currentDocument() {
    return window.__officeStubDocument;
  }

  function notLoaded(what) {
    var error = new Error(what + " is not available before load() and sync()");
    error.code = "PropertyNotLoaded";
    throw error;
  }

  var SEARCH_CODES = { "^": "^", t: "\t", l: "\n", s: "\u00a0", "-": "\u00ad", "~": "\u2011" };
  function unescapeSearch(text) {
    return text.replace(/\^(.)/g, function (whole, code) {
      return SEARCH_CODES[code] === undefined ? whole : SEARCH_CODES[code];
    });
  }
  function matches(text, literal) {
    var found = [];
    if (!literal) return found;
    for (var at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) {
      found.push(at);
    }
    return found;
  }

  function storedSettings() {
    try {
      return JSON.parse(localStorage.getItem(SETTINGS_KEY) || "{}");
    } catch {
      return {};
    }
  }
  var pendingSettings = storedSettings();

  window.Office = {
    HostType: { Word: "Word" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      officeTheme: options.theme,
      diagnostics: {
        host: "Word",
        platform: options.platform || "PC",
        version: "16.0.17928.20000",
      },
      requirements: {
        isSetSupported: function (name, version) {
          return name === "WordApi" && parseFloat(version) <= (options.wordApi || 1.4);
        },
      },
      document: {
        getFileAsync: function (fileType, fileOptions, callback) {
          calls.push({ run: 0, call: "getFileAsync", args: [fileType, fileOptions.sliceSize] });
          var base64 = currentDocument().fileBase64;
          if (!base64) {
            callback({
              status: "failed",
              error: {
                code: 11001,
                message: "A network problem has prevented retrieval of the file.",
              },
            });
            return;
          }
          var binary = atob(base64);
          var size = fileOptions.sliceSize;
          callback({
            status: "succeeded",
            value: {
              size: binary.length,
              sliceCount: Math.max(1, Math.ceil(binary.length / size)),
              getSliceAsync: function (index, done) {
                calls.push({ run: 0, call: "getSliceAsync", args: [index] });
                var data = [];
                var end = Math.min(binary.length, (index + 1) * size);
                for (var i = index * size; i < end; i++) data.push(binary.charCodeAt(i));
                setTimeout(function () {
                  done({
                    status: "succeeded",
                    value: { data: data, index: index, size: data.length },
                  });
                }, 0);
              },
              closeAsync: function (done) {
                calls.push({ run: 0, call: "closeAsync", args: [] });
                if (done) done({ status: "succeeded" });
              },
            },
          });
        },
        settings: {
          get: function (name) {
            calls.push({ run: 0, call: "settings.get", args: [name] });
            var value = storedSettings()[name];
            return value === undefined ? null : value;
          },
          set: function (name, value) {
            calls.push({ run: 0, call: "settings.set", args: [name, value] });
            pendingSettings[name] = value;
          },
          saveAsync: function (callback) {
            calls.push({ run: 0, call: "settings.saveAsync", args: [] });
            localStorage.setItem(SETTINGS_KEY, JSON.stringify(pendingSettings));
            setTimeout(function () {
              callback({ status: "succeeded" });
            }, 0);
          },
        },
      },
    },
    onReady: function (callback) {
      if (options.neverReady) return new Promise(function () {});
      var ready = Promise.resolve({ host: "Word", platform: options.platform || "PC" });
      if (callback) ready.then(callback);
      return ready;
    },
  };

  window.Word = {
    run: function (batch) {
      var run = ++runs;
      var loads = [];
      var failNext = null;
      var edited = false;
      function record(call, args) {
        calls.push({ run: run, call: call, args: args || [] });
        if (/^(font\.|paragraph\.alignment$|range\.insertText$|selection\.insertText$)/.test(call))
          edited = true;
      }
      record("Word.run");

      function paragraphs() {
        return currentDocument().paragraphs;
      }

      /** The cursor, as { paragraph, offset }; kept in the document so a later Word.run finds it where it was left. */
      function cursor() {
        var current = currentDocument();
        if (!current.cursor) {
          var last = Math.max(current.paragraphs.length - 1, 0);
          current.cursor = { paragraph: last, offset: (current.paragraphs[last] || "").length };
        }
        return current.cursor;
      }

      var DOCUMENT_START = { documentStart: true };

      /** Word's Range.text from the document's start to the cursor: paragraphs joined by "\r". */
      function textBeforeCursor() {
        var at = cursor();
        return paragraphs()
          .slice(0, at.paragraph)
          .concat([(paragraphs()[at.paragraph] || "").slice(0, at.offset)])
          .join("\r");
      }

      function range(paragraph, start, end) {
        var name = "p" + paragraph + "[" + start + "," + end + ")";
        return {
          select: function () {
            record("range.select", [paragraph, start, end]);
          },
          insertText: function (text, location) {
            record("range.insertText", [paragraph, start, end, text, location]);
            var texts = paragraphs();
            var current = texts[paragraph] || "";
            var at = location === "After" ? end : start;
            var to = location === "Replace" ? end : at;
            texts[paragraph] = current.slice(0, at) + text + current.slice(to);
            return range(paragraph, at, at + text.length);
          },
          insertComment: function (text) {
            record("range.insertComment", [paragraph, text]);
            return {};
          },
          search: function (text, searchOptions) {
            record("range.search", [name, text, searchOptions]);
            var literal = unescapeSearch(text);
            var inside = (paragraphs()[paragraph] || "").slice(start, end);
            return collection(name + ".search", function () {
              return matches(inside, literal).map(function (at) {
                return range(paragraph, start + at, start + at + literal.length);
              });
            });
          },
        };
      }

      function collection(name, find) {
        var items = null;
        return {
          load: function (properties) {
            record(name + ".load", [properties]);
            loads.push(function () {
              items = find();
            });
            return this;
          },
          get items() {
            return items || notLoaded(name + ".items");
          },
          getFirst: function () {
            var first = find()[0];
            if (!first) {
              failNext = new Error("ItemNotFound");
              failNext.code = "ItemNotFound";
              return range(-1, 0, 0);
            }
            return first;
          },
        };
      }

      /** Paragraph `index` of Word's list; `text` is what a load of "text" read at the sync (null when not loaded). */
      function paragraph(index, text) {
        var font = {};
        ["bold", "italic", "underline", "size", "name", "color"].forEach(function (key) {
          Object.defineProperty(font, key, {
            set: function (value) {
              record("font." + key, [index, value]);
            },
            get: function () {
              return notLoaded("font." + key);
            },
          });
        });
        var result = {
          font: font,
          get text() {
            return text === null ? notLoaded("paragraph.text") : text;
          },
          select: function () {
            record("paragraph.select", [index]);
          },
          getRange: function (location) {
            record("paragraph.getRange", [index, location]);
            return range(index, 0, (paragraphs()[index] || "").length);
          },
        };
        Object.defineProperty(result, "alignment", {
          set: function (value) {
            record("paragraph.alignment", [index, value]);
          },
          get: function () {
            return notLoaded("paragraph.alignment");
          },
        });
        return result;
      }

      var range0 = {};
      var paragraphItems = null;
      var trackingMode = null;

      /** Body `level` around the cursor (0: the one it is in), a null object past the document's cursorStory. */
      function storyBody(level) {
        var story = currentDocument().cursorStory || ["MainDoc"];
        var type = null;
        return {
          load: function (properties) {
            record("storyBody.load", [properties, level]);
            loads.push(function () {
              type = level < story.length ? story[level] : "";
            });
            return this;
          },
          get type() {
            return type === null ? notLoaded("body.type") : type;
          },
          get isNullObject() {
            return type === null ? notLoaded("body.isNullObject") : level >= story.length;
          },
          get parentBodyOrNullObject() {
            return storyBody(level + 1);
          },
        };
      }

      /** The cursor's story outside any table cell; another than the main text cannot reach the body's start. */
      function cursorOutsideBody() {
        var story = currentDocument().cursorStory || ["MainDoc"];
        var type = story.filter(function (item) {
          return item !== "TableCell";
        })[0];
        return type !== undefined && type !== "MainDoc";
      }

      var context = {
        document: {
          load: function (properties) {
            record("document.load", [properties]);
            loads.push(function () {
              trackingMode = currentDocument().trackingMode || "Off";
            });
            return this;
          },
          get changeTrackingMode() {
            return trackingMode === null ? notLoaded("document.changeTrackingMode") : trackingMode;
          },
          body: {
            getRange: function (location) {
              record("body.getRange", [location]);
              return DOCUMENT_START;
            },
            insertOoxml: function (ooxml, location) {
              record("body.insertOoxml", [ooxml, location]);
              return range0;
            },
            getOoxml: function () {
              record("body.getOoxml");
              var value = null;
              loads.push(function () {
                var ooxml = currentDocument().ooxml;
                if (
                  options.refuseOoxmlOver !== undefined &&
                  ooxml.length > options.refuseOoxmlOver
                ) {
                  var refused = new Error("The response payload size has exceeded the limit.");
                  refused.code = "ResponsePayloadSizeLimitExceeded";
                  return refused;
                }
                value = ooxml;
              });
              return {
                get value() {
                  return value === null ? notLoaded("getOoxml().value") : value;
                },
              };
            },
            paragraphs: {
              load: function (properties) {
                record("paragraphs.load", [properties]);
                var withText = String(properties)
                  .split(",")
                  .some(function (name) {
                    return name.trim() === "text";
                  });
                loads.push(function () {
                  paragraphItems = paragraphs().map(function (text, index) {
                    return paragraph(index, withText ? text : null);
                  });
                });
                return this;
              },
              get items() {
                return paragraphItems || notLoaded("paragraphs.items");
              },
              // WordApi 1.3: whether the body opens with a table (the document's `leadingTable`).
              getFirst: function () {
                record("paragraphs.getFirst");
                var level = null;
                return {
                  load: function (properties) {
                    record("paragraph.load", [properties]);
                    loads.push(function () {
                      level = currentDocument().leadingTable ? 1 : 0;
                    });
                    return this;
                  },
                  get tableNestingLevel() {
                    return level === null ? notLoaded("paragraph.tableNestingLevel") : level;
                  },
                  parentTable: {
                    insertParagraph: function (text, location) {
                      record("table.insertParagraph", [text, location]);
                      return {
                        insertOoxml: function (ooxml, where) {
                          record("paragraph.insertOoxml", [ooxml, where]);
                          return range0;
                        },
                      };
                    },
                  },
                };
              },
            },
            search: function (text, searchOptions) {
              record("body.search", [text, searchOptions]);
              var literal = unescapeSearch(text);
              return collection("results", function () {
                var found = [];
                paragraphs().forEach(function (body, index) {
                  matches(body, literal).forEach(function (at) {
                    found.push(range(index, at, at + literal.length));
                  });
                });
                return found;
              });
            },
          },
          // Content controls the add-in left, as the document's `controls`: { "thethuc:header": 1, … }.
          contentControls: {
            getByTag: function (tag) {
              record("contentControls.getByTag", [tag]);
              var items = null;
              return {
                load: function () {
                  loads.push(function () {
                    var count = (currentDocument().controls || {})[tag] || 0;
                    items = [];
                    for (var i = 0; i < count; i += 1) {
                      items.push({
                        insertOoxml: function (ooxml, location) {
                          record("control.insertOoxml", [tag, location]);
                          return range0;
                        },
                      });
                    }
                  });
                  return this;
                },
                get items() {
                  return items || notLoaded("contentControls.items");
                },
              };
            },
          },
          getSelection: function () {
            record("document.getSelection");
            return {
              get parentBody() {
                record("selection.parentBody");
                return storyBody(0);
              },
              insertOoxml: function (ooxml, location) {
                record("selection.insertOoxml", [ooxml, location]);
                return range0;
              },
              insertText: function (text, location) {
                record("selection.insertText", [text, location]);
                var at = { paragraph: cursor().paragraph, offset: cursor().offset };
                var texts = paragraphs();
                var current = texts[at.paragraph] || "";
                texts[at.paragraph] = current.slice(0, at.offset) + text + current.slice(at.offset);
                return {
                  select: function (mode) {
                    record("range.select", [mode]);
                    cursor().offset = at.offset + text.length;
                  },
                };
              },
              getRange: function (location) {
                record("selection.getRange", [location]);
                return {
                  expandTo: function (other) {
                    record("range.expandTo", [other === DOCUMENT_START ? "documentStart" : "?"]);
                    var text = null;
                    return {
                      load: function (properties) {
                        record("range.load", [properties]);
                        loads.push(function () {
                          if (cursorOutsideBody()) {
                            var invalid = new Error("InvalidArgument");
                            invalid.code = "InvalidArgument";
                            return invalid;
                          }
                          text = other === DOCUMENT_START ? textBeforeCursor() : "";
                        });
                        return this;
                      },
                      get text() {
                        return text === null ? notLoaded("range.text") : text;
                      },
                    };
                  },
                };
              },
            };
          },
        },
        sync: function () {
          record("sync");
          if (options.failSync) {
            var error = new Error(options.failSync);
            error.code = options.failCode || "GeneralException";
            return Promise.reject(error);
          }
          if (failNext) {
            var failure = failNext;
            failNext = null;
            return Promise.reject(failure);
          }
          var queued = loads;
          loads = [];
          return new Promise(function (resolve) {
            setTimeout(resolve, options.syncDelayMs || 0);
          }).then(function () {
            // A load that returns an error fails the whole sync, as Word refuses a batch.
            var errors = queued
              .map(function (load) {
                return load();
              })
              .filter(Boolean);
            if (errors.length > 0) throw errors[0];
          });
        },
      };
      return Promise.resolve()
        .then(function () {
          return batch(context);
        })
        .then(function (result) {
          var next = currentDocument().next;
          if (edited && next) window.__officeStubDocument = next;
          return result;
        });
    },
  };
})();
