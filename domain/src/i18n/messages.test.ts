import { languageFromAcceptHeader, languageOf } from './messages';

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
