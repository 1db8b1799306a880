import {
  canManageOrganisation,
  NotFoundError,
  ReminderDefaults,
  ReminderDefaultsResponse,
  ReminderPreferencesRequest,
  ReminderPreferencesResponse,
} from '@koers/domain';
import type { ReminderDefaultsService } from '@koers/app';
import { z } from 'zod';
import { readJson, readParams } from '../http/body';
import { handle, json } from '../http/handle';
import { requiredIfMatch } from '../http/ifMatch';
import { HttpProblem } from '../http/problem';
import { withAuth } from '../http/withAuth';
import type { RouteDefinition } from './services';

/**
 * Reminder settings over HTTP: a plan's own cadence or pause (its two parties), and the
 * organisation's defaults (HR).
 */

const Params = z.object({ id: z.string().min(1).max(100) });

export const popRemindersRoute: RouteDefinition = {
  name: 'popReminders',
  methods: ['PUT'],
  route: 'pops/{id}/reminders',
  doc: {
    summary: "Pause or change a plan's reminders: the plan's or a goal's check-in cadence, or pause a goal (its two parties; never a new version)",
    tags: ['pop'],
    auth: 'bearer',
    params: Params,
    body: ReminderPreferencesRequest,
    response: { name: 'ReminderPreferencesResponse', schema: ReminderPreferencesResponse },
    problems: [400, 404, 422],
  },
  make: (services) =>
    handle(
      withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person }) => {
        const preferences = services.reminderPreferences;
        if (!preferences) throw new NotFoundError('Route', 'pops/{id}/reminders');
        const { id } = readParams(request, Params);
        return json(ReminderPreferencesResponse.parse(await preferences.set(person, id, await readJson(request, ReminderPreferencesRequest))));
      }),
    ),
};

const ROUTE = 'organisation/reminder-defaults';

function serviceOf(services: Parameters<RouteDefinition['make']>[0]): ReminderDefaultsService {
  if (!services.reminderDefaults) throw new NotFoundError('Route', ROUTE);
  return services.reminderDefaults;
}

function answer(body: ReminderDefaultsResponse) {
  const valid = ReminderDefaultsResponse.parse(body);
  return json(valid, 200, { ETag: valid.etag });
}

export const reminderDefaultsRoute: RouteDefinition = {
  name: 'reminderDefaults',
  methods: ['GET'],
  route: ROUTE,
  doc: {
    summary: "The organisation's reminder defaults: check-in cadence, days before a milestone or deadline, the digest's stale threshold (HR only; others 403 hr-only)",
    tags: ['organisation'],
    auth: 'bearer',
    response: { name: 'ReminderDefaultsResponse', schema: ReminderDefaultsResponse },
    problems: [403, 404],
  },
  make: (services) =>
    handle(
      withAuth({ validator: services.validator, people: services.stores.people }, async (_request, _context, { person }) =>
        answer(await serviceOf(services).get(person)),
      ),
    ),
};

export const setReminderDefaultsRoute: RouteDefinition = {
  name: 'setReminderDefaults',
  methods: ['PUT'],
  route: ROUTE,
  doc: {
    summary:
      "Change the organisation's reminder defaults (HR only; If-Match required, 412 when stale). Takes effect at once: every agreed plan's future reminders are re-planned (plans with their own cadence keep it); a large organisation's plans beyond what a request may take are counted in pendingPlans and follow in the nightly renewal",
    tags: ['organisation'],
    auth: 'bearer',
    body: ReminderDefaults,
    response: { name: 'ReminderDefaultsResponse', schema: ReminderDefaultsResponse },
    problems: [400, 403, 404, 412, 428],
  },
  make: (services) =>
    handle(
      withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person }) => {
        const service = serviceOf(services);
        // Who may comes before what they sent: a colleague learns nothing from a 400.
        if (!canManageOrganisation(person)) throw new HttpProblem(403, 'hr-only');
        const ifMatch = requiredIfMatch(request);
        return answer(await service.set(person, await readJson(request, ReminderDefaults), ifMatch));
      }),
    ),
};

export const reminderDefaultsRoutes: RouteDefinition[] = [reminderDefaultsRoute, setReminderDefaultsRoute];
