import type { Locale, Person } from '../people';

export { LOCALES } from './locales';

/**
 * Which language Koers speaks to a person, one rule for everything it sends them (chat replies,
 * cards, reminders, the tab, meeting texts): their own choice in Koers; else the directory's
 * language for them; else the organisation's language (stamped on the person when they were
 * added). The Teams client's language only counts for someone Koers does not know: many Dutch
 * and Flemish employees run Teams in English and still expect Dutch from their HR tool.
 */

/** A language tag ("nl-be", "en-US", "nl") onto a locale Koers speaks; undefined for any other language. */
export function localeFromTag(tag: string | null | undefined): Locale | undefined {
  const lower = (tag ?? '').trim().toLowerCase().replace('_', '-');
  if (lower === 'nl-be') return 'nl-BE';
  if (lower === 'nl' || lower.startsWith('nl-')) return 'nl-NL';
  if (lower === 'en' || lower.startsWith('en-')) return 'en-GB';
  return undefined;
}

export type LanguageSources = Pick<Person, 'locale' | 'chosenLocale' | 'directoryLanguage'>;

/** The person's language by the rule above. */
export function personLocale(person: LanguageSources): Locale {
  return person.chosenLocale ?? localeFromTag(person.directoryLanguage) ?? person.locale;
}

/** For a message to someone Koers may not know: their language when known, else the client's (Dutch when that says nothing Koers speaks). */
export function speakingLocale(person: LanguageSources | undefined, clientLocale: string | null | undefined): Locale {
  return person ? personLocale(person) : (localeFromTag(clientLocale) ?? 'nl-NL');
}

/** "Nederlands" and "Nederlands (België)" are one language for the question "is this message in another language?". */
export function sameLanguage(a: Locale, b: Locale): boolean {
  return a.slice(0, 2) === b.slice(0, 2);
}

/**
 * The language of a document with legal weight for staff (the agreements PDF): an organisation in
 * Flanders writes them in Dutch whatever a person's chat language (the Flemish language decree
 * on the use of languages in labour relations); elsewhere they follow the person.
 */
export function documentLocale(person: LanguageSources, organisation: { locale: Locale }): Locale {
  return organisation.locale === 'nl-BE' ? 'nl-BE' : personLocale(person);
}
