import {
  AccessLogEntry,
  ChangeLogEntry,
  AUTOMATIC_SHARES_ID,
  AutomaticShares,
  bundleDay,
  CalendarEvent,
  claimRecordId,
  StoredCanvas,
  type Canvas,
  CatalogueChunk,
  CatalogueHead,
  Conversation,
  DirectorySyncState,
  DISPATCH_LEASE_SCOPE,
  DispatchLease,
  dueKey,
  emailKey,
  employeeKey,
  Guid,
  meetingThreadOfJoinUrl,
  OrganisationSettings,
  ownerKey,
  Person,
  Pop,
  PortfolioEntry,
  Preparation,
  RecordIdClaim,
  preparationId,
  Reminder,
  ReminderBundle,
  reminderReadyAt,
  ReminderSchedule,
  RoleAssignment,
  scopeKey,
  sortName,
  StoredConversationReference,
  subjectKey,
  utcDay,
  utcInstant,
  readCatalogue,
  compareTemplateVersions,
  TemplateInUse,
  templateVersionId,
  TemplateVersion,
  type TemplateStore,
  replaceCatalogue,
  type AccessLogStore,
  type ChangeLogStore,
  type CalendarEventStore,
  type CatalogueDocuments,
  type CatalogueStore,
  type CanvasStore,
  type ConversationReferenceStore,
  type ConversationStore,
  type DirectorySyncStore,
  type DispatchStore,
  type ErasableContainer,
  type ErasureStore,
  type FoundDocument,
  type OrganisationStore,
  type PersonStore,
  type PopStore,
  type PortfolioStore,
  type PreparationStore,
  type RecordIdClaims,
  type ReminderStore,
  type RoleAssignmentStore,
  type RoundStore,
  type RoundProgressStore,
  PersonProgress,
  ProgressCell,
  matchesClause,
  personProgressId,
  Round,
  RoundExemption,
  exemptionId,
  type Stores,
} from '@koers/domain';
import { z } from 'zod';
import { MemoryCollection, MemoryContainer, type DocumentView, type SortOrder } from './memoryCollection';
import { memoryFunctionLinkStore } from './memoryFunctionLinks';
import { memoryInsightStore, memoryTalentPoolStore } from './memoryInsightStores';

/**
 * Every store port of @koers/domain in memory, answering exactly as the Cosmos repositories do
 * (functions/src/cosmos): same partitions, same derived sort and range keys, same ordering, same
 * errors. Both are held to one conformance suite (storeConformance.ts), so a use-case test on
 * these stores tells the truth about production. One call, one empty database.
 */
export type MemoryStores = Stores & { dispatch: DispatchStore; erasure: ErasureStore };

export function createMemoryStores(): MemoryStores {
  let etags = 0;
  let seq = 0;
  const clock = { nextEtag: () => `"mem-${(++etags).toString(16).padStart(8, '0')}"`, nextSeq: () => ++seq };
  const container = (uniqueKeys: string[] = []) => new MemoryContainer(clock, uniqueKeys);
  const containers = {
    organisations: container(),
    people: container(['emailKey']),
    conversations: container(),
    canvases: container(),
    pops: container(),
    reminders: container(),
    dispatch: container(),
    conversationReferences: container(),
    preparations: container(),
    portfolio: container(),
    calendarEvents: container(),
    roleAssignments: container(),
    directorySync: container(),
    catalogue: container(),
    recordIds: container(),
    accessLog: container(),
    rounds: container(),
    roundExemptions: container(),
    roundProgress: container(),
    roundProgressCounts: container(),
    templates: container(),
    changeLog: container(),
    insight: container(),
    talentPool: container(),
    functionLinks: container(),
  };
  const claims = recordIdClaims(containers.recordIds);
  return {
    organisations: organisationStore(containers.organisations),
    people: personStore(containers.people),
    conversations: conversationStore(containers.conversations, claims),
    canvases: canvasStore(containers.canvases, claims),
    pops: popStore(containers.pops, claims),
    reminders: reminderStore(containers.reminders),
    conversationReferences: conversationReferenceStore(containers.conversationReferences),
    calendarEvents: calendarEventStore(containers.calendarEvents),
    preparations: preparationStore(containers.preparations),
    portfolio: portfolioStore(containers.portfolio, claims),
    roleAssignments: roleAssignmentStore(containers.roleAssignments),
    directorySync: directorySyncStore(containers.directorySync),
    catalogue: catalogueStore(containers.catalogue),
    accessLog: accessLogStore(containers.accessLog),
    rounds: roundStore(containers.rounds, containers.roundExemptions),
    roundProgress: roundProgressStore(containers.roundProgress, containers.roundProgressCounts),
    templates: templateStore(containers.templates),
    changeLog: changeLogStore(containers.changeLog),
    insight: memoryInsightStore(containers.insight),
    talentPool: memoryTalentPoolStore(containers.talentPool),
    functionLinks: memoryFunctionLinkStore(containers.functionLinks),
    dispatch: dispatchStore(containers.dispatch),
    erasure: erasureStore(containers),
  };
}

