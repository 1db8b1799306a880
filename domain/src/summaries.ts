import { OrganisationSummary, PersonSummary } from './api';
import type { OrganisationSettings } from './organisation';
import type { Person } from './people';
import { goalReminderSettings } from './reminders/goalReminders';

/** The wire view of a person: what colleagues may see, nothing more (no birth year, no hours). */
export function toPersonSummary(person: Person): PersonSummary {
  return PersonSummary.parse({
    id: person.id,
    displayName: person.displayName,
    email: person.email,
    jobTitle: person.jobTitle,
    roles: person.roles,
    managerId: person.managerId,
  });
}

export function toOrganisationSummary(settings: OrganisationSettings): OrganisationSummary {
  return OrganisationSummary.parse({
    tenantId: settings.tenantId,
    name: settings.name,
    locale: settings.locale,
    timeZone: settings.timeZone,
    checkInCadenceDays: goalReminderSettings(settings).cadenceDays,
  });
}
