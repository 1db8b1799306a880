import type { DirectoryUser, MailboxSettings } from './directory';
import type { OrganisationSettings } from './organisation';
import { Person, type Locale, type TimeZone, type WorkingHours } from './people';
import { localeFromTag } from './i18n/language';

/**
 * How the directory sync turns what Graph says about a user into a Koers person: language, time
 * zone and working hours, the address, and what is wrong with the directory entry (a clear line in
 * the sync summary instead of a crash or a skipped colleague). Pure: the sync (app/src/directory)
 * reads Graph and writes the stores.
 */

/** A full working week, the hours Koers assumes until the mailbox says otherwise. */
export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } };

/** What the directory got wrong for one person; the sync keeps going and reports it. */
export type DirectoryProblem =
  | { kind: 'no-mail'; personId: string; name: string; usedInstead: string }
  | { kind: 'no-address'; personId: string; name: string }
  | { kind: 'unknown-language'; personId: string; name: string; language: string; used: Locale }
  | { kind: 'unknown-time-zone'; personId: string; name: string; timeZone: string; used: TimeZone }
  | { kind: 'manager-outside-scope'; personId: string; name: string; managerId: string }
  | { kind: 'manager-cycle'; personId: string; name: string; cycle: string[] }
  | { kind: 'invalid-entry'; personId: string; name: string; field: string };

/** The summary's line for a problem, in Dutch (the language of the HR pages). */
export function problemLine(problem: DirectoryProblem): string {
  switch (problem.kind) {
    case 'no-mail':
      return `${problem.name}: geen e-mailadres in de directory; de aanmeldnaam ${problem.usedInstead} wordt gebruikt.`;
    case 'no-address':
      return `${problem.name}: geen e-mailadres en geen aanmeldnaam in de directory; niet overgenomen.`;
    case 'unknown-language':
      return `${problem.name}: taal "${problem.language}" kent Koers niet; ${problem.used} wordt gebruikt.`;
    case 'unknown-time-zone':
      return `${problem.name}: tijdzone "${problem.timeZone}" kent Koers niet; ${problem.used} wordt gebruikt.`;
    case 'manager-outside-scope':
      return `${problem.name}: de leidinggevende in de directory hoort niet bij de mensen die Koers gebruiken; zonder leidinggevende overgenomen.`;
    case 'manager-cycle':
      return `${problem.name}: leidinggevenden vormen een kring (${problem.cycle.join(' → ')}); de leidinggevende van ${problem.name} is niet overgenomen.`;
    case 'invalid-entry':
      return `${problem.name}: het veld ${problem.field} in de directory kan Koers niet gebruiken; niet overgenomen.`;
  }
}

/** Windows time-zone names (what mailboxes usually report) and IANA names, as Koers' zones. */
const TIME_ZONES: Readonly<Record<string, TimeZone>> = {
  'w. europe standard time': 'Europe/Amsterdam',
  'romance standard time': 'Europe/Brussels',
  'europe/amsterdam': 'Europe/Amsterdam',
  'europe/brussels': 'Europe/Brussels',
};

export function timeZoneOf(zone: string | null | undefined): TimeZone | undefined {
  return zone ? TIME_ZONES[zone.trim().toLowerCase()] : undefined;
}

/**
 * The working hours a mailbox gives (its working days make a part-timer's week), with the lunch
 * break kept from `base` when it falls inside the day; `base` when the mailbox has no usable hours.
 */
export function workingHoursOf(mailbox: MailboxSettings | null | undefined, base: WorkingHours): WorkingHours {
  const hours = mailbox?.workingHours;
  if (!hours || hours.days.length === 0 || hours.start >= hours.end) return base;
  const days = [...new Set(hours.days)].sort((a, b) => a - b);
  const lunch = base.lunch && base.lunch.start >= hours.start && base.lunch.end <= hours.end ? base.lunch : undefined;
  return { days, start: hours.start, end: hours.end, ...(lunch ? { lunch } : {}) };
}

/** A user's stored state merged with a change: a property Graph leaves out keeps its value, null clears it. */
export function mergeDirectoryUser(before: DirectoryUser | undefined, change: DirectoryUser): DirectoryUser {
  const merged: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(change)) if (value !== undefined) merged[key] = value;
  return merged as DirectoryUser;
}

/** The directory's view of a stored person, so a change that names only some properties can be merged. */
export function directoryUserOf(person: Person): DirectoryUser {
  return {
    id: person.id,
    displayName: person.displayName,
    mail: person.email,
    jobTitle: person.jobTitle ?? null,
    department: person.department ?? null,
    managerId: person.managerId ?? null,
    accountEnabled: person.leftAt === undefined,
    employeeHireDate: person.joinedOn ? `${person.joinedOn}T00:00:00Z` : null,
  };
}

