// Builds the task pane (React + Fluent UI, panes split into chunks loaded on demand) and the ribbon's function file.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { addinUrlProblem, manifestFor } = require("./scripts/addin-manifest");
const { version } = require("./package.json");

const DEV_PORT = 3000;

/** The pane `?pane=` names in taskpane.html → the chunk holding its code (the names in src/taskpane/panes.ts). */
const PANE_CHUNKS = {
  new: "new-pane",
  insert: "insert-pane",
  citations: "citations-pane",
  check: "check-pane",
  settings: "settings-pane",
};
const DEFAULT_PANE = "insert";
/** The file of what the panes share: the UI libraries and the modules two of them use. */
const SHARED_CHUNK = "pane-shared";
/** The chunks whose common modules go into SHARED_CHUNK (the worker's, the host's and the checker's keep theirs). */
const SHARING_CHUNKS = new Set([...Object.values(PANE_CHUNKS), "first-run", "language-switch"]);
const PRELOAD_MARK = "<!-- pane-preload -->";

/**
 * Replaces PRELOAD_MARK in taskpane.html with an inline script that asks, while the page is still being parsed, for
 * the files of the pane the address names (`<link rel=preload>`, high priority): without it they were asked for only
 * once office.js and the entry's first steps had run (~0.1–0.3 s later on a loaded machine). The files are those of
 * the pane's chunk group, so the list follows webpack's splitting.
 */
class PanePreloadPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("PanePreloadPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).afterTemplateExecution.tap(
        "PanePreloadPlugin",
        (data) => {
          if (!data.html.includes(PRELOAD_MARK)) return data;
          // The entry's own file first: its <script defer> is a low-priority request the browser would make after
          // these (the entry arrived later and the pane was usable later at 4× CPU throttle).
          const entry = compilation.entrypoints
            .get("taskpane")
            .getFiles()
            .filter((f) => f.endsWith(".js"));
          const files = {};
          for (const [pane, chunkName] of Object.entries(PANE_CHUNKS)) {
            const group = compilation.namedChunkGroups.get(chunkName);
            if (!group) throw new Error(`PanePreloadPlugin: no chunk group ${chunkName}`);
            files[pane] = entry.concat(
              group.chunks.flatMap((chunk) => [...chunk.files].filter((f) => f.endsWith(".js")))
            );
          }
          // ES5: it also runs in the old webviews the page turns away (where it does nothing harmful).
          const script =
            "<script>(function(){try{" +
            `var f=${JSON.stringify(files)},m=/[?&]pane=([^&#]*)/.exec(location.search),` +
            `p=m&&Object.prototype.hasOwnProperty.call(f,m[1])?m[1]:${JSON.stringify(DEFAULT_PANE)},d=document;` +
            'for(var i=0;i<f[p].length;i++){var l=d.createElement("link");l.rel="preload";l.as="script";' +
            'l.href=f[p][i];l.setAttribute("fetchpriority","high");d.head.appendChild(l);}' +
            "}catch(e){}})();</script>";
          data.html = data.html.replace(PRELOAD_MARK, script);
          return data;
        }
      );
    });
  }
}
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** HTTPS options for the dev server, from the certificates `npm start` makes; plain HTTP without them. */
function devServerHttps() {
  const cert = path.join(CERT_DIR, "localhost.crt");
  const key = path.join(CERT_DIR, "localhost.key");
  const ca = path.join(CERT_DIR, "ca.crt");
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return { type: "http" };
  return {
    type: "https",
    options: {
      cert: fs.readFileSync(cert),
      key: fs.readFileSync(key),
      ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined,
    },
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  // ADDIN_URL=https://host/path/ npm run build: the manifest beside the built files names that address everywhere.
  const addinUrl = process.env.ADDIN_URL;
  if (addinUrl && addinUrlProblem(addinUrl)) throw new Error(addinUrlProblem(addinUrl));
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    // Office runs task panes in WebView2 (Edge), Safari's WKWebView and current browsers for Word on the web.
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist", "web"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // Griffel's CSS at build time: the pane's styles arrive as one stylesheet the browser parses natively, not as
        // ~900 insertRule calls in the first pane's commit (~90 ms of it at 4× CPU throttle), and the JavaScript no
        // longer carries the rules (pane-shared: 131 → 104 KiB gzip). The extraction loader turns the `__styles` calls
        // Fluent ships precomputed, and ours, into `__css` (class names only) and hands their CSS to the plugin below.
        // Loaders run last to first: swc, then Griffel's webpack-loader (our makeStyles → `__styles`, evaluated at
        // build time), then extraction.
        { test: /\.(js|mjs|cjs|ts|tsx)$/, use: { loader: GriffelCSSExtractionPlugin.loader } },
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "@griffel/webpack-loader" } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                target: "es2020",
                transform: { react: { runtime: "automatic", development: !production } },
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // The first pane in as few files as the template (3: the entry, the panes' shared code, the pane's own): each file
      // is a request, a script element and a task of its own, and a page of 9 files got its answers later than a page of
      // 3 (every answer came ~0.6 s after its request on a loaded machine, the template's first after ~0.25 s).
      splitChunks: {
        cacheGroups: {
          // Fluent UI and the other UI libraries the panes use, in one file fetched once for whichever pane opens
          // first; the document libraries (zip, XML) stay with the code that reads or writes documents.
          paneLibraries: {
            test: /[\\/]node_modules[\\/](?!fflate|saxes|xmlchars)/,
            chunks: "async",
            name: SHARED_CHUNK,
            // Scripts only: the CSS modules Griffel's extraction makes go to its own chunk (the plugin's cache group).
            type: /^javascript/,
            priority: 10,
            enforce: true,
          },
          // Our modules that two panes (or a pane and the first-run step) use, in the same file: the Insert pane shares
          // six small groups of modules with the others, each was a file of its own.
          paneShared: {
            test: /[\\/]src[\\/]/,
            chunks: (chunk) => SHARING_CHUNKS.has(chunk.name),
            minChunks: 2,
            name: SHARED_CHUNK,
            type: /^javascript/,
            priority: 5,
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new PanePreloadPlugin(),
      // All of Griffel's rules in one file, sorted in Griffel's order (style buckets, then media queries), whichever
      // chunk they came from: the plugin moves them into one chunk, "griffel", part of the entry, so taskpane.html
      // links it in its head. The sorting is Griffel's, so mini-css-extract's order warnings do not apply.
      new MiniCssExtractPlugin({
        filename: production ? "[name].[contenthash:8].css" : "[name].css",
        chunkFilename: production ? "[name].[contenthash:8].css" : "[name].css",
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: addinUrl
              ? (content) => manifestFor(content.toString("utf8"), addinUrl, version)
              : undefined,
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: false,
    },
  };
};
