import {
  chooseCitation,
  findMentions,
  formatReference,
  LAW_OR_NAMED,
  mapText,
  NAMED_DOCUMENTS,
  parseDefinitions,
  parseReferences,
  type Reference,
  referenceKey,
  sameDocument,
} from "../../src/citations";
import { PROFILES } from "../../src/conventions";

/** The structure a row expects; fields left out are not compared. */
interface Expected {
  readonly type: string;
  readonly number?: string | null;
  readonly regime?: "party" | "state" | null;
  readonly code?: string | null;
  readonly date?: readonly [number, number, number, "numeric" | "long"] | null;
  readonly comma?: boolean;
  readonly issuer?: string | null;
  readonly summary?: string | null;
  readonly law?: readonly [string, number | null] | null;
  readonly short?: boolean;
  readonly definedAs?: string | null;
  /** The number was typed with spaces, or its ký hiệu in lower case (the number-form rule reports both). */
  readonly spaced?: boolean;
  readonly lowerCase?: boolean;
  /** How many references the text holds in all: "one amending law, not three". */
  readonly count?: number;
  /** The reference's text, in matching form: where it starts and ends. */
  readonly text?: string;
}

type Row = readonly [name: string, text: string, expected: Expected];

// Real-style references, both regimes, from the seed, the real documents and the rulebook (conventions §4).
const BASE: readonly Row[] = [
  [
    "seed Kết luận, Party, no comma",
    "Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ 6 tháng đầu năm",
    {
      type: "Kết luận",
      number: "1300-KL/TU",
      code: "KL/TU",
      regime: "party",
      date: [18, 7, 2023, "numeric"],
      comma: false,
      issuer: "Thị ủy",
      summary: "về tình hình thực hiện nhiệm vụ 6 tháng đầu năm",
      short: false,
    },
  ],
  [
    "seed Báo cáo without trích yếu",
    "Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy.",
    {
      type: "Báo cáo",
      number: "552-BC/TU",
      regime: "party",
      date: [18, 7, 2023, "numeric"],
      issuer: "Thị ủy",
      summary: null,
      short: false,
    },
  ],
  [
    "seed Quyết định with khóa and definition",
    "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam tham gia góp ý xây dựng Đảng (viết tắt là Quyết định 218);",
    {
      type: "Quyết định",
      number: "218-QĐ/TW",
      regime: "party",
      issuer: "Bộ Chính trị (khóa XI)",
      summary: "ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam tham gia góp ý xây dựng Đảng",
      definedAs: "Quyết định 218",
    },
  ],
  [
    "Party comma before ngày (KL 127)",
    "Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết",
    {
      type: "Kết luận",
      number: "121-KL/TW",
      regime: "party",
      date: [24, 1, 2025, "numeric"],
      comma: true,
      issuer: "Ban Chấp hành Trung ương Đảng",
      summary: "về tổng kết Nghị quyết",
    },
  ],
  [
    "Party Nghị quyết with comma",
    "Nghị quyết số 10-NQ/TW, ngày 10/02/2022 của Bộ Chính trị, thiết lập nền tảng",
    {
      type: "Nghị quyết",
      number: "10-NQ/TW",
      regime: "party",
      date: [10, 2, 2022, "numeric"],
      comma: true,
      issuer: "Bộ Chính trị",
      summary: null,
    },
  ],
  [
    "Party Chỉ thị in a State plan",
    "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về việc tăng cường sự lãnh đạo của Đảng (viết tắt là Chỉ thị 11), Ủy ban",
    {
      type: "Chỉ thị",
      number: "11-CT/TU",
      regime: "party",
      date: [4, 1, 2026, "numeric"],
      issuer: "Ban Thường vụ Tỉnh ủy",
      summary: "về việc tăng cường sự lãnh đạo của Đảng",
      definedAs: "Chỉ thị 11",
    },
  ],
  [
    "Party Quy định QĐi",
    "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương",
    {
      type: "Quy định",
      number: "08-QĐi/TW",
      code: "QĐi/TW",
      regime: "party",
      issuer: "Ban Chấp hành Trung ương",
    },
  ],
  [
    "Party Hướng dẫn VPTW",
    "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức",
    {
      type: "Hướng dẫn",
      number: "36-HD/VPTW",
      regime: "party",
      date: [3, 4, 2018, "numeric"],
      issuer: "Văn phòng Trung ương Đảng",
      summary: "về thể thức",
    },
  ],
  [
    "Party Công văn BTCTW",
    "Công văn số 8011-CV/BTCTW ngày 05/9/2024 của Ban Tổ chức Trung ương",
    {
      type: "Công văn",
      number: "8011-CV/BTCTW",
      regime: "party",
      issuer: "Ban Tổ chức Trung ương",
    },
  ],
  [
    "Party Quy định 399, long date",
    "Quy định số 399-QĐ/TW ngày 09 tháng 01 năm 2026 của Ban Bí thư về thể loại văn bản",
    {
      type: "Quy định",
      number: "399-QĐ/TW",
      date: [9, 1, 2026, "long"],
      issuer: "Ban Bí thư",
      summary: "về thể loại văn bản",
    },
  ],
  [
    "Party short form, HD05 style",
    "Nghị quyết 12-NQ/ĐU",
    {
      type: "Nghị quyết",
      number: "12-NQ/ĐU",
      regime: "party",
      date: null,
      issuer: null,
      short: true,
    },
  ],
  [
    "Party short form with số",
    "Kết luận số 1300-KL/TU.",
    { type: "Kết luận", number: "1300-KL/TU", short: true },
  ],
  [
    "Party Bản sao UBKTTU",
    "Bản sao số 24-BS/UBKTTU",
    { type: "Bản sao", number: "24-BS/UBKTTU", regime: "party", short: true },
  ],
  [
    "defined abbreviation used",
    "thực hiện: (1) Quyết định 218 và các chủ trương",
    { type: "Quyết định", number: "218", code: null, regime: null, short: true },
  ],
  [
    "defined abbreviation with issuer",
    "nêu trong Chỉ thị 11 của Ban Thường vụ Tỉnh ủy;",
    { type: "Chỉ thị", number: "11", code: null, issuer: "Ban Thường vụ Tỉnh ủy", short: true },
  ],
  [
    "State Văn bản, rulebook example",
    "Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường về việc tăng cường quản lý",
    {
      type: "Văn bản",
      number: "4250/BNNMT-ĐCKS",
      code: "BNNMT-ĐCKS",
      regime: "state",
      date: [29, 4, 2026, "numeric"],
      issuer: "Bộ Nông nghiệp và Môi trường",
      summary: "về việc tăng cường quản lý",
    },
  ],
  [
    "State Công văn, long date",
    "Công văn số 1012/SCT-KYATMT ngày 09 tháng 3 năm 2026 của Sở Công Thương tỉnh Quảng Ngãi về việc tham vấn nội dung cấp Giấy phép",
    {
      type: "Công văn",
      number: "1012/SCT-KYATMT",
      regime: "state",
      date: [9, 3, 2026, "long"],
      issuer: "Sở Công Thương tỉnh Quảng Ngãi",
      summary: "về việc tham vấn nội dung cấp Giấy phép",
    },
  ],
  [
    "State normative Nghị định",
    "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
    {
      type: "Nghị định",
      number: "30/2020/NĐ-CP",
      code: "2020/NĐ-CP",
      regime: "state",
      date: [5, 3, 2020, "long"],
      issuer: "Chính phủ",
      summary: "về công tác văn thư",
    },
  ],
  [
    "State Nghị định without số",
    "Nghị định 136/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường;",
    {
      type: "Nghị định",
      number: "136/2025/NĐ-CP",
      date: [12, 6, 2025, "numeric"],
      issuer: "Chính phủ",
      summary: "quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường",
    },
  ],
  [
    "State Chỉ thị TTg",
    "Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ về việc tiếp tục tăng cường công tác quản lý",
    {
      type: "Chỉ thị",
      number: "38/CT-TTg",
      code: "CT-TTg",
      regime: "state",
      issuer: "Thủ tướng Chính phủ",
      summary: "về việc tiếp tục tăng cường công tác quản lý",
    },
  ],
  [
    "State Quyết định UBND",
    "Quyết định số 1407/QĐ-UBND ngày 19/5/2015 về việc phê duyệt các vùng cấm",
    {
      type: "Quyết định",
      number: "1407/QĐ-UBND",
      regime: "state",
      date: [19, 5, 2015, "numeric"],
      issuer: null,
      summary: "về việc phê duyệt các vùng cấm",
    },
  ],
  [
    "State Quyết định TTg with year",
    "Quyết định số 105/2009/QĐ-TTg ngày 19 tháng 8 năm 2009 của Thủ tướng Chính phủ về Quy chế quản lý cụm công nghiệp",
    {
      type: "Quyết định",
      number: "105/2009/QĐ-TTg",
      date: [19, 8, 2009, "long"],
      issuer: "Thủ tướng Chính phủ",
      summary: "về Quy chế quản lý cụm công nghiệp",
    },
  ],
  [
    "State Thông tư",
    "Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025 quy định chi tiết",
    {
      type: "Thông tư",
      number: "36/2025/TT-BNNMT",
      date: [2, 7, 2025, "numeric"],
      issuer: null,
      summary: "quy định chi tiết",
    },
  ],
  [
    "State Nghị quyết CP with ban hành",
    "Nghị quyết số 88/NQ-CP ngày 22/7/2022 của Chính phủ ban hành Chương trình hành động",
    {
      type: "Nghị quyết",
      number: "88/NQ-CP",
      issuer: "Chính phủ",
      summary: "ban hành Chương trình hành động",
    },
  ],
  [
    "State Tờ trình",
    "Tờ trình số 67/TTr-UBND ngày 12/7/2023 và Báo cáo thuyết minh",
    {
      type: "Tờ trình",
      number: "67/TTr-UBND",
      date: [12, 7, 2023, "numeric"],
      issuer: null,
      summary: null,
    },
  ],
  [
    "State issuer in parentheses left out",
    "văn bản số 5529/UBND-KT ngày 01/12/2020 của UBND tỉnh Lào Cai (trước hợp nhất)",
    { type: "Văn bản", number: "5529/UBND-KT", issuer: "UBND tỉnh Lào Cai", summary: null },
  ],
  [
    "State Văn bản TTg-KTN",
    "Văn bản số 1316/TTg-KTN ngày 10/8/2015, Ủy ban nhân dân tỉnh",
    { type: "Văn bản", number: "1316/TTg-KTN", date: [10, 8, 2015, "numeric"], issuer: null },
  ],
  [
    "State short form",
    "Quyết định số 12/QĐ-UBND",
    { type: "Quyết định", number: "12/QĐ-UBND", regime: "state", short: true },
  ],
  [
    "State short, no hyphen typo",
    "Quyết định số 1626/QĐTTg ngày 15/12/2023",
    {
      type: "Quyết định",
      number: "1626/QĐTTg",
      code: "QĐTTg",
      regime: "state",
      date: [15, 12, 2023, "numeric"],
    },
  ],
  [
    "State issuer with và",
    "Văn bản số 10699/BNNMT-ĐCKS ngày 23/12/2025 của Bộ Nông nghiệp và Môi trường về việc báo cáo công tác",
    {
      type: "Văn bản",
      issuer: "Bộ Nông nghiệp và Môi trường",
      summary: "về việc báo cáo công tác",
    },
  ],
  [
    "State issuer Ủy ban nhân dân",
    "Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh về việc ban hành quy chế",
    { type: "Quyết định", issuer: "Ủy ban nhân dân tỉnh", summary: "về việc ban hành quy chế" },
  ],
  [
    "State no date, issuer",
    "Nghị định số 26/2026/NĐ-CP của Chính phủ quy định các trường hợp miễn cấp Giấy phép",
    {
      type: "Nghị định",
      number: "26/2026/NĐ-CP",
      date: null,
      issuer: "Chính phủ",
      summary: "quy định các trường hợp miễn cấp Giấy phép",
      short: false,
    },
  ],
  [
    "State quy định: is a verb, not a trích yếu",
    "Nghị định số 26/2026/NĐ-CP của Chính phủ quy định: “Tổ chức",
    { type: "Nghị định", issuer: "Chính phủ", summary: null },
  ],
  [
    "State dash date",
    "Quyết định số 05/QĐ-UBND ngày 05-01-2020 của Ủy ban nhân dân huyện",
    { type: "Quyết định", date: [5, 1, 2020, "numeric"], issuer: "Ủy ban nhân dân huyện" },
  ],
  [
    "State dotted date",
    "Kế hoạch số 15/KH-UBND ngày 5.3.2024 của Ủy ban nhân dân tỉnh",
    { type: "Kế hoạch", number: "15/KH-UBND", date: [5, 3, 2024, "numeric"] },
  ],
  [
    "law by name with year",
    "Luật Hóa chất năm 2025 quy định:",
    { type: "Luật", law: ["Hóa chất", 2025], number: null, date: null, short: false },
  ],
  [
    "law with number",
    "Luật Hóa chất số 69/2025/QH15, Luật Quản lý",
    {
      type: "Luật",
      law: ["Hóa chất", null],
      number: "69/2025/QH15",
      code: "2025/QH15",
      regime: "state",
    },
  ],
  [
    "law with long date",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    { type: "Luật", law: ["Tổ chức chính quyền địa phương", null], date: [19, 2, 2025, "long"] },
  ],
  [
    "law with number and date",
    "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015",
    {
      type: "Luật",
      law: ["Tổ chức chính quyền địa phương", null],
      number: "77/2015/QH13",
      date: [19, 6, 2015, "long"],
    },
  ],
  [
    "law bare, short",
    "theo khoản 4 Điều 3 Luật Quản lý ngoại thương) được thực hiện",
    { type: "Luật", law: ["Quản lý ngoại thương", null], short: true },
  ],
  [
    "law name with và",
    "Luật Địa chất và khoáng sản năm 2024 (có hiệu lực)",
    { type: "Luật", law: ["Địa chất và khoáng sản", 2024] },
  ],
  ["law with bare year", "Luật BVMT 2020", { type: "Luật", law: ["BVMT", 2020] }],
  [
    "Bộ luật, typed Bộ Luật",
    "Điều 227 Bộ Luật hình sự năm 2015, hướng dẫn",
    { type: "Bộ luật", law: ["hình sự", 2015] },
  ],
  [
    "Bộ luật, proper case",
    "Bộ luật Lao động năm 2019",
    { type: "Bộ luật", law: ["Lao động", 2019] },
  ],
  [
    "Pháp lệnh with number",
    "Pháp lệnh Chi phí tố tụng số 02/2022/UBTVQH15",
    { type: "Pháp lệnh", law: ["Chi phí tố tụng", null], number: "02/2022/UBTVQH15" },
  ],
  [
    "law name ended by như sau",
    "Luật Ban hành văn bản quy phạm pháp luật như sau",
    { type: "Luật", law: ["Ban hành văn bản quy phạm pháp luật", null] },
  ],
  // Documents cited by name alone (conventions §3.8 "- Căn cứ Điều lệ Đảng;").
  [
    "Điều lệ Đảng in a Party căn cứ",
    "- Căn cứ Điều lệ Đảng;",
    { type: "Điều lệ", law: ["Đảng", null], number: null, date: null, short: true, count: 1 },
  ],
  [
    "Điều lệ Đảng Cộng sản Việt Nam",
    "Căn cứ Điều lệ Đảng Cộng sản Việt Nam và Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư",
    { type: "Điều lệ", law: ["Đảng Cộng sản Việt Nam", null], short: true, count: 2 },
  ],
  [
    "seed Điều lệ Đảng beside a Chương trình without number",
    "Giao Ủy ban Kiểm tra Thị ủy tiếp tục tham mưu thực hiện tốt nhiệm vụ kiểm tra, giám sát theo quy định của Điều lệ Đảng và Chương trình kiểm tra, giám sát toàn khóa, hằng năm.",
    { type: "Điều lệ", law: ["Đảng", null], count: 1 },
  ],
  [
    "Hiến pháp năm 2013",
    "Căn cứ Hiến pháp năm 2013;",
    { type: "Hiến pháp", law: ["", 2013], number: null, short: false, count: 1 },
  ],
  [
    "Hiến pháp by its full name and year",
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;",
    { type: "Hiến pháp", law: ["nước Cộng hòa xã hội chủ nghĩa Việt Nam", 2013], short: false },
  ],
  [
    "Hiến pháp by its full name, as laws cite it",
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    { type: "Hiến pháp", law: ["nước Cộng hòa xã hội chủ nghĩa Việt Nam", null], short: true },
  ],
  [
    "Cương lĩnh (bổ sung, phát triển năm 2011)",
    "Căn cứ Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011);",
    {
      type: "Cương lĩnh",
      law: ["xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", 2011],
      definedAs: null,
      count: 1,
    },
  ],
  // Laws named in lower case, as real text writes them.
  [
    "law name in lower case after a capital Luật",
    "Căn cứ Luật tổ chức chính quyền địa phương;",
    { type: "Luật", law: ["tổ chức chính quyền địa phương", null], short: true },
  ],
  [
    "lower-case law name ended by a verb",
    "Luật tổ chức chính quyền địa phương giao cho Ủy ban nhân dân tỉnh quyết định",
    { type: "Luật", law: ["tổ chức chính quyền địa phương", null], count: 1 },
  ],
  [
    "lower-case law name ended by và",
    "Thực hiện Luật tổ chức chính quyền địa phương và tổ chức thực hiện tốt",
    { type: "Luật", law: ["tổ chức chính quyền địa phương", null] },
  ],
  [
    "lower-case law name with và, closed by punctuation (real)",
    "đóng cửa mỏ quy định tại khoản 1 Điều 108 Luật địa chất và khoáng sản). Tuy nhiên",
    { type: "Luật", law: ["địa chất và khoáng sản", null] },
  ],
  [
    "lower-case luật before a capitalised name",
    "theo quy định của luật Đất đai và Luật Nhà ở",
    { type: "Luật", law: ["Đất đai", null], short: true, count: 2 },
  ],
  [
    "Bộ luật named in lower case",
    "Bộ luật lao động quy định thời giờ làm việc",
    { type: "Bộ luật", law: ["lao động", null], count: 1 },
  ],
  [
    "law name ended by a second và (real)",
    "khoản 2 Điều 61 Luật Địa chất và khoáng sản và chỉ được phép xây dựng",
    { type: "Luật", law: ["Địa chất và khoáng sản", null], count: 1 },
  ],
  [
    "law name ended before a part (real)",
    "Điều 62 Luật Địa chất và khoáng sản và Điều 73 Nghị định số 193/2025/NĐ-CP",
    { type: "Luật", law: ["Địa chất và khoáng sản", null], count: 2 },
  ],
  [
    "Phòng, chống: the comma inside a law's name",
    "Luật Phòng, chống tham nhũng năm 2018",
    { type: "Luật", law: ["Phòng, chống tham nhũng", 2018] },
  ],
  // Amending laws: one reference, named with the laws they amend.
  [
    "amending law of two laws, with its date",
    "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    {
      type: "Luật",
      law: [
        "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
        null,
      ],
      date: [22, 11, 2019, "long"],
      count: 1,
    },
  ],
  [
    "amending law with its year",
    "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2024",
    {
      type: "Luật",
      law: ["sửa đổi, bổ sung một số điều của Luật Đất đai", 2024],
      short: false,
      count: 1,
    },
  ],
  [
    "amending law after the law it amends (real)",
    "Luật Địa chất và khoáng sản năm 2024 và Luật sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản năm 2025, UBND tỉnh",
    { type: "Luật", law: ["Địa chất và khoáng sản", 2024], count: 2 },
  ],
  [
    "amending law, short title (real)",
    "sung tại khoản 26, Điều 1, Luật sửa đổi Luật Địa chất và khoáng sản năm 2025 quy định về trường hợp",
    { type: "Luật", law: ["sửa đổi Luật Địa chất và khoáng sản", 2025], count: 1 },
  ],
  [
    "amending law of three numbered laws",
    "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Kinh doanh bất động sản số 29/2023/QH15",
    {
      type: "Luật",
      law: [
        "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Kinh doanh bất động sản số 29/2023/QH15",
        null,
      ],
      number: null,
      count: 1,
    },
  ],
  // Dates after the issuer, issuers before "và".
  [
    "State date after the issuer",
    "Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020 về công tác văn thư",
    {
      type: "Nghị định",
      number: "30/2020/NĐ-CP",
      date: [5, 3, 2020, "numeric"],
      comma: false,
      issuer: "Chính phủ",
      summary: "về công tác văn thư",
      short: false,
    },
  ],
  [
    "issuer with do … ban hành, date after it",
    "Quyết định số 12/QĐ-UBND do UBND tỉnh ban hành ngày 10/01/2024 về việc phê duyệt kế hoạch",
    {
      type: "Quyết định",
      number: "12/QĐ-UBND",
      date: [10, 1, 2024, "numeric"],
      issuer: "UBND tỉnh",
      summary: "về việc phê duyệt kế hoạch",
      short: false,
    },
  ],
  [
    "a date after the issuer's comma belongs to the sentence",
    "Thực hiện Công văn số 5973/UBND-KT của UBND tỉnh, ngày 10/5/2026 Sở đã tổ chức kiểm tra",
    { type: "Công văn", number: "5973/UBND-KT", date: null, issuer: "UBND tỉnh" },
  ],
  [
    "issuer ends before và and another reference",
    "Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng",
    {
      type: "Nghị quyết",
      number: "12-NQ/TW",
      issuer: "Ban Chấp hành Trung ương",
      summary: null,
      count: 2,
    },
  ],
  [
    "the second reference after và keeps its own issuer",
    "Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng",
    {
      type: "Kết luận",
      number: "21-KL/TW",
      date: [25, 10, 2021, "numeric"],
      issuer: "Ban Chấp hành Trung ương",
      summary: "về đẩy mạnh xây dựng, chỉnh đốn Đảng",
    },
  ],
  [
    "joint issuer joined by và stays whole",
    "Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy và Ủy ban nhân dân tỉnh về tăng cường quản lý khoáng sản",
    {
      type: "Chỉ thị",
      issuer: "Ban Thường vụ Tỉnh ủy và Ủy ban nhân dân tỉnh",
      summary: "về tăng cường quản lý khoáng sản",
      count: 1,
    },
  ],
  [
    "issuer ends before và and a law",
    "Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh và Luật Đất đai năm 2024",
    { type: "Quyết định", issuer: "Ủy ban nhân dân tỉnh", count: 2 },
  ],
  [
    "Luật inside an issuer's name is no law",
    "Quyết định số 15/QĐ-HLG ngày 10/3/2024 của Hội Luật gia Việt Nam về việc khen thưởng",
    {
      type: "Quyết định",
      issuer: "Hội Luật gia Việt Nam",
      summary: "về việc khen thưởng",
      count: 1,
    },
  ],
  // Law names holding "của", a comma or a linking word (law-names.ts), and the issuer after a law's name left out.
  [
    "law name with của and two commas",
    "Luật Phòng, chống tác hại của rượu, bia năm 2019 quy định",
    {
      type: "Luật",
      law: ["Phòng, chống tác hại của rượu, bia", 2019],
      text: "Luật Phòng, chống tác hại của rượu, bia năm 2019",
      count: 1,
    },
  ],
  [
    "law name with của, no year",
    "nghiêm cấm theo Luật Phòng, chống tác hại của thuốc lá và Luật Quảng cáo",
    { type: "Luật", law: ["Phòng, chống tác hại của thuốc lá", null], short: true, count: 2 },
  ],
  [
    "law name with của Quốc hội inside it",
    "theo Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân, Thường trực Hội đồng nhân dân tỉnh",
    {
      type: "Luật",
      law: ["Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", null],
      issuer: null,
      count: 1,
    },
  ],
  [
    "law name with của Nhà nước inside it",
    "Căn cứ Luật Trách nhiệm bồi thường của Nhà nước ngày 20 tháng 6 năm 2017;",
    {
      type: "Luật",
      law: ["Trách nhiệm bồi thường của Nhà nước", null],
      date: [20, 6, 2017, "long"],
    },
  ],
  [
    "law name with commas, của and tại",
    "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam năm 2014",
    {
      type: "Luật",
      law: ["Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam", 2014],
    },
  ],
  [
    "the issuer after a law's year is no part of its name",
    "Luật Đất đai năm 2024 của Quốc hội có hiệu lực",
    {
      type: "Luật",
      law: ["Đất đai", 2024],
      issuer: null,
      text: "Luật Đất đai năm 2024",
      count: 1,
    },
  ],
  [
    "the issuer after a law's name is no part of it",
    "Luật Đất đai của Quốc hội quy định",
    { type: "Luật", law: ["Đất đai", null], text: "Luật Đất đai", short: true },
  ],
  [
    "law name with a comma, with its date (căn cứ)",
    "Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27 tháng 6 năm 2024;",
    {
      type: "Luật",
      law: ["Trật tự, an toàn giao thông đường bộ", null],
      date: [27, 6, 2024, "long"],
      count: 1,
    },
  ],
  [
    "law name with a comma before another law",
    "Luật Trật tự, an toàn giao thông đường bộ và Luật Đường bộ năm 2024",
    { type: "Luật", law: ["Trật tự, an toàn giao thông đường bộ", null], count: 2 },
  ],
  [
    "Luật Đường sắt with its number",
    "Căn cứ Luật Đường sắt số 06/2017/QH14;",
    { type: "Luật", law: ["Đường sắt", null], number: "06/2017/QH14", count: 1 },
  ],
  [
    "law name with hiện, a stop word elsewhere",
    "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
    {
      type: "Luật",
      law: ["Thực hiện dân chủ ở cơ sở", null],
      date: [10, 11, 2022, "long"],
    },
  ],
  [
    "law name with theo",
    "Luật Đầu tư theo phương thức đối tác công tư năm 2020",
    { type: "Luật", law: ["Đầu tư theo phương thức đối tác công tư", 2020], count: 1 },
  ],
  [
    "law name with a comma, then another law after và",
    "Luật Cán bộ, công chức và Luật Viên chức",
    { type: "Luật", law: ["Cán bộ, công chức", null], count: 2 },
  ],
  [
    "law name with a comma, old-style tone mark",
    "Luật Chất lượng sản phẩm, hàng hoá năm 2007",
    { type: "Luật", law: ["Chất lượng sản phẩm, hàng hoá", 2007] },
  ],
  [
    "lower-case luật before a known name",
    "khen thưởng theo luật Thi đua, khen thưởng.",
    { type: "Luật", law: ["Thi đua, khen thưởng", null], count: 1 },
  ],
  [
    "Pháp lệnh whose name holds với",
    "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14",
    {
      type: "Pháp lệnh",
      law: ["Ưu đãi người có công với cách mạng", null],
      number: "02/2020/UBTVQH14",
    },
  ],
  [
    "Luật Bảo vệ quyền lợi người tiêu dùng",
    "Luật Bảo vệ quyền lợi người tiêu dùng năm 2023",
    { type: "Luật", law: ["Bảo vệ quyền lợi người tiêu dùng", 2023] },
  ],
  // Amending laws that list or count the laws they amend.
  [
    "amending law listing the laws after “các Luật:”",
    "Căn cứ Luật sửa đổi, bổ sung một số điều của các Luật: Quy hoạch, Đầu tư, Đầu tư theo phương thức đối tác công tư và Đấu thầu ngày 29 tháng 11 năm 2024;",
    {
      type: "Luật",
      law: [
        "sửa đổi, bổ sung một số điều của các Luật: Quy hoạch, Đầu tư, Đầu tư theo phương thức đối tác công tư và Đấu thầu",
        null,
      ],
      date: [29, 11, 2024, "long"],
      count: 1,
    },
  ],
  [
    "amending law counting the laws it amends",
    "Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;",
    {
      type: "Luật",
      law: ["sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch", null],
      date: [20, 11, 2018, "long"],
      count: 1,
    },
  ],
  [
    "amending law counting the laws, with its year",
    "theo Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch năm 2018, các quy hoạch",
    {
      type: "Luật",
      law: ["sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch", 2018],
      count: 1,
    },
  ],
  [
    "amending law of four laws, one with theo in its name",
    "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;",
    {
      type: "Luật",
      law: [
        "sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu",
        null,
      ],
      date: [29, 11, 2024, "long"],
      count: 1,
    },
  ],
  [
    "amending law of nine laws, one with a comma in its name",
    "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính năm 2024",
    {
      type: "Luật",
      law: [
        "sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính",
        2024,
      ],
      count: 1,
    },
  ],
  // Điều lệ Đảng in lower case, the Cương lĩnh chính trị.
  [
    "điều lệ Đảng in lower case",
    "Đảng viên vi phạm điều lệ Đảng thì bị xử lý kỷ luật",
    { type: "Điều lệ", law: ["Đảng", null], text: "điều lệ Đảng", short: true, count: 1 },
  ],
  [
    "Cương lĩnh chính trị beside Điều lệ Đảng",
    "Tuyệt đối trung thành với Cương lĩnh chính trị, Điều lệ Đảng;",
    { type: "Cương lĩnh", law: ["chính trị", null], short: true, count: 2 },
  ],
  [
    "Cương lĩnh chính trị của Đảng (bổ sung, phát triển năm 2011)",
    "thực hiện Cương lĩnh chính trị của Đảng (bổ sung, phát triển năm 2011) và Nghị quyết Đại hội",
    { type: "Cương lĩnh", law: ["chính trị của Đảng", 2011], short: false, count: 1 },
  ],
  [
    "Cương lĩnh chính trị năm 1991",
    "Cương lĩnh chính trị năm 1991 của Đảng",
    { type: "Cương lĩnh", law: ["chính trị", 1991], text: "Cương lĩnh chính trị năm 1991" },
  ],
  // "ban hành kèm theo" before a reference and "do … chủ trì" after it are no part of it.
  [
    "ban hành kèm theo before the Quyết định",
    "Quy chế làm việc ban hành kèm theo Quyết định số 12/2024/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh về việc ban hành Quy chế làm việc",
    {
      type: "Quyết định",
      number: "12/2024/QĐ-UBND",
      date: [15, 3, 2024, "numeric"],
      issuer: "Ủy ban nhân dân tỉnh",
      summary: "về việc ban hành Quy chế làm việc",
      text: "Quyết định số 12/2024/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh về việc ban hành Quy chế làm việc",
      count: 1,
    },
  ],
  [
    "Ban hành kèm theo opening an article",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế; bãi bỏ Quy chế ban hành kèm theo Quyết định số 05/2020/QĐ-UBND ngày 02/3/2020 của Ủy ban nhân dân tỉnh.",
    {
      type: "Quyết định",
      number: "05/2020/QĐ-UBND",
      issuer: "Ủy ban nhân dân tỉnh",
      summary: null,
      text: "Quyết định số 05/2020/QĐ-UBND ngày 02/3/2020 của Ủy ban nhân dân tỉnh",
      count: 1,
    },
  ],
  [
    "do … chủ trì is no issuer",
    "Kế hoạch số 15/KH-UBND ngày 05/3/2024 do Sở Nội vụ chủ trì thực hiện",
    {
      type: "Kế hoạch",
      number: "15/KH-UBND",
      date: [5, 3, 2024, "numeric"],
      issuer: null,
      summary: null,
      text: "Kế hoạch số 15/KH-UBND ngày 05/3/2024",
    },
  ],
  [
    "do … chủ trì without a date is no issuer",
    "triển khai Quyết định số 12/QĐ-UBND do Sở Tài chính chủ trì, phối hợp với các sở",
    { type: "Quyết định", number: "12/QĐ-UBND", issuer: null, short: true },
  ],
];

