import type { Database } from '@azure/cosmos';
import { claimRecordId, Conversation, employeeKey, meetingThreadOfJoinUrl, utcInstant, type ConversationStore, type RecordIdClaims } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** Newest first: planned ones by their start, concepts (no start yet) by when they were made. */
const NEWEST_FIRST = 'ORDER BY c.sortAt DESC, c.id DESC';

export function createConversationStore(database: Database, claims: RecordIdClaims): ConversationStore {
  const docs = new DocumentCollection<Conversation>(database, {
    entity: 'Conversation',
    spec: CONTAINERS.conversations,
    schema: Conversation,
    partitionKey: (c) => employeeKey(c.tenantId, c.employeeId),
    derive: (c) => {
      const thread = meetingThreadOfJoinUrl(c.meeting?.joinUrl) ?? c.teamsThreadId;
      return {
        employeeKey: employeeKey(c.tenantId, c.employeeId),
        sortAt: utcInstant(c.start ?? c.createdAt),
        ...(thread ? { meetingThreadId: thread } : {}),
      };
    },
  });

  return {
    get: async (tenantId, employeeId, id) => docs.read(tenantId, employeeKey(tenantId, employeeId), id),

    listForEmployee: async (tenantId, employeeId, page) => {
      const key = employeeKey(tenantId, employeeId);
      return docs.queryPage(
        {
          tenantId,
          partitionKey: key,
          sql: `SELECT * FROM c WHERE c.employeeKey = @employeeKey AND c.tenantId = @tenantId ${NEWEST_FIRST}`,
          parameters: { employeeKey: key },
        },
        page,
      );
    },

    // Cross-partition by design: a team's conversations live in each employee's partition. The
    // fan-out is bounded by the tenant filter and is a once-per-page read, not a hot path.
    listForManager: async (tenantId, managerId, page) =>
      docs.queryPage(
        {
          tenantId,
          sql: `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.managerId = @managerId ${NEWEST_FIRST}`,
          parameters: { managerId },
        },
        page,
      ),

    // Deep links (canvas, cards) carry only the conversation id; one tenant-filtered fan-out
    // finds its partition, after which every write is a point operation.
    findById: async (tenantId, id) =>
      docs.queryFirst({ tenantId, sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.id = @id', parameters: { id } }),

    create: async (conversation) => {
      await claimRecordId(claims, 'Conversation', 'conversation', conversation);
      return docs.create(conversation);
    },
    replace: async (conversation, ifMatch) => docs.replace(conversation, ifMatch),

    findByMeetingThread: async (tenantId, threadId) =>
      docs.queryFirst({
        tenantId,
        sql: `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.meetingThreadId = @threadId ${NEWEST_FIRST}`,
        parameters: { threadId },
      }),
  };
}
