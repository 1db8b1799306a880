/**
 * The one description of Koers' Cosmos DB schema. `ensureSchema` creates it locally; the Bicep in
 * infra/ reads the same data, so keep this file plain data (no SDK types, no functions).
 *
 * Every document carries `tenantId`. Partition keys that combine tenant and owner are synthetic
 * properties the repositories add on write and strip on read; the domain never sees them.
 * Rationale per container: docs/data-model.md.
 */

export const DATABASE_ID = 'koers';

export type IndexOrder = 'ascending' | 'descending';

export interface CompositeIndexPath {
  path: string;
  order: IndexOrder;
}

export interface ContainerIndexingPolicy {
  indexingMode: 'consistent';
  automatic: true;
  includedPaths: { path: string }[];
  excludedPaths: { path: string }[];
  /**
   * Required by Cosmos for every ORDER BY over more than one property. The embedded server is
   * stricter than Azure: it matches the directions exactly (Azure also accepts the full reverse),
   * so list each index in the direction the repositories query it.
   */
  compositeIndexes: CompositeIndexPath[][];
}

export interface ContainerSpec {
  id: string;
  /** Single path: the embedded server honours only the first path of a hierarchical key. */
  partitionKeyPath: string;
  indexingPolicy: ContainerIndexingPolicy;
  /** Unique within one logical partition (Cosmos' rule), not across the container. */
  uniqueKeyPaths: string[][];
  /**
   * Properties the repository adds to each document (partition keys, normalised sort and range
   * keys) and strips again on read; the domain objects never carry them.
   */
  derivedProperties: string[];
  /** Why this partition key, in one line; the long form is in docs/data-model.md. */
  rationale: string;
  /** Cosmos deletes each document this many seconds after its last write (container TTL). */
  defaultTtlSeconds?: number;
}

const ETAG_EXCLUDED = { path: '/"_etag"/?' };

function policy(
  compositeIndexes: CompositeIndexPath[][] = [],
  excludedPaths: { path: string }[] = [],
): ContainerIndexingPolicy {
  return {
    indexingMode: 'consistent',
    automatic: true,
    includedPaths: [{ path: '/*' }],
    excludedPaths: [...excludedPaths, ETAG_EXCLUDED],
    compositeIndexes,
  };
}

