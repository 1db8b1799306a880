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

  it('names the employee and the job as Flemish guides do, and records agreements rather than making them', () => {
    expect(nl('canvas.section.wensen.title')).toBe('Wensen van de medewerker');
    expect(be('canvas.section.wensen.title')).toBe('Wensen van het personeelslid');
    expect(be('canvas.section.noden.prompt')).toContain('het personeelslid');
    expect(be('canvas.section.mogelijkheden.prompt')).toContain('huidige job');
    expect(be('canvas.section.afspraken.prompt')).toMatch(/^Leg samen vast/);
    expect(be('canvas.complete.earlyConfirm')).toBe('Afronden en afspraak annuleren');
  });

  it('offers the record of a held conversation’s canvas in both languages', () => {
    expect(nl('canvas.record.show')).toBe('Koerskaart bekijken');
    expect(createTranslator('en-GB')('canvas.record.show')).toBe('Show the course map');
    expect(be('canvas.record.none')).toBe('Bij dit gesprek is geen koerskaart gebruikt.');
  });

  it('keeps the share button’s words in both', () => {
    expect(nl('canvas.shareToStage')).toBe('Deel op het podium');
    expect(be('canvas.shareToStage')).toBe('Deel op het podium');
  });

  it('names the writer of a card as "Door jou" to its writer and by full name to the other, in both', () => {
    for (const translate of [nl, be]) {
      expect(translate('canvas.author', { who: 'me', name: 'Linda de Wit' })).toBe('Door jou');
      expect(translate('canvas.author', { who: 'other', name: 'Linda de Wit' })).toBe('Door Linda de Wit');
      expect(translate('canvas.cardMenu', { who: 'other', name: 'Linda de Wit' })).toBe('Acties voor de kaart van Linda de Wit');
    }
  });

  it('marks each phase on the stepper as done, now or later, and says what choosing it does', () => {
    expect([nl('canvas.step.done'), nl('canvas.step.current'), nl('canvas.step.next')]).toEqual(['Gedaan', 'Nu', 'Straks']);
    expect(nl('canvas.makeCurrent', { phase: nl('canvas.phase.afspraken'), state: nl('canvas.step.next') })).toBe('Maak 3. Afspraken de huidige fase (Straks)');
  });
});
