import { describe, expect, it } from '@jest/globals';
import type { Conversation } from '@koers/domain';
import { nextConversation } from './nextPlanned';

const sanne = '0a000000-0000-4000-8000-000000000106';
const linda = '0a000000-0000-4000-8000-000000000103';
const conversation = (id: string, start: string | undefined, status: Conversation['status'] = 'gepland', employeeId = sanne): Conversation => ({
  id,
  tenantId: '6f1c2a7e-0000-4000-8000-000000000001',
  employeeId,
  managerId: linda,
  kind: 'loopbaangesprek',
  status,
  ...(start ? { start } : {}),
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('nextConversation', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('picks the earliest planned conversation still to come', () => {
    const items = [
      conversation('later', '2026-04-01T08:00:00Z'),
      conversation('past', '2026-02-01T08:00:00Z'),
      conversation('soon', '2026-03-10T08:00:00+01:00'),
    ];
    expect(nextConversation(items, sanne, now)?.id).toBe('soon');
  });

  it('ignores cancelled, unplanned and other people’s conversations', () => {
    const items = [
      conversation('cancelled', '2026-03-05T08:00:00Z', 'geannuleerd'),
      conversation('draft', undefined, 'concept'),
      conversation('linda', '2026-03-05T08:00:00Z', 'gepland', linda),
    ];
    expect(nextConversation(items, sanne, now)).toBeUndefined();
  });
});
