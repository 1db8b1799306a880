import type { CanvasGuidance } from './canvas';

/**
 * The optional time box of the current phase, counted from when the phase (or its time box)
 * started. Both parties count from the same stored moment, so their clocks agree up to the
 * difference between their computers' clocks.
 */
export interface TimeboxCountdown {
  totalMs: number;
  /** Negative once the time is up. */
  remainingMs: number;
  over: boolean;
}

const MINUTE = 60_000;

export function timeboxCountdown(guidance: Pick<CanvasGuidance, 'phase' | 'timeboxMinutes' | 'phaseStartedAt'>, nowMs: number): TimeboxCountdown | undefined {
  const minutes = guidance.timeboxMinutes[guidance.phase];
  if (minutes === undefined || guidance.phaseStartedAt === undefined) return undefined;
  const started = Date.parse(guidance.phaseStartedAt);
  if (Number.isNaN(started)) return undefined;
  const totalMs = minutes * MINUTE;
  // A start in the future (a clock ahead) counts as now: never more time than the box holds.
  const elapsed = Math.max(0, nowMs - started);
  const remainingMs = totalMs - elapsed;
  return { totalMs, remainingMs, over: remainingMs <= 0 };
}

/** "mm:ss" of what is left, or of how far over time it is. */
export function countdownClock(countdown: TimeboxCountdown): string {
  const seconds = Math.floor(Math.abs(countdown.remainingMs) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/**
 * What a screen reader hears: whole minutes only, so the announcement changes at most once a
 * minute however often the clock on screen ticks.
 */
export function countdownMinutes(countdown: TimeboxCountdown): { over: boolean; minutes: number } {
  if (!countdown.over) return { over: false, minutes: Math.ceil(countdown.remainingMs / MINUTE) };
  return { over: true, minutes: Math.floor(-countdown.remainingMs / MINUTE) };
}
