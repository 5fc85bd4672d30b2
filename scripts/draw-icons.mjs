// Draws the add-in's icons (a document page with the red star of a Party document header) and renders them to assets/icon-*.png.
// Usage: node scripts/draw-icons.mjs [--preview out.png]   (needs Debian's Chromium at /usr/bin/chromium)
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const SIZES = [16, 32, 64, 80];
/**
 * The design is laid out on a 16-unit grid: 16, 32, 64 and 80 px are whole multiples of it, so a whole grid
 * value lands on a whole pixel at every size and edges stay sharp.
 */
const GRID = 16;

const INK = "#3a3a3a";
const PAPER = "#ffffff";
const FOLD = "#dcdcdc";
const RED = "#da251d";
const TEXT = "#8c8c8c";

/** The page: left, right, top and bottom edges, in grid units. */
const PAGE = { left: 2, right: 14, top: 1, bottom: 15 };

/**
 * What goes on the page at each size, in grid units. At 16 px there is room for the star and one red rule only;
 * from 32 px the star shrinks to make room for grey text lines, the last one short like a paragraph's end.
 */
const LAYOUTS = {
  small: {
    fold: 3,
    star: { cx: 8, cy: 7.6, outer: 4.4 },
    rule: { x0: 4, x1: 12, y: 12 },
    lines: [],
  },
  large: {
    fold: 4,
    star: { cx: 8, cy: 6.4, outer: 3.3 },
    rule: { x0: 5, x1: 11, y: 9.75 },
    lines: [
      { x0: 4, x1: 12, y: 11.25 },
      { x0: 4, x1: 12, y: 12.5 },
      { x0: 4, x1: 9.5, y: 13.75 },
    ],
  },
};

/** Returns the five-pointed star's outline as SVG points, one point straight up. */
function starPoints(cx, cy, outer) {
  // A regular pentagram's inner radius is outer · sin 18° / sin 54°.
  const inner = (outer * Math.sin(Math.PI / 10)) / Math.sin((3 * Math.PI) / 10);
  const points = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(
      `${(cx + radius * Math.cos(angle)).toFixed(3)},${(cy + radius * Math.sin(angle)).toFixed(3)}`
    );
  }
  return points.join(" ");
}

/** Returns the SVG of the icon at `size` pixels: a sheet with a folded corner, the red star of a Party header, a red rule and text lines. */
function iconSvg(size) {
  const scale = size / GRID;
  const px = (units) => Math.round(units * scale);
  // One pixel of outline up to 32 px and two above, so the sheet reads as outlined when small and is not heavy when large.
  const border = Math.max(1, Math.floor(size / 32));
  // A stroke is centred on its path: half a border inwards keeps a 1 px outline on one pixel column.
  const half = border / 2;
  const layout = size < 32 ? LAYOUTS.small : LAYOUTS.large;
  const [l, r, t, b, f] = [PAGE.left, PAGE.right, PAGE.top, PAGE.bottom, layout.fold].map(px);
  const sheet = `M${l + half} ${t + half} H${r - f} L${r - half} ${t + f} V${b - half} H${l + half} Z`;
  const flap = `M${r - f} ${t + half} V${t + f} H${r - half}`;
  // Below 64 px an anti-aliased 45° edge smears into grey; a pixel staircase reads as a folded corner.
  const outlineRendering = size < 64 ? "crispEdges" : "geometricPrecision";
  const thickness = Math.max(1, Math.floor(size / 32));
  const bar = ({ x0, x1, y }, fill) =>
    `<rect x="${px(x0)}" y="${px(y)}" width="${px(x1) - px(x0)}" height="${thickness}" fill="${fill}"/>`;
  const { cx, cy, outer } = layout.star;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `<path d="${sheet}" fill="${PAPER}" stroke="${INK}" stroke-width="${border}" shape-rendering="${outlineRendering}"/>`,
    `<path d="${flap}" fill="${FOLD}" stroke="${INK}" stroke-width="${border}" shape-rendering="${outlineRendering}"/>`,
    `<polygon points="${starPoints(cx * scale, cy * scale, outer * scale)}" fill="${RED}"/>`,
    bar(layout.rule, RED),
    ...layout.lines.map((line) => bar(line, TEXT)),
    `</svg>`,
  ].join("");
}

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Renders `html` at `width`×`height` CSS pixels into a PNG with a transparent background. */
async function render(browser, html, width, height) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg,img{display:block}</style></head><body>${html}</body></html>`
    );
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
  } finally {
    await page.close();
  }
}

/** Zoom of each size in the preview, so every enlarged icon is 128 or 160 px and single pixels can be judged. */
const PREVIEW_ZOOM = { 16: 8, 32: 4, 64: 2, 80: 2 };
const PREVIEW_WIDTH = 900;
const PREVIEW_HEIGHT = 560;

/** A review sheet: every icon at 1× and enlarged with hard pixel edges, on a light, a ribbon-grey and a dark background. */
function previewHtml(pngs) {
  const image = (size, zoom) => {
    const src = `data:image/png;base64,${pngs.get(size).toString("base64")}`;
    const edge = size * zoom;
    return `<img src="${src}" style="width:${edge}px;height:${edge}px;image-rendering:pixelated;margin:6px;display:inline-block;vertical-align:top">`;
  };
  const row = (background) =>
    `<div style="background:${background};padding:4px">` +
    SIZES.map((size) => image(size, 1)).join("") +
    SIZES.map((size) => image(size, PREVIEW_ZOOM[size])).join("") +
    `</div>`;
  return ["#ffffff", "#f3f2f1", "#292929"].map(row).join("");
}

async function main() {
  const previewAt = process.argv.indexOf("--preview");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: LAUNCH_ARGS });
  try {
    const pngs = new Map();
    for (const size of SIZES) {
      const png = await render(browser, iconSvg(size), size, size);
      pngs.set(size, png);
      await writeFile(join(ASSETS, `icon-${size}.png`), png);
      process.stdout.write(`assets/icon-${size}.png\n`);
    }
    if (previewAt !== -1) {
      const out = process.argv[previewAt + 1] ?? "icon-preview.png";
      await writeFile(out, await render(browser, previewHtml(pngs), PREVIEW_WIDTH, PREVIEW_HEIGHT));
      process.stdout.write(`${out}\n`);
    }
  } finally {
    await browser.close();
  }
}

await main();
