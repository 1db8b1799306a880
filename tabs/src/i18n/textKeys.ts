/**
 * Which of the tab's Dutch texts travel with which code (vite.config.ts, dutchTextsWithTheirCode):
 * a module carries the texts whose keys it spells, so a page's chunk brings its own texts and the
 * first screen only those of the shell and the home page.
 */

/** A string the code spells: a literal, or (`open`) the start of a template before its first `${…}`. */
export interface SpelledString {
  text: string;
  open: boolean;
}

/**
 * The keys of `keys` that these strings name: a literal equal to a key, and every key a template
 * could make (`pop.route.${route}` names all of `pop.route.*`). A template starting without a
 * dotted prefix names none: the tab builds keys only from a literal head.
 */
export function textKeysNamed(strings: Iterable<SpelledString>, keys: readonly string[]): string[] {
  const known = new Set(keys);
  const named = new Set<string>();
  for (const { text, open } of strings) {
    if (!open) {
      if (known.has(text)) named.add(text);
    } else if (text.includes('.')) {
      for (const key of keys) if (key.startsWith(text)) named.add(key);
    }
  }
  return [...named];
}
