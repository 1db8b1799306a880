import {
  applyCanvasOperation,
  CANVAS_WRITE_RETRY,
  type CanvasOperation,
  CanvasRealtimeMessage,
  joinGuidance,
  koerskaart,
  retryDelay,
  type ApplyOperationsResponse,
  type CanvasContent,
  type CanvasView,
  type NegotiateResponse,
} from '@koers/domain';
import { z } from 'zod';
import { nextBatch, outboxKey, readOutbox, requeue, writeOutbox, type OutboxStore } from './outbox';

export type { OutboxStore } from './outbox';

/**
 * One open Koerskaart in the tab, without React: local state, the outbox, the live channel and
 * the polling fallback. Every local operation is applied at once, kept in localStorage until
 * the server acknowledged it (a reload or a lost connection loses nothing), and sent in batches.
 * Whatever arrives — a broadcast, a poll, the answer to a reload — is merged with the same join,
 * so order and duplicates do not matter. One code path: Azure Web PubSub and the local stand-in
 * speak the same json.webpubsub.azure.v1 protocol.
 */

export type Connection = 'connecting' | 'live' | 'polling' | 'offline';

export interface CanvasTransport {
  load(ifNoneMatch: string | undefined): Promise<CanvasView | 'not-modified'>;
  send(body: { replicaId: string; operations: CanvasOperation[] }): Promise<ApplyOperationsResponse>;
  negotiate(): Promise<NegotiateResponse>;
}

export interface PresenceEntry {
  userId: string;
  replicaId: string;
  editing?: { cardId: string; field: string } | null;
  seenAt: number;
}

export interface SessionSnapshot {
  content: CanvasContent;
  connection: Connection;
  pending: number;
  presence: PresenceEntry[];
  /**
   * Goes up whenever the employee's shared preparation answers may have changed: announced on the
   * live channel, or possibly missed (a reconnect, a while of polling). Readers load them again.
   */
  preparationVersion: number;
}

/** Thrown by the transport for a refused batch: which operations can never be applied. */
export class RefusedOperations extends Error {
  constructor(readonly indexes: number[]) {
    super('operations refused');
  }
}

/** Thrown by the transport when the network is gone (fetch failed), as opposed to a refusal. */
export class Unreachable extends Error {}

const POLL_MS = 1000;
const SAFETY_POLL_MS = 15_000;
const PRESENCE_MS = 10_000;
const PRESENCE_EXPIRES_MS = 25_000;
/** While polling, the shared preparation answers are read again every this many polls. */
const PREPARATION_EVERY_POLLS = 5;

const ServerFrame = z.object({
  type: z.string(),
  event: z.string().optional(),
  from: z.string().optional(),
  fromUserId: z.string().optional(),
  data: z.unknown().optional(),
});

export function randomToken(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 20);
}

export class CanvasSession {
  readonly replicaId = randomToken();
  private content: CanvasContent;
  private etag: string;
  private outbox: CanvasOperation[];
  private inFlight: CanvasOperation[] = [];
  private connection: Connection = 'connecting';
  private socket: WebSocket | undefined;
  private group = '';
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

  constructor(
    view: CanvasView,
    private readonly userId: string,
    private readonly transport: CanvasTransport,
    private readonly storage: OutboxStore,
    private readonly openSocket: (url: string, protocol: string) => WebSocket = (url, protocol) => new WebSocket(url, protocol),
  ) {
    this.etag = view.etag;
    this.content = { guidance: view.canvas.guidance, state: view.canvas.state };
    this.outboxKey = outboxKey(view.canvas.id, userId);
    this.outbox = readOutbox(storage, this.outboxKey);
    for (const op of this.outbox) this.applyLocally(op);
    this.snapshot = this.makeSnapshot();
  }

  private readonly outboxKey: string;

