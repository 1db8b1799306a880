import { nl } from './catalogue';
import { createTranslator, toLocale } from './translator';

const nlNL = createTranslator('nl-NL');
const nlBE = createTranslator('nl-BE');
const enGB = createTranslator('en-GB');

describe('the text engine', () => {
  it('fills arguments and falls back to Dutch for a Flemish text without an override', () => {
    expect(nlNL('home.greeting', { firstName: 'Sanne' })).toBe('Hoi Sanne');
    expect(nlBE('home.greeting', { firstName: 'An' })).toBe('Dag An');
    expect(nlBE('team.title')).toBe(nl['team.title']);
    expect(enGB('route.portfolio')).toBe('Portfolio');
  });

  it('counts one minute, two minutes and no minutes in each language', () => {
    expect([0, 1, 2].map((minutes) => nlNL('canvas.timebox.left', { minutes }))).toEqual([
      'Nog 0 minuten voor deze fase',
      'Nog 1 minuut voor deze fase',
      'Nog 2 minuten voor deze fase',
    ]);
    expect([0, 1, 2].map((minutes) => enGB('canvas.timebox.left', { minutes }))).toEqual([
      '0 minutes left for this phase',
      '1 minute left for this phase',
      '2 minutes left for this phase',
    ]);
    expect([1, 14].map((days) => nlNL('settings.daysBeforeOption', { days }))).toEqual(['1 dag van tevoren', '14 dagen van tevoren']);
    expect([1, 45].map((days) => enGB('reminders.everyDays', { days }))).toEqual(['Every day', 'Every 45 days']);
    expect([1, 2.5].map((hours) => enGB('pop.hoursValue', { hours }))).toEqual(['1 hour', '2.5 hours']);
    expect(nlNL('pop.hoursValue', { hours: 2.5 })).toBe('2,5 uur');
  });

  it('says how many plans follow tonight without "de overige 1 volgen"', () => {
    expect(nlNL('settings.savedPending', { count: 400, pending: 1 })).toContain('van 400 goedgekeurde plannen zijn meteen aangepast; het andere plan volgt vannacht.');
    expect(nlNL('settings.savedPending', { count: 1, pending: 3 })).toContain('van 1 goedgekeurd plan zijn meteen aangepast; de overige 3 volgen vannacht.');
    expect(nlNL('settings.savedPending', { count: 0, pending: 1 })).toContain('De herinneringen van het goedgekeurde plan worden vannacht aangepast.');
    expect(nlBE('settings.savedPending', { count: 400, pending: 1600 })).toMatch(/^Bewaard\. .*de overige 1\.600 volgen vannacht\./);
    expect(enGB('settings.savedPending', { count: 2, pending: 1 })).toContain('the other one follows tonight');
    expect([0, 1, 12].map((count) => nlNL('settings.saved', { count }))).toEqual([
      'Opgeslagen. Er is nog geen goedgekeurd plan; elk nieuw plan volgt deze standaard.',
      'Opgeslagen. De herinneringen van het ene goedgekeurde plan zijn meteen aangepast.',
      'Opgeslagen. De herinneringen van 12 goedgekeurde plannen zijn meteen aangepast.',
    ]);
  });

  it('counts the goals a digest leaves out without "en nog 1 doelen"', () => {
    expect([1, 3].map((count) => nlNL('reminder.digestMore', { count }))).toEqual(['en nog 1 doel', 'en nog 3 doelen']);
    expect([1, 3].map((count) => enGB('reminder.digestMore', { count }))).toEqual(['and 1 more goal', 'and 3 more goals']);
  });

  it('keeps the quotes around a check-in note and fills the note in', () => {
    expect(nlNL('reminder.recordedWithNote', { status: 'op koers', note: 'loopt goed' })).toBe("Vastgelegd: op koers — 'loopt goed'");
  });

  it('speaks of the reader as "jou", never "Door jij"', () => {
    expect(nlNL('canvas.author', { who: 'me', name: 'Sanne de Vries' })).toBe('Door jou');
    expect(nlNL('canvas.author', { who: 'other', name: 'Sanne de Vries' })).toBe('Door Sanne de Vries');
    expect(enGB('canvas.editingBy', { who: 'me', name: 'Sanne' })).toBe('You are typing here');
    expect(enGB('canvas.editingBy', { who: 'other', name: 'Sanne' })).toBe('Sanne is typing here');
    expect(nlNL('canvas.cardLabel', { who: 'other', name: 'Ahmed', section: 'Wensen' })).toBe('Kaart van Ahmed in Wensen');
  });

  it('never puts a sentence dot right after an organisation name that ends in one', () => {
    expect(nlNL('settings.intro', { organisation: 'Installatiebedrijf Hendriks B.V.' })).not.toContain('B.V..');
    expect(enGB('settings.intro', { organisation: 'Installatiebedrijf Hendriks B.V.' })).not.toContain('B.V..');
  });

  it('leaves apostrophes as they are', () => {
    expect(enGB('settings.hrOnly')).toBe("Only HR can view and change the organisation's settings.");
  });

  it('asks for exactly the values a text uses, and fails loudly without them', () => {
    // @ts-expect-error the greeting needs a first name
    expect(() => nlNL('home.greeting')).toThrow(/firstName/);
    // @ts-expect-error a count of minutes is a number
    expect(nlNL('canvas.timebox.left', { minutes: 'twee' })).not.toBe('Nog twee minuten voor deze fase');
    // @ts-expect-error the author line needs to know whether the reader wrote it
    expect(() => nlNL('canvas.author', { name: 'Sanne' })).toThrow(/who/);
  });

  it('hands every caller of a locale the same translator, so each text is parsed once', () => {
    expect(createTranslator('nl-NL')).toBe(nlNL);
    expect(toLocale('nl-be')).toBe('nl-BE');
    expect(toLocale('en-US')).toBe('en-GB');
    expect(toLocale(undefined)).toBe('nl-NL');
  });
});
