// Block-level content controls (CT_SdtBlock) tagged "thethuc:<block>", so the add-in can find its blocks again.

import { el } from "../xml";

export const TAG_PREFIX = "thethuc:";

/** Wraps block-level content in a content control with a title and the tag `thethuc:<name>`. */
export function blockContentControl(
  name: string,
  title: string,
  content: readonly string[]
): string {
  return el("w:sdt", {}, [
    el("w:sdtPr", {}, [
      el("w:alias", { "w:val": title }),
      el("w:tag", { "w:val": `${TAG_PREFIX}${name}` }),
    ]),
    el("w:sdtContent", {}, content),
  ]);
}
