/**
 * Fractional order keys: a card's position within its section is a string that sorts between its
 * neighbours' keys, so a move writes one card and never renumbers the others (the scheme of
 * Excalidraw's and rocicorp's `fractional-indexing`, fractional part only). Keys are base-62 digits
 * in ASCII order and never end in the zero digit, so there is always room below a key as well.
 * Two people inserting at the same spot at once get the same key; cards then sort by id, which is
 * deterministic on every replica.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = '0';

/** Long enough for ~2,500 appends in one section; far beyond the 500-card limit. */
export const MAX_ORDER_KEY_LENGTH = 512;
export const ORDER_KEY_PATTERN = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

export function isOrderKey(key: string): boolean {
  return key.length <= MAX_ORDER_KEY_LENGTH && ORDER_KEY_PATTERN.test(key);
}

function digit(s: string, i: number): number {
  return DIGITS.indexOf(s[i] ?? ZERO);
}

/** A key strictly between `a` and `b` (b = null: no upper bound); `a` may be '' (the bottom). */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while (n < b.length && (a[n] ?? ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? digit(a, 0) : 0;
  const digitB = b !== null ? digit(b, 0) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS[Math.round((digitA + digitB) / 2)] as string;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (DIGITS[digitA] as string) + midpoint(a.slice(1), null);
}

/** A key that sorts after `before` and before `after`; either may be absent (start / end). */
export function orderKeyBetween(before: string | undefined, after: string | undefined): string {
  for (const key of [before, after]) {
    if (key !== undefined && !ORDER_KEY_PATTERN.test(key)) throw new RangeError(`not an order key: ${key}`);
  }
  if (before !== undefined && after !== undefined && before >= after) {
    throw new RangeError(`order keys out of order: ${before} >= ${after}`);
  }
  return midpoint(before ?? '', after ?? null);
}

/**
 * The key for inserting at `index` into a section whose keys are `sortedKeys` (ascending, the
 * moving card itself left out). Equal neighbouring keys (from concurrent inserts) are stepped
 * over, so the new key lands right after the run of equal keys instead of failing.
 */
export function orderKeyForIndex(sortedKeys: readonly string[], index: number): string {
  const at = Math.max(0, Math.min(index, sortedKeys.length));
  const before = at > 0 ? sortedKeys[at - 1] : undefined;
  const after = sortedKeys.slice(at).find((key) => before === undefined || key > before);
  return orderKeyBetween(before, after);
}
