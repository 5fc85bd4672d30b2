// Office.js stand-in for the task pane tests and bench: onReady, requirement sets, theme, and a recording Word.run.
// Options come from window.__officeStubOptions, set by the test before the page's scripts run:
//   neverReady (Office.onReady never resolves), theme (Office.context.officeTheme), wordApi (highest WordApi,
//   default 1.4), failSync (message of an error the first sync throws).
(function () {
  var options = window.__officeStubOptions || {};
  var calls = [];
  var runs = 0;
  window.__officeCalls = calls;

  window.Office = {
    HostType: { Word: "Word" },
    context: {
      officeTheme: options.theme,
      requirements: {
        isSetSupported: function (name, version) {
          return name === "WordApi" && parseFloat(version) <= (options.wordApi || 1.4);
        },
      },
    },
    onReady: function (callback) {
      if (options.neverReady) return new Promise(function () {});
      var ready = Promise.resolve({ host: "Word", platform: "PC" });
      if (callback) ready.then(callback);
      return ready;
    },
  };

  window.Word = {
    run: function (batch) {
      var run = ++runs;
      function record(call, args) {
        calls.push({ run: run, call: call, args: args || [] });
      }
      record("Word.run");
      var range = {};
      var context = {
        document: {
          body: {
            insertOoxml: function (ooxml, location) {
              record("body.insertOoxml", [ooxml, location]);
              return range;
            },
          },
          getSelection: function () {
            record("document.getSelection");
            return {
              insertOoxml: function (ooxml, location) {
                record("selection.insertOoxml", [ooxml, location]);
                return range;
              },
            };
          },
        },
        sync: function () {
          record("sync");
          if (options.failSync) {
            var error = new Error(options.failSync);
            error.code = "GeneralException";
            return Promise.reject(error);
          }
          return Promise.resolve();
        },
      };
      return Promise.resolve().then(function () {
        return batch(context);
      });
    },
  };
})();
