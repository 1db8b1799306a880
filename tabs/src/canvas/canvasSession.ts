import {
  CANVAS_WRITE_RETRY,
  koerskaart,
  nextGuidance,
  retryDelay,
  type ApplyOperationsResponse,
  type CanvasChanges,
  type CanvasGuidance,
  type CanvasLock,
  type CanvasOperation,
  type CanvasView,
  type NegotiateResponse,
  type SetGuidanceOperation,
} from '@koers/domain';
import * as Y from 'yjs';
import type * as CanvasMessages from './canvasMessages';
import { compact, hasStoredOutbox, nextBatch, outboxKey, requeue, writeOutbox, type OutboxStore } from './outbox';
import { rebaseText } from './rebase';

export type { OutboxStore } from './outbox';

/**
 * One open Koerskaart in the tab, without React: the cards' records as the server wrote them,
 * a Yjs document per card for its text, the outbox, the live channel and the polling fallback.
 *
 * Every local change shows at once, waits in localStorage until the server acknowledged it (a
 * reload or a lost connection loses nothing) and goes out in batches. The server's answers and
 * broadcasts carry what it stored — records it stamped, text updates it checked — and the board
 * shows those records with the still unacknowledged operations on top. Text arrives in the
 * cards' Yjs documents, where React reads it per field (CardTextField): a keystroke elsewhere
 * does not re-render the board. Only what the server published (`from: 'server'`) is believed.
 */

export type Connection = 'connecting' | 'live' | 'polling' | 'offline';

export interface CanvasTransport {
  load(ifNoneMatch: string | undefined): Promise<CanvasView | 'not-modified'>;
  send(body: { replicaId: string; operations: CanvasOperation[] }): Promise<ApplyOperationsResponse>;
  negotiate(): Promise<NegotiateResponse>;
  /** "Heropenen": opens the closed canvas again, answering with it. */
  reopen(): Promise<CanvasView>;
}

export interface PresenceEntry {
  userId: string;
  replicaId: string;
  editing?: { cardId: string; field: string } | null;
  seenAt: number;
}

export interface SessionContent {
  guidance: CanvasGuidance;
  state: koerskaart.KoerskaartBoard;
}

export interface SessionSnapshot {
  content: SessionContent;
  connection: Connection;
  pending: number;
  presence: PresenceEntry[];
  /**
   * Goes up whenever the employee's shared preparation answers may have changed: announced on the
   * live channel, or possibly missed (a reconnect, a while of polling). Readers load them again.
   */
  preparationVersion: number;
  /** Present while the conversation is closed ("Gesprek afronden"): nothing can be changed. */
  lock?: CanvasLock;
}

/** Thrown by the transport for a refused batch: which operations, and why (the model's codes). */
export class RefusedOperations extends Error {
  constructor(
    readonly indexes: number[],
    readonly reasons: string[] = [],
  ) {
    super('operations refused');
  }
}

/** Thrown by the transport when the conversation is closed: the edits wait until it reopens. */
export class CanvasLocked extends Error {}

/** Thrown by the transport when the network is gone (fetch failed), as opposed to a refusal. */
export class Unreachable extends Error {}

/** Transaction origins: typing here, and text that came from the server. */
export const LOCAL_ORIGIN = 'local';
const REMOTE_ORIGIN = 'remote';

const POLL_MS = 1000;
const SAFETY_POLL_MS = 15_000;
const PRESENCE_MS = 10_000;
const PRESENCE_EXPIRES_MS = 25_000;
/** While polling, the shared preparation answers are read again every this many polls. */
const PREPARATION_EVERY_POLLS = 5;

let messages: typeof CanvasMessages | undefined;
let loadingMessages: Promise<typeof CanvasMessages> | undefined;

/**
 * The validation of the outbox in storage and of the live channel's frames (canvasMessages.ts,
 * with zod): fetched once, as the live channel starts; a failed fetch is tried again on the next call.
 */
export function loadCanvasMessages(): Promise<typeof CanvasMessages> {
  loadingMessages ??= import('./canvasMessages').then(
    (module) => (messages = module),
    (error: unknown) => {
      loadingMessages = undefined;
      throw error;
    },
  );
  return loadingMessages;
}

