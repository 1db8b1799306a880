import { describe, expect, it } from '@jest/globals';
import { acceptLanguage, loadedTranslator, loadTranslator, toLocale } from './locale';

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

  it('greets in the words of the reader’s country', async () => {
    expect((await loadTranslator('nl-BE'))('home.greeting', { firstName: 'An' })).toBe('Dag An');
    expect((await loadTranslator('nl-NL'))('home.greeting', { firstName: 'Sanne' })).toBe('Hoi Sanne');
    expect((await loadTranslator('en-GB'))('route.portfolio')).toBe('Portfolio');
  });

  it('has Dutch at hand from the start and fetches another language the first time it is read', async () => {
    expect(loadedTranslator('nl-NL')?.('route.home')).toBe('Start');
    const english = loadTranslator('en-GB');
    expect(await english).toBe(loadedTranslator('en-GB'));
    expect((await english)('route.home')).toBe('Home');
  });

  it('speaks Flemish where its wording differs and Dutch everywhere else', async () => {
    const flemish = await loadTranslator('nl-BE');
    expect(flemish('app.loading')).toBe('Koers wordt geladen, even geduld…');
    expect(flemish('route.home')).toBe(loadedTranslator('nl-NL')?.('route.home'));
  });
});
