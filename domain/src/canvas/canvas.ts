import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import {
  applyOperation as applyKoerskaartOperation,
  defaultVariant,
  KoerskaartOperation,
  KoerskaartState,
  KoerskaartVariant,
  Nonce,
  PhaseId,
  PHASE_IDS,
} from '../koerskaart';
import { Guid } from '../people';

/**
 * The stored Koerskaart of one conversation: the card state of the koerskaart model (its merge
 * rule untouched) plus one small register for the conversation guidance both people steer —
 * which phase they are in, the variant, and optional time boxes per phase.
 */

export const MAX_TIMEBOX_MINUTES = 240;

/** Last writer wins by (version, versionNonce): a phase change is a decision, not text to merge. */
export const CanvasGuidance = z.object({
  phase: PhaseId,
  variant: KoerskaartVariant,
  timeboxMinutes: z.partialRecord(PhaseId, z.number().int().min(1).max(MAX_TIMEBOX_MINUTES)),
  /** When the current phase's time box started counting (timebox.ts); absent until one is set. */
  phaseStartedAt: IsoDateTime.optional(),
  version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  versionNonce: Nonce,
  updatedBy: Guid.optional(),
});
export type CanvasGuidance = z.infer<typeof CanvasGuidance>;

export const Canvas = z.object({
  /** One canvas per conversation: its id is the conversation id. */
  id: z.string().min(1).max(100),
  tenantId: Guid,
  employeeId: Guid,
  managerId: Guid,
  guidance: CanvasGuidance,
  state: KoerskaartState,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Canvas = z.infer<typeof Canvas>;

export const SetGuidanceOperation = z.object({
  type: z.literal('setGuidance'),
  guidance: CanvasGuidance,
});
export type SetGuidanceOperation = z.infer<typeof SetGuidanceOperation>;

/** What a client sends: a koerskaart card operation, or a guidance change. */
export const CanvasOperation = z.union([KoerskaartOperation, SetGuidanceOperation]);
export type CanvasOperation = z.infer<typeof CanvasOperation>;

/** A batch the client sends (also after reconnecting); bounded like everything else. */
export const CanvasOperationBatch = z.array(CanvasOperation).min(1).max(200);

function guidanceKey(g: CanvasGuidance): [number, string] {
  return [g.version, g.versionNonce];
}

/** The larger (version, nonce) wins: commutative, associative and idempotent like the cards. */
export function joinGuidance(a: CanvasGuidance, b: CanvasGuidance): CanvasGuidance {
  const [va, na] = guidanceKey(a);
  const [vb, nb] = guidanceKey(b);
  return va > vb || (va === vb && na >= nb) ? a : b;
}

export function initialGuidance(variant: KoerskaartVariant): CanvasGuidance {
  return { phase: PHASE_IDS[0], variant, timeboxMinutes: {}, version: 0, versionNonce: 'initial' };
}

export interface CanvasContent {
  guidance: CanvasGuidance;
  state: KoerskaartState;
}

/** Applies one operation; returns the same object when it changed nothing (a re-delivery). */
export function applyCanvasOperation<T extends CanvasContent>(canvas: T, op: CanvasOperation): T {
  if (op.type === 'setGuidance') {
    const guidance = joinGuidance(canvas.guidance, op.guidance);
    return guidance === canvas.guidance ? canvas : { ...canvas, guidance };
  }
  const state = applyKoerskaartOperation(canvas.state, op);
  return state === canvas.state ? canvas : { ...canvas, state };
}

export function applyCanvasOperations<T extends CanvasContent>(canvas: T, ops: readonly CanvasOperation[]): T {
  return ops.reduce<T>(applyCanvasOperation, canvas);
}

/** The card an operation touches, or undefined for a guidance change. */
export function operationCardId(op: CanvasOperation): string | undefined {
  return op.type === 'setGuidance' ? undefined : op.card.id;
}

/**
 * The next guidance write of this writer, superseding what it has seen. The time box counts from
 * `now` when the phase changes, or when the current phase gets a time box it did not have;
 * changing the minutes of a running box keeps its start.
 */
export function nextGuidance(
  current: CanvasGuidance,
  change: Partial<Pick<CanvasGuidance, 'phase' | 'variant' | 'timeboxMinutes'>>,
  writer: { userId: string; nonce: string },
  now: string,
): SetGuidanceOperation {
  const phase = change.phase ?? current.phase;
  const timeboxMinutes = change.timeboxMinutes ?? current.timeboxMinutes;
  const restart = phase !== current.phase || (current.timeboxMinutes[phase] === undefined && timeboxMinutes[phase] !== undefined);
  const phaseStartedAt = restart ? now : current.phaseStartedAt;
  return {
    type: 'setGuidance',
    guidance: {
      phase,
      variant: change.variant ?? current.variant,
      timeboxMinutes,
      ...(phaseStartedAt ? { phaseStartedAt } : {}),
      version: current.version + 1,
      versionNonce: writer.nonce,
      updatedBy: writer.userId,
    },
  };
}

/** The variant to offer: "langer werken" from 55 (koerskaart.defaultVariant), for a person if known. */
export function defaultVariantForPerson(person: { birthYear?: number } | undefined, today: string): KoerskaartVariant {
  return defaultVariant(person?.birthYear, today);
}
