import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  applyCanvasOperation,
  CANVAS_WRITE_RETRY,
  initialGuidance,
  koerskaart,
  lockCanvas,
  retryDelay,
  type ApplyOperationsResponse,
  type Canvas,
  type CanvasChanges,
  type CanvasOperation,
  type CanvasView,
} from '@koers/domain';
import { readOutbox } from './canvasMessages';
import { CanvasLocked, CanvasSession, loadCanvasMessages, RefusedOperations, Unreachable, type CanvasTransport } from './canvasSession';
import { compact, nextBatch, outboxKey, requeue, writeOutbox, type OutboxStore } from './outbox';

const AHMED = '0a000000-0000-4000-8000-000000000104';
const JEROEN = '0a000000-0000-4000-8000-000000000101';
const AT = '2026-11-20T10:00:00.000Z';

function emptyCanvas(): Canvas {
  return { id: 'c-1', tenantId: '0a000000-0000-4000-8000-0000000000aa', employeeId: AHMED, managerId: JEROEN, guidance: initialGuidance('standaard'), state: koerskaart.emptyCanvas(), createdAt: AT, updatedAt: AT };
}

function view(canvas: Canvas = emptyCanvas(), etag = '"1"'): CanvasView {
  const party = (id: string, displayName: string) => ({ id, displayName, email: `${displayName}@hendriks.example` });
  const { tenantId: _tenant, ...rest } = canvas;
  return {
    canvas: rest,
    etag,
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

/**
 * A server that applies what it is sent by the server's own rules (the domain's), tells the
 * sessions that listen what it stored, and has a switch to cut the network.
 */
function fakeServer() {
  const received: CanvasOperation[][] = [];
  let canvas = emptyCanvas();
  let online = true;
  let etag = 1;
  let attempts = 0;
  let compactNext = false;
  const listeners: ((changes: CanvasChanges, etag: string) => void)[] = [];
  const transport = (userId: string): CanvasTransport => ({
    load: async () => {
      if (!online) throw new Unreachable('offline');
      return view(canvas, `"${etag}"`);
    },
    negotiate: async () => {
      throw new Unreachable('no socket in this test');
    },
    reopen: async () => {
      const { lock: _lock, ...open } = canvas;
      canvas = open;
      etag++;
      return view(canvas, `"${etag}"`);
    },
    send: async ({ operations }): Promise<ApplyOperationsResponse> => {
      attempts++;
      // The request is on its way: what the tab does meanwhile happens before the server has it.
      await Promise.resolve();
      if (!online) throw new Unreachable('offline');
      if (canvas.lock) throw new CanvasLocked('canvas-locked');
      received.push(operations);
      let next = canvas;
      const changes: CanvasChanges = { cards: [], texts: [] };
      let applied = 0;
      operations.forEach((op, index) => {
        let outcome;
        try {
          outcome = applyCanvasOperation(next, op, { userId, now: AT });
        } catch (error) {
          if (error instanceof koerskaart.KoerskaartError) throw new RefusedOperations([index], [error.code]);
          throw error;
        }
        if (outcome.canvas === next) return;
        applied++;
        next = outcome.canvas;
        if (outcome.change.card) {
          changes.cards.push(outcome.change.card.meta);
          if (outcome.change.card.text) changes.texts.push({ cardId: outcome.change.card.meta.id, ...outcome.change.card.text });
        }
        if (outcome.change.guidance) changes.guidance = outcome.change.guidance;
      });
      if (compactNext) {
        // This write made the server compact the card's text document (as many sessions would).
        compactNext = false;
        changes.texts = changes.texts.map((text) => {
          const compacted = koerskaart.compactCard(next.state, next.state.cards[text.cardId]!);
          next = { ...next, state: compacted.state };
          changes.cards = changes.cards.map((meta) => (meta.id === text.cardId && compacted.change ? compacted.change.meta : meta));
          return { cardId: text.cardId, ...compacted.change!.text! };
        });
      }
      canvas = next;
      if (applied > 0) etag++;
      for (const listener of listeners) listener(changes, `"${etag}"`);
      return { etag: `"${etag}"`, applied, retries: 0, changes };
    },
  });
  return {
    transport: transport(AHMED),
    transportFor: transport,
    received,
    get canvas() {
      return canvas;
    },
    /** "Gesprek afronden": the server compacts every card's text into a new document. */
    lock: () => {
      canvas = lockCanvas(canvas, { userId: JEROEN, now: AT }).canvas;
      etag++;
    },
    reopen: () => {
      const { lock: _lock, ...open } = canvas;
      canvas = open;
      etag++;
    },
    /** Everything stored from now on is also told to `listener`, as the live channel does. */
    listen: (listener: (changes: CanvasChanges, etag: string) => void) => listeners.push(listener),
    setOnline: (value: boolean) => (online = value),
    compactOnNextWrite: () => (compactNext = true),
    get attempts() {
      return attempts;
    },
  };
}

/** A card stored with "Cursus", then "Cursus plannen" typed while the server was out of reach. */
async function typedWhileAway() {
  jest.useFakeTimers();
  const server = fakeServer();
  const session = open(server.transport, new MemoryStore());
  addNote(session, 'a');
  type(session, 'a', 'Cursus');
  await jest.advanceTimersByTimeAsync(0);
  server.setOnline(false);
  type(session, 'a', 'Cursus plannen');
  await jest.advanceTimersByTimeAsync(0);
  return { server, session };
}

/** A note in `section`, made through the session the way the board makes it. */
function addNote(session: CanvasSession, cardId: string, section: koerskaart.SectionId = 'wensen'): void {
  session.addCard({ cardId, section, order: koerskaart.orderAt(session.state, section, 0) });
}

function type(session: CanvasSession, cardId: string, text: string): void {
  session.typeText(cardId, 'text', text);
}

const texts = (session: CanvasSession, section: koerskaart.SectionId = 'wensen') =>
  koerskaart.cardsInSection(session.state, section).map((card) => session.text(card.id, 'text').toJSON());

// The tab fetches the validation before it restores an outbox (CanvasPage); here it is there from the start.
beforeAll(async () => {
  await loadCanvasMessages();
});

const sessions: CanvasSession[] = [];
function open(transport: CanvasTransport, storage: OutboxStore, userId = AHMED, canvasView = view()): CanvasSession {
  const session = new CanvasSession(canvasView, userId, transport, storage);
  sessions.push(session);
  return session;
}

afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
  jest.useRealTimers();
});

