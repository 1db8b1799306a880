import type { OrganisationSettings } from '@koers/domain';
import { OrganisationSummary } from '@koers/contracts';
import { goalReminderSettings } from '@koers/domain';

/** The organisation as the tab's header and settings show it. */
export function toOrganisationSummary(settings: OrganisationSettings): OrganisationSummary {
  return OrganisationSummary.parse({
    tenantId: settings.tenantId,
    name: settings.name,
    locale: settings.locale,
    timeZone: settings.timeZone,
    checkInCadenceDays: goalReminderSettings(settings).cadenceDays,
  });
}
