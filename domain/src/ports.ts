import type {
  BookConversationInput,
  CancelRequest,
  ConversationRequestInput,
  ConversationResponse,
  ConversationView,
  PreparationResponse,
  RescheduleRequest,
  SlotCheckQuery,
  SlotProposalsQuery,
  SlotProposalsResponse,
} from './bookingApi';
import type { SlotVerdict } from './booking/explainSlot';
import type { Catalogue, FunctionLink, JobTitleConfirmation, PersonFunctionAssignment, StoredCatalogue, TrainingRight } from './catalogue';
import type { SheetRow } from './spreadsheets';
import type { Conversation } from './conversation';
import type { AppRoleAssignment, DirectoryCursor, DirectorySyncState, DirectoryUser, DirectoryUsersPage, MailboxSettings, RoleAssignment } from './directory';
import type { OrganisationSettings } from './organisation';
import type { Person } from './people';
import type { Preparation, PrepRole, SavePreparationInput } from './preparation';
import type { Canvas, CanvasLockMessage, CanvasOperationsMessage, PreparationChangedMessage } from './canvas';
import type { ApprovePopRequest, CreatePopRequest, FollowUpsResponse, PopListResponse, PopResponse, RecordProgressRequest, RevisePopRequest } from './popApi';
import type { CalendarEvent, Pop, Reminder, StoredConversationReference } from './records';
import type { ActivityNotification, ActivityResult, AddressedNotice, CheckInItem, DispatchLease, ReminderBundle, ReminderSchedule, SnoozeChoice } from './reminders';
import type { AutomaticShares, PortfolioEntry } from './portfolio';
import type { CreateEntryInput, EntryResponse, PortfolioResponse, UpdateEntryInput, VisibilityRequest, VisibilityResponse } from './portfolioApi';
import type { Stored } from './stored';
import type { AccessLogEntry } from './privacy/accessLog';
import type { PersonProgress, ProgressCell, Round, RoundExemption, StatusClause } from './rounds';
import type { TemplateInUse, TemplateRef, TemplateVersion } from './templates';
import type { ChangeLogEntry } from './privacy/changeLog';
import type { InsightSnapshot, InsightSnapshotSummary, TalentProfile } from './insight';

/**
 * The largest page any store returns: a larger `maxItems` is clamped to it. Large enough that a
 * timer reading a 10,000-reminder backlog needs a handful of round trips, not twenty; the public
 * API asks for far less (at most 100).
 */
export const MAX_PAGE_SIZE = 2_000;

/** The page a store returns when none is asked for. */
export const DEFAULT_PAGE_SIZE = 50;

/** The page size a store honours for `page`: the default, or the wish clamped to 1…MAX_PAGE_SIZE. */
export function pageSize(page: PageRequest | undefined): number {
  const wanted = page?.maxItems;
  if (wanted === undefined || !Number.isFinite(wanted)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(wanted)));
}

export interface PageRequest {
  /** At most this many items, clamped to 1…{@link MAX_PAGE_SIZE} (the store may return fewer). */
  maxItems?: number;
  /** Opaque token from the previous page. */
  continuationToken?: string;
}

export interface Page<T> {
  items: T[];
  continuationToken?: string;
}

/**
 * Writes that two people can race take the etag they read (`ifMatch`); a stale one throws
 * ConcurrencyError. `create` throws ConflictError when the id exists.
 */
export interface OrganisationStore {
  get(tenantId: string): Promise<Stored<OrganisationSettings> | undefined>;
  listTenantIds(): Promise<string[]>;
  create(settings: OrganisationSettings): Promise<Stored<OrganisationSettings>>;
  replace(settings: OrganisationSettings, ifMatch: string): Promise<Stored<OrganisationSettings>>;
}

export interface PersonStore {
  get(tenantId: string, id: string): Promise<Stored<Person> | undefined>;
  findByEmail(tenantId: string, email: string): Promise<Stored<Person> | undefined>;
  listReports(tenantId: string, managerId: string, page?: PageRequest): Promise<Page<Person>>;
  /**
   * The people this person holds career conversations with, by name: their direct reports and
   * everyone who has them as gesprekspartner. Anyone here makes them a manager in Koers (actor.ts).
   */
  listTeam(tenantId: string, leaderId: string, page?: PageRequest): Promise<Page<Person>>;
  listTenant(tenantId: string, page?: PageRequest): Promise<Page<Person>>;
  create(person: Person): Promise<Stored<Person>>;
  replace(person: Person, ifMatch: string): Promise<Stored<Person>>;
}

