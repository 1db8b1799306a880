import { Replica, SANNE } from '../koerskaart/test-dsl';
import { Catalogue } from '../catalogue/schema';
import { draftGoalsFromAgreements } from './draft';
import { cardLinkResolver } from './learning';
import { MAX_GOALS, MAX_SHORT_TEXT, PopGoals } from './schema';
import { checkSmart } from './smart';

describe('drafting version 1 from the Koerskaart', () => {
  it('makes one goal per "Afspraken" card, in card order, with only its title filled in', () => {
    const sanne = new Replica(SANNE, 'tab');
    sanne.add('wens', 'wensen', 'Meer klantcontact');
    sanne.add('a1', 'afspraken', '  Scrum-certificaat halen  ');
    sanne.add('a2', 'afspraken', 'Meelopen met\nde planning');
    sanne.add('leeg', 'afspraken', '   ');
    sanne.add('weg', 'afspraken', 'Toch niet');
    sanne.delete('weg');

    const goals = PopGoals.parse(draftGoalsFromAgreements(sanne.state));

    expect(goals.map((g) => [g.id, g.title])).toEqual([
      ['a1', 'Scrum-certificaat halen'],
      ['a2', 'Meelopen met de planning'],
    ]);
    expect(goals[0]).toMatchObject({ kind: 'verdiepen', route: 'opleiding', actions: [], successCriteria: [], wat: '' });
    // The SMART check tells both what to agree on next.
    expect(checkSmart(goals[0]!, { today: '2026-12-01' }).map((f) => f.code)).toEqual([
      'no-action',
      'no-criterion',
      'not-accepted',
      'no-realism-check',
      'no-deadline',
      'no-owner',
    ]);
  });

  it('shortens a long card to a title that fits and keeps the whole text in "wat"; at most a plan full of goals', () => {
    const sanne = new Replica(SANNE, 'tab');
    const long = `Ik ga ${'heel '.repeat(60)}veel leren`;
    sanne.add('lang', 'afspraken', long);
    for (let i = 0; i < MAX_GOALS + 2; i++) sanne.add(`k${i}`, 'afspraken', `Afspraak ${i}`);

    const goals = PopGoals.parse(draftGoalsFromAgreements(sanne.state));

    expect(goals).toHaveLength(MAX_GOALS);
    expect(goals[0]!.title.length).toBeLessThanOrEqual(MAX_SHORT_TEXT);
    expect(goals[0]!.title.endsWith('…')).toBe(true);
    expect(goals[0]!.wat).toBe(long);
    expect(goals[1]!.wat).toBe('');
  });

  it('carries the target function and the course of a card made from "Mogelijke stappen" into its goal', () => {
    const catalogue = Catalogue.parse({
      families: [{ id: 'uitvoering', name: 'Uitvoering' }],
      certificates: [{ id: 'vca-basis', name: 'VCA' }],
      functions: [
        { id: 'monteur', familyId: 'uitvoering', name: 'Monteur', level: 5, mandatoryCertificateIds: ['vca-basis'] },
        { id: 'werkvoorbereider', familyId: 'uitvoering', name: 'Werkvoorbereider', level: 7 },
      ],
      learning: [{ id: 'werkvoorbereiding-ew', title: 'Werkvoorbereider E&W', kind: 'cursus', provider: 'Installatie-opleider', costEuro: 2400, hours: 80 }],
    });
    const sanne = new Replica(SANNE, 'tab');
    sanne.add('pad', 'afspraken', 'Doorgroeien naar werkvoorbereider', { targetFunctionId: 'werkvoorbereider' });
    sanne.add('cursus', 'afspraken', 'Cursus Werkvoorbereider E&W', { targetFunctionId: 'werkvoorbereider', learningItemId: 'werkvoorbereiding-ew' });
    sanne.add('weg', 'afspraken', 'Cursus die HR schrapte', { learningItemId: 'geschrapt' });

    const goals = PopGoals.parse(draftGoalsFromAgreements(sanne.state, cardLinkResolver(catalogue, catalogue.functions[0])));

    expect(goals[0]).toMatchObject({ targetFunctionId: 'werkvoorbereider', targetFunctionName: 'Werkvoorbereider', kind: 'doorgroeien' });
    expect(goals[0]!.learning).toBeUndefined();
    expect(goals[1]).toMatchObject({
      targetFunctionName: 'Werkvoorbereider',
      learning: [{ id: 'werkvoorbereiding-ew', title: 'Werkvoorbereider E&W', provider: 'Installatie-opleider', hours: 80, costEuro: 2400, requiredForJob: false }],
    });
    expect(goals[2]).not.toHaveProperty('learning');
    expect(goals[2]).not.toHaveProperty('targetFunctionId');
  });

  it('drafts no goals from a canvas without agreements', () => {
    expect(draftGoalsFromAgreements(new Replica(SANNE, 'tab').state)).toEqual([]);
  });
});
