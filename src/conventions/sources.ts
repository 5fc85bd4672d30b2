// The sources the rulebook cites (conventions.md §8); every rulebook value names one of these tags.

export interface Source {
  readonly title: string;
  readonly url?: string;
}

/** Source tags, as written inside brackets in the rulebook: `[PL1 II.3]` names tag `PL1`, item `II.3`. */
export const SOURCES: Readonly<Record<string, Source>> = {
  PL1: {
    title: "Nghị định 30/2020/NĐ-CP, Phụ lục I — Thể thức, kỹ thuật trình bày văn bản hành chính",
    url: "https://www.scribd.com/document/652855730/Phuluc1",
  },
  PL2: {
    title: "Nghị định 30/2020/NĐ-CP, Phụ lục II — Viết hoa trong văn bản hành chính",
  },
  PL3: {
    title: "Nghị định 30/2020/NĐ-CP, Phụ lục III — Bảng chữ viết tắt tên loại văn bản",
    url: "https://lawnet.vn/thong-tin-phap-luat/en/hanh-chinh/new-regulations-on-abbreviations-in-administrative-documents-in-vietnam-under-decree-30-149011.html",
  },
  SKH: {
    title: "Hướng dẫn cách ghi số, ký hiệu văn bản hành chính",
    url: "https://mytour.vn/vi/blog/bai-viet/huong-dan-cach-ghi-so-hieu-van-ban-hanh-chinh-theo-chuan.html",
  },
  DDNT: {
    title: "Hướng dẫn cách ghi địa danh và ngày tháng năm trong văn bản",
    url: "http://m.danluat.thuvienphapluat.vn/huong-dan-cach-ghi-dia-danh-va-ngay-thang-nam-trong-van-ban-dung-luat-189142",
  },
  LE: {
    title: "Cách căn lề chuẩn trong văn bản hành chính",
    url: "https://final-blade.com/cach-can-le-chuan-trong-van-ban-hanh-chinh-1666727210",
  },
  "H36-1.1": {
    title: "Hướng dẫn 36-HD/VPTW, mục 1.1 — tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
    url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/40E51-hd-cach-trinh-bay-tieu-de-dang-cong-san-viet-nam-trong-van-ban-cua-dang.html",
  },
  "H36-1.3.1": {
    title: "Hướng dẫn 36-HD/VPTW, mục 1.3.1 — số và ký hiệu văn bản",
    url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/40E5A-hd-cach-trinh-bay-so-va-ky-hieu-van-ban-trong-van-ban-cua-dang.html",
  },
  "H36-PL3": {
    title: "Hướng dẫn 36-HD/VPTW, Phụ lục 3 — Mẫu trình bày thể thức văn bản",
    url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/40E84-hd-mau-trinh-bay-the-thuc-van-ban-va-ban-sao-van-ban-cua-dang.html",
  },
  "H36-BS": {
    title:
      "Hướng dẫn 36-HD/VPTW, mục II.3 — bản sao y bản chính, sao lục, trích sao; thể thức bản sao dưới đường kẻ hết chiều ngang",
    url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/40E79-hd-ban-sao-va-cac-thanh-phan-the-thuc-ban-sao-van-ban-cua-dang.html",
  },
  "H36-SUM": {
    title: "Hướng dẫn 36-HD/VPTW — tóm tắt",
    url: "https://vpdangdoan.vinhuni.edu.vn/thong-bao-van-ban/seo/huong-dan-ve-the-thuc-va-ky-thuat-trinh-bay-van-ban-cua-dang-86250",
  },
  "H36-HDR": { title: "Hướng dẫn 36-HD/VPTW — phần đầu của chính văn bản (bản docplayer.vn)" },
  "H36-1.7.1": {
    title:
      "Hướng dẫn 36-HD/VPTW, mục 1.7.1 — quyền hạn, chức vụ, họ tên và chữ ký của người có thẩm quyền",
    url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/40E6A-hd-cach-trinh-bay-quyen-han-chuc-vu-ho-ten-va-chu-ky-cua-nguoi-co-tham-quyen-trong-van-ban-cua-dang.html",
  },
  TT24: {
    title:
      "Thông tư 24/2020/TT-BCA, mẫu số 02 — dấu chỉ độ mật “TUYỆT MẬT”, “TỐI MẬT”, “MẬT” (hình chữ nhật 40, 30, 20 × 8 mm, hai đường viền; theo trang thứ cấp)",
    url: "https://thukyluat.vn/news/diem-tin-van-ban/mau-dau-giai-mat-co-kich-thuoc-30mm-x-13mm-ap-dung-tu-01-7-2020-73105.html",
  },
  BCUC: {
    title: "Một số nội dung của Nghị định 30/2020/NĐ-CP về công tác văn thư (tóm tắt)",
    url: "https://www.chanhvanphong.com/2023/11/mot-so-noi-dung-30-2020n-cong-tac-van-thu.html",
  },
  VTAT: {
    title: "Các trường hợp viết tắt trong văn bản hành chính từ 05/3/2020",
    url: "https://danluatold.thuvienphapluat.vn/cac-truong-hop-viet-tat-trong-van-ban-hanh-chinh-tu-05-3-2020-182521.aspx?PostID=541470",
  },
  KYTL: {
    title: "Khi nào ký thừa lệnh, ký thay, ký thay mặt",
    url: "https://lutrader.com/khi-nao-ki-thu-truong-khi-nao-ki-giam-doc-nam-2024",
  },
  "GH-QG": {
    title: "Chuẩn hóa văn bản theo Nghị định 30 (kho mã nguồn, tham khảo thứ cấp)",
    url: "https://github.com/quanggiaphthh/chuan-hoa-van-ban-nghi-dinh-30",
  },
  Q399: {
    title:
      "Quy định 399-QĐ/TW ngày 09/01/2026 của Ban Bí thư về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
    url: "https://nhansu.vn/van-ban-phap-luat/Quy-dinh-399-QD-TW-2026-the-loai-tham-quyen-ban-hanh-va-the-thuc-van-ban-cua-Dang-690017.html",
  },
  Q66: {
    title: "Quy định 66-QĐ/TW ngày 06/02/2017 của Ban Bí thư",
    url: "https://thuvienphapluat.vn/documents/law.aspx?id=M%3DpReU9URTTX&mode=09dsbGRWOHhOdzWk",
  },
  HD05: {
    title:
      "Hướng dẫn 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng (theo các bản tóm tắt, chưa đối chiếu nguyên văn)",
  },
  REAL: { title: "Văn bản thật: Kết luận 1301-KL/TU (2023) và các văn bản trong real-documents" },
  "VT-OLD": {
    title: "Cách viết tắt trong văn bản (quy định trước năm 2020)",
    url: "http://www.365ngay.com.vn/index.php?option=com_content&task=view&id=814&Itemid=14",
  },
  RULEBOOK: {
    title:
      "Quyết định của Thể Thức khi các nguồn mâu thuẫn hoặc im lặng (conventions.md §6; D24 trở đi: docs/rulebook-decisions.md)",
  },
};

