import { z } from 'zod';
import { PersonSummary } from '../api';
import { ConversationKind, ConversationStatus, IsoDateTime } from '../conversation';
import { CardId, CardMeta, KoerskaartVariant, ServerCounter, TextUpdate } from '../koerskaart';
import { Token } from '../koerskaart/scalars';
import { Guid } from '../people';
import { TemplateRef } from '../templates/ref';
import { SectionPrompts } from '../templates/prompts';
import { Canvas, CanvasGuidance, CanvasLock, CanvasOperationBatch } from './canvas';

/**
 * Wire shapes of the Koerskaart API and of its real-time messages:
 *
 *   POST /api/canvases                           CreateCanvasRequest → 201/200 CanvasView
 *   GET  /api/canvases?meetingId=…               → CanvasView (the canvas of a Teams meeting)
 *   GET  /api/canvases/{conversationId}          [If-None-Match] → CanvasView | 304
 *   POST /api/canvases/{conversationId}/operations  ApplyOperationsRequest → ApplyOperationsResponse
 *   GET  /api/canvases/{conversationId}/negotiate   → NegotiateResponse
 *   POST /api/canvases/{conversationId}/lock        → CanvasView ("Gesprek afronden")
 *   POST /api/canvases/{conversationId}/reopen      → CanvasView ("Heropenen")
 */

/** One page session (a tab, the side panel, the stage): each has its own. */
export const SessionId = Token;

export const CanvasParty = PersonSummary;

export const CanvasView = z.object({
  canvas: Canvas.omit({ tenantId: true }),
  /** The canvas document's version; send as If-None-Match when polling. */
  etag: z.string(),
  conversation: z.object({
    id: z.string(),
    kind: ConversationKind,
    status: ConversationStatus,
    start: IsoDateTime.optional(),
    end: IsoDateTime.optional(),
    /** The template version the conversation pinned: its section prompts head the board's sections. */
    template: TemplateRef.optional(),
    /**
     * That version's section prompts, so the board shows them with the canvas rather than a round
     * trip later; a section it leaves alone keeps the board's own prompt.
     */
    sectionPrompts: SectionPrompts.optional(),
  }),
  employee: CanvasParty,
  manager: CanvasParty,
});
export type CanvasView = z.infer<typeof CanvasView>;

/**
 * Start a canvas: for a conversation that exists (booked or not), for the conversation booked for
 * a Teams meeting (`meetingId`: meeting.id or chat.id from the Teams context), or — with neither —
 * for a conversation in one room that nobody booked: the manager names the employee, an employee
 * starts one with their own manager. `meetingId` with `employeeId` (the employee's own id when
 * they start it): the meeting's conversation, or — when none is booked for that meeting — a new
 * one for the pair, linked to the meeting so its side panel finds it again.
 * `variant` absent = "langer werken" for 55+, else standaard.
 */
export const CreateCanvasRequest = z
  .object({
    conversationId: z.string().min(1).max(100).optional(),
    meetingId: z.string().min(1).max(2000).optional(),
    employeeId: Guid.optional(),
    variant: KoerskaartVariant.optional(),
  })
  .refine((r) => r.conversationId === undefined || (r.meetingId === undefined && r.employeeId === undefined), {
    message: 'give conversationId alone, or meetingId and/or employeeId',
    path: ['conversationId'],
  });
export type CreateCanvasRequest = z.infer<typeof CreateCanvasRequest>;

export const ApplyOperationsRequest = z.object({
  /** The sending session, echoed in the broadcast (presence and diagnostics; never trusted). */
  replicaId: SessionId,
  operations: CanvasOperationBatch,
});

/** New text of one card's document `epoch` (a Yjs update; after compaction the whole document). */
export const CardTextUpdate = z.object({ cardId: CardId, epoch: ServerCounter, update: TextUpdate });
export type CardTextUpdate = z.infer<typeof CardTextUpdate>;

/** What a stored write changed, as the server wrote it: every tab applies exactly this. */
export const CanvasChanges = z.object({
  cards: z.array(CardMeta).max(200),
  texts: z.array(CardTextUpdate).max(200),
  guidance: CanvasGuidance.optional(),
});
export type CanvasChanges = z.infer<typeof CanvasChanges>;
export type ApplyOperationsRequest = z.infer<typeof ApplyOperationsRequest>;

export const ApplyOperationsResponse = z.object({
  etag: z.string(),
  /** How many operations changed the stored canvas (re-deliveries change nothing). */
  applied: z.number().int().min(0),
  /** Conditional writes that lost a race and were merged again on the server. */
  retries: z.number().int().min(0),
  /** What the write changed, so the sender shows the server's records at once. */
  changes: CanvasChanges,
});
export type ApplyOperationsResponse = z.infer<typeof ApplyOperationsResponse>;

export const NegotiateResponse = z.object({
  /** WebSocket URL with its access token (Azure Web PubSub, or the local host's stand-in). */
  url: z.string(),
  /** The group the Functions app publishes this canvas' changes to; clients cannot send to it. */
  group: z.string(),
  /** The group where the tabs of this canvas tell each other who is there: presence only. */
  presenceGroup: z.string(),
  /** The json.webpubsub.azure.v1 subprotocol in both places. */
  protocol: z.literal('json.webpubsub.azure.v1'),
});
export type NegotiateResponse = z.infer<typeof NegotiateResponse>;

/**
 * Published by the Functions app after each stored write, and only by it: a tab believes it only
 * from the service's `from: 'server'` (clients cannot send to the canvas group at all).
 */
export const CanvasOperationsMessage = CanvasChanges.extend({
  type: z.literal('operations'),
  canvasId: z.string().max(100),
  etag: z.string(),
  userId: Guid,
  replicaId: SessionId,
});
export type CanvasOperationsMessage = z.infer<typeof CanvasOperationsMessage>;

/**
 * Ephemeral, client to group, never stored: who is on the canvas and which field they edit.
 * `hello` asks the others to announce themselves; `leave` is sent when the page goes away.
 */
export const PresenceMessage = z.object({
  type: z.enum(['presence', 'hello', 'leave']),
  replicaId: SessionId,
  userId: Guid,
  editing: z.object({ cardId: z.string().max(64), field: z.string().max(32) }).nullable().optional(),
});
export type PresenceMessage = z.infer<typeof PresenceMessage>;

/**
 * Published when the employee saved their preparation: the shared answers on the canvas may have
 * changed. Carries no answers (what a viewer may see is per viewer): clients ask the API again.
 */
export const PreparationChangedMessage = z.object({
  type: z.literal('preparation'),
  canvasId: z.string().max(100),
});
export type PreparationChangedMessage = z.infer<typeof PreparationChangedMessage>;

/** Published when the canvas was closed ("Gesprek afronden") or reopened: tabs load it again. */
export const CanvasLockMessage = z.object({
  type: z.literal('lock'),
  canvasId: z.string().max(100),
  lock: CanvasLock.nullable(),
});
export type CanvasLockMessage = z.infer<typeof CanvasLockMessage>;

export const CanvasRealtimeMessage = z.union([CanvasOperationsMessage, PresenceMessage, PreparationChangedMessage, CanvasLockMessage]);
export type CanvasRealtimeMessage = z.infer<typeof CanvasRealtimeMessage>;
