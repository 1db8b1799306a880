import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import {
  ApplyOperationsResponse,
  CanvasOperationsMessage,
  CanvasView,
  employeeKey,
  koerskaart,
  KOERS_STANDAARD,
  templateVersionId,
  NegotiateResponse,
  type CanvasOperation,
  type Conversation,
} from '@koers/domain';
import WebSocket from 'ws';
import { frameText } from '../realtime/localWebPubSub';
import { useLocalStack } from '../testing/localStack';

const handle = useLocalStack();
const { jeroen, ahmed, linda, sanne, kees, daan, fatima, an } = SAMPLE_PEOPLE;

const tokens = new Map<string, string>();
async function token(email: string): Promise<string> {
  const known = tokens.get(email);
  if (known) return known;
  const minted = await handle.current().tokenFor(email);
  tokens.set(email, minted);
  return minted;
}

async function call(email: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return handle.current().api(path, {
    method: init.method ?? 'GET',
    token: await token(email),
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function createCanvas(email: string, body: Record<string, unknown>): Promise<CanvasView> {
  const response = await call(email, '/canvases', { method: 'POST', body });
  expect([200, 201]).toContain(response.status);
  return CanvasView.parse(await response.json());
}

async function send(email: string, canvasId: string, replicaId: string, operations: CanvasOperation[]) {
  const response = await call(email, `/canvases/${canvasId}/operations`, { method: 'POST', body: { replicaId, operations } });
  if (response.status !== 200) throw new Error(`operations answered ${response.status}: ${await response.text()}`);
  return ApplyOperationsResponse.parse(await response.json());
}

async function load(email: string, canvasId: string): Promise<CanvasView> {
  const response = await call(email, `/canvases/${canvasId}`);
  expect(response.status).toBe(200);
  return CanvasView.parse(await response.json());
}

type TextDoc = ReturnType<typeof koerskaart.loadTextDoc>;

/**
 * One editing session as the tab is one: a Yjs document per card, operations made against what it
 * has seen. `clientId` is its Yjs id (every page session has its own).
 */
function session(clientId: number) {
  const docs = new Map<string, TextDoc>();
  const doc = (cardId: string) => {
    let found = docs.get(cardId);
    if (!found) docs.set(cardId, (found = koerskaart.loadTextDoc(undefined, clientId)));
    return found;
  };
  const typing = (cardId: string, change: (text: ReturnType<TextDoc['getText']>) => void): CanvasOperation => {
    const update = koerskaart.captureUpdate(doc(cardId), () => change(doc(cardId).getText('text')));
    if (!update) throw new Error('nothing typed');
    return { type: 'editText', cardId, epoch: 0, update };
  };
  return {
    add: (cardId: string, section: koerskaart.SectionId, text: string): CanvasOperation[] => [
      { type: 'addCard', cardId, kind: 'note', section, order: 'V' },
      ...(text ? [typing(cardId, (t) => t.insert(0, text))] : []),
    ],
    insert: (cardId: string, at: number, text: string) => typing(cardId, (t) => t.insert(Math.min(at, t.length), text)),
    replace: (cardId: string, text: string) => typing(cardId, (t) => koerskaart.replaceText(t, text)),
    /** Takes in what the server stored (a load, as the tab does on open and when polling). */
    see(view: CanvasView) {
      for (const card of Object.values(view.canvas.state.cards)) {
        if (card.text) koerskaart.applyTextUpdates(doc(card.id), [card.text]);
      }
    },
  };
}

function text(view: CanvasView, cardId: string): string | undefined {
  const card = view.canvas.state.cards[cardId];
  return card && !card.deleted ? koerskaart.cardTexts(card).text : undefined;
}

describe('starting a Koerskaart', () => {
  it('lets a manager start one with a report without a booked meeting, in the standard variant', async () => {
    const view = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    expect(view.conversation.status).toBe('concept');
    expect(view.employee.id).toBe(ahmed.id);
    expect(view.manager.id).toBe(jeroen.id);
    expect(view.canvas.guidance.variant).toBe('standaard');
  });

  it('decides nothing from age: the standard variant unless one of the two chooses "langer werken"', async () => {
    const view = await createCanvas(linda.email, { employeeId: kees.id });
    expect(view.canvas.guidance.variant).toBe('standaard');
    expect(view.employee).not.toHaveProperty('birthYear');
    const chosen = await createCanvas(linda.email, { employeeId: daan.id, variant: 'langer-werken' });
    expect(chosen.canvas.guidance.variant).toBe('langer-werken');
  });

  it('starts with the Koerskaart the employee chose in their preparation', async () => {
    const conversation = await bookedConversation({ employeeId: sanne.id, managerId: linda.id });
    const prepared = await call(sanne.email, `/conversations/${conversation.id}/preparation`, { method: 'PUT', body: { answers: [], variant: 'langer-werken' } });
    expect([200, 201]).toContain(prepared.status);
    const view = await createCanvas(linda.email, { conversationId: conversation.id });
    expect(view.canvas.guidance.variant).toBe('langer-werken');
  });

  it('starts the canvas of a booked conversation once, whoever of the two asks first', async () => {
    const conversation = await bookedConversation({ employeeId: sanne.id, managerId: linda.id });
    const first = await call(sanne.email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } });
    const second = await call(linda.email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(CanvasView.parse(await second.json()).canvas.createdAt).toBe(CanvasView.parse(await first.json()).canvas.createdAt);
  });

  it('opens a canvas that exists in one request, with what is on it, for either party', async () => {
    const conversation = await bookedConversation({ employeeId: sanne.id, managerId: linda.id });
    const started = await call(linda.email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } });
    expect(started.status).toBe(201);
    await send(linda.email, conversation.id, 'linda-tab', session(1300).add('wens', 'wensen', 'Meer klantcontact'));
    for (const email of [sanne.email, linda.email]) {
      const opened = await call(email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } });
      expect(opened.status).toBe(200);
      const view = CanvasView.parse(await opened.json());
      expect(text(view, 'wens')).toBe('Meer klantcontact');
      expect(opened.headers.get('etag')).toBe(`"${view.etag.replace(/"/g, '')}"`);
    }
  });

  it('answers with the prompts of the template the conversation pinned, so the board shows them without another request', async () => {
    const ref = { templateId: `techniek-${randomUUID().slice(0, 8)}`, version: 1 };
    const wensen = { nl: 'Waar wil je over vijf jaar staan in de techniek?', en: 'Where do you want to be in five years, in engineering?' };
    await handle.current().stores.templates.create({
      ...KOERS_STANDAARD,
      sectionPrompts: { wensen },
      id: templateVersionId(ref),
      tenantId: linda.tenantId,
      ...ref,
      createdAt: new Date().toISOString(),
      createdBy: fatima.id,
    });
    const conversation = await bookedConversation({ employeeId: sanne.id, managerId: linda.id, template: ref });
    const started = await createCanvas(linda.email, { conversationId: conversation.id });
    expect(started.conversation).toMatchObject({ template: ref, sectionPrompts: { wensen } });
    expect((await load(sanne.email, conversation.id)).conversation.sectionPrompts).toEqual({ wensen });
    // The built-in template leaves every section its own prompt.
    const plain = await bookedConversation({ employeeId: sanne.id, managerId: linda.id });
    expect((await createCanvas(linda.email, { conversationId: plain.id })).conversation.sectionPrompts).toEqual({});
  });

  it('starts one canvas when both parties open a booked conversation at the same moment', async () => {
    const conversation = await bookedConversation({ employeeId: sanne.id, managerId: linda.id });
    const opened = await Promise.all(
      [sanne.email, linda.email, sanne.email, linda.email].map((email) => call(email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } })),
    );
    expect(opened.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    const views = await Promise.all(opened.map(async (r) => CanvasView.parse(await r.json())));
    expect(new Set(views.map((v) => v.canvas.createdAt)).size).toBe(1);
    expect(new Set(views.map((v) => v.canvas.id))).toEqual(new Set([conversation.id]));
    expect((await load(sanne.email, conversation.id)).canvas.createdAt).toBe(views[0]?.canvas.createdAt);
  });

  it.each([
    ['an empty conversation id', 400, { conversationId: '' }],
    ['a conversation id longer than any', 400, { conversationId: 'x'.repeat(101) }],
    ['a variant the Koerskaart does not have', 400, { employeeId: sanne.id, variant: 'beoordeling' }],
    ['a conversation id that is not a string', 400, { conversationId: 42 }],
    ['a conversation nobody booked', 404, { conversationId: randomUUID() }],
  ])('answers an opening with %s with a %i problem', async (_what, status, body) => {
    const response = await call(linda.email, '/canvases', { method: 'POST', body });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lets a former manager neither open nor read the canvas once the employee has another', async () => {
    const { people } = handle.current().stores;
    const lindaRecord = (await people.get(linda.tenantId, linda.id))!.value;
    const moved = (await people.create({ ...lindaRecord, id: randomUUID(), email: `eva-${randomUUID()}@contoso.nl`, displayName: 'Eva Verhuisd', managerId: linda.id })).value;
    const conversation = await bookedConversation({ employeeId: moved.id, managerId: linda.id });
    expect((await call(linda.email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } })).status).toBe(201);
    const stored = (await people.get(moved.tenantId, moved.id))!;
    await people.replace({ ...stored.value, managerId: jeroen.id }, stored.etag);
    expect((await call(linda.email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } })).status).toBe(404);
    expect((await call(linda.email, `/canvases/${conversation.id}`)).status).toBe(404);
    // The new manager was no party to that conversation: theirs is a new one, not this canvas.
    expect((await call(jeroen.email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } })).status).toBe(404);
  });

  it('refuses a manager who names someone outside their team', async () => {
    const response = await call(jeroen.email, '/canvases', { method: 'POST', body: { employeeId: sanne.id } });
    expect(response.status).toBe(403);
  });

  it('finds the canvas of a Teams meeting by its chat thread', async () => {
    const { conversation, meetingId } = await bookedMeeting();
    await createCanvas(linda.email, { conversationId: conversation.id });
    const response = await call(sanne.email, `/canvases?meetingId=${encodeURIComponent(meetingId)}`);
    expect(response.status).toBe(200);
    expect(CanvasView.parse(await response.json()).canvas.id).toBe(conversation.id);
  });

  it('starts the canvas of a meeting’s booked conversation on first open, by meeting.id or chat.id', async () => {
    const { conversation, meetingId, thread } = await bookedMeeting();
    // Nobody opened it yet: the lookup says so, and the first party to open it starts it.
    expect((await call(linda.email, `/canvases?meetingId=${encodeURIComponent(meetingId)}`)).status).toBe(404);
    const first = await call(linda.email, '/canvases', { method: 'POST', body: { meetingId } });
    expect(first.status).toBe(201);
    expect(CanvasView.parse(await first.json()).canvas.id).toBe(conversation.id);
    const second = await call(sanne.email, '/canvases', { method: 'POST', body: { meetingId: thread } });
    expect(second.status).toBe(200);
    expect(CanvasView.parse(await second.json()).canvas.id).toBe(conversation.id);
  });

  it('finds nothing for a meeting without a booked conversation', async () => {
    const meetingId = Buffer.from('0#19:meeting_bm9nLW5pZXRzLWdlYm9la3Q@thread.v2#0', 'utf8').toString('base64');
    expect((await call(linda.email, `/canvases?meetingId=${encodeURIComponent(meetingId)}`)).status).toBe(404);
    expect((await call(linda.email, '/canvases', { method: 'POST', body: { meetingId } })).status).toBe(404);
    expect((await call(linda.email, '/canvases', { method: 'POST', body: { meetingId: 'geen-teams-id' } })).status).toBe(404);
  });

  it('links a canvas started from a meeting nobody booked to that meeting, so the side panel finds it again', async () => {
    const thread = `19:meeting_${Buffer.from(`ongeboekt-${randomUUID()}`).toString('base64url')}@thread.v2`;
    const meetingId = Buffer.from(`0#${thread}#0`, 'utf8').toString('base64');
    // Linda names Sanne; Sanne, at the same moment, starts it with her own manager: one conversation.
    const [byManager, byEmployee] = await Promise.all([
      call(linda.email, '/canvases', { method: 'POST', body: { meetingId, employeeId: sanne.id } }),
      call(sanne.email, '/canvases', { method: 'POST', body: { meetingId: thread, employeeId: sanne.id } }),
    ]);
    expect([byManager.status, byEmployee.status].sort()).toEqual([200, 201]);
    const started = CanvasView.parse(await byManager.json());
    expect(CanvasView.parse(await byEmployee.json()).canvas.id).toBe(started.canvas.id);
    expect(started.conversation.status).toBe('concept');

    for (const email of [linda.email, sanne.email]) {
      const reopened = await call(email, `/canvases?meetingId=${encodeURIComponent(meetingId)}`);
      expect(reopened.status).toBe(200);
      expect(CanvasView.parse(await reopened.json()).canvas.id).toBe(started.canvas.id);
    }
    const stored = await handle.current().stores.conversations.findById(sanne.tenantId, started.canvas.id);
    expect(stored?.value).toMatchObject({ teamsThreadId: thread, employeeId: sanne.id, managerId: linda.id });
    // Someone else in that meeting finds nothing, and cannot start a second one on it.
    expect((await call(fatima.email, `/canvases?meetingId=${encodeURIComponent(meetingId)}`)).status).toBe(404);
    expect((await call(jeroen.email, '/canvases', { method: 'POST', body: { meetingId, employeeId: ahmed.id } })).status).toBe(404);
  });

  it.each([
    ['HR', fatima.email],
    ["the manager's manager", jeroen.email],
    ['another tenant', an.email],
  ])('tells %s in the meeting nothing about its conversation, and starts nothing for them', async (_who, email) => {
    const { conversation, meetingId } = await bookedMeeting();
    const before = await call(email, '/canvases', { method: 'POST', body: { meetingId } });
    expect(before.status).toBe(404);
    await createCanvas(sanne.email, { conversationId: conversation.id });
    const after = await call(email, `/canvases?meetingId=${encodeURIComponent(meetingId)}`);
    expect(after.status).toBe(404);
    expect(await after.text()).not.toContain(conversation.id);
    expect((await call(email, '/canvases', { method: 'POST', body: { meetingId } })).status).toBe(404);
  });

  it('refuses a request that names both a meeting and a conversation', async () => {
    const { conversation, meetingId } = await bookedMeeting();
    expect((await call(linda.email, '/canvases', { method: 'POST', body: { meetingId, conversationId: conversation.id } })).status).toBe(400);
  });
});