export interface ConversationStore {
  get(tenantId: string, employeeId: string, id: string): Promise<Stored<Conversation> | undefined>;
  listForEmployee(tenantId: string, employeeId: string, page?: PageRequest): Promise<Page<Conversation>>;
  listForManager(tenantId: string, managerId: string, page?: PageRequest): Promise<Page<Conversation>>;
  /** By id alone (deep links): a tenant-filtered query across the employees' partitions. */
  findById(tenantId: string, id: string): Promise<Stored<Conversation> | undefined>;
  create(conversation: Conversation): Promise<Stored<Conversation>>;
  replace(conversation: Conversation, ifMatch: string): Promise<Stored<Conversation>>;
  /** The conversation whose Teams meeting has this chat thread (19:meeting_…@thread.v2). */
  findByMeetingThread(tenantId: string, threadId: string): Promise<Stored<Conversation> | undefined>;
}

export interface CanvasStore {
  get(tenantId: string, employeeId: string, id: string): Promise<Stored<Canvas> | undefined>;
  create(canvas: Canvas): Promise<Stored<Canvas>>;
  replace(canvas: Canvas, ifMatch: string): Promise<Stored<Canvas>>;
  /**
   * Writes only what changed — the named cards, the guidance when asked, updatedAt — on the
   * condition that the stored document still has `ifMatch`. ConcurrencyError when it has not.
   */
  patch(canvas: Canvas, change: { cardIds: readonly string[]; guidance: boolean }, ifMatch: string): Promise<Stored<Canvas>>;
}

export interface PopStore {
  get(tenantId: string, employeeId: string, id: string): Promise<Stored<Pop> | undefined>;
  listForEmployee(tenantId: string, employeeId: string, page?: PageRequest): Promise<Page<Pop>>;
  /** By id alone (links, check-in cards): a tenant-filtered query across the employees' partitions. */
  findById(tenantId: string, id: string): Promise<Stored<Pop> | undefined>;
  create(pop: Pop): Promise<Stored<Pop>>;
  replace(pop: Pop, ifMatch: string): Promise<Stored<Pop>>;
}

export interface ReminderStore {
  get(tenantId: string, dueAt: string, id: string): Promise<Stored<Reminder> | undefined>;
  /** Reminders of one tenant due on one calendar day (UTC) at or before `until`, not yet sent. */
  listDue(tenantId: string, day: string, until: string, page?: PageRequest): Promise<Page<Reminder>>;
  /**
   * What the dispatcher should act on now in one day bucket: due or failed ones whose time
   * (`notBefore ?? dueAt`) has come, and `sending` ones whose claim expired. Oldest first.
   */
  listReady(tenantId: string, day: string, now: string, page?: PageRequest): Promise<Page<Reminder>>;
  create(reminder: Reminder): Promise<Stored<Reminder>>;
  replace(reminder: Reminder, ifMatch: string): Promise<Stored<Reminder>>;
  /** Every reminder and notice of one person, in every state, oldest due first ("Mijn gegevens"). */
  listForRecipient(tenantId: string, recipientId: string, page?: PageRequest): Promise<Page<Reminder>>;
}

export interface ConversationReferenceStore {
  get(tenantId: string, userId: string): Promise<Stored<StoredConversationReference> | undefined>;
  /** Last writer wins on purpose: Teams always sends the current reference. */
  upsert(reference: StoredConversationReference): Promise<Stored<StoredConversationReference>>;
}

export interface CalendarEventStore {
  get(tenantId: string, ownerId: string, id: string): Promise<Stored<CalendarEvent> | undefined>;
  listBetween(tenantId: string, ownerId: string, from: string, to: string): Promise<CalendarEvent[]>;
  create(event: CalendarEvent): Promise<Stored<CalendarEvent>>;
  /** Last writer wins: a mailbox calendar, moved or cancelled by its one organizer. */
  upsert(event: CalendarEvent): Promise<Stored<CalendarEvent>>;
  delete(tenantId: string, ownerId: string, id: string): Promise<void>;
}

