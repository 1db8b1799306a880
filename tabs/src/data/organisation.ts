import type { OrganisationProfile, ReminderDefaults } from '@koers/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KoersApi } from '../api/koersApi';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';
import { formSeed } from './reads';

const reminderDefaultsQuery = (api: KoersApi) =>
  queryOptions({ queryKey: queryKeys.reminderDefaults(), queryFn: ({ signal }) => api.organisation.reminderDefaults(signal) });

/** HR's reminder defaults for the organisation, with the etag to save them with. */
export function useReminderDefaults() {
  return useQuery({ ...reminderDefaultsQuery(useKoersApi()), ...formSeed });
}

/** The defaults as they are now, read again (after "changed meanwhile"). */
export function useReloadReminderDefaults() {
  const api = useKoersApi();
  const client = useQueryClient();
  return () => client.fetchQuery({ ...reminderDefaultsQuery(api), staleTime: 0 });
}

/** *Nu synchroniseren*: afterwards every list of people (team, colleagues, personas) is read again. */
export function useSyncDirectory() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.organisation.syncDirectory(),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** `etag` is the one the form was loaded with: someone else's save meanwhile is 412. */
export function useSaveReminderDefaults() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, defaults }: { etag: string; defaults: ReminderDefaults }) => api.organisation.saveReminderDefaults(etag, defaults),
    onSuccess: (saved) => client.setQueryData(queryKeys.reminderDefaults(), saved),
  });
}

/**
 * The onboarding's state. While the first sync runs it is read every second (the progress bar);
 * otherwise once.
 */
export function useOnboardingStatus(options: { polling: boolean }) {
  const api = useKoersApi();
  return useQuery({
    queryKey: queryKeys.onboarding(),
    queryFn: ({ signal }) => api.organisation.onboardingStatus(signal),
    refetchInterval: options.polling ? 1_000 : false,
    ...formSeed,
  });
}

export function useStartOnboarding() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (profile: OrganisationProfile) => api.organisation.startOnboarding(profile),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.onboarding() }),
  });
}

export function useFirstSync() {
  const api = useKoersApi();
  return useMutation({ mutationFn: () => api.organisation.firstSync() });
}

const profileQuery = (api: KoersApi) =>
  queryOptions({ queryKey: queryKeys.organisationProfile(), queryFn: ({ signal }) => api.organisation.profile(signal) });

/** *Organisatie*: the profile with the etag to save it under. */
export function useOrganisationProfile() {
  return useQuery({ ...profileQuery(useKoersApi()), ...formSeed });
}

export function useReloadOrganisationProfile() {
  const api = useKoersApi();
  const client = useQueryClient();
  return () => client.fetchQuery({ ...profileQuery(api), staleTime: 0 });
}

/** Saved with the etag the form was loaded with; afterwards the organisation's name and language are read again. */
export function useSaveOrganisationProfile() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, profile }: { etag: string; profile: OrganisationProfile }) => api.organisation.saveProfile(etag, profile),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.organisationProfile(), saved);
      void client.invalidateQueries({ queryKey: queryKeys.me() });
    },
  });
}
