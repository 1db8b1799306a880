import { actorOf, rolesFromAssignments, rolesFromClaim, type Actor, type Person, type PersonStore, type RoleAssignmentStore } from '@koers/domain';

/**
 * The actor of a request or a bot turn: the person with the roles Koers grants them now. App
 * roles come from Entra ID — the access token's `roles` claim where there is one (the tab's API
 * calls), the assignments the directory sync stored where there is none (the bot, the timers);
 * `manager` from the directory (anyone in their team). Never from anything stored on the person.
 */

type Team = { people: Pick<PersonStore, 'listTeam'> };

async function leadsAnyone(stores: Team, person: Person): Promise<boolean> {
  const team = await stores.people.listTeam(person.tenantId, person.id, { maxItems: 1 });
  return team.items.length > 0;
}

/** A signed-in caller: `rolesClaim` is the validated token's `roles` claim. */
export async function actorFromToken(stores: Team, person: Person, rolesClaim: readonly string[] | undefined): Promise<Actor> {
  return actorOf(person, rolesFromClaim(rolesClaim), await leadsAnyone(stores, person));
}

/** Someone without a token at hand (a bot turn, a timer): the app-role assignments the directory sync stored. */
export async function actorFromDirectory(stores: Team & { roleAssignments: Pick<RoleAssignmentStore, 'listForPrincipal'> }, person: Person): Promise<Actor> {
  const [assignments, leads] = await Promise.all([stores.roleAssignments.listForPrincipal(person.tenantId, person.id), leadsAnyone(stores, person)]);
  return actorOf(person, rolesFromAssignments(assignments, person.id), leads);
}
