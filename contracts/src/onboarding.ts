import { HolidayList, OrganisationProfile } from '@koers/domain';
import { z } from 'zod';
import { defineContracts, json } from './contract';

/**
 * Setting up an organisation (the onboarding wizard) and changing it later (*Organisatie*): for a
 * Koers.Admin, or a Global Administrator while the organisation has none. The token is enough:
 * before the first directory sync Koers has no record of the caller.
 */

const Instant = z.string().datetime({ offset: true });

export const OnboardingStatusResponse = z
  .object({
    organisation: z.object({ name: z.string(), onboardedAt: Instant.optional() }).strict().optional(),
    consent: z.array(z.object({ permission: z.string(), state: z.enum(['granted', 'missing', 'unknown']) }).strict()),
    /** Where an administrator grants the missing permissions (Entra ID's admin consent for Koers). */
    adminConsentUrl: z.string().url(),
    sync: z.object({ startedAt: Instant, pages: z.number().int(), people: z.number().int(), finishedAt: Instant.optional() }).strict().optional(),
    /** The stored profile, or Koers' suggestion for a new organisation (its name still empty). */
    profile: OrganisationProfile.extend({ name: z.string().max(200) }),
  })
  .strict();
export type OnboardingStatusResponse = z.infer<typeof OnboardingStatusResponse>;

export const OnboardingStartedResponse = z.object({ organisation: z.object({ name: z.string(), onboardedAt: Instant.optional() }).strict() }).strict();

export const FirstSyncResponse = z
  .object({
    people: z.number().int(),
    managers: z.number().int(),
    withoutManager: z.number().int(),
    withoutMailbox: z.number().int(),
    problems: z.number().int(),
    lines: z.array(z.string()),
  })
  .strict();
export type FirstSyncResponse = z.infer<typeof FirstSyncResponse>;

export const OrganisationProfileResponse = z
  .object({
    profile: OrganisationProfile,
    etag: z.string(),
    /** The organisation's days off in the coming twelve months, as the settings make them. */
    upcomingHolidays: HolidayList,
  })
  .strict();
export type OrganisationProfileResponse = z.infer<typeof OrganisationProfileResponse>;

export const onboardingContracts = defineContracts({
  onboardingStatus: {
    method: 'GET',
    path: 'onboarding',
    summary:
      "Where setting up the caller's organisation stands: which Microsoft Graph permissions the tenant granted Koers, the admin-consent link, the directory sync's progress, and the profile to start from (Koers.Admin, or a Global Administrator while there is none; others 403 admin-only). Works for a tenant Koers does not know yet",
    tags: ['onboarding'],
    auth: 'token',
    response: json('OnboardingStatusResponse', OnboardingStatusResponse),
    problems: [403],
  },
  startOnboarding: {
    method: 'POST',
    path: 'onboarding',
    summary:
      'Sets the organisation up in Koers with its profile (country and region, language, time zone, holidays, working hours, conversation defaults, directory scope). 409 conflict when it exists, 409 consent-missing while a Graph permission is missing',
    tags: ['onboarding'],
    auth: 'token',
    body: OrganisationProfile,
    response: json('OnboardingStartedResponse', OnboardingStartedResponse, { status: 201 }),
    problems: [400, 403, 409],
  },
  onboardingSync: {
    method: 'POST',
    path: 'onboarding/sync',
    summary:
      "Runs the directory sync for the organisation being set up and answers a summary (people, managers, people without a manager or a mailbox); its progress shows in GET onboarding meanwhile. Graph unreachable: 503 directory-unavailable",
    tags: ['onboarding'],
    auth: 'token',
    response: json('FirstSyncResponse', FirstSyncResponse),
    problems: [403, 404, 503],
  },
  organisationProfile: {
    method: 'GET',
    path: 'organisation/profile',
    summary: "*Organisatie*: the organisation's profile with its etag and the coming year's days off (Koers.Admin, or a Global Administrator while there is none)",
    tags: ['onboarding'],
    auth: 'token',
    response: json('OrganisationProfileResponse', OrganisationProfileResponse),
    problems: [403, 404],
  },
  setOrganisationProfile: {
    method: 'PUT',
    path: 'organisation/profile',
    summary: "Changes the organisation's profile (If-Match required, 412 when someone saved meanwhile). Reminder defaults are HR's and stay as they are",
    tags: ['onboarding'],
    auth: 'token',
    ifMatch: 'required',
    body: OrganisationProfile,
    response: json('OrganisationProfileResponse', OrganisationProfileResponse),
    problems: [400, 403, 404, 412],
  },
});