export interface PreparationStore {
  get(tenantId: string, employeeId: string, conversationId: string, role: PrepRole): Promise<Stored<Preparation> | undefined>;
  create(preparation: Preparation): Promise<Stored<Preparation>>;
  replace(preparation: Preparation, ifMatch: string): Promise<Stored<Preparation>>;
}

/**
 * The portfolio's own entries, one document each in the employee's partition, and beside them
 * the one document of the employee's shares of automatic entries (portfolio/schema.ts).
 */
export interface PortfolioStore {
  get(tenantId: string, employeeId: string, id: string): Promise<Stored<PortfolioEntry> | undefined>;
  /** Every own entry of one employee (at most MAX_ENTRIES by construction), with their etags. */
  listForEmployee(tenantId: string, employeeId: string): Promise<Stored<PortfolioEntry>[]>;
  create(entry: PortfolioEntry): Promise<Stored<PortfolioEntry>>;
  replace(entry: PortfolioEntry, ifMatch: string): Promise<Stored<PortfolioEntry>>;
  /** Only when the stored entry still has `ifMatch`: ConcurrencyError when not, NotFoundError when gone. */
  delete(tenantId: string, employeeId: string, id: string, ifMatch: string): Promise<void>;
  getShares(tenantId: string, employeeId: string): Promise<Stored<AutomaticShares> | undefined>;
  /** Creates (no `ifMatch`: ConflictError if one exists) or conditionally replaces the shares. */
  saveShares(shares: AutomaticShares, ifMatch: string | undefined): Promise<Stored<AutomaticShares>>;
}

/**
 * The reminder dispatcher's own records: a lease per tenant and purpose, one bundle per person per
 * local day, the occurrences a subject was last given (reminders/dispatch.ts).
 */
export interface DispatchStore {
  getLease(tenantId: string, id: string): Promise<Stored<DispatchLease> | undefined>;
  createLease(lease: DispatchLease): Promise<Stored<DispatchLease>>;
  replaceLease(lease: DispatchLease, ifMatch: string): Promise<Stored<DispatchLease>>;
  getBundle(tenantId: string, id: string): Promise<Stored<ReminderBundle> | undefined>;
  createBundle(bundle: ReminderBundle): Promise<Stored<ReminderBundle>>;
  replaceBundle(bundle: ReminderBundle, ifMatch: string): Promise<Stored<ReminderBundle>>;
  getSchedule(tenantId: string, id: string): Promise<Stored<ReminderSchedule> | undefined>;
  createSchedule(schedule: ReminderSchedule): Promise<Stored<ReminderSchedule>>;
  replaceSchedule(schedule: ReminderSchedule, ifMatch: string): Promise<Stored<ReminderSchedule>>;
  /** Every bundle sent (or to be sent) to one person, in id order ("Mijn gegevens"). */
  listBundlesForRecipient(tenantId: string, recipientId: string): Promise<ReminderBundle[]>;
}

/**
 * Who read whose personal data ("Wie heeft mijn gegevens bekeken"): one line per reader, record
 * and clock hour (privacy/accessLog.ts), kept two years (the container's TTL in Cosmos).
 */
export interface AccessLogStore {
  /** Last writer wins: a second read in the same hour moves the line's time forward. */
  record(entry: AccessLogEntry): Promise<void>;
  /** One person's lines, newest first. */
  listForSubject(tenantId: string, subjectId: string, page?: PageRequest): Promise<Page<AccessLogEntry>>;
}

/** The works council's change log (privacy/changeLog.ts), kept as long as Koers is in use. */
export interface ChangeLogStore {
  /** Last writer wins by id (an erasure rewrites the lines that named the erased person). */
  record(entry: ChangeLogEntry): Promise<void>;
  /** One tenant's changes, newest first. */
  list(tenantId: string, page?: PageRequest): Promise<Page<ChangeLogEntry>>;
}

/**
 * The app-role assignments (Koers.HR, Koers.Admin) of a tenant's people, as the directory sync last
 * read them from Graph: how the bot and the timers, which have no user token, know who is HR.
 * The sync owns them; nothing else writes here (tests may seed them directly, as the sync would).
 */
