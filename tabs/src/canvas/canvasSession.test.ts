import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { CANVAS_WRITE_RETRY, initialGuidance, koerskaart, retryDelay, type ApplyOperationsResponse, type CanvasOperation, type CanvasView } from '@koers/domain';
import { CanvasSession, Unreachable, type CanvasTransport } from './canvasSession';
import { compact, nextBatch, outboxKey, readOutbox, requeue, writeOutbox, type OutboxStore } from './outbox';

const AHMED = '0a000000-0000-4000-8000-000000000104';
const JEROEN = '0a000000-0000-4000-8000-000000000101';
const AT = '2026-11-20T10:00:00.000Z';

function view(): CanvasView {
  const party = (id: string, displayName: string) => ({ id, displayName, email: `${displayName}@hendriks.example` });
  return {
    canvas: { id: 'c-1', employeeId: AHMED, managerId: JEROEN, guidance: initialGuidance('standaard'), state: koerskaart.emptyCanvas(), createdAt: AT, updatedAt: AT },
    etag: '"1"',
    conversation: { id: 'c-1', kind: 'loopbaangesprek', status: 'concept' },
    employee: party(AHMED, 'Ahmed'),
    manager: party(JEROEN, 'Jeroen'),
  };
}

class MemoryStore implements OutboxStore {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

/** A server that applies what it is sent, and a switch to cut the network. */
function fakeServer() {
  const received: CanvasOperation[][] = [];
  let online = true;
  let etag = 1;
  let attempts = 0;
  const transport: CanvasTransport = {
    load: async () => {
      if (!online) throw new Unreachable('offline');
      return 'not-modified';
    },
    negotiate: async () => {
      throw new Unreachable('no socket in this test');
    },
    send: async ({ operations }): Promise<ApplyOperationsResponse> => {
      attempts++;
      if (!online) throw new Unreachable('offline');
      received.push(operations);
      return { etag: `"${++etag}"`, applied: operations.length, retries: 0 };
    },
  };
  return {
    transport,
    received,
    setOnline: (value: boolean) => (online = value),
    get attempts() {
      return attempts;
    },
  };
}

/** A note in `section` with `text`, made through the session the way the board makes it. */
function addNote(session: CanvasSession, cardId: string, section: koerskaart.SectionId = 'wensen'): void {
  session.apply(koerskaart.addCard(session.state, { cardId, section, order: koerskaart.orderAt(session.state, section, 0) }, session.writer()));
}

function type(session: CanvasSession, cardId: string, text: string): void {
  session.apply(koerskaart.editText(session.state, { cardId, text }, session.writer()));
}

const texts = (session: CanvasSession, section: koerskaart.SectionId = 'wensen') =>
  koerskaart.cardsInSection(session.state, section).map((card) => koerskaart.fieldText(card, 'text').value);

const sessions: CanvasSession[] = [];
function open(transport: CanvasTransport, storage: OutboxStore): CanvasSession {
  const session = new CanvasSession(view(), AHMED, transport, storage);
  sessions.push(session);
  return session;
}

afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
  jest.useRealTimers();
});

describe('the outbox steps', () => {
  const writer = (replicaId: string): koerskaart.Writer => ({ userId: AHMED, replicaId, nonce: `n${Math.random().toString(36).slice(2, 10)}` });
  let state = koerskaart.emptyCanvas();
  const add = koerskaart.addCard(state, { cardId: 'a', section: 'wensen', order: koerskaart.orderAt(state, 'wensen', 0) }, writer('r1'));
  state = koerskaart.applyOperation(state, add);
  const edit1 = koerskaart.editText(state, { cardId: 'a', text: 'M' }, writer('r1'));
  state = koerskaart.applyOperation(state, edit1);
  const edit2 = koerskaart.editText(state, { cardId: 'a', text: 'Me' }, writer('r1'));
  const other = koerskaart.editText(state, { cardId: 'a', text: 'X' }, writer('r2'));

  it('send only the last of one session’s keystrokes in a field, and keep everything else in order', () => {
    expect(compact([add, edit1, other, edit2])).toEqual([add, other, edit2]);
  });

  it('send batches in the order the edits were made', () => {
    expect(nextBatch([add, edit1, edit2], 1)).toEqual({ batch: [add], rest: [edit2] });
  });

  it('put a failed batch back in front of what was queued meanwhile, without the refused operations', () => {
    expect(requeue([add, edit1], [edit2])).toEqual([add, edit1, edit2]);
    expect(requeue([add, edit1], [edit2], [1])).toEqual([add, edit2]);
  });

  it('keep the outbox per canvas and person, and read tampered or broken storage as empty', () => {
    const storage = new MemoryStore();
    const key = outboxKey('c-1', AHMED);
    expect(key).not.toBe(outboxKey('c-1', JEROEN));
    writeOutbox(storage, key, [add, edit1]);
    expect(readOutbox(storage, key)).toEqual([add, edit1]);
    writeOutbox(storage, key, []);
    expect(storage.items.has(key)).toBe(false);
    storage.setItem(key, '{not json');
    expect(readOutbox(storage, key)).toEqual([]);
    storage.setItem(key, JSON.stringify([{ type: 'dropTables' }]));
    expect(readOutbox(storage, key)).toEqual([]);
    const throwing: OutboxStore = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(readOutbox(throwing, key)).toEqual([]);
    expect(() => writeOutbox(throwing, key, [add])).not.toThrow();
  });
});

