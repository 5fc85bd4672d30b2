// The host the pane gets when it is not running inside Word (a plain browser): it previews but cannot insert.

import type { DocumentHost } from "../host/document-host";
import { HostError } from "../host/document-host";

/** Why inserting failed outside Word; one line, as every HostError reason. */
export const OUTSIDE_WORD_REASON =
  "Thể Thức không chạy trong Word: mở phần bổ trợ trong Word để chèn vào văn bản.";

/** A DocumentHost whose every action fails with a HostError saying the pane is not in Word. */
export function outsideWordHost(): DocumentHost {
  return {
    capabilities: () => ({ wordApi: "1.1", createDocument: false }),
    insertBlocks: () => Promise.reject(new HostError(OUTSIDE_WORD_REASON)),
  };
}
