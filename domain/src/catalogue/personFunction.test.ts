import { Catalogue } from './schema';
import { jobTitleKey, jobTitleLinkId, resolveFunction, suggestedFunction } from './personFunction';

const house = Catalogue.parse({
  families: [{ id: 'techniek', name: 'Techniek' }],
  functions: [
    { id: 'monteur', familyId: 'techniek', name: 'Monteur', level: 5, jobTitles: ['Monteur', 'Servicemonteur'] },
    { id: 'werkvoorbereider', familyId: 'techniek', name: 'Werkvoorbereider', level: 7, jobTitles: ['Werkvoorbereider'] },
  ],
});
const sanne = { id: 'sanne', jobTitle: 'Servicemonteur' };

describe("a person's function", () => {
  it("is only a suggestion while HR has not confirmed what the person's job title means", () => {
    const resolved = resolveFunction(house, sanne, { confirmations: [] });
    expect(resolved.function).toBeUndefined();
    expect('suggestion' in resolved && resolved.suggestion?.id).toBe('monteur');
  });

  it('follows the job title once HR confirmed it, whatever its case or spacing in the directory', () => {
    const resolved = resolveFunction(house, { id: 'sanne', jobTitle: '  SERVICEMONTEUR ' }, { confirmations: [{ jobTitle: 'Servicemonteur', functionId: 'monteur' }] });
    expect([resolved.function?.id, 'source' in resolved && resolved.source]).toEqual(['monteur', 'job-title']);
  });

  it("is HR's own assignment when there is one, over a confirmed job title", () => {
    const resolved = resolveFunction(house, sanne, { assignment: { functionId: 'werkvoorbereider' }, confirmations: [{ jobTitle: 'Servicemonteur', functionId: 'monteur' }] });
    expect([resolved.function?.id, 'source' in resolved && resolved.source]).toEqual(['werkvoorbereider', 'hr']);
  });

  it('falls back to the job title when HR assigned a function the function house no longer has', () => {
    const resolved = resolveFunction(house, sanne, { assignment: { functionId: 'opgeheven' }, confirmations: [{ jobTitle: 'Servicemonteur', functionId: 'monteur' }] });
    expect(resolved.function?.id).toBe('monteur');
  });

  it('is nothing for someone without a job title or a title the function house does not know', () => {
    expect(resolveFunction(house, { id: 'x' }, { confirmations: [] })).toEqual({});
    expect(resolveFunction(house, { id: 'x', jobTitle: 'Directeur' }, { confirmations: [] })).toEqual({});
    expect(suggestedFunction(house, '   ')).toBeUndefined();
  });
});

describe('the key of a job title', () => {
  it('ignores case and extra spaces, so one title is confirmed once', () => {
    expect(jobTitleKey(' Senior  Monteur ')).toBe('senior monteur');
    expect(jobTitleLinkId(' Senior  Monteur ')).toBe(jobTitleLinkId('senior monteur'));
  });

  it('gives different titles different ids that Cosmos accepts, also for a title with a slash', () => {
    const id = jobTitleLinkId('Werkvoorbereider/planner');
    expect(id).toMatch(/^title-[0-9a-f]{16}$/);
    expect(id).not.toBe(jobTitleLinkId('Werkvoorbereider'));
  });
});
