import type { Clock } from '@koers/domain';

/**
 * Local mode's clock: real time shifted by an offset, so `npm start` (and the end-to-end tests)
 * can run "on" a chosen moment — KOERS_CLOCK_START — and be moved on while running (POST
 * /api/dev/clock), e.g. to the morning a reminder falls due. It keeps ticking like a real clock
 * and only ever moves forward. Azure mode never has one (composition.ts, config.ts).
 */
export interface DevClock extends Clock {
  /** Moves "now" to `at` and runs on from there. Throws RangeError when `at` is before now. */
  set(at: Date): void;
}

export function createDevClock(options: { start?: Date; base?: Clock } = {}): DevClock {
  const base = options.base ?? { now: () => new Date() };
  let offsetMs = options.start ? options.start.getTime() - base.now().getTime() : 0;
  const now = () => new Date(base.now().getTime() + offsetMs);
  return {
    now,
    set(at) {
      const shift = at.getTime() - now().getTime();
      if (!Number.isFinite(shift) || shift < 0) throw new RangeError('the local clock only moves forward');
      offsetMs += shift;
    },
  };
}
