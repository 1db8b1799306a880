import { describe, expect, it } from '@jest/globals';
import { contracts } from '@koers/contracts';
import { hashKey, partialMatchKey } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';

describe('the cache keys', () => {
  it('name the route contract a read goes to, with the params and query it is asked with', () => {
    expect(queryKeys.pop('pop-1')).toEqual([contracts.pop.name, { params: { id: 'pop-1' } }]);
    expect(queryKeys.pops('0a000000-0000-4000-8000-000000000101')).toEqual([contracts.listPops.name, { query: { employeeId: '0a000000-0000-4000-8000-000000000101' } }]);
    expect(queryKeys.conversations('team')).toEqual([contracts.conversations.name, { query: { scope: 'team' } }]);
    expect(queryKeys.preparation('gesprek-1')).toEqual([contracts.preparation.name, { params: { id: 'gesprek-1' } }]);
    expect(queryKeys.me()).toEqual([contracts.me.name, {}]);
  });

  it('keep two reads of the same route apart by what they ask, and the same read together', () => {
    expect(hashKey(queryKeys.conversations('mine'))).not.toBe(hashKey(queryKeys.conversations('team')));
    expect(hashKey(queryKeys.pop('a'))).not.toBe(hashKey(queryKeys.pop('b')));
    expect(hashKey(queryKeys.pop('a'))).toBe(hashKey(queryKeys.pop('a')));
    // The same id is still another read on another route.
    expect(hashKey(queryKeys.preparation('x'))).not.toBe(hashKey(queryKeys.conversation('x')));
  });

  it('leave out "andere tijden" for the first proposals, so the first page is one read', () => {
    expect(queryKeys.proposals('p1')).toEqual([contracts.bookingProposals.name, { query: { employeeId: 'p1' } }]);
    expect(queryKeys.proposals('p1', '2026-03-02T09:00:00Z')).toEqual([contracts.bookingProposals.name, { query: { employeeId: 'p1', after: '2026-03-02T09:00:00Z' } }]);
  });

  it('mark every read of a route, or of a route for one person, for reading again', () => {
    expect(partialMatchKey(queryKeys.conversations('mine'), queryKeys.lists.conversations())).toBe(true);
    expect(partialMatchKey(queryKeys.conversations('team'), queryKeys.lists.conversations())).toBe(true);
    expect(partialMatchKey(queryKeys.conversation('c1'), queryKeys.lists.conversations())).toBe(false);
    expect(partialMatchKey(queryKeys.proposals('p1', 'later'), queryKeys.lists.proposalsFor('p1'))).toBe(true);
    expect(partialMatchKey(queryKeys.proposals('p2'), queryKeys.lists.proposalsFor('p1'))).toBe(false);
    expect(partialMatchKey(queryKeys.pops('e1'), queryKeys.lists.pops())).toBe(true);
  });

  it('only key reads: every key names a GET route', () => {
    const byName = new Map<string, { method: string }>(Object.values(contracts).map((c) => [c.name, c]));
    const keys = [
      queryKeys.me(),
      queryKeys.conversations('mine'),
      queryKeys.conversation('c'),
      queryKeys.proposals('p'),
      queryKeys.preparation('c'),
      queryKeys.canvas('c'),
      queryKeys.canvasByMeeting('m'),
      queryKeys.pops('e'),
      queryKeys.pop('p'),
      queryKeys.portfolio('e'),
      queryKeys.reminderDefaults(),
      queryKeys.devPersonas(),
    ];
    for (const [name] of keys) expect(byName.get(name)?.method).toBe('GET');
  });
});
