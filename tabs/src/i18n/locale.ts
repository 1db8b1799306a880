import type { Language, Locale } from '@koers/domain';
import { languageOf } from '@koers/domain';
import { en } from './en';
import type { Catalogue, MessageKey } from './nl';
import { nl } from './nl';
import { nlBE } from './nl-BE';

export type { Locale, Language };
export const DEFAULT_LOCALE: Locale = 'nl-NL';

/** Maps any locale tag (Teams gives e.g. "nl-be", "en-us") onto the three Koers speaks. */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en-GB';
  if (lower === 'nl-be') return 'nl-BE';
  return DEFAULT_LOCALE;
}

export function catalogueFor(locale: Locale): Catalogue {
  if (locale === 'en-GB') return en;
  if (locale === 'nl-BE') return { ...nl, ...nlBE };
  return nl;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogueFor(locale);
  return (key, vars) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

export function languageFor(locale: Locale): Language {
  return languageOf(locale);
}

/** Accept-Language for the API: the UI locale first, then the other catalogue language. */
export function acceptLanguage(locale: Locale): string {
  return languageOf(locale) === 'en' ? `${locale}, en;q=0.9, nl;q=0.5` : `${locale}, nl;q=0.9, en;q=0.5`;
}
