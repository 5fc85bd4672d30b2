// Shrinks a failing fuzz input to a small reproducer: drop the parts the failure does not need, drop paragraphs while it
// still fails (delta debugging over the body), then cut the longest text from either end while it still fails. Every candidate is
// judged by running it again, so what is written fails the same way as the raw input.

import { strFromU8, strToU8, unzipSync, type Unzipped, zipSync } from "fflate";

export interface Shrunk {
  readonly bytes: Uint8Array;
  /** How many candidates were run. */
  readonly tries: number;
  /** Why the input was written as it came, when it was. */
  readonly unchanged?: string;
}

export interface ShrinkBudget {
  /** At most this many candidates are run (a hang costs the whole time limit per candidate). */
  readonly tries: number;
}

const DOCUMENT = "word/document.xml";
const BODY = /^([\s\S]*?<w:body>)([\s\S]*)(<\/w:body>[\s\S]*)$/;
// Text of a run, with its tags: the content is what gets halved.
const TEXT = /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g;

/** `fails(bytes)` runs a candidate and says whether it fails the way the input did. */
export async function shrinkDocx(
  input: Uint8Array,
  fails: (bytes: Uint8Array) => Promise<boolean>,
  budget: ShrinkBudget = { tries: 64 }
): Promise<Shrunk> {
  let tries = 0;
  const attempt = async (bytes: Uint8Array) => {
    tries++;
    return fails(bytes);
  };
  let files: Unzipped;
  try {
    files = unzipSync(input);
  } catch {
    return { bytes: input, tries, unchanged: "not a readable zip (a zip-level mutation)" };
  }
  const xml = files[DOCUMENT] ? strFromU8(files[DOCUMENT]) : null;
  const parts = BODY.exec(xml ?? "");
  if (!parts) return { bytes: input, tries, unchanged: "no document body to shrink" };
  const [, head, body, tail] = parts as unknown as [string, string, string, string];

  // The encoding must keep the failure on its own: a ratio refusal, say, depends on compression.
  let level: 0 | 6 = 6;
  let kept: Unzipped = files;
  const encode = (chunks: readonly string[], others: Unzipped = kept) =>
    zipSync({ ...others, [DOCUMENT]: strToU8(head + chunks.join("") + tail) }, { level });
  let chunks = body.split(/(?<=<\/w:p>)/);
  if (!(await attempt(encode(chunks)))) {
    level = 0;
    if (!(await attempt(encode(chunks))))
      return { bytes: input, tries, unchanged: "re-packed, it no longer fails" };
  }

  // 1. Parts other than the document.
  const others = Object.keys(files).filter((name) => name !== DOCUMENT);
  if (others.length > 0 && tries < budget.tries) {
    if (await attempt(encode(chunks, {}))) kept = {};
    else
      for (const name of others) {
        if (tries >= budget.tries) break;
        const without = { ...kept };
        delete without[name];
        if (await attempt(encode(chunks, without))) kept = without;
      }
  }

  // 2. Paragraphs: remove ever smaller slices while the rest still fails.
  let pieces = 2;
  while (chunks.length >= 2 && tries < budget.tries) {
    const size = Math.ceil(chunks.length / pieces);
    let reduced = false;
    for (let at = 0; at < chunks.length && tries < budget.tries; at += size) {
      const candidate = [...chunks.slice(0, at), ...chunks.slice(at + size)];
      if (await attempt(encode(candidate))) {
        chunks = candidate;
        pieces = Math.max(pieces - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (pieces >= chunks.length) break;
      pieces = Math.min(chunks.length, pieces * 2);
    }
  }

  // 3. The longest text: cut its head or its tail, by halves, then quarters…, while the rest still fails.
  let cut = Number.POSITIVE_INFINITY;
  while (tries < budget.tries) {
    const joined = chunks.join("");
    let longest: RegExpExecArray | null = null;
    for (const match of joined.matchAll(TEXT))
      if (!longest || (match[2] as string).length > (longest[2] as string).length) longest = match;
    const text = longest?.[2] ?? "";
    cut = Math.min(cut, Math.floor(text.length / 2));
    if (!longest || cut < 1) break;
    const textStart = longest.index + (longest[1] as string).length;
    const before = joined.slice(0, textStart);
    const after = joined.slice(textStart + text.length);
    let reduced = false;
    for (const shorter of [text.slice(cut), text.slice(0, text.length - cut)]) {
      if (tries >= budget.tries) break;
      const candidate = [before + shorter + after];
      if (await attempt(encode(candidate))) {
        chunks = candidate;
        reduced = true;
        break;
      }
    }
    if (!reduced) cut = Math.floor(cut / 2);
  }
  return { bytes: encode(chunks), tries };
}
