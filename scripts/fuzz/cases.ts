// The worst inputs issue 15 reports, rebuilt from generators (nothing large is stored).

import {
  largeDocumentDocx,
  lyingPackedSizeDocx,
  manyLargePartsDocx,
  storedDocx,
  tinyDocx,
  zip64EntryCountDocx,
} from "../../test/helpers/hostile";

export interface WorstCase {
  readonly name: string;
  readonly bytes: () => Uint8Array;
}

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export const WORST_CASES: readonly WorstCase[] = [
  { name: "zip64 268M entries", bytes: () => zip64EntryCountDocx() },
  { name: "lying packed size, 120 MB", bytes: () => lyingPackedSizeDocx(120) },
  { name: "250 parts of 1 MB", bytes: () => manyLargePartsDocx(250) },
  { name: "document.xml 30 MB varied", bytes: () => largeDocumentDocx(30) },
  {
    name: "jc=constructor",
    bytes: () =>
      tinyDocx(`<w:p><w:pPr><w:jc w:val="constructor"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`),
  },
  {
    name: "Luật Đất đai (LĐĐ) × 8000",
    bytes: () => storedDocx(para("Luật Đất đai (LĐĐ), ".repeat(8000))),
  },
  {
    name: "one letter + 100k combining marks",
    bytes: () => {
      const marks = [
        "\u0301",
        "\u0300",
        "\u0323",
        "\u0309",
        "\u0303",
        "\u0302",
        "\u0306",
        "\u031b",
      ];
      let text = "a";
      for (let i = 0; i < 100_000; i++) text += marks[(i * 7) % marks.length];
      return storedDocx(para(text));
    },
  },
  {
    name: "1.6 MB paragraph of official wording",
    bytes: () =>
      storedDocx(
        para(
          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành thực hiện. ".repeat(
            Math.ceil(1.6e6 / 150)
          )
        )
      ),
  },
  {
    name: "5 MB paragraph of official wording",
    bytes: () =>
      storedDocx(
        para(
          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành thực hiện. ".repeat(
            Math.ceil(5e6 / 150)
          )
        )
      ),
  },
  { name: "30 MB run of one letter", bytes: () => storedDocx(para("a".repeat(30e6))) },
  { name: "30 MB run of words", bytes: () => storedDocx(para("văn bản ".repeat(30e6 / 8))) },
];
