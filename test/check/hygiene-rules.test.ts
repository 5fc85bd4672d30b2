import { checkSnapshot } from "../../src/check/engine";
import { RULES } from "../../src/check/rules";
import { indexOf, sample } from "../../src/check/samples";
import type { Finding, Rule, ToneStylePreference } from "../../src/check/types";
import type { ProfileId } from "../../src/conventions";
import type { Snapshot } from "../../src/ooxml/snapshot";

// The hygiene rules of issue 6 beyond their examples: exactly what they report, and the fixes they offer.
const rule = (id: string) => RULES.find((r) => r.meta.id === id) as Rule;
const run = (
  id: string,
  snapshot: Snapshot,
  options: { profile?: ProfileId; toneStyle?: ToneStylePreference } = {}
) => checkSnapshot(snapshot, { rules: [rule(id)], ...options }).findings;
const replacement = (finding: Finding) =>
  finding.fix?.kind === "text" ? finding.fix.replacement : null;
const state = (article2: string) => sample("nha-nuoc", { article2: { text: article2 } }).snapshot;
const ARTICLE2 = indexOf("nha-nuoc", "article2");

describe("capitalization/institutions", () => {
  it("capitalises each word naming the State, the People, the Party, and only that word", () => {
    const findings = run(
      "capitalization/institutions",
      state(
        "Điều 2. Chấp hành chủ trương của đảng và nhà nước, chính sách của nhà nước; vận động nhân dân, đưa pháp luật đến nhân dân; Điều lệ đảng kể từ ngày ký."
      )
    );
    expect(findings.map((f) => [f.text, replacement(f), f.severity])).toEqual([
      ["đảng", "Đảng", "warning"],
      ["nhà nước", "Nhà nước", "warning"],
      ["nhà nước", "Nhà nước", "warning"],
      ["nhân dân", "Nhân dân", "warning"],
      ["nhân dân", "Nhân dân", "warning"],
      ["đảng", "Đảng", "warning"],
    ]);
    expect(findings[0]?.source).toBe("[PL2 V.1][PL2 V.4]");
  });

  it("leaves modifiers, names and compounds in lower case", () => {
    expect(
      run(
        "capitalization/institutions",
        state(
          "Điều 2. Quản lý nhà nước về khoáng sản; doanh nghiệp nhà nước; ngân sách nhà nước; cơ quan nhà nước có thẩm quyền; Ủy ban nhân dân, Hội đồng nhân dân, Tòa án nhân dân; Công an nhân dân; cán bộ, đảng viên; tổ chức đảng; của đảng viên; của đảng bộ; xây dựng đảng bộ kể từ ngày ký."
        )
      )
    ).toEqual([]);
  });

  it("reads “nhà nước Cộng hòa …” as the State whatever comes before", () => {
    const findings = run(
      "capitalization/institutions",
      state(
        "Điều 2. Pháp luật nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam có hiệu lực kể từ ngày ký."
      )
    );
    expect(findings.map((f) => f.text)).toEqual(["nhà nước"]);
  });
});

describe("capitalization/sentence-start", () => {
  it("fixes only the first letter, and says which word", () => {
    const [finding, ...rest] = run(
      "capitalization/sentence-start",
      state("Điều 2. Quyết định này có hiệu lực. đối với các đơn vị, thực hiện kể từ ngày ký.")
    );
    expect(rest).toEqual([]);
    expect(finding?.message).toBe("Sau dấu kết thúc câu, “đối” phải viết hoa: “Đối”");
    expect(finding?.fix).toEqual({
      kind: "text",
      paragraph: ARTICLE2,
      start: "Điều 2. Quyết định này có hiệu lực. ".length,
      end: "Điều 2. Quyết định này có hiệu lực. đ".length,
      replacement: "Đ",
    });
  });

  it("leaves a paragraph that continues a sentence cut after a comma", () => {
    const snapshot = sample("nha-nuoc", {
      article1: { text: "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở," },
      article2: { text: "các phòng, đơn vị thuộc Sở có trách nhiệm thực hiện kể từ ngày ký." },
    }).snapshot;
    expect(run("capitalization/sentence-start", snapshot)).toEqual([]);
  });
});

