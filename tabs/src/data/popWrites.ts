import type { PopResponse, RecordProgressRequest } from '@koers/domain';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { popWritesApi, type CreatePopInput } from '../api/popWritesApi';
import { useApi } from './apiContext';
import { queryKeys } from './queryKeys';

/** The plan writes the home page makes too; kept apart from ./pop.ts, whose reads bring every contract. */

/** A write's answer is the plan as it is now; its list line (status, titles, version) and the home page changed too. */
export function adoptPop(client: QueryClient, view: PopResponse): Promise<void> {
  client.setQueryData(queryKeys.pop(view.pop.id), view);
  // The home pages show the plan's goals, check-ins and status too.
  return Promise.all([client.invalidateQueries({ queryKey: queryKeys.pops(view.employee.id) }), client.invalidateQueries({ queryKey: queryKeys.home() })]).then(() => undefined);
}

/** Idempotent: by `conversationId` (one plan per conversation), else by `requestId`. */
export function useCreatePop() {
  const api = useApi(popWritesApi);
  const client = useQueryClient();
  return useMutation({ mutationFn: (request: CreatePopInput) => api.create(request), onSuccess: (view) => adoptPop(client, view) });
}

/** A goal changed in a newer version meanwhile is 409 goal-changed. */
export function useRecordPopProgress() {
  const api = useApi(popWritesApi);
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: RecordProgressRequest }) => api.progress(id, request),
    onSuccess: (view) => adoptPop(client, view),
  });
}
