// Word's refusals in words a clerk understands: the error's code and the action that failed make the sentence, and
// Office's own message, which "isn't intended for consumption by end users", is kept only as a detail line
// (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).

import type { Message } from "../check/types";
import { HostError } from "./document-host";

/** What the add-in was doing when Word refused. */
export type Operation =
  | "read"
  | "select"
  | "fix"
  | "comment"
  | "insert"
  | "update"
  | "fill"
  | "cite"
  | "create"
  | "settingsRead"
  | "settingsSave"
  | "selfTest";

const LEAD: Readonly<Record<Operation, Message>> = {
  read: { vi: "Word không đọc được văn bản", en: "Word could not read the document" },
  select: { vi: "Word không chọn được đoạn văn", en: "Word could not select the paragraph" },
  fix: { vi: "Word không sửa được", en: "Word could not apply the fixes" },
  comment: { vi: "Word không ghi được nhận xét", en: "Word could not add the comments" },
  insert: { vi: "Word không chèn được khối", en: "Word could not insert the blocks" },
  update: { vi: "Word không cập nhật được các khối", en: "Word could not update the blocks" },
  fill: { vi: "Word không điền được văn bản", en: "Word could not fill the document" },
  cite: { vi: "Word không chèn được trích dẫn", en: "Word could not insert the citation" },
  create: { vi: "Word không mở được văn bản mới", en: "Word could not open the new document" },
  settingsRead: {
    vi: "Word không đọc được thiết lập của văn bản",
    en: "Word could not read the document's settings",
  },
  settingsSave: {
    vi: "Word không lưu được quy tắc bỏ qua",
    en: "Word could not save the ignored rules",
  },
  selfTest: { vi: "Word không chạy được tự kiểm tra", en: "Word could not run the self-test" },
};

/** Actions that change the document: Word's GeneralException on them is, by far most often, a read-only document. */
const WRITES: ReadonlySet<Operation> = new Set([
  "fix",
  "comment",
  "insert",
  "update",
  "fill",
  "cite",
  "create",
  "settingsSave",
]);

const VIEWING: Message = {
  vi: "tài liệu đang ở chế độ chỉ xem hoặc bị hạn chế chỉnh sửa — bấm Chỉnh sửa tài liệu (hoặc bỏ Hạn chế chỉnh sửa ở thẻ Xem lại) rồi thử lại.",
  en: "the document is open for viewing only or its editing is restricted — click Edit Document (or turn off Restrict Editing on the Review tab) and try again.",
};

const INTERNAL_READ: Message = {
  vi: "Word gặp lỗi bên trong khi đọc — lưu văn bản, đóng rồi mở lại và thử lại; nếu vẫn lỗi, kiểm tra tệp bằng lệnh thethuc check.",
  en: "Word failed inside while reading — save the document, close and reopen it, and try again; if it still fails, check the file with the thethuc check command.",
};

