#!/usr/bin/env node
// Entry point of the thethuc command: runs the compiled CLI (built by `npm run build:cli`, run on install).
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("thethuc: the CLI is not built yet; run `npm run build:cli` (npm install does it)\n");
  process.exit(2);
}
// Output piped into a reader that stops early (`thethuc check … | head`): stop quietly, as a command killed by SIGPIPE
// does (exit 141, which the shell also reports for it), rather than print a stack trace for the unhandled EPIPE.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(141);
});
// exitCode rather than exit(): exit() can cut off output still being written to a pipe.
require(main)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
