// What the task pane says, in Vietnamese first and in English, and the hooks that pick the user's language.

import { createContext, useContext, useMemo } from "react";
import { fillPlaceholders } from "../text/placeholders";

export type Language = "vi" | "en";

const vi = {
  appTitle: "Thể Thức",
  english: "English",
  tabs: "Các trang của Thể Thức",
  tabNew: "Tạo mới",
  tabInsert: "Chèn",
  tabCitations: "Trích dẫn",
  tabCheck: "Kiểm tra",
  tabSettings: "Thiết lập",
  loading: "Đang tải…",
  outsideWord:
    "Thể Thức đang mở ngoài Word: xem trước được, nhưng chỉ chèn được khi mở trong Word.",
  documentSection: "Văn bản",
  issuerSection: "Cơ quan ban hành và địa danh",
  issuerSummaryEmpty: "Chưa điền",
  issuerNote: "Được ghi nhớ cho lần sau; sửa ở đây hoặc ở trang Thiết lập.",
  openSettings: "Mở Thiết lập",
  settingsNote: "Các thiết lập được lưu trên máy này và tự điền vào biểu mẫu lần sau.",
  profile: "Thể thức áp dụng",
  superiorParty: "Cơ quan cấp trên",
  superiorState: "Cơ quan chủ quản",
  superiorHintParty: "Tùy chọn. Ví dụ: Đảng bộ tỉnh Quảng Nam",
  superiorHintState: "Tùy chọn. Ví dụ: UBND tỉnh Lào Cai",
  issuer: "Cơ quan ban hành",
  issuerHintParty: "Ví dụ: Thị ủy Điện Bàn",
  issuerHintState: "Ví dụ: Sở Nông nghiệp và Môi trường",
  issuerCode: "Ký hiệu cơ quan",
  issuerCodeHintParty: "Ví dụ: TU, HU, ĐU",
  issuerCodeHintState: "Ví dụ: UBND, SNNMT",
  place: "Địa danh",
  placeHint: "Ví dụ: Điện Bàn, Hà Nội",
  type: "Loại văn bản",
  number: "Số",
  numberHint: "Để trống nếu là dự thảo",
  date: "Ngày ban hành",
  dateHint: "Ngày/tháng/năm, ví dụ 18/7/2023; để trống nếu là dự thảo",
  subject: "Trích yếu",
  subjectHintParty: "Dòng trích yếu dưới số, ký hiệu của công văn",
  subjectHintState: "Phần sau “V/v”, ví dụ: tăng cường quản lý khoáng sản",
  unitCode: "Mã đơn vị soạn thảo",
  unitCodeHint: "Ví dụ: KT trong 5973/UBND-KT",
  unitCodeSettingsHint: "Dùng cho công văn. Ví dụ: KT trong 5973/UBND-KT",
  where: "Chèn vào",
  whereStart: "Đầu văn bản",
  whereCursor: "Tại con trỏ",
  preview: "Xem trước",
  previewNumber: "Số, ký hiệu",
  previewPlaceDate: "Địa danh, ngày tháng",
  previewPending: "Điền đủ các ô bắt buộc để xem trước.",
  insert: "Chèn phần đầu văn bản",
  inserting: "Đang chèn…",
  done: "Đã chèn",
  insertedStart: "Phần đầu văn bản đã được chèn vào đầu văn bản.",
  insertedCursor: "Phần đầu văn bản đã được chèn tại con trỏ.",
  headerReplaced: "Đã thay phần đầu đang có trong văn bản ({count}) bằng phần đầu mới.",
  insertFailed: "Không chèn được",
  invalidTitle: "Chưa chèn",
  invalidBody: "Sửa các ô được đánh dấu rồi chèn lại.",
} as const;

export type MessageKey = keyof typeof vi;
export type Messages = { readonly [K in MessageKey]: string };

