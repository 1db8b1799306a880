import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { CareerOptionsResponse, FunctionLinksResponse, TrainingRightResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

/** A person's career options and HR's function links over HTTP, on the sample organisations. */

const { fatima, sanne, kees, linda, an, wout, lotte } = SAMPLE_PEOPLE;
const stack = useLocalStack();
const api = async (who: { email: string }, path: string, init: RequestInit = {}) => stack.current().api(path, { ...init, token: await stack.current().tokenFor(who.email) });
const put = (who: { email: string }, path: string, body: unknown) => api(who, path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('career options over HTTP', () => {
  it('shows Sanne and her manager Linda her function and the path to werkvoorbereider', async () => {
    for (const who of [sanne, linda]) {
      const response = await api(who, `/people/${sanne.id}/career-options`);
      expect(response.status).toBe(200);
      const options = CareerOptionsResponse.parse(await response.json());
      expect(options.function?.name).toBe('Monteur');
      expect(options.paths.map((p) => p.function.name)).toContain('Werkvoorbereider');
    }
  });

  it('answers 404 to a colleague, to HR and to someone of another organisation, as for nobody', async () => {
    for (const who of [kees, fatima, an]) expect((await api(who, `/people/${sanne.id}/career-options`)).status).toBe(404);
  });
});

describe("HR's function links over HTTP", () => {
  it('refuses the list and every change to anyone without Koers.HR, before reading what they sent', async () => {
    for (const who of [sanne, linda]) {
      const responses = [
        await api(who, '/function-links'),
        await put(who, '/function-links/job-titles', { nonsense: true }),
        await put(who, `/function-links/people/${sanne.id}`, { functionId: 'werkvoorbereider' }),
      ];
      for (const response of responses) {
        expect(response.status).toBe(403);
        expect(Problem.parse(await response.json()).code).toBe('hr-only');
      }
    }
  });

  it("lets HR confirm a suggested job title and give one person a function, each seen in the person's options", async () => {
    const before = FunctionLinksResponse.parse(await (await api(fatima, '/function-links')).json());
    expect(before.jobTitles.find((t) => t.jobTitle === 'Planner')).toMatchObject({ suggestedFunctionId: 'planner' });
    expect(before.jobTitles.find((t) => t.jobTitle === 'Planner')?.confirmedFunctionId).toBeUndefined();

    const confirmed = await put(fatima, '/function-links/job-titles', { jobTitle: 'Planner', functionId: 'planner' });
    expect(confirmed.status).toBe(200);
    expect(FunctionLinksResponse.parse(await confirmed.json()).jobTitles.find((t) => t.jobTitle === 'Planner')?.confirmedFunctionId).toBe('planner');

    expect((await put(fatima, `/function-links/people/${sanne.id}`, { functionId: 'senior-monteur' })).status).toBe(200);
    const options = CareerOptionsResponse.parse(await (await api(sanne, `/people/${sanne.id}/career-options`)).json());
    expect([options.function?.id, options.source]).toEqual(['senior-monteur', 'hr']);
    expect((await put(fatima, `/function-links/people/${sanne.id}`, { functionId: null })).status).toBe(200);
  });

  it('answers 404 for a function the function house does not have and 400 for a malformed one', async () => {
    expect((await put(fatima, `/function-links/people/${sanne.id}`, { functionId: 'astronaut' })).status).toBe(404);
    expect((await put(fatima, '/function-links/job-titles', { jobTitle: 'Monteur', functionId: 'Geen Id!' })).status).toBe(400);
  });

  it("never shows HR of another organisation this one's job titles", async () => {
    const peeters = FunctionLinksResponse.parse(await (await api(an, '/function-links')).json());
    expect(peeters.jobTitles.map((t) => t.jobTitle)).not.toContain('Monteur');
  });
});

describe('the Federale Leerrekening over HTTP', () => {
  const path = `/people/${wout.id}/training-rights/2027`;

  it('lets Belgian HR record a year that Wout and his manager then read, with what is left', async () => {
    const saved = await put(an, path, { rightDays: 5, usedDays: 1.5 });
    expect(saved.status).toBe(200);
    expect(TrainingRightResponse.parse(await saved.json()).right).toMatchObject({ rightDays: 5, usedDays: 1.5, leftDays: 3.5 });
    for (const who of [wout, an]) {
      const read = TrainingRightResponse.parse(await (await api(who, path)).json());
      expect(read.right).toMatchObject({ rightDays: 5, usedDays: 1.5, leftDays: 3.5 });
    }
    expect(TrainingRightResponse.parse(await (await api(wout, `/people/${wout.id}/training-rights/2030`)).json()).right).toBeNull();
  });

  it('refuses the write to anyone without Koers.HR and shows a colleague or another organisation nothing', async () => {
    const refused = await put(wout, path, { rightDays: 99, usedDays: 0 });
    expect(refused.status).toBe(403);
    expect(Problem.parse(await refused.json()).code).toBe('hr-only');
    for (const who of [lotte, fatima]) expect((await api(who, path)).status).toBe(404);
    // Fatima's organisation is Dutch: it keeps no training rights, and Wout's stays as An recorded it.
    expect((await put(fatima, path, { rightDays: 5, usedDays: 0 })).status).toBe(409);
    expect(TrainingRightResponse.parse(await (await api(an, path)).json()).right).toMatchObject({ usedDays: 1.5 });
  });

  it('answers 400 for negative days, more than a year of them or an impossible year', async () => {
    for (const body of [{ rightDays: 5, usedDays: -1 }, { rightDays: 5, usedDays: 366 }, { rightDays: 0.3, usedDays: 0 }, { rightDays: 5 }]) {
      const response = await put(an, path, body);
      expect(response.status).toBe(400);
      expect(Problem.parse(await response.json()).code).toBe('validation');
    }
    expect((await put(an, `/people/${wout.id}/training-rights/19`, { rightDays: 5, usedDays: 0 })).status).toBe(400);
  });

  it('refuses a Dutch organisation with a clear code, as the right is Belgian law', async () => {
    for (const response of [await put(fatima, `/people/${sanne.id}/training-rights/2027`, { rightDays: 5, usedDays: 0 }), await api(sanne, `/people/${sanne.id}/training-rights/2027`)]) {
      expect(response.status).toBe(409);
      expect(Problem.parse(await response.json()).code).toBe('training-right-not-belgian');
    }
  });
});
