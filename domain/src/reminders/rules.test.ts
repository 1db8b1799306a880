import type { Conversation } from '../conversation';
import type { Person } from '../people';
import type { Reminder } from '../records';
import { planBundle, MAX_ITEMS_PER_BUNDLE } from './bundle';
import { cadenceDays, checkInMoments, daysBeforeMoments, snoozeUntil } from './cadence';
import { conversationReminderRelevance, conversationReminders, meetingDayAt, meetingDayId, plannedStartOf, prepNudgeId } from './conversationReminders';
import { isSendableAt, nextSendMoment, type RecipientCalendar } from './quietHours';
import { parseRetryAfter } from '../retry';
import { isRetryable, retryDelayMs } from './retry';

/** Holidays of 2026 that matter below: Easter Monday (NL and BE), Christmas. */
const HOLIDAYS = ['2026-04-06', '2026-12-25', '2026-12-26'];
const FULL: RecipientCalendar = {
  timeZone: 'Europe/Amsterdam',
  workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
  holidays: HOLIDAYS,
};
/** Noor Visser: part-time, Monday to Thursday. */
const NOOR: RecipientCalendar = { ...FULL, workingHours: { ...FULL.workingHours, days: [1, 2, 3, 4] } };
const GENT: RecipientCalendar = { ...FULL, timeZone: 'Europe/Brussels' };

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('the next moment a message may be sent', () => {
  it.each([
    ['inside working hours: now', FULL, '2026-03-06T15:59:00Z', '2026-03-06T15:59:00.000Z'],
    ['before the working day starts: at 08:00', FULL, '2026-03-09T06:00:00Z', '2026-03-09T07:00:00.000Z'],
    ['at 17:00 on Friday: Monday 08:00', FULL, '2026-03-06T16:00:00Z', '2026-03-09T07:00:00.000Z'],
    ['Saturday before the spring change: Monday 08:00 summer time', FULL, '2026-03-28T09:00:00Z', '2026-03-30T06:00:00.000Z'],
    ['on the night of the spring change itself', FULL, '2026-03-29T01:30:00Z', '2026-03-30T06:00:00.000Z'],
    ['Friday evening before the autumn change: Monday 08:00 winter time', FULL, '2026-10-23T16:00:00Z', '2026-10-26T07:00:00.000Z'],
    ['Brussels, Sunday of the autumn change', GENT, '2026-10-25T11:00:00Z', '2026-10-26T07:00:00.000Z'],
    ['Brussels, Sunday of the spring change', GENT, '2026-03-29T11:00:00Z', '2026-03-30T06:00:00.000Z'],
    ['Noor on Thursday evening: Monday, never her Friday off', NOOR, '2026-03-05T17:00:00Z', '2026-03-09T07:00:00.000Z'],
    ['Noor on Friday morning: Monday', NOOR, '2026-03-06T08:00:00Z', '2026-03-09T07:00:00.000Z'],
    ['Easter weekend: the Tuesday after Easter Monday', FULL, '2026-04-04T10:00:00Z', '2026-04-07T06:00:00.000Z'],
    ['Christmas Eve after work: Monday 28 December', FULL, '2026-12-24T16:30:00Z', '2026-12-28T07:00:00.000Z'],
  ])('%s', (_label, calendar, now, expected) => {
    expect(iso(nextSendMoment(at(now), calendar))).toBe(expected);
  });

  it.each([
    ['Noor on a Friday', NOOR, '2026-03-06T09:00:00Z', false],
    ['a full-timer on that Friday', FULL, '2026-03-06T09:00:00Z', true],
    ['Saturday', FULL, '2026-03-07T09:00:00Z', false],
    ['Easter Monday', FULL, '2026-04-06T09:00:00Z', false],
    ['07:59 local', FULL, '2026-03-09T06:59:00Z', false],
    ['08:00 local in summer time (06:00Z)', FULL, '2026-03-30T06:00:00Z', true],
    ['16:59 local', FULL, '2026-03-09T15:59:00Z', true],
    ['17:00 local', FULL, '2026-03-09T16:00:00Z', false],
  ])('is sendable: %s', (_label, calendar, now, expected) => {
    expect(isSendableAt(at(now), calendar)).toBe(expected);
  });

  it('finds nothing when someone never works (no endless loop)', () => {
    const never: RecipientCalendar = { ...FULL, holidays: Array.from({ length: 61 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)) };
    expect(nextSendMoment(at('2026-01-01T00:00:00Z'), never)).toBeUndefined();
  });
});

