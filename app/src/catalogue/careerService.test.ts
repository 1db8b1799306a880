import { ForbiddenError, NotFoundError } from '@koers/domain';
import { createPreparationService } from '../preparation/preparationService';
import { HENDRIKS_TENANT_ID, PEETERS_TENANT_ID, SAMPLE_PEOPLE, sampleActor } from '../sample/sampleOrg';
import { seedSampleData } from '../sample/seed';
import { createMemoryStores } from '../testing/memoryStores';
import { conversation } from '../testing/storeFixtures';
import { createCareerService } from './careerService';

const now = new Date('2026-12-05T08:00:00Z');
const clock = { now: () => now };
const { sanne, linda, fatima, kees, an, noor } = SAMPLE_PEOPLE;

async function setUp() {
  const stores = createMemoryStores();
  await seedSampleData(stores, now);
  await stores.conversations.create(conversation(HENDRIKS_TENANT_ID, sanne.id, 'gesprek-sanne', { managerId: linda.id, status: 'gepland' }));
  return { stores, career: createCareerService({ stores, clock }), preparation: createPreparationService({ stores, clock }) };
}

describe("a person's function and where they can grow", () => {
  it('gives Sanne, a monteur by her confirmed job title, the path to werkvoorbereider with what she still lacks and the learning offer', async () => {
    const { career } = await setUp();
    await expect(career.functionOf(HENDRIKS_TENANT_ID, sanne.id)).resolves.toMatchObject({ function: { id: 'monteur' }, source: 'job-title' });

    const options = await career.careerOptions(sampleActor(sanne), sanne.id);
    expect(options.function?.name).toBe('Monteur');
    const toWerkvoorbereider = options.paths.find((p) => p.function.id === 'werkvoorbereider');
    expect(toWerkvoorbereider?.kind).toBe('doorgroeien');
    expect(toWerkvoorbereider?.gaps.map((g) => g.name)).toEqual(['Plannen en organiseren', 'Tekeningen lezen en maken', 'Vakmanschap installatietechniek']);
    expect(toWerkvoorbereider?.gaps[0]?.learning[0]).toMatchObject({ title: 'Meelopen met de werkvoorbereiding (4 dagen)', internal: true });
  });

  it('has no function for someone whose job title HR has not confirmed; the title is only a suggestion on HR\'s list', async () => {
    const { career } = await setUp();
    await expect(career.functionOf(HENDRIKS_TENANT_ID, noor.id)).resolves.toBeUndefined();
    const options = await career.careerOptions(sampleActor(noor), noor.id);
    expect([options.function, options.paths]).toEqual([null, []]);

    const links = await career.functionLinks(sampleActor(fatima));
    expect(links.jobTitles.find((t) => t.jobTitle === 'Planner')).toEqual({ jobTitle: 'Planner', people: 1, suggestedFunctionId: 'planner' });
    await career.confirmJobTitle(sampleActor(fatima), { jobTitle: 'planner', functionId: 'planner' });
    await expect(career.functionOf(HENDRIKS_TENANT_ID, noor.id)).resolves.toMatchObject({ function: { id: 'planner' }, source: 'job-title' });
  });

  it("lets HR's own assignment of a person win over the job title, and undo it", async () => {
    const { career } = await setUp();
    const after = await career.assignFunction(sampleActor(fatima), sanne.id, { functionId: 'senior-monteur' });
    expect(after.assignments).toEqual([{ personId: sanne.id, displayName: sanne.displayName, jobTitle: 'Monteur', functionId: 'senior-monteur' }]);
    await expect(career.functionOf(HENDRIKS_TENANT_ID, sanne.id)).resolves.toMatchObject({ function: { id: 'senior-monteur' }, source: 'hr' });

    await career.assignFunction(sampleActor(fatima), sanne.id, { functionId: null });
    await expect(career.functionOf(HENDRIKS_TENANT_ID, sanne.id)).resolves.toMatchObject({ function: { id: 'monteur' } });
  });

  it('refuses links from anyone but HR, and to a function the function house does not have', async () => {
    const { career } = await setUp();
    await expect(career.assignFunction(sampleActor(linda), sanne.id, { functionId: 'werkvoorbereider' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(career.confirmJobTitle(sampleActor(sanne), { jobTitle: 'Monteur', functionId: 'projectleider' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(career.functionLinks(sampleActor(linda))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(career.assignFunction(sampleActor(fatima), sanne.id, { functionId: 'astronaut' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shows the options to the person and their manager only; a colleague, HR and another organisation find nothing', async () => {
    const { career } = await setUp();
    await expect(career.careerOptions(sampleActor(linda), sanne.id)).resolves.toMatchObject({ function: { id: 'monteur' } });
    for (const outsider of [kees, fatima, an]) {
      await expect(career.careerOptions(sampleActor(outsider), sanne.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(career.functionOf(PEETERS_TENANT_ID, sanne.id)).resolves.toBeUndefined();
  });

  it("counts Sanne's own rating in her gaps, and shows it to her manager only once she shares it", async () => {
    const { career, preparation, stores } = await setUp();
    await preparation.save(sampleActor(sanne), 'gesprek-sanne', { answers: [], selfAssessment: { ratings: [{ competenceId: 'plannen', level: 3 }], shared: false } }, undefined);
    const hers = await career.careerOptions(sampleActor(sanne), sanne.id, { conversationId: 'gesprek-sanne' });
    expect(hers.selfAssessment).toEqual({ ratings: [{ competenceId: 'plannen', level: 3 }], shared: false });
    expect(hers.paths.find((p) => p.function.id === 'werkvoorbereider')?.gaps.map((g) => g.competenceId)).not.toContain('plannen');

    const lindasBefore = await career.careerOptions(sampleActor(linda), sanne.id, { conversationId: 'gesprek-sanne' });
    expect(lindasBefore.selfAssessment).toBeNull();
    expect(lindasBefore.paths.find((p) => p.function.id === 'werkvoorbereider')?.gaps.map((g) => g.competenceId)).toContain('plannen');

    const etag = (await stores.preparations.get(HENDRIKS_TENANT_ID, sanne.id, 'gesprek-sanne', 'employee'))?.etag;
    await preparation.save(sampleActor(sanne), 'gesprek-sanne', { answers: [], selfAssessment: { ratings: [{ competenceId: 'plannen', level: 3 }], shared: true } }, etag);
    const lindasAfter = await career.careerOptions(sampleActor(linda), sanne.id, { conversationId: 'gesprek-sanne' });
    expect(lindasAfter.selfAssessment?.shared).toBe(true);
    expect(lindasAfter.paths.find((p) => p.function.id === 'werkvoorbereider')?.gaps.map((g) => g.competenceId)).not.toContain('plannen');
  });

  it("keeps the self-assessment when the bot's card saves answers without it", async () => {
    const { preparation, stores } = await setUp();
    await preparation.save(sampleActor(sanne), 'gesprek-sanne', { answers: [], selfAssessment: { ratings: [{ competenceId: 'plannen', level: 2 }], shared: false } }, undefined);
    const etag = (await stores.preparations.get(HENDRIKS_TENANT_ID, sanne.id, 'gesprek-sanne', 'employee'))?.etag;
    await preparation.save(sampleActor(sanne), 'gesprek-sanne', { answers: [{ questionId: 'hoe-sta-je', text: 'Goed', shared: false }] }, etag);
    const stored = await stores.preparations.get(HENDRIKS_TENANT_ID, sanne.id, 'gesprek-sanne', 'employee');
    expect(stored?.value.selfAssessment?.ratings).toEqual([{ competenceId: 'plannen', level: 2 }]);
  });
});