let meetings = 0;
/** Sanne and Linda's booked conversation with a Teams meeting, as booking stores it from Graph. */
async function bookedMeeting() {
  // Graph's onlineMeeting.joinUrl carries the chat thread, URL-encoded.
  const thread = `19:meeting_${Buffer.from(`koers-test-${randomUUID()}-${++meetings}`).toString('base64url')}@thread.v2`;
  const conversation = await bookedConversation({
    employeeId: sanne.id,
    managerId: linda.id,
    meeting: { eventId: `evt-${meetings}`, joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=%7b%7d` },
  });
  // Teams' meeting.id: base64 of "0#<thread>#0".
  return { conversation, thread, meetingId: Buffer.from(`0#${thread}#0`, 'utf8').toString('base64') };
}

async function bookedConversation(parts: Pick<Conversation, 'employeeId' | 'managerId'> & Partial<Conversation>): Promise<Conversation> {
  const now = new Date().toISOString();
  const start = new Date(Date.now() + 14 * 86_400_000);
  const conversation: Conversation = {
    id: randomUUID(),
    tenantId: jeroen.tenantId,
    kind: 'loopbaangesprek',
    status: 'gepland',
    start: start.toISOString(),
    end: new Date(start.getTime() + 3_600_000).toISOString(),
    createdAt: now,
    updatedAt: now,
    ...parts,
  };
  return (await handle.current().stores.conversations.create(conversation)).value;
}

describe('writing a Koerskaart from two sessions at once', () => {
  it('keeps every character of two writers racing on different cards and in the same card', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const j = session(101);
    const a = session(202);
    await send(jeroen.email, canvas.id, 'jeroen-tab', [...j.add('gedeeld', 'wensen', 'Samen: ')]);
    a.see(await load(ahmed.email, canvas.id));

    const rounds = 25;
    const results = await Promise.all([
      (async () => {
        const out = [];
        for (let i = 0; i < rounds; i++) out.push(await send(jeroen.email, canvas.id, 'jeroen-tab', [...j.add(`j${i}`, 'noden', `Jeroen ${i}`), j.insert('gedeeld', 0, 'J')]));
        return out;
      })(),
      (async () => {
        const out = [];
        for (let i = 0; i < rounds; i++) out.push(await send(ahmed.email, canvas.id, 'ahmed-tab', [...a.add(`a${i}`, 'wensen', `Ahmed ${i}`), a.insert('gedeeld', 999, 'a')]));
        return out;
      })(),
    ]);

    const stored = await load(ahmed.email, canvas.id);
    for (let i = 0; i < rounds; i++) {
      expect(text(stored, `j${i}`)).toBe(`Jeroen ${i}`);
      expect(text(stored, `a${i}`)).toBe(`Ahmed ${i}`);
    }
    // Both typed in the shared card without seeing each other: both texts are there, no conflict.
    expect(text(stored, 'gedeeld')).toBe(`${'J'.repeat(rounds)}Samen: ${'a'.repeat(rounds)}`);
    // Every batch was acknowledged once and counted; the races were retried on the server.
    expect(results.flat().every((r) => r.applied === 3)).toBe(true);
    // The author of every card is the person whose token sent it.
    expect(stored.canvas.state.cards.j0?.authorId).toBe(jeroen.id);
    expect(stored.canvas.state.cards.a0?.authorId).toBe(ahmed.id);
  });

  it('treats a re-delivered batch as already applied', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const batch = session(303).add('x', 'opening', 'Hoe sta je in je werk?');
    expect((await send(jeroen.email, canvas.id, 'j3', batch)).applied).toBe(2);
    expect((await send(jeroen.email, canvas.id, 'j3', batch)).applied).toBe(0);
    expect(text(await load(jeroen.email, canvas.id), 'x')).toBe('Hoe sta je in je werk?');
  });

  it('answers a poll with 304 while nothing changed', async () => {
    const { canvas, etag } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const unchanged = await call(ahmed.email, `/canvases/${canvas.id}`, { headers: { 'if-none-match': `"${etag.replace(/"/g, '')}"` } });
    expect(unchanged.status).toBe(304);
    await send(jeroen.email, canvas.id, 'j4', session(404).add('y', 'opening', 'Energie'));
    const changed = await call(ahmed.email, `/canvases/${canvas.id}`, { headers: { 'if-none-match': `"${etag.replace(/"/g, '')}"` } });
    expect(changed.status).toBe(200);
  });
});

describe('refusing what does not belong on a Koerskaart', () => {
  it('answers invalid operations with a 400 problem and stores nothing', async () => {
    const { canvas, etag } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const response = await call(jeroen.email, `/canvases/${canvas.id}/operations`, {
      method: 'POST',
      body: { replicaId: 'r', operations: [{ type: 'addCard', cardId: 'bad id!', kind: 'note', section: 'wensen', order: 'V' }] },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await load(jeroen.email, canvas.id)).etag).toBe(etag);
  });

  it('refuses a batch with text for a field the card does not have (409) and stores none of it', async () => {
    const { canvas, etag } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const doc = koerskaart.loadTextDoc(undefined, 505);
    const update = koerskaart.captureUpdate(doc, () => doc.getText('valkuil').insert(0, 'Te veel hooi op de vork'));
    const response = await call(jeroen.email, `/canvases/${canvas.id}/operations`, {
      method: 'POST',
      body: { replicaId: 'j5', operations: [...session(506).add('z2', 'opening', 'Nieuw'), { type: 'editText', cardId: 'z2', epoch: 0, update }] },
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { code: string; errors: { path: string; message: string }[] };
    expect(body.code).toBe('canvas-operation-refused');
    expect(body.errors[0]).toEqual({ path: 'operations.2', message: 'field-not-on-card' });
    const stored = await load(jeroen.email, canvas.id);
    expect(stored.canvas.state.cards.z2).toBeUndefined();
    expect(stored.etag).toBe(etag);
  });
});

describe('attacks on the Koerskaart write path: refused or harmless, never a 5xx', () => {
  it('stamps the author and editor from the token, whatever the operation claims', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const spoofed = [
      { type: 'addCard', cardId: 'nep', kind: 'note', section: 'wensen', order: 'V', authorId: ahmed.id, updatedBy: an.id, version: Number.MAX_SAFE_INTEGER },
      { type: 'moveCard', cardId: 'nep', section: 'noden', order: 'a', version: Number.MAX_SAFE_INTEGER, updatedBy: ahmed.id },
      { type: 'setGuidance', phase: 'afspraken', version: Number.MAX_SAFE_INTEGER, versionNonce: 'zzzz', updatedBy: ahmed.id },
    ];
    const response = await call(jeroen.email, `/canvases/${canvas.id}/operations`, { method: 'POST', body: { replicaId: 'spoof', operations: spoofed } });
    expect(response.status).toBe(200);
    const stored = await load(ahmed.email, canvas.id);
    expect(stored.canvas.state.cards.nep).toMatchObject({ authorId: jeroen.id, place: { section: 'noden', version: 2, updatedBy: jeroen.id } });
    expect(stored.canvas.guidance).toMatchObject({ phase: 'afspraken', version: 1, updatedBy: jeroen.id });
    // A huge version from a client froze cards and phase for good before; now the next move just wins.
    await send(ahmed.email, canvas.id, 'a', [{ type: 'moveCard', cardId: 'nep', section: 'wensen', order: 'b' }, { type: 'setGuidance', phase: 'voorstellen' }]);
    const after = await load(jeroen.email, canvas.id);
    expect(after.canvas.state.cards.nep?.place).toMatchObject({ section: 'wensen', version: 3, updatedBy: ahmed.id });
    expect(after.canvas.guidance).toMatchObject({ phase: 'voorstellen', version: 2 });
  });

  it('answers malformed text, huge or negative epochs and unknown cards with a 4xx, and stores nothing', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    await send(jeroen.email, canvas.id, 'j', session(1400).add('k', 'wensen', 'Basis'));
    const { etag } = await load(jeroen.email, canvas.id);
    const good = session(1401).insert('k', 0, 'x') as CanvasOperation & { type: 'editText' };
    const attempts: unknown[] = [
      { ...good, update: 'AAAAA' },
      { ...good, update: Buffer.from([1, 1, 5, 0, 4, 1, 255, 255, 255, 255, 15]).toString('base64') },
      { ...good, epoch: Number.MAX_SAFE_INTEGER },
      { ...good, epoch: -1 },
      { ...good, cardId: 'bestaat-niet' },
      { type: 'moveCard', cardId: 'bestaat-niet', section: 'wensen', order: 'V' },
      { type: 'addCard', cardId: 'x', kind: 'note', section: 'geheim', order: 'V' },
    ];
    for (const op of attempts) {
      const response = await call(ahmed.email, `/canvases/${canvas.id}/operations`, { method: 'POST', body: { replicaId: 'a', operations: [op] } });
      expect([400, 409]).toContain(response.status);
    }
    expect((await load(jeroen.email, canvas.id)).etag).toBe(etag);
  });

  it('takes any number of concurrent writers typing in one field without a 5xx', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    await send(jeroen.email, canvas.id, 'j', session(600).add('druk', 'wensen', 'Basis'));
    const base = await load(jeroen.email, canvas.id);
    const writers = Array.from({ length: 20 }, (_, i) => {
      const w = session(700 + i);
      w.see(base);
      return w;
    });
    const answers = await Promise.all(writers.map((w, i) => call(i % 2 ? ahmed.email : jeroen.email, `/canvases/${canvas.id}/operations`, { method: 'POST', body: { replicaId: `w${i}`, operations: [w.insert('druk', 5, ` ${i}`)] } })));
    expect(answers.map((r) => r.status).every((status) => status === 200)).toBe(true);
    const merged = text(await load(jeroen.email, canvas.id), 'druk') ?? '';
    for (let i = 0; i < 20; i++) expect(merged).toContain(` ${i}`);
  });

  it('refuses growth beyond 1.5 MB with a clear problem, and still takes what makes the canvas smaller', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const j = session(800);
    const long = 'x'.repeat(koerskaart.MAX_TEXT_LENGTH);
    let refused: Response | undefined;
    for (let batch = 0; batch < 60 && !refused; batch++) {
      const ops = Array.from({ length: 8 }, (_, i) => j.add(`vol-${batch}-${i}`, 'wensen', `${long}${batch}-${i}`)).flat();
      const response = await call(jeroen.email, `/canvases/${canvas.id}/operations`, { method: 'POST', body: { replicaId: 'vol', operations: ops } });
      if (response.status !== 200) refused = response;
    }
    expect(refused?.status).toBe(413);
    const problem = (await refused?.json()) as { code: string; detail: string };
    expect(problem.code).toBe('canvas-too-large');
    expect(problem.detail).toMatch(/1,5 MB|1.5 MB/);
    expect((await send(jeroen.email, canvas.id, 'vol', [{ type: 'deleteCard', cardId: 'vol-0-0' }])).applied).toBe(1);
  });

  it('erases a deleted card\'s text from storage and from the canvas everyone reads', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const secret = 'Ik solliciteer stiekem elders';
    const a = session(900);
    await send(ahmed.email, canvas.id, 'a', a.add('geheim', 'wensen', secret));
    await send(jeroen.email, canvas.id, 'j', [{ type: 'deleteCard', cardId: 'geheim' }]);
    // Typing that was on its way when the card went: harmless, and not stored either.
    expect((await send(ahmed.email, canvas.id, 'a', [a.insert('geheim', 0, 'Echt: ')])).applied).toBe(0);
    const response = await call(ahmed.email, `/canvases/${canvas.id}`);
    expect(await response.text()).not.toContain(Buffer.from('stiekem').toString('base64').slice(0, 8));
    const stored = await handle.current().stores.canvases.get(ahmed.tenantId, ahmed.id, canvas.id);
    const raw = JSON.stringify(stored?.value);
    expect(raw).not.toContain('stiekem');
    expect(stored?.value.state.cards.geheim).toMatchObject({ deleted: { by: jeroen.id } });
    expect(stored?.value.state.cards.geheim?.text).toBeUndefined();
  });
});

