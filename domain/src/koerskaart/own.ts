/**
 * Reads a key only if the object itself has it. Card ids and replica ids are user-supplied keys;
 * a plain `record[key]` would find `constructor` or `toString` on Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