export const CONTAINERS = {
  organisations: {
    id: 'organisations',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale: 'One settings document per tenant (id = tenantId): a point read per request.',
  },
  people: {
    id: 'people',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy([
      [
        { path: '/sortName', order: 'ascending' },
        { path: '/id', order: 'ascending' },
      ],
    ]),
    // emailKey is the lower-cased email the repository adds: one person per address per tenant,
    // so a sign-in or a dev token by email resolves to exactly one person.
    uniqueKeyPaths: [['/emailKey']],
    derivedProperties: ['emailKey', 'sortName'],
    rationale:
      'The directory of one tenant is read together (team views, lookups); ~2 KB per person keeps even a 100k-person tenant far below 20 GB.',
  },
  conversations: {
    id: 'conversations',
    partitionKeyPath: '/employeeKey',
    indexingPolicy: policy([
      [
        { path: '/sortAt', order: 'descending' },
        { path: '/id', order: 'descending' },
      ],
    ]),
    uniqueKeyPaths: [],
    // meetingThreadId: the Teams chat thread of the booked meeting (from its join URL), or of the
    // meeting a canvas was started from (teamsThreadId), so the meeting side panel finds its
    // conversation with one tenant-filtered query.
    derivedProperties: ['employeeKey', 'sortAt', 'meetingThreadId'],
    rationale:
      'employeeKey = tenantId|employeeId: one employee\'s career history is one logical partition; the manager view is a tenant-filtered cross-partition query.',
  },
  canvases: {
    id: 'canvases',
    partitionKeyPath: '/employeeKey',
    // Card texts are read by point read only; indexing them would only cost RU on every keystroke.
    indexingPolicy: policy([], [{ path: '/state/*' }]),
    uniqueKeyPaths: [],
    derivedProperties: ['employeeKey'],
    rationale:
      'Beside the conversation it belongs to (same employeeKey); always a point read by id; edits are conditional patches of single cards.',
  },
  pops: {
    id: 'pops',
    partitionKeyPath: '/employeeKey',
    indexingPolicy: policy([
      [
        { path: '/sortAt', order: 'descending' },
        { path: '/id', order: 'descending' },
      ],
    ]),
    uniqueKeyPaths: [],
    derivedProperties: ['employeeKey', 'sortAt'],
    rationale: 'All POP versions of one employee in that employee\'s partition.',
  },
  reminders: {
    id: 'reminders',
    partitionKeyPath: '/dueKey',
    indexingPolicy: policy([
      [
        { path: '/dueAtUtc', order: 'ascending' },
        { path: '/id', order: 'ascending' },
      ],
      [
        { path: '/readyAtUtc', order: 'ascending' },
        { path: '/id', order: 'ascending' },
      ],
    ]),
    uniqueKeyPaths: [],
    // readyAtUtc: when the dispatcher may act next (due time, retry/defer time, or claim expiry).
    derivedProperties: ['dueKey', 'dueAtUtc', 'readyAtUtc'],
    rationale:
      'dueKey = tenantId|yyyy-mm-dd (UTC day of dueAt): the due index. A timer reads a few day buckets per tenant instead of scanning; no change feed or TTL needed.',
  },
  dispatch: {
    id: 'dispatch',
    partitionKeyPath: '/scopeKey',
    // Point reads by id only; the documents are small, default indexing costs next to nothing.
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: ['scopeKey'],
    rationale:
      'The reminder dispatcher\'s bookkeeping, apart from the reminders so their schema stays one: leases (scopeKey = tenantId|lease) and one bundle per person per local day (scopeKey = tenantId|yyyy-mm-dd), and the reminder schedule of each POP (scopeKey = tenantId|schedule|popId); always point reads decided by ETag.',
  },
  conversationReferences: {
    id: 'conversationReferences',
    partitionKeyPath: '/tenantId',
    // The reference is an opaque blob handed back to the bot SDK; nothing queries inside it.
    indexingPolicy: policy([], [{ path: '/reference/*' }]),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale: 'One small document per user (id = oid), point read by tenant + oid.',
  },
  preparations: {
    id: 'preparations',
    partitionKeyPath: '/employeeKey',
    // Answers are free text read by point read only; indexing them would cost RU on every save.
    indexingPolicy: policy([], [{ path: '/answers/*' }]),
    uniqueKeyPaths: [],
    derivedProperties: ['employeeKey'],
    rationale: 'Beside the conversation it prepares (same employeeKey); id = conversationId|role, always a point read.',
  },
  portfolio: {
    id: 'portfolio',
    partitionKeyPath: '/employeeKey',
    // Descriptions are free text read with the timeline only; indexing them would cost RU on every save.
    indexingPolicy: policy([], [{ path: '/content/description/?' }]),
    uniqueKeyPaths: [],
    // docType: 'entry' for an own entry, 'shares' for the employee's one shares-of-automatic-entries document.
    derivedProperties: ['employeeKey', 'docType'],
    rationale:
      'Beside the employee\'s conversations and POPs (same employeeKey): one document per own entry (≤ 500, ≤ ~14 kB each) plus one shares document; the timeline is one single-partition query, sorted in the domain.',
  },
  calendarEvents: {
    id: 'calendarEvents',
    partitionKeyPath: '/ownerKey',
    indexingPolicy: policy([
      [
        { path: '/startUtc', order: 'ascending' },
        { path: '/id', order: 'ascending' },
      ],
    ]),
    uniqueKeyPaths: [],
    derivedProperties: ['ownerKey', 'startUtc', 'endUtc'],
    rationale:
      'Local stand-in for the Graph calendar: ownerKey = tenantId|ownerId, one mailbox per partition, range-read by time.',
  },
  roleAssignments: {
    id: 'roleAssignments',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      'The Koers app-role assignments (Koers.HR, Koers.Admin) of a tenant\'s people as the directory sync read them: a handful per tenant, read by person (the bot, the timers) or all at once (the sync).',
  },
  directorySync: {
    id: 'directorySync',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale: 'One document per tenant (id = tenantId): where the directory sync stands (the Graph delta link), a point read per run.',
  },
  recordIds: {
    id: 'recordIds',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      'One claim per id of a conversation, plan or portfolio entry (id = family:recordId): a record lives in its employee\'s partition, and this makes its id unique in the whole tenant. Point writes and reads only.',
  },
  rounds: {
    id: 'rounds',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy([
      [
        { path: '/startsOn', order: 'descending' },
        { path: '/id', order: 'ascending' },
      ],
    ]),
    uniqueKeyPaths: [],
    derivedProperties: ['startsOn'],
    rationale: "HR's conversation rounds: a few per year per tenant, listed newest first and read by id, all in the tenant's partition.",
  },
  roundExemptions: {
    id: 'roundExemptions',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      'Who is not in a round and why (a fixed, non-medical reason), id = roundId:personId so a person has one per round; read per round (the progress board) or per person (export, erasure).',
  },
  roundProgress: {
    id: 'roundProgress',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy([
      [
        { path: '/sortName', order: 'ascending' },
        { path: '/id', order: 'ascending' },
      ],
    ]),
    uniqueKeyPaths: [],
    derivedProperties: ['sortName'],
    rationale:
      "The progress board's summary per person per round (id = roundId:personId): status and dates only, rewritten when their conversation, preparation, plan or exemption changes; listed per round by name.",
  },
  roundProgressCounts: {
    id: 'roundProgressCounts',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      "Per round, the counts of each department and conversation partner, kept on write beside roundProgress so the board reads a few hundred small documents instead of every person's.",
  },
  catalogue: {
    id: 'catalogue',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      "The organisation's function house and learning offer: a head document (id \"head\", the current revision) and that revision's lists in chunks of at most 250 items, all in the tenant's partition; read and replaced as a whole.",
  },
  templates: {
    id: 'templates',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy(),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      "The organisation's conversation templates: one document per version (id templateId@version, written once, pinned by conversations) and one saying which template new conversations start with (id \"in-gebruik\"), all in the tenant's partition; a few dozen small documents, read as a whole for HR's list.",
  },
  accessLog: {
    id: 'accessLog',
    partitionKeyPath: '/subjectKey',
    indexingPolicy: policy([
      [
        { path: '/at', order: 'descending' },
        { path: '/id', order: 'descending' },
      ],
    ]),
    uniqueKeyPaths: [],
    derivedProperties: ['subjectKey'],
    rationale:
      'subjectKey = tenantId|subjectId: the reads of one person\'s data, which that person lists newest first; one line per reader, record and hour, expired by the container TTL after two years.',
    // Two years: ACCESS_LOG_TTL_SECONDS of @koers/domain (a test holds the two together).
    defaultTtlSeconds: 63_072_000,
  },
  changeLog: {
    id: 'changeLog',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy([
      [
        { path: '/at', order: 'descending' },
        { path: '/id', order: 'descending' },
      ],
    ]),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      "The works council's log of changes to roles, retention, erasures and the directory scope: a few lines a month per tenant, read newest first by HR; kept as long as Koers is in use (no TTL).",
  },
  insight: {
    id: 'insight',
    partitionKeyPath: '/tenantId',
    // The figures are read as a whole by point read; only the list's summary fields are queried.
    indexingPolicy: policy([], [{ path: '/wishes/*' }, { path: '/talent/*' }]),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      "HR's anonymous insight, one snapshot per closed round (id = roundId) with only the figures that pass k-anonymity: a few per year per tenant, each written once and point read.",
  },
  talentPool: {
    id: 'talentPool',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy([], [{ path: '/interests/*' }]),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      "Each employee's own talent-pool wishes (id = employeeId, ≤ 1 kB): point read by the employee, read whole-tenant by HR's named list and by a closing round's snapshot.",
  },
  functionLinks: {
    id: 'functionLinks',
    partitionKeyPath: '/tenantId',
    indexingPolicy: policy([]),
    uniqueKeyPaths: [],
    derivedProperties: [],
    rationale:
      "HR's links to the function house: per person an assignment (id = personId), per directory job title a confirmation (id = a hash of the title), per Belgian person and year the training right (id = right-personId-year). A few dozen titles and the exceptions per tenant, listed whole by kind; a person's assignment is point read.",
  },
} satisfies Record<string, ContainerSpec>;

export type ContainerName = keyof typeof CONTAINERS;

export const CONTAINER_NAMES = Object.keys(CONTAINERS) as ContainerName[];
