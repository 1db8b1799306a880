import {
  DevClockRequest,
  DevClockResponse,
  DevPersonasResponse,
  DevReminderRunResponse,
  DevTokenRequest,
  DevTokenResponse,
  readAll,
  type DevPersona,
} from '@koers/domain';
import { z } from 'zod';
import { readJson } from '../http/body';
import type { DispatchSummary, ReminderDispatcher } from '../reminders/dispatcher';
import { handle, json } from '../http/handle';
import { HttpProblem } from '../http/problem';
import type { RouteDefinition, Services } from './services';

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

const JsonWebKeySet = z.object({ keys: z.array(z.record(z.string(), z.unknown())) });

export const devJwksRoute: RouteDefinition = {
  name: 'devJwks',
  methods: ['GET'],
  route: 'dev/jwks',
  doc: {
    summary: 'Local mode only: the dev issuer\'s public signing keys (JWKS)',
    tags: ['dev'],
    auth: 'none',
    response: { name: 'JsonWebKeySet', schema: JsonWebKeySet, contentType: 'application/jwk-set+json' },
  },
  make: (services) =>
    handle(async () => ({
      status: 200,
      headers: { 'Content-Type': 'application/jwk-set+json', 'Cache-Control': 'public, max-age=300' },
      jsonBody: issuerOf(services).jwks(),
    })),
};

export const devTokenRoute: RouteDefinition = {
  name: 'devToken',
  methods: ['POST'],
  route: 'dev/token',
  doc: {
    summary: 'Local mode only: an access token for a seeded person, by email',
    tags: ['dev'],
    auth: 'none',
    body: DevTokenRequest,
    response: { name: 'DevTokenResponse', schema: DevTokenResponse },
    problems: [400, 404, 413, 415],
  },
  make: (services) =>
    handle(async (request) => {
      const issuer = issuerOf(services);
      const { user } = await readJson(request, DevTokenRequest);
      const { organisations, people } = services.stores;
      for (const tenantId of await organisations.listTenantIds()) {
        const found = await people.findByEmail(tenantId, user);
        if (!found) continue;
        const person = found.value;
        const accessToken = await issuer.mint(
          { tenantId: person.tenantId, userId: person.id, name: person.displayName, email: person.email },
          services.clock.now(),
        );
        return json(DevTokenResponse.parse({ accessToken }));
      }
      throw new HttpProblem(404, 'not-found');
    }),
};

export const devPersonasRoute: RouteDefinition = {
  name: 'devPersonas',
  methods: ['GET'],
  route: 'dev/personas',
  doc: {
    summary: 'Local mode only: the seeded people, for the persona switch',
    tags: ['dev'],
    auth: 'none',
    response: { name: 'DevPersonasResponse', schema: DevPersonasResponse },
  },
  make: (services) =>
    handle(async () => {
      const { organisations, people } = services.stores;
      const personas: DevPersona[] = [];
      for (const tenantId of await organisations.listTenantIds()) {
        const organisation = await organisations.get(tenantId);
        if (!organisation) continue;
        const members = await readAll((page) => people.listTenant(tenantId, page));
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
      return json(DevPersonasResponse.parse({ personas }));
    }),
};

const clockNow = (services: Services) => json(DevClockResponse.parse({ now: services.clock.now().toISOString() }));

export const devClockRoute: RouteDefinition = {
  name: 'devClock',
  methods: ['GET'],
  route: 'dev/clock',
  doc: {
    summary: "Local mode only: the local clock's now (KOERS_CLOCK_START, or the real time)",
    tags: ['dev'],
    auth: 'none',
    response: { name: 'DevClockResponse', schema: DevClockResponse },
  },
  make: (services) => handle(async () => clockNow(services)),
};

export const devSetClockRoute: RouteDefinition = {
  name: 'devSetClock',
  methods: ['POST'],
  route: 'dev/clock',
  doc: {
    summary: 'Local mode only: move the local clock forward to `now`; it runs on from there',
    tags: ['dev'],
    auth: 'none',
    body: DevClockRequest,
    response: { name: 'DevClockResponse', schema: DevClockResponse },
  },
  make: (services) =>
    handle(async (request) => {
      const clock = devClockOf(services);
      const { now } = await readJson(request, DevClockRequest);
      try {
        clock.set(new Date(now));
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw new HttpProblem(400, 'validation', { errors: [{ path: 'now', message: `the local clock only moves forward (it is ${services.clock.now().toISOString()})` }] });
      }
      return clockNow(services);
    }),
};

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

export const devRunRemindersRoute: RouteDefinition = {
  name: 'devRunReminders',
  methods: ['POST'],
  route: 'dev/reminders/run',
  doc: {
    summary:
      "Local mode only: a reminder dispatcher pass now, as the five-minute timer runs it (again after a tenant another pass was working); answers the counts",
    tags: ['dev'],
    auth: 'none',
    response: { name: 'DevReminderRunResponse', schema: DevReminderRunResponse },
  },
  make: (services) =>
    handle(async () => {
      if (!services.reminders) throw new Error('no reminder dispatcher configured');
      return json(DevReminderRunResponse.parse(await passUntilNoneBusy(services.reminders)));
    }),
};
