import { isConversationParty, type Person, type PersonStore } from '@koers/domain';

/**
 * A conversation, canvas or plan is open to its two parties — the manager side only while they
 * still lead the employee in the directory (their manager or gesprekspartner now). After a manager
 * change the old manager's access ends at their next request, and the new one gets none of what
 * was shared with the old (docs/directory-sync.md). Someone who left is nobody's employee.
 */
export async function isCurrentParty(
  people: Pick<PersonStore, 'get'>,
  actor: Pick<Person, 'id' | 'tenantId'>,
  record: { tenantId: string; employeeId: string; managerId: string },
): Promise<boolean> {
  if (!isConversationParty(actor, record)) return false;
  if (actor.id === record.employeeId) return true;
  const employee = (await people.get(record.tenantId, record.employeeId))?.value;
  return employee !== undefined && !employee.leftAt && (employee.managerId === actor.id || employee.gesprekspartnerId === actor.id);
}
