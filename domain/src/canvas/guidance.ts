import { PHASE_IDS, type KoerskaartVariant, type PhaseId } from '../koerskaart/sections';

/**
 * The conversation guidance both people steer (which phase, which variant, the time boxes), as
 * plain data and functions: the tab's board steers it before it loads zod. Its schema,
 * CanvasGuidance in canvas.ts, checks what crosses a boundary and has this same shape.
 */

export const MAX_TIMEBOX_MINUTES = 240;

export interface GuidanceState {
  phase: PhaseId;
  variant: KoerskaartVariant;
  timeboxMinutes: Partial<Record<PhaseId, number>>;
  phaseStartedAt?: string | undefined;
  version: number;
  updatedBy?: string | undefined;
}

/** A change of phase, variant or time boxes; what is left out stays as it is. */
export interface GuidanceChange {
  phase?: PhaseId | undefined;
  variant?: KoerskaartVariant | undefined;
  timeboxMinutes?: Partial<Record<PhaseId, number>> | undefined;
}

export function initialGuidance(variant: KoerskaartVariant): GuidanceState {
  return { phase: PHASE_IDS[0], variant, timeboxMinutes: {}, version: 0 };
}

/**
 * The guidance after a change by `userId` at `now`. The time box counts from `now` when the phase
 * changes, or when the current phase gets a time box it did not have; changing the minutes of a
 * running box keeps its start. The server's result is the stored one; a tab shows its own guess
 * until the server's arrives.
 */
export function nextGuidance(current: GuidanceState, change: GuidanceChange, userId: string, now: string): GuidanceState {
  const phase = change.phase ?? current.phase;
  const timeboxMinutes = change.timeboxMinutes ?? current.timeboxMinutes;
  const restart = phase !== current.phase || (current.timeboxMinutes[phase] === undefined && timeboxMinutes[phase] !== undefined);
  const phaseStartedAt = restart ? now : current.phaseStartedAt;
  return {
    phase,
    variant: change.variant ?? current.variant,
    timeboxMinutes,
    ...(phaseStartedAt ? { phaseStartedAt } : {}),
    version: current.version + 1,
    updatedBy: userId,
  };
}
