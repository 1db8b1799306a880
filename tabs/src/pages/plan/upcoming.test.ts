import { describe, expect, it } from '@jest/globals';
import type { Conversation } from '@koers/domain';
import { firstName } from '../../format/names';
import { upcoming } from './upcoming';

const base: Omit<Conversation, 'id' | 'status' | 'start' | 'end'> = {
  tenantId: '6f1c2a7e-0000-4000-8000-000000000001',
  employeeId: '0a000000-0000-4000-8000-000000000104',
  managerId: '0a000000-0000-4000-8000-000000000101',
  kind: 'loopbaangesprek',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};
const at = (id: string, start: string, status: Conversation['status'] = 'gepland'): Conversation => ({
  ...base,
  id,
  status,
  start,
  end: new Date(Date.parse(start) + 3_600_000).toISOString(),
});

describe('upcoming', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('lists planned conversations still to come or under way, soonest first', () => {
    const items = [at('later', '2026-12-20T09:00:00Z'), at('soon', '2026-12-08T09:00:00Z'), at('now', '2026-12-01T11:30:00Z')];
    expect(upcoming(items, now).map((c) => c.id)).toEqual(['now', 'soon', 'later']);
  });

  it('leaves out cancelled, held and past conversations', () => {
    const items = [at('cancelled', '2026-12-08T09:00:00Z', 'geannuleerd'), at('held', '2026-12-08T09:00:00Z', 'gehouden'), at('past', '2026-11-20T09:00:00Z')];
    expect(upcoming(items, now)).toEqual([]);
  });
});

describe('firstName', () => {
  it('takes the first word of a display name', () => {
    expect(firstName('Ahmed Yilmaz')).toBe('Ahmed');
  });
});
