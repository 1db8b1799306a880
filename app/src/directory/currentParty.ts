import { forPartiesOnly, isLeaderOf, NotFoundError, type Person, type PersonStore } from '@koers/domain';

/**
 * A conversation, canvas or plan is open to its two parties (forPartiesOnly) — the manager side
 * only while they still lead the employee in the directory (their manager or gesprekspartner
 * now). After a manager change the old manager's access ends at their next request, and the new
 * one gets none of what was shared with the old (docs/directory-sync.md). Someone who left is
 * nobody's employee. Anyone else gets the same NotFoundError as for an id that does not exist.
 */
export async function isCurrentParty(
  people: Pick<PersonStore, 'get'>,
  actor: Pick<Person, 'id' | 'tenantId'>,
  record: { tenantId: string; employeeId: string; managerId: string },
): Promise<boolean> {
  if (record.tenantId !== actor.tenantId) return false;
  if (actor.id === record.employeeId) return true;
  if (actor.id !== record.managerId) return false;
  const employee = (await people.get(record.tenantId, record.employeeId))?.value;
  return employee !== undefined && !employee.leftAt && isLeaderOf(employee, actor.id);
}

/** forPartiesOnly, with the manager side held to who leads the employee now. */
export async function forCurrentPartiesOnly<T extends { value: { tenantId: string; employeeId: string; managerId: string } }>(
  people: Pick<PersonStore, 'get'>,
  actor: Pick<Person, 'id' | 'tenantId'>,
  found: T | undefined,
  entity: string,
  id: string,
): Promise<T> {
  const party = forPartiesOnly(actor, found, entity, id);
  if (!(await isCurrentParty(people, actor, party.value))) throw new NotFoundError(entity, id);
  return party;
}
