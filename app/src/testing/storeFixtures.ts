import {
  KOERS_APP_ROLES,
  bundleId,
  createEntry,
  createPop,
  initialGuidance,
  koerskaart,
  preparationId,
  type CalendarEvent,
  type Canvas,
  type Conversation,
  type DispatchLease,
  type EntryContentInput,
  type Person,
  type Pop,
  type PortfolioEntry,
  type Preparation,
  type PrepRole,
  type Reminder,
  type ReminderBundle,
  type ReminderSchedule,
  type RoleAssignment,
} from '@koers/domain';

/** Records for store tests: valid by their schemas, with only what a test varies as arguments. */

let tenants = 0;

/** A tenant id no other test of this process uses, so tests sharing one database never meet. */
export function newTenant(): string {
  tenants += 1;
  return `${tenants.toString(16).padStart(8, '0')}-7e57-4000-8000-000000000000`;
}

export function guid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export const MANAGER_ID = guid(1);

export function person(tenantId: string, n: number, overrides: Partial<Person> = {}): Person {
  return {
    id: guid(n),
    tenantId,
    displayName: `Persoon ${String(n).padStart(2, '0')}`,
    email: `persoon${n}@${tenantId.slice(0, 8)}.example`,
    managerId: MANAGER_ID,
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    ...overrides,
  };
}

export function roleAssignment(tenantId: string, id: string, principalId: string, role: 'hr' | 'admin', overrides: Partial<RoleAssignment> = {}): RoleAssignment {
  const appRoleId = KOERS_APP_ROLES.find((r) => r.role === role)?.id ?? '';
  return { id, tenantId, principalId, appRoleId, ...overrides };
}

export function conversation(tenantId: string, employeeId: string, id: string, overrides: Partial<Conversation> = {}): Conversation {
  return {
    id,
    tenantId,
    employeeId,
    managerId: MANAGER_ID,
    kind: 'loopbaangesprek',
    status: 'concept',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export function canvas(tenantId: string, employeeId: string, id: string): Canvas {
  const at = '2026-03-02T09:00:00.000Z';
  return { id, tenantId, employeeId, managerId: MANAGER_ID, guidance: initialGuidance('standaard'), state: koerskaart.emptyCanvas(), createdAt: at, updatedAt: at };
}

/** A canvas with one more card, as a tab's edit makes it. */
export function withCard(value: Canvas, cardId: string, text: string): Canvas {
  const writer = { userId: value.employeeId, now: value.updatedAt };
  return { ...value, state: koerskaart.seedCard(value.state, { cardId, section: 'wensen', order: 'V', texts: { text } }, writer) };
}

export function pop(tenantId: string, employeeId: string, id: string, updatedAt: string): Pop {
  return createPop({ id, tenantId, employeeId, managerId: MANAGER_ID }, [], employeeId, updatedAt);
}

export function reminder(tenantId: string, id: string, dueAt: string, overrides: Partial<Reminder> = {}): Reminder {
  return { id, tenantId, recipientId: guid(2), kind: 'voorbereiding', subjectId: 'gesprek-1', dueAt, state: 'due', attempts: 0, ...overrides };
}

export function calendarEvent(tenantId: string, ownerId: string, id: string, start: string, end: string): CalendarEvent {
  return { id, tenantId, ownerId, subject: id, start, end, showAs: 'busy' };
}

export function preparation(tenantId: string, employeeId: string, conversationId: string, role: PrepRole, text: string): Preparation {
  const at = '2026-03-01T09:00:00.000Z';
  return {
    id: preparationId(conversationId, role),
    tenantId,
    employeeId,
    conversationId,
    ownerId: role === 'employee' ? employeeId : MANAGER_ID,
    role,
    answers: [{ questionId: role === 'employee' ? 'hoe-sta-je' : 'paden', text, shared: false, updatedAt: at }],
    updatedAt: at,
  };
}

export const ENTRY_NOW = '2026-12-01T10:00:00.000Z';
export const TRAINING: EntryContentInput = { kind: 'opleiding', title: 'Cursus planning', period: { from: '2026-03-01', to: '2026-06-30' }, organisation: 'ISSO' };

export function entryId(n: number): string {
  return `3f6c1e2a-9b7d-4c1e-8f00-${String(n).padStart(12, '0')}`;
}

export function entry(tenantId: string, employeeId: string, n: number, title = 'Cursus planning'): PortfolioEntry {
  return createEntry({ id: entryId(n), tenantId, employeeId, content: { ...TRAINING, title }, visibility: 'prive', managerId: MANAGER_ID, existing: 0, now: ENTRY_NOW });
}

export function lease(tenantId: string, holder: string, until: string): DispatchLease {
  return { id: 'lease|reminders', tenantId, holder, until };
}

export function bundle(tenantId: string, recipientId: string, day: string, overrides: Partial<ReminderBundle> = {}): ReminderBundle {
  return {
    id: bundleId(recipientId, day),
    tenantId,
    recipientId,
    day,
    state: 'claimed',
    reminderIds: ['r-1'],
    items: [{ id: 'r-1', dueAt: `${day}T07:00:00.000Z` }],
    runId: 'run-1',
    claimUntil: `${day}T08:00:00.000Z`,
    attempts: 0,
    ...overrides,
  };
}

export function schedule(tenantId: string, subjectId: string, occurrenceIds: string[]): ReminderSchedule {
  return {
    id: `schedule|${subjectId}`,
    tenantId,
    subjectId,
    occurrences: occurrenceIds.map((id, i) => ({ id, dueAt: `2026-04-0${i + 1}T07:00:00.000Z` })),
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
}

/** Reads every page of a paged list (at most 100, so a token that never ends fails instead of hanging). */
export async function allPages<T>(fetch: (continuationToken: string | undefined) => Promise<{ items: T[]; continuationToken?: string }>): Promise<T[][]> {
  const pages: T[][] = [];
  let token: string | undefined;
  do {
    const page = await fetch(token);
    pages.push(page.items);
    token = page.continuationToken;
    if (pages.length > 100) throw new Error('paging does not terminate');
  } while (token);
  return pages;
}
