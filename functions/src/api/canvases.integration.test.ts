import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import {
  ApplyOperationsResponse,
  CanvasOperationsMessage,
  CanvasView,
  koerskaart,
  NegotiateResponse,
  type CanvasOperation,
  type Conversation,
} from '@koers/domain';
import WebSocket from 'ws';
import { frameText } from '../realtime/localWebPubSub';
import { useLocalStack } from '../testing/localStack';

const handle = useLocalStack();
const { jeroen, ahmed, linda, sanne, kees, fatima, an } = SAMPLE_PEOPLE;

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

/** One editing session: makes operations against what it has seen, like the tab does. */
function session(userId: string, replicaId: string) {
  let state = koerskaart.emptyCanvas();
  let n = 0;
  const writer = () => ({ userId, replicaId, nonce: `${replicaId}-${++n}` });
  const keep = <T extends koerskaart.KoerskaartOperation>(op: T): T => {
    state = koerskaart.applyOperation(state, op);
    return op;
  };
  return {
    get state() {
      return state;
    },
    see(other: koerskaart.KoerskaartState) {
      state = koerskaart.mergeCanvas(state, other);
    },
    add: (cardId: string, section: koerskaart.SectionId, text: string) =>
      keep(koerskaart.addCard(state, { cardId, section, order: koerskaart.orderAt(state, section, 999), texts: { text } }, writer())),
    edit: (cardId: string, text: string) => keep(koerskaart.editText(state, { cardId, text }, writer())),
  };
}

function text(view: CanvasView, cardId: string): string[] {
  const card = view.canvas.state.cards[cardId];
  return (card?.fields.text ?? []).map((w) => w.value).sort();
}

describe('starting a Koerskaart', () => {
  it('lets a manager start one with a report without a booked meeting, in the standard variant', async () => {
    const view = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    expect(view.conversation.status).toBe('concept');
    expect(view.employee.id).toBe(ahmed.id);
    expect(view.manager.id).toBe(jeroen.id);
    expect(view.canvas.guidance.variant).toBe('standaard');
  });

  it('offers the "langer werken" variant by default for an employee of 55 or older', async () => {
    const view = await createCanvas(linda.email, { employeeId: kees.id });
    expect(view.canvas.guidance.variant).toBe('langer-werken');
  });

  it('starts the canvas of a booked conversation once, whoever of the two asks first', async () => {
    const conversation = await bookedConversation({ employeeId: sanne.id, managerId: linda.id });
    const first = await call(sanne.email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } });
    const second = await call(linda.email, '/canvases', { method: 'POST', body: { conversationId: conversation.id } });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(CanvasView.parse(await second.json()).canvas.createdAt).toBe(CanvasView.parse(await first.json()).canvas.createdAt);
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
  it('keeps every edit of two writers racing on different cards and on the same card', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const j = session(jeroen.id, 'jeroen-tab');
    const a = session(ahmed.id, 'ahmed-tab');
    const shared = j.add('gedeeld', 'wensen', '');
    await send(jeroen.email, canvas.id, 'jeroen-tab', [shared]);
    a.see(j.state);

    const rounds = 25;
    const results = await Promise.all([
      (async () => {
        const out = [];
        for (let i = 0; i < rounds; i++) out.push(await send(jeroen.email, canvas.id, 'jeroen-tab', [j.add(`j${i}`, 'noden', `Jeroen ${i}`), j.edit('gedeeld', `Jeroen typt ${i}`)]));
        return out;
      })(),
      (async () => {
        const out = [];
        for (let i = 0; i < rounds; i++) out.push(await send(ahmed.email, canvas.id, 'ahmed-tab', [a.add(`a${i}`, 'wensen', `Ahmed ${i}`), a.edit('gedeeld', `Ahmed typt ${i}`)]));
        return out;
      })(),
    ]);

    const stored = await load(ahmed.email, canvas.id);
    for (let i = 0; i < rounds; i++) {
      expect(text(stored, `j${i}`)).toEqual([`Jeroen ${i}`]);
      expect(text(stored, `a${i}`)).toEqual([`Ahmed ${i}`]);
    }
    // Neither saw the other's typing in the shared card: both last texts stand, as a conflict.
    expect(text(stored, 'gedeeld')).toEqual([`Ahmed typt ${rounds - 1}`, `Jeroen typt ${rounds - 1}`]);
    // Every batch was acknowledged once and counted; the races were merged on the server.
    expect(results.flat().every((r) => r.applied === 2)).toBe(true);
    // The stored canvas is exactly the join of what both sessions wrote.
    expect(stored.canvas.state).toEqual(koerskaart.mergeCanvas(j.state, a.state));
  });

  it('never lets a stale edit silently overwrite a newer one', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const j = session(jeroen.id, 'j2');
    const a = session(ahmed.id, 'a2');
    await send(jeroen.email, canvas.id, 'j2', [j.add('k', 'afspraken', 'Cursus plannen')]);
    a.see(j.state);
    await send(ahmed.email, canvas.id, 'a2', [a.edit('k', 'Cursus plannen vóór juni')]);
    // Jeroen had not seen Ahmed's edit: his write is concurrent, not a replacement.
    await send(jeroen.email, canvas.id, 'j2', [j.edit('k', 'Coaching plannen')]);

    expect(text(await load(jeroen.email, canvas.id), 'k')).toEqual(['Coaching plannen', 'Cursus plannen vóór juni']);
  });

  it('treats a re-delivered batch as already applied', async () => {
    const { canvas } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const j = session(jeroen.id, 'j3');
    const batch = [j.add('x', 'opening', 'Hoe sta je in je werk?')];
    expect((await send(jeroen.email, canvas.id, 'j3', batch)).applied).toBe(1);
    expect((await send(jeroen.email, canvas.id, 'j3', batch)).applied).toBe(0);
  });

  it('answers a poll with 304 while nothing changed', async () => {
    const { canvas, etag } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const unchanged = await call(ahmed.email, `/canvases/${canvas.id}`, { headers: { 'if-none-match': `"${etag.replace(/"/g, '')}"` } });
    expect(unchanged.status).toBe(304);
    const j = session(jeroen.id, 'j4');
    await send(jeroen.email, canvas.id, 'j4', [j.add('y', 'opening', 'Energie')]);
    const changed = await call(ahmed.email, `/canvases/${canvas.id}`, { headers: { 'if-none-match': `"${etag.replace(/"/g, '')}"` } });
    expect(changed.status).toBe(200);
  });
});