/** Whether a session of this canvas can only be made once loadCanvasMessages is done: storage holds an outbox to restore. */
export function waitsForCanvasMessages(storage: OutboxStore, canvasId: string, userId: string): boolean {
  return messages === undefined && hasStoredOutbox(storage, outboxKey(canvasId, userId));
}

export function randomToken(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 20);
}

/** A Yjs client id of its own for every page session, never the server's. */
function randomClientId(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value <= koerskaart.SERVER_CLIENT_ID ? value + 2 : value;
}

/** One card's text: what this tab shows (`doc`), and what the server is known to have (`base`). */
interface CardText {
  epoch: number;
  doc: Y.Doc;
  base: Y.Doc;
}

export class CanvasSession {
  /** This page session (the side panel and the stage are two): presence and the sender's name. */
  readonly replicaId = randomToken();
  readonly clientId = randomClientId();
  private confirmed: SessionContent;
  private content: SessionContent;
  private lock: CanvasLock | undefined;
  private texts = new Map<string, CardText>();
  /** Newer text documents that wait for the answer to typing on its way (see takeText). */
  private deferredTexts = new Map<string, { epoch: number; update: string }>();
  private etag: string;
  private outbox: CanvasOperation[];
  private inFlight: CanvasOperation[] = [];
  private connection: Connection = 'connecting';
  private socket: WebSocket | undefined;
  private presenceGroup = '';
  private presence = new Map<string, PresenceEntry>();
  private editing: { cardId: string; field: string } | null = null;
  private listeners = new Set<(s: SessionSnapshot) => void>();
  private timers: ReturnType<typeof setTimeout>[] = [];
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Failed sends in a row: the write loop backs off by the domain's canvas write policy. */
  private sendFailures = 0;
  private closed = false;
  /** Bumped by start(): a connect begun before a close() must not open a second socket. */
  private generation = 0;
  private ackId = 0;
  private preparationVersion = 0;
  private polls = 0;
  private connectedBefore = false;
  private snapshot: SessionSnapshot;
  private readonly outboxKey: string;

  constructor(
    view: CanvasView,
    private readonly userId: string,
    private readonly transport: CanvasTransport,
    private readonly storage: OutboxStore,
    private readonly openSocket: (url: string, protocol: string) => WebSocket = (url, protocol) => new WebSocket(url, protocol),
  ) {
    this.etag = view.etag;
    this.confirmed = { guidance: view.canvas.guidance, state: { cards: {} } };
    this.content = this.confirmed;
    this.lock = view.canvas.lock;
    this.outboxKey = outboxKey(view.canvas.id, userId);
    if (!hasStoredOutbox(storage, this.outboxKey)) this.outbox = [];
    else if (messages) this.outbox = messages.readOutbox(storage, this.outboxKey);
    else throw new Error('an outbox in storage is read once loadCanvasMessages() is done (waitsForCanvasMessages)');
    this.takeView(view);
    // What a previous page left unsent: shown at once. Typing on a text document the server has
    // since compacted cannot be placed any more and is left out.
    this.outbox = this.outbox.filter((op) => op.type !== 'editText' || this.replay(op));
    this.project();
    this.snapshot = this.makeSnapshot();
  }

  /** Can follow close(): React's StrictMode mounts, unmounts and mounts again in development. */
  start(): void {
    this.closed = false;
    this.generation++;
    void this.connect();
    this.schedule(() => this.safetyPoll(), SAFETY_POLL_MS);
    this.schedule(() => this.heartbeat(), PRESENCE_MS);
    if (this.outbox.length > 0) void this.flush();
  }

  close(): void {
    this.closed = true;
    this.sendPresence('leave');
    for (const t of this.timers) clearTimeout(t);
    clearTimeout(this.pollTimer);
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
  }

