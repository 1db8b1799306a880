import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { ConversationRequestResponse, Problem } from '@koers/contracts';
import { ConversationResponse, SlotProposalsResponse, SlotVerdict } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

const { jeroen, linda, sanne, kees, daan } = SAMPLE_PEOPLE;
const stack = useLocalStack();

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

function post(body: unknown, token: string): RequestInit & { token: string } {
  return { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

async function freeSlot(token: string, employeeId: string) {
  const response = await stack.current().api(`/bookings/proposals?employeeId=${employeeId}`, { token });
  return SlotProposalsResponse.parse(await response.json()).slots[0]!;
}

describe('a time picked by hand, over HTTP', () => {
  it('answers whether a picked time is free, and 400 with the field when the query is incomplete', async () => {
    const token = await stack.current().tokenFor(linda.email);
    const slot = await freeSlot(token, kees.id);
    const ok = await stack.current().api(`/bookings/check?employeeId=${kees.id}&start=${encodeURIComponent(slot.start)}&end=${encodeURIComponent(slot.end)}`, { token });
    expect(ok.status).toBe(200);
    expect(SlotVerdict.parse(await ok.json())).toEqual({ ok: true });

    const incomplete = await stack.current().api(`/bookings/check?employeeId=${kees.id}&start=${encodeURIComponent(slot.start)}`, { token });
    expect(incomplete.status).toBe(400);
    expect(JSON.stringify(await problemOf(incomplete))).toContain('end');
  });

  it('books in person: 201 without a Teams link, the place on the conversation; a blank place is a 400', async () => {
    const token = await stack.current().tokenFor(linda.email);
    const slot = await freeSlot(token, daan.id);
    const blank = await stack.current().api('/conversations', post({ employeeId: daan.id, start: slot.start, end: slot.end, requestId: randomUUID(), location: '   ' }, token));
    expect(blank.status).toBe(400);
    expect((await problemOf(blank)).code).toBe('validation');

    const booked = await stack.current().api('/conversations', post({ employeeId: daan.id, start: slot.start, end: slot.end, requestId: randomUUID(), location: 'Kantine, Utrecht' }, token));
    expect(booked.status).toBe(201);
    const view = ConversationResponse.parse(await booked.json());
    expect(view.conversation.location).toBe('Kantine, Utrecht');
    expect(view.conversation.meeting?.joinUrl).toBeUndefined();
  });

  it('refuses a free time within two weeks with 422 slot-short-notice and a Dutch reason, and books it once confirmed', async () => {
    const token = await stack.current().tokenFor(linda.email);
    let soon: { start: string; end: string } | undefined;
    const first = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 86_400_000;
    for (let hour = first; !soon && hour < first + 10 * 86_400_000; hour += 3_600_000) {
      const time = { start: new Date(hour).toISOString(), end: new Date(hour + 3_600_000).toISOString() };
      const answer = await stack.current().api(`/bookings/check?employeeId=${sanne.id}&start=${encodeURIComponent(time.start)}&end=${encodeURIComponent(time.end)}`, { token });
      const verdict = SlotVerdict.parse(await answer.json());
      if (!verdict.ok && verdict.problem === 'short-notice') soon = time;
    }
    if (!soon) throw new Error('no free hour in the coming days');
    const refused = await stack.current().api('/conversations', post({ employeeId: sanne.id, ...soon, requestId: randomUUID() }, token));
    expect(refused.status).toBe(422);
    const problem = await problemOf(refused);
    expect(problem.code).toBe('slot-short-notice');
    expect(problem.detail).toContain('twee weken');

    const confirmed = await stack.current().api('/conversations', post({ employeeId: sanne.id, ...soon, requestId: randomUUID(), shortNotice: true }, token));
    expect(confirmed.status).toBe(201);
  });
});

describe('an employee asks for a conversation over HTTP', () => {
  it('answers 202 with the manager who was asked', async () => {
    const token = await stack.current().tokenFor(sanne.email);
    const response = await stack.current().api('/conversations/requests', post({ note: 'Over mijn volgende stap' }, token));
    expect(response.status).toBe(202);
    expect(ConversationRequestResponse.parse(await response.json()).manager.displayName).toBe('Linda de Wit');
  });

  it('answers 400 for a note that is too long, and 422 for someone without a manager', async () => {
    const sanneToken = await stack.current().tokenFor(sanne.email);
    const long = await stack.current().api('/conversations/requests', post({ note: 'x'.repeat(501) }, sanneToken));
    expect(long.status).toBe(400);
    const top = await stack.current().api('/conversations/requests', post({}, await stack.current().tokenFor(jeroen.email)));
    expect(top.status).toBe(422);
    expect((await problemOf(top)).code).toBe('no-manager');
  });
});
