import { RemarkResponse, SaveRemarkRequest } from '@koers/domain';
import { z } from 'zod';
import { defineContracts, json } from './contract';

/**
 * "Ik zie dit anders": the employee's own remark on their agreed POP or a held conversation. Only
 * the employee writes it (the other party: 403; anyone else: 404); the other party reads it with
 * the plan or conversation.
 */

const RecordParams = z.object({ id: z.string().min(1).max(100) });

export const remarkContracts = defineContracts({
  savePopRemark: {
    method: 'PUT',
    path: 'pops/{id}/remark',
    summary: "The employee's remark on the plan's agreed version (≤ 2,000 characters), new or changed; the version itself stays as agreed. 409 remark-not-approved before an agreement",
    tags: ['pop'],
    auth: 'bearer',
    params: RecordParams,
    body: SaveRemarkRequest,
    response: json('RemarkResponse', RemarkResponse),
    problems: [400, 403, 404, 409, 412],
  },
  withdrawPopRemark: {
    method: 'DELETE',
    path: 'pops/{id}/remark',
    summary: "The employee withdraws their remark on the plan's agreed version",
    tags: ['pop'],
    auth: 'bearer',
    params: RecordParams,
    response: json('RemarkResponse', RemarkResponse),
    problems: [403, 404, 412],
  },
  saveConversationRemark: {
    method: 'PUT',
    path: 'conversations/{id}/remark',
    summary: "The employee's remark on a held conversation (≤ 2,000 characters), new or changed. 409 remark-not-held before it was held",
    tags: ['booking'],
    auth: 'bearer',
    params: RecordParams,
    body: SaveRemarkRequest,
    response: json('RemarkResponse', RemarkResponse),
    problems: [400, 403, 404, 409, 412],
  },
  withdrawConversationRemark: {
    method: 'DELETE',
    path: 'conversations/{id}/remark',
    summary: 'The employee withdraws their remark on a held conversation',
    tags: ['booking'],
    auth: 'bearer',
    params: RecordParams,
    response: json('RemarkResponse', RemarkResponse),
    problems: [403, 404, 412],
  },
});