/** Typing variants of a text that must parse to the same structure (conventions §0 Matching). */
const VARIANTS: readonly (readonly [name: string, change: (text: string) => string | null])[] = [
  [
    "non-breaking hyphen U+2011",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u2011$2") : null),
  ],
  [
    "Word's non-breaking hyphen U+001E",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u001e$2") : null),
  ],
  ["NBSP and double spaces", (t) => (t.includes(" số ") ? t.replace(" số ", "\u00a0số  ") : null)],
  ["decomposed (non-NFC) text", (t) => (t.normalize("NFD") === t ? null : t.normalize("NFD"))],
  ["split runs joined inside a sentence", (t) => `Trên cơ sở ${t}`],
  [
    "en dash in the number",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u2013$2") : null),
  ],
  [
    "em dash in the number",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u2014$2") : null),
  ],
  [
    "minus sign in the number",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u2212$2") : null),
  ],
  [
    "figure dash in the number",
    (t) => (/\d-\p{Lu}/u.test(t) ? t.replace(/(\d)-(\p{Lu})/u, "$1\u2012$2") : null),
  ],
];

const ROWS: Row[] = [
  ...BASE,
  ...BASE.flatMap(([name, text, expected]) =>
    VARIANTS.flatMap(([variant, change]) => {
      const changed = change(text);
      return changed === null ? [] : [[`${name} — ${variant}`, changed, expected] as const];
    })
  ),
  // Stray spaces in numbers, as real documents type them.
  [
    "spaces around the Party hyphen",
    "Kết luận số 1300 - KL/TU ngày 18/7/2023 của Thị ủy",
    { type: "Kết luận", number: "1300-KL/TU", regime: "party", issuer: "Thị ủy" },
  ],
  [
    "space before the Party slash",
    "Quyết định số 218-QĐ /TW ngày 12/12/2013",
    { type: "Quyết định", number: "218-QĐ/TW", regime: "party", date: [12, 12, 2013, "numeric"] },
  ],
  [
    "space before the State slash",
    "Công văn số 5973 /UBND-KT ngày 05/3/2026",
    { type: "Công văn", number: "5973/UBND-KT", regime: "state" },
  ],
  [
    "Party number in State form",
    "Quyết định số 218/QĐ-TW ngày 12/12/2013",
    { type: "Quyết định", number: "218/QĐ-TW", regime: "state", code: "QĐ-TW" },
  ],
  [
    "lower-case type with số",
    "(văn bản số 5529/UBND-KT ngày 01/12/2020",
    { type: "Văn bản", number: "5529/UBND-KT" },
  ],
  [
    "space after the Party slash",
    "Kết luận số 1300-KL/ TU ngày 18/7/2023 của Thị ủy",
    { type: "Kết luận", number: "1300-KL/TU", regime: "party", spaced: true, issuer: "Thị ủy" },
  ],
  [
    "space before the Party hyphen only",
    "Kết luận số 1300 -KL/TU ngày 18/7/2023 của Thị ủy",
    { type: "Kết luận", number: "1300-KL/TU", spaced: true, date: [18, 7, 2023, "numeric"] },
  ],
  [
    "space after the State hyphen",
    "Quyết định số 12/QĐ- UBND ngày 10/01/2024",
    { type: "Quyết định", number: "12/QĐ-UBND", code: "QĐ-UBND", spaced: true },
  ],
  [
    "en dash in a Party number, no space",
    "Kết luận số 1300–KL/TU ngày 18/7/2023",
    { type: "Kết luận", number: "1300-KL/TU", spaced: false, lowerCase: false },
  ],
  [
    "State ký hiệu in lower case",
    "Quyết định số 12/qđ-ubnd ngày 10/01/2024 của Ủy ban nhân dân tỉnh",
    {
      type: "Quyết định",
      number: "12/QĐ-UBND",
      code: "QĐ-UBND",
      regime: "state",
      lowerCase: true,
      spaced: false,
      issuer: "Ủy ban nhân dân tỉnh",
    },
  ],
  [
    "Party ký hiệu in lower case",
    "Kết luận số 1300-kl/tu ngày 18/7/2023 của Thị ủy",
    { type: "Kết luận", number: "1300-KL/TU", regime: "party", lowerCase: true },
  ],
  [
    "lower-case code written back in its own case",
    "Chỉ thị số 38/ct-ttg ngày 29/9/2020 của Thủ tướng Chính phủ",
    { type: "Chỉ thị", number: "38/CT-TTg", code: "CT-TTg", lowerCase: true },
  ],
  [
    "a spaced dash after the number is no part of it",
    "Quyết định số 12/QĐ-UBND - về việc ban hành quy chế",
    { type: "Quyết định", number: "12/QĐ-UBND", spaced: false, lowerCase: false },
  ],
  [
    "a spaced em dash after the number is no part of it",
    "Quyết định số 12/QĐ-UBND — về việc ban hành quy chế",
    {
      type: "Quyết định",
      number: "12/QĐ-UBND",
      summary: null,
      text: "Quyết định số 12/QĐ-UBND",
      spaced: false,
    },
  ],
  [
    "em dash in a Party number, not reported",
    "Kết luận số 1300—KL/TU ngày 18/7/2023 của Thị ủy",
    { type: "Kết luận", number: "1300-KL/TU", spaced: false, lowerCase: false, issuer: "Thị ủy" },
  ],
  [
    "minus sign between State groups",
    "Quyết định số 12/QĐ−UBND ngày 10/01/2024",
    { type: "Quyết định", number: "12/QĐ-UBND", code: "QĐ-UBND", spaced: false },
  ],
  // Codes in mixed case: reported like lower-case ones when the known code is written otherwise.
  [
    "State type code in mixed case",
    "Quyết định số 12/Qđ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh",
    {
      type: "Quyết định",
      number: "12/QĐ-UBND",
      code: "QĐ-UBND",
      regime: "state",
      lowerCase: true,
      issuer: "Ủy ban nhân dân tỉnh",
    },
  ],
  [
    "State type code in mixed case, TTg kept",
    "Chỉ thị số 38/Ct-TTg ngày 29/9/2020 của Thủ tướng Chính phủ",
    { type: "Chỉ thị", number: "38/CT-TTg", code: "CT-TTg", lowerCase: true },
  ],
  [
    "TTg in the wrong mixed case",
    "Chỉ thị số 38/CT-Ttg ngày 29/9/2020",
    { type: "Chỉ thị", number: "38/CT-TTg", lowerCase: true },
  ],
  [
    "Party type code in mixed case",
    "Kết luận số 1300-Kl/TU ngày 18/7/2023 của Thị ủy",
    { type: "Kết luận", number: "1300-KL/TU", regime: "party", lowerCase: true, issuer: "Thị ủy" },
  ],
  [
    "Party issuer code in mixed case",
    "Kết luận số 1300-KL/Tu ngày 18/7/2023",
    { type: "Kết luận", number: "1300-KL/TU", regime: "party", lowerCase: true },
  ],
  [
    "known mixed-case codes stay valid (QĐi, TTg, CTr, TTr)",
    "Quy định số 08-QĐi/TW, Quyết định số 1626/QĐ-TTg, Chương trình số 05/CTr-UBND và Tờ trình số 67/TTr-UBND",
    { type: "Quy định", number: "08-QĐi/TW", lowerCase: false, count: 4 },
  ],
  [
    "known mixed-case type code TTr stays valid",
    "Tờ trình số 67/TTr-UBND ngày 12/7/2023",
    { type: "Tờ trình", number: "67/TTr-UBND", code: "TTr-UBND", lowerCase: false },
  ],
  [
    "an unknown mixed-case group is left alone",
    "Văn bản số 88/BNNMT-Ks ngày 05/3/2026",
    { type: "Văn bản", number: "88/BNNMT-Ks", lowerCase: false },
  ],
];

