import { approvePop, createPop, type OrganisationSettings, type Person, type Pop, type PopGoalInput, type Stores } from '@koers/domain';

/** A small team with POPs for the goal reminder tests: Linda manages Sanne and Kees. */

/** Friday 27 February 2026, 11:00 in Amsterdam: the plan is agreed. */
export const AGREED = '2026-02-27T10:00:00.000Z';

let tenantCounter = 0;
const hours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' };

export interface Team {
  tenantId: string;
  sanne: Person;
  linda: Person;
  kees: Person;
}

export type TeamMember = 'Sanne' | 'Linda' | 'Kees';

/** The personal chat the team's conversation references point at, one per person. */
export function teamChatId(tm: Pick<Team, 'tenantId'>, name: TeamMember): string {
  return `a:goal-${tm.tenantId.slice(-12).replace(/^0+/, '')}-${name}`;
}

/**
 * A tenant with Linda (manager) and Sanne and Kees (her reports). With `reachableAt` (a Bot
 * Connector's service URL) each of them also gets a conversation reference there, so reminders
 * can be delivered into their chats.
 */
export async function team(stores: Stores, reachableAt?: { serviceUrl: string }): Promise<Team> {
  const t = ++tenantCounter;
  const pad = (n: number) => String(n).padStart(12, '0');
  const tenantId = `7f000000-0000-4000-8000-${pad(t)}`;
  const org: OrganisationSettings = { id: tenantId, tenantId, name: `Org ${t}`, locale: 'nl-NL', timeZone: 'Europe/Amsterdam', leadTimeDays: 14, conversationMinutes: 60, checkInCadenceDays: 30, holidaySettings: { country: 'NL', agreementDays: [], closingPeriods: [] } };
  await stores.organisations.create(org);
  const linda: Person = { id: `0c000000-0000-4000-8000-${pad(t * 10 + 1)}`, tenantId, displayName: 'Linda de Wit', email: `linda@o${t}.example`, locale: 'nl-NL', timeZone: 'Europe/Amsterdam', workingHours: hours };
  const sanne: Person = { id: `0c000000-0000-4000-8000-${pad(t * 10 + 2)}`, tenantId, displayName: 'Sanne Bakker', email: `sanne@o${t}.example`, managerId: linda.id, locale: 'nl-NL', timeZone: 'Europe/Amsterdam', workingHours: hours };
  const kees: Person = { ...sanne, id: `0c000000-0000-4000-8000-${pad(t * 10 + 3)}`, displayName: 'Kees Jansen', email: `kees@o${t}.example` };
  const members: [TeamMember, Person][] = [['Linda', linda], ['Sanne', sanne], ['Kees', kees]];
  for (const [name, person] of members) {
    await stores.people.create(person);
    if (!reachableAt) continue;
    await stores.conversationReferences.upsert({
      id: person.id, tenantId, updatedAt: AGREED,
      reference: { serviceUrl: reachableAt.serviceUrl, channelId: 'msteams', conversation: { id: teamChatId({ tenantId }, name), conversationType: 'personal', tenantId }, user: { id: `29:${person.id}`, aadObjectId: person.id }, bot: { id: '28:koers' } },
    });
  }
  return { tenantId, sanne, linda, kees };
}

export const goal = (id: string, overrides: Partial<PopGoalInput> = {}): PopGoalInput => ({ id, title: `Doel ${id}`, kind: 'verbreden', route: 'meelopen', ...overrides });

/** The plan's current version approved by both parties at `at`. */
export function agree(pop: Pop, at: string): Pop {
  const current = pop.versions[pop.versions.length - 1];
  if (!current) throw new Error('no version');
  const one = approvePop(pop, { version: current.number, contentHash: current.contentHash, by: pop.employeeId, now: at });
  return approvePop(one, { version: current.number, contentHash: current.contentHash, by: pop.managerId, now: at });
}

/** Sanne's plan with these goals, agreed at AGREED and stored. */
export async function storedPop(stores: Stores, tm: Team, goals: PopGoalInput[]): Promise<Pop> {
  const pop = agree(createPop({ id: `pop-${tm.tenantId.slice(-4)}`, tenantId: tm.tenantId, employeeId: tm.sanne.id, managerId: tm.linda.id }, goals, tm.linda.id, AGREED), AGREED);
  await stores.pops.create(pop);
  return pop;
}
