import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { RoundMemberView, RoundPlanResponse, RoundResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

/** Conversation rounds over HTTP: who may, what bad input hears, and concurrent edits. */

const { fatima, linda, sanne, ahmed, an } = SAMPLE_PEOPLE;
const stack = useLocalStack();
const api = (path: string, init?: RequestInit & { token?: string }) => stack.current().api(path, init);
const token = (who: { email: string }) => stack.current().tokenFor(who.email);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TECHNIEK = {
  name: 'Loopbaangesprekken',
  period: { from: day(30), to: day(90) },
  audience: { kind: 'departments', departments: ['Techniek'] },
  employeesMayStart: true,
};

async function send(who: { email: string }, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return api(path, {
    method,
    token: await token(who),
    headers: { 'content-type': 'application/json', 'accept-language': 'nl-NL', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

async function created(): Promise<RoundResponse> {
  const response = await send(fatima, 'POST', '/rounds', TECHNIEK);
  expect(response.status).toBe(201);
  return RoundResponse.parse(await response.json());
}

describe('rounds over HTTP', () => {
  it('lets HR create, change and start a round of the technical department', async () => {
    const round = await created();
    expect(round).toMatchObject({ members: 6, exempt: 0, round: { status: 'concept' } });
    const edited = await send(fatima, 'PUT', `/rounds/${round.round.id}`, { ...TECHNIEK, name: 'Voorjaar' }, { 'if-match': round.etag });
    expect(edited.status).toBe(200);
    const started = await send(fatima, 'POST', `/rounds/${round.round.id}/start`);
    expect(RoundResponse.parse(await started.json()).round.status).toBe('gestart');
  });

  it('answers 403 hr-only to a colleague before reading what they sent', async () => {
    for (const [method, path] of [['GET', '/rounds'], ['POST', '/rounds'], ['GET', '/organisation/round-audience']] as const) {
      const response = await send(linda, method, path, method === 'POST' ? '{not json' : undefined);
      expect(response.status).toBe(403);
      expect(Problem.parse(await response.json()).code).toBe('hr-only');
    }
  });

  it('answers 400 with each reason in the caller’s language', async () => {
    const bad = { ...TECHNIEK, period: { from: day(1), to: day(3) }, audience: { kind: 'departments', departments: ['Marketing'] } };
    const dutch = Problem.parse(await (await send(fatima, 'POST', '/rounds', bad)).json());
    expect(dutch.status).toBe(400);
    expect(dutch.errors?.map((e) => e.path)).toEqual(['period.to', 'audience']);
    expect(dutch.errors?.[0]?.message).toMatch(/^De periode eindigt te vroeg: een gesprek kan op zijn vroegst op \d+ \w+ \d{4}/);
    const english = Problem.parse(await (await send(fatima, 'POST', '/rounds', bad, { 'accept-language': 'en-GB' })).json());
    expect(english.errors?.[1]?.message).toBe('Nobody belongs to this audience (or nobody has a manager). Choose another department or other people.');
    const noReason = await send(fatima, 'PUT', `/rounds/${(await created()).round.id}/exemptions/${sanne.id}`, { reason: 'ziek' });
    expect(noReason.status).toBe(400);
  });

  it("answers 404 for another organisation's round", async () => {
    const round = await created();
    expect((await send(an, 'GET', `/rounds/${round.round.id}`)).status).toBe(404);
    expect((await send(an, 'POST', `/rounds/${round.round.id}/start`)).status).toBe(404);
  });

  it('answers 412 to an edit with an old etag and 409 to an edit of a started round', async () => {
    const round = await created();
    expect((await send(fatima, 'PUT', `/rounds/${round.round.id}`, TECHNIEK, { 'if-match': round.etag })).status).toBe(200);
    const stale = await send(fatima, 'PUT', `/rounds/${round.round.id}`, TECHNIEK, { 'if-match': round.etag });
    expect(stale.status).toBe(412);
    expect((await send(fatima, 'PUT', `/rounds/${round.round.id}`, TECHNIEK)).status).toBe(428);
    await send(fatima, 'POST', `/rounds/${round.round.id}/start`);
    const current = RoundResponse.parse(await (await send(fatima, 'GET', `/rounds/${round.round.id}`)).json());
    const late = await send(fatima, 'PUT', `/rounds/${round.round.id}`, TECHNIEK, { 'if-match': current.etag });
    expect(late.status).toBe(409);
    expect(Problem.parse(await late.json()).code).toBe('round-not-concept');
  });

  it("lets a manager exempt their own report, not someone else's, and an employee nobody", async () => {
    const round = await created();
    await send(fatima, 'POST', `/rounds/${round.round.id}/start`);
    const own = await send(linda, 'PUT', `/rounds/${round.round.id}/exemptions/${sanne.id}`, { reason: 'afwezig-verlof' });
    expect(own.status).toBe(200);
    expect(RoundMemberView.parse(await own.json()).exemption?.reason).toBe('afwezig-verlof');
    const other = await send(linda, 'PUT', `/rounds/${round.round.id}/exemptions/${ahmed.id}`, { reason: 'anders' });
    expect(other.status).toBe(403);
    expect((await send(sanne, 'PUT', `/rounds/${round.round.id}/exemptions/${sanne.id}`, '{not json')).status).toBe(403);
    expect((await send(linda, 'DELETE', `/rounds/${round.round.id}/exemptions/${sanne.id}`)).status).toBe(200);
  });
  it("gives Linda a proposal for each of her members, and refuses bad input, a colleague and a concept", async () => {
    const round = await created();
    const path = `/rounds/${round.round.id}/plan`;
    expect((await send(linda, 'GET', path)).status).toBe(404);
    await send(fatima, 'POST', `/rounds/${round.round.id}/start`);
    const plan = RoundPlanResponse.parse(await (await send(linda, 'GET', path)).json());
    expect(plan.items.map((i) => i.employee.id).sort()).toEqual([sanne.id, SAMPLE_PEOPLE.kees.id, SAMPLE_PEOPLE.daan.id].sort());
    const slot = plan.items.find((i) => i.status === 'proposed');
    if (slot?.status !== 'proposed') throw new Error('no proposal');

    expect((await send(sanne, 'POST', path, '{not json')).status).toBe(403);
    const empty = await send(linda, 'POST', path, { bookings: [] });
    expect(empty.status).toBe(400);
    const backwards = await send(linda, 'POST', path, { bookings: [{ employeeId: sanne.id, start: slot.slot.end, end: slot.slot.start }] });
    expect(Problem.parse(await backwards.json()).errors?.map((e) => e.path)).toEqual(['bookings.0.end']);
    const other = await send(linda, 'POST', path, { bookings: [{ employeeId: ahmed.id, start: slot.slot.start, end: slot.slot.end }] });
    expect(other.status).toBe(403);
    expect(Problem.parse(await other.json()).code).toBe('not-your-report');
  });
});
