// The blocks a new document starts with: the header, then the tên loại and trích yếu of its type.

import { findDocumentType } from "../conventions";
import type { Block, BuildResult, FieldError } from "./block";
import { type HeaderInput, headerBlock } from "./header-block";
import { titleBlock } from "./title-block";

export interface NewDocumentInput extends Omit<HeaderInput, "subject"> {
  /** Trích yếu; for a công văn it is the subject line under the number. */
  readonly summary?: string;
}

/** Header and title blocks for a new document of the input's type, or every field error found. */
export function newDocumentBlocks(input: NewDocumentInput): BuildResult<Block[]> {
  const letter = findDocumentType(input.profile, input.type)?.letter ?? false;
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
  if (!header.ok || !title.ok) {
    // The type error is reported by both builders; show it once.
    const unique = errors.filter(
      (e, i) =>
        errors.findIndex(
          (other) => other.field === e.field && other.message.vi === e.message.vi
        ) === i
    );
    return { ok: false, errors: unique };
  }
  return {
    ok: true,
    value: title.value.content.length > 0 ? [header.value, title.value] : [header.value],
  };
}
