import type { HttpRequest } from '@azure/functions';
import {
  ApprovePopRequest,
  CreatePopRequest,
  foldName,
  languageOf,
  PopGoals,
  PopListQuery,
  PopListResponse,
  PopResponse,
  RecordProgressRequest,
  RevisePopRequest,
  type Person,
  type PopService,
} from '@koers/domain';
import { z } from 'zod';
import { readJson, readParams, readQuery } from '../http/body';
import { handle, json } from '../http/handle';
import { withAuth } from '../http/withAuth';
import { requiredIfMatch } from '../http/ifMatch';
import type { RouteDefinition, Services } from './services';

/**
 * The POP over HTTP (issue 5): thin handlers around the PopService the bot uses too. The goals in
 * a body are checked against the goal schema here, so a bad goal is a 400 naming its field and
 * nothing is stored. Revisions take `If-Match` (428 without); approvals and progress do not need
 * it (the service re-applies them on a lost race), and a stale approval is 412 by its version.
 */

const PopParams = z.object({ id: z.string().min(1).max(100) });
const PdfParams = PopParams.extend({ n: z.coerce.number().int().min(1).max(1000) });

/** The wire requests with their goals validated as goals (the wire contract leaves them open). */
const CreatePopBody = CreatePopRequest.extend({ goals: PopGoals.optional() });
const RevisePopBody = RevisePopRequest.extend({ goals: PopGoals });

/** Authenticated JSON; a plan's answer carries its etag as `ETag` too (the body has it as well). */
function authed(services: Services, run: (request: HttpRequest, actor: Person, pops: PopService) => Promise<{ body: unknown; status?: number; etag?: string }>) {
  return handle(
    withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person }) => {
      const { body, status, etag } = await run(request, person, services.pops);
      return json(body, status ?? 200, etag ? { ETag: etag } : {});
    }),
  );
}

function plan(response: PopResponse, status?: number): { body: PopResponse; status?: number; etag: string } {
  const body = PopResponse.parse(response);
  return { body, etag: body.etag, ...(status ? { status } : {}) };
}

/** "Ahmed Yılmaz-Çelik" → "ahmed-ylmaz-celik": a filename every browser and mail client keeps. */
export function asciiSlug(text: string): string {
  return foldName(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'pop';
}

export function agreementsFilename(employeeName: string, version: number, language: 'nl' | 'en'): string {
  return `${language === 'nl' ? 'gemaakte-afspraken' : 'agreements'}-${asciiSlug(employeeName)}-v${version}.pdf`;
}

export const listPopsRoute: RouteDefinition = {
  name: 'listPops',
  methods: ['GET'],
  route: 'pops',
  doc: {
    summary: "An employee's plans, newest first (the employee themself and their manager only)",
    tags: ['pop'],
    auth: 'bearer',
    query: PopListQuery,
    response: { name: 'PopListResponse', schema: PopListResponse },
    problems: [400, 404],
  },
  make: (services) =>
    authed(services, async (request, actor, pops) => ({
      body: PopListResponse.parse(await pops.list(actor, readQuery(request, PopListQuery).employeeId)),
    })),
};

export const createPopRoute: RouteDefinition = {
  name: 'createPop',
  methods: ['POST'],
  route: 'pops',
  doc: {
    summary:
      'Start a plan (the employee or their manager): from a conversation (one plan per conversation, version 1 drafted from its Koerskaart agreements unless goals are given) or on its own. Idempotent (201 new, 200 replayed)',
    tags: ['pop'],
    auth: 'bearer',
    body: CreatePopBody,
    response: { name: 'PopResponse', schema: PopResponse, status: 201 },
    problems: [404, 409, 422],
  },
  make: (services) =>
    authed(services, async (request, actor, pops) => {
      const result = await pops.create(actor, await readJson(request, CreatePopBody));
      return plan(result, result.created ? 201 : 200);
    }),
};

export const popRoute: RouteDefinition = {
  name: 'pop',
  methods: ['GET'],
  route: 'pops/{id}',
  doc: {
    summary: 'One plan with its versions, approvals and progress (its two parties only; anyone else 404)',
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    response: { name: 'PopResponse', schema: PopResponse },
    problems: [400, 404],
  },
  make: (services) =>
    authed(services, async (request, actor, pops) => plan(await pops.get(actor, readParams(request, PopParams).id))),
};

export const revisePopRoute: RouteDefinition = {
  name: 'revisePop',
  methods: ['PUT'],
  route: 'pops/{id}/goals',
  doc: {
    summary:
      'Save the goals (If-Match required). A draft nobody approved changes in place; after any approval the change becomes a new version that needs both approvals again',
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    body: RevisePopBody,
    response: { name: 'PopResponse', schema: PopResponse },
    problems: [404, 409, 412, 422, 428],
  },
  make: (services) =>
    authed(services, async (request, actor, pops) => {
      const { id } = readParams(request, PopParams);
      const body = await readJson(request, RevisePopBody);
      return plan(await pops.revise(actor, id, body, requiredIfMatch(request)));
    }),
};

export const approvePopRoute: RouteDefinition = {
  name: 'approvePop',
  methods: ['POST'],
  route: 'pops/{id}/approve',
  doc: {
    summary: 'Approve the current version as seen (number and content hash); a stale one is 412. Approving twice counts once',
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    body: ApprovePopRequest,
    response: { name: 'PopResponse', schema: PopResponse },
    problems: [404, 409, 412, 422],
  },
  make: (services) =>
    authed(services, async (request, actor, pops) => {
      const { id } = readParams(request, PopParams);
      return plan(await pops.approve(actor, id, await readJson(request, ApprovePopRequest)));
    }),
};

export const popProgressRoute: RouteDefinition = {
  name: 'recordPopProgress',
  methods: ['POST'],
  route: 'pops/{id}/progress',
  doc: {
    summary:
      'Record progress on a goal (status, a note, a milestone); never changes what was agreed. With seenVersion, a goal changed since is 409 goal-changed',
    tags: ['pop'],
    auth: 'bearer',
    params: PopParams,
    body: RecordProgressRequest,
    response: { name: 'PopResponse', schema: PopResponse },
    problems: [404, 409, 422],
  },
  make: (services) =>
    authed(services, async (request, actor, pops) => {
      const { id } = readParams(request, PopParams);
      return plan(await pops.recordProgress(actor, id, await readJson(request, RecordProgressRequest)));
    }),
};

export const agreementsPdfRoute: RouteDefinition = {
  name: 'popAgreementsPdf',
  methods: ['GET'],
  route: 'pops/{id}/versions/{n}/pdf',
  doc: {
    summary: '"Gemaakte afspraken": the one-page PDF of a version both approved (409 before that), in the caller\'s language',
    tags: ['pop'],
    auth: 'bearer',
    params: PdfParams,
    response: { name: 'AgreementsPdf', schema: z.string(), contentType: 'application/pdf' },
    problems: [400, 404, 409],
  },
  make: (services) =>
    handle(
      withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person }) => {
        const { id, n } = readParams(request, PdfParams);
        const pdf = await services.pops.agreementsPdf(person, id, n);
        const { employee } = await services.pops.get(person, id);
        // The PDF speaks the caller's language (their locale), and so does its name.
        const filename = agreementsFilename(employee.displayName, n, languageOf(person.locale));
        return {
          status: 200,
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="${filename}"`,
            'Cache-Control': 'no-store',
          },
          body: pdf,
        };
      }),
    ),
};

export const popRoutes: RouteDefinition[] = [listPopsRoute, createPopRoute, popRoute, revisePopRoute, approvePopRoute, popProgressRoute, agreementsPdfRoute];