/** The erasure's reach into every container (domain privacy/erasure.ts), as the Cosmos adapter's. */
function erasureStore(containers: Record<ErasableContainer, MemoryContainer>): ErasureStore {
  return {
    async find(name, tenantId, field, value) {
      const found: FoundDocument[] = [];
      for (const { partitionKey, entry } of containers[name].entries()) {
        const document = { ...entry.document, ...entry.derived };
        if (document.tenantId === tenantId && document[field] === value) found.push({ partitionKey, id: String(document.id), document });
      }
      return found;
    },
    async remove(name, partitionKey, id) {
      containers[name].partitions.get(partitionKey)?.delete(id);
    },
  };
}

/** The tenant's claimed record ids (domain recordIds.ts), one partition per tenant as in Cosmos. */
function recordIdClaims(container: MemoryContainer): RecordIdClaims {
  const docs = new MemoryCollection<RecordIdClaim>(container, {
    entity: 'RecordIdClaim',
    schema: RecordIdClaim,
    partitionKey: (c) => c.tenantId,
    derive: () => ({}),
  });
  return {
    create: (claim) => docs.create(claim),
    read: (tenantId, id) => docs.read(tenantId, tenantId, id),
  };
}

const NEWEST_FIRST: SortOrder = [
  ['sortAt', 'DESC'],
  ['id', 'DESC'],
];

function organisationStore(container: MemoryContainer): OrganisationStore {
  const docs = new MemoryCollection<OrganisationSettings>(container, {
    entity: 'Organisation',
    schema: OrganisationSettings,
    partitionKey: (o) => o.tenantId,
    derive: () => ({}),
  });
  const checked = (settings: OrganisationSettings): OrganisationSettings => {
    if (settings.id !== settings.tenantId) {
      throw new RangeError(`organisation settings id ${settings.id} must equal its tenantId ${settings.tenantId}`);
    }
    return settings;
  };
  return {
    get: async (tenantId) => docs.read(tenantId, tenantId, tenantId),
    async listTenantIds() {
      const ids = [...container.entries()].map(({ entry }) => entry.document.tenantId);
      return z.array(Guid).parse(ids).sort();
    },
    create: async (settings) => docs.create(checked(settings)),
    replace: async (settings, ifMatch) => docs.replace(checked(settings), ifMatch),
  };
}

