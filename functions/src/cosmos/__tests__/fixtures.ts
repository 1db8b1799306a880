import type { Conversation, Person, Reminder } from '@koers/domain';

/** Two tenants with deliberately overlapping data: same people ids, same conversation ids. */
export const TENANT_A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const TENANT_B = 'bbbbbbbb-0000-4000-8000-000000000002';

export function guid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export const MANAGER_ID = guid(1);

export function person(tenantId: string, n: number, overrides: Partial<Person> = {}): Person {
  return {
    id: guid(n),
    tenantId,
    displayName: `Persoon ${String(n).padStart(2, '0')}`,
    email: `persoon${n}@${tenantId === TENANT_A ? 'a' : 'b'}.example`,
   
    managerId: MANAGER_ID,
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    ...overrides,
  };
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

export function reminder(tenantId: string, id: string, dueAt: string, overrides: Partial<Reminder> = {}): Reminder {
  return {
    id,
    tenantId,
    recipientId: guid(2),
    kind: 'voorbereiding',
    subjectId: 'gesprek-1',
    dueAt,
    state: 'due',
    attempts: 0,
    ...overrides,
  };
}
