import type { Database } from '@azure/cosmos';
import { CalendarEvent, ownerKey, utcInstant, type CalendarEventStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** The local stand-in for a Graph mailbox calendar. */
export function createCalendarEventStore(database: Database): CalendarEventStore {
  const docs = new DocumentCollection<CalendarEvent>(database, {
    entity: 'CalendarEvent',
    spec: CONTAINERS.calendarEvents,
    schema: CalendarEvent,
    partitionKey: (e) => ownerKey(e.tenantId, e.ownerId),
    derive: (e) => ({
      ownerKey: ownerKey(e.tenantId, e.ownerId),
      startUtc: utcInstant(e.start),
      endUtc: utcInstant(e.end),
    }),
  });

  return {
    get: async (tenantId, ownerId, id) => docs.read(tenantId, ownerKey(tenantId, ownerId), id),

    /** Events overlapping [from, to), like Graph's calendarView. */
    listBetween: async (tenantId, ownerId, from, to) => {
      const key = ownerKey(tenantId, ownerId);
      return docs.queryAll({
        tenantId,
        partitionKey: key,
        sql:
          'SELECT * FROM c WHERE c.ownerKey = @ownerKey AND c.tenantId = @tenantId ' +
          'AND c.startUtc < @to AND c.endUtc > @from ORDER BY c.startUtc ASC, c.id ASC',
        parameters: { ownerKey: key, from: utcInstant(from), to: utcInstant(to) },
      });
    },

    create: async (event) => docs.create(event),

    upsert: async (event) => docs.upsert(event),

    async delete(tenantId, ownerId, id) {
      await docs.delete(ownerKey(tenantId, ownerId), id);
    },
  };
}
