import type { Conversation } from './conversation';
import type { OrganisationSettings } from './organisation';
import type { Person } from './people';
import type { CalendarEvent, Canvas, Pop, Reminder, StoredConversationReference } from './records';

/** A stored value with the version token (Cosmos ETag) a later conditional write must present. */
export interface Stored<T> {
  value: T;
  etag: string;
}

export interface PageRequest {
  /** At most this many items (the store may return fewer). */
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
  listTenant(tenantId: string, page?: PageRequest): Promise<Page<Person>>;
  create(person: Person): Promise<Stored<Person>>;
  replace(person: Person, ifMatch: string): Promise<Stored<Person>>;
}

export interface ConversationStore {
  get(tenantId: string, employeeId: string, id: string): Promise<Stored<Conversation> | undefined>;
  listForEmployee(tenantId: string, employeeId: string, page?: PageRequest): Promise<Page<Conversation>>;
  listForManager(tenantId: string, managerId: string, page?: PageRequest): Promise<Page<Conversation>>;
  create(conversation: Conversation): Promise<Stored<Conversation>>;
  replace(conversation: Conversation, ifMatch: string): Promise<Stored<Conversation>>;
}

export interface CanvasStore {
  get(tenantId: string, employeeId: string, id: string): Promise<Stored<Canvas> | undefined>;
  create(canvas: Canvas): Promise<Stored<Canvas>>;
  replace(canvas: Canvas, ifMatch: string): Promise<Stored<Canvas>>;
}

export interface PopStore {
  get(tenantId: string, employeeId: string, id: string): Promise<Stored<Pop> | undefined>;
  listForEmployee(tenantId: string, employeeId: string, page?: PageRequest): Promise<Page<Pop>>;
  create(pop: Pop): Promise<Stored<Pop>>;
  replace(pop: Pop, ifMatch: string): Promise<Stored<Pop>>;
}

export interface ReminderStore {
  get(tenantId: string, dueAt: string, id: string): Promise<Stored<Reminder> | undefined>;
  /** Reminders of one tenant due on one calendar day (UTC) at or before `until`, not yet sent. */
  listDue(tenantId: string, day: string, until: string, page?: PageRequest): Promise<Page<Reminder>>;
  create(reminder: Reminder): Promise<Stored<Reminder>>;
  replace(reminder: Reminder, ifMatch: string): Promise<Stored<Reminder>>;
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

export interface Stores {
  organisations: OrganisationStore;
  people: PersonStore;
  conversations: ConversationStore;
  canvases: CanvasStore;
  pops: PopStore;
  reminders: ReminderStore;
  conversationReferences: ConversationReferenceStore;
  calendarEvents: CalendarEventStore;
}

export interface Clock {
  now(): Date;
}
