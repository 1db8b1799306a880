import { ReminderPreferencesRequest, ReminderPreferencesResponse } from '@koers/domain';
import { defineContracts, json } from './contract';
import { PopParams } from './pop';

/** A plan's own reminders: its cadence, a goal's cadence, or a goal's pause (its two parties). */
export const reminderContracts = defineContracts({
  popReminders: {
    method: 'PUT',
    path: 'pops/{id}/reminders',
    summary: "Pause or change a plan's reminders: the plan's or a goal's check-in cadence, or pause a goal (its two parties; never a new version)",
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    body: ReminderPreferencesRequest,
    response: json('ReminderPreferencesResponse', ReminderPreferencesResponse),
    problems: [400, 404, 422],
  },
});
