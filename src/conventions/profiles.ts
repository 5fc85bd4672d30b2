// The three rulebooks as data: page setup and the format of every header and title component, each with its source.

export type ProfileId = "dang-2018" | "dang-2026" | "nha-nuoc";
export type Regime = "party" | "state";
export type Align = "left" | "center" | "right" | "both";

/** A range the checker accepts, inclusive. */
export type Range = readonly [min: number, max: number];

/** How one text component is set: the value the generator writes and the range the checker accepts. */
export interface TextFormat {
  readonly sizePt: number;
  readonly acceptPt: Range;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** The text is written in capitals (as literal text, not the caps property). */
  readonly caps: boolean;
  readonly align: Align;
  readonly source: string;
}

/** A fixed text (tiêu đề, quốc hiệu, tiêu ngữ, "*"), with its format. */
export interface FixedText extends TextFormat {
  readonly text: string;
}

/** A solid line drawn under a component: as long as its text, or a fraction of it. */
export interface RuleLine {
  readonly length: "text" | { readonly fraction: number; readonly acceptFraction: Range };
  readonly widthPt: number;
  readonly source: string;
}

export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface PageSetup {
  readonly paper: {
    readonly name: "A4";
    readonly widthMm: number;
    readonly heightMm: number;
    readonly source: string;
  };
  readonly orientation: { readonly generate: "portrait"; readonly source: string };
  /** Millimetres. */
  readonly margins: {
    readonly generate: Margins;
    readonly accept: { readonly [K in keyof Margins]: Range };
    readonly source: string;
  };
  readonly font: { readonly name: string; readonly color: string; readonly source: string };
}

/** The number line: "Số 1301-KL/TU" (Party) or "Số: 12/QĐ-UBND" (State). */
export interface NumberFormat extends TextFormat {
  readonly grammar: Regime;
  readonly prefix: string;
  /** JavaScript source of the pattern a complete number line matches (u flag). */
  readonly pattern: string;
  /** Numbers below 10 take a leading zero. */
  readonly leadingZero: boolean;
}

export interface PlaceDateFormat extends TextFormat {
  readonly pattern: string;
  /** Days below 10 and months below 3 take a leading zero. */
  readonly zeroRule: string;
}

/** Header and title components. Party profiles have `star` and `partyTitle`; the State profile the others. */
export interface HeaderFormats {
  readonly superior: TextFormat;
  readonly issuer: TextFormat;
  readonly star?: FixedText;
  readonly issuerLine?: RuleLine;
  readonly number: NumberFormat;
  readonly partyTitle?: FixedText;
  readonly partyTitleLine?: RuleLine;
  readonly nationalName?: FixedText;
  readonly motto?: FixedText;
  readonly mottoLine?: RuleLine;
  readonly placeDate: PlaceDateFormat;
  readonly documentType: TextFormat;
  readonly summary: TextFormat;
  readonly summarySeparator?: FixedText;
  readonly summaryLine?: RuleLine;
  readonly letterSubject: TextFormat & { readonly prefix: string };
  /** Column widths as a fraction of the text width, left column first. */
  readonly columns: { readonly left: number; readonly right: number; readonly source: string };
}

/** Body text (ô 6): what the generator writes. */
export interface BodyFormat extends TextFormat {
  readonly firstLineMm: number;
  readonly afterPt: number;
  /** Exact line height in points (Party, D7) or a multiple of single lines (State, D20). */
  readonly line:
    | { readonly rule: "exact"; readonly pt: number }
    | { readonly rule: "auto"; readonly lines: number };
}

/** The parts after the tên loại and around the body: Kính gửi, căn cứ, Nơi nhận, signature, marks. */
export interface DraftingFormats {
  readonly body: BodyFormat;
  readonly kinhGui: TextFormat & { readonly label: string; readonly labelToTrinh: string };
  /** Căn cứ lines: State italic without a dash, Party upright with "- "; the last line's end. */
  readonly basis: TextFormat & { readonly prefix: string; readonly lastEnd: string };
  /** The enacting line after căn cứ: State "QUYẾT ĐỊNH:" centred bold. */
  readonly enacting: TextFormat;
  readonly headingLevel1: TextFormat;
  readonly recipientsLabel: TextFormat;
  readonly recipients: TextFormat & {
    readonly separator: string;
    readonly storage: string;
    readonly nhuTren: string;
  };
  readonly authority: TextFormat;
  readonly signerTitle: TextFormat;
  readonly signerName: TextFormat;
  /** Blank lines left for the signature and seal. */
  readonly signatureSpace: number;
  /** Authority marks: collective, deputy, by order, by authorisation, acting. */
  readonly marks: {
    readonly collective: string;
    readonly deputy: string;
    readonly byOrder: string;
    readonly authorised: string | null;
    readonly acting: string;
  };
  readonly urgency: TextFormat;
  readonly pageNumber: TextFormat;
  readonly source: string;
}

