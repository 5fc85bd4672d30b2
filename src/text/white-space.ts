// The white space that `trim` removes and `\s` matches, tested on one UTF-16 unit: hot loops that trim or split by hand
// ask this instead of running a pattern per character.

/** True when `text` is empty or white space only: `text.trim() === ""` without making the trimmed copy. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

/** True for a UTF-16 unit of ECMAScript's WhiteSpace or LineTerminator (what `\s` matches and `trim` removes). */
export function isWhiteSpaceUnit(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}
