import type { ApprovePopRequest, PopResponse, ReminderPreferencesRequest } from '@koers/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KoersApi } from '../api/koersApi';
import type { RevisePopInput } from '../api/popApi';
import { useKoersApi } from './KoersApiContext';
import { adoptPop } from './popWrites';
import { queryKeys } from './queryKeys';
import { formSeed } from './reads';

export { useCreatePop, useRecordPopProgress } from './popWrites';

export const popQuery = (api: KoersApi, id: string) => queryOptions({ queryKey: queryKeys.pop(id), queryFn: ({ signal }) => api.pop.get(id, signal) });

/** An employee's plans, newest first. */
export function usePops(employeeId: string) {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.pops(employeeId), queryFn: ({ signal }) => api.pop.list(employeeId, signal) });
}

/** One plan with its versions, approvals and progress. */
export function usePop(id: string) {
  return useQuery({ ...popQuery(useKoersApi(), id), ...formSeed });
}

/**
 * The agreed follow-up rhythm's dates and states. `agreedVersion` is part of the key's use: a new
 * agreement (another rhythm) reads them again.
 */
export function usePopFollowUps(id: string, agreedVersion: number | undefined) {
  const api = useKoersApi();
  return useQuery({ queryKey: [...queryKeys.popFollowUps(id), agreedVersion ?? 0] as const, queryFn: ({ signal }) => api.pop.followUps(id, signal), enabled: agreedVersion !== undefined });
}

/** The plan as it is now, read again (after "changed meanwhile", or after a change the answer does not carry). */
export function useReloadPop() {
  const api = useKoersApi();
  const client = useQueryClient();
  return (id: string) => client.fetchQuery({ ...popQuery(api, id), staleTime: 0 });
}

/** `etag` is the view's (If-Match): a stale one, or an older `baseVersion`, is 412. */
export function useRevisePop() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, request }: { id: string; etag: string; request: RevisePopInput }) => api.pop.revise(id, etag, request),
    onSuccess: (view) => adoptPop(client, view),
  });
}

/** Approves the version named in the request (number and hash): a stale one is 412. */
export function useApprovePop() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: ApprovePopRequest }) => api.pop.approve(id, request),
    onSuccess: (view) => adoptPop(client, view),
  });
}

/**
 * Pause or change reminders (never a new version). The answer holds only the preferences, while
 * the plan's document and its etag changed: the plan is read again by whoever shows it.
 */
export function useSavePopReminders() {
  const api = useKoersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: ReminderPreferencesRequest }) => api.pop.reminders(id, request),
    onSuccess: (saved, { id }) =>
      client.setQueryData<PopResponse>(queryKeys.pop(id), (view) => view && { ...view, pop: { ...view.pop, reminderPreferences: saved.reminderPreferences } }),
  });
}