export interface Profile {
  readonly id: ProfileId;
  readonly regime: Regime;
  readonly name: { readonly vi: string; readonly en: string };
  readonly governingTexts: string;
  readonly page: PageSetup;
  readonly header: HeaderFormats;
  readonly drafting: DraftingFormats;
}

const TIMES = "Times New Roman";

const page: PageSetup = {
  paper: { name: "A4", widthMm: 210, heightMm: 297, source: "[PL1 I.1][H36-SUM]" },
  orientation: { generate: "portrait", source: "[PL1 I.2]" },
  margins: {
    generate: { top: 20, bottom: 20, left: 30, right: 15 },
    accept: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] },
    source: "[PL1 I.3][LE][RULEBOOK D1]",
  },
  font: { name: TIMES, color: "000000", source: "[PL1 I.4][H36-PL3]" },
};

const plain = { bold: false, italic: false, underline: false } as const;

const PARTY_NUMBER_PATTERN = String.raw`^Số (?<so>0[1-9]|[1-9]\d+)-(?<loai>\p{Lu}\p{L}*)\/(?<cq>\p{Lu}[\p{Lu}\d]*)$`;
const STATE_NUMBER_PATTERN = String.raw`^Số: (?<so>0[1-9]|[1-9]\d+)\/(?:(?<nam>\d{4})\/)?(?<kh>\p{Lu}[\p{L}\d&]*(?:-\p{Lu}[\p{L}\d&]*)+)$`;
const PLACE_DATE_PATTERN = String.raw`^(?<noi>[^,]+), ngày (?<d>0[1-9]|[12]\d|3[01]) tháng (?<m>0[12]|[3-9]|1[0-2]) năm (?<y>\d{4})$`;
const ZERO_RULE = "ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước";

function partyHeader(): HeaderFormats {
  return {
    superior: {
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      caps: true,
      align: "center",
      source: "[H36-PL3]",
    },
    issuer: {
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      bold: true,
      caps: true,
      align: "center",
      source: "[H36-PL3]",
    },
    star: {
      text: "*",
      sizePt: 14,
      acceptPt: [13, 15],
      ...plain,
      caps: false,
      align: "center",
      source: "[H36-PL3][RULEBOOK D21]",
    },
    number: {
      grammar: "party",
      prefix: "Số ",
      pattern: PARTY_NUMBER_PATTERN,
      leadingZero: true,
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      caps: false,
      align: "center",
      source: "[H36-PL3][H36-1.3.1]",
    },
    partyTitle: {
      text: "ĐẢNG CỘNG SẢN VIỆT NAM",
      sizePt: 15,
      acceptPt: [15, 15],
      ...plain,
      bold: true,
      caps: true,
      align: "center",
      source: "[H36-1.1][H36-PL3]",
    },
    partyTitleLine: { length: "text", widthPt: 0.75, source: "[H36-1.1]" },
    placeDate: {
      pattern: PLACE_DATE_PATTERN,
      zeroRule: ZERO_RULE,
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      italic: true,
      caps: false,
      align: "center",
      source: "[H36-PL3][DDNT][RULEBOOK D12]",
    },
    documentType: {
      sizePt: 16,
      acceptPt: [15, 16],
      ...plain,
      bold: true,
      caps: true,
      align: "center",
      source: "[H36-PL3][RULEBOOK D19]",
    },
    summary: {
      sizePt: 14,
      acceptPt: [14, 15],
      ...plain,
      bold: true,
      caps: false,
      align: "center",
      source: "[H36-PL3][RULEBOOK D19]",
    },
    summarySeparator: {
      text: "-----",
      sizePt: 14,
      acceptPt: [13, 15],
      ...plain,
      caps: false,
      align: "center",
      source: "[HD05][RULEBOOK D21]",
    },
    letterSubject: {
      prefix: "",
      sizePt: 12,
      acceptPt: [12, 12],
      ...plain,
      italic: true,
      caps: false,
      align: "center",
      source: "[H36-PL3][RULEBOOK D8]",
    },
    columns: { left: 0.45, right: 0.55, source: "[RULEBOOK D13]" },
  };
}

