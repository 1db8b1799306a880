import type { SavePreparationInput } from '@koers/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KoersApi } from '../api/koersApi';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';
import { formSeed } from './reads';

export const preparationQuery = (api: KoersApi, conversationId: string) =>
  queryOptions({ queryKey: queryKeys.preparation(conversationId), queryFn: ({ signal }) => api.preparation(conversationId, signal) });

/** My preparation of one conversation (and, for the manager, what the employee shared). */
export function usePreparation(conversationId: string) {
  return useQuery({ ...preparationQuery(useKoersApi(), conversationId), ...formSeed });
}

/** The newest preparation, read now (after "changed meanwhile"). */
export function useReloadPreparation() {
  const api = useKoersApi();
  const client = useQueryClient();
  return (conversationId: string) => client.fetchQuery({ ...preparationQuery(api, conversationId), staleTime: 0 });
}

/** `etag` is absent for the first save; a stale one is 412. "Voorbereid" shows on the manager's card. */
export function useSavePreparation() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ conversationId, etag, body }: { conversationId: string; etag: string | undefined; body: SavePreparationInput }) =>
      api.savePreparation(conversationId, etag, body),
    onSuccess: (saved, { conversationId }) => {
      client.setQueryData(queryKeys.preparation(conversationId), saved);
      // The home pages say how far the preparation is, and what the manager sees of it.
      return Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.conversation(conversationId) }),
        client.invalidateQueries({ queryKey: queryKeys.home() }),
        // The self-assessment counts in the career options' gaps.
        client.invalidateQueries({ queryKey: queryKeys.lists.careerOptions() }),
      ]).then(() => undefined);
    },
  });
}
