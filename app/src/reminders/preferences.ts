import type {
  ReminderPreferencesResponse} from '@koers/domain';
import {
  ConcurrencyError,
  NotFoundError,
  ReminderPreferences,
  ReminderPreferencesRequest,
  setReminderPreferences,
  type Person,
  type Stored,
  type Pop,
} from '@koers/domain';
import { forCurrentPartiesOnly } from '../directory/currentParty';
import { goalReminderHook, type GoalReminderDeps } from './scheduleGoalReminders';

/**
 * Pausing or changing a goal's reminders: either party of a plan sets the
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
      let stored: Stored<Pop> = await forCurrentPartiesOnly(deps.stores.people, actor, await deps.stores.pops.findById(actor.tenantId, popId), 'Pop', popId);
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