function reminder(id: string, dueAt: string, overrides: Partial<Reminder> = {}): Reminder {
  return { id, tenantId: '6f1c2a7e-0000-4000-8000-000000000001', recipientId: '0a000000-0000-4000-8000-000000000105', kind: 'prep-nudge', subjectId: 'c1', dueAt, state: 'due', attempts: 0, ...overrides };
}

describe('bundling', () => {
  const items = [reminder('b', '2026-03-09T07:00:00Z'), reminder('a', '2026-03-09T07:00:00Z'), reminder('c', '2026-03-09T06:00:00Z')];

  it('sends everything due for one person as one bundle, oldest first', () => {
    const plan = planBundle({ now: at('2026-03-09T08:00:00Z'), calendar: FULL, items, bundledToday: false });
    expect(plan).toMatchObject({ action: 'send', day: '2026-03-09', deferred: [] });
    expect(plan.items.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('never sends a second bundle on the same local day: the rest waits for the next working morning', () => {
    const plan = planBundle({ now: at('2026-03-05T10:00:00Z'), calendar: NOOR, items, bundledToday: true });
    expect(plan).toMatchObject({ action: 'defer', until: '2026-03-09T07:00:00.000Z' });
    expect(plan.items).toHaveLength(items.length);
  });

  it('waits for working hours when the run happens at night', () => {
    const plan = planBundle({ now: at('2026-10-24T22:00:00Z'), calendar: GENT, items, bundledToday: false });
    expect(plan).toMatchObject({ action: 'defer', until: '2026-10-26T07:00:00.000Z' });
  });

  it('counts the day in the recipient\'s zone: 00:30 local is already the next day', () => {
    // 23:30Z on Monday is 00:30 on Tuesday in Amsterdam (winter): not sendable, waits for 08:00.
    const plan = planBundle({ now: at('2026-03-09T23:30:00Z'), calendar: FULL, items, bundledToday: false });
    expect(plan).toMatchObject({ action: 'defer', until: '2026-03-10T07:00:00.000Z' });
  });

  it('caps a bundle and defers the overflow to the next day', () => {
    const many = Array.from({ length: MAX_ITEMS_PER_BUNDLE + 2 }, (_, i) => reminder(`r${String(i).padStart(2, '0')}`, '2026-03-06T07:00:00Z'));
    const plan = planBundle({ now: at('2026-03-06T08:00:00Z'), calendar: FULL, items: many, bundledToday: false });
    if (plan.action !== 'send') throw new Error('expected a send');
    expect(plan.items).toHaveLength(MAX_ITEMS_PER_BUNDLE);
    expect(plan.deferred.map((r) => r.id)).toEqual(['r10', 'r11']);
    expect(plan.deferUntil).toBe('2026-03-09T07:00:00.000Z');
  });
});

describe('snoozing ("later herinneren")', () => {
  it.each([
    ['next working day from Noor\'s Thursday', NOOR, 'next-working-day', '2026-03-05T10:00:00Z', '2026-03-09T07:00:00.000Z'],
    ['next working day across the spring change', FULL, 'next-working-day', '2026-03-27T10:00:00Z', '2026-03-30T06:00:00.000Z'],
    // Thursday 2 April: Friday 3 (Good Friday is a working day here), Tuesday 7, Wednesday 8.
    ['three working days from Thursday before Easter, skipping Easter Monday', FULL, 'in-three-working-days', '2026-04-02T10:00:00Z', '2026-04-08T06:00:00.000Z'],
    ['next week from a Wednesday', FULL, 'next-week', '2026-10-21T10:00:00Z', '2026-10-26T07:00:00.000Z'],
    ['next week when its Monday is Easter Monday', FULL, 'next-week', '2026-04-01T10:00:00Z', '2026-04-07T06:00:00.000Z'],
  ] as const)('%s', (_label, calendar, choice, now, expected) => {
    expect(snoozeUntil(choice, now, calendar)).toBe(expected);
  });
});

describe('cadence and days-before reminders', () => {
  it('takes the per-POP override over the monthly organisation default', () => {
    expect(cadenceDays(30)).toBe(30);
    expect(cadenceDays(30, 14)).toBe(14);
    expect(() => cadenceDays(30, 0)).toThrow(RangeError);
  });

  it('puts monthly check-ins on the first allowed moment of their day, weekends moving to Monday', () => {
    const moments = checkInMoments({ anchor: '2026-02-27T10:00:00Z', everyDays: 30, until: '2026-06-01T00:00:00Z', now: '2026-02-27T10:00:00Z', calendar: FULL });
    // +30 = Sun 29 Mar (DST day) → Mon 30 Mar 08:00 CEST; +60 = Tue 28 Apr; +90 = Thu 28 May.
    expect(moments).toEqual(['2026-03-30T06:00:00.000Z', '2026-04-28T06:00:00.000Z', '2026-05-28T06:00:00.000Z']);
  });

  it('leaves out check-ins already past', () => {
    const moments = checkInMoments({ anchor: '2026-01-01T10:00:00Z', everyDays: 14, until: '2026-02-01T00:00:00Z', now: '2026-01-20T00:00:00Z', calendar: FULL });
    expect(moments).toEqual(['2026-01-29T07:00:00.000Z']);
  });

  it('moves a "one day before" reminder earlier when that day is off, never onto the deadline itself', () => {
    // Deadline Monday 30 March: one day before is the DST Sunday → Friday 27 March (winter time).
    const moments = daysBeforeMoments({ target: '2026-03-30', daysBefore: [1, 7], now: '2026-03-01T00:00:00Z', calendar: FULL });
    expect(moments).toEqual([
      { daysBefore: 7, at: '2026-03-23T07:00:00.000Z' },
      { daysBefore: 1, at: '2026-03-27T07:00:00.000Z' },
    ]);
  });

  it('skips Noor\'s Friday for a deadline on Saturday', () => {
    expect(daysBeforeMoments({ target: '2026-03-07', daysBefore: [1], now: '2026-03-01T00:00:00Z', calendar: NOOR })).toEqual([
      { daysBefore: 1, at: '2026-03-05T07:00:00.000Z' },
    ]);
  });
});

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const NOOR_PERSON: Person = {
  id: '0a000000-0000-4000-8000-000000000105', tenantId: TENANT, displayName: 'Noor Visser', email: 'noor@hendriks.example',
  managerId: '0a000000-0000-4000-8000-000000000102', locale: 'nl-NL', timeZone: 'Europe/Amsterdam', workingHours: NOOR.workingHours,
};
const JEROEN: Person = { ...NOOR_PERSON, id: '0a000000-0000-4000-8000-000000000102', displayName: 'Jeroen', email: 'jeroen@hendriks.example', managerId: undefined, workingHours: FULL.workingHours };

function planned(start: string, overrides: Partial<Conversation> = {}): Conversation {
  return { id: 'c1', tenantId: TENANT, employeeId: NOOR_PERSON.id, managerId: JEROEN.id, kind: 'loopbaangesprek', status: 'gepland', start, end: start, createdAt: start, updatedAt: start, ...overrides };
}

const BEFORE = new Date('2026-03-10T10:00:00Z');

describe('reminders around a booked conversation', () => {
  it('nudges three of Noor\'s working days before and reminds both parties on the day', () => {
    // Conversation Tuesday 31 March 10:00 CEST; Noor works Mon–Thu: Mon 30, Thu 26, Wed 25 → Wed 25 March.
    const c = planned('2026-03-31T08:00:00Z');
    const reminders = conversationReminders({ conversation: c, employee: NOOR_PERSON, manager: JEROEN, holidays: HOLIDAYS, now: '2026-03-10T10:00:00Z' });
    expect(reminders.map((r) => [r.id, r.recipientId, r.dueAt])).toEqual([
      [prepNudgeId('c1', c.start ?? ''), NOOR_PERSON.id, '2026-03-25T07:00:00.000Z'],
      [meetingDayId('c1', c.start ?? '', NOOR_PERSON.id), NOOR_PERSON.id, '2026-03-31T06:00:00.000Z'],
      [meetingDayId('c1', c.start ?? '', JEROEN.id), JEROEN.id, '2026-03-31T06:00:00.000Z'],
    ]);
    expect(plannedStartOf(reminders[0] as Reminder)).toBe(Date.parse('2026-03-31T08:00:00Z'));
  });

  it('sends the meeting-day reminder the working day before when the meeting is on the recipient\'s day off', () => {
    expect(meetingDayAt({ meetingStart: '2026-03-06T09:00:00Z', now: '2026-03-01T00:00:00Z', calendar: NOOR })).toBe('2026-03-05T07:00:00.000Z');
  });

  it('never sends the meeting-day reminder after the meeting has started', () => {
    expect(meetingDayAt({ meetingStart: '2026-03-09T06:30:00Z', now: '2026-03-01T00:00:00Z', calendar: FULL })).toBe('2026-03-09T06:30:00.000Z');
    expect(meetingDayAt({ meetingStart: '2026-03-09T09:00:00Z', now: '2026-03-09T08:00:00Z', calendar: FULL })).toBeUndefined();
  });

  it('has no reminders for a conversation that is not planned', () => {
    expect(conversationReminders({ conversation: planned('2026-03-31T08:00:00Z', { status: 'geannuleerd' }), employee: NOOR_PERSON, manager: JEROEN, holidays: [], now: '2026-03-10T10:00:00Z' })).toEqual([]);
  });

  it.each([
    ['still planned, not prepared', planned('2026-03-31T08:00:00Z'), false, 'send'],
    ['preparation done', planned('2026-03-31T08:00:00Z'), true, 'skip'],
    ['cancelled', planned('2026-03-31T08:00:00Z', { status: 'geannuleerd' }), false, 'skip'],
    ['moved to another time', planned('2026-04-01T08:00:00Z'), false, 'skip'],
    ['gone', undefined, false, 'skip'],
    ['marked held ahead of its time ("Gesprek afronden")', planned('2026-03-31T08:00:00Z', { status: 'gehouden' }), false, 'skip'],
  ] as const)('a prep nudge when the conversation is %s', (_label, current, prepared, expected) => {
    const nudge = { id: prepNudgeId('c1', '2026-03-31T08:00:00Z'), kind: 'prep-nudge' };
    expect(conversationReminderRelevance(nudge, current, prepared, BEFORE)).toBe(expected);
  });

  it('skips a meeting-day reminder that comes late, once the meeting is over or marked held', () => {
    const day = { id: meetingDayId('c1', '2026-03-31T08:00:00Z', JEROEN.id), kind: 'meeting-day' };
    const late = new Date('2026-03-31T12:00:00Z');
    expect(conversationReminderRelevance(day, planned('2026-03-31T08:00:00Z'), false, late)).toBe('skip');
    expect(conversationReminderRelevance(day, planned('2026-03-31T08:00:00Z', { status: 'gehouden' }), false, BEFORE)).toBe('skip');
  });

  it('sends the meeting-day reminder even when the preparation is done', () => {
    const day = { id: meetingDayId('c1', '2026-03-31T08:00:00Z', JEROEN.id), kind: 'meeting-day' };
    expect(conversationReminderRelevance(day, planned('2026-03-31T08:00:00Z'), true, BEFORE)).toBe('send');
  });
});

describe('retries', () => {
  it.each([
    [429, true], [412, true], [502, true], [504, true], [500, true], ['network', true], [403, false], [404, false], [400, false],
  ] as const)('status %s is retryable: %s', (failure, expected) => {
    expect(isRetryable(failure)).toBe(expected);
  });

  it('backs off exponentially with bounded jitter, and honours a longer Retry-After', () => {
    expect(retryDelayMs(1, 0)).toBe(60_000);
    expect(retryDelayMs(2, 0.999)).toBeLessThanOrEqual(5 * 60_000 * 1.25);
    expect(retryDelayMs(9, 0)).toBe(4 * 3_600_000);
    expect(retryDelayMs(1, 0, 120_000)).toBe(120_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-09T08:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Mon, 09 Mar 2026 08:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
