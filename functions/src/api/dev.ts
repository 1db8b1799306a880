import { contracts, type DevPersona } from '@koers/contracts';
import type { DispatchSummary, ReminderDispatcher } from '../reminders/dispatcher';
import { answer, defineRoute } from '../http/defineRoute';
import { HttpProblem } from '../http/problem';
import type { Services } from './services';
import { claimOfRoles, readAll, rolesFromAssignments } from '@koers/domain';

/**
 * Local mode's sign-in: the dev issuer's keys, a token for any seeded person, and the list of
 * people for the tab's persona switch; and local time: the dev clock, and one reminder dispatcher
 * pass on demand. composition.ts lists these routes only in local mode, so in Azure they do not
 * exist at all (404), rather than existing and refusing.
 */

function issuerOf(services: Services) {
  if (!services.devIssuer) throw new Error('dev routes need the dev issuer (local mode only)');
  return services.devIssuer;
}

function devClockOf(services: Services) {
  if (!services.devClock) throw new Error('dev routes need the dev clock (local mode only)');
  return services.devClock;
}

export const devJwksRoute = defineRoute(contracts.devJwks, async ({ services }) =>
  answer({ keys: issuerOf(services).jwks().keys.map((key) => ({ ...key })) }, { headers: { 'Cache-Control': 'public, max-age=300' } }),
);

export const devTokenRoute = defineRoute(contracts.devToken, async ({ body: { user }, services }) => {
  const issuer = issuerOf(services);
  const { organisations, people } = services.stores;
  // Entra ID puts the user's directory roles in `wids`; locally the Graph stand-in's file says which.
  const inDirectory = services.devDirectory?.userByEmail(user);
  const wids = inDirectory?.directoryRoleTemplateIds ?? [];
  for (const tenantId of await organisations.listTenantIds()) {
    const found = await people.findByEmail(tenantId, user);
    if (!found) continue;
    const person = found.value;
    // Entra ID writes the user's app roles into the token; locally the stored assignments say which.
    const assignments = await services.stores.roleAssignments.listForPrincipal(person.tenantId, person.id);
    const accessToken = await issuer.mint(
      { tenantId: person.tenantId, userId: person.id, name: person.displayName, email: person.email, roles: claimOfRoles(rolesFromAssignments(assignments, person.id)), wids },
      services.clock.now(),
    );
    return { accessToken };
  }
  // Someone of an organisation Koers does not know yet (its admin, about to set it up): the token
  // Entra ID would give them, with the app roles the directory assigns.
  if (inDirectory) {
    const roles = claimOfRoles(rolesFromAssignments(inDirectory.appRoleIds.map((appRoleId) => ({ principalId: inDirectory.id, appRoleId })), inDirectory.id));
    const accessToken = await issuer.mint(
      { tenantId: inDirectory.tenantId, userId: inDirectory.id, name: inDirectory.displayName, email: inDirectory.email, roles, wids },
      services.clock.now(),
    );
    return { accessToken };
  }
  throw new HttpProblem(404, 'not-found');
}, {
  // Anyone on this machine may ask for a token: at most a burst of them, then about one a second.
  authorize: ({ services }) => services.quotas?.take([{ name: 'devToken', key: 'dev-issuer' }]),
});

export const devPersonasRoute = defineRoute(contracts.devPersonas, async ({ services }) => {
  const { organisations, people } = services.stores;
  const personas: DevPersona[] = [];
  for (const tenantId of await organisations.listTenantIds()) {
    const organisation = await organisations.get(tenantId);
    if (!organisation) continue;
    // Someone who left has no access: no persona either.
    const members = (await readAll((page) => people.listTenant(tenantId, page))).filter((p) => !p.leftAt);
    // Directory order: the organisation's head first, then by object id as SAMPLE-ORG.md lists them.
    members.sort((a, b) => Number(Boolean(a.managerId)) - Number(Boolean(b.managerId)) || a.id.localeCompare(b.id));
    for (const person of members) {
      personas.push({
        email: person.email,
        displayName: person.displayName,
        jobTitle: person.jobTitle,
        organisation: organisation.value.name,
        tenantId,
      });
    }
  }
  // Locally, the people of an organisation Koers does not know yet (KOERS_SAMPLE_ONBOARDING): its
  // administrator signs in to the onboarding, a colleague sees whom to ask.
  const known = new Set(await organisations.listTenantIds());
  for (const user of services.devDirectory?.directoryUsers() ?? []) {
    if (known.has(user.tenantId)) continue;
    personas.push({ email: user.email, displayName: user.displayName, ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}), organisation: user.organisationName, tenantId: user.tenantId });
  }
  return { personas };
});

/** Local mode's bell: the person's own notifications only (the token says who), none without a local Graph. */
export const devNotificationsRoute = defineRoute(contracts.devNotifications, async ({ actor, services }) => ({
  notifications: (services.devActivityFeed?.activityFeed(actor.tenantId, actor.id) ?? []).map((n) => ({
    activityType: n.activityType,
    topic: n.topic,
    ...(n.previewText ? { previewText: n.previewText } : {}),
    templateParameters: n.templateParameters,
    receivedAt: n.receivedAt,
  })),
}));

const clockNow = (services: Services) => ({ now: services.clock.now().toISOString() });

export const devClockRoute = defineRoute(contracts.devClock, async ({ services }) => clockNow(services));

export const devSetClockRoute = defineRoute(contracts.devSetClock, async ({ body: { now }, services }) => {
  try {
    devClockOf(services).set(new Date(now));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new HttpProblem(400, 'validation', { errors: [{ path: 'now', message: `the local clock only moves forward (it is ${services.clock.now().toISOString()})` }] });
  }
  return clockNow(services);
});

/** How long the on-demand run waits for a tenant another pass is working, and how often it looks. */
const BUSY_WAIT_MS = 15_000;
const BUSY_RETRY_MS = 250;

/**
 * Dispatcher passes until none found a tenant busy: a busy tenant is being worked by another pass
 * (the five-minute timer's), which may have read the clock before POST /api/dev/clock moved it.
 * So when this answers, every tenant was worked by a pass that began after the request (or
 * `leaseBusy` says which stayed busy). Counts add up over the passes; `tenants` is the most any
 * one pass worked.
 */
async function passUntilNoneBusy(dispatcher: ReminderDispatcher): Promise<DispatchSummary> {
  const until = Date.now() + BUSY_WAIT_MS;
  const total = await dispatcher.run();
  while (total.leaseBusy > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
    const next = await dispatcher.run();
    for (const key of ['bundles', 'sent', 'skipped', 'deferred', 'failed', 'dead', 'recovered'] as const) total[key] += next[key];
    total.tenants = Math.max(total.tenants, next.tenants);
    total.leaseBusy = next.leaseBusy;
  }
  return total;
}

export const devRunRemindersRoute = defineRoute(contracts.devRunReminders, async ({ services }) => {
  if (!services.reminders) throw new Error('no reminder dispatcher configured');
  return passUntilNoneBusy(services.reminders);
});
