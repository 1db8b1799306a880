import { contracts, type DirectorySyncResponse, type FirstSyncResponse, type OnboardingStatusResponse, type OrganisationProfileResponse } from '@koers/contracts';
import type { OrganisationProfile, ReminderDefaults, ReminderDefaultsResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

/** HR's organisation settings (@koers/contracts' organisation routes): answers checked against their contract. */
export interface OrganisationApi {
  reminderDefaults(signal?: AbortSignal): Promise<ReminderDefaultsResponse>;
  /** `etag` is the one the form was loaded with (If-Match): someone else's save meanwhile is 412. */
  saveReminderDefaults(etag: string, defaults: ReminderDefaults): Promise<ReminderDefaultsResponse>;
  /** *Nu synchroniseren*: the directory's changes, read now. */
  syncDirectory(): Promise<DirectorySyncResponse>;
  /** The onboarding: consent, sync progress and the profile to start from (works before Koers knows the organisation). */
  onboardingStatus(signal?: AbortSignal): Promise<OnboardingStatusResponse>;
  startOnboarding(profile: OrganisationProfile): Promise<unknown>;
  /** The first directory sync; its progress shows in onboardingStatus meanwhile. */
  firstSync(): Promise<FirstSyncResponse>;
  /** *Organisatie*: the profile with the etag to save it under. */
  profile(signal?: AbortSignal): Promise<OrganisationProfileResponse>;
  saveProfile(etag: string, profile: OrganisationProfile): Promise<OrganisationProfileResponse>;
}

export function organisationApi(call: AuthorizedCall): OrganisationApi {
  const client = apiClient(call);
  return {
    reminderDefaults: (signal) => client.call(contracts.reminderDefaults, { signal }),
    saveReminderDefaults: (etag, defaults) => client.call(contracts.setReminderDefaults, { body: defaults, ifMatch: etag }),
    syncDirectory: () => client.call(contracts.syncDirectory, {}),
    onboardingStatus: (signal) => client.call(contracts.onboardingStatus, { signal }),
    startOnboarding: (profile) => client.call(contracts.startOnboarding, { body: profile }),
    firstSync: () => client.call(contracts.onboardingSync, {}),
    profile: (signal) => client.call(contracts.organisationProfile, { signal }),
    saveProfile: (etag, profile) => client.call(contracts.setOrganisationProfile, { body: profile, ifMatch: etag }),
  };
}
