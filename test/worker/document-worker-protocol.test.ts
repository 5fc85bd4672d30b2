// The pieces long lists cross between the pane and its document worker in: in order, nothing lost or repeated, each
// within its budget unless one item alone is longer.
import { PIECE_CHARACTERS, PIECE_ITEMS, piecesOf } from "../../src/worker/document-worker-protocol";

const length = (text: string) => text.length;

describe("piecesOf", () => {
  it("keeps every item once, in order, each piece within the budget", () => {
    const texts = Array.from({ length: 2670 }, (_, index) => "Căn cứ ".repeat(1 + (index % 40)));
    const pieces = piecesOf(texts, length);
    expect(pieces.flat()).toEqual(texts);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeGreaterThan(0);
      expect(piece.reduce((sum, text) => sum + text.length, 0)).toBeLessThanOrEqual(
        PIECE_CHARACTERS
      );
    }
    // A piece is closed only when the next item would not fit.
    for (let index = 0; index + 1 < pieces.length; index += 1) {
      const size = (pieces[index] ?? []).reduce((sum, text) => sum + text.length, 0);
      expect(size + (pieces[index + 1]?.[0]?.length ?? 0)).toBeGreaterThan(PIECE_CHARACTERS);
    }
  });

  it("gives an item longer than the budget a piece of its own, nothing for nothing, and items of no length together", () => {
    expect(piecesOf(["ab", "abcdefgh", "c", "d"], length, 4)).toEqual([
      ["ab"],
      ["abcdefgh"],
      ["c", "d"],
    ]);
    expect(piecesOf([], length)).toEqual([]);
    // Items of no length cost nothing: they share a piece.
    expect(piecesOf(["", ""], length, 0)).toEqual([["", ""]]);
  });

  it("holds at most PIECE_ITEMS items a piece, so 200,000 empty paragraphs are appended piece by piece without overflowing the stack", () => {
    const texts = Array.from({ length: 200_000 }, () => "");
    const pieces = piecesOf(texts, length);
    expect(pieces.length).toBe(Math.ceil(200_000 / PIECE_ITEMS));
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(PIECE_ITEMS);
    // What the pane and the worker do with each piece as it arrives.
    const received: string[] = [];
    for (const piece of pieces) received.push(...piece);
    expect(received).toHaveLength(200_000);
  });
});
