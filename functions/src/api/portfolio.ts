import {
  CreateEntryRequest,
  EntryResponse,
  PortfolioQuery,
  PortfolioResponse,
  TimelineIdParams,
  UpdateEntryRequest,
  VisibilityRequest,
  VisibilityResponse,
  type Person,
  type PortfolioService,
} from '@koers/domain';
import type { HttpRequest } from '@azure/functions';
import { readJson, readParams, readQuery } from '../http/body';
import { handle, json } from '../http/handle';
import { withAuth } from '../http/withAuth';
import { requiredIfMatch } from '../http/ifMatch';
import type { RouteDefinition, Services } from './services';

/**
 * The portfolio over HTTP: thin handlers around the PortfolioService. Changing or deleting an
 * entry needs the etag the client read (If-Match; 428 without, 412 when stale); the answer
 * carries the new one in the body and as `ETag`.
 */

type Answer = { body?: unknown; status?: number; etag?: string };

function authed(services: Services, run: (request: HttpRequest, actor: Person, portfolio: PortfolioService) => Promise<Answer>) {
  return handle(
    withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person }) => {
      const { body, status, etag } = await run(request, person, services.portfolio);
      if (body === undefined) return { status: status ?? 204, headers: { 'Cache-Control': 'no-store' } };
      return json(body, status ?? 200, etag ? { ETag: etag } : {});
    }),
  );
}

export const portfolioRoute: RouteDefinition = {
  name: 'portfolio',
  methods: ['GET'],
  route: 'portfolio',
  doc: {
    summary: "An employee's portfolio timeline: everything for the employee, only what is shared for their current manager (anyone else 404)",
    tags: ['portfolio'],
    auth: 'bearer',
    query: PortfolioQuery,
    response: { name: 'PortfolioResponse', schema: PortfolioResponse },
    problems: [400, 404],
  },
  make: (services) =>
    authed(services, async (request, actor, portfolio) => ({
      body: PortfolioResponse.parse(await portfolio.get(actor, readQuery(request, PortfolioQuery).employeeId)),
    })),
};

export const addEntryRoute: RouteDefinition = {
  name: 'addPortfolioEntry',
  methods: ['POST'],
  route: 'portfolio/entries',
  doc: {
    summary: 'Add an entry to my own portfolio (private unless visibility says otherwise). Idempotent by requestId (201 new, 200 replayed)',
    tags: ['portfolio'],
    auth: 'bearer',
    body: CreateEntryRequest,
    response: { name: 'EntryResponse', schema: EntryResponse, status: 201 },
    problems: [409, 422],
  },
  make: (services) =>
    authed(services, async (request, actor, portfolio) => {
      const entry = EntryResponse.parse(await portfolio.create(actor, await readJson(request, CreateEntryRequest)));
      return { body: entry, status: entry.created ? 201 : 200, etag: entry.etag };
    }),
};

export const updateEntryRoute: RouteDefinition = {
  name: 'updatePortfolioEntry',
  methods: ['PUT'],
  route: 'portfolio/entries/{id}',
  doc: {
    summary: 'Change an entry of my own portfolio (If-Match required); who it is shared with stays',
    tags: ['portfolio'],
    auth: 'bearer',
    params: TimelineIdParams,
    body: UpdateEntryRequest,
    response: { name: 'EntryResponse', schema: EntryResponse },
    problems: [404, 412, 428],
  },
  make: (services) =>
    authed(services, async (request, actor, portfolio) => {
      const { id } = readParams(request, TimelineIdParams);
      const content = await readJson(request, UpdateEntryRequest);
      const entry = EntryResponse.parse(await portfolio.update(actor, id, content, requiredIfMatch(request)));
      return { body: entry, etag: entry.etag };
    }),
};

export const deleteEntryRoute: RouteDefinition = {
  name: 'deletePortfolioEntry',
  methods: ['DELETE'],
  route: 'portfolio/entries/{id}',
  doc: {
    summary: 'Delete an entry of my own portfolio (If-Match required); automatic entries cannot be deleted',
    tags: ['portfolio'],
    auth: 'bearer',
    params: TimelineIdParams,
    noContent: true,
    problems: [404, 412, 428],
  },
  make: (services) =>
    authed(services, async (request, actor, portfolio) => {
      const { id } = readParams(request, TimelineIdParams);
      await portfolio.remove(actor, id, requiredIfMatch(request));
      return {};
    }),
};

export const entryVisibilityRoute: RouteDefinition = {
  name: 'portfolioEntryVisibility',
  methods: ['PATCH'],
  route: 'portfolio/entries/{id}/visibility',
  doc: {
    summary: "Show an entry to my manager or keep it private: my own entries, and automatic ones (pop:…, gesprek:…) that involved a previous manager",
    tags: ['portfolio'],
    auth: 'bearer',
    params: TimelineIdParams,
    body: VisibilityRequest,
    response: { name: 'VisibilityResponse', schema: VisibilityResponse },
    problems: [404, 409, 422],
  },
  make: (services) =>
    authed(services, async (request, actor, portfolio) => {
      const { id } = readParams(request, TimelineIdParams);
      const item = VisibilityResponse.parse(await portfolio.setVisibility(actor, id, await readJson(request, VisibilityRequest)));
      return { body: item, etag: item.source === 'eigen' ? item.etag : undefined };
    }),
};

export const portfolioRoutes: RouteDefinition[] = [portfolioRoute, addEntryRoute, updateEntryRoute, deleteEntryRoute, entryVisibilityRoute];
