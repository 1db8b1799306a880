import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { CareerOptionsResponse, FunctionLinksResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

/** A person's career options and HR's function links over HTTP, on the sample organisations. */

const { fatima, sanne, kees, linda, an } = SAMPLE_PEOPLE;
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
