import { contracts } from '@koers/contracts';
import { personLocale, toPersonSummary } from '@koers/domain';
import { defineRoute } from '../http/defineRoute';
import { callerOf } from './onboarding';
import { toOrganisationSummary } from './summaries';

/** GET /api/me: who I am, my organisation, my manager and my direct reports. */
export const meRoute = defineRoute(contracts.me, async ({ actor, identity, services }) => {
  const [{ organisation, manager, reports }, mayAdminister] = await Promise.all([
    services.people.me(actor),
    services.onboarding?.mayAdminister(callerOf(identity)) ?? false,
  ]);
  return {
    me: {
      ...toPersonSummary(actor),
      locale: personLocale(actor),
      ...(actor.chosenLocale ? { chosenLocale: actor.chosenLocale } : {}),
      timeZone: actor.timeZone,
      roles: [...actor.roles],
      mayAdminister,
    },
    organisation: toOrganisationSummary(organisation),
    manager: manager ? toPersonSummary(manager) : undefined,
    reports: reports.map(toPersonSummary),
  };
});

/** PUT /api/me/language: the person's own choice, read by the chat and the tab from the same record. */
export const setMyLanguageRoute = defineRoute(contracts.setMyLanguage, async ({ actor, body, services }) => {
  const person = await services.people.chooseLanguage(actor, body.locale);
  return { locale: personLocale(person), ...(person.chosenLocale ? { chosenLocale: person.chosenLocale } : {}) };
});