function structure(reference: Reference | undefined, expected: Expected): Record<string, unknown> {
  if (!reference) return { missing: true };
  const actual: Record<string, unknown> = {
    type: reference.typeName,
    number: reference.numberText,
    regime: reference.regime,
    code: reference.code,
    date: reference.date
      ? [reference.date.day, reference.date.month, reference.date.year, reference.date.style]
      : null,
    comma: reference.commaBeforeDate,
    issuer: reference.issuer,
    summary: reference.summary,
    law: reference.law ? [reference.law.name, reference.law.year] : null,
    short: reference.short,
    definedAs: reference.definedAs,
    spaced: reference.spacedNumber,
    lowerCase: reference.lowerCaseCode,
    text: mapText(reference.text).text,
  };
  return Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]));
}

describe("parseReferences: real-style references", () => {
  it("has at least 80 rows", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(ROWS)("%s", (_name, text, expected) => {
    const references = parseReferences(text);
    const reference = references.find((r) => r.typeName === expected.type);
    // Issuer and trích yếu are compared in matching form: a variant's NBSP or NFD does not change them.
    const actual = structure(reference, expected);
    if (expected.count !== undefined) actual.count = references.length;
    for (const key of ["issuer", "summary"] as const)
      if (typeof actual[key] === "string") actual[key] = mapText(actual[key] as string).text;
    expect(actual).toEqual(expected);
  });

  it.each(ROWS)("keeps original offsets: %s", (_name, text, expected) => {
    const reference = parseReferences(text).find((r) => r.typeName === expected.type);
    expect(reference).toBeDefined();
    if (!reference) return;
    expect(text.slice(reference.span.start, reference.span.end)).toBe(reference.text);
    expect(mapText(reference.text).text.toLocaleLowerCase("vi")).toMatch(
      new RegExp(`^${expected.type.toLocaleLowerCase("vi")}`, "u")
    );
    if (reference.numberSpan && reference.numberText) {
      const written = mapText(
        text.slice(reference.numberSpan.start, reference.numberSpan.end)
      ).text.replace(/\s/g, "");
      // A ký hiệu typed in lower case is given in capitals: "12/qđ-ubnd" → "12/QĐ-UBND".
      expect(reference.lowerCaseCode ? written.toLocaleUpperCase("vi") : written).toBe(
        reference.lowerCaseCode
          ? reference.numberText.toLocaleUpperCase("vi")
          : reference.numberText
      );
    }
  });

  it("finds every reference of a sentence, each trích yếu ending before the next reference", () => {
    const text =
      "Trong thời gian đến, thực hiện Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2023 và các nhiệm vụ, giải pháp đã được xác định tại Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy.";
    const references = parseReferences(text);
    expect(references.map((r) => r.numberText)).toEqual(["1300-KL/TU", "552-BC/TU"]);
    expect(references[0]?.summary).toBe(
      "về tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2023 và các nhiệm vụ, giải pháp"
    );
  });

  it.each([
    [
      "điều lệ in lower case",
      "Đại hội thông qua điều lệ hội; hoạt động theo điều lệ và quy chế của hội",
    ],
    ["another body's Điều lệ", "Ban hành Điều lệ Hội Nông dân Việt Nam, theo điều lệ hội"],
    [
      "điều lệ before a lower-case đảng or a Đảng bộ",
      "theo điều lệ đảng phái; sửa Điều lệ Đảng bộ; điều lệ Đảng ủy",
    ],
    [
      "the first Cương lĩnh chính trị (1930), the type in lower case",
      "Cương lĩnh chính trị đầu tiên của Đảng; Cương lĩnh chính trị năm 1930; xây dựng cương lĩnh chính trị",
    ],
    ["Hiến pháp as a notion", "Mọi cơ quan phải tuân thủ Hiến pháp và pháp luật, trừ Hiến pháp."],
    [
      "luật as a common noun",
      "theo quy định của pháp luật; văn bản quy phạm pháp luật; kỷ luật Đảng; pháp luật Việt Nam; luật sư",
    ],
    [
      "Luật sư, Luật gia",
      "Luật sư Nguyễn Văn A và Hội Luật gia tỉnh; Luật học; Trường Đại học Luật Hà Nội",
    ],
    ["Luật as a sentence's subject", "Luật quy định rõ trách nhiệm. Luật được Quốc hội thông qua."],
    ["the law of a country", "theo luật Việt Nam và luật Nhà nước"],
    [
      "an amending law without a law's name",
      "Luật sửa đổi, bổ sung một số điều của các luật có liên quan",
    ],
    [
      "an amending law naming only the field of the laws",
      "Luật sửa đổi, bổ sung một số điều của các luật có liên quan đến quy hoạch",
    ],
    [
      "luật or Luật before a comma or của, naming no law",
      "các dự án luật, pháp lệnh; Luật, pháp lệnh của Quốc hội; Luật của Quốc hội",
    ],
  ])("reads no reference in %s", (_name, text) => {
    expect(parseReferences(text)).toEqual([]);
  });

  it("keeps the known mixed-case codes as they are: QĐi, TTg, CTr, TTr, QyĐ, TrS", () => {
    const references = parseReferences(
      "Quy định số 08-QĐi/TW, Quyết định số 1626/QĐ-TTg, Chương trình số 05/CTr-UBND, Tờ trình số 67/TTr-UBND, Quy định số 03/QyĐ-UBND và Bản trích sao số 02/TrS-VP"
    );
    expect(references.map((r) => [r.numberText, r.lowerCaseCode])).toEqual([
      ["08-QĐi/TW", false],
      ["1626/QĐ-TTg", false],
      ["05/CTr-UBND", false],
      ["67/TTr-UBND", false],
      ["03/QyĐ-UBND", false],
      ["02/TrS-VP", false],
    ]);
  });

  it("does not read numbers of months, counts or the general noun “luật” as references", () => {
    expect(
      parseReferences(
        "Báo cáo 6 tháng đầu năm; Kế hoạch 2.000 tỷ; theo quy định của pháp luật Việt Nam; Luật này có hiệu lực."
      )
    ).toEqual([]);
  });

  it("does not count the short form inside its definition as a mention", () => {
    const text =
      "Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy (viết tắt là Chỉ thị 11).";
    expect(parseReferences(text)).toHaveLength(1);
    expect(findMentions(text, "Chỉ thị 11")).toEqual([]);
    expect(findMentions(`${text} Thực hiện Chỉ thị 11.`, "Chỉ thị 11")).toHaveLength(1);
  });
});

describe("referenceKey and sameDocument", () => {
  const first = (text: string): Reference => {
    const [reference] = parseReferences(text);
    if (!reference) throw new Error(`no reference in ${text}`);
    return reference;
  };
  const same = (a: string, b: string) => sameDocument(first(a), first(b));

  it("takes “Điều lệ Đảng” and “Điều lệ Đảng Cộng sản Việt Nam” for one document", () => {
    expect(referenceKey(first("Điều lệ Đảng"))).toBe(
      referenceKey(first("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"))
    );
    expect(same("Điều lệ Đảng", "theo Điều lệ Đảng Cộng sản Việt Nam")).toBe(true);
  });

  it("keys a Hiến pháp with or without the country's name, and apart from the Điều lệ", () => {
    expect(
      same("Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013")
    ).toBe(true);
    expect(same("Hiến pháp năm 2013", "Điều lệ Đảng")).toBe(false);
  });

  it("keeps an amending law apart from the laws it amends", () => {
    const amending =
      "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019";
    expect(same(amending, "Luật Tổ chức Chính phủ năm 2025")).toBe(false);
    expect(same(amending, "Luật Tổ chức chính quyền địa phương năm 2025")).toBe(false);
    expect(
      same("Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2024", "Luật Đất đai năm 2024")
    ).toBe(false);
    expect(same(amending, amending.replace(" ngày 22 tháng 11 năm 2019", ""))).toBe(true);
  });

  it("takes a law's name whatever its case or tone-mark style, and a Bộ luật apart from a Luật", () => {
    expect(same("theo luật Đất đai", "Luật Đất đai năm 2024")).toBe(true);
    expect(
      same(
        "Căn cứ Luật tổ chức chính quyền địa phương;",
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"
      )
    ).toBe(true);
    expect(same("Luật Hoà giải ở cơ sở năm 2013", "Luật Hòa giải ở cơ sở")).toBe(true);
    expect(same("Bộ luật Lao động năm 2019", "Luật Lao động năm 2019")).toBe(false);
  });

  it("takes a joint document's issuers in any order, and nothing else", () => {
    expect(
      same(
        "Thông tư liên tịch số 55/2015/TTLT-BTC-BKHCN ngày 22/4/2015",
        "Thông tư liên tịch số 55/2015/TTLT-BKHCN-BTC"
      )
    ).toBe(true);
    expect(referenceKey(first("Thông tư liên tịch số 55/2015/TTLT-BTC-BKHCN ngày 22/4/2015"))).toBe(
      referenceKey(first("Thông tư liên tịch số 55/2015/TTLT-BKHCN-BTC"))
    );
    // Another number, another year or another set of bodies is another document.
    expect(
      same(
        "Thông tư liên tịch số 55/2015/TTLT-BTC-BKHCN",
        "Thông tư liên tịch số 56/2015/TTLT-BKHCN-BTC"
      )
    ).toBe(false);
    expect(
      same(
        "Thông tư liên tịch số 55/2015/TTLT-BTC-BKHCN",
        "Thông tư liên tịch số 55/2016/TTLT-BKHCN-BTC"
      )
    ).toBe(false);
    expect(
      same(
        "Thông tư liên tịch số 55/2015/TTLT-BTC-BKHCN",
        "Thông tư liên tịch số 55/2015/TTLT-BTC-BNV"
      )
    ).toBe(false);
    // A công văn's unit codes are not a list of joint issuers: "UBND-KT" is not "KT-UBND".
    expect(same("Công văn số 5973/UBND-KT", "Công văn số 5973/KT-UBND")).toBe(false);
  });

  it("takes a ký hiệu typed in lower or mixed case for the same number", () => {
    expect(same("Quyết định số 12/qđ-ubnd", "Quyết định số 12/QĐ-UBND ngày 10/01/2024")).toBe(true);
    expect(same("Quyết định số 12/Qđ-UBND", "Quyết định số 12/QĐ-UBND ngày 10/01/2024")).toBe(true);
    expect(same("Chỉ thị số 38/Ct-TTg", "Chỉ thị số 38/CT-TTg")).toBe(true);
    expect(same("Kết luận số 1300-Kl/TU", "Kết luận số 1300—KL/TU")).toBe(true);
  });

  it("takes “điều lệ Đảng” and the Cương lĩnh chính trị for the documents they name", () => {
    expect(same("vi phạm điều lệ Đảng", "Căn cứ Điều lệ Đảng;")).toBe(true);
    const platform =
      "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)";
    expect(same("trung thành với Cương lĩnh chính trị, Điều lệ Đảng", platform)).toBe(true);
    expect(same("Cương lĩnh chính trị của Đảng", platform)).toBe(true);
    expect(same("Cương lĩnh chính trị", "Điều lệ Đảng")).toBe(false);
  });

  it("takes a listed law's name whatever its tone-mark style, and keeps a law apart from one it amends", () => {
    expect(
      same("Luật Chất lượng sản phẩm, hàng hoá năm 2007", "Luật Chất lượng sản phẩm, hàng hóa")
    ).toBe(true);
    expect(same("Luật Hoà giải, đối thoại tại Toà án", "Luật Hòa giải, đối thoại tại Tòa án")).toBe(
      true
    );
    const listed =
      "Luật sửa đổi, bổ sung một số điều của các Luật: Quy hoạch, Đầu tư, Đầu tư theo phương thức đối tác công tư và Đấu thầu";
    expect(same(listed, "Luật Quy hoạch năm 2017")).toBe(false);
    expect(same(listed, "Luật Đấu thầu")).toBe(false);
    expect(
      same(
        "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch",
        "Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch"
      )
    ).toBe(false);
  });
});

describe("parseDefinitions", () => {
  it.each([
    ["(viết tắt là Quyết định 218)", "Quyết định 218", "viết tắt là"],
    [
      "(*viết tắt là Nghị quyết Đại hội XXI*)".replace(/\*/g, ""),
      "Nghị quyết Đại hội XXI",
      "viết tắt là",
    ],
    ["(sau đây viết tắt là Luật Đất đai)", "Luật Đất đai", "sau đây viết tắt là"],
    ["(sau đây gọi tắt là “Quy chế”)", "Quy chế", "sau đây gọi tắt là"],
    ["(gọi tắt là Kế hoạch 15)", "Kế hoạch 15", "gọi tắt là"],
    ["(sau đây gọi là quản lý theo giấy phép)", "quản lý theo giấy phép", "sau đây gọi là"],
    ["các khu công nghiệp (KCN)", "KCN", "acronym"],
  ])("%s", (text, short, formula) => {
    const [definition] = parseDefinitions(`Nội dung ${text} được dùng.`);
    expect(definition).toMatchObject({ short, formula });
    const source = `Nội dung ${text} được dùng.`;
    expect(source.slice(definition?.shortSpan.start, definition?.shortSpan.end)).toBe(short);
  });

  it("gives definitions and acronyms in the order of their brackets, past brackets that open neither", () => {
    const text =
      "Khu công nghiệp (KCN), dự án (1) của Ban (khóa XI) ( viết tắt là Dự án A) và Quy chế (Sau đây gọi là Quy chế B) của Ủy ban nhân dân (UBND).";
    expect(parseDefinitions(text).map(({ short, formula }) => [short, formula])).toEqual([
      ["KCN", "acronym"],
      ["Dự án A", "viết tắt là"],
      ["Quy chế B", "sau đây gọi là"],
      ["UBND", "acronym"],
    ]);
  });

  it("does not take a Roman numeral, a single capital or a note for an acronym", () => {
    expect(
      parseDefinitions("Bộ Chính trị (khóa XI), Hội nghị (II), phương án (A), Thường trực (b/c)")
    ).toEqual([]);
  });
});

describe("round trip: parse → format → parse", () => {
  const seen = new Set<string>();
  const references = ROWS.flatMap(([name, text]) =>
    parseReferences(text).map((reference) => [name, reference] as const)
  ).filter(([, reference]) => {
    const key = reference.text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  it.each(references)("%s", (_name, reference) => {
    const profile = PROFILES[reference.regime === "party" ? "dang-2026" : "nha-nuoc"];
    const full = formatReference(reference, profile, "full");
    const [again] = parseReferences(full);
    const core = (r: Reference | undefined) => ({
      type: r?.typeName,
      number: r?.numberText,
      date: r?.date ? [r.date.day, r.date.month, r.date.year] : null,
      issuer: r?.issuer ? mapText(r.issuer).text : null,
      summary: r?.summary ? mapText(r.summary).text : null,
      law: r?.law ?? null,
    });
    expect(core(again)).toEqual(core(reference));
    expect(again && referenceKey(again)).toBe(referenceKey(reference));
    const short = formatReference(reference, profile, "short");
    const [shortAgain] = parseReferences(short);
    if (reference.definedAs) expect(short).toBe(reference.definedAs);
    // A law's short form is its name, which names the same document (a Hiến pháp keeps its year).
    else if (reference.law)
      expect(shortAgain && referenceKey(shortAgain)).toBe(referenceKey(reference));
    else expect(shortAgain?.short).toBe(true);
  });
});

describe("formatReference", () => {
  const [seedKl] = parseReferences(
    "Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ"
  );
  const [nd30] = parseReferences(
    "Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư"
  );
  const [ct11] = parseReferences(
    "Chỉ thị số 11-CT/TU ngày 4/1/2026 của Ban Thường vụ Tỉnh ủy về khoáng sản"
  );
  const [law] = parseReferences("Luật Tổ chức chính quyền địa phương ngày 19/6/2015");

  it("writes a Party citation in a Party document with the comma before ngày (D5)", () => {
    expect(seedKl && formatReference(seedKl, PROFILES["dang-2018"], "full")).toBe(
      "Kết luận số 1300-KL/TU, ngày 18/7/2023 của Thị ủy về tình hình thực hiện nhiệm vụ"
    );
    expect(seedKl && formatReference(seedKl, PROFILES["dang-2018"], "short")).toBe(
      "Kết luận 1300-KL/TU"
    );
  });

  it("writes a State citation with the header's zero rule for the date (D17)", () => {
    expect(nd30 && formatReference(nd30, PROFILES["nha-nuoc"], "full")).toBe(
      "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư"
    );
    expect(nd30 && formatReference(nd30, PROFILES["nha-nuoc"], "short")).toBe(
      "Nghị định số 30/2020/NĐ-CP"
    );
  });

  it("cites a Party document in its own form inside a State document, without the Party comma", () => {
    expect(ct11 && formatReference(ct11, PROFILES["nha-nuoc"], "full")).toBe(
      "Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về khoáng sản"
    );
  });

  it("writes Điều lệ Đảng the same in full and short, in both regimes", () => {
    const [charter] = parseReferences("- Căn cứ Điều lệ Đảng;");
    for (const profile of [PROFILES["dang-2018"], PROFILES["nha-nuoc"]]) {
      expect(charter && formatReference(charter, profile, "full")).toBe("Điều lệ Đảng");
      expect(charter && formatReference(charter, profile, "short")).toBe("Điều lệ Đảng");
    }
    const [longName] = parseReferences("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;");
    expect(longName && formatReference(longName, PROFILES["dang-2018"], "full")).toBe(
      "Điều lệ Đảng Cộng sản Việt Nam"
    );
    expect(longName && formatReference(longName, PROFILES["dang-2018"], "short")).toBe(
      "Điều lệ Đảng"
    );
    // Inserted from the library, it needs no definition of a short form.
    expect(charter && chooseCitation(charter, "", "", PROFILES["dang-2018"])).toEqual({
      text: "Điều lệ Đảng",
      form: "full",
    });
  });

  it("writes the Hiến pháp with its year, the Cương lĩnh with its 2011 note", () => {
    const [constitution] = parseReferences("Căn cứ Hiến pháp năm 2013;");
    expect(constitution && formatReference(constitution, PROFILES["nha-nuoc"], "full")).toBe(
      "Hiến pháp năm 2013"
    );
    expect(constitution && formatReference(constitution, PROFILES["nha-nuoc"], "short")).toBe(
      "Hiến pháp năm 2013"
    );
    const [fullName] = parseReferences(
      "Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 2013;"
    );
    expect(fullName && formatReference(fullName, PROFILES["nha-nuoc"], "full")).toBe(
      "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 2013"
    );
    expect(fullName && formatReference(fullName, PROFILES["nha-nuoc"], "short")).toBe(
      "Hiến pháp năm 2013"
    );
    const [platform] = parseReferences(
      "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)"
    );
    expect(platform && formatReference(platform, PROFILES["dang-2026"], "full")).toBe(
      "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)"
    );
    expect(platform && formatReference(platform, PROFILES["dang-2026"], "short")).toBe(
      "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội"
    );
  });

  it("writes the Cương lĩnh chính trị by that name, and a lower-case điều lệ Đảng in capitals", () => {
    const [political] = parseReferences(
      "Cương lĩnh chính trị của Đảng (bổ sung, phát triển năm 2011)"
    );
    expect(political && formatReference(political, PROFILES["dang-2026"], "full")).toBe(
      "Cương lĩnh chính trị của Đảng (bổ sung, phát triển năm 2011)"
    );
    expect(political && formatReference(political, PROFILES["dang-2026"], "short")).toBe(
      "Cương lĩnh chính trị"
    );
    const [charter] = parseReferences("vi phạm điều lệ Đảng");
    expect(charter && formatReference(charter, PROFILES["dang-2026"], "full")).toBe("Điều lệ Đảng");
  });

  it("writes a number typed in mixed case in its own case", () => {
    const [directive] = parseReferences(
      "Chỉ thị số 38/Ct-TTg ngày 29/9/2020 của Thủ tướng Chính phủ"
    );
    expect(directive && formatReference(directive, PROFILES["nha-nuoc"], "full")).toBe(
      "Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ"
    );
  });

  it("writes an amending law by its whole name, and a date read after the issuer in its place", () => {
    const [amending] = parseReferences(
      "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019"
    );
    expect(amending && formatReference(amending, PROFILES["nha-nuoc"], "full")).toBe(
      "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019"
    );
    const [decree] = parseReferences(
      "Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020 về công tác văn thư"
    );
    expect(decree && formatReference(decree, PROFILES["nha-nuoc"], "full")).toBe(
      "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư"
    );
    const [lower] = parseReferences(
      "Quyết định số 12/qđ-ubnd do UBND tỉnh ban hành ngày 10/01/2024"
    );
    expect(lower && formatReference(lower, PROFILES["nha-nuoc"], "full")).toBe(
      "Quyết định số 12/QĐ-UBND ngày 10/01/2024 của UBND tỉnh"
    );
  });

  it("writes a law by name with its date in words", () => {
    expect(law && formatReference(law, PROFILES["nha-nuoc"], "full")).toBe(
      "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
    );
    expect(law && formatReference(law, PROFILES["nha-nuoc"], "short")).toBe(
      "Luật Tổ chức chính quyền địa phương"
    );
  });
});

describe("programme names and numbers that are not citations (real documents)", () => {
  it("reads a programme or project named by a bare number as a name, not a citation", () => {
    expect(
      parseReferences(
        "Tổ công tác triển khai Đề án 06 phối hợp thực hiện Dự án 4 (Dự án 4) thuộc Chương trình 135."
      )
    ).toEqual([]);
  });

  it("still reads a programme with its ký hiệu, and a type issued with a number, as citations", () => {
    const found = parseReferences(
      "Thực hiện Đề án số 06-ĐA/TU của Tỉnh ủy, phù hợp với Quyết định 749 và Chỉ thị 11."
    );
    expect(found.map((r) => [r.typeName, r.short])).toEqual([
      ["Đề án", false],
      ["Quyết định", true],
      ["Chỉ thị", true],
    ]);
  });

  it("does not count the letters of a document number as a use of a short form", () => {
    const text =
      "Văn bản số 1234/BNV-CCHC ngày 02/01/2026 của Bộ Nội vụ về cải cách hành chính (CCHC); công tác CCHC.";
    expect(findMentions(text, "CCHC").map((span) => text.slice(span.start, span.end))).toEqual([
      "CCHC",
    ]);
    expect(findMentions(text, "CCHC")[0]?.start).toBe(text.lastIndexOf("CCHC"));
  });
});

describe("the law and named-document pre-test", () => {
  // findHeads skips both searches where LAW_OR_NAMED does not match: it must match wherever either test can.
  it("matches every named document's written type and every text the law test looks for", () => {
    for (const named of NAMED_DOCUMENTS)
      for (const written of named.written) expect(LAW_OR_NAMED.test(`… ${written} …`)).toBe(true);
    for (const law of ["Luật", "luật", "Bộ luật", "Pháp lệnh", "pháp Lệnh"])
      expect(LAW_OR_NAMED.test(`theo ${law} Đất đai`)).toBe(true);
    expect(LAW_OR_NAMED.test("giải pháp và biện pháp trong Kết luận số 1300-KL/TU")).toBe(false);
  });
});
