import {
  conversationPartnerOf,
  isLeaderOf,
  applyCanvasOperation,
  CANVAS_STORE_RETRY,
  CanvasError,
  CanvasOperationRefusedError,
  ConcurrencyError,
  ConflictError,
  exceedsCanvasLimit,
  ForbiddenError,
  forPartiesOnly,
  initialGuidance,
  koerskaart,
  lockCanvas,
  meetingThreadOfContextId,
  nextRetry,
  NotFoundError,
  reopenCanvas,
  toPersonSummary,
  type ApplyOperationsRequest,
  type ApplyOperationsResponse,
  type Canvas,
  type CanvasChanges,
  type CanvasView,
  type Clock,
  type Conversation,
  type CreateCanvasRequest,
  type NegotiateResponse,
  type Person,
  type RealtimePublisher,
  type Stored,
  type Stores,
  templateBoardVariant,
} from '@koers/domain';
import { conversationOfParty } from '../booking/conversationOfParty';
import { forCurrentPartiesOnly, isCurrentParty } from '../directory/currentParty';
import { canvasGroup, presenceGroup, sha256Hex } from './canvasGroup';
import { conversationTemplate, templateForNewConversation } from '../templates/pinnedTemplate';

/**
 * The Koerskaart use cases behind the HTTP routes. Every method starts from the signed-in
 * person and authorises them itself: only the employee and the manager of the conversation get
 * in — not HR, not the manager's manager, nobody of another tenant (their lookups find nothing).
 *
 * Writes are conditional on the document's etag. A lost race (412) is not the client's problem:
 * the server reads the newer document, applies the same operations to it again and retries
 * (CANVAS_STORE_RETRY). A client never resends because another client wrote first. Only what is
 * stored is broadcast, and only by the server: the tabs believe nothing else.
 */
const PUBLISH_TIMEOUT_MS = 2000;

export interface CanvasServiceDeps {
  stores: Stores;
  clock: Clock;
  /** Absent: no live channel (clients poll with If-None-Match). */
  realtime?: RealtimePublisher;
  log: { warn(...args: unknown[]): void };
}

export interface CanvasService {
  view(actor: Person, conversationId: string): Promise<{ view: CanvasView; etag: string }>;
  etag(actor: Person, conversationId: string): Promise<string>;
  byMeeting(actor: Person, meetingId: string): Promise<{ view: CanvasView; etag: string }>;
  create(actor: Person, request: CreateCanvasRequest): Promise<{ view: CanvasView; created: boolean }>;
  apply(actor: Person, conversationId: string, request: ApplyOperationsRequest): Promise<ApplyOperationsResponse>;
  /** "Gesprek afronden": read-only for both from now on; idempotent. */
  lock(actor: Person, conversationId: string): Promise<{ view: CanvasView; etag: string }>;
  /** The conversation was marked held ("Gesprek afronden"): its canvas, if it has one, closes. */
  conversationHeld(actor: Person, conversationId: string): Promise<void>;
  /** "Heropenen": either party opens the canvas again; idempotent. */
  reopen(actor: Person, conversationId: string): Promise<{ view: CanvasView; etag: string }>;
  negotiate(actor: Person, conversationId: string): Promise<NegotiateResponse>;
  /** Tells whoever has the conversation's canvas open that the shared preparation answers changed. */
  preparationChanged(conversation: Pick<Conversation, 'tenantId' | 'id'>): Promise<void>;
}

/** One card's updates of one batch as one Yjs update per document, in the order they were made. */
function mergeTexts(texts: CanvasChanges['texts']): CanvasChanges['texts'] {
  const byCard = new Map<string, CanvasChanges['texts']>();
  for (const text of texts) byCard.set(`${text.cardId}|${text.epoch}`, [...(byCard.get(`${text.cardId}|${text.epoch}`) ?? []), text]);
  return [...byCard.values()].map((updates) => (updates.length === 1 ? updates[0]! : { ...updates[0]!, update: koerskaart.mergeTextUpdates(updates.map((u) => u.update)) }));
}

