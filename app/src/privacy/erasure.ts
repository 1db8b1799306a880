import {
  accessLogId,
  AccessLogEntry,
  Canvas,
  ChangeLogEntry,
  ConcurrencyError,
  Conversation,
  ERASED_PERSON_ID,
  ForbiddenError,
  Guid,
  hasRole,
  type Person,
  Pop,
  PortfolioEntry,
  withoutPersonId,
  dueForErasure,
  erasureDueAt,
  LeaverRetentionMonths,
  leaverRetentionMonths,
  NotFoundError,
  readAll,
  type Actor,
  type ErasureCandidatesResponse,
  type Clock,
  type ErasableContainer,
  type ErasureReason,
  type ErasureReport,
  type ErasureStore,
  type Stored,
  type Stores,
} from '@koers/domain';
import { z } from 'zod';
import { createHeldConversationRetention, type HeldConversationRetention } from './conversationRetention';

/**
 * Erasing one person (AVG art. 17), on request or by the retention rule. Every step finds its work
 * by the person's id and leaves nothing that still matches, so a run that crashed half-way is
 * completed by running it again; the person's own document goes last, so the retention timer
 * finds a half-erased leaver again too.
 */
export interface ErasureService {
  /** HR or a Koers.Admin erases someone (a leaver, or on their request); anyone else ForbiddenError. */
  erase(actor: Actor, personId: string): Promise<ErasureReport>;
  /** HR's list to erase from: the leavers (with the day the retention rule erases them), and people matching `search`. */
  candidates(actor: Actor, search?: string): Promise<ErasureCandidatesResponse>;
  /** The same without an actor: the retention timer's erasure of a leaver. */
  eraseUnattended(tenantId: string, personId: string, reason: ErasureReason): Promise<ErasureReport>;
  /** The retention rule for one tenant: every leaver whose period is over is erased; how many. */
  applyRetention(tenantId: string): Promise<{ erased: number; retentionMonths: number }>;
  /** HR sets how many months after leaving a person's data goes; the works council's log hears of it. */
  setRetention(actor: Actor, months: number): Promise<{ retentionMonths: number }>;
  /** The retention rule for held conversations' content (conversationRetention.ts). */
  heldConversations: HeldConversationRetention;
}

export interface ErasureServiceOptions {
  stores: Stores;
  erasure: ErasureStore;
  clock: Clock;
  /** Told of every erasure that did something, after it is complete (the works council's change log). */
  onErased?: (report: ErasureReport & { tenantId: string; actorId?: string }) => Promise<void>;
  /** Told when HR changes the retention period (the works council's change log). */
  onRetentionChanged?: (change: { tenantId: string; actorId: string; from: number; to: number }) => Promise<void>;
  /** Told when HR changes the period after which held conversations' content goes (0 = off). */
  onHeldConversationRetentionChanged?: (change: { tenantId: string; actorId: string; fromYears: number; toYears: number }) => Promise<void>;
}

/** A page of HR's list: the oldest leavers first, then the search's matches. */
const MAX_CANDIDATES = 50;
const MAX_CANDIDATES_SCANNED = 100_000;

/** What the sweep reads from a found document before it acts: the keys of the typed stores. */
const Keys = z.object({ id: z.string(), tenantId: Guid, employeeId: Guid });
const RecordKey = z.object({ id: z.string() });

/** The person's own records in their employee partition, dependents (reminders, schedules) first. */
const OWN_PARTITION: readonly ErasableContainer[] = ['canvases', 'preparations', 'portfolio', 'pops', 'conversations'];

/** Documents that are only about the person, found by the property that names them. */
const ONLY_THEIRS: readonly (readonly [ErasableContainer, 'recipientId' | 'id' | 'principalId' | 'subjectId' | 'ownerId' | 'personId'])[] = [
  ['reminders', 'recipientId'],
  ['dispatch', 'recipientId'],
  ['conversationReferences', 'id'],
  ['roleAssignments', 'principalId'],
  ['accessLog', 'subjectId'],
  ['calendarEvents', 'ownerId'],
  // A manager's own preparation, in their employee's partition.
  ['preparations', 'ownerId'],
  // Their exemptions and their line on HR's progress board (the board's counts stay: no one's data).
  ['roundExemptions', 'personId'],
  ['roundProgress', 'personId'],
  // Their talent-pool wishes (id = the employee's id).
  ['talentPool', 'id'],
  // HR's assignment of their function (id = the person's id).
  ['functionLinks', 'id'],
  // The training right HR recorded for them, one document a year.
  ['functionLinks', 'personId'],
];

