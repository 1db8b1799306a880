import { AGREED, teamChatId, type Team, type TeamMember } from '@koers/app/src/testing/goalFixtures';
import { type GoalReminderAbout, type Pop, type Stores } from '@koers/domain';
import { scheduleId, type DispatchStore } from '@koers/domain';
import { useEmbeddedCosmos } from '../../cosmos/__tests__/embeddedCosmos';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { FakeClock, harness } from './dispatchKit';

/**
 * The goal reminder tests' stack: the team and its plans (app/src/testing/goalFixtures; pass the
 * stand-in to `team` so everyone is reachable through it) on the embedded Cosmos.
 */
export { AGREED, agree, goal, storedPop, team, type Team } from '@koers/app/src/testing/goalFixtures';

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

/** The cards delivered into one person's chat at the stand-in. */
export function chatOf(standIn: ConnectorStandIn, tm: Team, name: TeamMember) {
  return standIn.deliveries.filter((d) => d.conversationId === teamChatId(tm, name));
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
