import type { CreateEntryInput, PortfolioResponse, TimelineItem, UpdateEntryInput, Visibility } from '@koers/domain';
import { compareTimeline } from '@koers/domain';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useKoersApi } from './KoersApiContext';
import { queryKeys } from './queryKeys';
import { formSeed } from './reads';

/** Someone's timeline as the caller may see it (their own, or a report's shared entries). */
export function usePortfolio(employeeId: string) {
  const api = useKoersApi();
  return useQuery({ queryKey: queryKeys.portfolio(employeeId), queryFn: ({ signal }) => api.portfolio.get(employeeId, signal), ...formSeed });
}

function upsert(items: readonly TimelineItem[], item: TimelineItem): TimelineItem[] {
  return [...items.filter((i) => i.id !== item.id), item].sort(compareTimeline);
}

/** The owner's timeline in the cache, changed in place by `change` (the answers carry the item, not the timeline). */
function changeTimeline(client: QueryClient, employeeId: string, change: (items: readonly TimelineItem[]) => TimelineItem[]): void {
  client.setQueryData<PortfolioResponse>(queryKeys.portfolio(employeeId), (portfolio) => portfolio && { ...portfolio, items: change(portfolio.items) });
  // The home page counts what the manager sees of the portfolio.
  void client.invalidateQueries({ queryKey: queryKeys.home() });
}

/** Writes to `employeeId`'s own timeline: add (idempotent by `requestId`), edit and delete (If-Match), and the switch per item. */
export function usePortfolioWrites(employeeId: string) {
  const api = useKoersApi();
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: (request: CreateEntryInput) => api.portfolio.add(request),
    onSuccess: ({ created: _created, ...item }) => changeTimeline(client, employeeId, (items) => upsert(items, item)),
  });
  const update = useMutation({
    mutationFn: ({ id, etag, content }: { id: string; etag: string; content: UpdateEntryInput }) => api.portfolio.update(id, etag, content),
    onSuccess: ({ created: _created, ...item }) => changeTimeline(client, employeeId, (items) => upsert(items, item)),
  });
  const remove = useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) => api.portfolio.remove(id, etag),
    onSuccess: (_nothing, { id }) => changeTimeline(client, employeeId, (items) => items.filter((i) => i.id !== id)),
  });
  const setVisibility = useMutation({
    mutationFn: ({ id, visibility }: { id: string; visibility: Visibility }) => api.portfolio.setVisibility(id, visibility),
    onSuccess: (item) => changeTimeline(client, employeeId, (items) => upsert(items, item)),
  });
  return { add, update, remove, setVisibility };
}
