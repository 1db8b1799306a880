import { ReminderDefaults, ReminderDefaultsResponse } from '@koers/domain';
import { defineContracts, json } from './contract';

/** The organisation's settings (HR only; anyone else 403 hr-only). */
export const organisationContracts = defineContracts({
  reminderDefaults: {
    method: 'GET',
    path: 'organisation/reminder-defaults',
    summary: "The organisation's reminder defaults: check-in cadence, days before a milestone or deadline, the digest's stale threshold (HR only; others 403 hr-only)",
    tags: ['organisation'],
    auth: 'bearer',
    response: json('ReminderDefaultsResponse', ReminderDefaultsResponse),
    problems: [403, 404],
  },
  setReminderDefaults: {
    method: 'PUT',
    path: 'organisation/reminder-defaults',
    summary:
      "Change the organisation's reminder defaults (HR only; If-Match required, 412 when stale). Takes effect at once: every agreed plan's future reminders are re-planned (plans with their own cadence keep it); a large organisation's plans beyond what a request may take are counted in pendingPlans and follow in the nightly renewal",
    tags: ['organisation'],
    auth: 'bearer',
    ifMatch: 'required',
    body: ReminderDefaults,
    response: json('ReminderDefaultsResponse', ReminderDefaultsResponse),
    problems: [400, 403, 404, 412],
  },
});
