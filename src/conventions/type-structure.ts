// What each document type carries besides its header — trích yếu, Kính gửi, căn cứ — and its default skeleton, as
// real documents of that type are laid out (conventions §3.5–3.12; skeletons from practice [REAL]).

import type { Regime } from "./profiles";

/** One line of a skeleton; headings and articles are numbered when the skeleton is built. */
/**
 * A value the drafter gives that fills the first "…" of a skeleton line: the issuer, the addressees (who is invited,
 * where a giấy giới thiệu sends its bearer), a meeting's chair, its secretary.
 */
export type SkeletonField = "issuer" | "addressees" | "chair" | "secretary" | "otherParty";

export type SkeletonItem =
  | {
      readonly kind: "text";
      readonly text: string;
      /** The fields that fill the line's "…", in order. */
      readonly fields?: readonly SkeletonField[];
    }
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly title: string }
  | { readonly kind: "enacting"; readonly text: string }
  | { readonly kind: "chapter"; readonly title: string }
  | { readonly kind: "article"; readonly title: string; readonly text?: string };

export interface TypeStructure {
  /** Carries a trích yếu under the tên loại (or, for a công văn, the V/v line). */
  readonly summary: boolean;
  /**
   * "never": the form has no Kính gửi, and one typed is refused (quyết định, nghị quyết, quy chế, quy định, giấy nghỉ
   * phép, giấy ủy quyền); "inline": the addressees typed go into the body's own line ("trân trọng kính mời: …",
   * "Được cử đến: …") instead of a Kính gửi (giấy mời, giấy giới thiệu, mẫu 1.7, 1.8).
   */
  readonly kinhGui: "none" | "never" | "inline" | "optional" | "required";
  /**
   * How the document is enacted or opened: the State THẨM QUYỀN BAN HÀNH line before căn cứ [PL3 mẫu 1.1–1.3]; the
   * Party formula "BAN THƯỜNG VỤ … QUYẾT ĐỊNH" or sentence "… quy định … như sau:" [Q399][REAL]; the opening
   * "Thực hiện …, <cơ quan> ban hành … như sau:" of plans and guides [REAL].
   */
  readonly enacting?: "authority-line" | "formula" | "sentence" | "implementing";
  /** Starts with căn cứ lines. */
  readonly basis: boolean;
  readonly skeleton: readonly SkeletonItem[];
  /** A biên bản closes with the signatures of its secretary and chair instead of Nơi nhận. */
  readonly closing: "signature" | "minutes";
  /** Nơi nhận starts with "- Như trên" (types sent to a Kính gửi). */
  readonly nhuTren: boolean;
  /** Nơi nhận starts with "- Như Điều <n>" for the article naming who executes it [PL3 mẫu 1.1–1.3]. */
  readonly executorsArticle?: number;
  /**
   * A bản sao: the copied text, then under a full-width line the copy's own parts (hình thức sao, copying body,
   * number, place-date), Nơi nhận and signature; no header, tên loại or trích yếu of its own [PL1 Phần II][H36-BS].
   */
  readonly copy?: boolean;
  /**
   * A giấy nghỉ phép ends with the box where the body or the commune of the place of leave confirms the stay (mẫu
   * 1.10) [PL3].
   */
  readonly leaveConfirmation?: boolean;
  /**
   * A hợp đồng, bản ghi nhớ, bản thỏa thuận is signed by both parties: the other party's column beside the issuer's
   * signature ("ĐẠI DIỆN BÊN B" / "ĐẠI DIỆN BÊN A", or the bodies' names) [PL3][RULEBOOK D34].
   */
  readonly parties?: "ben" | "bodies";
  /**
   * A giấy đi đường ends with the travel table the places on the way fill and confirm (nơi đi, nơi đến, ngày,
   * phương tiện, số ngày công tác, lý do lưu trú, xác nhận) [RULEBOOK D35].
   */
  readonly travelTable?: boolean;
  /** The header has no place-date: the State biên bản gives its time in the text (mẫu 1.9) [PL3]. */
  readonly undated?: boolean;
  readonly source: string;
}