export interface PersonFromDirectory {
  /** Undefined when the entry cannot make a person (no address at all). */
  person?: Person;
  problems: DirectoryProblem[];
}

/**
 * The person a directory user makes. `existing` keeps what the directory does not own (the
 * gesprekspartner, the lunch break, a language or zone when the directory has none); `mailbox` is
 * undefined when not read this time (keep what is stored), null when the user has none. The manager
 * is `managerId` as the sync resolved it (scope and cycles are its business). `now` marks a leaver.
 */
export function personFromDirectory(input: {
  user: DirectoryUser;
  existing: Person | undefined;
  mailbox: MailboxSettings | null | undefined;
  organisation: Pick<OrganisationSettings, 'tenantId' | 'locale' | 'timeZone' | 'defaultWorkingHours'>;
  managerId: string | undefined;
  leaving: boolean;
  now: string;
}): PersonFromDirectory {
  const { user, existing, mailbox, organisation } = input;
  const problems: DirectoryProblem[] = [];
  const name = user.displayName?.trim() || existing?.displayName || user.userPrincipalName || user.mail || user.id;
  const mail = user.mail?.trim();
  const upn = user.userPrincipalName?.trim();
  let email = mail || undefined;
  if (!email) {
    if (!upn) return { problems: [{ kind: 'no-address', personId: user.id, name }] };
    email = upn.toLowerCase();
    problems.push({ kind: 'no-mail', personId: user.id, name, usedInstead: email });
  }

  const languages = [user.preferredLanguage, mailbox?.language].filter((l): l is string => !!l);
  const known = languages.map(localeFromTag).find((l): l is Locale => l !== undefined);
  const locale = known ?? existing?.locale ?? organisation.locale;
  if (!known && languages.length > 0) problems.push({ kind: 'unknown-language', personId: user.id, name, language: languages[0] ?? '', used: locale });

  const zoneName = mailbox?.workingHours?.timeZone ?? mailbox?.timeZone;
  const zone = timeZoneOf(mailbox?.timeZone) ?? timeZoneOf(mailbox?.workingHours?.timeZone);
  const timeZone = zone ?? existing?.timeZone ?? organisation.timeZone;
  if (!zone && zoneName) problems.push({ kind: 'unknown-time-zone', personId: user.id, name, timeZone: zoneName, used: timeZone });

  const base = existing?.workingHours ?? organisation.defaultWorkingHours ?? DEFAULT_WORKING_HOURS;
  const workingHours = mailbox === undefined ? base : workingHoursOf(mailbox, base);
  const hasMailbox = mailbox === undefined ? existing?.hasMailbox : mailbox !== null;
  const joinedOn = user.employeeHireDate ? user.employeeHireDate.slice(0, 10) : undefined;
  const leftAt = input.leaving ? (existing?.leftAt ?? input.now) : undefined;

  const person: Person = {
    id: user.id,
    tenantId: organisation.tenantId,
    displayName: name.slice(0, 200),
    email,
    ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}),
    ...(input.managerId ? { managerId: input.managerId } : {}),
    ...(existing?.gesprekspartnerId ? { gesprekspartnerId: existing.gesprekspartnerId } : {}),
    locale,
    timeZone,
    workingHours,
    ...(joinedOn && /^\d{4}-\d{2}-\d{2}$/.test(joinedOn) ? { joinedOn } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(hasMailbox !== undefined ? { hasMailbox } : {}),
    ...(leftAt ? { leftAt } : {}),
  };
  // Whatever else the directory holds that Koers cannot store (an address that is no address) is
  // reported, not written: one odd entry never stops the sync.
  const checked = Person.safeParse(person);
  if (!checked.success) {
    const field = checked.error.issues[0]?.path.join('.') || 'onbekend';
    return { problems: [...problems, { kind: 'invalid-entry', personId: user.id, name, field }] };
  }
  return { person, problems };
}

/**
 * Whether giving `personId` the manager `managerId` closes a circle of managers, walking up
 * through `managerOf` (the people as they stand, this change not yet applied): the circle's ids
 * from the person round to them again, or undefined. Bounded, so a long chain cannot hang the sync.
 */
export function managerCycle(personId: string, managerId: string, managerOf: (id: string) => string | undefined, maxDepth = 1_000): string[] | undefined {
  const path = [personId];
  let current: string | undefined = managerId;
  for (let depth = 0; current !== undefined && depth < maxDepth; depth += 1) {
    path.push(current);
    if (current === personId) return path;
    if (path.indexOf(current) < path.length - 1) return undefined; // a circle above, not through this person
    current = managerOf(current);
  }
  return undefined;
}

/** Two people are the same for the store when every field is: the sync writes only what changed. */
export function samePerson(a: Person, b: Person): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
