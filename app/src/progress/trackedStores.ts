import type { Stores } from '@koers/domain';
import type { ProgressTracker } from './progressTracker';

/**
 * The stores every use case writes through, each write that can move someone on the progress board
 * followed by the tracker: a conversation, the employee's preparation, a plan, an exemption, the
 * person's directory entry. Hooking the writes rather than each use case means a new surface (a
 * bot command, a timer) cannot forget to move the board. A round that starts, closes or changes
 * its audience or period is rebuilt whole, within the write's request: fine for the sample
 * organisations and a few hundred people; a start for thousands belongs in the background.
 *
 * The write itself has happened when the tracker runs; when the tracker fails the error is
 * reported (`onError`) and the write still answers, and the next rebuild of the round repairs it.
 */
export function withProgressTracking(stores: Stores, tracker: ProgressTracker, onError: (err: unknown, context: { tenantId: string; subject: string }) => void): Stores {
  async function after<T>(write: Promise<T>, tenantId: string, subject: string, track: () => Promise<unknown>): Promise<T> {
    const result = await write;
    try {
      await track();
    } catch (err) {
      onError(err, { tenantId, subject });
    }
    return result;
  }
  const person = (tenantId: string, personId: string) => () => tracker.personChanged(tenantId, personId);

  return {
    ...stores,
    conversations: {
      ...stores.conversations,
      create: (c) => after(stores.conversations.create(c), c.tenantId, c.employeeId, person(c.tenantId, c.employeeId)),
      replace: (c, ifMatch) => after(stores.conversations.replace(c, ifMatch), c.tenantId, c.employeeId, person(c.tenantId, c.employeeId)),
    },
    preparations: {
      ...stores.preparations,
      // Only the employee's own preparation counts ("voorbereid"); the manager's changes nothing HR sees.
      create: (p) => (p.role === 'employee' ? after(stores.preparations.create(p), p.tenantId, p.employeeId, person(p.tenantId, p.employeeId)) : stores.preparations.create(p)),
      replace: (p, ifMatch) =>
        p.role === 'employee' ? after(stores.preparations.replace(p, ifMatch), p.tenantId, p.employeeId, person(p.tenantId, p.employeeId)) : stores.preparations.replace(p, ifMatch),
    },
    pops: {
      ...stores.pops,
      create: (p) => after(stores.pops.create(p), p.tenantId, p.employeeId, person(p.tenantId, p.employeeId)),
      replace: (p, ifMatch) => after(stores.pops.replace(p, ifMatch), p.tenantId, p.employeeId, person(p.tenantId, p.employeeId)),
    },
    people: {
      ...stores.people,
      create: (p) => after(stores.people.create(p), p.tenantId, p.id, () => tracker.personWritten(p.tenantId, p.id)),
      replace: (p, ifMatch) => after(stores.people.replace(p, ifMatch), p.tenantId, p.id, () => tracker.personWritten(p.tenantId, p.id)),
    },
    rounds: {
      ...stores.rounds,
      create: (r) => after(stores.rounds.create(r), r.tenantId, r.id, () => (r.status === 'concept' ? Promise.resolve() : tracker.rebuildRound(r.tenantId, r.id))),
      replace: async (r, ifMatch) => {
        const before = (await stores.rounds.get(r.tenantId, r.id))?.value;
        // A new name changes no one's status; a start, a close, another audience or period does.
        const moves = !before || (['status', 'audience', 'period', 'conversationType'] as const).some((key) => JSON.stringify(before[key]) !== JSON.stringify(r[key]));
        return after(stores.rounds.replace(r, ifMatch), r.tenantId, r.id, () => (moves ? tracker.rebuildRound(r.tenantId, r.id) : Promise.resolve()));
      },
      setExemption: (e) => after(stores.rounds.setExemption(e), e.tenantId, e.personId, person(e.tenantId, e.personId)),
      removeExemption: (tenantId, roundId, personId) => after(stores.rounds.removeExemption(tenantId, roundId, personId), tenantId, personId, person(tenantId, personId)),
    },
  };
}
