import {
  FIELDS_BY_KIND,
  ONTWIKKELROUTES,
  PHASE_IDS,
  SECTION_IDS,
  SECTIONS,
  sectionIdsByPhase,
  sectionsFor,
} from './structure';

describe('the Koerskaart structure', () => {
  it('follows the three phases of the conversation in order', () =>
    expect(PHASE_IDS).toEqual(['uitwisseling', 'voorstellen', 'afspraken']));

  it('lists the sections of each phase for the standard conversation', () =>
    expect(sectionIdsByPhase('standaard')).toEqual({
      uitwisseling: ['opening', 'autonomie', 'verbinding', 'competentie', 'wensen', 'noden'],
      voorstellen: ['mogelijkheden', 'voor-en-nadelen', 'ondersteuning'],
      afspraken: ['afspraken'],
    }));

  it('adds the vitality section only in the langer-werken variant', () => {
    expect(sectionIdsByPhase('standaard').uitwisseling).not.toContain('vitaliteit');
    expect(sectionIdsByPhase('langer-werken').uitwisseling).toContain('vitaliteit');
    expect(sectionsFor('langer-werken')).toHaveLength(sectionsFor('standaard').length + 1);
  });

  it('defines every section id exactly once, in the order of SECTION_IDS', () =>
    expect(SECTIONS.map((s) => s.id)).toEqual([...SECTION_IDS]));

  it('offers the kernkwadrant only under competentie, with its four quadrants', () => {
    expect(SECTIONS.filter((s) => s.cardKinds.includes('kernkwadrant')).map((s) => s.id)).toEqual(['competentie']);
    expect(FIELDS_BY_KIND.kernkwadrant).toEqual(['kernkwaliteit', 'valkuil', 'uitdaging', 'allergie']);
  });

  it('gives wishes to the employee and needs to the organisation', () => {
    expect(SECTIONS.find((s) => s.id === 'wensen')?.voice).toBe('employee');
    expect(SECTIONS.find((s) => s.id === 'noden')?.voice).toBe('organisation');
  });

  it('names development routes beyond training in the possibilities section', () => {
    const aspects = SECTIONS.find((s) => s.id === 'mogelijkheden')?.aspects;
    expect(aspects?.richting).toEqual(['verdiepen', 'verbreden']);
    expect(aspects?.route).toBe(ONTWIKKELROUTES);
    const beyondTraining = ['coaching', 'taakuitbreiding', 'meelopen', 'jobcrafting', 'taakvariatie', 'jobrotatie', 'taakrotatie'];
    for (const route of [...beyondTraining, 'remotie', 'mobiliteit-buiten-organisatie']) expect(ONTWIKKELROUTES).toContain(route);
  });

  it('uses stable slugs a catalogue can key on', () => {
    for (const id of [...PHASE_IDS, ...SECTION_IDS]) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
