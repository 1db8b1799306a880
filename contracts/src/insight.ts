import { InsightFilter, InsightResponse, InsightRoundsResponse, MyTalentResponse, NamedTalentResponse, SaveTalentProfileRequest } from '@koers/domain';
import { z } from 'zod';
import { defineContracts, json } from './contract';

/**
 * HR's anonymous insight (Koers.HR only), read from the snapshot each conversation round stored
 * when it closed, and the employee's own talent-pool wishes. Every answer's schema is closed.
 */

export const InsightRoundParams = z.object({ roundId: z.string().min(1).max(100) });
export const NamedTalentQuery = z.object({ continuationToken: z.string().max(4000).optional() }).strict();

export const insightContracts = defineContracts({
  insightRounds: {
    method: 'GET',
    path: 'insight/rounds',
    summary: 'Koers.HR: the closed conversation rounds that have anonymous insight, most recently closed first',
    tags: ['insight'],
    auth: 'bearer',
    response: json('InsightRoundsResponse', InsightRoundsResponse),
    problems: [403],
  },
  insight: {
    method: 'GET',
    path: 'insight/rounds/{roundId}',
    summary:
      "Koers.HR: one closed round's development wishes (kind, route, learning outside the offer) and anonymous talent interest per department and function. A figure shows only when it and what it lets one work out concern at least five people; an empty cell says why. Filters choose among the stored figures, never count again",
    tags: ['insight'],
    auth: 'bearer',
    params: InsightRoundParams,
    query: InsightFilter,
    response: json('InsightResponse', InsightResponse),
    problems: [400, 403, 404],
  },
  namedTalent: {
    method: 'GET',
    path: 'insight/talent',
    summary: 'Koers.HR: the talent-pool wishes of the employees who chose that HR may see them by name (nobody else), a page at a time',
    tags: ['insight'],
    auth: 'bearer',
    query: NamedTalentQuery,
    response: json('NamedTalentResponse', NamedTalentResponse),
    problems: [400, 403],
  },
  myTalent: {
    method: 'GET',
    path: 'me/talent',
    summary: 'My talent-pool wishes (functions I am interested in or want to grow into) and whether HR may see them by name',
    tags: ['insight'],
    auth: 'bearer',
    response: json('MyTalentResponse', MyTalentResponse),
  },
  saveMyTalent: {
    method: 'PUT',
    path: 'me/talent',
    summary: 'Save my talent-pool wishes (If-Match with the etag read; none for the first save). 404 for a function the function house does not have',
    tags: ['insight'],
    auth: 'bearer',
    ifMatch: 'optional',
    body: SaveTalentProfileRequest,
    response: json('MyTalentResponse', MyTalentResponse),
    problems: [400, 404, 409, 412],
  },
});
