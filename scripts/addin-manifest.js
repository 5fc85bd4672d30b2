// The manifest for an office's own web server: every https://localhost:3000/ address replaced by ADDIN_URL, the same
// <Id> (documents remember ignored findings per add-in Id), and the version from package.json. Used by
// webpack.config.js (ADDIN_URL=… npm run build) and scripts/package.mjs (npm run package).
/* eslint-disable @typescript-eslint/no-require-imports */
"use strict";

const DEV_ORIGIN = "https://localhost:3000/";

/**
 * Why `url` cannot be the add-in's address, or null when it can: Office loads add-ins only over HTTPS, and the
 * manifest's addresses are the built files' names appended to it, so it must end with "/".
 */
function addinUrlProblem(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `ADDIN_URL "${url}" không phải địa chỉ hợp lệ / is not a valid address`;
  }
  if (parsed.protocol !== "https:") {
    return `ADDIN_URL phải bắt đầu bằng https:// (Office chỉ tải phần bổ trợ qua HTTPS) / must start with https://`;
  }
  if (!url.endsWith("/")) return `ADDIN_URL phải kết thúc bằng "/" / must end with "/": ${url}/`;
  if (parsed.search || parsed.hash) return `ADDIN_URL không được có ? hoặc # / must have no ? or #`;
  return null;
}

/** manifest.xml as it should be served from `url`, version `version` (package.json's, as Office's four parts). */
function manifestFor(xml, url, version) {
  const problem = addinUrlProblem(url);
  if (problem) throw new Error(problem);
  const parts = String(version).split(/[.+-]/).filter((part) => /^\d+$/.test(part)).slice(0, 4);
  while (parts.length < 4) parts.push("0");
  const escaped = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return xml
    .split(DEV_ORIGIN)
    .join(escaped)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${parts.join(".")}</Version>`);
}

module.exports = { DEV_ORIGIN, addinUrlProblem, manifestFor };