describe('refusing what does not belong on a Koerskaart', () => {
  it('answers invalid operations with a 400 problem and stores nothing', async () => {
    const { canvas, etag } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const response = await call(jeroen.email, `/canvases/${canvas.id}/operations`, {
      method: 'POST',
      body: { replicaId: 'r', operations: [{ type: 'addCard', card: { id: 'bad id!' } }] },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await load(jeroen.email, canvas.id)).etag).toBe(etag);
  });

  it('refuses a batch with an operation that contradicts its card (409) and stores none of it', async () => {
    const { canvas, etag } = await createCanvas(jeroen.email, { employeeId: ahmed.id });
    const j = session(jeroen.id, 'j5');
    const add = j.add('z', 'opening', 'Eerste');
    await send(jeroen.email, canvas.id, 'j5', [add]);
    const impostor = { ...j.edit('z', 'Tweede'), card: { ...add.card, authorId: ahmed.id, fields: undefined } };
    const { fields: _f, ...header } = impostor.card;
    const response = await call(jeroen.email, `/canvases/${canvas.id}/operations`, {
      method: 'POST',
      body: { replicaId: 'j5', operations: [j.add('z2', 'opening', 'Nieuw'), { ...impostor, card: header }] },
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { code: string; errors: { path: string }[] };
    expect(body.code).toBe('canvas-operation-refused');
    expect(body.errors[0]?.path).toBe('operations.1');
    const stored = await load(jeroen.email, canvas.id);
    expect(stored.canvas.state.cards.z2).toBeUndefined();
    expect(stored.etag).not.toBe(etag);
  });
});

describe('who may open a Koerskaart', () => {
  let canvasId: string;
  beforeAll(async () => {
    canvasId = (await createCanvas(linda.email, { employeeId: sanne.id })).canvas.id;
  });

  it.each([
    ['HR', fatima.email, 403],
    ["the manager's manager", jeroen.email, 403],
    ['another tenant', an.email, 404],
  ])('refuses %s to read, write or join it', async (_who, email, status) => {
    expect((await call(email, `/canvases/${canvasId}`)).status).toBe(status);
    expect((await call(email, `/canvases/${canvasId}/negotiate`)).status).toBe(status);
    const op = session(SAMPLE_PEOPLE.fatima.id, 'x').add('intruder', 'opening', 'Ik lees mee');
    expect((await call(email, `/canvases/${canvasId}/operations`, { method: 'POST', body: { replicaId: 'x', operations: [op] } })).status).toBe(status);
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
    return { socket, frames, group: negotiated.group };
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
    const j = session(jeroen.id, 'j6');
    await send(jeroen.email, canvas.id, 'j6', [j.add('live', 'wensen', 'Meer klantcontact')]);

    const isOps = (f: unknown) => CanvasOperationsMessage.safeParse((f as { data?: unknown }).data).success;
    await eventually(() => ahmedSocket.frames.some(isOps));
    const message = CanvasOperationsMessage.parse((ahmedSocket.frames.find(isOps) as { data: unknown }).data);
    expect(message.replicaId).toBe('j6');
    expect(message.operations).toHaveLength(1);

    jeroenSocket.socket.send(
      JSON.stringify({ type: 'sendToGroup', group: jeroenSocket.group, ackId: 1, noEcho: true, dataType: 'json', data: { type: 'presence', replicaId: 'j6', userId: jeroen.id, editing: { cardId: 'live', field: 'text' } } }),
    );
    await eventually(() => ahmedSocket.frames.some((f) => (f as { fromUserId?: string }).fromUserId === jeroen.id));
    await eventually(() => jeroenSocket.frames.some((f) => (f as { type?: string; ackId?: number }).type === 'ack'));
    // A token for one canvas does not admit its holder to another group.
    jeroenSocket.socket.send(JSON.stringify({ type: 'joinGroup', group: 'canvas_other', ackId: 2 }));
    await eventually(() => jeroenSocket.frames.some((f) => (f as { ackId?: number; success?: boolean }).ackId === 2));
    expect(jeroenSocket.frames).toContainEqual(expect.objectContaining({ ackId: 2, success: false }));

    const rest = handle.current().pubsub.received.at(-1);
    expect(rest).toMatchObject({ method: 'POST', contentType: expect.stringContaining('application/json') });
    expect(rest?.path).toMatch(/^\/api\/hubs\/koerskaart\/groups\/canvas_[0-9a-f]{40}\/:send$/);
    expect(rest?.query['api-version']).toBeDefined();
    ahmedSocket.socket.close();
    jeroenSocket.socket.close();
  });
  it('tells both parties when the employee saves their preparation, without carrying any answer', async () => {
    const conversation = await bookedConversation({ employeeId: sanne.id, managerId: linda.id });
    await createCanvas(linda.email, { conversationId: conversation.id });
    const lindaSocket = await connect(linda.email, conversation.id);
    const isPreparation = (f: unknown) => (f as { data?: { type?: string } }).data?.type === 'preparation';
    const save = (email: string, body: unknown, ifMatch?: string) =>
      call(email, `/conversations/${conversation.id}/preparation`, { method: 'PUT', body, headers: ifMatch ? { 'if-match': ifMatch } : {} });

    // The manager's own preparation is not on the canvas: nothing to announce.
    expect((await save(linda.email, { answers: [{ questionId: 'paden', text: 'Notitie van Linda' }] })).status).toBe(200);
    const saved = await save(sanne.email, { answers: [{ questionId: 'hoe-sta-je', text: 'Goed, wel druk', shared: true }] });
    expect(saved.status).toBe(200);
    await eventually(() => lindaSocket.frames.some(isPreparation));
    const frames = lindaSocket.frames.filter(isPreparation);
    expect(frames).toHaveLength(1);
    expect(frames[0]).toMatchObject({ data: { type: 'preparation', canvasId: conversation.id } });
    expect(JSON.stringify(frames[0])).not.toContain('druk');
    lindaSocket.socket.close();
  });
});