describe('closing the Koerskaart after the conversation', () => {
  it('makes it read-only for both after "Gesprek afronden", until either reopens it, and logs who did what', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    await send(ahmed.email, canvas.id, 'a', session(1000).add('k', 'afspraken', 'Cursus plannen'));
    const locked = await call(jeroen.email, `/canvases/${canvas.id}/lock`, { method: 'POST' });
    expect(locked.status).toBe(200);
    expect(CanvasView.parse(await locked.json()).canvas.lock).toMatchObject({ by: jeroen.id });
    for (const email of [ahmed.email, jeroen.email]) {
      const refused = await call(email, `/canvases/${canvas.id}/operations`, { method: 'POST', body: { replicaId: 'x', operations: [{ type: 'setGuidance', phase: 'afspraken' }] } });
      expect(refused.status).toBe(423);
      expect(((await refused.json()) as { code: string }).code).toBe('canvas-locked');
    }
    // The text is kept, in a document compacted to its text alone.
    const closed = await load(ahmed.email, canvas.id);
    expect(text(closed, 'k')).toBe('Cursus plannen');
    expect(closed.canvas.state.cards.k?.epoch).toBe(1);

    const reopened = await call(ahmed.email, `/canvases/${canvas.id}/reopen`, { method: 'POST' });
    expect(reopened.status).toBe(200);
    const view = CanvasView.parse(await reopened.json());
    expect(view.canvas.lock).toBeUndefined();
    expect(view.canvas.lockLog).toEqual([
      { action: 'afronden', by: jeroen.id, at: expect.any(String) },
      { action: 'heropenen', by: ahmed.id, at: expect.any(String) },
    ]);
    // Typing made on the document from before the closing must start again from the new one.
    const stale = await call(ahmed.email, `/canvases/${canvas.id}/operations`, { method: 'POST', body: { replicaId: 'a', operations: [session(1001).insert('k', 0, 'x')] } });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe('stale-epoch');
    expect((await call(sanne.email, `/canvases/${canvas.id}/lock`, { method: 'POST' })).status).toBe(404);
  });
});

