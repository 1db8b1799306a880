import { hasRole, isLeaderOf, type Actor } from './actor';
import { NotFoundError } from './errors';
import type { Person } from './people';

/**
 * Who may see whom. Tenants never mix. Everyone sees themselves; a manager sees their direct
 * reports and a gesprekspartner the people HR gave them; HR sees the directory of its own organisation (names, roles, reporting lines) but
 * never conversation content — that rule lives with the content, not here.
 */
export function canViewPerson(viewer: Pick<Actor, 'id' | 'tenantId' | 'roles'>, target: Person): boolean {
  if (viewer.tenantId !== target.tenantId) return false;
  if (viewer.id === target.id) return true;
  if (isLeaderOf(target, viewer.id)) return true;
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

/**
 * The one rule for a record confidential to its two parties (a conversation, its Koerskaart and
 * preparation, a plan): a party gets it; anyone else gets NotFoundError, the very answer an id
 * that exists nowhere gets. Never a 403: "forbidden" would tell a colleague that the id is a
 * conversation or plan of somebody, and ids can be guessed (one made from a Teams meeting follows
 * from the meeting and the pair).
 */
export function forPartiesOnly<T extends { value: { tenantId: string; employeeId: string; managerId: string } }>(
  viewer: Pick<Person, 'id' | 'tenantId'>,
  found: T | undefined,
  entity: string,
  id: string,
): T {
  if (!found || !isConversationParty(viewer, found.value)) throw new NotFoundError(entity, id);
  return found;
}
