import { chooseSlots } from './chooseSlots';
import type { BookingParty, BusyInterval, SlotRequestInput } from './schema';

/**
 * Property checks over many seeded random calendars (fast-check is not a dependency; a seeded
 * generator keeps every run identical and a failure reproducible by its seed). The checks read
 * local times with Intl directly, not with the code under test.
 */

/** mulberry32: tiny, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const ZONES = ['Europe/Amsterdam', 'Europe/Brussels'] as const;
const SHOW_AS = ['busy', 'busy', 'busy', 'tentative', 'oof', 'free', 'workingElsewhere'] as const;

function scenario(seed: number): SlotRequestInput {
  const r = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pickOne = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  // Anywhere in 2026-2027, so many scenarios straddle a DST change.
  const now = Date.UTC(2026, 0, 1) + Math.floor(r() * 700 * 24) * HOUR + int(0, 59) * 60_000;
  const party = (): BookingParty => {
    const startHour = int(7, 10);
    const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => (d <= 5 ? r() < 0.85 : r() < 0.1));
    const busy: BusyInterval[] = [];
    for (let i = 0, n = int(0, 120); i < n; i++) {
      const start = now + int(10 * 24, 60 * 24) * HOUR + int(0, 3) * 15 * 60_000;
      busy.push({ start: new Date(start).toISOString(), end: new Date(start + int(1, 16) * 15 * 60_000).toISOString(), showAs: pickOne(SHOW_AS) });
    }
    return {
      timeZone: pickOne(ZONES),
      workingHours: {
        days: days.length ? days : [3],
        start: `${String(startHour).padStart(2, '0')}:00`,
        end: `${String(startHour + int(4, 9)).padStart(2, '0')}:${pickOne(['00', '30'])}`,
        lunch: r() < 0.7 ? { start: '12:00', end: pickOne(['12:30', '13:00']) } : undefined,
      },
      busy,
    };
  };
  return {
    now: new Date(now).toISOString(),
    parties: [party(), party()],
    holidays: Array.from({ length: int(0, 6) }, () => new Date(now + int(10, 50) * 24 * HOUR).toISOString().slice(0, 10)),
    leadTimeDays: int(1, 21),
    durationMinutes: pickOne([30, 45, 60, 90]),
    count: int(1, 5),
    preferences: { bufferMinutes: pickOne([0, 10, 15, 30]) },
  };
}

/** Local weekday (1-7), date and minute of day of an instant, straight from Intl. */
const formats = new Map(
  ZONES.map((timeZone) => [
    timeZone as string,
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ]),
);
function wall(instant: number, timeZone: string) {
  const parts = Object.fromEntries(formats.get(timeZone)!.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe('slot choice on random calendars', () => {
  it.each(SEEDS)('keeps every rule for seed %i', (seed) => {
    const input = scenario(seed);
    const choice = chooseSlots(input);
    const duration = input.durationMinutes! * 60_000;
    const buffer = input.preferences!.bufferMinutes! * 60_000;
    const earliest = Date.parse(input.now) + input.leadTimeDays! * 24 * HOUR;

    expect(choice.slots.length).toBeLessThanOrEqual(input.count!);
    if (!choice.ok) expect(choice.slots).toHaveLength(0);
    choice.slots.forEach((slot, i) => {
      const start = Date.parse(slot.start);
      const end = Date.parse(slot.end);
      expect(end - start).toBe(duration);
      expect(start).toBeGreaterThanOrEqual(earliest);
      expect(end).toBeLessThanOrEqual(Date.parse(choice.window.to));
      expect(new Date(start).getUTCMinutes() % 30).toBe(0);
      for (const party of input.parties) {
        const s = wall(start, party.timeZone);
        const e = wall(end, party.timeZone);
        const hours = party.workingHours;
        // Inside this person's working hours, on one of their days, not a holiday, not at lunch.
        expect(hours.days).toContain(s.weekday);
        expect(e.date).toBe(s.date);
        expect(input.holidays).not.toContain(s.date);
        expect(s.minute).toBeGreaterThanOrEqual(minutes(hours.start));
        expect(e.minute).toBeLessThanOrEqual(minutes(hours.end));
        if (hours.lunch) expect(s.minute >= minutes(hours.lunch.end) || e.minute <= minutes(hours.lunch.start)).toBe(true);
        // Clear of every blocking busy block by at least the buffer.
        const clash = (party.busy ?? []).find(
          (b) => b.showAs !== 'free' && b.showAs !== 'workingElsewhere' && start < Date.parse(b.end) + buffer && Date.parse(b.start) - buffer < end,
        );
        expect(clash).toBeUndefined();
        // Not on a day this person is out of office, even for part of it.
        const away = (party.busy ?? []).filter((b) => b.showAs === 'oof');
        expect(away.some((b) => wall(Date.parse(b.start), party.timeZone).date === s.date || wall(Date.parse(b.end) - 1, party.timeZone).date === s.date)).toBe(false);
      }
      // Proposals never overlap each other.
      for (const other of choice.slots.slice(0, i)) {
        expect(start < Date.parse(other.end) && Date.parse(other.start) < end).toBe(false);
      }
    });
    expect(chooseSlots(input)).toEqual(choice);
  });
});