export interface RoleAssignmentStore {
  /** Every stored assignment of one person (direct, and through their groups). */
  listForPrincipal(tenantId: string, principalId: string): Promise<RoleAssignment[]>;
  /** The tenant's assignments, in id order: the sync compares them with Graph's; onboarding asks whether a Koers.Admin exists. */
  listTenant(tenantId: string, page?: PageRequest): Promise<Page<RoleAssignment>>;
  /** Last writer wins: Graph is the source, and the sync writes what it read. */
  upsert(assignment: RoleAssignment): Promise<Stored<RoleAssignment>>;
  /** Removed in Graph, removed here; true when there was one to remove. */
  remove(tenantId: string, id: string): Promise<boolean>;
}

/** Where the directory sync of each tenant stands (one document per tenant); written under its etag. */
export interface DirectorySyncStore {
  get(tenantId: string): Promise<Stored<DirectorySyncState> | undefined>;
  /** ConflictError when the tenant has one already. */
  create(state: DirectorySyncState): Promise<Stored<DirectorySyncState>>;
  replace(state: DirectorySyncState, ifMatch: string): Promise<Stored<DirectorySyncState>>;
}

/**
 * Conversation rounds (gespreksrondes) and who is exempt from them. A round is HR's; exemptions
 * name a person with a reason from a fixed list, so they are personal data (exported, erased).
 */
export interface RoundStore {
  get(tenantId: string, roundId: string): Promise<Stored<Round> | undefined>;
  /** The tenant's rounds, the latest start of period first (ties by id). */
  list(tenantId: string, page?: PageRequest): Promise<Page<Round>>;
  /** ConflictError when the id is taken. */
  create(round: Round): Promise<Stored<Round>>;
  /** ConcurrencyError when the etag is stale; NotFoundError when it is gone. */
  replace(round: Round, ifMatch: string): Promise<Stored<Round>>;
  /** Last writer wins: one exemption per person per round. */
  setExemption(exemption: RoundExemption): Promise<Stored<RoundExemption>>;
  /** True when there was one to remove. */
  removeExemption(tenantId: string, roundId: string, personId: string): Promise<boolean>;
  /** Every exemption of one round, in id order. */
  listExemptions(tenantId: string, roundId: string): Promise<RoundExemption[]>;
  /** Every exemption of one person over all rounds, in id order ("Mijn gegevens", erasure). */
  listExemptionsOfPerson(tenantId: string, personId: string): Promise<RoundExemption[]>;
}

/** Which people of one round a page of the progress list holds. */
export interface ProgressFilter {
  department?: string;
  managerId?: string;
  /** Absent: every status; empty: nothing (rounds/progress.ts `statusClauses`). */
  statuses?: readonly StatusClause[];
}

/**
 * The progress board's summaries, kept on write (rounds/progress.ts): one document per person per
 * round with their status and dates, and per round the counts of each department and
 * conversation partner. Never what anyone said or wrote.
 */
export interface RoundProgressStore {
  get(tenantId: string, roundId: string, personId: string): Promise<Stored<PersonProgress> | undefined>;
  /** ConflictError when the person has one in this round already. */
  create(progress: PersonProgress): Promise<Stored<PersonProgress>>;
  /** ConcurrencyError when the etag is stale. */
  replace(progress: PersonProgress, ifMatch: string): Promise<Stored<PersonProgress>>;
  /** ConcurrencyError when the etag is stale, NotFoundError when it is gone. */
  delete(tenantId: string, roundId: string, personId: string, ifMatch: string): Promise<void>;
  /** One page of a round's people, by name (case-insensitive), then id. */
  list(tenantId: string, roundId: string, filter: ProgressFilter, page?: PageRequest): Promise<Page<PersonProgress>>;
  /** Every person's document of one round, with etags (a rebuild). */
  listRound(tenantId: string, roundId: string): Promise<Stored<PersonProgress>[]>;
  /** One person's documents over all rounds, in id order ("Mijn gegevens", erasure). */
  listForPerson(tenantId: string, personId: string): Promise<PersonProgress[]>;
  getCell(tenantId: string, cellId: string): Promise<Stored<ProgressCell> | undefined>;
  /** ConflictError when the cell exists. */
  createCell(cell: ProgressCell): Promise<Stored<ProgressCell>>;
  replaceCell(cell: ProgressCell, ifMatch: string): Promise<Stored<ProgressCell>>;
  deleteCell(tenantId: string, cellId: string, ifMatch: string): Promise<void>;
  /** Every cell of one round, with etags. */
  listCells(tenantId: string, roundId: string): Promise<Stored<ProgressCell>[]>;
}

