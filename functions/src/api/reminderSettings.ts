import { contracts } from '@koers/contracts';
import { canManageOrganisation, ForbiddenError, NotFoundError } from '@koers/domain';
import { answer, defineRoute } from '../http/defineRoute';
import type { ReminderDefaultsService } from '@koers/app';
import type { RouteDefinition, Services } from './services';

/**
 * Reminder settings over HTTP (contracts in @koers/contracts): a plan's own cadence or pause (its
 * two parties), and the organisation's defaults (HR).
 */

export const popRemindersRoute = defineRoute(contracts.popReminders, async ({ actor, params, body, services }) => {
  const preferences = services.reminderPreferences;
  if (!preferences) throw new NotFoundError('Route', contracts.popReminders.path);
  return preferences.set(actor, params.id, body);
});

function serviceOf(services: Services): ReminderDefaultsService {
  if (!services.reminderDefaults) throw new NotFoundError('Route', contracts.reminderDefaults.path);
  return services.reminderDefaults;
}

export const reminderDefaultsRoute = defineRoute(contracts.reminderDefaults, async ({ actor, services }) => {
  const defaults = await serviceOf(services).get(actor);
  return answer(defaults, { etag: defaults.etag });
});

export const setReminderDefaultsRoute = defineRoute(
  contracts.setReminderDefaults,
  async ({ actor, body, ifMatch, services }) => {
    const defaults = await serviceOf(services).set(actor, body, ifMatch);
    return answer(defaults, { etag: defaults.etag });
  },
  {
    // Who may comes before what they sent: a colleague learns nothing from a 400.
    authorize: ({ actor, services }) => {
      serviceOf(services);
      if (!canManageOrganisation(actor)) throw new ForbiddenError('hr-only');
    },
  },
);

export const reminderDefaultsRoutes: RouteDefinition[] = [reminderDefaultsRoute, setReminderDefaultsRoute];
