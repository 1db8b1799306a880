import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import {
  applyOperation as applyKoerskaartOperation,
  compactState,
  KoerskaartOperation,
  KoerskaartState,
  KoerskaartVariant,
  MAX_CANVAS_BYTES,
  PhaseId,
  StoredKoerskaartState,
  type CardChange,
  type ServerWriter,
} from '../koerskaart';
import { Guid } from '../people';
import { MAX_TIMEBOX_MINUTES, nextGuidance } from './guidance';

/**
 * The stored Koerskaart of one conversation: its cards (the koerskaart model) plus one small
 * record for the conversation guidance both people steer — which phase they are in, the
 * variant, and optional time boxes per phase — and whether the conversation is closed.
 */

export * from './guidance';

/** The latest stored change wins: a phase change is a decision, not text to merge. */
export const CanvasGuidance = z.object({
  phase: PhaseId,
  variant: KoerskaartVariant,
  timeboxMinutes: z.partialRecord(PhaseId, z.number().int().min(1).max(MAX_TIMEBOX_MINUTES)),
  /** When the current phase's time box started counting (timebox.ts); absent until one is set. */
  phaseStartedAt: IsoDateTime.optional(),
  /** Counted by the server, one per stored change. */
  version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  updatedBy: Guid.optional(),
});
export type CanvasGuidance = z.infer<typeof CanvasGuidance>;

/**
 * Guidance as stored before the server counted its versions: the client's version could be
 * anything up to 2^53−1, so it starts again at 0.
 */
const StoredGuidance = z.union([
  CanvasGuidance.extend({ versionNonce: z.string() }).transform(({ versionNonce: _nonce, ...guidance }) => ({ ...guidance, version: 0 })),
  CanvasGuidance,
]);

/** "Gesprek afronden" closed the canvas: read-only for both until either reopens it. */
export const CanvasLock = z.object({ by: Guid, at: IsoDateTime });
export type CanvasLock = z.infer<typeof CanvasLock>;

export const MAX_LOCK_LOG = 50;
/** Who closed and reopened the canvas, when; the oldest entries go first beyond MAX_LOCK_LOG. */
export const CanvasLockEvent = z.object({ action: z.enum(['afronden', 'heropenen']), by: Guid, at: IsoDateTime });
export type CanvasLockEvent = z.infer<typeof CanvasLockEvent>;

const canvasFields = {
  /** One canvas per conversation: its id is the conversation id. */
  id: z.string().min(1).max(100),
  tenantId: Guid,
  employeeId: Guid,
  managerId: Guid,
  lock: CanvasLock.optional(),
  lockLog: z.array(CanvasLockEvent).max(MAX_LOCK_LOG).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};

export const Canvas = z.object({ ...canvasFields, guidance: CanvasGuidance, state: KoerskaartState });
export type Canvas = z.infer<typeof Canvas>;

/** What the stores read: a canvas in any stored form, migrated to the current one as it is read. */
export const StoredCanvas: z.ZodType<Canvas> = z.object({ ...canvasFields, guidance: StoredGuidance, state: StoredKoerskaartState });

/** A change of phase, variant or time boxes; what is left out stays as it is. */
export const SetGuidanceOperation = z.object({
  type: z.literal('setGuidance'),
  phase: PhaseId.optional(),
  variant: KoerskaartVariant.optional(),
  timeboxMinutes: CanvasGuidance.shape.timeboxMinutes.optional(),
});
export type SetGuidanceOperation = z.infer<typeof SetGuidanceOperation>;

/** What a client sends: a koerskaart card operation, or a guidance change. */
export const CanvasOperation = z.union([KoerskaartOperation, SetGuidanceOperation]);
export type CanvasOperation = z.infer<typeof CanvasOperation>;

/** A batch the client sends (also after reconnecting); bounded like everything else. */
export const CanvasOperationBatch = z.array(CanvasOperation).min(1).max(200);

export interface CanvasContent {
  guidance: CanvasGuidance;
  state: KoerskaartState;
}

function sameGuidance(a: CanvasGuidance, b: CanvasGuidance): boolean {
  return a.phase === b.phase && a.variant === b.variant && JSON.stringify(a.timeboxMinutes) === JSON.stringify(b.timeboxMinutes);
}

/** What one applied operation changed: a card, or the guidance (nothing: a repeat). */
export interface CanvasChange {
  card?: CardChange;
  guidance?: CanvasGuidance;
}

/** Applies one operation for the person in the token (the server's side). */
export function applyCanvasOperation<T extends CanvasContent>(canvas: T, op: CanvasOperation, writer: ServerWriter): { canvas: T; change: CanvasChange } {
  if (op.type === 'setGuidance') {
    const { type: _type, ...change } = op;
    const guidance = nextGuidance(canvas.guidance, change, writer.userId, writer.now);
    if (sameGuidance(guidance, canvas.guidance)) return { canvas, change: {} };
    return { canvas: { ...canvas, guidance }, change: { guidance } };
  }
  const applied = applyKoerskaartOperation(canvas.state, op, writer);
  if (!applied.change) return { canvas, change: {} };
  return { canvas: { ...canvas, state: applied.state }, change: { card: applied.change } };
}

/** The card an operation touches, or undefined for a guidance change. */
export function operationCardId(op: CanvasOperation): string | undefined {
  return op.type === 'setGuidance' ? undefined : op.cardId;
}

/** The stored document's size as Cosmos DB counts it (UTF-8 JSON), for MAX_CANVAS_BYTES. */
export function canvasBytes(canvas: Canvas): number {
  return new TextEncoder().encode(JSON.stringify(canvas)).length;
}

/** Growth beyond MAX_CANVAS_BYTES is refused; what shrinks or stays the same always goes. */
export function exceedsCanvasLimit(before: Canvas, after: Canvas): boolean {
  // A canvas of a few cards is far below the limit in characters already: skip the encoding.
  const length = JSON.stringify(after).length;
  if (length * 3 <= MAX_CANVAS_BYTES) return false;
  const size = canvasBytes(after);
  return size > MAX_CANVAS_BYTES && size > canvasBytes(before);
}

/** "Gesprek afronden": closed for both, its text documents compacted (nobody types until it reopens). */
export function lockCanvas(canvas: Canvas, writer: ServerWriter): { canvas: Canvas; changes: CardChange[] } {
  if (canvas.lock) return { canvas, changes: [] };
  const { state, changes } = compactState(canvas.state);
  const lockLog = [...(canvas.lockLog ?? []), { action: 'afronden' as const, by: writer.userId, at: writer.now }].slice(-MAX_LOCK_LOG);
  return { canvas: { ...canvas, state, lock: { by: writer.userId, at: writer.now }, lockLog, updatedAt: writer.now }, changes };
}

/** "Heropenen": either party opens a closed canvas again; logged like the closing. */
export function reopenCanvas(canvas: Canvas, writer: ServerWriter): Canvas {
  if (!canvas.lock) return canvas;
  const { lock: _lock, ...open } = canvas;
  const lockLog = [...(canvas.lockLog ?? []), { action: 'heropenen' as const, by: writer.userId, at: writer.now }].slice(-MAX_LOCK_LOG);
  return { ...open, lockLog, updatedAt: writer.now };
}

