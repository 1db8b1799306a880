import { hasRole, type Actor } from './actor';
import type { Person } from './people';

/**
 * Who may see whom. Tenants never mix. Everyone sees themselves; a manager sees their direct
 * reports; HR sees the directory of its own organisation (names, roles, reporting lines) but
 * never conversation content — that rule lives with the content, not here.
 */
export function canViewPerson(viewer: Pick<Actor, 'id' | 'tenantId' | 'roles'>, target: Person): boolean {
  if (viewer.tenantId !== target.tenantId) return false;
  if (viewer.id === target.id) return true;
  if (target.managerId === viewer.id) return true;
  if (hasRole(viewer, 'hr')) return true;
  return false;
}

/** A career conversation is "open en vertrouwelijk" (open and confidential) to its two parties. */
export function isConversationParty(
  viewer: Pick<Person, 'id' | 'tenantId'>,
  conversation: { tenantId: string; employeeId: string; managerId: string },
): boolean {
  return (
    viewer.tenantId === conversation.tenantId &&
    (viewer.id === conversation.employeeId || viewer.id === conversation.managerId)
  );
}
