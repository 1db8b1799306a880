import { accessLogId, type AccessCapacity, type AccessKind, type Clock, type Person, type Stores } from '@koers/domain';

/**
 * The one place a use case says "this person read someone else's data" — where it has just
 * authorised the read, not in each route. A read of one's own data is no entry. The line is
 * written before the data is handed out: a read that cannot be recorded is not served.
 */
export interface AccessRecorder {
  read(reader: Pick<Person, 'id' | 'tenantId'>, subjectId: string, what: AccessKind, capacity: AccessCapacity, resourceId?: string): Promise<void>;
}

/** Lines this process wrote lately: a reader paging through a plan writes its line once an hour. */
const RECENT_LIMIT = 5_000;

export function createAccessRecorder({ stores, clock }: { stores: Pick<Stores, 'accessLog'>; clock: Clock }): AccessRecorder {
  const recent = new Set<string>();
  return {
    async read(reader, subjectId, what, capacity, resourceId) {
      if (reader.id === subjectId) return;
      const at = clock.now().toISOString();
      const id = accessLogId({ readerId: reader.id, what, resourceId, at });
      const key = `${reader.tenantId}|${subjectId}|${id}`;
      if (recent.has(key)) return;
      await stores.accessLog.record({ id, tenantId: reader.tenantId, subjectId, readerId: reader.id, capacity, what, ...(resourceId ? { resourceId } : {}), at });
      if (recent.size >= RECENT_LIMIT) recent.clear();
      recent.add(key);
    },
  };
}
