import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { smartGoal } from '@koers/app/src/testing/popFixtures';
import { ConversationView, PopResponse, RemarkResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

/** "Ik zie dit anders" over HTTP: who may write, what the other party reads, and each refusal's status and code. */

const stack = useLocalStack({ adapters: { quotas: 'off' } });
const { linda, sanne, ahmed } = SAMPLE_PEOPLE;

const tokens = new Map<string, string>();
async function call(email: string, path: string, init: { method?: string; body?: unknown; ifMatch?: string } = {}): Promise<Response> {
  const token = tokens.get(email) ?? (await stack.current().tokenFor(email));
  tokens.set(email, token);
  return stack.current().api(path, {
    method: init.method ?? 'GET',
    token,
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

async function problem(response: Response): Promise<{ status: number; code: string }> {
  const body = (await response.json()) as { type?: string };
  return { status: response.status, code: (body.type ?? '').replace('urn:koers:problem:', '') };
}

async function bookedConversation(): Promise<string> {
  const proposals = (await (await call(linda.email, `/bookings/proposals?employeeId=${sanne.id}`)).json()) as { slots: { start: string; end: string }[] };
  const slot = proposals.slots[0];
  if (!slot) throw new Error('no slot');
  const booked = await call(linda.email, '/conversations', { method: 'POST', body: { employeeId: sanne.id, start: slot.start, end: slot.end, requestId: randomUUID() } });
  expect(booked.status).toBe(201);
  return ((await booked.json()) as { conversation: { id: string } }).conversation.id;
}

describe("the employee's remark over HTTP", () => {
  it('on a conversation: refused with 409 remark-not-held until it was held, then saved and read by the manager', async () => {
    const id = await bookedConversation();
    expect(await problem(await call(sanne.email, `/conversations/${id}/remark`, { method: 'PUT', body: { text: 'Te vroeg' } }))).toEqual({ status: 409, code: 'remark-not-held' });

    const before = await call(linda.email, `/conversations/${id}`);
    expect((await call(linda.email, `/conversations/${id}/complete`, { method: 'POST', ifMatch: before.headers.get('etag') ?? '' })).status).toBe(200);

    const saved = await call(sanne.email, `/conversations/${id}/remark`, { method: 'PUT', body: { text: 'Ik zie het gesprek anders.' } });
    expect(saved.status).toBe(200);
    expect(RemarkResponse.parse(await saved.json()).remark?.text).toBe('Ik zie het gesprek anders.');
    expect(ConversationView.parse(await (await call(linda.email, `/conversations/${id}`)).json()).conversation.remark?.text).toBe('Ik zie het gesprek anders.');

    expect(await problem(await call(linda.email, `/conversations/${id}/remark`, { method: 'PUT', body: { text: 'Namens Sanne' } }))).toEqual({ status: 403, code: 'forbidden' });
    expect(await problem(await call(ahmed.email, `/conversations/${id}/remark`, { method: 'PUT', body: { text: 'Van Ahmed' } }))).toEqual({ status: 404, code: 'not-found' });
    expect((await call(sanne.email, `/conversations/${id}/remark`, { method: 'PUT', body: { text: 'x'.repeat(2001) } })).status).toBe(400);

    const withdrawn = await call(sanne.email, `/conversations/${id}/remark`, { method: 'DELETE' });
    expect(RemarkResponse.parse(await withdrawn.json())).toEqual({ remark: null });
  }, 60_000);

  it('on a plan: refused with 409 remark-not-approved until both agreed, then kept beside the agreed version', async () => {
    const created = await call(linda.email, '/pops', { method: 'POST', body: { employeeId: sanne.id, requestId: randomUUID(), goals: [smartGoal('g1', sanne.id)] } });
    const plan = PopResponse.parse(await created.json());
    const path = `/pops/${plan.pop.id}/remark`;
    expect(await problem(await call(sanne.email, path, { method: 'PUT', body: { text: 'Te vroeg' } }))).toEqual({ status: 409, code: 'remark-not-approved' });

    const approval = { version: plan.current.number, contentHash: plan.current.contentHash };
    for (const email of [linda.email, sanne.email]) expect((await call(email, `/pops/${plan.pop.id}/approve`, { method: 'POST', body: approval })).status).toBe(200);
    expect((await call(sanne.email, path, { method: 'PUT', body: { text: 'De deadline is te krap.' } })).status).toBe(200);

    const managers = PopResponse.parse(await (await call(linda.email, `/pops/${plan.pop.id}`)).json());
    expect(managers.status).toBe('goedgekeurd');
    expect(managers.pop.remarks).toEqual([expect.objectContaining({ version: plan.current.number, text: 'De deadline is te krap.', by: sanne.id })]);
    expect(await problem(await call(ahmed.email, path, { method: 'PUT', body: { text: 'Van Ahmed' } }))).toEqual({ status: 404, code: 'not-found' });
  }, 60_000);
});