/**
 * HR's anonymous insight, one snapshot per closed round (insight/snapshot.ts): written once when the
 * round closes and never changed, so no two moments of one round can be compared.
 */
export interface InsightStore {
  get(tenantId: string, roundId: string): Promise<InsightSnapshot | undefined>;
  /** The tenant's snapshots, most recently closed first. */
  list(tenantId: string): Promise<InsightSnapshotSummary[]>;
  /** ConflictError when the round has one already. */
  create(snapshot: InsightSnapshot): Promise<InsightSnapshot>;
}

/** Each employee's own talent-pool wishes (insight/talentPool.ts), one document per employee. */
export interface TalentPoolStore {
  get(tenantId: string, employeeId: string): Promise<Stored<TalentProfile> | undefined>;
  /** Creates without `ifMatch` (ConflictError if one exists) or replaces on the condition of it. */
  save(profile: TalentProfile, ifMatch: string | undefined): Promise<Stored<TalentProfile>>;
  /** True when there was one to remove. */
  delete(tenantId: string, employeeId: string): Promise<boolean>;
  /** Every profile of the tenant, in employee id order. */
  listTenant(tenantId: string, page?: PageRequest): Promise<Page<TalentProfile>>;
}

export interface Stores {
  organisations: OrganisationStore;
  people: PersonStore;
  conversations: ConversationStore;
  canvases: CanvasStore;
  pops: PopStore;
  reminders: ReminderStore;
  conversationReferences: ConversationReferenceStore;
  calendarEvents: CalendarEventStore;
  preparations: PreparationStore;
  portfolio: PortfolioStore;
  roleAssignments: RoleAssignmentStore;
  directorySync: DirectorySyncStore;
  catalogue: CatalogueStore;
  accessLog: AccessLogStore;
  rounds: RoundStore;
  roundProgress: RoundProgressStore;
  templates: TemplateStore;
  changeLog: ChangeLogStore;
  insight: InsightStore;
  talentPool: TalentPoolStore;
  functionLinks: FunctionLinkStore;
}

/**
 * HR's links of people to the function house (catalogue/personFunction.ts): per person an
 * assignment (id = the person's id), per directory job title a confirmation, and per Belgian person
 * and year the training right HR recorded (catalogue/trainingRight.ts). All in the tenant's
 * partition; last writer wins, as HR's latest decision is the one.
 */
export interface FunctionLinkStore {
  getAssignment(tenantId: string, personId: string): Promise<Stored<PersonFunctionAssignment> | undefined>;
  /** Every job-title confirmation of the tenant, in id order (a few dozen titles). */
  listConfirmations(tenantId: string): Promise<JobTitleConfirmation[]>;
  /** Every assignment of the tenant, in id order (HR's overrides: the exceptions to the job titles). */
  listAssignments(tenantId: string): Promise<PersonFunctionAssignment[]>;
  /** A Belgian person's training right of one calendar year (catalogue/trainingRight.ts). */
  getTrainingRight(tenantId: string, personId: string, year: number): Promise<TrainingRight | undefined>;
  /** Every year of the person's training right, oldest first. */
  listTrainingRights(tenantId: string, personId: string): Promise<TrainingRight[]>;
  /** Creates or replaces the person's assignment or the title's confirmation. */
  upsert(link: FunctionLink): Promise<Stored<FunctionLink>>;
  /** True when there was one to remove. */
  remove(tenantId: string, id: string): Promise<boolean>;
}

/**
 * The organisation's conversation templates: each version a document of its own, written once and
 * never replaced (a conversation pins one), and one document saying which template new
 * conversations start with. The built-in template is not stored.
 */
