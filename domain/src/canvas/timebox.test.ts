import { initialGuidance, nextGuidance, type CanvasGuidance } from './canvas';
import { countdownClock, countdownMinutes, timeboxCountdown } from './timebox';

const userId = '0a000000-0000-4000-8000-000000000101';
const START = Date.parse('2026-12-01T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('the time box of a phase', () => {
  it('starts when a time box is set for the current phase, and again when the phase changes', () => {
    const set = nextGuidance(initialGuidance('standaard'), { timeboxMinutes: { uitwisseling: 20 } }, userId, iso(START));
    expect(set.phaseStartedAt).toBe(iso(START));
    // Changing the minutes of a running box keeps its start: more or less time, same start.
    const longer = nextGuidance(set, { timeboxMinutes: { uitwisseling: 30 } }, userId, iso(START + 60_000));
    expect(longer.phaseStartedAt).toBe(iso(START));
    const next = nextGuidance(longer, { phase: 'voorstellen' }, userId, iso(START + 120_000));
    expect(next.phaseStartedAt).toBe(iso(START + 120_000));
    // Picking the variant starts nothing.
    expect(nextGuidance(next, { variant: 'langer-werken' }, userId, iso(START + 180_000)).phaseStartedAt).toBe(iso(START + 120_000));
  });

  it('counts down from the start and then shows how far over time it is', () => {
    const guidance: Pick<CanvasGuidance, 'phase' | 'timeboxMinutes' | 'phaseStartedAt'> = { phase: 'uitwisseling', timeboxMinutes: { uitwisseling: 10 }, phaseStartedAt: iso(START) };
    const at = (ms: number) => timeboxCountdown(guidance, START + ms);
    expect(at(0)).toEqual({ totalMs: 600_000, remainingMs: 600_000, over: false });
    expect(countdownClock(at(61_500)!)).toBe('08:58');
    expect(countdownMinutes(at(61_500)!)).toEqual({ over: false, minutes: 9 });
    expect(at(600_000)?.over).toBe(true);
    expect(countdownClock(at(725_000)!)).toBe('02:05');
    expect(countdownMinutes(at(725_000)!)).toEqual({ over: true, minutes: 2 });
    // A clock ahead of the one that started the box never shows more than the box.
    expect(at(-30_000)?.remainingMs).toBe(600_000);
  });

  it('has no countdown without a time box for the current phase or without a start', () => {
    expect(timeboxCountdown({ phase: 'voorstellen', timeboxMinutes: { uitwisseling: 10 }, phaseStartedAt: iso(START) }, START)).toBeUndefined();
    expect(timeboxCountdown({ phase: 'uitwisseling', timeboxMinutes: { uitwisseling: 10 } }, START)).toBeUndefined();
  });

  it('changes what a screen reader hears at most once a minute, ticking every second on a fake clock', () => {
    const guidance = { phase: 'uitwisseling' as const, timeboxMinutes: { uitwisseling: 5 }, phaseStartedAt: iso(START) };
    let last: string | undefined;
    let lastChange = -Infinity;
    const changes: number[] = [];
    for (let now = START; now <= START + 8 * 60_000; now += 1000) {
      const heard = JSON.stringify(countdownMinutes(timeboxCountdown(guidance, now)!));
      if (heard !== last) {
        expect(now - lastChange).toBeGreaterThanOrEqual(60_000);
        changes.push(now);
        lastChange = now;
        last = heard;
      }
    }
    // 5, 4, 3, 2, 1 minutes left, then 0, 1, 2, 3 over.
    expect(changes).toHaveLength(9);
  });
});
