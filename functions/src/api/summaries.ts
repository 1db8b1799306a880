import type { OrganisationSettings, Page, PageRequest, Person } from '@koers/domain';
import { OrganisationSummary } from '@koers/contracts';
import { goalReminderSettings, PersonSummary } from '@koers/domain';

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

/**
 * Reads every page of a list, up to `limit` items: for lists that are small by nature (one
 * manager's reports, one organisation's directory) and that the API answers in one piece.
 */
export async function readAll<T>(
  fetchPage: (page: PageRequest) => Promise<Page<T>>,
  limit = 1000,
): Promise<T[]> {
  const items: T[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await fetchPage({ maxItems: 100, continuationToken });
    items.push(...page.items);
    continuationToken = page.continuationToken;
  } while (continuationToken && items.length < limit);
  return items.slice(0, limit);
}
