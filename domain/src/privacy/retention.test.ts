import { dueForErasure, erasureDueAt, heldContentDue, leaverRetentionMonths } from './retention';

describe('the retention rule for leavers', () => {
  it('keeps a leaver a year unless the organisation says otherwise', () => {
    expect(leaverRetentionMonths(undefined)).toBe(12);
    expect(leaverRetentionMonths({ leaverRetentionMonths: 6 })).toBe(6);
  });

  it('is due the same day so many months later, or the last day of a shorter month', () => {
    expect(erasureDueAt('2026-03-15T10:00:00.000Z', 12)).toBe('2027-03-15T10:00:00.000Z');
    expect(erasureDueAt('2026-08-31T00:00:00.000Z', 6)).toBe('2027-02-28T00:00:00.000Z');
  });

  it('erases a leaver once the period is over, and never someone still employed', () => {
    const leaver = { leftAt: '2025-12-01T09:00:00.000Z' };
    expect(dueForErasure(leaver, 12, new Date('2026-11-30T23:00:00.000Z'))).toBe(false);
    expect(dueForErasure(leaver, 12, new Date('2026-12-01T09:00:00.000Z'))).toBe(true);
    expect(dueForErasure({}, 1, new Date('2099-01-01T00:00:00.000Z'))).toBe(false);
  });
});

describe('the retention rule for held conversations', () => {
  const held = { status: 'gehouden' as const, start: '2020-03-10T09:00:00.000Z', completedAt: '2020-03-10T10:05:00.000Z', updatedAt: '2020-03-10T10:05:00.000Z' };

  it('never empties a conversation while the organisation has not set a period', () => {
    expect(heldContentDue(held, undefined, new Date('2099-01-01T00:00:00.000Z'))).toBe(false);
  });

  it('empties a held conversation so many years after it was held, and not a day before', () => {
    expect(heldContentDue(held, 5, new Date('2025-03-10T08:59:00.000Z'))).toBe(false);
    expect(heldContentDue(held, 5, new Date('2025-03-10T09:00:00.000Z'))).toBe(true);
  });

  it('leaves planned, cancelled and already emptied conversations alone', () => {
    const now = new Date('2099-01-01T00:00:00.000Z');
    expect(heldContentDue({ ...held, status: 'gepland' }, 1, now)).toBe(false);
    expect(heldContentDue({ ...held, status: 'geannuleerd' }, 1, now)).toBe(false);
    expect(heldContentDue({ ...held, contentRemovedAt: '2026-01-01T00:00:00.000Z' }, 1, now)).toBe(false);
  });
});
