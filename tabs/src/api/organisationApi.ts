import { ReminderDefaultsResponse, type ReminderDefaults } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';

/** HR's organisation settings (domain/src/reminders/defaults.ts): answers checked against the domain's zod shapes. */
export interface OrganisationApi {
  reminderDefaults(signal?: AbortSignal): Promise<ReminderDefaultsResponse>;
  /** `etag` is the one the form was loaded with (If-Match): someone else's save meanwhile is 412. */
  saveReminderDefaults(etag: string, defaults: ReminderDefaults): Promise<ReminderDefaultsResponse>;
}

const PATH = '/organisation/reminder-defaults';

export function organisationApi(call: AuthorizedCall): OrganisationApi {
  return {
    reminderDefaults: (signal) => call({ path: PATH, schema: ReminderDefaultsResponse, signal }),
    saveReminderDefaults: (etag, defaults) => call({ method: 'PUT', path: PATH, body: defaults, ifMatch: etag, schema: ReminderDefaultsResponse }),
  };
}