const stateHeader: HeaderFormats = {
  superior: {
    sizePt: 13,
    acceptPt: [12, 13],
    ...plain,
    caps: true,
    align: "center",
    source: "[PL1 II.2][RULEBOOK D19]",
  },
  issuer: {
    sizePt: 13,
    acceptPt: [12, 13],
    ...plain,
    bold: true,
    caps: true,
    align: "center",
    source: "[PL1 II.2][RULEBOOK D19]",
  },
  issuerLine: {
    length: { fraction: 0.4, acceptFraction: [1 / 3, 1 / 2] },
    widthPt: 0.75,
    source: "[PL1 II.2]",
  },
  number: {
    grammar: "state",
    prefix: "Số: ",
    pattern: STATE_NUMBER_PATTERN,
    leadingZero: true,
    sizePt: 13,
    acceptPt: [13, 13],
    ...plain,
    caps: false,
    align: "center",
    source: "[PL1 II.3][SKH]",
  },
  nationalName: {
    text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    sizePt: 13,
    acceptPt: [12, 13],
    ...plain,
    bold: true,
    caps: true,
    align: "center",
    source: "[PL1 II.1a][RULEBOOK D19]",
  },
  motto: {
    text: "Độc lập - Tự do - Hạnh phúc",
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: false,
    align: "center",
    source: "[PL1 II.1b][RULEBOOK D19]",
  },
  mottoLine: { length: "text", widthPt: 0.75, source: "[PL1 II.1b]" },
  placeDate: {
    pattern: PLACE_DATE_PATTERN,
    zeroRule: ZERO_RULE,
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    italic: true,
    caps: false,
    align: "center",
    source: "[PL1 II.4][DDNT][RULEBOOK D19]",
  },
  documentType: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: true,
    align: "center",
    source: "[PL1 II.5a][RULEBOOK D19]",
  },
  summary: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: false,
    align: "center",
    source: "[PL1 II.5a][RULEBOOK D19]",
  },
  summaryLine: {
    length: { fraction: 0.4, acceptFraction: [1 / 3, 1 / 2] },
    widthPt: 0.75,
    source: "[PL1 II.5a]",
  },
  letterSubject: {
    prefix: "V/v ",
    sizePt: 12,
    acceptPt: [12, 13],
    ...plain,
    caps: false,
    align: "center",
    source: "[PL1 II.5b][RULEBOOK D19]",
  },
  columns: { left: 0.4, right: 0.6, source: "[RULEBOOK D13]" },
};

const C = "center" as const;

/**
 * `toTrinhLabel`: how a Party tờ trình is addressed. HD05 summaries (secondary) give "Kính trình:"; HD36-era tờ trình
 * carry "Kính gửi:" (drafting review P7), so dang-2018 keeps it (RULEBOOK D32).
 */
function partyDrafting(titleBold: boolean, toTrinhLabel: string): DraftingFormats {
  return {
    body: {
      sizePt: 14,
      acceptPt: [14, 15],
      ...plain,
      caps: false,
      align: "both",
      firstLineMm: 10,
      afterPt: 6,
      line: { rule: "exact", pt: 20 },
      source: "[H36-PL3][HD05][RULEBOOK D7][RULEBOOK D20]",
    },
    kinhGui: {
      label: "Kính gửi:",
      labelToTrinh: toTrinhLabel,
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      caps: false,
      align: C,
      source: "[HD05][RULEBOOK D32]",
    },
    basis: {
      prefix: "- ",
      lastEnd: ",",
      sizePt: 14,
      acceptPt: [14, 15],
      ...plain,
      caps: false,
      align: "both",
      source: "[Q399][Q66]",
    },
    enacting: {
      sizePt: 14,
      acceptPt: [14, 15],
      ...plain,
      bold: true,
      caps: false,
      align: "both",
      source: "[Q399]",
    },
    headingLevel1: {
      sizePt: 14,
      acceptPt: [14, 15],
      ...plain,
      bold: true,
      caps: true,
      align: "both",
      source: "[RULEBOOK D11]",
    },
    recipientsLabel: {
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      underline: true,
      caps: false,
      align: "left",
      source: "[HD05]",
    },
    recipients: {
      separator: ",",
      storage: "- Lưu Văn phòng",
      nhuTren: "- Như trên,",
      sizePt: 12,
      acceptPt: [12, 12],
      ...plain,
      caps: false,
      align: "left",
      source: "[HD05][REAL][RULEBOOK D2]",
    },
    authority: {
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      bold: true,
      caps: true,
      align: C,
      source: "[H36-1.7.1]",
    },
    signerTitle: {
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      bold: titleBold,
      caps: true,
      align: C,
      source: "[H36-1.7.1][RULEBOOK D6]",
    },
    signerName: {
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      bold: true,
      caps: false,
      align: C,
      source: "[HD05]",
    },
    signatureSpace: 4,
    marks: { collective: "T/M", deputy: "K/T", byOrder: "T/L", authorised: null, acting: "Q." },
    urgency: {
      sizePt: 14,
      acceptPt: [14, 14],
      ...plain,
      bold: true,
      caps: true,
      align: C,
      source: "[HD05]",
    },
    pageNumber: {
      sizePt: 14,
      acceptPt: [13, 14],
      ...plain,
      caps: false,
      align: C,
      source: "[HD05]",
    },
    source: "[H36-PL3][H36-1.7.1][HD05]",
  };
}