export interface TemplateStore {
  /** Every stored version of the tenant's templates, by template id and version. */
  listVersions(tenantId: string): Promise<TemplateVersion[]>;
  get(tenantId: string, ref: TemplateRef): Promise<TemplateVersion | undefined>;
  /** The highest version of one template; undefined when it has none. */
  latest(tenantId: string, templateId: string): Promise<TemplateVersion | undefined>;
  /** ConflictError when that version exists already: two publishers of one version, one wins. */
  create(version: TemplateVersion): Promise<TemplateVersion>;
  inUse(tenantId: string): Promise<TemplateInUse | undefined>;
  /** Last writer wins: HR's latest choice is the one. */
  setInUse(choice: TemplateInUse): Promise<TemplateInUse>;
}

/**
 * The organisation's function house and learning offer, replaced as a whole (an import, or HR's
 * edit of the whole) and read as a whole. `replace` takes the etag `get` gave (absent: only when
 * there is none yet); readers never see half of a replace (catalogue/storage.ts).
 */
/**
 * Reading and writing spreadsheets (.xlsx, .csv). `read` throws CatalogueError('not-a-spreadsheet')
 * for a file it cannot read; a CSV file comes back as one sheet named `csvSheet`.
 */
export interface SpreadsheetPort {
  read(file: { fileName: string; bytes: Uint8Array; csvSheet: string }): Promise<Map<string, SheetRow[]>>;
  writeWorkbook(sheets: readonly { name: string; columns: readonly string[]; rows: readonly (readonly string[])[] }[]): Promise<Uint8Array>;
  writeCsv(columns: readonly string[], rows: readonly (readonly string[])[]): Promise<Uint8Array>;
}

export interface CatalogueStore {
  get(tenantId: string): Promise<StoredCatalogue | undefined>;
  replace(tenantId: string, catalogue: Catalogue, options: { ifMatch?: string; updatedBy: string; at: string }): Promise<StoredCatalogue>;
}

/**
 * The organisation's directory in Microsoft Graph, read app-only by the directory sync (one tenant
 * at a time, with that tenant's consent). Failures: DirectoryResyncRequiredError when Graph no
 * longer honours a cursor (a deltaLink older than its seven days, or Graph's 410 Gone asking for a
 * full read); Graph's throttling (429) is retried inside the adapter.
 */
export interface DirectoryPort {
  /**
   * One page of `GET /users/delta`: the first of a full read (no cursor: every member user with
   * displayName, mail, jobTitle, department, preferredLanguage, accountEnabled,
   * employeeHireDate and manager), or the page a `next` cursor points at, or the changes since a
   * `delta` cursor. A page ending in a `next` cursor has more of the same round to follow, even
   * when it holds no changes; one ending in a `delta` cursor ends the round.
   */
  userChanges(tenantId: string, from?: DirectoryCursor): Promise<DirectoryUsersPage>;
  /**
   * Users by id (`GET /users/{id}` with the same properties and the manager), for people who came
   * into the app's assignment without changing themselves (the delta does not report them). A
   * user the directory does not have is left out.
   */
  users(tenantId: string, userIds: readonly string[]): Promise<DirectoryUser[]>;
  /**
   * `GET /users/{id}/mailboxSettings` of many users (JSON batching, 20 a request): each id maps to
   * its settings, or null when the user has no mailbox (frontline licences: normal, not an error).
   */
  mailboxSettings(tenantId: string, userIds: readonly string[]): Promise<Map<string, MailboxSettings | null>>;
  /**
   * The user ids among a group's members: its direct members, or with `transitive` the members of
   * its nested groups too (`/groups/{id}/members` or `/transitiveMembers`, users only, all pages).
   */
  groupMembers(tenantId: string, groupId: string, options: { transitive: boolean }): Promise<string[]>;
  /**
   * One page of `GET /servicePrincipals/{id}/appRoleAssignedTo` for the Koers service principal of
   * the tenant: who holds which Koers app role. No delta exists for these: the sync reads them
   * all, following `nextLink` (opaque, as Graph's `@odata.nextLink`).
   */
  appRoleAssignments(tenantId: string, nextLink?: string): Promise<{ assignments: AppRoleAssignment[]; nextLink?: string }>;
  /**
   * The Microsoft Graph application permissions the tenant granted Koers: the Koers service
   * principal's `appRoleAssignments` on Microsoft Graph, named by Graph's own `appRoles`
   * (e.g. "User.Read.All"). Undefined when Koers cannot tell: reading them needs
   * Application.Read.All, which may be the one missing.
   */
  grantedPermissions(tenantId: string): Promise<string[] | undefined>;
}

