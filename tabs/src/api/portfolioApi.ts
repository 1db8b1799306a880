import type { CreateEntryInput, EntryResponse as Entry, PortfolioResponse as Portfolio, TimelineItem as Item, UpdateEntryInput, Visibility } from '@koers/domain';
import { EntryResponse, PortfolioResponse, TimelineItem } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import type { Parser } from './http';

export interface PortfolioApi {
  /** Someone's timeline as the caller may see it (their own, or a report's shared entries). */
  get(employeeId: string, signal?: AbortSignal): Promise<Portfolio>;
  /** Idempotent by `request.requestId`: one intent adds one entry, however often it is sent. */
  add(request: CreateEntryInput): Promise<Entry>;
  update(id: string, etag: string, content: UpdateEntryInput): Promise<Entry>;
  remove(id: string, etag: string): Promise<void>;
  setVisibility(id: string, visibility: Visibility): Promise<Item>;
}

/** 204 No Content: nothing to parse. */
const noContent: Parser<void> = { safeParse: () => ({ success: true, data: undefined }) };

const entryPath = (id: string) => `/portfolio/entries/${encodeURIComponent(id)}`;

export function portfolioApi(call: AuthorizedCall): PortfolioApi {
  return {
    get: (employeeId, signal) => call({ path: `/portfolio?${new URLSearchParams({ employeeId }).toString()}`, schema: PortfolioResponse, signal }),
    add: (request) => call({ method: 'POST', path: '/portfolio/entries', body: request, schema: EntryResponse }),
    update: (id, etag, content) => call({ method: 'PUT', path: entryPath(id), body: content, ifMatch: etag, schema: EntryResponse }),
    remove: (id, etag) => call({ method: 'DELETE', path: entryPath(id), ifMatch: etag, schema: noContent }),
    setVisibility: (id, visibility) => call({ method: 'PATCH', path: `${entryPath(id)}/visibility`, body: { visibility }, schema: TimelineItem }),
  };
}
