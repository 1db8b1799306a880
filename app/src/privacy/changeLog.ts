import { ChangeLogEntry, ForbiddenError, hasRole, type Actor, type ChangeInput, type ChangeLogResponse, type Clock, type PageRequest, type Stores } from '@koers/domain';

/**
 * The works council's change log in the app: `recordChange` is the one call any use case makes
 * after a change the OR consented to (roles, retention, erasures, the directory scope, templates,
 * rounds); HR and administrators read the log to show it to the OR.
 */
export type RecordChange = (change: ChangeInput) => Promise<void>;

export function createChangeRecorder({ stores, clock, newId = () => globalThis.crypto.randomUUID() }: { stores: Pick<Stores, 'changeLog'>; clock: Clock; newId?: () => string }): RecordChange {
  return async (change) => {
    const at = clock.now().toISOString();
    // The time first: ids sort like the log reads, newest last, whatever the random part.
    await stores.changeLog.record(ChangeLogEntry.parse({ ...change, id: `${at}|${newId()}`, at }));
  };
}

export interface ChangeLogService {
  /** The tenant's changes, newest first, with the names of who made them and whom they are about. */
  list(actor: Actor, page?: PageRequest): Promise<ChangeLogResponse>;
}

export function createChangeLogService({ stores }: { stores: Pick<Stores, 'changeLog' | 'people'> }): ChangeLogService {
  return {
    async list(actor, page) {
      if (!hasRole(actor, 'hr') && !hasRole(actor, 'admin')) throw new ForbiddenError('hr-only');
      const result = await stores.changeLog.list(actor.tenantId, page);
      const ids = [...new Set(result.items.flatMap((e) => [e.actorId, e.subjectId]).filter((id): id is string => id !== undefined))];
      const people = await Promise.all(ids.map((id) => stores.people.get(actor.tenantId, id)));
      const names = new Map(people.flatMap((p) => (p ? [[p.value.id, p.value.displayName] as const] : [])));
      return {
        items: result.items.map(({ tenantId: _tenant, ...entry }) => ({
          ...entry,
          ...(entry.actorId && names.has(entry.actorId) ? { actorName: names.get(entry.actorId) } : {}),
          ...(entry.subjectId && names.has(entry.subjectId) ? { subjectName: names.get(entry.subjectId) } : {}),
        })),
        ...(result.continuationToken ? { continuationToken: result.continuationToken } : {}),
      };
    },
  };
}
