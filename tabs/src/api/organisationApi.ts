import { contracts, type DirectorySyncResponse } from '@koers/contracts';
import type { ReminderDefaults, ReminderDefaultsResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** HR's organisation settings (@koers/contracts' organisation routes): answers checked against their contract. */
export interface OrganisationApi {
  reminderDefaults(signal?: AbortSignal): Promise<ReminderDefaultsResponse>;
  /** `etag` is the one the form was loaded with (If-Match): someone else's save meanwhile is 412. */
  saveReminderDefaults(etag: string, defaults: ReminderDefaults): Promise<ReminderDefaultsResponse>;
  /** *Nu synchroniseren*: the directory's changes, read now. */
  syncDirectory(): Promise<DirectorySyncResponse>;
}

export function organisationApi(call: AuthorizedCall): OrganisationApi {
  const client = apiClient(call);
  return {
    reminderDefaults: (signal) => client.call(contracts.reminderDefaults, { signal }),
    saveReminderDefaults: (etag, defaults) => client.call(contracts.setReminderDefaults, { body: defaults, ifMatch: etag }),
    syncDirectory: () => client.call(contracts.syncDirectory, {}),
  };
}
