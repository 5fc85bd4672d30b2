// Lookups in plain-object tables by a key that came from a file or a user.

/**
 * `table[key]` when the table itself holds `key`; undefined for keys it only inherits from Object.prototype
 * ("constructor", "__proto__", "toString"…), which a document or a command line can name as easily as any other.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