const stateDrafting: DraftingFormats = {
  body: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    caps: false,
    align: "both",
    firstLineMm: 10,
    afterPt: 6,
    line: { rule: "auto", lines: 1.15 },
    source: "[PL1 II.6][RULEBOOK D20]",
  },
  kinhGui: {
    label: "Kính gửi:",
    labelToTrinh: "Kính gửi:",
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    caps: false,
    align: C,
    source: "[PL1 II.9a]",
  },
  basis: {
    prefix: "",
    lastEnd: ".",
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    italic: true,
    caps: false,
    align: "both",
    source: "[PL1 II.6a]",
  },
  enacting: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: true,
    align: C,
    source: "[PL1 II.6a]",
  },
  headingLevel1: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: true,
    align: "both",
    source: "[BCUC][RULEBOOK D11]",
  },
  recipientsLabel: {
    sizePt: 12,
    acceptPt: [12, 12],
    ...plain,
    bold: true,
    italic: true,
    caps: false,
    align: "left",
    source: "[PL1 II.9b]",
  },
  recipients: {
    separator: ";",
    storage: "- Lưu: VT",
    nhuTren: "- Như trên;",
    sizePt: 11,
    acceptPt: [11, 11],
    ...plain,
    caps: false,
    align: "left",
    source: "[PL1 II.9b]",
  },
  authority: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: true,
    align: C,
    source: "[PL1 II.7]",
  },
  signerTitle: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: true,
    align: C,
    source: "[PL1 II.7]",
  },
  signerName: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: false,
    align: C,
    source: "[PL1 II.7]",
  },
  signatureSpace: 4,
  marks: { collective: "TM.", deputy: "KT.", byOrder: "TL.", authorised: "TUQ.", acting: "Q." },
  urgency: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    bold: true,
    caps: true,
    align: C,
    source: "[PL1]",
  },
  pageNumber: {
    sizePt: 14,
    acceptPt: [13, 14],
    ...plain,
    caps: false,
    align: C,
    source: "[PL1 I.7]",
  },
  source: "[PL1 II.6][PL1 II.7][PL1 II.9]",
};

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  "dang-2018": {
    id: "dang-2018",
    regime: "party",
    name: {
      vi: "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW, 2018)",
      en: "Party documents (Guide 36-HD/VPTW, 2018)",
    },
    governingTexts: "Hướng dẫn 36-HD/VPTW ngày 03/4/2018; Quy định 66-QĐ/TW ngày 06/02/2017",
    page,
    header: partyHeader(),
    drafting: partyDrafting(true, "Kính gửi:"),
  },
  "dang-2026": {
    id: "dang-2026",
    regime: "party",
    name: {
      vi: "Văn bản của Đảng (Hướng dẫn 05-HD/VPTW, 2026)",
      en: "Party documents (Guide 05-HD/VPTW, 2026)",
    },
    governingTexts: "Hướng dẫn 05-HD/VPTW ngày 27/5/2026; Quy định 399-QĐ/TW ngày 09/01/2026",
    page,
    header: partyHeader(),
    drafting: partyDrafting(false, "Kính trình:"),
  },
  "nha-nuoc": {
    id: "nha-nuoc",
    regime: "state",
    name: {
      vi: "Văn bản hành chính nhà nước (Nghị định 30/2020/NĐ-CP)",
      en: "State administrative documents (Decree 30/2020/NĐ-CP)",
    },
    governingTexts: "Nghị định 30/2020/NĐ-CP ngày 05/3/2020, Phụ lục I–III",
    page,
    header: stateHeader,
    drafting: stateDrafting,
  },
};

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];

/** The day Guide 05-HD/VPTW takes over from Guide 36 for Party documents (conventions §1). */
export const HD05_FROM = { year: 2026, month: 5, day: 27, source: "[HD05]" } as const;

/** The Party profile for a document of this date: dang-2018 before HD05_FROM, dang-2026 from that day on. */
export function partyProfileOn(date: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}): "dang-2018" | "dang-2026" {
  const stamp = (d: typeof date) => d.year * 10000 + d.month * 100 + d.day;
  return stamp(date) < stamp(HD05_FROM) ? "dang-2018" : "dang-2026";
}

export function isProfileId(value: string): value is ProfileId {
  return Object.hasOwn(PROFILES, value);
}