const SOURCE_TAG = /^\[([^\]\s]+)(?: [^\]]+)?\]$/;

/** The tags a source string cites: "[PL1 II.3][SKH]" → ["PL1", "SKH"]; throws when none is well formed. */
export function sourceTags(source: string): string[] {
  const parts = source.match(/\[[^\]]+\]/g);
  if (!parts) throw new RangeError(`no source tag in "${source}"`);
  return parts.map((part) => {
    const match = SOURCE_TAG.exec(part);
    if (!match?.[1]) throw new RangeError(`malformed source tag "${part}"`);
    return match[1];
  });
}

/**
 * Sources that are the regulation's own text (or the project's decision over it), for severity (conventions §0): a
 * rule none of whose sources is primary for the active profile reports a warning, never an error. HD36 stops being
 * primary for documents under dang-2026, whose rules are known only from HD05 summaries (secondary). The rulebook's own
 * decisions (RULEBOOK) and real documents (REAL) are not a source of obligation either.
 */
const PRIMARY_STATE = new Set(["PL1", "PL2", "PL3"]);
const PRIMARY_PARTY_2018 = new Set([
  "H36-1.1",
  "H36-1.3.1",
  "H36-PL3",
  "H36-1.7.1",
  "H36-BS",
  "Q66",
]);
const PRIMARY_PARTY_2026 = new Set(["Q399"]);

export function hasPrimarySource(
  source: string,
  profile: "nha-nuoc" | "dang-2018" | "dang-2026"
): boolean {
  const primary =
    profile === "nha-nuoc"
      ? PRIMARY_STATE
      : profile === "dang-2018"
        ? PRIMARY_PARTY_2018
        : PRIMARY_PARTY_2026;
  return sourceTags(source).some((tag) => primary.has(tag));
}
