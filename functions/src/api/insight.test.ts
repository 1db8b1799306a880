import { closedRound, createInsightService, HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { InsightResponse, InsightRoundsResponse, MyTalentResponse, NamedTalentResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

/** HR's anonymous insight and the talent pool over HTTP, on the sample organisation of eight people. */

const { fatima, sanne, kees, linda } = SAMPLE_PEOPLE;
const stack = useLocalStack();
const api = async (who: { email: string }, path: string, init: RequestInit = {}) => stack.current().api(path, { ...init, token: await stack.current().tokenFor(who.email) });
const put = (who: { email: string }, path: string, body: unknown, ifMatch?: string) =>
  api(who, path, { method: 'PUT', headers: { 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) }, body: JSON.stringify(body) });

beforeAll(async () => {
  const insight = createInsightService({ stores: stack.current().stores, clock: { now: () => new Date() } });
  await insight.captureRound(
    closedRound({ tenantId: HENDRIKS_TENANT_ID, id: 'voorjaar-2027', name: 'Voorjaar 2027', from: '2027-02-01', to: '2027-03-31', closedAt: '2027-04-01T08:00:00.000Z', createdBy: fatima.id }),
  );
});

describe('anonymous insight over HTTP', () => {
  it.each([
    ['insight/rounds', '/insight/rounds'],
    ['one round, even with a filter it does not know', '/insight/rounds/voorjaar-2027?onbekend=1'],
    ['the named talent list', '/insight/talent'],
  ])('refuses %s to anyone without Koers.HR, before reading what they sent', async (_, path) => {
    for (const who of [sanne, linda]) {
      const response = await api(who, path);
      expect(response.status).toBe(403);
      expect(Problem.parse(await response.json()).code).toBe('hr-only');
    }
  });

  it('lists the closed round for HR and answers its figures in the closed schema, all hidden below five people', async () => {
    const rounds = await api(fatima, '/insight/rounds');
    expect(rounds.status).toBe(200);
    expect(InsightRoundsResponse.parse(await rounds.json()).rounds).toEqual([{ id: 'voorjaar-2027', roundName: 'Voorjaar 2027', closedAt: '2027-04-01T08:00:00.000Z' }]);

    const response = await api(fatima, '/insight/rounds/voorjaar-2027?columns=soort');
    expect(response.status).toBe(200);
    const text = await response.text();
    const insight = InsightResponse.parse(JSON.parse(text));
    expect(insight.wishes.attributes.every((a) => a.startsWith('soort:'))).toBe(true);
    expect(insight.wishes.groups.flatMap((g) => Object.values(g.cells)).every((c) => 'hidden' in c)).toBe(true);
    // No one is named or identified in it.
    for (const person of Object.values(SAMPLE_PEOPLE)) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.displayName);
    }
  });

  it('answers 404 for a round without a snapshot and 400 for a filter it does not know', async () => {
    expect((await api(fatima, '/insight/rounds/nooit-gesloten')).status).toBe(404);
    expect((await api(fatima, '/insight/rounds/voorjaar-2027?onbekend=1')).status).toBe(400);
  });
});

describe('the talent pool over HTTP', () => {
  it("shows HR Sanne's wish by name because she chose that, and never Kees's, who did not", async () => {
    const mine = MyTalentResponse.parse(await (await api(sanne, '/me/talent')).json());
    expect(mine.functions.map((f) => f.id)).toContain('werkvoorbereider');
    const saved = await put(sanne, '/me/talent', { interests: [{ functionId: 'werkvoorbereider', wish: 'doorgroeien' }], showName: true });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBeTruthy();
    expect((await put(kees, '/me/talent', { interests: [{ functionId: 'werkvoorbereider', wish: 'interesse' }], showName: false })).status).toBe(200);

    const named = NamedTalentResponse.parse(await (await api(fatima, '/insight/talent')).json());
    expect(named.people.map((p) => p.displayName)).toEqual([sanne.displayName]);
  });

  it('refuses a wish with a field the contract does not list, and a change without the current etag', async () => {
    expect((await put(kees, '/me/talent', { interests: [], showName: false, salaris: 5000 })).status).toBe(400);
    expect((await put(kees, '/me/talent', { interests: [], showName: false })).status).toBe(409);
    expect((await put(kees, '/me/talent', { interests: [], showName: false }, '"verouderd"')).status).toBe(412);
  });
});