  private saveOutbox(): void {
    writeOutbox(this.storage, this.outboxKey, [...this.inFlight, ...this.outbox]);
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

  writer(): koerskaart.Writer {
    return { userId: this.userId, replicaId: this.replicaId, nonce: randomToken() };
  }

  get state(): koerskaart.KoerskaartState {
    return this.content.state;
  }

  get guidance(): CanvasContent['guidance'] {
    return this.content.guidance;
  }

  /** A local edit: shown at once, kept in the outbox, sent as soon as possible. */
  apply(op: CanvasOperation): void {
    this.applyLocally(op);
    this.outbox.push(op);
    this.saveOutbox();
    this.emit();
    void this.flush();
  }

  setEditing(editing: { cardId: string; field: string } | null): void {
    this.editing = editing;
    this.sendPresence('presence');
  }

  private applyLocally(op: CanvasOperation): void {
    try {
      this.content = applyCanvasOperation(this.content, op);
    } catch {
      // An operation the model refuses (e.g. from a stale outbox) is dropped by the server too.
    }
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
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener(this.snapshot);
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
    if (this.closed || this.inFlight.length > 0 || this.outbox.length === 0) return;
    const { batch, rest } = nextBatch(this.outbox);
    this.inFlight = batch;
    this.outbox = rest;
    try {
      const result = await this.transport.send({ replicaId: this.replicaId, operations: this.inFlight });
      this.sendFailures = 0;
      this.inFlight = [];
      this.saveOutbox();
      if (result.applied > 0) this.etag = result.etag;
      if (this.connection === 'offline') {
        this.setConnection(this.socket?.readyState === 1 ? 'live' : 'polling');
        void this.poll();
      }
      this.emit();
      void this.flush();
    } catch (error) {
      if (error instanceof RefusedOperations) {
        // Never applicable: drop them, keep the rest.
        this.outbox = requeue(this.inFlight, this.outbox, error.indexes);
        this.inFlight = [];
        this.saveOutbox();
        this.emit();
        void this.flush();
        return;
      }
      this.outbox = requeue(this.inFlight, this.outbox);
      this.inFlight = [];
      if (error instanceof Unreachable) this.setConnection('offline');
      this.emit();
      clearTimeout(this.retryTimer);
      this.sendFailures += 1;
      this.retryTimer = setTimeout(() => void this.flush(), retryDelay(CANVAS_WRITE_RETRY, this.sendFailures, Math.random()));
    }
  }

  private merge(content: CanvasContent): void {
    const state = koerskaart.mergeCanvas(this.content.state, content.state);
    const guidance = joinGuidance(this.content.guidance, content.guidance);
    this.content = { state, guidance };
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
      this.etag = result.etag;
      this.merge({ state: result.canvas.state, guidance: result.canvas.guidance });
      this.emit();
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
    try {
      negotiated = await this.transport.negotiate();
    } catch {
      this.fallBack();
      return;
    }
    this.group = negotiated.group;
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
    socket.onmessage = (event) => this.onFrame(typeof event.data === 'string' ? event.data : '');
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

  private onFrame(raw: string): void {
    let frame: z.infer<typeof ServerFrame>;
    try {
      const parsed = ServerFrame.safeParse(JSON.parse(raw));
      if (!parsed.success) return;
      frame = parsed.data;
    } catch {
      return;
    }
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
    const message = CanvasRealtimeMessage.safeParse(frame.data);
    if (!message.success) return;
    const data = message.data;
    if (data.type === 'preparation') {
      this.preparationMayHaveChanged();
      return;
    }
    if (data.type === 'operations') {
      if (data.replicaId === this.replicaId) return;
      for (const op of data.operations) this.applyLocally(op);
      this.emit();
      return;
    }
    // Presence is only believed for the user the service vouches for.
    if (frame.fromUserId !== data.userId || data.replicaId === this.replicaId) return;
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
        group: this.group,
        ackId: ++this.ackId,
        noEcho: true,
        dataType: 'json',
        data: { type, replicaId: this.replicaId, userId: this.userId, editing: this.editing },
      }),
    );
  }
}
