import { heldAt, isHeld, type Conversation } from './conversation';

const NOW = new Date('2026-12-08T12:00:00.000Z');
const base: Conversation = {
  id: 'c-1',
  tenantId: '00000000-0000-4000-8000-000000000001',
  employeeId: '00000000-0000-4000-8000-000000000002',
  managerId: '00000000-0000-4000-8000-000000000003',
  kind: 'loopbaangesprek',
  status: 'gepland',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

describe('isHeld: one rule for "this conversation took place"', () => {
  it.each<[string, Partial<Conversation>, boolean]>([
    ['marked held, with a meeting', { status: 'gehouden', start: '2026-12-08T09:00:00.000Z', end: '2026-12-08T10:00:00.000Z' }, true],
    ['marked held before its meeting even began', { status: 'gehouden', start: '2026-12-09T09:00:00.000Z', end: '2026-12-09T10:00:00.000Z' }, true],
    ['a canvas without a meeting, marked held', { status: 'gehouden' }, true],
    ['planned, and the meeting is over', { status: 'gepland', start: '2026-12-08T10:00:00.000Z', end: '2026-12-08T11:00:00.000Z' }, true],
    ['planned, ending exactly now', { status: 'gepland', start: '2026-12-08T11:00:00.000Z', end: '2026-12-08T12:00:00.000Z' }, true],
    ['planned, the meeting is still going on', { status: 'gepland', start: '2026-12-08T11:30:00.000Z', end: '2026-12-08T12:30:00.000Z' }, false],
    ['planned for next week', { status: 'gepland', start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z' }, false],
    ['cancelled after its time', { status: 'geannuleerd', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:00:00.000Z' }, false],
    ['a canvas without a meeting, not marked', { status: 'concept' }, false],
    ['a booking that never finished, its time passed', { status: 'concept', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:00:00.000Z' }, false],
  ])('%s → %s', (_name, change, expected) => {
    expect(isHeld({ ...base, ...change }, NOW)).toBe(expected);
  });

  it('dates a held conversation by its meeting, else by when it was marked held', () => {
    expect(heldAt({ ...base, start: '2026-12-08T09:00:00.000Z', completedAt: '2026-12-08T10:05:00.000Z' })).toBe('2026-12-08T09:00:00.000Z');
    expect(heldAt({ ...base, completedAt: '2026-12-08T10:05:00.000Z' })).toBe('2026-12-08T10:05:00.000Z');
  });

  it('dates a conversation held early on the day it was held, not on its planned date', () => {
    const early = { ...base, status: 'gehouden' as const, start: '2026-12-22T09:00:00.000Z', end: '2026-12-22T10:00:00.000Z', completedAt: '2026-12-04T15:30:00.000Z' };
    expect(heldAt(early)).toBe('2026-12-04T15:30:00.000Z');
  });
});