describe('reading a canvas stored before co-editing', () => {
  it('migrates its cards when read and stores them in the new form on the next write', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const stored = await handle.current().stores.canvases.get(ahmed.tenantId, ahmed.id, canvas.id);
    const write = (value: string, version: number, replicaId: string) => ({ value, version, versionNonce: `n${version}`, updatedBy: ahmed.id, replicaId, clock: { [replicaId]: version } });
    const legacy = {
      ...stored!.value,
      guidance: { ...stored!.value.guidance, version: Number.MAX_SAFE_INTEGER, versionNonce: 'zzz' },
      state: {
        cards: {
          oud: { id: 'oud', kind: 'note', authorId: ahmed.id, place: { section: 'wensen', order: 'V', version: Number.MAX_SAFE_INTEGER, versionNonce: 'n', updatedBy: ahmed.id }, fields: { text: [write('Meer klantcontact', 2, 'r1')] } },
        },
      },
    };
    // Written as the old code wrote it, past the current schema.
    await handle.current().database.container('canvases').items.upsert({ ...legacy, employeeKey: employeeKey(ahmed.tenantId, ahmed.id) });
    const view = await load(jeroen.email, canvas.id);
    expect(text(view, 'oud')).toBe('Meer klantcontact');
    expect(view.canvas.guidance.version).toBe(0);
    const j = session(1100);
    j.see(view);
    expect((await send(jeroen.email, canvas.id, 'j', [j.insert('oud', 999, ' en reizen'), { type: 'setGuidance', phase: 'voorstellen' }])).applied).toBe(2);
    const after = await load(ahmed.email, canvas.id);
    expect(text(after, 'oud')).toBe('Meer klantcontact en reizen');
    expect(after.canvas.guidance).toMatchObject({ phase: 'voorstellen', version: 1 });
  });
});

