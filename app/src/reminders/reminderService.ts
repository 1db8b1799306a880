import {
  bundleId,
  createIfAbsent,
  currentCheckInItems,
  GOAL_REMINDER_KIND,
  popLink,
  snoozedOccurrence,
  type CheckInItem,
  type Clock,
  type GoalReminderAbout,
  type LinkTarget,
  type Person,
  type Pop,
  type Reminder,
  type ReminderService,
  type Stores,
} from '@koers/domain';
import type { DispatchStore } from '@koers/domain';
import type { ReminderPreferencesService } from './preferences';
import { organisationHolidays } from '../organisation/holidays';

/**
 * The bot's side of a sent reminder card (ports.ts ReminderService). A card belongs to one
 * bundle — `bundle|actor|day` — so the actor can only ever reach their own reminders: the bundle
 * id is made from the actor, never read from the card.
 */
export function createReminderService(deps: {
  stores: Stores;
  dispatch: DispatchStore;
  clock: Clock;
  links: LinkTarget;
  /** The POP page's pause, used by the card's "geen check-ins meer voor dit doel". */
  preferences: ReminderPreferencesService;
}): ReminderService {
  const { stores, dispatch, clock, links } = deps;

  /** The goal reminders on the actor's card of that day, with what they are about. */
  async function goalRemindersOnCard(actor: Person, day: string): Promise<{ reminder: Reminder; about: GoalReminderAbout; sentAt?: string }[]> {
    const bundle = await dispatch.getBundle(actor.tenantId, bundleId(actor.id, day));
    if (!bundle || bundle.value.recipientId !== actor.id) return [];
    const sentAt = bundle.value.sentAt;
    const stored = await Promise.all((bundle.value.items ?? []).map((item) => stores.reminders.get(actor.tenantId, item.dueAt, item.id)));
    return stored.flatMap((s) => {
      const r = s?.value;
      return r && r.recipientId === actor.id && r.kind === GOAL_REMINDER_KIND && r.about?.type === 'goal' ? [{ reminder: r, about: r.about, ...(sentAt ? { sentAt } : {}) }] : [];
    });
  }

  return {
    async checkInItems(actor, day) {
      const onCard = await goalRemindersOnCard(actor, day);
      const pops = new Map<string, Pop | undefined>();
      for (const { about } of onCard) {
        if (!pops.has(about.popId)) pops.set(about.popId, (await stores.pops.get(actor.tenantId, about.employeeId, about.popId))?.value);
      }
      // What she recorded on this card already shows as recorded (her own progress since it was sent).
      const sentAt = onCard[0]?.sentAt;
      const current = currentCheckInItems(onCard.map((c) => c.about), (popId) => pops.get(popId), (popId) => popLink(links, popId));
      return current.map((item): CheckInItem => {
        if (item.stale) return item;
        const pop = pops.get(item.popId);
        const preferences = pop?.reminderPreferences;
        // Paused since the card went out (here or on the POP page): the card says so instead of asking.
        if (sentAt && preferences?.updatedAt && Date.parse(preferences.updatedAt) >= Date.parse(sentAt) && preferences.goals?.some((g) => g.goalId === item.goalId && g.paused)) {
          return { ...item, paused: true };
        }
        const progress = pop?.progress.find((p) => p.goalId === item.goalId);
        if (!sentAt || !progress || Date.parse(progress.updatedAt) < Date.parse(sentAt)) return item;
        const note = progress.notes.at(-1);
        return { ...item, recorded: { status: progress.status, ...(note && note.at === progress.updatedAt && note.by === actor.id ? { note: note.text } : {}) } };
      });
    },

    async pause(actor, request) {
      const onCard = (await goalRemindersOnCard(actor, request.day)).some(({ about }) => about.popId === request.popId && about.goalId === request.goalId);
      if (!onCard) return false;
      await deps.preferences.set(actor, request.popId, { goalId: request.goalId, paused: true });
      return true;
    },

    async snooze(actor, request) {
      const onCard = (await goalRemindersOnCard(actor, request.day)).filter(({ about }) => about.popId === request.popId && about.goalId === request.goalId);
      if (onCard.length === 0) return undefined;
      const org = await stores.organisations.get(actor.tenantId);
      const calendar = { timeZone: actor.timeZone, workingHours: actor.workingHours, holidays: organisationHolidays(org?.value, clock.now()) };
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
