import { ApprovePopRequest, CreatePopRequest, FollowUpsResponse, Guid, PopGoals, PopListResponse, PopResponse, RecordProgressRequest, RevisePopRequest } from '@koers/domain';
import { z } from 'zod';
import { binary, defineContracts, json } from './contract';

/**
 * The POP. Only the employee and their manager see or touch a plan: anybody else gets 404 (HR and
 * other managers included), so ids do not leak who has a plan. Revisions take `If-Match`;
 * approvals and progress do not need it (the service re-applies them on a lost race), and a stale
 * approval is 412 by its version.
 */

export const PopParams = z.object({ id: z.string().min(1).max(100) });
export const PopPdfParams = PopParams.extend({ n: z.coerce.number().int().min(1).max(1000) });

export const PopListQuery = z.object({ employeeId: Guid });
export type PopListQuery = z.infer<typeof PopListQuery>;

/** The use case's requests with their goals checked as goals: a bad goal is a 400 naming its field. */
export const CreatePopBody = CreatePopRequest.extend({ goals: PopGoals.optional() });
export const RevisePopBody = RevisePopRequest.extend({ goals: PopGoals });

export const popContracts = defineContracts({
  listPops: {
    method: 'GET',
    path: 'pops',
    summary: "An employee's plans, newest first (the employee themself and their manager only)",
    tags: ['pop'],
    auth: 'bearer',
    query: PopListQuery,
    response: json('PopListResponse', PopListResponse),
    problems: [400, 404],
  },
  createPop: {
    method: 'POST',
    path: 'pops',
    summary:
      'Start a plan (the employee or their manager): from a conversation (one plan per conversation, version 1 drafted from its Koerskaart agreements unless goals are given) or on its own. Idempotent (201 new, 200 replayed)',
    tags: ['pop'],
    auth: 'bearer',
    body: CreatePopBody,
    response: json('PopResponse', PopResponse, { status: 201 }),
    problems: [404, 409, 422],
  },
  pop: {
    method: 'GET',
    path: 'pops/{id}',
    summary: 'One plan with its versions, approvals and progress (its two parties only; anyone else 404)',
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    response: json('PopResponse', PopResponse),
    problems: [400, 404],
  },
  revisePop: {
    method: 'PUT',
    path: 'pops/{id}/goals',
    summary:
      'Save the goals (If-Match required). A draft nobody approved changes in place; after any approval the change becomes a new version that needs both approvals again',
    tags: ['pop'],
    auth: 'bearer',
    ifMatch: 'required',
    params: PopParams,
    body: RevisePopBody,
    response: json('PopResponse', PopResponse),
    problems: [404, 409, 412, 422],
  },
  approvePop: {
    method: 'POST',
    path: 'pops/{id}/approve',
    summary: 'Approve the current version as seen (number and content hash); a stale one is 412. Approving twice counts once',
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    body: ApprovePopRequest,
    response: json('PopResponse', PopResponse),
    problems: [404, 409, 412, 422],
  },
  recordPopProgress: {
    method: 'POST',
    path: 'pops/{id}/progress',
    summary:
      'Record progress on a goal (status, a note, a milestone); never changes what was agreed. With seenVersion, a goal changed since is 409 goal-changed',
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    body: RecordProgressRequest,
    response: json('PopResponse', PopResponse),
    problems: [404, 409, 422],
  },
  popAgreementsPdf: {
    method: 'GET',
    path: 'pops/{id}/versions/{n}/pdf',
    summary: '"Gemaakte afspraken": the one-page PDF of a version both approved (409 before that), in the caller\'s language',
    tags: ['pop'],
    auth: 'bearer',
    params: PopPdfParams,
    response: binary('AgreementsPdf', 'application/pdf'),
    problems: [400, 404, 409],
  },
  popFollowUps: {
    method: 'GET',
    path: 'pops/{id}/follow-ups',
    summary:
      "The agreed follow-up rhythm's vervolggesprekken: each one's date and whether it is held, planned, proposed by Koers or still open (its two parties only)",
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    response: json('FollowUpsResponse', FollowUpsResponse),
    problems: [400, 404],
  },
});
