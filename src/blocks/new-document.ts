// A complete new document: header, tên loại and trích yếu, Kính gửi or căn cứ, the skeleton, Nơi nhận and signature.

import { findDocumentType, PROFILES, typeStructure } from "../conventions";
import { tidy } from "../text/case";
import { basisBlock } from "./basis-block";
import type { Block, BuildResult, FieldError } from "./block";
import { skeletonBlock } from "./body-block";
import { type AuthorityKind, closingBlock, minutesClosingBlock } from "./closing-block";
import { type HeaderInput, headerBlock } from "./header-block";
import { kinhGuiBlock } from "./kinh-gui-block";
import type { OutlineStyle } from "./outline";
import { titleBlock } from "./title-block";

export interface NewDocumentInput extends Omit<HeaderInput, "subject"> {
  /** Trích yếu; for a công văn it is the subject line under the number. */
  readonly summary?: string;
  readonly kinhGui?: readonly string[];
  readonly basis?: readonly string[];
  readonly proposer?: string;
  readonly recipients?: readonly string[];
  readonly storage?: string;
  readonly authority?: AuthorityKind;
  readonly collective?: string;
  readonly head?: string;
  readonly signerTitle?: string;
  readonly signer?: string;
  readonly executors?: string;
  readonly outline?: OutlineStyle;
  /** Header and tên loại only, without the rest (what the first release wrote). */
  readonly headerOnly?: boolean;
}

/** Blank parts a drafter fills in are written "…" so the document is complete and the gaps are plain to see. */
const GAP = "…";

/** Party originals are kept by the committee's office: "Thị ủy Điện Bàn" → "Văn phòng Thị ủy", as in the seed. */
function partyStorage(issuer: string): string {
  const committee = /^(?:đảng|thị|tỉnh|huyện|thành|quận) (?:ủy|uỷ)/iu.exec(tidy(issuer));
  return `Văn phòng ${committee ? committee[0] : tidy(issuer)}`;
}

/** A draft (blank number or date) says so above the tên loại, so the checker accepts its blanks (D18). */
function draftMarker(font: string): Block {
  return {
    name: "draft-marker",
    title: "Thể Thức: dự thảo",
    font,
    content: [
      {
        kind: "paragraph",
        role: "draft-marker",
        align: "left",
        runs: [{ text: "DỰ THẢO", sizePt: 14, bold: true }],
        spacing: { beforePt: 6, afterPt: 0 },
      },
    ],
  };
}

/** The blocks of a new document of the input's type, or every field error found. */
export function newDocumentBlocks(input: NewDocumentInput): BuildResult<Block[]> {
  const type = findDocumentType(input.profile, input.type);
  const letter = type?.letter ?? false;
  const header = headerBlock({ ...input, subject: letter ? input.summary : undefined });
  const title = titleBlock({
    profile: input.profile,
    type: input.type,
    summary: letter ? undefined : input.summary,
  });
  const errors: FieldError[] = [
    ...(header.ok ? [] : header.errors),
    ...(title.ok ? [] : title.errors),
  ];
  if (!header.ok || !title.ok || !type) {
    // The type error is reported by both builders; show it once.
    const unique = errors.filter(
      (e, i) =>
        errors.findIndex(
          (other) => other.field === e.field && other.message.vi === e.message.vi
        ) === i
    );
    return { ok: false, errors: unique };
  }
  const draft = tidy(input.number ?? "") === "" || tidy(input.date ?? "") === "";
  const blocks: Block[] = [
    header.value,
    ...(draft ? [draftMarker(header.value.font)] : []),
    ...(title.value.content.length > 0 ? [title.value] : []),
  ];
  if (input.headerOnly) return { ok: true, value: blocks };

  const profile = PROFILES[input.profile];
  const structure = typeStructure(input.type, profile.regime);
  const more: BuildResult<Block>[] = [];
  const kinhGui = (input.kinhGui ?? []).map(tidy).filter((r) => r !== "");
  if (structure.kinhGui === "required" || kinhGui.length > 0) {
    more.push(
      kinhGuiBlock({
        profile: input.profile,
        recipients: kinhGui.length > 0 ? kinhGui : [GAP],
        toTrinh: input.type === "to-trinh" && profile.regime === "party",
      })
    );
  }
  if (structure.basis) {
    const basis = (input.basis ?? []).map(tidy).filter((r) => r !== "");
    more.push(
      basisBlock({
        profile: input.profile,
        lines: basis.length > 0 ? basis : [GAP],
        proposer: input.proposer ?? (profile.regime === "state" ? GAP : ""),
      })
    );
  }
  more.push(
    skeletonBlock({
      profile: input.profile,
      type: input.type,
      outline: input.outline,
      executors: input.executors,
    })
  );
  const recipients = {
    profile: input.profile,
    recipients: input.recipients && input.recipients.length > 0 ? input.recipients : [GAP],
    nhuTren: structure.nhuTren,
    storage: input.storage ?? (profile.regime === "state" ? "" : partyStorage(input.issuer)),
  };
  if (structure.closing === "minutes") {
    more.push(minutesClosingBlock(recipients, "", input.signer ?? ""));
  } else {
    more.push(
      closingBlock({
        recipients,
        signature: {
          profile: input.profile,
          authority: input.authority,
          issuer: input.issuer,
          collective: input.collective,
          head: input.head,
          title: input.signerTitle ?? GAP,
          name: input.signer ?? GAP,
        },
      })
    );
  }
  for (const result of more) {
    if (result.ok) blocks.push(result.value);
    else errors.push(...result.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: blocks };
}