describe('a Koerskaart session’s outbox', () => {
  it('keeps edits made offline in storage and sends them, in order, once the network is back', async () => {
    jest.useFakeTimers();
    const server = fakeServer();
    const storage = new MemoryStore();
    const session = open(server.transport, storage);
    server.setOnline(false);
    addNote(session, 'a');
    await jest.advanceTimersByTimeAsync(0);
    type(session, 'a', 'Meer klantcontact');
    await jest.advanceTimersByTimeAsync(0);
    expect(session.current().connection).toBe('offline');
    expect(session.current().pending).toBe(2);
    expect(readOutbox(storage, outboxKey('c-1', AHMED)).map((op) => op.type)).toEqual(['addCard', 'editText']);
    expect(server.received).toEqual([]);

    server.setOnline(true);
    // Two sends failed (the card, then the text): the write loop waits out the second backoff.
    await jest.advanceTimersByTimeAsync(retryDelay(CANVAS_WRITE_RETRY, 2, 1));
    expect(server.received.flat().map((op) => op.type)).toEqual(['addCard', 'editText']);
    expect(session.current().pending).toBe(0);
    expect(storage.items.size).toBe(0);
  });

  it('backs off while the network stays away, and sends within a poll once the API answers again', async () => {
    jest.useFakeTimers();
    const server = fakeServer();
    const session = open(server.transport, new MemoryStore());
    session.start();
    await jest.advanceTimersByTimeAsync(0);
    server.setOnline(false);
    addNote(session, 'a');
    await jest.advanceTimersByTimeAsync(0);
    // Offline for a minute: the waits grow, so the tries are a handful, not sixty.
    const before = server.attempts;
    await jest.advanceTimersByTimeAsync(60_000);
    expect(server.attempts - before).toBeLessThan(12);
    expect(session.current().connection).toBe('offline');
    expect(session.current().pending).toBe(1);

    // The backoff has grown to ten seconds; the next poll (one second) notices the API is back.
    server.setOnline(true);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(server.received.flat().map((op) => op.type)).toEqual(['addCard']);
    expect(session.current().pending).toBe(0);
  });

  it('restores an unsent outbox after a reload, shows it at once and sends it on start', async () => {
    const server = fakeServer();
    const storage = new MemoryStore();
    server.setOnline(false);
    jest.useFakeTimers();
    const before = open(server.transport, storage);
    addNote(before, 'a');
    type(before, 'a', 'Cursus');
    await jest.advanceTimersByTimeAsync(0);
    before.close();

    server.setOnline(true);
    const after = open(server.transport, storage);
    expect(texts(after)).toEqual(['Cursus']);
    expect(after.current().pending).toBe(2);
    after.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(server.received.flat().map((op) => op.type)).toEqual(['addCard', 'editText']);
    expect(after.current().pending).toBe(0);
    expect(storage.items.size).toBe(0);
  });

  it('queues edits made while a batch is on its way and sends them after its acknowledgement, never twice', async () => {
    const server = fakeServer();
    let release: () => void = () => undefined;
    const slow: CanvasTransport = {
      ...server.transport,
      send: async (body) => {
        await new Promise<void>((resolve) => (release = resolve));
        return server.transport.send(body);
      },
    };
    const storage = new MemoryStore();
    const session = open(slow, storage);
    addNote(session, 'a');
    type(session, 'a', 'M');
    type(session, 'a', 'Me');
    type(session, 'a', 'Mee');
    // The first batch (the card) is in flight; the keystrokes wait, and are compacted to the last.
    expect(readOutbox(storage, outboxKey('c-1', AHMED))).toHaveLength(4);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(server.received.map((batch) => batch.map((op) => op.type))).toEqual([['addCard'], ['editText']]);
    const lastEdit = server.received[1]?.[0];
    expect(lastEdit?.type === 'editText' && lastEdit.write.value).toBe('Mee');
    expect(session.current().pending).toBe(0);
    expect(storage.items.size).toBe(0);
    // Nothing more goes out: acknowledged operations left the outbox for good.
    await session.flush();
    expect(server.received).toHaveLength(2);
  });

  it('resends a batch whose acknowledgement was lost, which the merge takes as the same edit', async () => {
    jest.useFakeTimers();
    const server = fakeServer();
    let loseNextAnswer = true;
    const flaky: CanvasTransport = {
      ...server.transport,
      send: async (body) => {
        const answer = await server.transport.send(body);
        if (loseNextAnswer) {
          loseNextAnswer = false;
          throw new Unreachable('answer lost');
        }
        return answer;
      },
    };
    const session = open(flaky, new MemoryStore());
    addNote(session, 'a');
    type(session, 'a', 'Eén keer');
    await jest.advanceTimersByTimeAsync(1500);
    expect(server.received).toHaveLength(2);
    // The unacknowledged card goes again, first, with the keystroke queued behind it.
    expect(server.received[1]?.slice(0, 1)).toEqual(server.received[0]);
    expect(server.received[1]?.map((op) => op.type)).toEqual(['addCard', 'editText']);
    // Delivered twice or once: the server's merge ends in the same canvas.
    const applyAll = (state: koerskaart.KoerskaartState, ops: readonly CanvasOperation[]) =>
      ops.reduce((s, op) => koerskaart.applyOperation(s, op as koerskaart.KoerskaartOperation), state);
    const once = applyAll(koerskaart.emptyCanvas(), server.received[1] ?? []);
    const twice = applyAll(applyAll(koerskaart.emptyCanvas(), server.received[0] ?? []), server.received[1] ?? []);
    expect(twice).toEqual(once);
    expect(texts(session)).toEqual(['Eén keer']);
  });
});

