import { Guid, Locale, PersonSummary, Role } from '@koers/domain';
import { z } from 'zod';
import { defineContracts, json } from './contract';

/** Who I am, and the people I may see. */

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
  /**
   * `roles`: what Koers grants the signed-in person now: `hr`/`admin` from their token's Entra ID
   * app roles (Koers.HR, Koers.Admin), `manager` when someone is in their team. The tab shows
   * role-bound pages by them; the API checks every request itself.
   */
  /**
   * `locale`: the language Koers speaks to them, in chat and tab alike (their own choice, else the
   * directory's, else the organisation's); `chosenLocale`: their own choice, if they made one.
   */
  me: PersonSummary.extend({
    locale: Locale,
    chosenLocale: Locale.optional(),
    timeZone: z.string(),
    roles: z.array(Role),
    /** True when they may change the organisation's profile (*Organisatie*): a Koers.Admin, or a Global Administrator while there is none. */
    mayAdminister: z.boolean().optional(),
  }),
  organisation: OrganisationSummary,
  manager: PersonSummary.optional(),
  reports: z.array(PersonSummary),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const PersonParams = z.object({ id: Guid });

/** The language someone picks on their own page; null: none (the directory's or the organisation's counts). */
export const MyLanguageBody = z.object({ locale: Locale.nullable() });
export type MyLanguageBody = z.infer<typeof MyLanguageBody>;

export const MyLanguageResponse = z.object({ locale: Locale, chosenLocale: Locale.optional() });
export type MyLanguageResponse = z.infer<typeof MyLanguageResponse>;

export const peopleContracts = defineContracts({
  me: {
    method: 'GET',
    path: 'me',
    summary: 'The signed-in person, their organisation, manager and direct reports',
    tags: ['people'],
    auth: 'bearer',
    response: json('MeResponse', MeResponse),
  },
  setMyLanguage: {
    method: 'PUT',
    path: 'me/language',
    summary: 'Choose the language Koers speaks to me, in chat, reminders and the tab alike (null: follow the directory and the organisation)',
    tags: ['people'],
    auth: 'bearer',
    body: MyLanguageBody,
    response: json('MyLanguageResponse', MyLanguageResponse),
    problems: [400],
  },
  person: {
    method: 'GET',
    path: 'people/{id}',
    summary: 'One person, if the caller may see them (themselves, a direct report, or anyone for HR)',
    tags: ['people'],
    auth: 'bearer',
    params: PersonParams,
    response: json('PersonSummary', PersonSummary),
    problems: [400, 404],
  },
});
