import { Replica, SANNE } from '../koerskaart/test-dsl';
import { draftGoalsFromAgreements } from './draft';
import { goalKindAndRoute, normaliseWords } from './goalKind';
import type { GoalKind, GoalRoute } from './schema';

describe('the kind and route of a goal drafted from a Koerskaart card', () => {
  it.each<[string, GoalRoute, GoalKind]>([
    ['Meelopen met de planning', 'meelopen', 'verbreden'],
    ['Twee dagen meeloop bij de werkvoorbereiding', 'meelopen', 'verbreden'],
    ['Sanne loopt een week mee met Ahmed op de bouw', 'meelopen', 'verbreden'],
    ['Cursus Scrum volgen en certificaat halen', 'opleiding', 'verdiepen'],
    ['Opleiding werkvoorbereider (mbo 4) starten', 'opleiding', 'verdiepen'],
    ['VCA-diploma halen', 'opleiding', 'verdiepen'],
    ['Coaching door Linda bij lastige klantgesprekken', 'coaching-leidinggevende', 'verdiepen'],
    ['Een coach voor presenteren', 'coaching-leidinggevende', 'verdiepen'],
    ['Ahmed wordt mijn mentor bij het calculeren', 'coaching-collega', 'verdiepen'],
    ['Coaching door een ervaren collega', 'coaching-collega', 'verdiepen'],
    ['Extra taken: aanspreekpunt voor de stagiairs', 'taakuitbreiding', 'verbreden'],
    ['Neemt de weekplanning over van Kees', 'taakuitbreiding', 'verbreden'],
    ['Jobcrafting: meer klantcontact in mijn eigen functie', 'jobcrafting', 'verdiepen'],
    ['Een half jaar rotatie naar de werkvoorbereiding', 'rotatie', 'verbreden'],
    ['Een stap terug naar een functie zonder leidinggeven', 'remotie', 'mobiliteit'],
    ['Oriënteren op een andere baan buiten de organisatie', 'extern', 'mobiliteit'],
    ['Doorgroeien naar teamleider binnen twee jaar', 'opleiding', 'doorgroeien'],
    ['Werkdruk verlagen en minder uren op de bouw', 'opleiding', 'vitaliteit'],
    ['Beter offertes schrijven', 'opleiding', 'verdiepen'],
  ])('"%s" → route %s, kind %s', (text, route, kind) => {
    expect(goalKindAndRoute({ section: 'afspraken', text })).toEqual({ kind, route });
  });

  it('takes vitality from the section a card sat in, whatever its words', () => {
    expect(goalKindAndRoute({ section: 'vitaliteit', text: 'Cursus tillen zonder rugklachten' })).toEqual({ kind: 'vitaliteit', route: 'opleiding' });
  });

  it('reads words with and without accents, in any case and spacing', () => {
    expect(normaliseWords('  Oriënteren   op\nDOORGROEI  ')).toBe('orienteren op doorgroei');
    expect(goalKindAndRoute({ section: 'afspraken', text: 'MEELOPEN met café-team' }).route).toBe('meelopen');
  });

  it('drafts a "meelopen" agreement as a meeloop goal, not as a course', () => {
    const sanne = new Replica(SANNE, 'tab');
    sanne.add('a1', 'afspraken', 'Meelopen met de werkvoorbereiding');
    sanne.add('a2', 'afspraken', 'Cursus calculeren');
    const [meelopen, cursus] = draftGoalsFromAgreements(sanne.state);
    expect(meelopen).toMatchObject({ title: 'Meelopen met de werkvoorbereiding', kind: 'verbreden', route: 'meelopen' });
    expect(cursus).toMatchObject({ title: 'Cursus calculeren', kind: 'verdiepen', route: 'opleiding' });
  });
});
