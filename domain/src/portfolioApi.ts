import { z } from 'zod';
import { PersonSummary } from './api';
import { EntryContent, OwnItem, TimelineItem, Visibility } from './portfolio';
import { MandatoryCertificatesView } from './catalogue/careerApi';

/**
 * Wire shapes of the portfolio. One PortfolioService (ports.ts) behind them.
 *
 *   GET    /api/portfolio?employeeId=…                         → PortfolioResponse
 *   POST   /api/portfolio/entries          CreateEntryRequest  → 201 (200 on a replay) EntryResponse
 *   PUT    /api/portfolio/entries/{id}     If-Match, UpdateEntryRequest → EntryResponse  (428 without, 412 stale)
 *   DELETE /api/portfolio/entries/{id}     If-Match            → 204                     (428 without, 412 stale)
 *   PATCH  /api/portfolio/entries/{id}/visibility  VisibilityRequest → VisibilityResponse
 *
 * Reading: the employee gets everything; their current manager only what is shared with them
 * (portfolio/timeline.ts); anybody else, HR included, 404 — as if there were no portfolio. Writing:
 * only the employee, always in their own portfolio (the writes take no employeeId). The
 * visibility switch also takes the automatic ids (`pop:…`, `gesprek:…`).
 */

export const PortfolioResponse = z.object({
  employee: PersonSummary,
  /** The caller's part: the owner, or their manager reading what is shared. */
  role: z.enum(['employee', 'manager']),
  /** The employee's current manager: who "zichtbaar voor mijn leidinggevende" means. */
  manager: PersonSummary.optional(),
  /** Newest first, ongoing on top. */
  items: z.array(TimelineItem),
  /** For the owner: how many own entries there are, of at most `maxEntries`. */
  ownEntries: z.number().int().min(0),
  maxEntries: z.number().int().min(1),
  /** For the owner: the certificates their function requires (absent while they have no function). */
  mandatoryCertificates: MandatoryCertificatesView.optional(),
});
export type PortfolioResponse = z.infer<typeof PortfolioResponse>;

export const CreateEntryRequest = EntryContent.and(
  z.object({
    visibility: Visibility.default('prive'),
    /**
     * The client's idempotency key, made once per "add" (a UUID): it becomes the entry's id, so a
     * double click or a retried request adds one entry.
     */
    requestId: z.string().uuid(),
  }),
);
export type CreateEntryRequest = z.infer<typeof CreateEntryRequest>;
export type CreateEntryInput = z.input<typeof CreateEntryRequest>;

/** The whole content again (a PUT); visibility has its own switch. */
export const UpdateEntryRequest = EntryContent;
export type UpdateEntryRequest = z.infer<typeof UpdateEntryRequest>;
export type UpdateEntryInput = z.input<typeof UpdateEntryRequest>;

export const EntryResponse = OwnItem.extend({
  /** True when this request added the entry; false when it replayed an earlier add. */
  created: z.boolean().optional(),
});
export type EntryResponse = z.infer<typeof EntryResponse>;

export const VisibilityRequest = z.object({ visibility: Visibility });
export type VisibilityRequest = z.infer<typeof VisibilityRequest>;

/** The item as it now stands (an own entry carries its new etag). */
export const VisibilityResponse = TimelineItem;
export type VisibilityResponse = z.infer<typeof VisibilityResponse>;
