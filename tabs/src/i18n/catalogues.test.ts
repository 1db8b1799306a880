import { describe, expect, it } from '@jest/globals';
import { en } from './en';
import { acceptLanguage, toLocale, translator } from './locale';
import { nl } from './nl';
import { nlBE } from './nl-BE';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the tab catalogues', () => {
  it('use the same placeholders in every language for every key', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(nl[key]) });
      const flemish = nlBE[key];
      if (flemish !== undefined) {
        expect({ key, placeholders: placeholders(flemish) }).toEqual({ key, placeholders: placeholders(nl[key]) });
      }
    }
  });

  it('only override a Dutch text in nl-BE where the wording really differs', () => {
    for (const [key, text] of Object.entries(nlBE)) {
      expect({ key, text }).not.toEqual({ key, text: nl[key as keyof typeof nl] });
    }
  });

  it('fill placeholders and fall back to Dutch for Flemish texts without an override', () => {
    expect(translator('nl-BE')('home.greeting', { firstName: 'An' })).toBe('Dag An');
    expect(translator('nl-NL')('home.greeting', { firstName: 'Sanne' })).toBe('Hoi Sanne');
    expect(translator('nl-BE')('team.title')).toBe(nl['team.title']);
    expect(translator('en-GB')('route.hr')).toBe('HR insights');
  });
});

describe('toLocale', () => {
  it('maps Teams locale tags onto the locales Koers speaks, Dutch by default', () => {
    expect(toLocale('nl-be')).toBe('nl-BE');
    expect(toLocale('nl-NL')).toBe('nl-NL');
    expect(toLocale('en-us')).toBe('en-GB');
    expect(toLocale('de-de')).toBe('nl-NL');
    expect(toLocale(undefined)).toBe('nl-NL');
  });

  it('asks the API for the UI language first', () => {
    expect(acceptLanguage('nl-BE')).toMatch(/^nl-BE, nl;q=0\.9/);
    expect(acceptLanguage('en-GB')).toMatch(/^en-GB, en;q=0\.9/);
  });
});