/** One meeting, one pair, one conversation: a UUID-shaped id from the three. */
async function meetingConversationId(thread: string, employeeId: string, managerId: string): Promise<string> {
  const hex = await sha256Hex(`${thread}|${employeeId}|${managerId}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A Teams meeting id is base64 of text that holds the chat thread; lenient like Node's decoder (url-safe too). */
function decodeBase64(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').replace(/=.*$/s, '').replace(/[^A-Za-z0-9+/]/g, ''));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function createCanvasService(deps: CanvasServiceDeps): CanvasService {
  const { stores, clock } = deps;
  // A conversation's employee never changes, and the partition key needs it: remembering it
  // spares the cross-partition lookup on every keystroke. Bounded, oldest dropped first.
  const employeeOf = new Map<string, string>();
  const remember = (tenantId: string, conversationId: string, employeeId: string) => {
    employeeOf.set(`${tenantId}|${conversationId}`, employeeId);
    if (employeeOf.size > 10_000) employeeOf.delete(employeeOf.keys().next().value ?? '');
  };

  async function conversationOf(actor: Person, conversationId: string): Promise<Stored<Conversation>> {
    const found = await conversationOfParty(stores, actor, conversationId);
    remember(actor.tenantId, found.value.id, found.value.employeeId);
    return found;
  }

  /**
   * The conversation of a Teams meeting (booked in Koers, or started from it), for its two parties
   * only. Anyone else in the meeting (HR, the manager's manager, a guest) hears that there is
   * none: they learn nothing. `orStart`: when the meeting has no conversation at all, start one
   * for this pair and link it to the meeting.
   */
  async function conversationOfMeeting(actor: Person, meetingId: string, orStart?: { employeeId: string }): Promise<Conversation> {
    const thread = meetingThreadOfContextId(meetingId, decodeBase64);
    const found = thread ? await stores.conversations.findByMeetingThread(actor.tenantId, thread) : undefined;
    if (!found && thread && orStart) return unbookedConversation(actor, orStart.employeeId, thread);
    if (!found || !(await isCurrentParty(stores.people, actor, found.value))) throw new NotFoundError('Meeting', meetingId);
    remember(actor.tenantId, found.value.id, found.value.employeeId);
    return found.value;
  }

  /**
   * The stored canvas, authorised on the canvas' own parties (they are the conversation's). Anyone
   * else hears what an unknown id gets: NotFoundError of the conversation.
   */
  async function readCanvas(actor: Person, conversationId: string): Promise<Stored<Canvas>> {
    let employeeId = employeeOf.get(`${actor.tenantId}|${conversationId}`);
    if (!employeeId) employeeId = (await conversationOf(actor, conversationId)).value.employeeId;
    const stored = await stores.canvases.get(actor.tenantId, employeeId, conversationId);
    if (!stored) {
      // Tell a party apart from a stranger: only a party learns that the canvas is not started.
      await conversationOf(actor, conversationId);
      throw new NotFoundError('Canvas', conversationId);
    }
    return forCurrentPartiesOnly(stores.people, actor, stored, 'Conversation', conversationId);
  }

  async function toView(canvas: Stored<Canvas>, conversation?: Conversation): Promise<{ view: CanvasView; etag: string }> {
    const { tenantId, employeeId, managerId, id } = canvas.value;
    const [conv, employee, manager] = await Promise.all([
      conversation ?? stores.conversations.get(tenantId, employeeId, id).then((c) => c?.value),
      stores.people.get(tenantId, employeeId),
      stores.people.get(tenantId, managerId),
    ]);
    if (!conv || !employee || !manager) throw new NotFoundError('Conversation', id);
    const template = await conversationTemplate(stores, conv);
    const { tenantId: _tenant, ...rest } = canvas.value;
    return {
      etag: canvas.etag,
      view: {
        canvas: rest,
        etag: canvas.etag,
        conversation: { id: conv.id, kind: conv.kind, status: conv.status, start: conv.start, end: conv.end, template: template.ref, sectionPrompts: template.content.sectionPrompts },
        employee: toPersonSummary(employee.value),
        manager: toPersonSummary(manager.value),
      },
    };
  }

  /**
   * The conversation for a canvas nobody booked: the manager names the employee, or vice versa.
   * From a Teams meeting (`thread`) its id follows from the meeting and the pair, so both parties
   * starting it at the same moment get the one conversation.
   */
  async function unbookedConversation(actor: Person, employeeId: string | undefined, thread?: string): Promise<Conversation> {
    let employee: Person;
    if (employeeId && employeeId.toLowerCase() !== actor.id) {
      const found = await stores.people.get(actor.tenantId, employeeId.toLowerCase());
      if (!found || !isLeaderOf(found.value, actor.id)) throw new ForbiddenError();
      employee = found.value;
    } else {
      employee = actor;
    }
    const leaderId = employee.id === actor.id ? conversationPartnerOf(employee) : actor.id;
    if (!leaderId) throw new CanvasError('canvas-needs-pair');
    const now = clock.now().toISOString();
    const conversation: Conversation = {
      id: thread ? await meetingConversationId(thread, employee.id, leaderId) : crypto.randomUUID(),
      tenantId: actor.tenantId,
      employeeId: employee.id,
      managerId: leaderId,
      kind: 'loopbaangesprek',
      status: 'concept',
      ...(thread ? { teamsThreadId: thread } : {}),
      template: await templateForNewConversation(stores, actor.tenantId),
      createdAt: now,
      updatedAt: now,
    };
    try {
      return (await stores.conversations.create(conversation)).value;
    } catch (error) {
      const raced = error instanceof ConflictError && thread ? await stores.conversations.get(actor.tenantId, employee.id, conversation.id) : undefined;
      if (!raced) throw error;
      return raced.value;
    }
  }

  /**
   * Reads, changes and conditionally writes the canvas until the write wins the race. `change`
   * returns the canvas unchanged (the same object) when there is nothing to write.
   */
  async function writeLoop<T>(
    actor: Person,
    conversationId: string,
    change: (stored: Canvas) => { canvas: Canvas; result: T; cardIds?: readonly string[]; guidance?: boolean },
  ): Promise<{ stored: Stored<Canvas>; result: T; retries: number; written: boolean }> {
    let retries = 0;
    let waitedMs = 0;
    for (;;) {
      const stored = await readCanvas(actor, conversationId);
      const { canvas, result, cardIds, guidance } = change(stored.value);
      if (canvas === stored.value) return { stored, result, retries, written: false };
      if (exceedsCanvasLimit(stored.value, canvas)) throw new CanvasError('canvas-too-large');
      try {
        const saved = cardIds
          ? await stores.canvases.patch(canvas, { cardIds, guidance: guidance ?? false }, stored.etag)
          : await stores.canvases.replace(canvas, stored.etag);
        return { stored: saved, result, retries, written: true };
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        retries++;
        const delay = nextRetry(CANVAS_STORE_RETRY, { failures: retries, waitedMs, random: Math.random() });
        if (delay === undefined) throw error;
        waitedMs += delay;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  async function write(actor: Person, conversationId: string, request: ApplyOperationsRequest): Promise<{ response: ApplyOperationsResponse; canvas: Canvas }> {
    const writer = { userId: actor.id, now: clock.now().toISOString() };
    const { stored, result, retries } = await writeLoop(actor, conversationId, (canvas) => {
      if (canvas.lock) throw new CanvasError('canvas-locked');
      let next = canvas;
      const cards = new Map<string, CanvasChanges['cards'][number]>();
      const texts: CanvasChanges['texts'] = [];
      let guidance: CanvasChanges['guidance'];
      let applied = 0;
      request.operations.forEach((op, index) => {
        let outcome: ReturnType<typeof applyCanvasOperation<Canvas>>;
        try {
          outcome = applyCanvasOperation(next, op, writer);
        } catch (error) {
          if (error instanceof koerskaart.KoerskaartError) throw new CanvasOperationRefusedError(index, error.code);
          throw error;
        }
        if (outcome.canvas === next) return;
        applied++;
        next = outcome.canvas;
        if (outcome.change.card) {
          cards.set(outcome.change.card.meta.id, outcome.change.card.meta);
          if (outcome.change.card.text) texts.push({ cardId: outcome.change.card.meta.id, ...outcome.change.card.text });
        }
        if (outcome.change.guidance) guidance = outcome.change.guidance;
      });
      if (applied > 0) next = { ...next, updatedAt: writer.now };
      const changes: CanvasChanges = { cards: [...cards.values()], texts: mergeTexts(texts), ...(guidance ? { guidance } : {}) };
      return { canvas: next, result: { applied, changes }, cardIds: [...cards.keys()], guidance: guidance !== undefined };
    });
    return { response: { etag: stored.etag, applied: result.applied, retries, changes: result.changes }, canvas: stored.value };
  }

  /** A lock or reopen, stored and announced: every tab loads the canvas again. */
  async function setLock(actor: Person, conversationId: string, change: (canvas: Canvas, writer: koerskaart.ServerWriter) => Canvas) {
    const writer = { userId: actor.id, now: clock.now().toISOString() };
    const { stored, written } = await writeLoop(actor, conversationId, (canvas) => ({ canvas: change(canvas, writer), result: undefined }));
    if (written) await broadcast(stored.value.tenantId, stored.value.id, { type: 'lock', canvasId: stored.value.id, lock: stored.value.lock ?? null });
    return toView(stored);
  }

  /** Best effort: what it announces is stored; a missed broadcast is caught up by the clients' polling. */
  async function broadcast(tenantId: string, canvasId: string, message: Parameters<RealtimePublisher['publish']>[1]) {
    if (!deps.realtime) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const group = await canvasGroup(tenantId, canvasId);
      await Promise.race([
        deps.realtime.publish(group, message),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('publish timed out')), PUBLISH_TIMEOUT_MS))),
      ]);
    } catch (error) {
      deps.log.warn('Koerskaart broadcast failed', canvasId, error);
    } finally {
      clearTimeout(timer);
    }
  }

  async function publish(actor: Person, canvas: Canvas, etag: string, replicaId: string, changes: CanvasChanges) {
    if (changes.cards.length === 0 && !changes.guidance) return;
    await broadcast(canvas.tenantId, canvas.id, { type: 'operations', canvasId: canvas.id, etag, userId: actor.id, replicaId, ...changes });
  }

  return {
    view: async (actor, conversationId) => toView(await readCanvas(actor, conversationId)),
    etag: async (actor, conversationId) => (await readCanvas(actor, conversationId)).etag,

    byMeeting: async (actor, meetingId) => {
      const conversation = await conversationOfMeeting(actor, meetingId);
      return toView(await readCanvas(actor, conversation.id), conversation);
    },

    create: async (actor, request) => {
      const conversation = request.conversationId
        ? (await conversationOf(actor, request.conversationId)).value
        : request.meetingId
          ? await conversationOfMeeting(actor, request.meetingId, request.employeeId ? { employeeId: request.employeeId } : undefined)
          : await unbookedConversation(actor, request.employeeId);
      // The tab opens every canvas this way: an existing one is held to its own parties, as a read
      // of it is (the conversation's, whose current leader conversationOf has just checked).
      const opened = async (found: Stored<Canvas>) => ({ view: (await toView(forPartiesOnly(actor, found, 'Conversation', conversation.id), conversation)).view, created: false });
      const existing = await stores.canvases.get(actor.tenantId, conversation.employeeId, conversation.id);
      if (existing) return opened(existing);
      const now = clock.now();
      const pinned = await conversationTemplate(stores, conversation);
      // What the employee chose in their preparation, never anything inferred from their age.
      const chosen = (await stores.preparations.get(conversation.tenantId, conversation.employeeId, conversation.id, 'employee'))?.value.variant;
      const variant = request.variant ?? templateBoardVariant(pinned.content.variants) ?? (conversation.kind === 'langer-werken' ? 'langer-werken' : (chosen ?? 'standaard'));
      const canvas: Canvas = {
        id: conversation.id,
        tenantId: conversation.tenantId,
        employeeId: conversation.employeeId,
        managerId: conversation.managerId,
        guidance: initialGuidance(variant),
        state: koerskaart.emptyCanvas(),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      try {
        const created = await stores.canvases.create(canvas);
        remember(actor.tenantId, conversation.id, conversation.employeeId);
        return { view: (await toView(created, conversation)).view, created: true };
      } catch (error) {
        // The other party started it at the same moment: theirs is the canvas.
        if (!(error instanceof ConflictError)) throw error;
        const raced = await stores.canvases.get(actor.tenantId, conversation.employeeId, conversation.id);
        if (!raced) throw error;
        return opened(raced);
      }
    },

    apply: async (actor, conversationId, request) => {
      const { response, canvas } = await write(actor, conversationId, request);
      if (response.applied > 0) await publish(actor, canvas, response.etag, request.replicaId, response.changes);
      return response;
    },

    lock: (actor, conversationId) => setLock(actor, conversationId, (canvas, writer) => lockCanvas(canvas, writer).canvas),
    reopen: (actor, conversationId) => setLock(actor, conversationId, reopenCanvas),

    conversationHeld: async (actor, conversationId) => {
      try {
        await setLock(actor, conversationId, (canvas, writer) => lockCanvas(canvas, writer).canvas);
      } catch (error) {
        // A conversation held without a canvas: nothing to close.
        if (!(error instanceof NotFoundError)) throw error;
      }
    },

    negotiate: async (actor, conversationId) => {
      const stored = await readCanvas(actor, conversationId);
      if (!deps.realtime) throw new CanvasError('realtime-unavailable');
      const group = await canvasGroup(stored.value.tenantId, stored.value.id);
      const presence = presenceGroup(group);
      return { url: await deps.realtime.clientUrl({ userId: actor.id, group, presenceGroup: presence }), group, presenceGroup: presence, protocol: 'json.webpubsub.azure.v1' };
    },

    preparationChanged: (conversation) => broadcast(conversation.tenantId, conversation.id, { type: 'preparation', canvasId: conversation.id }),
  };
}