  subscribe(listener: (s: SessionSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  current(): SessionSnapshot {
    return this.snapshot;
  }

  /** The board as shown: the server's records with this tab's unacknowledged changes on top. */
  get state(): koerskaart.KoerskaartBoard {
    return this.content.state;
  }

  get guidance(): CanvasGuidance {
    return this.content.guidance;
  }

  get locked(): boolean {
    return this.lock !== undefined;
  }

  /**
   * The text of one field, live: typing goes in through `typeText`, the other party's arrives in
   * it. A new object after the server compacted the card's document (its record's epoch changes).
   */
  text(cardId: string, field: koerskaart.FieldName): Y.Text {
    return this.cardText(cardId).doc.getText(field);
  }

  /** Typing: the field now reads `value` (the one stretch that differs is replaced). */
  typeText(cardId: string, field: koerskaart.FieldName, value: string): void {
    if (this.locked) return;
    const doc = this.cardText(cardId).doc;
    doc.transact(() => koerskaart.replaceText(doc.getText(field), value), LOCAL_ORIGIN);
  }

  addCard(card: koerskaart.NewCard & { texts?: Partial<Record<koerskaart.FieldName, string>> }): void {
    this.apply(koerskaart.addCard(this.state, card));
    for (const [field, value] of Object.entries(card.texts ?? {}) as [koerskaart.FieldName, string][]) {
      this.typeText(card.cardId, field, value.slice(0, koerskaart.MAX_TEXT_LENGTH));
    }
  }

  setGuidance(change: Omit<SetGuidanceOperation, 'type'>): void {
    this.apply({ type: 'setGuidance', ...change });
  }

  /** A local change: shown at once, kept in the outbox, sent as soon as possible. */
  apply(op: CanvasOperation): void {
    if (this.locked) return;
    this.queue(op);
  }

  /** Opens the closed canvas again for both; what waited in the outbox goes out. */
  async reopen(): Promise<void> {
    this.takeLoaded(await this.transport.reopen());
  }

  setEditing(editing: { cardId: string; field: string } | null): void {
    this.editing = editing;
    this.sendPresence('presence');
  }

  private queue(op: CanvasOperation): void {
    this.outbox = compact([...this.outbox, op]);
    this.saveOutbox();
    if (op.type !== 'editText') {
      this.project();
      this.emit();
    } else {
      // Text shows through its Y.Text; only the "waiting to be saved" count changes.
      this.emitSoon();
    }
    void this.flush();
  }

  private saveOutbox(): void {
    writeOutbox(this.storage, this.outboxKey, [...this.inFlight, ...this.outbox]);
  }

  private newDoc(): Y.Doc {
    const doc = new Y.Doc({ gc: true });
    doc.clientID = this.clientId;
    return doc;
  }

  private cardText(cardId: string): CardText {
    const known = this.texts.get(cardId);
    if (known) return known;
    return this.makeCardText(cardId, this.confirmed.state.cards[cardId]?.epoch ?? 0);
  }

  private makeCardText(cardId: string, epoch: number, stored?: string): CardText {
    // The base never writes; an id of its own keeps Yjs from taking this tab's echoed updates for a clash.
    const text: CardText = { epoch, doc: this.newDoc(), base: new Y.Doc({ gc: true }) };
    if (stored) {
      koerskaart.applyTextUpdates(text.doc, [stored], REMOTE_ORIGIN);
      koerskaart.applyTextUpdates(text.base, [stored], REMOTE_ORIGIN);
    }
    text.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_ORIGIN || this.texts.get(cardId) !== text) return;
      this.queue({ type: 'editText', cardId, epoch: text.epoch, update: koerskaart.toBase64(update) });
    });
    this.texts.set(cardId, text);
    return text;
  }

  /** An unsent update from storage, back into its document; false when it can no longer be placed. */
  private replay(op: CanvasOperation & { type: 'editText' }): boolean {
    const text = this.cardText(op.cardId);
    if (text.epoch !== op.epoch) return false;
    koerskaart.applyTextUpdates(text.doc, [op.update], REMOTE_ORIGIN);
    return true;
  }

  /**
   * Text the server stored. Of the card's current document: merged in. Of a newer one (the server
   * compacted it): this tab's document is replaced, and what was typed here and not yet stored
   * is typed again on the new one — nothing is lost.
   */
  private takeText(cardId: string, epoch: number, update: string): void {
    const known = this.texts.get(cardId);
    if (known && epoch < known.epoch) return;
    if (known && epoch === known.epoch) {
      koerskaart.applyTextUpdates(known.base, [update], REMOTE_ORIGIN);
      koerskaart.applyTextUpdates(known.doc, [update], REMOTE_ORIGIN);
      return;
    }
    if (known && this.inFlight.some((op) => op.type === 'editText' && op.cardId === cardId)) {
      // The typing on its way may be in the new document already (it can be what made the server
      // compact): decide what to type again once its answer says so.
      this.deferredTexts.set(cardId, { epoch, update });
      return;
    }
    const fresh = this.makeCardText(cardId, epoch, update);
    if (!known) return;
    const kind = this.confirmed.state.cards[cardId]?.kind ?? 'note';
    this.outbox = this.outbox.filter((op) => op.type !== 'editText' || op.cardId !== cardId || op.epoch >= epoch);
    this.saveOutbox();
    for (const field of koerskaart.fieldsOf(kind)) {
      const mine = known.doc.getText(field).toJSON();
      const base = known.base.getText(field).toJSON();
      if (mine !== base) this.typeTextIn(fresh, field, rebaseText(base, mine, fresh.doc.getText(field).toJSON()));
    }
  }

  private takeDeferredTexts(): void {
    const deferred = [...this.deferredTexts];
    this.deferredTexts.clear();
    for (const [cardId, text] of deferred) this.takeText(cardId, text.epoch, text.update);
  }

  /** This tab's copy of a card's text is dropped with its unsent typing; the next load brings the server's. */
  private forgetText(cardId: string): void {
    this.texts.delete(cardId);
    this.outbox = this.outbox.filter((op) => op.type !== 'editText' || op.cardId !== cardId);
    this.saveOutbox();
  }

  private typeTextIn(text: CardText, field: koerskaart.FieldName, value: string): void {
    text.doc.transact(() => koerskaart.replaceText(text.doc.getText(field), value), LOCAL_ORIGIN);
  }

  /** The server's records; true when any differs from what this tab had (typing changes none). */
  private takeCards(cards: readonly koerskaart.CardMeta[]): boolean {
    let next: Record<string, koerskaart.CardMeta> | undefined;
    for (const meta of cards) {
      const known = (next ?? this.confirmed.state.cards)[meta.id];
      const merged = known ? koerskaart.mergeCardMeta(known, meta) : meta;
      if (known && JSON.stringify(merged) === JSON.stringify(known)) continue;
      next ??= { ...this.confirmed.state.cards };
      next[meta.id] = merged;
    }
    if (next) this.confirmed = { ...this.confirmed, state: { cards: next } };
    return next !== undefined;
  }

  private takeGuidance(guidance: CanvasGuidance | undefined): boolean {
    if (!guidance || guidance.version <= this.confirmed.guidance.version) return false;
    this.confirmed = { ...this.confirmed, guidance };
    return true;
  }

  /**
   * What the server stored. Text goes straight into the cards' documents (their fields re-render);
   * the board re-renders only when a record, the guidance or what waits to be sent changed.
   */
  private takeChanges(changes: CanvasChanges): void {
    const cards = this.takeCards(changes.cards);
    const guidance = this.takeGuidance(changes.guidance);
    for (const text of changes.texts) this.takeText(text.cardId, text.epoch, text.update);
    if (!cards && !guidance && this.snapshot.pending === this.outbox.length + this.inFlight.length) return;
    this.project();
    this.emit();
  }

  /** A whole canvas as loaded: records, guidance, lock and every card's stored text. */
  private takeView(view: CanvasView): void {
    const cards = Object.values(view.canvas.state.cards);
    this.takeCards(cards.map(koerskaart.metaOf));
    this.takeGuidance(view.canvas.guidance);
    this.lock = view.canvas.lock;
    for (const card of cards) if (card.text && !card.deleted) this.takeText(card.id, card.epoch, card.text);
  }

  /** The server's records with what waits in the outbox on top. */
  private project(): void {
    let state = this.confirmed.state;
    let guidance = this.confirmed.guidance;
    const now = new Date().toISOString();
    for (const op of [...this.inFlight, ...this.outbox]) {
      if (op.type === 'setGuidance') {
        const { type: _type, ...change } = op;
        guidance = nextGuidance(guidance, change, this.userId, now);
      } else {
        state = koerskaart.applyLocally(state, op, this.userId);
      }
    }
    this.content = { state, guidance };
  }

  private makeSnapshot(): SessionSnapshot {
    const now = Date.now();
    const presence = [...this.presence.values()].filter((p) => now - p.seenAt < PRESENCE_EXPIRES_MS);
    return {
      content: this.content,
      connection: this.connection,
      pending: this.outbox.length + this.inFlight.length,
      presence,
      preparationVersion: this.preparationVersion,
      ...(this.lock ? { lock: this.lock } : {}),
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener(this.snapshot);
  }

  /** Only the pending count changed: tell React once, not on every keystroke's turn. */
  private emitQueued = false;
  private emitSoon(): void {
    if (this.emitQueued || this.snapshot.pending === this.outbox.length + this.inFlight.length) return;
    this.emitQueued = true;
    queueMicrotask(() => {
      this.emitQueued = false;
      this.emit();
    });
  }

  private setConnection(connection: Connection): void {
    if (this.connection === connection) return;
    this.connection = connection;
    this.emit();
  }

  private schedule(run: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers = this.timers.filter((t) => t !== timer);
      if (this.closed) return;
      run();
      this.schedule(run, ms);
    }, ms);
    this.timers.push(timer);
  }

  async flush(): Promise<void> {
    if (this.closed || this.locked || this.inFlight.length > 0 || this.outbox.length === 0) return;
    const { batch, rest } = nextBatch(this.outbox);
    this.inFlight = batch;
    this.outbox = rest;
    try {
      const result = await this.transport.send({ replicaId: this.replicaId, operations: this.inFlight });
      this.sendFailures = 0;
      // Acknowledged typing is the server's now: it is no longer this tab's to type again.
      for (const op of this.inFlight) {
        const text = op.type === 'editText' ? this.texts.get(op.cardId) : undefined;
        if (op.type === 'editText' && text?.epoch === op.epoch) koerskaart.applyTextUpdates(text.base, [op.update], REMOTE_ORIGIN);
      }
      this.inFlight = [];
      this.saveOutbox();
      this.takeDeferredTexts();
      if (result.applied > 0) this.etag = result.etag;
      if (this.connection === 'offline') {
        this.setConnection(this.socket?.readyState === 1 ? 'live' : 'polling');
        void this.poll();
      }
      this.takeChanges(result.changes);
      void this.flush();
    } catch (error) {
      if (error instanceof RefusedOperations) {
        // Never applicable as sent: drop them, keep the rest, and take the server's canvas again so
        // that nothing the server refused stays on screen. Typing on a compacted document is typed
        // again on the new one; typing refused for what it is starts again from the server's text.
        const refusedText = error.indexes.flatMap((i) => {
          const op = this.inFlight[i];
          return op?.type === 'editText' && !error.reasons.includes('stale-epoch') ? [op.cardId] : [];
        });
        this.outbox = requeue(this.inFlight, this.outbox, error.indexes);
        this.inFlight = [];
        this.takeDeferredTexts();
        for (const cardId of refusedText) this.forgetText(cardId);
        this.saveOutbox();
        await this.resync();
        void this.flush();
        return;
      }
      this.outbox = requeue(this.inFlight, this.outbox);
      this.inFlight = [];
      this.takeDeferredTexts();
      if (error instanceof CanvasLocked) {
        // Closed meanwhile: the edits wait, in storage, until either party reopens the canvas.
        await this.resync();
        return;
      }
      if (error instanceof Unreachable) this.setConnection('offline');
      this.emit();
      clearTimeout(this.retryTimer);
      this.sendFailures += 1;
      this.retryTimer = setTimeout(() => void this.flush(), retryDelay(CANVAS_WRITE_RETRY, this.sendFailures, Math.random()));
    }
  }

  /** Loads the whole canvas again and shows it with what still waits to be sent. */
  private async resync(): Promise<void> {
    try {
      const view = await this.transport.load(undefined);
      if (view !== 'not-modified') this.takeLoaded(view);
    } catch {
      // The next poll or broadcast catches up.
    }
    this.project();
    this.emit();
  }

  private takeLoaded(view: CanvasView): void {
    const wasLocked = this.locked;
    this.etag = view.etag;
    this.takeView(view);
    this.project();
    this.emit();
    if (wasLocked && !this.locked) void this.flush();
  }

  private async poll(): Promise<void> {
    try {
      const result = await this.transport.load(this.etag);
      if (this.connection === 'offline' && this.inFlight.length === 0 && this.outbox.length === 0) {
        this.setConnection(this.socket?.readyState === 1 ? 'live' : 'polling');
      }
      // The API answers again: edits waiting out a backoff go now instead of at the timer.
      if (this.sendFailures > 0 && this.inFlight.length === 0 && this.outbox.length > 0) {
        clearTimeout(this.retryTimer);
        void this.flush();
      }
      if (result === 'not-modified') return;
      this.takeLoaded(result);
    } catch (error) {
      if (error instanceof Unreachable) this.setConnection('offline');
    }
  }

  private safetyPoll(): void {
    if (this.connection === 'live') void this.poll();
  }

  private preparationMayHaveChanged(): void {
    this.preparationVersion++;
    this.emit();
  }

  private startPolling(): void {
    clearTimeout(this.pollTimer);
    const loop = async () => {
      if (this.closed || this.connection === 'live') return;
      await this.poll();
      if (++this.polls % PREPARATION_EVERY_POLLS === 0) this.preparationMayHaveChanged();
      this.pollTimer = setTimeout(() => void loop(), POLL_MS);
    };
    void loop();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const generation = this.generation;
    let negotiated: NegotiateResponse;
    let validation: typeof CanvasMessages;
    try {
      [negotiated, validation] = await Promise.all([this.transport.negotiate(), loadCanvasMessages()]);
    } catch {
      this.fallBack();
      return;
    }
    this.presenceGroup = negotiated.presenceGroup;
    let socket: WebSocket;
    try {
      socket = this.openSocket(negotiated.url, negotiated.protocol);
    } catch {
      this.fallBack();
      return;
    }
    if (this.closed || generation !== this.generation) {
      socket.close();
      return;
    }
    this.socket = socket;
    socket.onmessage = (event) => this.onFrame(validation, typeof event.data === 'string' ? event.data : '');
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.fallBack();
    };
  }

  /** Poll until the socket is back; try the socket again a little later. */
  private fallBack(): void {
    if (this.closed) return;
    if (this.connection !== 'offline') this.setConnection('polling');
    this.startPolling();
    setTimeout(() => void this.connect(), 5000);
  }

  private onFrame(validation: typeof CanvasMessages, raw: string): void {
    const frame = validation.parseServerFrame(raw);
    if (!frame) return;
    if (frame.type === 'system' && frame.event === 'connected') {
      clearTimeout(this.pollTimer);
      if (this.connection !== 'offline') this.setConnection('live');
      // Catch up on what happened while the socket was not there.
      void this.poll();
      if (this.connectedBefore) this.preparationMayHaveChanged();
      this.connectedBefore = true;
      this.sendPresence('hello');
      return;
    }
    if (frame.type !== 'message') return;
    const data = validation.parseRealtimeMessage(frame.data);
    if (!data) return;
    if (data.type === 'operations' || data.type === 'preparation' || data.type === 'lock') {
      // Changes come from the Functions app only; the same shape from a client is not believed.
      if (frame.from !== 'server') return;
      if (data.type === 'preparation') this.preparationMayHaveChanged();
      else if (data.type === 'lock') void this.resync();
      else {
        this.etag = data.etag;
        this.takeChanges(data);
      }
      return;
    }
    // Presence is only believed for the user the service vouches for.
    if (frame.from !== 'group' || frame.fromUserId !== data.userId || data.replicaId === this.replicaId) return;
    if (data.type === 'leave') this.presence.delete(data.replicaId);
    else this.presence.set(data.replicaId, { userId: data.userId, replicaId: data.replicaId, editing: data.editing ?? null, seenAt: Date.now() });
    if (data.type === 'hello') this.sendPresence('presence');
    this.emit();
  }

  private heartbeat(): void {
    this.sendPresence('presence');
    this.emit();
  }

  private sendPresence(type: 'presence' | 'hello' | 'leave'): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== 1) return;
    socket.send(
      JSON.stringify({
        type: 'sendToGroup',
        group: this.presenceGroup,
        ackId: ++this.ackId,
        noEcho: true,
        dataType: 'json',
        data: { type, replicaId: this.replicaId, userId: this.userId, editing: this.editing },
      }),
    );
  }
}
