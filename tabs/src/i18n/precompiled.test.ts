import { describe, expect, it } from '@jest/globals';
import { translatorOver } from '@koers/texts';
import { tabEn } from '@koers/texts/src/tab/en';
import { tabNl, type TabKey } from '@koers/texts/src/tab/nl';
import { tabNlBE } from '@koers/texts/src/tab/nl-BE';
import { messageOptions } from '@koers/texts/src/translator';
import { IntlMessageFormat } from 'intl-messageformat';
import { isPlainText, PARSE_OPTIONS, precompiled } from './precompiled';

const catalogues = [
  ['nl-NL', tabNl],
  ['en-GB', tabEn],
  ['nl-BE', tabNlBE],
] as const;

describe('the tab’s texts as its build ships them', () => {
  it('are parsed with the options the translator parses with', () => {
    expect(PARSE_OPTIONS).toEqual(messageOptions);
  });

  it('show a text left unparsed exactly as the translator would have formatted it', () => {
    for (const [locale, texts] of catalogues) {
      for (const text of Object.values<string>(texts).filter(isPlainText)) {
        expect(new IntlMessageFormat(text, locale, undefined, messageOptions).format()).toBe(text);
      }
    }
  });

  it('format a parsed text, written into the build and read back, as the text itself', () => {
    const built = (locale: 'nl-NL' | 'en-GB', text: (key: TabKey) => string) =>
      translatorOver<TabKey>(locale, (key) => JSON.parse(JSON.stringify(precompiled(text(key), locale))) as string);
    const fromText = translatorOver<TabKey>('nl-NL', (key) => tabNl[key]);
    const fromBuild = built('nl-NL', (key) => tabNl[key]);
    expect(fromBuild('home.greeting', { firstName: 'Sanne' })).toBe(fromText('home.greeting', { firstName: 'Sanne' }));
    expect(fromBuild('home.sees.plans', { count: 2 })).toBe('Je 2 POP’s en de voortgang die je erin vastlegt');
    expect(fromBuild('pop.card.progressValue', { value: 0.4 })).toBe(fromText('pop.card.progressValue', { value: 0.4 }));
    expect(built('en-GB', (key) => tabEn[key])('pop.card.progressValue', { value: 0.4 })).toBe('40%');
  });
});
