import { z } from 'zod';
import { Conversation } from './conversation';
import { Guid, Locale, Role } from './people';

/**
 * The HTTP API's wire shapes. Handlers validate with them, the OpenAPI document is generated
 * from them, and the tab parses responses with them: one source for all three.
 */

export const PersonSummary = z.object({
  id: Guid,
  displayName: z.string(),
  email: z.string(),
  jobTitle: z.string().optional(),
  roles: z.array(Role),
  managerId: Guid.optional(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const OrganisationSummary = z.object({
  tenantId: Guid,
  name: z.string(),
  locale: Locale,
  timeZone: z.string(),
  /** The organisation's default check-in cadence in days (what "standaard" means on a POP). */
  checkInCadenceDays: z.number().int().min(1).max(365).optional(),
});
export type OrganisationSummary = z.infer<typeof OrganisationSummary>;

export const MeResponse = z.object({
  me: PersonSummary.extend({ locale: Locale, timeZone: z.string() }),
  organisation: OrganisationSummary,
  manager: PersonSummary.optional(),
  reports: z.array(PersonSummary),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const ConversationListQuery = z.object({
  scope: z.enum(['mine', 'team']).default('mine'),
  maxItems: z.coerce.number().int().min(1).max(100).default(25),
  continuationToken: z.string().max(4000).optional(),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuery>;

export const ConversationListResponse = z.object({
  items: z.array(Conversation),
  continuationToken: z.string().optional(),
});
export type ConversationListResponse = z.infer<typeof ConversationListResponse>;

export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  mode: z.enum(['local', 'azure']),
  versions: z.record(z.string(), z.string()),
  checks: z.record(z.string(), z.enum(['ok', 'failed'])),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** RFC 9457 problem details, with the message in both languages so any client can choose. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  messages: z.object({ nl: z.string(), en: z.string() }),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** Local mode only: mint a token for a sample person. */
export const DevTokenRequest = z.object({ user: z.string().email().max(320) });
export const DevTokenResponse = z.object({ accessToken: z.string() });

export const DevPersona = z.object({
  email: z.string(),
  displayName: z.string(),
  jobTitle: z.string().optional(),
  organisation: z.string(),
  tenantId: Guid,
});
export const DevPersonasResponse = z.object({ personas: z.array(DevPersona) });
export type DevPersona = z.infer<typeof DevPersona>;

/** Local mode only: the local clock (KOERS_CLOCK_START), read or moved forward. */
export const DevClockRequest = z.object({ now: z.string().datetime({ offset: true }) });
export const DevClockResponse = z.object({ now: z.string().datetime() });

/** Local mode only: what one reminder dispatcher pass did (counts only). */
export const DevReminderRunResponse = z.object({
  tenants: z.number().int(),
  leaseBusy: z.number().int(),
  bundles: z.number().int(),
  sent: z.number().int(),
  skipped: z.number().int(),
  deferred: z.number().int(),
  failed: z.number().int(),
  dead: z.number().int(),
  recovered: z.number().int(),
});
export type DevReminderRunResponse = z.infer<typeof DevReminderRunResponse>;