describe('the outbox steps', () => {
  const doc = koerskaart.loadTextDoc(undefined, 4711);
  const add: CanvasOperation = { type: 'addCard', cardId: 'a', kind: 'note', section: 'wensen', order: 'V' };
  const typing = (text: string): CanvasOperation => ({ type: 'editText', cardId: 'a', epoch: 0, update: koerskaart.captureUpdate(doc, () => doc.getText('text').insert(doc.getText('text').length, text)) ?? '' });
  const edit1 = typing('M');
  const move: CanvasOperation = { type: 'moveCard', cardId: 'a', section: 'noden', order: 'V' };
  const edit2 = typing('e');

  it('send one card’s typing as one update in the place of the first keystroke, and keep everything else in order', () => {
    const compacted = compact([add, edit1, move, edit2]);
    expect(compacted.map((op) => op.type)).toEqual(['addCard', 'editText', 'moveCard']);
    const merged = koerskaart.loadTextDoc(undefined, 1234);
    koerskaart.applyTextUpdates(merged, [(compacted[1] as CanvasOperation & { type: 'editText' }).update]);
    expect(merged.getText('text').toJSON()).toBe('Me');
  });

  it('send batches in the order the edits were made', () => {
    expect(nextBatch([add, move], 1)).toEqual({ batch: [add], rest: [move] });
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
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Meer klantcontact');
    // The server's record, with the author from the token, replaced the tab's guess.
    expect(session.state.cards.a).toMatchObject({ authorId: AHMED, place: { version: 1 } });
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
    // A new page session writes under a Yjs id of its own.
    expect(after.clientId).not.toBe(before.clientId);
    after.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(server.received.flat().map((op) => op.type)).toEqual(['addCard', 'editText']);
    expect(after.current().pending).toBe(0);
    expect(storage.items.size).toBe(0);
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Cursus');
  });

  it('queues typing made while a batch is on its way and sends it after the acknowledgement as one update, never twice', async () => {
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
    // The first batch (the card) is in flight; the keystrokes wait, merged into one update.
    expect(readOutbox(storage, outboxKey('c-1', AHMED)).map((op) => op.type)).toEqual(['addCard', 'editText']);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(server.received.map((batch) => batch.map((op) => op.type))).toEqual([['addCard'], ['editText']]);
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Mee');
    expect(session.current().pending).toBe(0);
    expect(storage.items.size).toBe(0);
    // Nothing more goes out: acknowledged operations left the outbox for good.
    await session.flush();
    expect(server.received).toHaveLength(2);
  });

  it('resends a batch whose acknowledgement was lost, which the server takes as the same edit', async () => {
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
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Eén keer');
    expect(texts(session)).toEqual(['Eén keer']);
  });
});

