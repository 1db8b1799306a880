import type { ReminderDefaults } from '@koers/domain';
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