function personStore(container: MemoryContainer): PersonStore {
  const docs = new MemoryCollection<Person>(container, {
    entity: 'Person',
    schema: Person,
    partitionKey: (p) => p.tenantId,
    derive: (p) => ({ emailKey: emailKey(p.email), sortName: sortName(p.displayName) }),
  });
  const byName: SortOrder = [
    ['sortName', 'ASC'],
    ['id', 'ASC'],
  ];
  return {
    get: async (tenantId, id) => docs.read(tenantId, tenantId, id),
    findByEmail: async (tenantId, email) => {
      const key = emailKey(email);
      return docs.queryFirst({ tenantId, list: 'people.findByEmail', partitionKey: tenantId, where: (c) => c.emailKey === key });
    },
    listReports: async (tenantId, managerId, page) =>
      docs.queryPage(
        { tenantId, list: 'people.listReports', parameters: { managerId }, partitionKey: tenantId, where: (c) => c.managerId === managerId && c.leftAt === undefined, orderBy: byName },
        page,
      ),
    listTeam: async (tenantId, leaderId, page) =>
      docs.queryPage(
        {
          tenantId,
          list: 'people.listTeam',
          parameters: { leaderId },
          partitionKey: tenantId,
          where: (c) => (c.managerId === leaderId || c.gesprekspartnerId === leaderId) && c.leftAt === undefined,
          orderBy: byName,
        },
        page,
      ),
    listTenant: async (tenantId, page) => docs.queryPage({ tenantId, list: 'people.listTenant', partitionKey: tenantId, orderBy: byName }, page),
    create: async (person) => docs.create(person),
    replace: async (person, ifMatch) => docs.replace(person, ifMatch),
  };
}

function conversationStore(container: MemoryContainer, claims: RecordIdClaims): ConversationStore {
  const docs = new MemoryCollection<Conversation>(container, {
    entity: 'Conversation',
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
      return docs.queryPage({ tenantId, list: 'conversations.listForEmployee', partitionKey: key, orderBy: NEWEST_FIRST }, page);
    },
    listForManager: async (tenantId, managerId, page) =>
      docs.queryPage(
        { tenantId, list: 'conversations.listForManager', parameters: { managerId }, where: (c) => c.managerId === managerId, orderBy: NEWEST_FIRST },
        page,
      ),
    findById: async (tenantId, id) => docs.queryFirst({ tenantId, list: 'conversations.findById', where: (c) => c.id === id }),
    create: async (conversation) => {
      await claimRecordId(claims, 'Conversation', 'conversation', conversation);
      return docs.create(conversation);
    },
    replace: async (conversation, ifMatch) => docs.replace(conversation, ifMatch),
    findByMeetingThread: async (tenantId, threadId) =>
      docs.queryFirst({ tenantId, list: 'conversations.findByMeetingThread', where: (c) => c.meetingThreadId === threadId, orderBy: NEWEST_FIRST }),
  };
}

function canvasStore(container: MemoryContainer, claims: RecordIdClaims): CanvasStore {
  const docs = new MemoryCollection<Canvas>(container, {
    entity: 'Canvas',
    schema: StoredCanvas,
    partitionKey: (c) => employeeKey(c.tenantId, c.employeeId),
    derive: (c) => ({ employeeKey: employeeKey(c.tenantId, c.employeeId) }),
  });
  return {
    get: async (tenantId, employeeId, id) => docs.read(tenantId, employeeKey(tenantId, employeeId), id),
    create: async (canvas) => {
      await claimRecordId(claims, 'Canvas', 'conversation', canvas);
      return docs.create(canvas);
    },
    replace: async (canvas, ifMatch) => docs.replace(canvas, ifMatch),
    patch: async (canvas, change, ifMatch) =>
      docs.patchPaths(
        canvas,
        [...change.cardIds.map((id) => ['state', 'cards', id]), ...(change.guidance ? [['guidance']] : []), ['updatedAt']],
        ifMatch,
      ),
  };
}

function popStore(container: MemoryContainer, claims: RecordIdClaims): PopStore {
  const docs = new MemoryCollection<Pop>(container, {
    entity: 'Pop',
    schema: Pop,
    partitionKey: (p) => employeeKey(p.tenantId, p.employeeId),
    derive: (p) => ({ employeeKey: employeeKey(p.tenantId, p.employeeId), sortAt: utcInstant(p.updatedAt) }),
  });
  return {
    get: async (tenantId, employeeId, id) => docs.read(tenantId, employeeKey(tenantId, employeeId), id),
    listForEmployee: async (tenantId, employeeId, page) =>
      docs.queryPage({ tenantId, list: 'pops.listForEmployee', partitionKey: employeeKey(tenantId, employeeId), orderBy: NEWEST_FIRST }, page),
    findById: async (tenantId, id) => docs.queryFirst({ tenantId, list: 'pops.findById', where: (c) => c.id === id }),
    create: async (pop) => {
      await claimRecordId(claims, 'Pop', 'pop', pop);
      return docs.create(pop);
    },
    replace: async (pop, ifMatch) => docs.replace(pop, ifMatch),
  };
}