describe('two people typing in one card', () => {
  /** A session on the live channel of `server`, hearing what it stores as the service would say it. */
  async function onAir(server: ReturnType<typeof fakeServer>, userId: string) {
    const sockets: FakeSocket[] = [];
    const transport: CanvasTransport = {
      ...server.transportFor(userId),
      negotiate: async () => ({ url: 'wss://pubsub.example/client', group: 'canvas_c-1', presenceGroup: 'canvas_c-1_presence', protocol: 'json.webpubsub.azure.v1' }),
    };
    const session = new CanvasSession(view(server.canvas), userId, transport, new MemoryStore(), () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket as unknown as WebSocket;
    });
    sessions.push(session);
    session.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const socket = sockets[0];
    if (!socket) throw new Error('no socket opened');
    socket.frame({ type: 'system', event: 'connected' });
    server.listen((changes, etag) =>
      socket.frame({ type: 'message', from: 'server', dataType: 'json', data: { type: 'operations', canvasId: 'c-1', etag, userId, replicaId: 'other', ...changes } }),
    );
    return { session, socket };
  }

  it('see each other’s characters where they were typed, with nothing to resolve', async () => {
    const server = fakeServer();
    const { session: ahmed } = await onAir(server, AHMED);
    addNote(ahmed, 'a');
    type(ahmed, 'a', 'Meer klantcontact');
    await ahmed.flush();
    const { session: jeroen } = await onAir(server, JEROEN);
    expect(texts(jeroen)).toEqual(['Meer klantcontact']);
    // Both type at once, before either hears of the other.
    type(ahmed, 'a', 'Graag meer klantcontact');
    type(jeroen, 'a', 'Meer klantcontact en reizen');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Graag meer klantcontact en reizen');
    expect(texts(ahmed)).toEqual(['Graag meer klantcontact en reizen']);
    expect(texts(jeroen)).toEqual(['Graag meer klantcontact en reizen']);
    expect(jeroen.state.cards.a?.authorId).toBe(AHMED);
  });

  it('believes changes only from the server, not a client posting them to the group', async () => {
    const server = fakeServer();
    const { session, socket } = await onAir(server, JEROEN);
    const phantom = { id: 'spook', kind: 'note', authorId: JEROEN, place: { section: 'wensen', order: 'V', version: 1, updatedBy: JEROEN }, epoch: 0 };
    const data = { type: 'operations', canvasId: 'c-1', etag: '"99"', userId: JEROEN, replicaId: 'x', cards: [phantom], texts: [] };
    socket.frame({ type: 'message', from: 'group', fromUserId: JEROEN, group: 'canvas_c-1_presence', dataType: 'json', data });
    expect(session.state.cards.spook).toBeUndefined();
    socket.frame({ type: 'message', from: 'server', dataType: 'json', data });
    expect(session.state.cards.spook).toBeDefined();
  });

  it('drops typing the server refused and shows the server’s text again, and types on from there', async () => {
    const server = fakeServer();
    let refuseNext = false;
    const strict: CanvasTransport = {
      ...server.transport,
      send: async (body) => {
        if (refuseNext && body.operations[0]?.type === 'editText') {
          refuseNext = false;
          throw new RefusedOperations([0], ['invalid-update']);
        }
        return server.transport.send(body);
      },
    };
    const session = open(strict, new MemoryStore());
    addNote(session, 'a');
    type(session, 'a', 'Cursus');
    await new Promise((resolve) => setTimeout(resolve, 0));
    refuseNext = true;
    type(session, 'a', 'Cursus ???');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(texts(session)).toEqual(['Cursus']);
    type(session, 'a', 'Cursus plannen');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Cursus plannen');
    expect(session.current().pending).toBe(0);
  });

  it('does not type twice what made the server compact the card', async () => {
    const server = fakeServer();
    const session = open(server.transport, new MemoryStore());
    addNote(session, 'a');
    type(session, 'a', 'Cursus');
    await new Promise((resolve) => setTimeout(resolve, 0));
    server.compactOnNextWrite();
    type(session, 'a', 'Cursus plannen');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(server.canvas.state.cards.a?.epoch).toBe(1);
    expect(texts(session)).toEqual(['Cursus plannen']);
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Cursus plannen');
    expect(session.current().pending).toBe(0);
  });

  it('types again on the compacted document what the server did not have yet, and loses none of it', async () => {
    const { server, session } = await typedWhileAway();
    // Meanwhile the conversation was closed and opened again: the card's document is a new one.
    server.lock();
    server.reopen();
    server.setOnline(true);
    await jest.advanceTimersByTimeAsync(retryDelay(CANVAS_WRITE_RETRY, 1, 1) + 10);
    await jest.advanceTimersByTimeAsync(10);
    expect(server.canvas.state.cards.a?.epoch).toBe(1);
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Cursus plannen');
    expect(texts(session)).toEqual(['Cursus plannen']);
    expect(session.current().pending).toBe(0);
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

describe('a closed Koerskaart', () => {
  it('is read-only after "Gesprek afronden", keeps what was still on its way, and sends it after "Heropenen"', async () => {
    const { server, session } = await typedWhileAway();
    server.lock();
    server.setOnline(true);
    await jest.advanceTimersByTimeAsync(retryDelay(CANVAS_WRITE_RETRY, 1, 1) + 10);
    expect(session.current().lock).toMatchObject({ by: JEROEN });
    expect(session.locked).toBe(true);
    // Nothing can be changed meanwhile, and what was typed before the closing still waits.
    type(session, 'a', 'Cursus plannen in mei');
    expect(texts(session)).toEqual(['Cursus plannen']);
    expect(session.current().pending).toBe(1);

    await session.reopen();
    await jest.advanceTimersByTimeAsync(10);
    expect(session.current().lock).toBeUndefined();
    expect(koerskaart.cardTexts(server.canvas.state.cards.a!).text).toBe('Cursus plannen');
    expect(session.current().pending).toBe(0);
  });
});

describe('the shared preparation answers on an open canvas', () => {
  function live() {
    const sockets: FakeSocket[] = [];
    const transport: CanvasTransport = {
      ...fakeServer().transport,
      negotiate: async () => ({ url: 'wss://pubsub.example/client', group: 'canvas_c-1', presenceGroup: 'canvas_c-1_presence', protocol: 'json.webpubsub.azure.v1' }),
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
