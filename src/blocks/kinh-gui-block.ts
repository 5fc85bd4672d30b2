// Kính gửi (ô 9a): one recipient on the label's line, several as a list "- …;" ending "." [PL1 II.9a]; the công
// điện's "… điện:" line and its list [PL3 mẫu 1.6].

import { type ProfileId, PROFILES } from "../conventions";
import { tidy } from "../text/case";
import { textWidthMm } from "../text/text-width";
import type { Block, BuildResult, ParagraphSpec } from "./block";

export interface KinhGuiInput {
  readonly profile: ProfileId;
  readonly recipients: readonly string[];
  /** A Party tờ trình is addressed "Kính trình:" (HD05, secondary). */
  readonly toTrinh?: boolean;
  /**
   * A công điện is sent, not addressed: "<CƠ QUAN HOẶC CHỨC DANH NGƯỜI ĐỨNG ĐẦU> điện:" centred, then the recipients
   * one per line (NĐ30 Phụ lục III mẫu 1.6, notes 6–7). The sender, in capitals.
   */
  readonly sender?: string;
}

/** Left indent of the Kính gửi lines, so the label sits about a third into the line, as in real letters. */
const LABEL_INDENT_MM = 35;

/** The Kính gửi block, or a field error when no recipient is given. */
export function kinhGuiBlock(input: KinhGuiInput): BuildResult<Block> {
  const profile = PROFILES[input.profile];
  const format = profile.drafting.kinhGui;
  const recipients = input.recipients
    .map((r) =>
      tidy(r)
        .replace(/^[-–]\s*/, "")
        .replace(/[;,.]$/, "")
    )
    .filter((r) => r !== "");
  if (recipients.length === 0) {
    return {
      ok: false,
      errors: [
        {
          field: "kinhGui",
          message: {
            vi: "Cần ít nhất một nơi nhận sau “Kính gửi”",
            en: "Name at least one addressee",
          },
        },
      ],
    };
  }
  const label = input.toTrinh ? format.labelToTrinh : format.label;
  const run = (text: string) => ({ text, sizePt: format.sizePt });
  const sender = tidy(input.sender ?? "");
  let content: ParagraphSpec[];
  if (sender !== "") {
    content = [
      {
        kind: "paragraph",
        role: "kinh-gui",
        align: "center",
        runs: [run(`${sender} điện:`)],
        spacing: { beforePt: 6, afterPt: 0 },
      },
      ...recipients.map((recipient, i): ParagraphSpec => ({
        kind: "paragraph",
        role: "kinh-gui-item",
        align: "left",
        runs: [run(`- ${recipient}${i === recipients.length - 1 ? "." : ";"}`)],
        spacing: { beforePt: 0, afterPt: i === recipients.length - 1 ? 6 : 0 },
        indent: { leftMm: LABEL_INDENT_MM },
      })),
    ];
  } else if (recipients.length === 1) {
    content = [
      {
        kind: "paragraph",
        role: "kinh-gui",
        align: "center",
        runs: [run(`${label} ${recipients[0]}`)],
        spacing: { beforePt: 6, afterPt: 6 },
      },
    ];
  } else {
    // The dashes line up under the start of the first recipient, after the label.
    const hanging = LABEL_INDENT_MM + textWidthMm(`${label} `, format.sizePt, false);
    content = [
      {
        kind: "paragraph",
        role: "kinh-gui",
        align: "left",
        runs: [run(label)],
        spacing: { beforePt: 6, afterPt: 0 },
        indent: { leftMm: LABEL_INDENT_MM },
      },
      ...recipients.map((recipient, i): ParagraphSpec => ({
        kind: "paragraph",
        role: "kinh-gui-item",
        align: "left",
        runs: [run(`- ${recipient}${i === recipients.length - 1 ? "." : ";"}`)],
        spacing: { beforePt: 0, afterPt: i === recipients.length - 1 ? 6 : 0 },
        indent: { leftMm: hanging },
      })),
    ];
  }
  return {
    ok: true,
    value: { name: "kinh-gui", title: "Thể Thức: Kính gửi", font: profile.page.font.name, content },
  };
}
