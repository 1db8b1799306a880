import { documentLocale, localeFromTag, personLocale, speakingLocale } from './language';

const dutchProfile = { locale: 'nl-NL' as const };

describe('the language Koers speaks to a person', () => {
  it("is the person's own choice in Koers above all", () => {
    expect(personLocale({ ...dutchProfile, directoryLanguage: 'nl-NL', chosenLocale: 'en-GB' })).toBe('en-GB');
  });

  it('is the directory language when they chose none', () => {
    expect(personLocale({ ...dutchProfile, directoryLanguage: 'en-US' })).toBe('en-GB');
    expect(personLocale({ ...dutchProfile, directoryLanguage: 'nl-BE' })).toBe('nl-BE');
  });

  it("is the organisation's language when the directory says none, or one Koers does not speak", () => {
    expect(personLocale(dutchProfile)).toBe('nl-NL');
    expect(personLocale({ locale: 'nl-BE', directoryLanguage: 'fr-BE' })).toBe('nl-BE');
  });

  it('never follows the Teams client for someone Koers knows', () => {
    expect(speakingLocale(dutchProfile, 'en-US')).toBe('nl-NL');
  });

  it('follows the Teams client only for someone Koers does not know', () => {
    expect(speakingLocale(undefined, 'en-US')).toBe('en-GB');
    expect(speakingLocale(undefined, 'nl-be')).toBe('nl-BE');
    expect(speakingLocale(undefined, 'de-DE')).toBe('nl-NL');
    expect(speakingLocale(undefined, undefined)).toBe('nl-NL');
  });

  it('maps language tags onto the three Koers speaks', () => {
    expect([localeFromTag('nl'), localeFromTag('NL-be'), localeFromTag('en'), localeFromTag('en_US'), localeFromTag('fr-FR'), localeFromTag(null)]).toEqual(['nl-NL', 'nl-BE', 'en-GB', 'en-GB', undefined, undefined]);
  });
});

describe('the language of documents with legal weight', () => {
  it('is Dutch in a Flemish organisation, whatever the person chose', () => {
    expect(documentLocale({ locale: 'nl-BE', chosenLocale: 'en-GB' }, { locale: 'nl-BE' })).toBe('nl-BE');
  });

  it("follows the person's language elsewhere", () => {
    expect(documentLocale({ locale: 'nl-NL', chosenLocale: 'en-GB' }, { locale: 'nl-NL' })).toBe('en-GB');
    expect(documentLocale({ locale: 'nl-NL' }, { locale: 'nl-NL' })).toBe('nl-NL');
  });
});
