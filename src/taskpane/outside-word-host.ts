// The host the pane gets when it is not running inside Word (a plain browser): it previews but cannot act on a document.

import type { DocumentHost } from "../host/document-host";
import { HostError } from "../host/document-host";

/** Why an action on the document failed outside Word; one line, as every HostError reason. */
export const OUTSIDE_WORD_REASON =
  "Thể Thức không chạy trong Word: mở phần bổ trợ trong Word để chèn vào hoặc kiểm tra văn bản.";

const refuse = () => Promise.reject(new HostError(OUTSIDE_WORD_REASON));

/** A DocumentHost whose every action on the document fails with a HostError saying the pane is not in Word. */
export function outsideWordHost(): DocumentHost {
  return {
    capabilities: () => ({ wordApi: "1.1", createDocument: false, comments: false, web: false }),
    insertBlocks: refuse,
    readSnapshot: refuse,
    readSource: refuse,
    findParts: refuse,
    selectParagraph: refuse,
    applyFixes: refuse,
    addComments: refuse,
    getIgnored: refuse,
    setIgnored: refuse,
    createDocument: refuse,
    fillEmptyDocument: refuse,
    updateBlocks: refuse,
    insertAtCursor: refuse,
    selfTest: refuse,
  };
}