/** The json.webpubsub.azure.v1 frames the service sends, pushed by hand into the session. */
class FakeSocket {
  readyState = 1;
  readonly sent: string[] = [];
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
  }
  frame(frame: unknown): void {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.();
  }
}

describe('the shared preparation answers on an open canvas', () => {
  function live() {
    const sockets: FakeSocket[] = [];
    const transport: CanvasTransport = {
      ...fakeServer().transport,
      negotiate: async () => ({ url: 'wss://pubsub.example/client', group: 'canvas_c-1', protocol: 'json.webpubsub.azure.v1' }),
    };
    const session = new CanvasSession(view(), JEROEN, transport, new MemoryStore(), () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket as unknown as WebSocket;
    });
    sessions.push(session);
    return { session, sockets };
  }

  it('are read again when the live channel says the employee saved their preparation', async () => {
    const { session, sockets } = live();
    session.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const socket = sockets[0];
    if (!socket) throw new Error('no socket opened');
    socket.frame({ type: 'system', event: 'connected' });
    expect(session.current().preparationVersion).toBe(0);
    socket.frame({ type: 'message', from: 'server', dataType: 'json', data: { type: 'preparation', canvasId: 'c-1' } });
    expect(session.current().preparationVersion).toBe(1);
    // Something that merely looks like it does not count.
    socket.frame({ type: 'message', from: 'server', dataType: 'json', data: { type: 'preparation' } });
    expect(session.current().preparationVersion).toBe(1);
  });

  it('are read again after a reconnect and every few polls, since an announcement may have been missed', async () => {
    jest.useFakeTimers();
    const { session, sockets } = live();
    session.start();
    await jest.advanceTimersByTimeAsync(0);
    sockets[0]?.frame({ type: 'system', event: 'connected' });
    sockets[0]?.drop();
    const before = session.current().preparationVersion;
    // Polling every second while the socket is gone.
    await jest.advanceTimersByTimeAsync(4_900);
    expect(session.current().preparationVersion).toBe(before + 1);
    // The socket comes back (tried again after 5 s): what it missed is caught up.
    await jest.advanceTimersByTimeAsync(200);
    sockets[1]?.frame({ type: 'system', event: 'connected' });
    expect(sockets).toHaveLength(2);
    expect(session.current().preparationVersion).toBe(before + 2);
  });
});
