import { firstPossibleDay, hasConversationInRound, nudgeDay, nudgeDue, periodOver, roundInputProblems } from './rules';

const member = { id: 'e1', managerId: 'm1' } as Parameters<typeof hasConversationInRound>[0];
const period = { from: '2027-02-01', to: '2027-03-31' };

describe('the rules of a round', () => {
  it('lets the first conversation fall two weeks after today, and refuses a period that ends before it', () => {
    expect(firstPossibleDay('2026-12-01', 14)).toBe('2026-12-15');
    const check = { today: '2026-12-01', leadTimeDays: 14, memberCount: 3, templateKnown: true };
    expect(roundInputProblems({ period: { from: '2026-12-01', to: '2026-12-14' } }, check)).toEqual([{ code: 'period-too-soon', path: 'period.to', date: '2026-12-15' }]);
    expect(roundInputProblems({ period: { from: '2026-12-01', to: '2026-12-15' } }, check)).toEqual([]);
    expect(roundInputProblems({ period: { from: '2027-01-01', to: '2028-06-01' } }, check).map((p) => p.code)).toEqual(['period-too-long']);
  });

  it('nudges from N weeks before the end until the end, never before the round begins, and not at all with 0 weeks', () => {
    expect(nudgeDay({ period, nudgeWeeksBeforeEnd: 3 })).toBe('2027-03-10');
    expect(nudgeDay({ period, nudgeWeeksBeforeEnd: 26 })).toBe('2027-02-01');
    expect(nudgeDay({ period, nudgeWeeksBeforeEnd: 0 })).toBeUndefined();
    const running = { period, nudgeWeeksBeforeEnd: 3, status: 'gestart' as const };
    expect(nudgeDue(running, '2027-03-09')).toBeUndefined();
    expect(nudgeDue(running, '2027-03-20')).toBe('2027-03-10');
    expect(nudgeDue(running, '2027-04-01')).toBeUndefined();
    expect(nudgeDue({ ...running, status: 'concept' }, '2027-03-20')).toBeUndefined();
    expect(periodOver(running, '2027-04-01')).toBe(true);
    expect(periodOver(running, '2027-03-31')).toBe(false);
  });

  it('counts a planned or held conversation with the partner in the period, not a cancelled one or one with someone else', () => {
    const planned = { employeeId: 'e1', managerId: 'm1', status: 'gepland' as const, start: '2027-02-10T09:00:00.000Z' };
    expect(hasConversationInRound(member, [planned], { period })).toBe(true);
    expect(hasConversationInRound(member, [{ ...planned, status: 'geannuleerd' }], { period })).toBe(false);
    expect(hasConversationInRound(member, [{ ...planned, managerId: 'm2' }], { period })).toBe(false);
    expect(hasConversationInRound(member, [{ ...planned, start: '2026-11-10T09:00:00.000Z' }], { period })).toBe(false);
  });
});
