import {
  bundleId,
  checkInItems,
  createIfAbsent,
  goalCardLine,
  GOAL_REMINDER_KIND,
  popLink,
  snoozedOccurrence,
  type CheckInItem,
  type Clock,
  type GoalReminderAbout,
  type GoalReminderLine,
  type LinkTarget,
  type Person,
  type Pop,
  type Reminder,
  type ReminderService,
  type Stores,
} from '@koers/domain';
import type { DispatchStore } from '../cosmos/repositories/dispatch';

/**
 * The bot's side of a sent reminder card (ports.ts ReminderService). A card belongs to one
 * bundle — `bundle|actor|day` — so the actor can only ever reach their own reminders: the bundle
 * id is made from the actor, never read from the card.
 */
export function createReminderService(deps: { stores: Stores; dispatch: DispatchStore; clock: Clock; links: LinkTarget }): ReminderService {
  const { stores, dispatch, clock, links } = deps;

  /** The goal reminders on the actor's card of that day, with what they are about. */
  async function goalRemindersOnCard(actor: Person, day: string): Promise<{ reminder: Reminder; about: GoalReminderAbout }[]> {
    const bundle = await dispatch.getBundle(actor.tenantId, bundleId(actor.id, day));
    if (!bundle || bundle.value.recipientId !== actor.id) return [];
    const stored = await Promise.all((bundle.value.items ?? []).map((item) => stores.reminders.get(actor.tenantId, item.dueAt, item.id)));
    return stored.flatMap((s) => {
      const r = s?.value;
      return r && r.recipientId === actor.id && r.kind === GOAL_REMINDER_KIND && r.about?.type === 'goal' ? [{ reminder: r, about: r.about }] : [];
    });
  }

  return {
    async checkInItems(actor, day) {
      const onCard = await goalRemindersOnCard(actor, day);
      const pops = new Map<string, Pop | undefined>();
      for (const { about } of onCard) {
        if (!pops.has(about.popId)) pops.set(about.popId, (await stores.pops.get(actor.tenantId, about.employeeId, about.popId))?.value);
      }
      const lines: GoalReminderLine[] = [];
      const gone: CheckInItem[] = [];
      for (const { about } of onCard) {
        const line = goalCardLine(about, pops.get(about.popId));
        if (line) lines.push(line);
        else if (!gone.some((g) => g.popId === about.popId && g.goalId === about.goalId)) {
          gone.push({ popId: about.popId, goalId: about.goalId, title: '', seenVersion: 1, status: 'niet-gestart', due: [{ what: about.what }], popUrl: popLink(links, about.popId), stale: 'gone' });
        }
      }
      return [...checkInItems(lines, (popId) => popLink(links, popId)), ...gone];
    },

    async snooze(actor, request) {
      const onCard = (await goalRemindersOnCard(actor, request.day)).filter(({ about }) => about.popId === request.popId && about.goalId === request.goalId);
      if (onCard.length === 0) return undefined;
      const org = await stores.organisations.get(actor.tenantId);
      const calendar = { timeZone: actor.timeZone, workingHours: actor.workingHours, holidays: org?.value.holidays ?? [] };
      let until: string | undefined;
      for (const { reminder } of onCard) {
        const next = snoozedOccurrence(reminder, request.choice, clock.now().toISOString(), calendar);
        if (!next) continue;
        await createIfAbsent(() => stores.reminders.create(next));
        until = until && Date.parse(until) <= Date.parse(next.dueAt) ? until : next.dueAt;
      }
      return until ? { until } : undefined;
    },
  };
}