const PLACEHOLDER = "…";
const text = (value: string): SkeletonItem => ({ kind: "text", text: value });
/** A line whose "…" the given fields fill, in order. */
const filled = (value: string, ...fields: SkeletonField[]): SkeletonItem => ({
  kind: "text",
  text: value,
  fields,
});
const h1 = (title: string): SkeletonItem => ({ kind: "heading", level: 1, title });
const h2 = (title: string): SkeletonItem => ({ kind: "heading", level: 2, title });
const article = (title: string, body?: string): SkeletonItem => ({
  kind: "article",
  title,
  ...(body ? { text: body } : {}),
});
const chapter = (title: string): SkeletonItem => ({ kind: "chapter", title });
const body = text(PLACEHOLDER);

const base: TypeStructure = {
  summary: true,
  kinhGui: "none",
  basis: false,
  skeleton: [],
  closing: "signature",
  nhuTren: false,
  source: "[REAL]",
};

const PLAN = [
  h1("MỤC ĐÍCH, YÊU CẦU"),
  h2("Mục đích"),
  body,
  h2("Yêu cầu"),
  body,
  h1("NỘI DUNG"),
  body,
  h1("TỔ CHỨC THỰC HIỆN"),
  body,
];
const REPORT = [
  text(PLACEHOLDER),
  h1("KẾT QUẢ THỰC HIỆN"),
  body,
  h1("HẠN CHẾ, NGUYÊN NHÂN"),
  h2("Hạn chế"),
  body,
  h2("Nguyên nhân"),
  body,
  h1("PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"),
  body,
];
const RULES_SKELETON = [
  chapter("QUY ĐỊNH CHUNG"),
  article("Phạm vi điều chỉnh", PLACEHOLDER),
  article("Đối tượng áp dụng", PLACEHOLDER),
  chapter("QUY ĐỊNH CỤ THỂ"),
  article(PLACEHOLDER, PLACEHOLDER),
  chapter("TỔ CHỨC THỰC HIỆN"),
  article("Trách nhiệm thi hành", PLACEHOLDER),
];

