import { Guid } from '@koers/domain';
import { z } from 'zod';
import { defineContracts, json } from './contract';

/**
 * Local mode only: the dev issuer's sign-in, the persona switch's people, the local clock and one
 * reminder pass on demand. In Azure these routes do not exist at all (404).
 */

export const JsonWebKeySet = z.object({ keys: z.array(z.record(z.string(), z.unknown())) });

export const DevTokenRequest = z.object({ user: z.string().email().max(320) });
export const DevTokenResponse = z.object({ accessToken: z.string() });

export const DevPersona = z.object({
  email: z.string(),
  displayName: z.string(),
  jobTitle: z.string().optional(),
  organisation: z.string(),
  tenantId: Guid,
});
export type DevPersona = z.infer<typeof DevPersona>;
export const DevPersonasResponse = z.object({ personas: z.array(DevPersona) });

/** The local clock (KOERS_CLOCK_START), read or moved forward. */
export const DevClockRequest = z.object({ now: z.string().datetime({ offset: true }) });
export const DevClockResponse = z.object({ now: z.string().datetime() });

/** What one reminder dispatcher pass did (counts only). */
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

/**
 * One notification of the signed-in person's Teams activity feed, as the local Graph stand-in took
 * it from Koers (the documented sendActivityNotification body): the tab shows them where Teams
 * would show its bell.
 */
export const DevNotification = z.object({
  activityType: z.string(),
  topic: z.object({ source: z.enum(['entityUrl', 'text']), value: z.string(), webUrl: z.string().optional() }),
  previewText: z.object({ content: z.string() }).optional(),
  templateParameters: z.array(z.object({ name: z.string(), value: z.string() })),
  receivedAt: z.string().datetime(),
});
export type DevNotification = z.infer<typeof DevNotification>;
export const DevNotificationsResponse = z.object({ notifications: z.array(DevNotification) });
export type DevNotificationsResponse = z.infer<typeof DevNotificationsResponse>;

export const devContracts = defineContracts({
  devJwks: {
    method: 'GET',
    path: 'dev/jwks',
    summary: "Local mode only: the dev issuer's public signing keys (JWKS)",
    tags: ['dev'],
    auth: 'none',
    response: json('JsonWebKeySet', JsonWebKeySet, { contentType: 'application/jwk-set+json' }),
  },
  devToken: {
    method: 'POST',
    path: 'dev/token',
    summary: 'Local mode only: an access token for a seeded person, by email',
    tags: ['dev'],
    auth: 'none',
    body: DevTokenRequest,
    response: json('DevTokenResponse', DevTokenResponse),
    problems: [404],
  },
  devPersonas: {
    method: 'GET',
    path: 'dev/personas',
    summary: 'Local mode only: the seeded people, for the persona switch',
    tags: ['dev'],
    auth: 'none',
    response: json('DevPersonasResponse', DevPersonasResponse),
  },
  devClock: {
    method: 'GET',
    path: 'dev/clock',
    summary: "Local mode only: the local clock's now (KOERS_CLOCK_START, or the real time)",
    tags: ['dev'],
    auth: 'none',
    response: json('DevClockResponse', DevClockResponse),
  },
  devSetClock: {
    method: 'POST',
    path: 'dev/clock',
    summary: 'Local mode only: move the local clock forward to `now`; it runs on from there',
    tags: ['dev'],
    auth: 'none',
    body: DevClockRequest,
    response: json('DevClockResponse', DevClockResponse),
  },
  devNotifications: {
    method: 'GET',
    path: 'dev/notifications',
    summary: "Local mode only: the signed-in person's Teams activity feed notifications, newest first, as the local Graph took them",
    tags: ['dev'],
    auth: 'bearer',
    response: json('DevNotificationsResponse', DevNotificationsResponse),
  },
  devRunReminders: {
    method: 'POST',
    path: 'dev/reminders/run',
    summary:
      'Local mode only: a reminder dispatcher pass now, as the five-minute timer runs it (again after a tenant another pass was working); answers the counts',
    tags: ['dev'],
    auth: 'none',
    response: json('DevReminderRunResponse', DevReminderRunResponse),
  },
});