const BY_CODE: Readonly<Record<string, Message>> = {
  AccessDenied: {
    vi: "văn bản được bảo vệ hoặc bạn không có quyền sửa — bỏ bảo vệ (Xem lại → Hạn chế chỉnh sửa) hoặc xin quyền sửa rồi thử lại.",
    en: "the document is protected or you may not edit it — remove the protection (Review → Restrict Editing) or get edit permission, then try again.",
  },
  NotAllowed: {
    vi: "Word không cho phép thao tác này ở nơi văn bản đang mở (chế độ xem, hoặc ứng dụng lưu trữ không cho sửa) — mở văn bản bằng Word trên máy tính hoặc bấm Chỉnh sửa tài liệu rồi thử lại.",
    en: "Word does not allow this where the document is open (viewing mode, or a storage app that does not allow editing) — open it in Word desktop or click Edit Document, then try again.",
  },
  ItemNotFound: {
    vi: "không còn thấy phần văn bản cần thao tác (văn bản đã thay đổi) — bấm Kiểm tra lại rồi thử lại.",
    en: "the part of the document to act on is gone (the document changed) — check again, then retry.",
  },
  InvalidArgument: {
    vi: "Word không nhận dữ liệu phần bổ trợ gửi — tải lại phần bổ trợ rồi thử lại; nếu vẫn lỗi, hãy gửi dòng Chi tiết bên dưới cho người quản trị.",
    en: "Word did not accept what the add-in sent — reload the add-in and try again; if it still fails, send the Detail line below to your administrator.",
  },
  SearchDialogIsOpen: {
    vi: "hãy đóng hộp thoại Tìm và Thay thế của Word rồi thử lại.",
    en: "close Word's Find and Replace dialog, then try again.",
  },
  SearchStringInvalidOrTooLong: {
    vi: "đoạn chữ cần tìm quá dài hoặc không hợp lệ với Word — bấm Kiểm tra lại rồi sửa từng lỗi.",
    en: "the text to find is too long or not valid for Word — check again, then fix the findings one by one.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "phần gửi vào Word quá lớn cho Word trên web — làm từng phần nhỏ hơn, hoặc dùng Word trên máy tính.",
    en: "what was sent is too large for Word on the web — do it in smaller parts, or use Word desktop.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "văn bản quá lớn để Word trên web gửi cho phần bổ trợ (thường do nhiều ảnh) — mở văn bản bằng Word trên máy tính, hoặc kiểm tra tệp bằng lệnh thethuc check.",
    en: "the document is too large for Word on the web to hand to the add-in (usually many pictures) — open it in Word desktop, or check the file with the thethuc check command.",
  },
  NotImplemented: {
    vi: "phiên bản Word này chưa làm được việc này — cập nhật Office hoặc dùng Word trên máy tính.",
    en: "this version of Word cannot do this — update Office or use Word desktop.",
  },
};

function unknownCause(code: string): Message {
  return {
    vi: `Word báo lỗi${code ? ` ${code}` : ""} — thử lại; nếu lỗi lặp lại, đóng rồi mở lại phần bổ trợ.`,
    en: `Word reported an error${code ? ` (${code})` : ""} — try again; if it happens again, close and reopen the add-in.`,
  };
}

/** The first non-blank line of a text. */
function firstLine(text: string): string | undefined {
  return text
    .split(/\r?\n|\r/)
    .map((part) => part.trim())
    .find((part) => part !== "");
}

/** Office's code, message and where in the batch it failed, as one line, for the detail. */
export function officeDetail(error: unknown): string {
  const record = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
    debugInfo?: { errorLocation?: unknown };
  };
  const code = typeof record.code === "string" ? record.code : "";
  const message = firstLine(String(record.message ?? error ?? "")) ?? "";
  const location =
    typeof record.debugInfo?.errorLocation === "string" ? record.debugInfo.errorLocation : "";
  const head = code && message && message !== code ? `${code}: ${message}` : code || message;
  return [head, location && `(${location})`].filter(Boolean).join(" ");
}

/** What Word's refusal means for this operation, in both languages. */
export function officeFailure(operation: Operation, error: unknown): Message {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const cause =
    code === "GeneralException"
      ? WRITES.has(operation)
        ? VIEWING
        : operation === "read" || operation === "selfTest"
          ? INTERNAL_READ
          : unknownCause(code)
      : (BY_CODE[code] ?? unknownCause(code));
  const lead = LEAD[operation];
  return { vi: `${lead.vi}: ${cause.vi}`, en: `${lead.en}: ${cause.en}` };
}

/** A HostError for Word's refusal of `operation`: the sentence in both languages, Office's message as the detail. */
export function officeError(operation: Operation, error: unknown): HostError {
  if (error instanceof HostError) return error;
  const messages = officeFailure(operation, error);
  return new HostError(messages.vi, error, { messages, detail: officeDetail(error) || undefined });
}