function reminderStore(container: MemoryContainer): ReminderStore {
  const docs = new MemoryCollection<Reminder>(container, {
    entity: 'Reminder',
    schema: Reminder,
    partitionKey: (r) => dueKey(r.tenantId, utcDay(r.dueAt)),
    derive: (r) => ({ dueKey: dueKey(r.tenantId, utcDay(r.dueAt)), dueAtUtc: utcInstant(r.dueAt), readyAtUtc: reminderReadyAt(r) }),
  });
  const bucket = (list: string, tenantId: string, day: string, property: 'dueAtUtc' | 'readyAtUtc', cutoff: string, states: readonly string[], page: Parameters<ReminderStore['listDue']>[3]) => {
    const key = dueKey(tenantId, day);
    const until = utcInstant(cutoff);
    return docs.queryPage(
      {
        tenantId,
        list,
        parameters: { cutoff: until },
        partitionKey: key,
        where: (c: DocumentView) => String(c[property]) <= until && states.includes(String(c.state)),
        orderBy: [
          [property, 'ASC'],
          ['id', 'ASC'],
        ],
      },
      page,
    );
  };
  return {
    get: async (tenantId, dueAt, id) => docs.read(tenantId, dueKey(tenantId, utcDay(dueAt)), id),
    listDue: async (tenantId, day, until, page) => bucket('reminders.listDue', tenantId, day, 'dueAtUtc', until, ['due', 'failed'], page),
    listReady: async (tenantId, day, now, page) => bucket('reminders.listReady', tenantId, day, 'readyAtUtc', now, ['due', 'failed', 'sending'], page),
    create: async (reminder) => docs.create(reminder),
    replace: async (reminder, ifMatch) => docs.replace(reminder, ifMatch),
    listForRecipient: async (tenantId, recipientId, page) =>
      docs.queryPage(
        {
          tenantId,
          list: 'reminders.listForRecipient',
          parameters: { recipientId },
          where: (c) => c.recipientId === recipientId,
          orderBy: [
            ['dueAtUtc', 'ASC'],
            ['id', 'ASC'],
          ],
        },
        page,
      ),
  };
}

function conversationReferenceStore(container: MemoryContainer): ConversationReferenceStore {
  const docs = new MemoryCollection<StoredConversationReference>(container, {
    entity: 'ConversationReference',
    schema: StoredConversationReference,
    partitionKey: (r) => r.tenantId,
    derive: () => ({}),
  });
  return {
    get: async (tenantId, userId) => docs.read(tenantId, tenantId, userId),
    upsert: async (reference) => docs.upsert(reference),
  };
}

function calendarEventStore(container: MemoryContainer): CalendarEventStore {
  const docs = new MemoryCollection<CalendarEvent>(container, {
    entity: 'CalendarEvent',
    schema: CalendarEvent,
    partitionKey: (e) => ownerKey(e.tenantId, e.ownerId),
    derive: (e) => ({ ownerKey: ownerKey(e.tenantId, e.ownerId), startUtc: utcInstant(e.start), endUtc: utcInstant(e.end) }),
  });
  return {
    get: async (tenantId, ownerId, id) => docs.read(tenantId, ownerKey(tenantId, ownerId), id),
    listBetween: async (tenantId, ownerId, from, to) => {
      const [fromUtc, toUtc] = [utcInstant(from), utcInstant(to)];
      return docs.queryAll({
        tenantId,
        list: 'calendarEvents.listBetween',
        partitionKey: ownerKey(tenantId, ownerId),
        where: (c) => String(c.startUtc) < toUtc && String(c.endUtc) > fromUtc,
        orderBy: [
          ['startUtc', 'ASC'],
          ['id', 'ASC'],
        ],
      });
    },
    create: async (event) => docs.create(event),
    upsert: async (event) => docs.upsert(event),
    async delete(tenantId, ownerId, id) {
      await docs.delete(ownerKey(tenantId, ownerId), id);
    },
  };
}

