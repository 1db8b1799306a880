import { approvePop, createPop, type GoalReminderAbout, type OrganisationSettings, type Person, type Pop, type PopGoalInput, type Stores } from '@koers/domain';
import { scheduleId, type DispatchStore } from '@koers/domain';
import { useEmbeddedCosmos } from '../../cosmos/__tests__/embeddedCosmos';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { FakeClock, harness } from './dispatchKit';

/** A small team with POPs for the goal reminder tests: Linda manages Sanne and Kees, all reachable through the stand-in. */

/** Friday 27 February 2026, 11:00 in Amsterdam: the plan is agreed. */
export const AGREED = '2026-02-27T10:00:00.000Z';

/** Embedded Cosmos, the connector stand-in and a dispatcher harness on a clock the test moves (set in beforeAll). */
export function useGoalStack() {
  const cosmos = useEmbeddedCosmos();
  let standIn: ConnectorStandIn | undefined;
  beforeAll(async () => {
    standIn = await startConnectorStandIn();
  });
  afterAll(() => standIn?.close());
  const clock = new FakeClock(Date.parse(AGREED));
  const connector = (): ConnectorStandIn => {
    if (!standIn) throw new Error('the connector stand-in starts in beforeAll');
    return standIn;
  };
  return { cosmos, clock, h: harness(cosmos, clock), connector };
}

let tenantCounter = 0;
const hours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' };

export interface Team {
  tenantId: string;
  sanne: Person;
  linda: Person;
  kees: Person;
}

/** A tenant with Linda (manager) and Sanne and Kees (her reports), all reachable in chat through the stand-in. */
export async function team(stores: Stores, standIn: ConnectorStandIn): Promise<Team> {
  const t = ++tenantCounter;
  const pad = (n: number) => String(n).padStart(12, '0');
  const tenantId = `7f000000-0000-4000-8000-${pad(t)}`;
  const org: OrganisationSettings = { id: tenantId, tenantId, name: `Org ${t}`, locale: 'nl-NL', timeZone: 'Europe/Amsterdam', leadTimeDays: 14, conversationMinutes: 60, checkInCadenceDays: 30, holidays: ['2026-04-06'] };
  await stores.organisations.create(org);
  const linda: Person = { id: `0c000000-0000-4000-8000-${pad(t * 10 + 1)}`, tenantId, displayName: 'Linda de Wit', email: `linda@o${t}.example`, roles: ['manager'], locale: 'nl-NL', timeZone: 'Europe/Amsterdam', workingHours: hours };
  const sanne: Person = { id: `0c000000-0000-4000-8000-${pad(t * 10 + 2)}`, tenantId, displayName: 'Sanne Bakker', email: `sanne@o${t}.example`, roles: ['employee'], managerId: linda.id, locale: 'nl-NL', timeZone: 'Europe/Amsterdam', workingHours: hours };
  const kees: Person = { ...sanne, id: `0c000000-0000-4000-8000-${pad(t * 10 + 3)}`, displayName: 'Kees Jansen', email: `kees@o${t}.example` };
  for (const person of [linda, sanne, kees]) {
    await stores.people.create(person);
    await stores.conversationReferences.upsert({
      id: person.id, tenantId, updatedAt: AGREED,
      reference: { serviceUrl: standIn.serviceUrl, channelId: 'msteams', conversation: { id: `a:goal-${t}-${person.displayName.split(' ')[0]}`, conversationType: 'personal', tenantId }, user: { id: `29:${person.id}`, aadObjectId: person.id }, bot: { id: '28:koers' } },
    });
  }
  return { tenantId, sanne, linda, kees };
}

export const goal = (id: string, overrides: Partial<PopGoalInput> = {}): PopGoalInput => ({ id, title: `Doel ${id}`, kind: 'verbreden', route: 'meelopen', ...overrides });

export function agree(pop: Pop, at: string): Pop {
  const current = pop.versions[pop.versions.length - 1];
  if (!current) throw new Error('no version');
  const one = approvePop(pop, { version: current.number, contentHash: current.contentHash, by: pop.employeeId, now: at });
  return approvePop(one, { version: current.number, contentHash: current.contentHash, by: pop.managerId, now: at });
}

export async function storedPop(stores: Stores, tm: Team, goals: PopGoalInput[]): Promise<Pop> {
  const pop = agree(createPop({ id: `pop-${tm.tenantId.slice(-4)}`, tenantId: tm.tenantId, employeeId: tm.sanne.id, managerId: tm.linda.id }, goals, tm.linda.id, AGREED), AGREED);
  await stores.pops.create(pop);
  return pop;
}


/** The cards delivered into one person's chat at the stand-in. */
export function chatOf(standIn: ConnectorStandIn, tm: Team, name: 'Sanne' | 'Linda' | 'Kees') {
  return standIn.deliveries.filter((d) => d.conversationId === `a:goal-${tm.tenantId.slice(-12).replace(/^0+/, '')}-${name}`);
}

/** A plan's goal reminders still waiting in the due index (what its schedule document lists), soonest first. */
export async function pendingGoalReminders(stores: Stores, dispatch: DispatchStore, pop: Pick<Pop, 'id' | 'tenantId'>): Promise<{ dueAt: string; about: GoalReminderAbout }[]> {
  const schedule = await dispatch.getSchedule(pop.tenantId, scheduleId(pop.id));
  const out: { dueAt: string; about: GoalReminderAbout }[] = [];
  for (const o of schedule?.value.occurrences ?? []) {
    const r = (await stores.reminders.get(pop.tenantId, o.dueAt, o.id))?.value;
    if (r?.state === 'due' && r.about?.type === 'goal') out.push({ dueAt: r.dueAt, about: r.about });
  }
  return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