describe('who may open a Koerskaart', () => {
  let canvasId: string;
  beforeAll(async () => {
    canvasId = (await createCanvas(linda.email, { employeeId: sanne.id })).canvas.id;
  });

  // A colleague hears what an unknown id gets: not even that the conversation exists.
  it.each([
    ['HR', fatima.email, 404],
    ["the manager's manager", jeroen.email, 404],
    ['another tenant', an.email, 404],
  ])('refuses %s to read, write or join it', async (_who, email, status) => {
    expect((await call(email, `/canvases/${canvasId}`)).status).toBe(status);
    expect((await call(email, `/canvases/${canvasId}/negotiate`)).status).toBe(status);
    const ops = session(1200).add('intruder', 'opening', 'Ik lees mee');
    expect((await call(email, `/canvases/${canvasId}/operations`, { method: 'POST', body: { replicaId: 'x', operations: ops } })).status).toBe(status);
    expect((await call(email, `/canvases/${canvasId}/lock`, { method: 'POST' })).status).toBe(status);
    expect((await call(email, '/canvases', { method: 'POST', body: { conversationId: canvasId } })).status).toBe(status);
    expect((await load(sanne.email, canvasId)).canvas.state.cards.intruder).toBeUndefined();
  });
});

describe('the live channel', () => {
  async function connect(email: string, canvasId: string) {
    const response = await call(email, `/canvases/${canvasId}/negotiate`);
    expect(response.status).toBe(200);
    const negotiated = NegotiateResponse.parse(await response.json());
    const socket = new WebSocket(negotiated.url, negotiated.protocol);
    const frames: unknown[] = [];
    socket.on('message', (raw) => frames.push(JSON.parse(frameText(raw)) as unknown));
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return { socket, frames, group: negotiated.group, presenceGroup: negotiated.presenceGroup };
  }

  async function eventually(check: () => boolean, ms = 3000) {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('publishes each stored write to the other party and carries presence between them', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const ahmedSocket = await connect(ahmed.email, canvas.id);
    const jeroenSocket = await connect(jeroen.email, canvas.id);
    await send(jeroen.email, canvas.id, 'j6', session(1300).add('live', 'wensen', 'Meer klantcontact'));

    const isOps = (f: unknown) => CanvasOperationsMessage.safeParse((f as { data?: unknown }).data).success;
    await eventually(() => ahmedSocket.frames.some(isOps));
    const frame = ahmedSocket.frames.find(isOps) as { from: string; data: unknown };
    expect(frame.from).toBe('server');
    const message = CanvasOperationsMessage.parse(frame.data);
    expect(message).toMatchObject({ replicaId: 'j6', userId: jeroen.id, cards: [{ id: 'live', authorId: jeroen.id }] });
    expect(message.texts).toHaveLength(1);

    jeroenSocket.socket.send(
      JSON.stringify({ type: 'sendToGroup', group: jeroenSocket.presenceGroup, ackId: 1, noEcho: true, dataType: 'json', data: { type: 'presence', replicaId: 'j6', userId: jeroen.id, editing: { cardId: 'live', field: 'text' } } }),
    );
    await eventually(() => ahmedSocket.frames.some((f) => (f as { fromUserId?: string }).fromUserId === jeroen.id));
    await eventually(() => jeroenSocket.frames.some((f) => (f as { type?: string; ackId?: number }).type === 'ack'));
    // A token for one canvas does not admit its holder to another group.
    jeroenSocket.socket.send(JSON.stringify({ type: 'joinGroup', group: 'canvas_other', ackId: 2 }));
    await eventually(() => jeroenSocket.frames.some((f) => (f as { ackId?: number; success?: boolean }).ackId === 2));
    expect(jeroenSocket.frames).toContainEqual(expect.objectContaining({ ackId: 2, success: false }));
    // Nor can it publish a change to the canvas' group: only the Functions app does.
    jeroenSocket.socket.send(
      JSON.stringify({ type: 'sendToGroup', group: jeroenSocket.group, ackId: 3, dataType: 'json', data: { ...message, cards: [{ ...message.cards[0], id: 'spook' }] } }),
    );
    await eventually(() => jeroenSocket.frames.some((f) => (f as { ackId?: number }).ackId === 3));
    expect(jeroenSocket.frames).toContainEqual(expect.objectContaining({ ackId: 3, success: false }));

    const rest = handle.current().pubsub.received.find((r) => (r.body as { type?: string }).type === 'operations');
    expect(rest).toMatchObject({ method: 'POST', contentType: expect.stringContaining('application/json') });
    expect(rest?.path).toMatch(/^\/api\/hubs\/koerskaart\/groups\/canvas_[0-9a-f]{40}\/:send$/);
    expect(rest?.query['api-version']).toBeDefined();
    ahmedSocket.socket.close();
    jeroenSocket.socket.close();
  });
  it('tells both parties when either saves their preparation, without carrying any answer', async () => {
    const conversation = await bookedConversation({ employeeId: sanne.id, managerId: linda.id });
    await createCanvas(linda.email, { conversationId: conversation.id });
    const lindaSocket = await connect(linda.email, conversation.id);
    const isPreparation = (f: unknown) => (f as { data?: { type?: string } }).data?.type === 'preparation';
    const save = (email: string, body: unknown, ifMatch?: string) =>
      call(email, `/conversations/${conversation.id}/preparation`, { method: 'PUT', body, headers: ifMatch ? { 'if-match': ifMatch } : {} });

    // Both parties' shared answers are on the canvas: each save is announced, the answers never.
    expect((await save(linda.email, { answers: [{ questionId: 'paden', text: 'Notitie van Linda', shared: true }] })).status).toBe(200);
    await eventually(() => lindaSocket.frames.filter(isPreparation).length === 1);
    const saved = await save(sanne.email, { answers: [{ questionId: 'hoe-sta-je', text: 'Goed, wel druk', shared: true }] });
    expect(saved.status).toBe(200);
    await eventually(() => lindaSocket.frames.filter(isPreparation).length === 2);
    const frames = lindaSocket.frames.filter(isPreparation);
    expect(frames).toHaveLength(2);
    for (const frame of frames) expect(frame).toMatchObject({ data: { type: 'preparation', canvasId: conversation.id } });
    expect(JSON.stringify(frames)).not.toContain('druk');
    expect(JSON.stringify(frames)).not.toContain('Notitie van Linda');
    lindaSocket.socket.close();
  });
});
