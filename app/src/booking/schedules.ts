import { MAX_SCHEDULE_WINDOW_DAYS, type BookingParty, type CalendarPort, type MailboxSchedule, type Person } from '@koers/domain';

const DAY_MS = 86_400_000;

/**
 * Each person's busy times over [from, to), in the order given. Someone without a mailbox (a
 * frontline licence, as the directory sync found) has no calendar to ask: only their working
 * hours count, and the other party's calendar decides. A period longer than the calendar reads
 * at once (a conversation round of several months) is read in parts and put together; a mailbox
 * unreadable in any part counts as unreadable.
 */
export async function readSchedules(calendar: CalendarPort, tenantId: string, people: readonly Person[], from: number, to: number): Promise<MailboxSchedule[]> {
  const asked = people.filter((p) => p.hasMailbox !== false);
  const byPerson = new Map<string, MailboxSchedule>();
  const step = MAX_SCHEDULE_WINDOW_DAYS * DAY_MS;
  for (let start = from; asked.length && start < to; start += step) {
    const end = Math.min(to, start + step);
    const found = await calendar.getBusy(
      tenantId,
      asked.map((p) => ({ personId: p.id, email: p.email })),
      { from: new Date(start).toISOString(), to: new Date(end).toISOString() },
    );
    asked.forEach((p, index) => {
      const part = found[index];
      const before = byPerson.get(p.id);
      if (!part || (before && !before.ok)) return;
      if (!before || !part.ok) byPerson.set(p.id, part);
      else byPerson.set(p.id, { ...before, busy: [...before.busy, ...part.busy] });
    });
  }
  return people.map((p): MailboxSchedule => byPerson.get(p.id) ?? { personId: p.id, ok: true, busy: [] });
}

/** A person as the slot choice sees them: their zone, hours and readable busy time. */
export function bookingParty(person: Person, schedule: MailboxSchedule | undefined): BookingParty {
  return { timeZone: person.timeZone, workingHours: person.workingHours, busy: schedule?.ok ? schedule.busy : [] };
}
