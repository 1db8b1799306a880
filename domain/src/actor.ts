import { z } from 'zod';
import type { Person } from './people';

/**
 * Who may do what. A person's own data is theirs without any role; beyond that Koers grants three
 * roles, and none of them is stored on the person, so editing a document cannot make anyone HR:
 *
 * - `hr` and `admin` are Entra ID app roles of the Koers app registration (`Koers.HR`,
 *   `Koers.Admin`, aad.manifest.json), assigned by the customer's administrator. The tab's API
 *   calls read them from the access token's `roles` claim; the bot and the timers, which have no
 *   user token, read the app-role assignments the directory sync stored (RoleAssignmentStore).
 * - `manager` follows from the directory: someone reports to the person, or has them as
 *   gesprekspartner (the colleague HR appointed to hold their career conversations).
 */
export const Role = z.enum(['manager', 'hr', 'admin']);
export type Role = z.infer<typeof Role>;

/** The app roles of aad.manifest.json. Graph's assignments name the id, the token's `roles` claim the value. */
export const KOERS_APP_ROLES = [
  { id: '4dc512f6-b72c-4e0e-9247-8cc7b49406cc', value: 'Koers.HR', role: 'hr' },
  { id: 'bc5ff124-d261-46de-a21c-60025097201c', value: 'Koers.Admin', role: 'admin' },
] as const satisfies readonly { id: string; value: string; role: Role }[];

export type KoersAppRoleValue = (typeof KOERS_APP_ROLES)[number]['value'];

/**
 * The role template id of Entra ID's Global Administrator, as the token's `wids` claim lists it.
 * It grants nothing in Koers except the first onboarding (mayOnboard).
 */
export const GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';

/** The signed-in person (or whoever the bot is talking to) with the roles Koers grants them now. */
export type Actor = Person & { readonly roles: readonly Role[] };

export function hasRole(actor: Pick<Actor, 'roles'>, role: Role): boolean {
  return actor.roles.includes(role);
}

/** `hr`/`admin` from the token's `roles` claim; values of other apps or unknown ones grant nothing. */
export function rolesFromClaim(values: readonly string[] | undefined): Role[] {
  return KOERS_APP_ROLES.filter((r) => values?.includes(r.value)).map((r) => r.role);
}

/** The app-role values a token carries for these roles: what Entra ID puts in `roles` (and the dev issuer). */
export function claimOfRoles(roles: readonly Role[]): KoersAppRoleValue[] {
  return KOERS_APP_ROLES.filter((r) => roles.includes(r.role)).map((r) => r.value);
}

/** `hr`/`admin` from stored app-role assignments of one person (the bot's and the timers' way). */
export function rolesFromAssignments(assignments: readonly { principalId: string; appRoleId: string }[], personId: string): Role[] {
  const mine = assignments.filter((a) => a.principalId.toLowerCase() === personId.toLowerCase()).map((a) => a.appRoleId.toLowerCase());
  return KOERS_APP_ROLES.filter((r) => mine.includes(r.id)).map((r) => r.role);
}

/**
 * True when `leaderId` leads the person: their manager in the directory, or the gesprekspartner HR
 * set. Either has a manager's access to them; the conversations go to the gesprekspartner when
 * there is one (conversationPartnerOf).
 */
export function isLeaderOf(person: Pick<Person, 'managerId' | 'gesprekspartnerId'>, leaderId: string): boolean {
  return person.managerId === leaderId || person.gesprekspartnerId === leaderId;
}

/** True when anyone of the person's organisation reports to them or has them as gesprekspartner. */
export function leadsAnyone(person: Pick<Person, 'id' | 'tenantId'>, people: readonly Pick<Person, 'tenantId' | 'managerId' | 'gesprekspartnerId'>[]): boolean {
  return people.some((p) => p.tenantId === person.tenantId && isLeaderOf(p, person.id));
}

/** The people of `people` who lead someone (manager role), for timers that read a whole tenant at once. */
export function leadersAmong<P extends Pick<Person, 'id' | 'tenantId' | 'managerId' | 'gesprekspartnerId'>>(people: readonly P[]): P[] {
  return people.filter((p) => leadsAnyone(p, people));
}

/**
 * The actor: the person, the app roles granted to them (from the token or the stored
 * assignments), and `manager` when they lead someone. Any `roles` a caller's object carries is
 * replaced, never merged.
 */
export function actorOf(person: Person, granted: readonly Role[], leads: boolean): Actor {
  const roles = Role.options.filter((role) => (role === 'manager' ? leads : granted.includes(role)));
  return { ...person, roles };
}

/**
 * Who may run the onboarding of an organisation: a Koers.Admin; and, as long as the organisation
 * has no Koers.Admin yet, a Global Administrator of its tenant (the token's `wids` claim) — the
 * person who can assign the app roles in the first place. Nothing else looks at `wids`.
 */
export function mayOnboard(
  actor: Pick<Actor, 'roles'>,
  token: { wids?: readonly string[] },
  organisation: { hasKoersAdmin: boolean },
): boolean {
  if (hasRole(actor, 'admin')) return true;
  return !organisation.hasKoersAdmin && (token.wids ?? []).some((w) => w.toLowerCase() === GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID);
}
