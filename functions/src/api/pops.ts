import { contracts } from '@koers/contracts';
import { documentLocale, foldName, languageOf, personLocale, type PopResponse } from '@koers/domain';
import { answer, defineRoute } from '../http/defineRoute';
import type { RouteDefinition } from './services';

/**
 * The POP over HTTP (contracts in @koers/contracts): thin handlers around the PopService the bot
 * uses too. A plan's answer carries its etag as `ETag` too (the body has it as well).
 */

function plan(response: PopResponse, status?: number) {
  return answer(response, { etag: response.etag, ...(status ? { status } : {}) });
}

/** "Ahmed Yılmaz-Çelik" → "ahmed-ylmaz-celik": a filename every browser and mail client keeps. */
export function asciiSlug(text: string): string {
  return foldName(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'pop';
}

export function agreementsFilename(employeeName: string, version: number, language: 'nl' | 'en'): string {
  return `${language === 'nl' ? 'gemaakte-afspraken' : 'agreements'}-${asciiSlug(employeeName)}-v${version}.pdf`;
}

export const listPopsRoute = defineRoute(contracts.listPops, async ({ actor, query, services }) => services.pops.list(actor, query.employeeId));

export const createPopRoute = defineRoute(contracts.createPop, async ({ actor, body, services }) => {
  const result = await services.pops.create(actor, body);
  return plan(result, result.created ? 201 : 200);
});

export const popRoute = defineRoute(contracts.pop, async ({ actor, params, services }) => plan(await services.pops.get(actor, params.id)));

export const revisePopRoute = defineRoute(contracts.revisePop, async ({ actor, params, body, ifMatch, services }) =>
  plan(await services.pops.revise(actor, params.id, body, ifMatch)),
);

export const approvePopRoute = defineRoute(contracts.approvePop, async ({ actor, params, body, services }) =>
  plan(await services.pops.approve(actor, params.id, body)),
);

export const popProgressRoute = defineRoute(contracts.recordPopProgress, async ({ actor, params, body, services }) =>
  plan(await services.pops.recordProgress(actor, params.id, body)),
);

export const agreementsPdfRoute = defineRoute(contracts.popAgreementsPdf, async ({ actor, params: { id, n }, services }) => {
  const pdf = await services.pops.agreementsPdf(actor, id, n);
  const { employee } = await services.pops.get(actor, id);
  // The file's name is in the language of the document (documentLocale: Dutch in Flanders, else the caller's).
  const organisation = (await services.stores.organisations.get(actor.tenantId))?.value;
  return { content: pdf, filename: agreementsFilename(employee.displayName, n, languageOf(organisation ? documentLocale(actor, organisation) : personLocale(actor))) };
});

export const popFollowUpsRoute = defineRoute(contracts.popFollowUps, async ({ actor, params, services }) => services.pops.followUps(actor, params.id));

export const popRoutes: RouteDefinition[] = [listPopsRoute, createPopRoute, popRoute, revisePopRoute, approvePopRoute, popProgressRoute, agreementsPdfRoute, popFollowUpsRoute];