describe("spelling/typing-leftover", () => {
  it("suggests the decoded word, in the token's case and the document's tone style", () => {
    const findings = run(
      "spelling/typing-leftover",
      state(
        "Điều 2. Dduwowcj ban hành và nayf thi hành, bảo đảm hoà thuận, thuỷ lợi, hoaf hợp kể từ ngày ký."
      )
    );
    // The document writes “hoà, thuỷ” more than “HÒA” (its Quốc hiệu), so “hoaf” becomes “hoà”.
    expect(findings.map((f) => [f.text, replacement(f)])).toEqual([
      ["Dduwowcj", "Được"],
      ["nayf", "này"],
      ["hoaf", "hoà"],
    ]);
    expect(findings[0]?.message).toMatch(/chữ gõ Telex/);
  });

  it("follows the chosen tone style over the document's", () => {
    const findings = run(
      "spelling/typing-leftover",
      state("Điều 2. Bảo đảm hoà thuận, thuỷ lợi, hoaf hợp kể từ ngày ký."),
      { toneStyle: "first" }
    );
    expect(findings.map(replacement)).toEqual(["hòa"]);
  });

  it("never reads English among English, a capitalised weak key, nor a unit", () => {
    expect(
      run(
        "spelling/typing-leftover",
        state(
          "Điều 2. Báo cáo “cats and trees” của Dự án Bees, công suất 50 mw, phòng số 3a có hiệu lực kể từ ngày ký."
        )
      )
    ).toEqual([]);
  });
});

describe("spelling/tone-style with a preference", () => {
  const consistent = state("Điều 2. Bảo đảm hoà hợp, thuỷ lợi, có hiệu lực kể từ ngày ký.");

  it("reports nothing in a consistent document unless another style is chosen", () => {
    // The sample's Quốc hiệu writes “HÒA”: make the whole document hoà-style.
    const snapshot = sample("nha-nuoc", {
      nationalName: { text: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
      article2: { text: "Điều 2. Bảo đảm hoà hợp, thuỷ lợi, có hiệu lực kể từ ngày ký." },
    }).snapshot;
    expect(run("spelling/tone-style", snapshot)).toEqual([]);
    expect(run("spelling/tone-style", snapshot, { toneStyle: "second" })).toEqual([]);
    const chosen = run("spelling/tone-style", snapshot, { toneStyle: "first" });
    expect(chosen.map((f) => [f.text, replacement(f)])).toEqual([
      ["HOÀ", "HÒA"],
      ["hoà", "hòa"],
      ["thuỷ", "thủy"],
    ]);
    expect(chosen[1]?.message).toBe("“hoà” đặt dấu khác kiểu đã chọn (hòa, ủy); nên viết “hòa”");
  });

  it("with a preference, still never fixes a name", () => {
    const findings = run(
      "spelling/tone-style",
      state("Điều 2. Ông Nguyễn Văn Thủy có hiệu lực kể từ ngày ký."),
      { toneStyle: "second" }
    );
    const name = findings.find((f) => f.text === "Thủy");
    expect(name?.fix).toBeUndefined();
    expect(name?.message).toMatch(/nếu là tên riêng thì giữ nguyên/);
    expect(consistent).toBeDefined();
  });
});

describe("structure/closing-mark: “./.” once, at the end", () => {
  const ARTICLE3 = indexOf("nha-nuoc", "article3");
  const closing = (article3: string) =>
    run("structure/closing-mark", sample("nha-nuoc", { article3: { text: article3 } }).snapshot);

  it("reports the first of two marks typed at the end, and offers no mark more", () => {
    const text = "Điều 3. Chánh Văn phòng Sở thi hành Quyết định này./../.";
    expect(closing(text).map((f) => [f.paragraph, f.start, f.messages.en])).toEqual([
      [ARTICLE3, text.length - 6, "“./.” goes once, at the very end of the body"],
    ]);
  });

  it("reports a mark with text after it, and does not add another at the end", () => {
    const findings = closing("Điều 3. Chánh Văn phòng Sở thi hành./. Các đơn vị thực hiện.");
    expect(findings.map((f) => [f.text, f.fix])).toEqual([["./.", undefined]]);
  });

  it("still asks for the mark when the body simply lacks it", () => {
    const findings = closing("Điều 3. Chánh Văn phòng Sở thi hành Quyết định này.");
    expect(findings.map((f) => [f.messages.en, replacement(f)])).toEqual([
      ["State documents usually end the body with “./.”", "./."],
    ]);
  });
});
