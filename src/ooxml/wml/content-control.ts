// Block-level content controls (CT_SdtBlock) tagged "thethuc:<block>", so the add-in can find its blocks again.

import { el } from "../xml";

export const TAG_PREFIX = "thethuc:";

/**
 * A content control id (`w:id`, a signed 32-bit ST_DecimalNumber): random, so two insertions of the same block do not
 * share one. The OOXML article calls `id` a required property of a control Word binds to; Word assigns one when it is
 * missing, but an inserted control then has none until Word does (audit M10).
 */
export function newControlId(random: () => number = secureRandom): number {
  // 1 … 2^31 - 1: positive, so no tool that reads it as unsigned sees a different number.
  return 1 + Math.floor(random() * 0x7ffffffe);
}

function secureRandom(): number {
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  if (cryptoApi?.getRandomValues)
    return cryptoApi.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
  return Math.random();
}

/** Wraps block-level content in a content control with a title, the tag `thethuc:<name>` and its own `w:id`. */
export function blockContentControl(
  name: string,
  title: string,
  content: readonly string[],
  id: number = newControlId()
): string {
  return el("w:sdt", {}, [
    el("w:sdtPr", {}, [
      el("w:alias", { "w:val": title }),
      el("w:tag", { "w:val": `${TAG_PREFIX}${name}` }),
      // CT_SdtPr's order: alias, tag, id (ISO/IEC 29500-4 wml.xsd).
      el("w:id", { "w:val": String(id) }),
    ]),
    el("w:sdtContent", {}, content),
  ]);
}
