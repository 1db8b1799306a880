/**
 * The language of a locale, for the texts that still come in per-language pairs (the preparation
 * questions). Koers' sentences live in @koers/texts; its locales are `Locale` (people.ts).
 */

export type Language = 'nl' | 'en';

/** nl-NL, nl-BE, nl → nl; en-* → en; anything else falls back to Dutch (Dutch first). */
export function languageOf(locale: string | undefined | null): Language {
  if (!locale) return 'nl';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Picks the language from an Accept-Language header by q-weight; Dutch when nothing matches. */
export function languageFromAcceptHeader(header: string | undefined | null): Language {
  if (!header) return 'nl';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