/** A conditional rewrite of a record someone else keeps, re-read on a lost race. */
async function rewrite<T>(read: () => Promise<Stored<T> | undefined>, change: (value: T) => T, save: (value: T, ifMatch: string) => Promise<unknown>): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await read();
    if (!current) return false;
    try {
      await save(change(current.value), current.etag);
      return true;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }
  throw new ConcurrencyError('Erasure', 'rewrite');
}

export function createErasureService({ stores, erasure, clock, onErased, onRetentionChanged, onHeldConversationRetentionChanged }: ErasureServiceOptions): ErasureService {
  async function sweep(tenantId: string, personId: string, reason: ErasureReason, actorId?: string): Promise<ErasureReport> {
    let deleted = 0;
    let anonymised = 0;
    const remove = async (container: ErasableContainer, partitionKey: string, id: string) => {
      await erasure.remove(container, partitionKey, id);
      deleted++;
    };
    const removeAll = async (container: ErasableContainer, field: Parameters<ErasureStore['find']>[2], value: string) => {
      for (const found of await erasure.find(container, tenantId, field, value)) await remove(container, found.partitionKey, found.id);
    };

    // 1. The person's own career records (they are the employee): with the reminders and
    //    schedules about them, then the records, then the id claims that pointed at them.
    for (const container of OWN_PARTITION) {
      for (const found of await erasure.find(container, tenantId, 'employeeId', personId)) {
        if (container === 'pops' || container === 'conversations') {
          const { id } = RecordKey.parse(found.document);
          await removeAll('reminders', 'subjectId', id);
          await removeAll('dispatch', 'subjectId', id);
        }
        await remove(container, found.partitionKey, found.id);
      }
    }
    await removeAll('recordIds', 'employeeId', personId);

    // 2. What is only about them wherever it lies: reminders and bundles sent to them, their chat
    //    address, roles, the log of who read their data, their mailbox stand-in, their preparations.
    for (const [container, field] of ONLY_THEIRS) await removeAll(container, field, personId);

    // 3. Records others keep in which they were the other party: kept, naming nobody.
    const without = <T>(schema: z.ZodType<T>) => (value: T) => withoutPersonId(value, personId, schema);
    for (const found of await erasure.find('conversations', tenantId, 'managerId', personId)) {
      const keys = Keys.parse(found.document);
      const change = (c: Conversation): Conversation => {
        // A cancellation reason is the canceller's own text.
        const { cancelReason, ...rest } = c;
        return without(Conversation)(c.bookedBy === personId || cancelReason === undefined ? rest : { ...rest, cancelReason });
      };
      if (await rewrite(() => stores.conversations.get(tenantId, keys.employeeId, keys.id), change, (v, m) => stores.conversations.replace(v, m))) anonymised++;
    }
    for (const found of await erasure.find('canvases', tenantId, 'managerId', personId)) {
      const keys = Keys.parse(found.document);
      if (await rewrite(() => stores.canvases.get(tenantId, keys.employeeId, keys.id), without(Canvas), (v, m) => stores.canvases.replace(v, m))) anonymised++;
    }
    for (const found of await erasure.find('pops', tenantId, 'managerId', personId)) {
      const keys = Keys.parse(found.document);
      // Their progress notes are their own texts: they go; the agreed plan stays with the employee.
      const change = (pop: Pop): Pop =>
        without(Pop)({ ...pop, progress: pop.progress.map((p) => ({ ...p, notes: p.notes.filter((n) => n.by !== personId) })) });
      if (await rewrite(() => stores.pops.get(tenantId, keys.employeeId, keys.id), change, (v, m) => stores.pops.replace(v, m))) anonymised++;
    }
    for (const found of await erasure.find('portfolio', tenantId, 'sharedWith', personId)) {
      const keys = Keys.parse(found.document);
      if (await rewrite(() => stores.portfolio.get(tenantId, keys.employeeId, keys.id), without(PortfolioEntry), (v, m) => stores.portfolio.replace(v, m))) anonymised++;
    }
    for (const field of ['managerId', 'gesprekspartnerId'] as const) {
      for (const found of await erasure.find('people', tenantId, field, personId)) {
        const { id } = RecordKey.parse(found.document);
        // The directory sync fills in the new manager; a gesprekspartner HR sets again.
        const change = (p: Person): Person => {
          const { [field]: _gone, ...rest } = p;
          return rest;
        };
        if (await rewrite(() => stores.people.get(tenantId, id), change, (v, m) => stores.people.replace(v, m))) anonymised++;
      }
    }
    // Their reads of others' data: the others still see that someone read it, not who.
    for (const found of await erasure.find('accessLog', tenantId, 'readerId', personId)) {
      const entry = AccessLogEntry.parse(found.document);
      const kept = { ...entry, readerId: ERASED_PERSON_ID };
      await stores.accessLog.record({ ...kept, id: accessLogId(kept) });
      await erasure.remove('accessLog', found.partitionKey, found.id);
      anonymised++;
    }

    // The works council's log keeps every change; who made it or whom it was about becomes nobody.
    for (const field of ['actorId', 'subjectId'] as const) {
      for (const found of await erasure.find('changeLog', tenantId, field, personId)) {
        await stores.changeLog.record(withoutPersonId(ChangeLogEntry.parse(found.document), personId, ChangeLogEntry));
        anonymised++;
      }
    }

    // 4. Last, the person: until this goes, a re-run (or the retention timer) finds them again.
    await removeAll('people', 'id', personId);

    const report: ErasureReport = { personId, reason, deleted, anonymised, erasedAt: clock.now().toISOString() };
    // A repeat that found nothing left is no new erasure.
    if (deleted + anonymised > 0) await onErased?.({ ...report, tenantId, ...(actorId ? { actorId } : {}) });
    return report;
  }

  const authorise = (actor: Actor) => {
    if (!hasRole(actor, 'hr') && !hasRole(actor, 'admin')) throw new ForbiddenError();
  };

  return {
    heldConversations: createHeldConversationRetention({ stores, erasure, clock, ...(onHeldConversationRetentionChanged ? { onChanged: onHeldConversationRetentionChanged } : {}) }),

    async candidates(actor, search) {
      authorise(actor);
      const [people, organisation] = await Promise.all([
        readAll((page) => stores.people.listTenant(actor.tenantId, page), MAX_CANDIDATES_SCANNED),
        stores.organisations.get(actor.tenantId),
      ]);
      const months = leaverRetentionMonths(organisation?.value);
      const wanted = search?.toLocaleLowerCase('nl');
      const matches = (p: Person) => wanted !== undefined && (p.displayName.toLocaleLowerCase('nl').includes(wanted) || p.email.toLowerCase().includes(wanted));
      const items = people
        .filter((p) => p.id !== actor.id && (wanted === undefined ? p.leftAt !== undefined : matches(p)))
        .sort((a, b) => (a.leftAt ?? '~').localeCompare(b.leftAt ?? '~') || a.displayName.localeCompare(b.displayName, 'nl'))
        .slice(0, MAX_CANDIDATES)
        .map((p) => ({
          id: p.id,
          displayName: p.displayName,
          email: p.email,
          ...(p.jobTitle ? { jobTitle: p.jobTitle } : {}),
          ...(p.leftAt ? { leftAt: p.leftAt, erasureDueAt: erasureDueAt(p.leftAt, months) } : {}),
        }));
      const years = organisation?.value.heldConversationRetentionYears;
      return { items, retentionMonths: months, heldConversationRetentionYears: years ?? null };
    },

    async erase(actor, personId) {
      authorise(actor);
      const id = Guid.parse(personId).toLowerCase();
      // Erasing oneself would end the session half-way; another HR colleague or admin does it.
      if (id === actor.id) throw new ForbiddenError('forbidden', 'erase-self');
      return sweep(actor.tenantId, id, 'request', actor.id);
    },
    eraseUnattended: (tenantId, personId, reason) => sweep(tenantId, Guid.parse(personId).toLowerCase(), reason),

    async applyRetention(tenantId) {
      const [people, organisation] = await Promise.all([
        readAll((page) => stores.people.listTenant(tenantId, page), MAX_CANDIDATES_SCANNED),
        stores.organisations.get(tenantId),
      ]);
      const months = leaverRetentionMonths(organisation?.value);
      const now = clock.now();
      let erased = 0;
      for (const person of people.filter((p) => dueForErasure(p, months, now))) {
        await sweep(tenantId, person.id, 'retention');
        erased++;
      }
      return { erased, retentionMonths: months };
    },

    async setRetention(actor, months) {
      authorise(actor);
      const wanted = LeaverRetentionMonths.parse(months);
      let before: number | undefined;
      const changed = await rewrite(
        () => stores.organisations.get(actor.tenantId),
        (settings) => {
          before = leaverRetentionMonths(settings);
          return { ...settings, leaverRetentionMonths: wanted };
        },
        (settings, ifMatch) => stores.organisations.replace(settings, ifMatch),
      );
      if (!changed) throw new NotFoundError('Organisation', actor.tenantId);
      if (before !== wanted) await onRetentionChanged?.({ tenantId: actor.tenantId, actorId: actor.id, from: before ?? wanted, to: wanted });
      return { retentionMonths: wanted };
    },
  };
}
