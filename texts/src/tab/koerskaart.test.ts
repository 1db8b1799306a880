import { createTranslator } from '../translator';

describe('the Koerskaart in Dutch from the Netherlands and from Flanders', () => {
  const nl = createTranslator('nl-NL');
  const be = createTranslator('nl-BE');

  it('names the organisation’s side as each says it', () => {
    expect(nl('canvas.section.noden.title')).toBe('Behoeften van de organisatie');
    expect(be('canvas.section.noden.title')).toBe('Noden van de organisatie');
    expect(be('canvas.section.opening.title')).toBe('Hoe sta je in je job?');
  });

  it('speaks of the follow-up and of planned meetings in Flemish words in Flanders', () => {
    expect(nl('canvas.section.afspraken.prompt')).toContain('voortgangsgesprek');
    expect(be('canvas.section.afspraken.prompt')).toContain('opvolgingsgesprek');
    expect(be('canvas.meetingNone')).toContain('ingeplande afspraak');
    expect(be('canvas.status.polling')).toBe('Verbonden (vernieuwen)');
  });

  it('keeps the share button’s words in both', () => {
    expect(nl('canvas.shareToStage')).toBe('Deel op het podium');
    expect(be('canvas.shareToStage')).toBe('Deel op het podium');
  });
});
