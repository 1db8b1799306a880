import { plainText, chatTranslator } from './chatText';

/** What Teams' markdown would turn into a link or emphasis: an unescaped `[…](` or `**…**` / `_…_`. */
const LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;
const EMPHASIS = /(?<!\\)\*\*[^*]+(?<!\\)\*\*|(?<![\\\w])_[^_]+(?<!\\)_/;

describe('text people typed, shown in Teams chat', () => {
  it('shows a link written in a goal title as its characters, not as a link', () => {
    const shown = plainText('[Klik hier](https://phish.example/login) voor je bonus');
    expect(shown).not.toMatch(LINK);
    expect(shown).toBe('\\[Klik hier\\](https://phish.example/login) voor je bonus');
  });

  it('shows stars and underscores as typed, not as bold or italic', () => {
    expect(plainText('**dringend** en _nu_')).not.toMatch(EMPHASIS);
    expect(plainText('**dringend** en _nu_')).toBe('\\*\\*dringend\\*\\* en \\_nu\\_');
  });

  it('does not turn a note into a heading, quote or list', () => {
    expect(plainText('# Kop\n> citaat\n- punt\n1. eerste')).toBe('\\# Kop\n\\> citaat\n\\- punt\n1\\. eerste');
  });

  it('leaves ordinary Dutch text as it is', () => {
    const text = "Presenteren voor klanten (Q3), met Anne-Marie en Jan 't Hart: 2 keer.";
    expect(plainText(text)).toBe(text);
  });

  it('escapes the values put into a catalogue text but keeps the catalogue\'s own bold', () => {
    const t = chatTranslator('nl-NL');
    const line = t('bot.pop.helpNeeded', { employee: 'Sanne', goal: '[Bonus](https://phish.example)' });
    expect(line).not.toMatch(LINK);
    expect(line).toContain('**\\[Bonus\\](https://phish.example)**');
  });
});
