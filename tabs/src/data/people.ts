import type { MeResponse } from '@koers/contracts';
import type { Locale } from '@koers/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { peopleApi, type PeopleApi } from '../api/peopleApi';
import { useApi } from './apiContext';
import { queryKeys } from './queryKeys';

export const meQuery = (api: PeopleApi) => queryOptions({ queryKey: queryKeys.me(), queryFn: ({ signal }) => api.me(signal) });

/** Who is signed in: their roles, manager, reports and organisation. */
export function useMe() {
  return useQuery(meQuery(useApi(peopleApi)));
}

/**
 * The language Koers speaks to me: saved, then /me carries it at once, so the tab's texts switch
 * without a reload (SignedInApp hands /me's locale to Root) and the chat reads the same record.
 */
export function useSetMyLanguage() {
  const api = useApi(peopleApi);
  const client = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale | null) => api.setMyLanguage(locale),
    onSuccess: (saved) =>
      client.setQueryData<MeResponse>(queryKeys.me(), (me) => {
        if (!me) return me;
        const { chosenLocale: _previous, ...rest } = me.me;
        return { ...me, me: { ...rest, locale: saved.locale, ...(saved.chosenLocale ? { chosenLocale: saved.chosenLocale } : {}) } };
      }),
  });
}
