import { DOCUMENT_TYPES, PROFILE_IDS, PROFILES, SOURCES, sourceTags } from "../../src/conventions";

/** Every `source` string anywhere inside a rulebook value, with the path that leads to it. */
function sourcesIn(value: unknown, path: string): [string, string][] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "source" && typeof child === "string"
      ? [[`${path}.${key}`, child] as [string, string]]
      : sourcesIn(child, `${path}.${key}`)
  );
}

describe("the rulebook data", () => {
  it("cites a known source for every value, in every profile", () => {
    for (const id of PROFILE_IDS) {
      const sources = [
        ...sourcesIn(PROFILES[id], id),
        ...sourcesIn(DOCUMENT_TYPES[id], `${id}.types`),
      ];
      expect(sources.length).toBeGreaterThan(20);
      for (const [path, source] of sources) {
        for (const tag of sourceTags(source))
          expect({ path, tag, known: tag in SOURCES }).toEqual({ path, tag, known: true });
      }
    }
  });

  it("gives every header and drafting component a format the generator can write and the checker can accept", () => {
    for (const id of PROFILE_IDS) {
      const { header, drafting } = PROFILES[id];
      // The size rules read these rows (drafting: body, Nơi nhận, signature), so the generator cannot drift from them.
      for (const [key, format] of [...Object.entries(header), ...Object.entries(drafting)]) {
        if (typeof format !== "object" || !("sizePt" in format)) continue;
        const [min, max] = format.acceptPt;
        expect({ id, key, inRange: min <= format.sizePt && format.sizePt <= max }).toEqual({
          id,
          key,
          inRange: true,
        });
      }
      expect(() => new RegExp(header.number.pattern, "u")).not.toThrow();
      expect(() => new RegExp(header.placeDate.pattern, "u")).not.toThrow();
    }
  });

  it("holds the regime texts verbatim (conventions §3.1)", () => {
    expect(PROFILES["dang-2018"].header.partyTitle?.text).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(PROFILES["dang-2026"].header.star?.text).toBe("*");
    expect(PROFILES["nha-nuoc"].header.nationalName?.text).toBe(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    );
    expect(PROFILES["nha-nuoc"].header.motto?.text).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(PROFILES["nha-nuoc"].header.star).toBeUndefined();
  });

  it("generates margins inside the accepted ranges", () => {
    for (const id of PROFILE_IDS) {
      const { generate, accept } = PROFILES[id].page.margins;
      for (const side of ["top", "bottom", "left", "right"] as const) {
        expect(generate[side]).toBeGreaterThanOrEqual(accept[side][0]);
        expect(generate[side]).toBeLessThanOrEqual(accept[side][1]);
      }
    }
  });

  it("uses the type codes of NĐ30 Phụ lục III and the Party tables", () => {
    const code = (profile: (typeof PROFILE_IDS)[number], slug: string) =>
      DOCUMENT_TYPES[profile].find((t) => t.slug === slug)?.code;
    expect(code("nha-nuoc", "quy-dinh")).toBe("QyĐ");
    expect(code("nha-nuoc", "cong-van")).toBeNull();
    expect(code("dang-2018", "cong-van")).toBe("CV");
    expect(code("dang-2018", "ket-luan")).toBe("KL");
    expect(code("nha-nuoc", "to-trinh")).toBe("TTr");
  });

  it("rejects a malformed source citation", () => {
    expect(() => sourceTags("PL1 II.3")).toThrow(RangeError);
  });
});
