import { contracts } from '@koers/contracts';
import type { CreateEntryInput, EntryResponse as Entry, PortfolioResponse as Portfolio, TimelineItem as Item, UpdateEntryInput, Visibility } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';

export interface PortfolioApi {
  /** Someone's timeline as the caller may see it (their own, or a report's shared entries). */
  get(employeeId: string, signal?: AbortSignal): Promise<Portfolio>;
  /** Idempotent by `request.requestId`: one intent adds one entry, however often it is sent. */
  add(request: CreateEntryInput): Promise<Entry>;
  update(id: string, etag: string, content: UpdateEntryInput): Promise<Entry>;
  remove(id: string, etag: string): Promise<void>;
  setVisibility(id: string, visibility: Visibility): Promise<Item>;
}

export function portfolioApi(call: AuthorizedCall): PortfolioApi {
  const client = apiClient(call);
  return {
    get: (employeeId, signal) => client.call(contracts.portfolio, { query: { employeeId }, signal }),
    add: (request) => client.call(contracts.addPortfolioEntry, { body: request }),
    update: (id, etag, content) => client.call(contracts.updatePortfolioEntry, { params: { id }, body: content, ifMatch: etag }),
    remove: (id, etag) => client.call(contracts.deletePortfolioEntry, { params: { id }, ifMatch: etag }),
    setVisibility: (id, visibility) => client.call(contracts.portfolioEntryVisibility, { params: { id }, body: { visibility } }),
  };
}
