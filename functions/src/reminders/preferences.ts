import {
  ConcurrencyError,
  isConversationParty,
  NotFoundError,
  ReminderPreferences,
  ReminderPreferencesRequest,
  ReminderPreferencesResponse,
  setReminderPreferences,
  type Person,
  type Stored,
  type Pop,
} from '@koers/domain';
import { z } from 'zod';
import { readJson, readParams } from '../http/body';
import { handle, json } from '../http/handle';
import { withAuth } from '../http/withAuth';
import type { RouteDefinition } from '../api/services';
import { goalReminderHook, type GoalReminderDeps } from './scheduleGoalReminders';

/**
 * "Users can pause or change reminders for a goal" (issue 6): either party of a plan sets the
 * plan's check-in cadence or a goal's (or pauses it). Only Pop.reminderPreferences is written —
 * no version, so no approval is voided — and the plan's reminders are re-scheduled at once.
 */

export interface ReminderPreferencesService {
  set(actor: Person, popId: string, request: ReminderPreferencesRequest): Promise<ReminderPreferencesResponse>;
}

const MAX_ATTEMPTS = 5;

export function createReminderPreferencesService(deps: GoalReminderDeps & { log?: { warn(message: string, fields: Record<string, string>): void } }): ReminderPreferencesService {
  const reschedule = goalReminderHook(deps);
  return {
    async set(actor, popId, raw) {
      const request = ReminderPreferencesRequest.parse(raw);
      const found = await deps.stores.pops.findById(actor.tenantId, popId);
      // Anyone but the two parties gets the same 404 as for no plan (as everywhere for the POP).
      if (!found || !isConversationParty(actor, found.value)) throw new NotFoundError('Pop', popId);
      let stored: Stored<Pop> = found;
      for (let attempt = 1; ; attempt++) {
        const next = setReminderPreferences(stored.value, { ...request, by: actor.id, now: deps.clock.now().toISOString() });
        try {
          await deps.stores.pops.replace(next, stored.etag);
          await reschedule(next);
          return { popId, reminderPreferences: ReminderPreferences.parse(next.reminderPreferences ?? {}) };
        } catch (error) {
          if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
          const again = await deps.stores.pops.get(stored.value.tenantId, stored.value.employeeId, popId);
          if (!again) throw new NotFoundError('Pop', popId);
          stored = again;
        }
      }
    },
  };
}

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
