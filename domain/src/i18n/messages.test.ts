import { botMessages, languageFromAcceptHeader, languageOf, problemMessages } from './messages';

describe('choosing the language', () => {
  it.each([
    [undefined, 'nl'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['fr-BE', 'nl'],
  ] as const)('maps locale %s to %s', (locale, expected) => expect(languageOf(locale)).toBe(expected));

  it.each([
    [null, 'nl'],
    ['', 'nl'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR, en;q=0.5, nl;q=0.8', 'nl'],
    ['de-DE, en;q=0.3', 'en'],
    ['de-DE', 'nl'],
    ['en;q=0, nl-BE', 'nl'],
  ] as const)('reads Accept-Language %p as %s', (header, expected) =>
    expect(languageFromAcceptHeader(header)).toBe(expected));
});

describe('catalogues', () => {
  it('has every problem message in Dutch and English, and they differ', () => {
    for (const [code, texts] of Object.entries(problemMessages)) {
      expect(texts.nl.length).toBeGreaterThan(5);
      expect(texts.en.length).toBeGreaterThan(5);
      expect([code, texts.nl]).not.toEqual([code, texts.en]);
    }
  });
  it('explains the bot in Dutch by default', () => {
    expect(botMessages.help.nl).toContain('loopbaangesprek');
    expect(botMessages.help.en).toContain('career conversation');
  });
});