function preparationStore(container: MemoryContainer): PreparationStore {
  const docs = new MemoryCollection<Preparation>(container, {
    entity: 'Preparation',
    schema: Preparation,
    partitionKey: (p) => employeeKey(p.tenantId, p.employeeId),
    derive: (p) => ({ employeeKey: employeeKey(p.tenantId, p.employeeId) }),
  });
  return {
    get: async (tenantId, employeeId, conversationId, role) => docs.read(tenantId, employeeKey(tenantId, employeeId), preparationId(conversationId, role)),
    create: async (preparation) => docs.create(preparation),
    replace: async (preparation, ifMatch) => docs.replace(preparation, ifMatch),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Own entries (id = a UUID) and the one shares document share the employee's partition, like in Cosmos. */
function portfolioStore(container: MemoryContainer, claims: RecordIdClaims): PortfolioStore {
  const entries = new MemoryCollection<PortfolioEntry>(container, {
    entity: 'PortfolioEntry',
    schema: PortfolioEntry,
    partitionKey: (e) => employeeKey(e.tenantId, e.employeeId),
    derive: (e) => ({ employeeKey: employeeKey(e.tenantId, e.employeeId), docType: 'entry' }),
  });
  const shares = new MemoryCollection<AutomaticShares>(container, {
    entity: 'PortfolioShares',
    schema: AutomaticShares,
    partitionKey: (s) => employeeKey(s.tenantId, s.employeeId),
    derive: (s) => ({ employeeKey: employeeKey(s.tenantId, s.employeeId), docType: 'shares' }),
  });
  return {
    get: async (tenantId, employeeId, id) => (UUID.test(id) ? entries.read(tenantId, employeeKey(tenantId, employeeId), id) : undefined),
    listForEmployee: async (tenantId, employeeId) =>
      entries.queryAllStored({ tenantId, list: 'portfolio.listForEmployee', partitionKey: employeeKey(tenantId, employeeId), where: (c) => c.docType === 'entry' }),
    create: async (entry) => {
      await claimRecordId(claims, 'PortfolioEntry', 'portfolio', entry);
      return entries.create(entry);
    },
    replace: async (entry, ifMatch) => entries.replace(entry, ifMatch),
    delete: async (tenantId, employeeId, id, ifMatch) => {
      if (!UUID.test(id)) throw new Error(`not a portfolio entry id: ${id}`);
      await entries.deleteIfMatch(employeeKey(tenantId, employeeId), id, ifMatch);
    },
    getShares: async (tenantId, employeeId) => shares.read(tenantId, employeeKey(tenantId, employeeId), AUTOMATIC_SHARES_ID),
    saveShares: async (value, ifMatch) => (ifMatch === undefined ? shares.create(value) : shares.replace(value, ifMatch)),
  };
}

/** Leases, bundles and schedules in one container, each kind in its own partitions (tenantId|scope). */
function dispatchStore(container: MemoryContainer): DispatchStore {
  const leases = new MemoryCollection<DispatchLease>(container, {
    entity: 'DispatchLease',
    schema: DispatchLease,
    partitionKey: (l) => scopeKey(l.tenantId, DISPATCH_LEASE_SCOPE),
    derive: (l) => ({ scopeKey: scopeKey(l.tenantId, DISPATCH_LEASE_SCOPE) }),
  });
  const bundles = new MemoryCollection<ReminderBundle>(container, {
    entity: 'ReminderBundle',
    schema: ReminderBundle,
    partitionKey: (b) => scopeKey(b.tenantId, b.day),
    derive: (b) => ({ scopeKey: scopeKey(b.tenantId, b.day) }),
  });
  const schedules = new MemoryCollection<ReminderSchedule>(container, {
    entity: 'ReminderSchedule',
    schema: ReminderSchedule,
    partitionKey: (s) => scopeKey(s.tenantId, s.id),
    derive: (s) => ({ scopeKey: scopeKey(s.tenantId, s.id) }),
  });
  return {
    getSchedule: async (tenantId, id) => schedules.read(tenantId, scopeKey(tenantId, id), id),
    createSchedule: async (schedule) => schedules.create(schedule),
    replaceSchedule: async (schedule, ifMatch) => schedules.replace(schedule, ifMatch),
    getLease: async (tenantId, id) => leases.read(tenantId, scopeKey(tenantId, DISPATCH_LEASE_SCOPE), id),
    createLease: async (lease) => leases.create(lease),
    replaceLease: async (lease, ifMatch) => leases.replace(lease, ifMatch),
    getBundle: async (tenantId, id) => bundles.read(tenantId, scopeKey(tenantId, bundleDay(id)), id),
    createBundle: async (bundle) => bundles.create(bundle),
    replaceBundle: async (bundle, ifMatch) => bundles.replace(bundle, ifMatch),
    listBundlesForRecipient: async (tenantId, recipientId) =>
      bundles.queryAll({ tenantId, list: 'dispatch.listBundlesForRecipient', where: (c) => c.recipientId === recipientId, orderBy: BY_ID }),
  };
}

const BY_ID: SortOrder = [['id', 'ASC']];

function roleAssignmentStore(container: MemoryContainer): RoleAssignmentStore {
  const docs = new MemoryCollection<RoleAssignment>(container, {
    entity: 'RoleAssignment',
    schema: RoleAssignment,
    partitionKey: (a) => a.tenantId,
    derive: () => ({}),
  });
  return {
    listForPrincipal: async (tenantId, principalId) =>
      docs.queryAll({ tenantId, list: 'roleAssignments.listForPrincipal', partitionKey: tenantId, where: (c) => c.principalId === principalId, orderBy: BY_ID }),
    listTenant: async (tenantId, page) => docs.queryPage({ tenantId, list: 'roleAssignments.listTenant', partitionKey: tenantId, orderBy: BY_ID }, page),
    upsert: async (assignment) => docs.upsert(assignment),
    remove: async (tenantId, id) => docs.delete(tenantId, id),
  };
}

function roundStore(roundContainer: MemoryContainer, exemptionContainer: MemoryContainer): RoundStore {
  const rounds = new MemoryCollection<Round>(roundContainer, {
    entity: 'Round',
    schema: Round,
    partitionKey: (r) => r.tenantId,
    derive: (r) => ({ startsOn: r.period.from }),
  });
  const exemptions = new MemoryCollection<RoundExemption>(exemptionContainer, {
    entity: 'RoundExemption',
    schema: RoundExemption,
    partitionKey: (e) => e.tenantId,
    derive: () => ({}),
  });
  const checked = (e: RoundExemption): RoundExemption => {
    if (e.id !== exemptionId(e.roundId, e.personId)) throw new RangeError(`exemption id ${e.id} must be roundId:personId`);
    return e;
  };
  return {
    get: async (tenantId, roundId) => rounds.read(tenantId, tenantId, roundId),
    list: async (tenantId, page) =>
      rounds.queryPage({ tenantId, list: 'rounds.list', partitionKey: tenantId, orderBy: [['startsOn', 'DESC'], ['id', 'ASC']] }, page),
    create: async (round) => rounds.create(round),
    replace: async (round, ifMatch) => rounds.replace(round, ifMatch),
    setExemption: async (exemption) => exemptions.upsert(checked(exemption)),
    removeExemption: async (tenantId, roundId, personId) => exemptions.delete(tenantId, exemptionId(roundId, personId)),
    listExemptions: async (tenantId, roundId) =>
      exemptions.queryAll({ tenantId, list: 'rounds.listExemptions', partitionKey: tenantId, where: (d) => d.roundId === roundId, orderBy: BY_ID }),
    listExemptionsOfPerson: async (tenantId, personId) =>
      exemptions.queryAll({ tenantId, list: 'rounds.listExemptionsOfPerson', partitionKey: tenantId, where: (d) => d.personId === personId, orderBy: BY_ID }),
  };
}

function roundProgressStore(peopleContainer: MemoryContainer, cellContainer: MemoryContainer): RoundProgressStore {
  const people = new MemoryCollection<PersonProgress>(peopleContainer, {
    entity: 'PersonProgress',
    schema: PersonProgress,
    partitionKey: (p) => p.tenantId,
    derive: (p) => ({ sortName: p.displayName.toLocaleLowerCase('nl-NL') }),
  });
  const cells = new MemoryCollection<ProgressCell>(cellContainer, {
    entity: 'ProgressCell',
    schema: ProgressCell,
    partitionKey: (c) => c.tenantId,
    derive: () => ({}),
  });
  const checked = (p: PersonProgress): PersonProgress => {
    if (p.id !== personProgressId(p.roundId, p.personId)) throw new RangeError(`progress id ${p.id} must be roundId:personId`);
    return p;
  };
  return {
    get: async (tenantId, roundId, personId) => people.read(tenantId, tenantId, personProgressId(roundId, personId)),
    create: async (progress) => people.create(checked(progress)),
    replace: async (progress, ifMatch) => people.replace(checked(progress), ifMatch),
    delete: async (tenantId, roundId, personId, ifMatch) => people.deleteIfMatch(tenantId, personProgressId(roundId, personId), ifMatch),
    list: async (tenantId, roundId, filter, page) =>
      people.queryPage(
        {
          tenantId,
          list: 'roundProgress.list',
          parameters: { roundId, ...filter },
          partitionKey: tenantId,
          where: (d) =>
            d.roundId === roundId &&
            (filter.department === undefined || d.department === filter.department) &&
            (filter.managerId === undefined || d.managerId === filter.managerId) &&
            (filter.statuses === undefined || filter.statuses.some((clause) => matchesClause(d as unknown as PersonProgress, clause))),
          orderBy: [['sortName', 'ASC'], ['id', 'ASC']],
        },
        page,
      ),
    listRound: async (tenantId, roundId) =>
      people.queryAllStored({ tenantId, list: 'roundProgress.listRound', partitionKey: tenantId, where: (d) => d.roundId === roundId, orderBy: BY_ID }),
    listForPerson: async (tenantId, personId) =>
      people.queryAll({ tenantId, list: 'roundProgress.listForPerson', partitionKey: tenantId, where: (d) => d.personId === personId, orderBy: BY_ID }),
    getCell: async (tenantId, cellId) => cells.read(tenantId, tenantId, cellId),
    createCell: async (cell) => cells.create(cell),
    replaceCell: async (cell, ifMatch) => cells.replace(cell, ifMatch),
    deleteCell: async (tenantId, cellId, ifMatch) => cells.deleteIfMatch(tenantId, cellId, ifMatch),
    listCells: async (tenantId, roundId) =>
      cells.queryAllStored({ tenantId, list: 'roundProgress.listCells', partitionKey: tenantId, where: (d) => d.roundId === roundId, orderBy: BY_ID }),
  };
}

function directorySyncStore(container: MemoryContainer): DirectorySyncStore {
  const docs = new MemoryCollection<DirectorySyncState>(container, {
    entity: 'DirectorySyncState',
    schema: DirectorySyncState,
    partitionKey: (s) => s.tenantId,
    derive: () => ({}),
  });
  const checked = (state: DirectorySyncState): DirectorySyncState => {
    if (state.id !== state.tenantId) throw new RangeError(`directory sync state id ${state.id} must equal its tenantId ${state.tenantId}`);
    return state;
  };
  return {
    get: async (tenantId) => docs.read(tenantId, tenantId, tenantId),
    create: async (state) => docs.create(checked(state)),
    replace: async (state, ifMatch) => docs.replace(checked(state), ifMatch),
  };
}

function catalogueStore(container: MemoryContainer): CatalogueStore {
  const heads = new MemoryCollection<CatalogueHead>(container, { entity: 'Catalogue', schema: CatalogueHead, partitionKey: (h) => h.tenantId, derive: () => ({}) });
  const chunks = new MemoryCollection<CatalogueChunk>(container, { entity: 'CatalogueChunk', schema: CatalogueChunk, partitionKey: (c) => c.tenantId, derive: () => ({}) });
  const isChunk = (d: DocumentView) => d.id !== 'head';
  const docs: CatalogueDocuments = {
    readHead: async (tenantId) => heads.read(tenantId, tenantId, 'head'),
    createHead: async (head) => heads.create(head),
    replaceHead: async (head, ifMatch) => heads.replace(head, ifMatch),
    upsertChunk: async (chunk) => {
      await chunks.upsert(chunk);
    },
    chunksOf: async (tenantId, revision) =>
      chunks.queryAll({ tenantId, list: 'catalogue.chunksOf', partitionKey: tenantId, where: (d) => isChunk(d) && d.revision === revision }),
    staleChunks: async (tenantId, keep) =>
      chunks.queryAll({ tenantId, list: 'catalogue.staleChunks', partitionKey: tenantId, where: (d) => isChunk(d) && d.revision !== keep }),
    deleteChunk: async (tenantId, id) => {
      await chunks.delete(tenantId, id);
    },
  };
  return {
    get: async (tenantId) => readCatalogue(docs, tenantId),
    replace: async (tenantId, catalogue, options) => replaceCatalogue(docs, tenantId, catalogue, options),
  };
}

function templateStore(container: MemoryContainer): TemplateStore {
  const versions = new MemoryCollection<TemplateVersion>(container, { entity: 'TemplateVersion', schema: TemplateVersion, partitionKey: (v) => v.tenantId, derive: () => ({}) });
  const choices = new MemoryCollection<TemplateInUse>(container, { entity: 'TemplateInUse', schema: TemplateInUse, partitionKey: (c) => c.tenantId, derive: () => ({}) });
  return {
    listVersions: async (tenantId) =>
      (await versions.queryAll({ tenantId, list: 'templates.listVersions', partitionKey: tenantId, where: (d) => d.id !== 'in-gebruik' })).sort(compareTemplateVersions),
    get: async (tenantId, ref) => (await versions.read(tenantId, tenantId, templateVersionId(ref)))?.value,
    latest: async (tenantId, templateId) =>
      (await versions.queryAll({ tenantId, list: 'templates.latest', partitionKey: tenantId, where: (d) => d.id !== 'in-gebruik' && d.templateId === templateId })).sort(compareTemplateVersions).at(-1),
    create: async (version) => (await versions.create(version)).value,
    inUse: async (tenantId) => (await choices.read(tenantId, tenantId, 'in-gebruik'))?.value,
    setInUse: async (choice) => (await choices.upsert(choice)).value,
  };
}

function accessLogStore(container: MemoryContainer): AccessLogStore {
  const docs = new MemoryCollection<AccessLogEntry>(container, {
    entity: 'AccessLogEntry',
    schema: AccessLogEntry,
    partitionKey: (e) => subjectKey(e.tenantId, e.subjectId),
    derive: (e) => ({ subjectKey: subjectKey(e.tenantId, e.subjectId) }),
  });
  return {
    async record(entry) {
      await docs.upsert(entry);
    },
    listForSubject: async (tenantId, subjectId, page) =>
      docs.queryPage(
        {
          tenantId,
          list: 'accessLog.listForSubject',
          partitionKey: subjectKey(tenantId, subjectId),
          orderBy: [
            ['at', 'DESC'],
            ['id', 'DESC'],
          ],
        },
        page,
      ),
  };
}

function changeLogStore(container: MemoryContainer): ChangeLogStore {
  const docs = new MemoryCollection<ChangeLogEntry>(container, {
    entity: 'ChangeLogEntry',
    schema: ChangeLogEntry,
    partitionKey: (e) => e.tenantId,
    derive: () => ({}),
  });
  return {
    async record(entry) {
      await docs.upsert(entry);
    },
    list: async (tenantId, page) =>
      docs.queryPage(
        {
          tenantId,
          list: 'changeLog.list',
          partitionKey: tenantId,
          orderBy: [
            ['at', 'DESC'],
            ['id', 'DESC'],
          ],
        },
        page,
      ),
  };
}