/**
 * Tells the people on a canvas what changed (Azure Web PubSub, or the local host's stand-in) and
 * lets a tab join: `clientUrl` is a WebSocket URL with a short-lived token for one group.
 */
export interface RealtimePublisher {
  publish(group: string, message: CanvasOperationsMessage | PreparationChangedMessage | CanvasLockMessage): Promise<void>;
  /**
   * A tab's URL: it hears `group` (where only the server publishes) and `presenceGroup`, and may
   * send to `presenceGroup` only.
   */
  clientUrl(request: { userId: string; group: string; presenceGroup: string }): Promise<string>;
}

/**
 * The one way Koers tells someone something in chat, besides answering them: a durable record in
 * the dispatcher's due index (where the reminders are scheduled too), sent under Teams' rate
 * limits with retries and a dead letter (reminders/notice.ts explains the order of writes).
 */
export interface Outbox {
  /** Before the change the notices report: their records, idempotent per notice. */
  enqueue(notices: readonly AddressedNotice[]): Promise<void>;
  /** After the change is stored: send them now. Never throws; what it cannot send, a later run sends. */
  flush(notices: readonly AddressedNotice[]): Promise<void>;
}

/** The dispatcher's side of the outbox: send these records now, as a timer run would. */
export interface OutboxDispatcher {
  deliverNow(tenantId: string, records: readonly Reminder[]): Promise<void>;
}

/** The activity feed of one person (Graph in Azure, the local Graph stand-in locally). */
export interface ActivityFeedPort {
  /** Never throws for Graph's answers: a failure is the result, so the caller can fall back to chat. */
  send(tenantId: string, userId: string, notification: ActivityNotification): Promise<ActivityResult>;
}

export interface Clock {
  now(): Date;
}

/**
 * Booking a conversation: one use case behind both the HTTP API and the bot. The actor is the
 * signed-in person (already authenticated); every method authorises them itself. Failures are
 * BookingError (see errors.ts), NotFoundError, ConcurrencyError (stale If-Match) or the calendar's
 * CalendarConsentError / CalendarUnavailableError.
 */
/** What a booking made for a conversation round carries of it: the round's template version instead of the organisation's current one. */
export interface BookingPin {
  template?: TemplateRef;
}

export interface BookingService {
  proposals(actor: Person, query: SlotProposalsQuery): Promise<SlotProposalsResponse>;
  /** Idempotent by `requestId`; also refuses a slot that is no longer free in either calendar. */
  book(actor: Person, request: BookConversationInput, pinned?: BookingPin): Promise<ConversationResponse>;
  get(actor: Person, conversationId: string): Promise<ConversationView>;
  reschedule(actor: Person, conversationId: string, times: RescheduleRequest, ifMatch?: string): Promise<ConversationView>;
  cancel(actor: Person, conversationId: string, request: CancelRequest, ifMatch?: string): Promise<ConversationView>;
  /**
   * "Gesprek afronden": either party marks it held. Idempotent (already held: the view, whatever
   * the etag); a cancelled one is BookingError('conversation-cancelled').
   */
  complete(actor: Person, conversationId: string, ifMatch?: string): Promise<ConversationView>;
  /**
   * The employee asks for a conversation: their manager is sent the proposals Koers finds for the
   * two of them (from `wish.from` when given), the card the manager gets when they plan one
   * themselves. Once a day per employee; no manager: BookingError('no-manager').
   */
  request(actor: Person, input: ConversationRequestInput): Promise<{ manager: Person }>;
  /**
   * Whether a time the manager picked by hand can be booked for this report, and if not why
   * (who is busy or away, a holiday, outside working hours, or only short notice, which they may
   * confirm). Reads both calendars as a booking does.
   */
  checkTime(actor: Person, query: SlotCheckQuery): Promise<SlotVerdict>;
  /**
   * The actor's own request still waiting for their manager: asked in the last 30 days and no
   * conversation booked since. Undefined when there is none.
   */
  openRequest(actor: Person): Promise<{ at: string; manager: Person } | undefined>;
}