const en: Messages = {
  appTitle: "Thể Thức",
  english: "English",
  tabs: "Thể Thức pages",
  tabNew: "New",
  tabInsert: "Insert",
  tabCitations: "Citations",
  tabCheck: "Check",
  tabSettings: "Settings",
  loading: "Loading…",
  outsideWord: "Thể Thức is open outside Word: you can preview, but inserting needs Word.",
  documentSection: "Document",
  issuerSection: "Issuing body and place",
  issuerSummaryEmpty: "Not filled in",
  issuerNote: "Remembered for next time; edit it here or in Settings.",
  openSettings: "Open Settings",
  settingsNote: "Settings are kept on this computer and fill in the form next time.",
  profile: "Rules applied",
  superiorParty: "Higher Party body",
  superiorState: "Governing body",
  superiorHintParty: "Optional. For example: Đảng bộ tỉnh Quảng Nam",
  superiorHintState: "Optional. For example: UBND tỉnh Lào Cai",
  issuer: "Issuing body",
  issuerHintParty: "For example: Thị ủy Điện Bàn",
  issuerHintState: "For example: Sở Nông nghiệp và Môi trường",
  issuerCode: "Body code",
  issuerCodeHintParty: "For example: TU, HU, ĐU",
  issuerCodeHintState: "For example: UBND, SNNMT",
  place: "Place name",
  placeHint: "For example: Điện Bàn, Hà Nội",
  type: "Document type",
  number: "Number",
  numberHint: "Leave blank for a draft",
  date: "Date",
  dateHint: "Day/month/year, e.g. 18/7/2023; leave blank for a draft",
  subject: "Subject",
  subjectHintParty: "The subject line under the letter's number",
  subjectHintState: "What follows “V/v”, e.g. tăng cường quản lý khoáng sản",
  unitCode: "Drafting unit code",
  unitCodeHint: "For example: KT in 5973/UBND-KT",
  unitCodeSettingsHint: "Used in letters (công văn). For example: KT in 5973/UBND-KT",
  where: "Insert at",
  whereStart: "Start of the document",
  whereCursor: "The cursor",
  preview: "Preview",
  previewNumber: "Number line",
  previewPlaceDate: "Place and date",
  previewPending: "Fill in the required fields to see the preview.",
  insert: "Insert header",
  inserting: "Inserting…",
  done: "Inserted",
  insertedStart: "The header was inserted at the start of the document.",
  insertedCursor: "The header was inserted at the cursor.",
  headerReplaced: "Replaced the header in the document ({count}) by the new one.",
  insertFailed: "Could not insert",
  invalidTitle: "Not inserted",
  invalidBody: "Fix the marked fields, then insert again.",
};

/** Every message in each language; English must have every key Vietnamese has. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { vi, en };

export type LanguageChange = (language: Language) => void;

/** A text given in both languages, as the core's field errors and profile names are. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** The language the pane speaks; App provides it from the settings. */
export const LanguageContext = createContext<Language>("vi");

export interface Translate {
  (key: MessageKey): string;
  /** The text in the current language, for texts that come from the core. */
  pick(text: Bilingual): string;
  readonly language: Language;
}

/** The translation function for the current language; stable while the language stays the same. */
export function useT(): Translate {
  const language = useContext(LanguageContext);
  return useMemo(() => {
    const messages = MESSAGES[language];
    const t = (key: MessageKey) => messages[key];
    return Object.assign(t, { pick: (text: Bilingual) => text[language], language });
  }, [language]);
}

/** A lazily loaded pane's own messages, kept in its chunk rather than the first paint's: Vietnamese first. */
export type PaneMessages<K extends string> = {
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
};

/** Values for the `{name}` placeholders of a message. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface PaneTranslate<K extends string> {
  (key: K, data?: MessageData): string;
  pick(text: Bilingual): string;
  readonly language: Language;
}

/** The translation function over a pane's own `messages` in the current language, filling `{name}` placeholders. */
export function usePaneT<K extends string>(messages: PaneMessages<K>): PaneTranslate<K> {
  const language = useContext(LanguageContext);
  return useMemo(() => {
    const table = messages[language];
    const t = (key: K, data?: MessageData) => fillPlaceholders(table[key], data);
    return Object.assign(t, { pick: (text: Bilingual) => text[language], language });
  }, [messages, language]);
}
