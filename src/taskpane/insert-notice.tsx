// What became of a citation inserted at the cursor: which form was written and why, or why nothing was.

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CitationForm } from "../citations";
import { CITATIONS_MESSAGES, type CitationsKey } from "./citations-messages";
import { usePaneT } from "./i18n";

export type Notice =
  | { readonly kind: "inserted"; readonly form: CitationForm; readonly text: string }
  | { readonly kind: "failed"; readonly reason: string };

const INSERTED: Readonly<Record<CitationForm, CitationsKey>> = {
  full: "insertedFull",
  short: "insertedShort",
  defined: "insertedDefined",
};

/** The notice, shown beside the list the insert was asked from. */
export function InsertNotice({ notice }: { readonly notice: Notice }) {
  const t = usePaneT(CITATIONS_MESSAGES);
  return (
    <MessageBar
      intent={notice.kind === "failed" ? "error" : "success"}
      politeness={notice.kind === "failed" ? undefined : "polite"}
    >
      <MessageBarBody>
        <MessageBarTitle>
          {notice.kind === "failed" ? t("failed") : t(INSERTED[notice.form])}
        </MessageBarTitle>
        {notice.kind === "failed" ? notice.reason : notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}
