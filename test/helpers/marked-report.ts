// The báo cáo the marks' tests put their marks on: a State department's (Sở Nội vụ) or a Party town committee's (Thị ủy
// Điện Bàn), as `thethuc new` writes it.

import type { Block } from "../../src/blocks/block";
import type { Mark } from "../../src/blocks/mark-block";
import { newDocumentBlocks } from "../../src/blocks/new-document";
import type { ProfileId } from "../../src/conventions";

export function markedReportBlocks(
  profile: ProfileId,
  secrecy: readonly Mark[] = [],
  urgency: readonly Mark[] = []
): Block[] {
  const state = profile === "nha-nuoc";
  const blocks = newDocumentBlocks({
    profile,
    type: "bao-cao",
    issuer: state ? "Sở Nội vụ" : "Thị ủy Điện Bàn",
    issuerCode: state ? "SNV" : "TU",
    superior: state ? "UBND tỉnh Lào Cai" : "Đảng bộ tỉnh Quảng Nam",
    place: "Lào Cai",
    number: "15",
    date: "04/11/2026",
    secrecy,
    urgency,
  });
  if (!blocks.ok) throw new Error(JSON.stringify(blocks.errors));
  return blocks.value;
}
