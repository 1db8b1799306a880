import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { conversationReminderRelevance, ConversationResponse, ConversationView, PreparationResponse, SlotProposalsResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

const { jeroen, linda, ahmed, sanne, an, kees, fatima } = SAMPLE_PEOPLE;
const stack = useLocalStack();

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

function sendJson(method: string, body: unknown, token: string, headers: Record<string, string> = {}): RequestInit & { token: string } {
  return { method, token, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

async function proposalsFor(token: string, employeeId: string) {
  const response = await stack.current().api(`/bookings/proposals?employeeId=${employeeId}`, { token });
  expect(response.status).toBe(200);
  return SlotProposalsResponse.parse(await response.json());
}

describe('booking over HTTP', () => {
  it('proposes, books once (201 then 200 for the same requestId) and shows the conversation to both parties', async () => {
    const token = await stack.current().tokenFor(jeroen.email);
    const proposals = await proposalsFor(token, ahmed.id);
    expect(proposals.slots).toHaveLength(3);
    const slot = proposals.slots[0]!;
    const body = { employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: randomUUID() };

    const first = await stack.current().api('/conversations', sendJson('POST', body, token));
    expect(first.status).toBe(201);
    const booked = ConversationResponse.parse(await first.json());
    expect(first.headers.get('etag')).toBe(booked.etag);
    expect(booked.conversation.status).toBe('gepland');
    expect(booked.conversation.meeting?.joinUrl).toMatch(/^https?:\/\//);

    const replay = await stack.current().api('/conversations', sendJson('POST', body, token));
    expect(replay.status).toBe(200);
    expect(ConversationResponse.parse(await replay.json()).conversation.id).toBe(booked.conversation.id);

    const ahmedToken = await stack.current().tokenFor(ahmed.email);
    const seen = await stack.current().api(`/conversations/${booked.conversation.id}`, { token: ahmedToken });
    expect(seen.status).toBe(200);
    expect(ConversationView.parse(await seen.json()).manager.displayName).toBe('Jeroen Hendriks');

    const mine = await stack.current().api('/conversations?scope=mine', { token: ahmedToken });
    expect(((await mine.json()) as { items: { id: string }[] }).items.map((c) => c.id)).toContain(booked.conversation.id);
  });

  it("refuses a booking under the id of another pair's conversation (409), and that conversation stays theirs", async () => {
    const lindaToken = await stack.current().tokenFor(linda.email);
    const slot = (await proposalsFor(lindaToken, kees.id)).slots[0]!;
    const requestId = randomUUID();
    const lindas = await stack.current().api('/conversations', sendJson('POST', { employeeId: kees.id, start: slot.start, end: slot.end, requestId }, lindaToken));
    expect(lindas.status).toBe(201);
    const booked = ConversationResponse.parse(await lindas.json());

    const jeroenToken = await stack.current().tokenFor(jeroen.email);
    const other = (await proposalsFor(jeroenToken, fatima.id)).slots[1]!;
    const taken = await stack.current().api('/conversations', sendJson('POST', { employeeId: fatima.id, start: other.start, end: other.end, requestId }, jeroenToken));
    expect(taken.status).toBe(409);
    expect((await problemOf(taken)).code).toBe('conflict');

    for (const who of [linda, kees]) {
      const seen = await stack.current().api(`/conversations/${booked.conversation.id}`, { token: await stack.current().tokenFor(who.email) });
      expect(seen.status).toBe(200);
      expect(ConversationView.parse(await seen.json()).conversation).toEqual(booked.conversation);
    }
    expect((await stack.current().api(`/conversations/${booked.conversation.id}`, { token: await stack.current().tokenFor(fatima.email) })).status).toBe(404);
  });

  it("answers a manager who asks for someone else's report with a Dutch 403", async () => {
    const token = await stack.current().tokenFor(jeroen.email);
    const response = await stack.current().api(`/bookings/proposals?employeeId=${sanne.id}`, { token });
    expect(response.status).toBe(403);
    const problem = await problemOf(response);
    expect(problem.code).toBe('not-your-report');
    expect(problem.detail).toMatch(/eigen medewerkers/);
  });

  it('hides people of another organisation (404) and refuses bad input with a reason (400)', async () => {
    const token = await stack.current().tokenFor(an.email);
    expect((await stack.current().api(`/bookings/proposals?employeeId=${ahmed.id}`, { token })).status).toBe(404);

    const jeroenToken = await stack.current().tokenFor(jeroen.email);
    const noUuid = await stack.current().api('/conversations', sendJson('POST', { employeeId: ahmed.id, start: 'morgen', requestId: 'x' }, jeroenToken));
    expect(noUuid.status).toBe(400);
    const problem = await problemOf(noUuid);
    expect(problem.errors?.map((e) => e.path)).toEqual(expect.arrayContaining(['start', 'end', 'requestId']));

    const badQuery = await stack.current().api('/bookings/proposals?employeeId=niet-een-guid', { token: jeroenToken });
    expect(badQuery.status).toBe(400);
  });

  it('refuses a time in the evening with 409 and a time in the past with 422', async () => {
    const token = await stack.current().tokenFor(linda.email);
    // Three weeks from whenever the test runs, 21:00 in Amsterdam: after everyone's working day.
    const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    const evening = { employeeId: sanne.id, start: `${day}T20:00:00.000Z`, end: `${day}T21:00:00.000Z`, requestId: randomUUID() };
    const refused = await stack.current().api('/conversations', sendJson('POST', evening, token));
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).code).toBe('slot-unavailable');

    const past = { ...evening, start: '2020-01-07T09:00:00.000Z', end: '2020-01-07T10:00:00.000Z', requestId: randomUUID() };
    const tooSoon = await stack.current().api('/conversations', sendJson('POST', past, token));
    expect(tooSoon.status).toBe(422);
    expect((await problemOf(tooSoon)).code).toBe('slot-too-soon');
  });

  it('reschedules with If-Match, answers 412 to a stale etag, and cancels', async () => {
    const token = await stack.current().tokenFor(linda.email);
    const [first, second] = (await proposalsFor(token, sanne.id)).slots;
    const created = await stack.current().api('/conversations', sendJson('POST', { employeeId: sanne.id, start: first!.start, end: first!.end, requestId: randomUUID() }, token));
    const booked = ConversationResponse.parse(await created.json());
    const id = booked.conversation.id;

    const moved = await stack.current().api(`/conversations/${id}/reschedule`, sendJson('POST', { start: second!.start, end: second!.end }, token, { 'if-match': booked.etag }));
    expect(moved.status).toBe(200);
    const movedView = ConversationView.parse(await moved.json());
    expect(movedView.conversation.start).toBe(second!.start);

    const stale = await stack.current().api(`/conversations/${id}/cancel`, sendJson('POST', {}, token, { 'if-match': booked.etag }));
    expect(stale.status).toBe(412);
    expect((await problemOf(stale)).code).toBe('stale-write');

    const blind = await stack.current().api(`/conversations/${id}/cancel`, sendJson('POST', {}, token));
    expect(blind.status).toBe(428);
    expect((await problemOf(blind)).code).toBe('precondition-required');

    const sanneToken = await stack.current().tokenFor(sanne.email);
    const byEmployee = await stack.current().api(`/conversations/${id}/cancel`, sendJson('POST', {}, sanneToken, { 'if-match': movedView.etag }));
    expect(byEmployee.status).toBe(403);

    const cancelled = await stack.current().api(`/conversations/${id}/cancel`, sendJson('POST', { reason: 'Verlof' }, token, { 'if-match': movedView.etag }));
    expect(cancelled.status).toBe(200);
    expect(ConversationView.parse(await cancelled.json()).conversation.status).toBe('geannuleerd');
  });

  it('lets either party mark a conversation held (If-Match, idempotent), hides it from others and refuses a cancelled one', async () => {
    const token = await stack.current().tokenFor(linda.email);
    const [first, second] = (await proposalsFor(token, sanne.id)).slots;
    const booked = ConversationResponse.parse(
      await (await stack.current().api('/conversations', sendJson('POST', { employeeId: sanne.id, start: first!.start, end: first!.end, requestId: randomUUID() }, token))).json(),
    );
    const id = booked.conversation.id;
    const complete = (who: string, etag?: string) => stack.current().api(`/conversations/${id}/complete`, { method: 'POST', token: who, headers: etag ? { 'if-match': etag } : {} });
    const sanneToken = await stack.current().tokenFor(sanne.email);
    const jeroenToken = await stack.current().tokenFor(jeroen.email);

    expect((await complete(sanneToken)).status).toBe(428);
    const stranger = await complete(jeroenToken, booked.etag);
    expect(stranger.status).toBe(404);
    const done = await complete(sanneToken, booked.etag);
    expect(done.status).toBe(200);
    const held = ConversationView.parse(await done.json());
    expect(held.conversation).toMatchObject({ status: 'gehouden', completedBy: sanne.id });
    expect(done.headers.get('etag')).toBe(held.etag);
    // A retry with the etag it had, or the manager a moment later: still held, nothing else changes.
    const again = ConversationView.parse(await (await complete(sanneToken, booked.etag)).json());
    const byManager = ConversationView.parse(await (await complete(token, held.etag)).json());
    expect([again.etag, byManager.etag]).toEqual([held.etag, held.etag]);
    expect(byManager.conversation.completedAt).toBe(held.conversation.completedAt);
    // Its reminders are skipped from now on, however soon their turn comes.
    const reminders = (await stack.current().stores.reminders.listDue(booked.conversation.tenantId, first!.start.slice(0, 10), first!.end)).items.filter((r) => r.subjectId === id);
    expect(reminders.map((r) => r.kind)).toContain('meeting-day');
    for (const reminder of reminders) expect(conversationReminderRelevance(reminder, held.conversation, false, new Date())).toBe('skip');

    const other = ConversationResponse.parse(
      await (await stack.current().api('/conversations', sendJson('POST', { employeeId: sanne.id, start: second!.start, end: second!.end, requestId: randomUUID() }, token))).json(),
    );
    const cancelled = ConversationView.parse(
      await (await stack.current().api(`/conversations/${other.conversation.id}/cancel`, sendJson('POST', {}, token, { 'if-match': other.etag }))).json(),
    );
    const refused = await stack.current().api(`/conversations/${other.conversation.id}/complete`, { method: 'POST', token: sanneToken, headers: { 'if-match': cancelled.etag } });
    expect(refused.status).toBe(409);
    const problem = await problemOf(refused);
    expect(problem.code).toBe('conversation-cancelled');
    expect(problem.detail).toMatch(/geannuleerd/);
  });

  it('saves preparation partially, shares only what the employee shares, and refuses a stale save', async () => {
    const managerToken = await stack.current().tokenFor(linda.email);
    const slot = (await proposalsFor(managerToken, sanne.id)).slots[0]!;
    const created = await stack.current().api('/conversations', sendJson('POST', { employeeId: sanne.id, start: slot.start, end: slot.end, requestId: randomUUID() }, managerToken));
    const id = ConversationResponse.parse(await created.json()).conversation.id;
    const sanneToken = await stack.current().tokenFor(sanne.email);

    const saved = await stack.current().api(
      `/conversations/${id}/preparation`,
      sendJson('PUT', { answers: [{ questionId: 'sterktes', text: 'Storingen vinden', shared: true }, { questionId: 'valkuil', text: 'Ongeduld' }] }, sanneToken),
    );
    expect(saved.status).toBe(200);
    const first = PreparationResponse.parse(await saved.json());
    expect(first.mine?.answers).toHaveLength(2);

    const stale = await stack.current().api(`/conversations/${id}/preparation`, sendJson('PUT', { answers: [] }, sanneToken, { 'if-match': '"verouderd"' }));
    expect(stale.status).toBe(412);

    const blind = await stack.current().api(`/conversations/${id}/preparation`, sendJson('PUT', { answers: [] }, sanneToken));
    expect(blind.status).toBe(412);

    const wrongQuestion = await stack.current().api(`/conversations/${id}/preparation`, sendJson('PUT', { answers: [{ questionId: 'aanbod', text: 'x' }] }, sanneToken));
    expect(wrongQuestion.status).toBe(400);

    const tooLong = await stack.current().api(`/conversations/${id}/preparation`, sendJson('PUT', { answers: [{ questionId: 'sterktes', text: 'x'.repeat(2001) }] }, sanneToken));
    expect(tooLong.status).toBe(400);

    const managerView = await stack.current().api(`/conversations/${id}/preparation`, { token: managerToken });
    const seen = PreparationResponse.parse(await managerView.json());
    expect(seen.role).toBe('manager');
    expect(seen.sharedByEmployee?.answers.map((a) => a.text)).toEqual(['Storingen vinden']);

    // Nothing of the refused saves reached the store.
    const again = PreparationResponse.parse(await (await stack.current().api(`/conversations/${id}/preparation`, { token: sanneToken })).json());
    expect(again.mine?.answers.map((a) => a.text)).toEqual(['Storingen vinden', 'Ongeduld']);
    expect(again.etag).toBe(first.etag);
  });

  it('offers the invitation as an .ics file to both parties, and the cancellation once cancelled', async () => {
    const token = await stack.current().tokenFor(jeroen.email);
    const slot = (await proposalsFor(token, ahmed.id)).slots[1]!;
    const created = await stack.current().api('/conversations', sendJson('POST', { employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: randomUUID() }, token));
    const booked = ConversationResponse.parse(await created.json());

    const ahmedToken = await stack.current().tokenFor(ahmed.email);
    const invite = await stack.current().api(`/conversations/${booked.conversation.id}/invite.ics`, { token: ahmedToken });
    expect(invite.status).toBe(200);
    expect(invite.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await invite.text();
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain(`DTSTART:${slot.start.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(text).toContain('mailto:ahmed@hendriks.example');

    await stack.current().api(`/conversations/${booked.conversation.id}/cancel`, sendJson('POST', {}, token, { 'if-match': booked.etag }));
    const cancelled = await (await stack.current().api(`/conversations/${booked.conversation.id}/invite.ics`, { token: ahmedToken })).text();
    expect(cancelled).toContain('METHOD:CANCEL');

    const outsider = await stack.current().tokenFor(linda.email);
    expect((await stack.current().api(`/conversations/${booked.conversation.id}/invite.ics`, { token: outsider })).status).toBe(404);
  });

  it('lists every booking route in the OpenAPI document', async () => {
    const doc = (await (await stack.current().api('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/conversations'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/conversations/{id}/preparation'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(doc.paths['/bookings/proposals']?.get).toBeDefined();
    expect(doc.paths['/conversations/{id}/reschedule']?.post).toBeDefined();
    expect(doc.paths['/conversations/{id}/cancel']?.post).toBeDefined();
    expect(doc.paths['/conversations/{id}/complete']?.post).toBeDefined();
  });
});