/**
 * Preparing a booked conversation, each party privately (the employee shares answers one by one
 * with the manager): behind the HTTP API, the tab and the bot's prep card. Only the two parties
 * get in (anyone else NotFoundError); a cancelled conversation is BookingError('not-planned').
 */
export interface PreparationService {
  /** The actor's own preparation; the manager also gets what the employee shared. */
  get(actor: Person, conversationId: string): Promise<PreparationResponse>;
  /** `ifMatch`: the etag of the preparation the client saw; absent = it saw none (a 412 if one exists). */
  save(actor: Person, conversationId: string, body: SavePreparationInput, ifMatch?: string): Promise<PreparationResponse>;
}


/**
 * The POP: one use case behind the HTTP API, the tab and the bot's check-in cards. The
 * actor is the signed-in person; every method authorises them (only the plan's employee and
 * manager: anyone else gets NotFoundError). Failures are PopError (codes in pop/versions.ts;
 * `stale-version` → 412), NotFoundError, ConcurrencyError (stale If-Match on a revision).
 * Approvals and progress are re-applied on a lost ETag race (both are safe to re-apply), so two
 * parallel approvals of the same version count once and no progress note is lost.
 */
export interface PopService {
  list(actor: Person, employeeId: string): Promise<PopListResponse>;
  /** Idempotent: by conversation (one plan per conversation) or by `requestId`. */
  create(actor: Person, request: CreatePopRequest): Promise<PopResponse>;
  get(actor: Person, popId: string): Promise<PopResponse>;
  /** `ifMatch` is the etag the editor saw; required over HTTP (428). */
  revise(actor: Person, popId: string, request: RevisePopRequest, ifMatch?: string): Promise<PopResponse>;
  approve(actor: Person, popId: string, request: ApprovePopRequest): Promise<PopResponse>;
  recordProgress(actor: Person, popId: string, request: RecordProgressRequest): Promise<PopResponse>;
  /** "Gemaakte afspraken": the one-page PDF of an approved version, in the actor's locale. */
  agreementsPdf(actor: Person, popId: string, version: number): Promise<Uint8Array>;
  /** The agreed follow-up rhythm's dates and where each stands (held, planned, proposed, open). */
  followUps(actor: Person, popId: string): Promise<FollowUpsResponse>;
}


/**
 * The bot's side of POP reminder cards: what a card the dispatcher sent shows now, and
 * "later herinneren". Both only ever touch the actor's own card (their bundle of that local day):
 * someone else's card gives an empty list / undefined, never another person's reminders.
 */
export interface ReminderService {
  /** The goals on the actor's reminder card of `day` (yyyy-mm-dd, their local day), as they stand now. */
  checkInItems(actor: Person, day: string): Promise<CheckInItem[]>;
  /** That goal's reminders on the card come back at the snooze moment (reminders/cadence.ts). */
  snooze(actor: Person, request: { day: string; popId: string; goalId: string; choice: SnoozeChoice }): Promise<{ until: string } | undefined>;
  /** Pauses that goal's check-ins, as the POP page does (milestones and the deadline still come); false when it is not on the actor's card. */
  pause(actor: Person, request: { day: string; popId: string; goalId: string }): Promise<boolean>;
}

/**
 * The portfolio behind the HTTP API. The actor is the signed-in person. Reads:
 * the employee, or their current manager (only what is shared); anybody else NotFoundError. Writes
 * always go to the actor's own portfolio. Failures: PortfolioError (codes in portfolio/entries.ts),
 * NotFoundError, ConcurrencyError (stale If-Match).
 */
export interface PortfolioService {
  get(actor: Person, employeeId: string): Promise<PortfolioResponse>;
  /** Idempotent by `requestId` (the entry's id). */
  create(actor: Person, request: CreateEntryInput): Promise<EntryResponse>;
  update(actor: Person, id: string, request: UpdateEntryInput, ifMatch: string): Promise<EntryResponse>;
  remove(actor: Person, id: string, ifMatch: string): Promise<void>;
  /** Own entries and automatic ones (`pop:…`, `gesprek:…`); applies to the current version, no If-Match. */
  setVisibility(actor: Person, id: string, request: VisibilityRequest): Promise<VisibilityResponse>;
}
