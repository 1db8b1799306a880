import { PersonSummary } from './api';
import type { Person } from './people';

/** The wire view of a person: what colleagues may see, nothing more (no birth year, no hours). */
export function toPersonSummary(person: Person): PersonSummary {
  return PersonSummary.parse({
    id: person.id,
    displayName: person.displayName,
    email: person.email,
    jobTitle: person.jobTitle,
    managerId: person.managerId,
  });
}
