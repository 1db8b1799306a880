import { describe, expect, it } from '@jest/globals';
import { acceptLanguage, toLocale, translator } from './locale';

describe('the tab’s locale', () => {
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

  it('greets in the words of the reader’s country', () => {
    expect(translator('nl-BE')('home.greeting', { firstName: 'An' })).toBe('Dag An');
    expect(translator('nl-NL')('home.greeting', { firstName: 'Sanne' })).toBe('Hoi Sanne');
    expect(translator('en-GB')('route.portfolio')).toBe('Portfolio');
  });
});
