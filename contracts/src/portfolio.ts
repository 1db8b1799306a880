import { CreateEntryRequest, EntryResponse, Guid, PortfolioResponse, UpdateEntryRequest, VisibilityRequest, VisibilityResponse } from '@koers/domain';
import { z } from 'zod';
import { defineContracts, json, noContent } from './contract';

/**
 * The portfolio. Reading: the employee gets everything, their current manager only what is
 * shared; anybody else 404. Writing: only the employee, in their own portfolio. Changing or
 * deleting an entry needs the etag the client read (If-Match).
 */

export const PortfolioQuery = z.object({ employeeId: Guid });
export type PortfolioQuery = z.infer<typeof PortfolioQuery>;

/** An entry's id; the visibility switch also takes the automatic ones (`pop:…`, `gesprek:…`). */
export const TimelineIdParams = z.object({ id: z.string().min(1).max(120) });

export const portfolioContracts = defineContracts({
  portfolio: {
    method: 'GET',
    path: 'portfolio',
    summary: "An employee's portfolio timeline: everything for the employee, only what is shared for their current manager (anyone else 404)",
    tags: ['portfolio'],
    auth: 'bearer',
    query: PortfolioQuery,
    response: json('PortfolioResponse', PortfolioResponse),
    problems: [400, 404],
  },
  addPortfolioEntry: {
    method: 'POST',
    path: 'portfolio/entries',
    summary: 'Add an entry to my own portfolio (private unless visibility says otherwise). Idempotent by requestId (201 new, 200 replayed)',
    tags: ['portfolio'],
    auth: 'bearer',
    body: CreateEntryRequest,
    response: json('EntryResponse', EntryResponse, { status: 201 }),
    problems: [409, 422],
  },
  updatePortfolioEntry: {
    method: 'PUT',
    path: 'portfolio/entries/{id}',
    summary: 'Change an entry of my own portfolio (If-Match required); who it is shared with stays',
    tags: ['portfolio'],
    auth: 'bearer',
    ifMatch: 'required',
    params: TimelineIdParams,
    body: UpdateEntryRequest,
    response: json('EntryResponse', EntryResponse),
    problems: [404, 412],
  },
  deletePortfolioEntry: {
    method: 'DELETE',
    path: 'portfolio/entries/{id}',
    summary: 'Delete an entry of my own portfolio (If-Match required); automatic entries cannot be deleted',
    tags: ['portfolio'],
    auth: 'bearer',
    ifMatch: 'required',
    params: TimelineIdParams,
    response: noContent,
    problems: [404, 412],
  },
  portfolioEntryVisibility: {
    method: 'PATCH',
    path: 'portfolio/entries/{id}/visibility',
    summary: "Show an entry to my manager or keep it private: my own entries, and automatic ones (pop:…, gesprek:…) that involved a previous manager",
    tags: ['portfolio'],
    auth: 'bearer',
    params: TimelineIdParams,
    body: VisibilityRequest,
    response: json('VisibilityResponse', VisibilityResponse),
    problems: [404, 409, 422],
  },
});
