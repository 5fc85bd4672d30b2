// Names of laws the general rule would cut short: they hold "của", a comma other than "Phòng, chống", or a linking word.

/**
 * Names of laws and ordinances (in force, or recently replaced and still cited), as the national database of legal
 * documents (vbpl.vn) titles them, with the year each was passed. The parser takes one of these whole before its general
 * rule, which ends a name at "của" (so that "Luật Đất đai năm 2024 của Quốc hội" ends before its issuer), at a comma and
 * at linking words ("theo", "tại", "với", "hiện"). Kept small: the names cited in practice that the rule gets wrong.
 */
export const LAW_NAMES: readonly (readonly [name: string, year: number])[] = [
  // "của"
  ["Phòng, chống tác hại của rượu, bia", 2019],
  ["Phòng, chống tác hại của thuốc lá", 2012],
  ["Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", 2015],
  ["Trách nhiệm bồi thường của Nhà nước", 2017],
  ["Xuất cảnh, nhập cảnh của công dân Việt Nam", 2019],
  ["Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam", 2014],
  // A comma
  ["Trật tự, an toàn giao thông đường bộ", 2024],
  ["Phòng cháy, chữa cháy và cứu nạn, cứu hộ", 2024],
  ["Cán bộ, công chức", 2008],
  ["Thi đua, khen thưởng", 2022],
  ["Khám bệnh, chữa bệnh", 2023],
  ["Tín ngưỡng, tôn giáo", 2016],
  ["Thể dục, thể thao", 2006],
  ["Phổ biến, giáo dục pháp luật", 2012],
  ["Chất lượng sản phẩm, hàng hóa", 2007],
  ["An toàn, vệ sinh lao động", 2015],
  ["Tài nguyên, môi trường biển và hải đảo", 2015],
  ["Quản lý, sử dụng tài sản công", 2017],
  ["Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", 2024],
  ["Thi hành tạm giữ, tạm giam", 2015],
  ["Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng", 2015],
  ["Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", 2023],
  ["Hòa giải, đối thoại tại Tòa án", 2020],
  ["Khoa học, công nghệ và đổi mới sáng tạo", 2025],
  // A linking word or a verb
  ["Thực hiện dân chủ ở cơ sở", 2022],
  ["Đầu tư theo phương thức đối tác công tư", 2020],
  ["Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", 2020],
  // Pháp lệnh
  ["Ưu đãi người có công với cách mạng", 2020],
];
