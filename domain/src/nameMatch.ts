/**
 * Finding the person a manager means when they type a name in chat ("plan een gesprek met
 * Sanne", "… met mevrouw de Wit", "… met Sane"). Pure: the caller passes the people to choose
 * from (the manager's reports), so matching never reaches outside that list.
 *
 * Names are compared folded (case, diacritics, punctuation), against the first name, the full
 * name, the surname with and without its tussenvoegsel ("de Wit", "Wit") and first name plus
 * surname without it ("Linda Wit"). A typo is forgiven in proportion to the name's length, so
 * "Kes" does not become "Kees" by accident but "Sane" finds Sanne.
 */

export interface NamedPerson {
  displayName: string;
}

export type NameMatch<T extends NamedPerson> =
  | { kind: 'one'; person: T }
  /** More than one person fits equally well: ask which one. */
  | { kind: 'ambiguous'; candidates: T[] }
  /** Nobody fits: the closest names, best first (at most three). */
  | { kind: 'none'; suggestions: T[] };

/**
 * Dutch and Flemish surname prefixes, plus the Arabic article common in Dutch names
 * ("El Amrani"); people often leave them out or write them differently.
 */
const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', 't', 'ter', 'ten', 'te', 'in', 'op', 'vanden', 'vander', 'le', 'la', 'du', 'd', 'el', 'al']);

const MAX_SUGGESTIONS = 3;

/** Lower case, without diacritics or punctuation, single spaces: "Noor  Visser-Çelik" → "noor visser celik". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours cost 1. */
export function damerauLevenshtein(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

/** How many typos a name of this length may carry and still be recognised. */
export function typoTolerance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** Every way someone may reasonably write this person's name, folded. */
export function nameKeys(displayName: string): string[] {
  const words = foldName(displayName).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const [first, ...rest] = words as [string, ...string[]];
  const keys = new Set<string>([words.join(' '), first]);
  if (rest.length > 0) {
    keys.add(rest.join(' '));
    const core = rest.filter((word) => !TUSSENVOEGSELS.has(word));
    if (core.length > 0 && core.length < rest.length) {
      keys.add(core.join(' '));
      keys.add([first, ...core].join(' '));
    }
  }
  return [...keys];
}

/** "San" for Sanne, "Linda d W" for Linda de Wit: every typed word starts the matching word. */
function isWordPrefix(query: string, key: string): boolean {
  const typed = query.split(' ');
  const words = key.split(' ');
  return typed.length === words.length && typed.every((word, i) => (words[i] ?? '').startsWith(word));
}

/** 0 is exact; a started name ranks just after exact and before any typo. */
const PREFIX_DISTANCE = 0.5;

function distanceTo(query: string, displayName: string): number {
  return Math.min(
    ...nameKeys(displayName).map((key) => {
      if (key === query) return 0;
      if (query.length >= 2 && isWordPrefix(query, key)) return PREFIX_DISTANCE;
      return damerauLevenshtein(query, key);
    }),
  );
}

export function matchName<T extends NamedPerson>(typed: string, people: readonly T[]): NameMatch<T> {
  const query = foldName(typed);
  const scored = people
    .map((person, index) => ({ person, index, distance: query ? distanceTo(query, person.displayName) : Number.POSITIVE_INFINITY }))
    // Stable: equal distances keep the caller's order (the directory's, usually alphabetical).
    .sort((a, b) => a.distance - b.distance || a.index - b.index);
  const best = scored[0];
  if (!query || !best || best.distance > Math.max(typoTolerance(query.length), PREFIX_DISTANCE)) {
    return { kind: 'none', suggestions: query ? scored.slice(0, MAX_SUGGESTIONS).map((s) => s.person) : [] };
  }
  const tied = scored.filter((s) => s.distance === best.distance).map((s) => s.person);
  return tied.length === 1 ? { kind: 'one', person: best.person } : { kind: 'ambiguous', candidates: tied };
}