function partyStructure(slug: string): TypeStructure {
  switch (slug) {
    case "nghi-quyet":
      return {
        ...base,
        kinhGui: "never",
        skeleton: [
          text(PLACEHOLDER),
          h1("TÌNH HÌNH VÀ NGUYÊN NHÂN"),
          body,
          h1("MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          body,
        ],
      };
    case "quyet-dinh":
      return {
        ...base,
        basis: true,
        kinhGui: "never",
        enacting: "formula",
        executorsArticle: 3,
        skeleton: [
          article(PLACEHOLDER, PLACEHOLDER),
          article(PLACEHOLDER, PLACEHOLDER),
          article(
            "",
            "Các cơ quan, tổ chức đảng và các đồng chí có liên quan chịu trách nhiệm thi hành Quyết định này."
          ),
        ],
      };
    case "chi-thi":
    case "thong-tri":
      return {
        ...base,
        skeleton: [
          text(PLACEHOLDER),
          h2(PLACEHOLDER),
          body,
          h2(PLACEHOLDER),
          body,
          h2("Tổ chức thực hiện"),
          body,
        ],
      };
    case "ket-luan":
      return {
        ...base,
        skeleton: [
          text(`${PLACEHOLDER} thống nhất kết luận:`),
          h1(PLACEHOLDER),
          body,
          h1(PLACEHOLDER),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          h2(PLACEHOLDER),
          h2(PLACEHOLDER),
        ],
      };
    case "quy-che":
    case "quy-dinh":
      return {
        ...base,
        basis: true,
        kinhGui: "never",
        enacting: "sentence",
        skeleton: RULES_SKELETON,
      };
    case "huong-dan":
      return {
        ...base,
        enacting: "implementing",
        skeleton: [
          h1("MỤC ĐÍCH, YÊU CẦU"),
          body,
          h1("NỘI DUNG HƯỚNG DẪN"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          body,
        ],
      };
    case "bao-cao":
      return { ...base, skeleton: REPORT };
    case "ke-hoach":
      return { ...base, enacting: "implementing", skeleton: PLAN };
    case "chuong-trinh":
      return {
        ...base,
        enacting: "implementing",
        skeleton: [
          h1("MỤC TIÊU, YÊU CẦU"),
          body,
          h1("NHIỆM VỤ, GIẢI PHÁP"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          body,
        ],
      };
    case "de-an":
      return {
        ...base,
        skeleton: [
          h1("SỰ CẦN THIẾT"),
          body,
          h1("MỤC TIÊU"),
          body,
          h1("NỘI DUNG, GIẢI PHÁP"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          body,
        ],
      };
    case "phuong-an":
      return {
        ...base,
        skeleton: [
          h1("MỤC ĐÍCH, YÊU CẦU"),
          body,
          h1("NỘI DUNG PHƯƠNG ÁN"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          body,
        ],
      };
    case "thong-bao":
      return { ...base, skeleton: [text(PLACEHOLDER), h2(PLACEHOLDER), h2(PLACEHOLDER)] };
    // QĐ66's public texts: the general form (HD36), addressed to no one, no số (RULEBOOK D39).
    case "thong-cao":
      return {
        ...base,
        kinhGui: "never",
        source: "[Q66][RULEBOOK D39]",
        skeleton: [text(PLACEHOLDER), h2(PLACEHOLDER), h2(PLACEHOLDER)],
      };
    case "tuyen-bo":
    case "loi-keu-goi":
      return { ...base, kinhGui: "never", source: "[Q66][RULEBOOK D39]", skeleton: [body, body] };
    case "to-trinh":
      return {
        ...base,
        kinhGui: "required",
        nhuTren: true,
        skeleton: [h1("SỰ CẦN THIẾT"), body, h1("NỘI DUNG ĐỀ XUẤT"), body, h1("KIẾN NGHỊ"), body],
      };
    case "cong-van":
      return { ...base, kinhGui: "required", nhuTren: true, skeleton: [body, body] };
    case "bien-ban":
      return {
        ...base,
        closing: "minutes",
        skeleton: [
          text("Thời gian: …"),
          text("Địa điểm: …"),
          text("Thành phần: …"),
          // The chair and the secretary sign the minutes; the lines name them first [REAL].
          filled("Chủ trì: đồng chí …", "chair"),
          filled("Thư ký: đồng chí …", "secretary"),
          h1("NỘI DUNG"),
          body,
          h1("KẾT LUẬN"),
          body,
          text("Cuộc họp kết thúc vào lúc … giờ … cùng ngày."),
        ],
      };
    case "giay-gioi-thieu":
      // As the State mẫu 1.8, with "đồng chí" for "ông (bà)" [Q399][RULEBOOK D24].
      return {
        ...base,
        summary: false,
        kinhGui: "inline",
        nhuTren: true,
        source: "[Q399][PL3][RULEBOOK D24]",
        skeleton: [
          filled("… trân trọng giới thiệu:", "issuer"),
          text("Đồng chí: …"),
          text("Chức vụ: …"),
          filled("Được cử đến: …", "addressees"),
          text("Về việc: …"),
          text("Đề nghị các đồng chí giúp đỡ để đồng chí có tên trên hoàn thành nhiệm vụ."),
          text("Giấy này có giá trị đến hết ngày … ."),
        ],
      };
    case "giay-nghi-phep":
      // As the State mẫu 1.10, with "đồng chí" for "ông (bà)" [Q399][PL3][RULEBOOK D24].
      return {
        ...base,
        summary: false,
        kinhGui: "never",
        leaveConfirmation: true,
        source: "[Q399][PL3][RULEBOOK D24]",
        skeleton: [
          text("Xét Đơn đề nghị nghỉ phép ngày … của đồng chí …,"),
          filled(`${PLACEHOLDER} cấp cho:`, "issuer"),
          text("Đồng chí: …"),
          text("Chức vụ: …"),
          text("Được nghỉ phép trong thời gian … kể từ ngày … đến hết ngày … tại … ."),
          text("Số ngày nghỉ phép nêu trên được tính vào thời gian … ."),
        ],
      };
    case "giay-chung-nhan":
      // No mẫu in QĐ399 or HD36: the lines of the giấy tờ of mẫu 1.8 put to what is certified [RULEBOOK D28].
      return {
        ...base,
        summary: false,
        kinhGui: "never",
        source: "[Q399][RULEBOOK D28]",
        skeleton: [
          filled(`${PLACEHOLDER} chứng nhận:`, "issuer"),
          text("Đồng chí: …"),
          text("Chức vụ: …"),
          text("Đã …"),
          text("Giấy chứng nhận này có giá trị đến hết ngày … ."),
        ],
      };
    case "giay-di-duong":
      // No mẫu in QĐ399 or HD36: who travels, where, on what order, for how long [RULEBOOK D28].
      return {
        ...base,
        summary: false,
        kinhGui: "never",
        travelTable: true,
        source: "[Q399][RULEBOOK D28][RULEBOOK D35]",
        skeleton: [
          filled(`${PLACEHOLDER} cấp cho:`, "issuer"),
          text("Đồng chí: …"),
          text("Chức vụ: …"),
          text("Được cử đi công tác tại: …"),
          text("Theo … số … ngày … của …"),
          text("Thời gian công tác: từ ngày … đến hết ngày … ."),
          text("Giấy này có giá trị đến hết ngày … ."),
        ],
      };
    case "phieu-gui":
      return {
        ...base,
        source: "[Q399][PL3][RULEBOOK D24]",
        skeleton: [
          filled(`${PLACEHOLDER} gửi kèm theo Phiếu này: …`, "issuer"),
          text("Đề nghị nơi nhận ký xác nhận vào Phiếu này và gửi lại cho … khi nhận được."),
        ],
      };
    case "phieu-chuyen":
      return {
        ...base,
        source: "[Q399][PL3][RULEBOOK D24]",
        skeleton: [
          filled(`${PLACEHOLDER} chuyển đến …`, "issuer"),
          text("… (đơn, văn bản) của … để xem xét, giải quyết theo thẩm quyền."),
        ],
      };
    case "thu-cong":
      // RULEBOOK D29: headed "THƯ", what it is under it, then the letter; Kính gửi when it is addressed.
      return {
        ...base,
        kinhGui: "optional",
        source: "[Q399][RULEBOOK D29]",
        skeleton: [body, body],
      };
    case "gioi-thieu-sinh-hoat-dang":
      // The form a văn phòng đảng ủy fills when a member moves: secondary, from practice [RULEBOOK D30].
      return {
        ...base,
        summary: false,
        kinhGui: "inline",
        nhuTren: true,
        source: "[RULEBOOK D30]",
        skeleton: [
          filled(`${PLACEHOLDER} trân trọng giới thiệu:`, "issuer"),
          text("Đồng chí: …, sinh ngày … tháng … năm …"),
          text("Quê quán: …"),
          text(
            "Là đảng viên chính thức (dự bị); vào Đảng ngày … tháng … năm …; chính thức ngày … tháng … năm …"
          ),
          // The numbers the Ban Tổ chức's form asks for (Số TĐV, Số LL), as secondary pages quote HD 12-HD/BTCTW 2022.
          text("Số thẻ đảng viên: …; số lý lịch đảng viên: …"),
          filled("Được chuyển đến sinh hoạt đảng tại: …", "addressees"),
          text("Đã đóng đảng phí đến hết tháng … năm …"),
          text(
            "Đề nghị các đồng chí tiếp nhận, quản lý và giúp đỡ đồng chí có tên trên sinh hoạt đảng theo quy định."
          ),
          text("Giấy giới thiệu này có giá trị đến hết ngày … ."),
        ],
      };
    case "ban-sao":
      // HD36 mục II.3: the copy's parts under a full-width line after the copied text [H36-BS].
      return { ...base, summary: false, kinhGui: "never", copy: true, source: "[H36-BS][H36-PL3]" };
    case "giay-moi":
      return {
        ...base,
        kinhGui: "inline",
        source: "[Q399][PL3][RULEBOOK D24]",
        skeleton: [
          filled("… trân trọng kính mời: …", "issuer", "addressees"),
          text("Tới dự …"),
          filled("Chủ trì: đồng chí …", "chair"),
          text("Thời gian: …"),
          text("Địa điểm: …"),
          body,
        ],
      };
    default:
      return { ...base, skeleton: [body] };
  }
}

function stateStructure(slug: string): TypeStructure {
  switch (slug) {
    case "nghi-quyet":
      return {
        ...base,
        basis: true,
        kinhGui: "never",
        enacting: "authority-line",
        executorsArticle: 2,
        skeleton: [
          { kind: "enacting", text: "QUYẾT NGHỊ:" },
          article(PLACEHOLDER, PLACEHOLDER),
          article("Tổ chức thực hiện", PLACEHOLDER),
          article("Hiệu lực thi hành", "Nghị quyết này có hiệu lực kể từ ngày … ./."),
        ],
      };
    case "quyet-dinh":
      return {
        ...base,
        basis: true,
        kinhGui: "never",
        enacting: "authority-line",
        executorsArticle: 3,
        skeleton: [
          { kind: "enacting", text: "QUYẾT ĐỊNH:" },
          article("", PLACEHOLDER),
          article("", "Quyết định này có hiệu lực thi hành kể từ ngày ký."),
          article(
            "",
            "Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
          ),
        ],
      };
    case "chi-thi":
      return {
        ...base,
        skeleton: [
          text(PLACEHOLDER),
          h2(PLACEHOLDER),
          body,
          h2(PLACEHOLDER),
          body,
          h2("Tổ chức thực hiện"),
          text(`${PLACEHOLDER}./.`),
        ],
      };
    case "quy-che":
    case "quy-dinh":
      return { ...base, kinhGui: "never", skeleton: RULES_SKELETON };
    case "thong-bao":
    case "thong-cao":
      return {
        ...base,
        skeleton: [text(PLACEHOLDER), h2(PLACEHOLDER), h2(PLACEHOLDER), text(`${PLACEHOLDER}./.`)],
      };
    case "huong-dan":
      return {
        ...base,
        enacting: "implementing",
        skeleton: [
          h1("MỤC ĐÍCH, YÊU CẦU"),
          body,
          h1("NỘI DUNG HƯỚNG DẪN"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          text(`${PLACEHOLDER}./.`),
        ],
      };
    case "chuong-trinh":
      return {
        ...base,
        enacting: "implementing",
        skeleton: [
          h1("MỤC TIÊU, YÊU CẦU"),
          body,
          h1("NHIỆM VỤ, GIẢI PHÁP"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          text(`${PLACEHOLDER}./.`),
        ],
      };
    case "ke-hoach":
      return {
        ...base,
        enacting: "implementing",
        skeleton: [...PLAN.slice(0, -1), text(`${PLACEHOLDER}./.`)],
      };
    case "phuong-an":
      return {
        ...base,
        skeleton: [
          h1("MỤC ĐÍCH, YÊU CẦU"),
          body,
          h1("NỘI DUNG PHƯƠNG ÁN"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          text(`${PLACEHOLDER}./.`),
        ],
      };
    case "de-an":
    case "du-an":
      return {
        ...base,
        skeleton: [
          h1("SỰ CẦN THIẾT"),
          body,
          h1("MỤC TIÊU"),
          body,
          h1("NỘI DUNG, GIẢI PHÁP"),
          body,
          h1("TỔ CHỨC THỰC HIỆN"),
          text(`${PLACEHOLDER}./.`),
        ],
      };
    case "bao-cao":
      return {
        ...base,
        kinhGui: "optional",
        skeleton: [...REPORT.slice(0, -1), h1("ĐỀ XUẤT, KIẾN NGHỊ"), text(`${PLACEHOLDER}./.`)],
      };
    case "bien-ban":
      return {
        ...base,
        closing: "minutes",
        undated: true,
        source: "[PL3]",
        // NĐ30 Phụ lục III mẫu 1.9, line by line.
        skeleton: [
          text("Thời gian bắt đầu: …"),
          text("Địa điểm: …"),
          text("Thành phần tham dự: …"),
          filled("Chủ trì (chủ tọa): …", "chair"),
          filled("Thư ký (người ghi biên bản): …", "secretary"),
          text("Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):"),
          body,
          text("Cuộc họp (hội nghị, hội thảo) kết thúc vào … giờ …, ngày … tháng … năm …/."),
        ],
      };
    case "to-trinh":
      return {
        ...base,
        kinhGui: "required",
        nhuTren: true,
        skeleton: [
          h1("SỰ CẦN THIẾT"),
          body,
          h1("NỘI DUNG ĐỀ XUẤT"),
          body,
          h1("KIẾN NGHỊ"),
          text(`${PLACEHOLDER}./.`),
        ],
      };
    case "cong-van":
      return {
        ...base,
        kinhGui: "required",
        nhuTren: true,
        skeleton: [body, text(`${PLACEHOLDER}./.`)],
      };
    case "cong-dien":
      return { ...base, kinhGui: "required", skeleton: [body, text(`${PLACEHOLDER}./.`)] };
    case "giay-moi":
      // Mẫu 1.7: kính mời, tới dự, chủ trì, thời gian, địa điểm, what to note.
      return {
        ...base,
        kinhGui: "inline",
        source: "[PL3]",
        skeleton: [
          filled(`${PLACEHOLDER} trân trọng kính mời: …`, "issuer", "addressees"),
          text("Tới dự …"),
          filled("Chủ trì: …", "chair"),
          text("Thời gian: …"),
          text("Địa điểm: …"),
          text(`${PLACEHOLDER}./.`),
        ],
      };
    case "giay-gioi-thieu":
      // Mẫu 1.8: Nơi nhận "- Như trên; - Lưu: VT." (the person and the body named above).
      return {
        ...base,
        summary: false,
        kinhGui: "inline",
        nhuTren: true,
        source: "[PL3]",
        skeleton: [
          filled(`${PLACEHOLDER} trân trọng giới thiệu:`, "issuer"),
          text("Ông (bà): …"),
          text("Chức vụ: …"),
          filled("Được cử đến: …", "addressees"),
          text("Về việc: …"),
          text("Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ."),
          text("Giấy này có giá trị đến hết ngày …./."),
        ],
      };
    case "giay-nghi-phep":
      // Mẫu 1.10: no trích yếu; Nơi nhận is the person granted leave; the box for the place of leave to confirm.
      return {
        ...base,
        summary: false,
        kinhGui: "never",
        leaveConfirmation: true,
        source: "[PL3]",
        skeleton: [
          text("Xét Đơn đề nghị nghỉ phép ngày … của ông (bà) …,"),
          filled(`${PLACEHOLDER} cấp cho:`, "issuer"),
          text("Ông (bà): …"),
          text("Chức vụ: …"),
          text("Được nghỉ phép trong thời gian … kể từ ngày … đến hết ngày … tại … ."),
          text("Số ngày nghỉ phép nêu trên được tính vào thời gian … ./."),
        ],
      };
    case "giay-uy-quyen":
      // Mẫu 1.4 (văn bản có tên loại) with the parts an ủy quyền names [PL3][REAL].
      return {
        ...base,
        basis: true,
        kinhGui: "never",
        source: "[PL3][REAL]",
        skeleton: [
          text("Người ủy quyền: …, chức vụ: …"),
          text("Người được ủy quyền: …, chức vụ: …"),
          text("Nội dung ủy quyền: …"),
          text("Thời hạn ủy quyền: từ ngày … đến hết ngày … ."),
          text("Người được ủy quyền không được ủy quyền lại cho người khác./."),
        ],
      };
    case "phieu-bao":
      // NĐ30 gives the code, not the mẫu: the minimum the decree prescribes [PL3][RULEBOOK D28].
      return {
        ...base,
        source: "[PL3][RULEBOOK D28]",
        skeleton: [filled(`${PLACEHOLDER} báo: …`, "issuer"), text(`${PLACEHOLDER}./.`)],
      };
    case "hop-dong":
      // No mẫu in NĐ30 (the form follows civil law): the parties, the articles agreed [PL3][RULEBOOK D28].
      return {
        ...base,
        basis: true,
        kinhGui: "never",
        parties: "ben",
        source: "[PL3][RULEBOOK D28][RULEBOOK D34]",
        skeleton: [
          text("Hôm nay, ngày … tháng … năm …, tại …, chúng tôi gồm:"),
          filled("Bên A: …", "issuer"),
          filled("Bên B: …", "otherParty"),
          text("Hai bên thống nhất ký kết hợp đồng với các điều khoản sau:"),
          article("", PLACEHOLDER),
          article("", PLACEHOLDER),
          article(
            "",
            "Hợp đồng được lập thành … bản có giá trị pháp lý như nhau, mỗi bên giữ … bản./."
          ),
        ],
      };
    case "ban-ghi-nho":
    case "ban-thoa-thuan":
      // No mẫu in NĐ30: the parties and what they agree [PL3][RULEBOOK D28].
      return {
        ...base,
        kinhGui: "never",
        parties: "bodies",
        source: "[PL3][RULEBOOK D28][RULEBOOK D34]",
        skeleton: [
          text("Hôm nay, ngày … tháng … năm …, tại …, các bên gồm:"),
          filled("- …", "issuer"),
          filled("- …", "otherParty"),
          text(
            slug === "ban-ghi-nho"
              ? "Các bên thống nhất ghi nhớ những nội dung sau:"
              : "Các bên thỏa thuận những nội dung sau:"
          ),
          article("", PLACEHOLDER),
          article("", PLACEHOLDER),
          article("", "… được lập thành … bản có giá trị như nhau, mỗi bên giữ … bản./."),
        ],
      };
    case "thu-cong":
      // RULEBOOK D29: headed "THƯ", what it is under it, then the letter; Kính gửi when it is addressed.
      return {
        ...base,
        kinhGui: "optional",
        source: "[PL3][RULEBOOK D29]",
        skeleton: [body, text(`${PLACEHOLDER}./.`)],
      };
    case "sao-y":
    case "sao-luc":
    case "trich-sao":
      // PL1 Phần II; mẫu 3.1: the parts of a copy are those of the copy block, under the copied text.
      return { ...base, summary: false, kinhGui: "never", copy: true, source: "[PL1 P.II][PL3]" };
    case "phieu-gui":
      return {
        ...base,
        source: "[PL3][REAL]",
        skeleton: [
          filled(`${PLACEHOLDER} gửi kèm theo Phiếu này: …`, "issuer"),
          text(
            "Đề nghị nơi nhận ký xác nhận, đóng dấu vào Phiếu này và gửi lại cho … khi nhận được./."
          ),
        ],
      };
    case "phieu-chuyen":
      return {
        ...base,
        source: "[PL3][REAL]",
        skeleton: [
          filled(`${PLACEHOLDER} chuyển đến …`, "issuer"),
          text("… (đơn, văn bản) của … để xem xét, giải quyết theo thẩm quyền./."),
        ],
      };
    default:
      return { ...base, skeleton: [body] };
  }
}

/** The structure of a type in a regime. */
export function typeStructure(slug: string, regime: Regime): TypeStructure {
  return regime === "party" ? partyStructure(slug) : stateStructure(slug);
}
