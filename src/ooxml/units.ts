// Unit conversions for WordprocessingML; a bad value is a caller's mistake and throws a RangeError quoting it.

function check(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${what}: ${value} is not a finite non-negative length`);
  return value;
}

/** Millimetres → twentieths of a point (twips), as in pgSz, pgMar, ind, tcW. 20 mm = 1134. */
export function mmToTwips(mm: number): number {
  return Math.round((check(mm, "mm") * 1440) / 25.4);
}

/** Points → twips, as in spacing before/after/line. */
export function ptToTwips(pt: number): number {
  return Math.round(check(pt, "pt") * 20);
}

/** Points → half-points, as in w:sz. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(check(pt, "pt") * 2);
}

/** Points → eighths of a point, as in border w:sz. */
export function ptToEighths(pt: number): number {
  return Math.round(check(pt, "pt") * 8);
}
