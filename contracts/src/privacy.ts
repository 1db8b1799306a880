import { AccessLogResponse, ChangeLogQuery, ChangeLogResponse, ErasePersonRequest, ErasureCandidatesQuery, ErasureCandidatesResponse, ErasureReport, Guid, HeldConversationRetentionSettings, PersonalDataExport, RetentionResponse, RetentionSettings } from '@koers/domain';
import { z } from 'zod';
import { binary, defineContracts, json } from './contract';

/**
 * The AVG: "Mijn gegevens" (everything Koers holds on the caller, art. 15/20), a Koers.Admin's
 * export of someone's data on their request, and "Wie heeft mijn gegevens bekeken".
 */

export const AccessLogQuery = z.object({
  continuationToken: z.string().max(4000).optional(),
  maxItems: z.coerce.number().int().min(1).max(100).optional(),
});
export type AccessLogQuery = z.infer<typeof AccessLogQuery>;

export const PersonDataParams = z.object({ id: Guid });

export const privacyContracts = defineContracts({
  myData: {
    method: 'GET',
    path: 'me/data',
    summary: 'Everything Koers holds about me, as stored (AVG art. 15 and 20): my own preparation answers in full, never the other party\'s',
    tags: ['privacy'],
    auth: 'bearer',
    response: json('PersonalDataExport', PersonalDataExport),
  },
  myDataSummary: {
    method: 'GET',
    path: 'me/data/summary',
    summary: 'The same as me/data, as a readable HTML page in my language',
    tags: ['privacy'],
    auth: 'bearer',
    response: binary('PersonalDataSummary', 'text/html'),
  },
  myAccessLog: {
    method: 'GET',
    path: 'me/access-log',
    summary: 'Who read my data (manager, HR, administrator), what and when, newest first; kept two years',
    tags: ['privacy'],
    auth: 'bearer',
    query: AccessLogQuery,
    response: json('AccessLogResponse', AccessLogResponse),
    problems: [400],
  },
  personData: {
    method: 'GET',
    path: 'people/{id}/data',
    summary: "Koers.Admin only: everything Koers holds about one person, on that person's request; the export is on their access log",
    tags: ['privacy'],
    auth: 'bearer',
    params: PersonDataParams,
    response: json('PersonalDataExport', PersonalDataExport),
    problems: [400, 403, 404],
  },
  erasureCandidates: {
    method: 'GET',
    path: 'privacy/erasure-candidates',
    summary: 'Koers.HR or Koers.Admin: the leavers (with the day the retention rule erases them) and, with search, the people matching a name or address',
    tags: ['privacy'],
    auth: 'bearer',
    query: ErasureCandidatesQuery,
    response: json('ErasureCandidatesResponse', ErasureCandidatesResponse),
    problems: [400, 403],
  },
  setRetention: {
    method: 'PUT',
    path: 'organisation/retention',
    summary: "Koers.HR or Koers.Admin: how many months after leaving a person's data is erased by the daily retention timer (default 12); logged for the works council",
    tags: ['privacy'],
    auth: 'bearer',
    body: RetentionSettings,
    response: json('RetentionResponse', RetentionResponse),
    problems: [400, 403],
  },
  setHeldConversationRetention: {
    method: 'PUT',
    path: 'organisation/retention/held-conversations',
    summary: "Koers.HR or Koers.Admin: how many years after a conversation was held its Koerskaart, preparations and remark are emptied by the daily retention timer (null: never, the default); logged for the works council",
    tags: ['privacy'],
    auth: 'bearer',
    body: HeldConversationRetentionSettings,
    response: json('HeldConversationRetentionSettings', HeldConversationRetentionSettings),
    problems: [400, 403],
  },
  changeLog: {
    method: 'GET',
    path: 'organisation/change-log',
    summary:
      "Koers.HR or Koers.Admin: the works council's change log, newest first — roles given and taken away, the retention period, erasures, the directory scope; who, what and when, never content",
    tags: ['privacy'],
    auth: 'bearer',
    query: ChangeLogQuery,
    response: json('ChangeLogResponse', ChangeLogResponse),
    problems: [400, 403],
  },
  erasePerson: {
    method: 'POST',
    path: 'people/{id}/erasure',
    summary:
      "Koers.HR or Koers.Admin: erase everything Koers holds about one person (a leaver, or on their request; AVG art. 17). Records the other party keeps stay, naming no one in their place. Idempotent: a second call finishes a first one that broke off",
    tags: ['privacy'],
    auth: 'bearer',
    params: PersonDataParams,
    body: ErasePersonRequest,
    response: json('ErasureReport', ErasureReport),
    problems: [400, 403],
  },
});
