// `thethuc new` keeps typed values verbatim except for safe normalisations, and says on stderr what it changed.

import { join } from "node:path";
import { thethuc } from "../helpers/cli";
import { normalisationNote } from "../../src/cli/keys";
import { tempDir } from "../helpers/tools";

const dir = tempDir("new-normalised");

describe("normalisationNote", () => {
  it.each([
    ["control characters", "Sở\u0007 Nội vụ", /điều khiển/],
    ["a lone surrogate", "Sở \ud800Nội vụ", /UTF-16/],
    ["NFD", "Sở Nội vụ".normalize("NFD"), /NFC/],
    ["doubled spaces", "Sở  Nội vụ ", /khoảng trắng/],
  ])("names %s", (_name, value, expected) => {
    expect(normalisationNote("co-quan", value)).toMatch(expected);
  });
  it.each(["Sở Nội vụ", '<Sở & "Nội" vụ>', "\u200fשלום 🇻🇳", "x".repeat(100_000)])(
    "says nothing for a value kept as typed",
    (value) => {
      expect(normalisationNote("co-quan", value)).toBeNull();
    }
  );
});

it("prints one line per normalised field on stderr and still writes the document", async () => {
  const output = join(dir, "qd.docx");
  const { code, stderr } = await thethuc([
    "new",
    "quyet-dinh",
    "--set",
    "co-quan=Ủy ban  nhân dân tỉnh\u0007 Lào Cai",
    "--set",
    `dia-danh=${"Lào Cai".normalize("NFD")}`,
    "--set",
    "ky-hieu=UBND",
    "-o",
    output,
  ]);
  expect(code).toBe(0);
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^thethuc: co-quan: .*điều khiển.*khoảng trắng/);
  expect(lines[1]).toMatch(/^thethuc: dia-danh: .*NFC/);
});
