import { contracts } from '@koers/contracts';
import { NotFoundError } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';
import { renderPersonalDataSummary } from '../privacy/summaryHtml';
import type { RouteDefinition, TimerDefinition } from './services';

/** The AVG over HTTP (contracts in @koers/contracts' privacy.ts): thin handlers around the privacy use case. */

export const myDataRoute = defineRoute(contracts.myData, async ({ actor, services }) => services.privacy.myData(actor));

export const myDataSummaryRoute = defineRoute(contracts.myDataSummary, async ({ actor, services }) => {
  const data = await services.privacy.myData(actor);
  const html = renderPersonalDataSummary(data, { names: await services.privacy.namesIn(data) });
  return { content: html, filename: `koers-${data.generatedAt.slice(0, 10)}.html` };
});

export const myAccessLogRoute = defineRoute(contracts.myAccessLog, async ({ actor, query, services }) =>
  services.privacy.accessLog(actor, { maxItems: query.maxItems ?? 50, ...(query.continuationToken ? { continuationToken: query.continuationToken } : {}) }),
);

export const personDataRoute = defineRoute(contracts.personData, async ({ actor, params, services }) => services.privacy.dataOf(actor, params.id));

export const erasePersonRoute = defineRoute(contracts.erasePerson, async ({ actor, params, services }) => {
  // An app built from bare stores (no database) has no erasure, as it has no dispatcher.
  if (!services.erasure) throw new NotFoundError('Route', contracts.erasePerson.path);
  return services.erasure.erase(actor, params.id);
});

export const erasureCandidatesRoute = defineRoute(contracts.erasureCandidates, async ({ actor, query, services }) => {
  if (!services.erasure) throw new NotFoundError('Route', contracts.erasureCandidates.path);
  return services.erasure.candidates(actor, query.search);
});

export const setRetentionRoute = defineRoute(contracts.setRetention, async ({ actor, body, services }) => {
  if (!services.erasure) throw new NotFoundError('Route', contracts.setRetention.path);
  return services.erasure.setRetention(actor, body.leaverRetentionMonths);
});

export const setHeldConversationRetentionRoute = defineRoute(contracts.setHeldConversationRetention, async ({ actor, body, services }) => {
  if (!services.erasure) throw new NotFoundError('Route', contracts.setHeldConversationRetention.path);
  return services.erasure.heldConversations.set(actor, body.heldConversationRetentionYears);
});

export const changeLogRoute = defineRoute(contracts.changeLog, async ({ actor, query, services }) =>
  services.changeLog.list(actor, { maxItems: query.maxItems ?? 50, ...(query.continuationToken ? { continuationToken: query.continuationToken } : {}) }),
);

export const privacyRoutes: RouteDefinition[] = [
  myDataRoute,
  myDataSummaryRoute,
  myAccessLogRoute,
  personDataRoute,
  erasureCandidatesRoute,
  erasePersonRoute,
  setRetentionRoute,
  setHeldConversationRetentionRoute,
  changeLogRoute,
];

/**
 * Daily at 02:15 UTC: the retention rules in every tenant — erasing the leavers whose period is
 * over, then emptying the held conversations whose period is over (when the organisation set one). A run that breaks off is finished by the next: an erasure completes when repeated.
 */
export const retentionTimer: TimerDefinition = {
  name: 'retention',
  schedule: '0 15 2 * * *',
  make: (services) => async (_timer, context) => {
    if (!services.erasure) {
      context.warn('retention: no database configured');
      return;
    }
    for (const tenantId of await services.stores.organisations.listTenantIds()) {
      try {
        const { erased, retentionMonths } = await services.erasure.applyRetention(tenantId);
        const { emptied, years } = await services.erasure.heldConversations.apply(tenantId);
        context.log('retention applied', { tenantId, erased, retentionMonths, emptied, heldConversationRetentionYears: years ?? 'off' });
      } catch (error) {
        // One tenant's failure must not keep the others' leavers; this one is retried tomorrow.
        context.warn('retention failed', { tenantId, error: error instanceof Error ? error.name : 'unknown' });
      }
    }
  },
};
