import {
  formatDate,
  localDate,
  hasConversationInRound,
  invitedOf,
  nudgeDue,
  partnersOf,
  periodOver,
  readAll,
  roundMembers,
  zonedTimeToUtc,
  parseDate,
  type AddressedNotice,
  type Clock,
  type Outbox,
  type Round,
  type Stores,
} from '@koers/domain';
import type { RecordChange } from '../privacy/changeLog';

export interface RoundDayOptions {
  clock: Clock;
  outbox: Outbox;
  /** The same hook as HR's close: the insight snapshot of the round. */
  onRoundClosed?: (round: Round) => Promise<void>;
  /** The works council's change log: a round Koers closed itself, at the end of its period. */
  recordChange?: RecordChange;
}

export interface RoundDaySummary {
  closed: number;
  nudged: number;
}

/**
 * The rounds' daily timer: closes running rounds whose period is over (and calls the closing
 * hook), and on and after a round's nudge day queues one bundled card for each manager who still
 * has a member (not exempt) with nothing planned. The nudge's id names the round, the manager and
 * the nudge day, so running this every day — or twice — tells each manager once.
 */
export async function runRoundDay(stores: Pick<Stores, 'rounds' | 'people' | 'organisations' | 'conversations'>, options: RoundDayOptions): Promise<RoundDaySummary> {
  const summary: RoundDaySummary = { closed: 0, nudged: 0 };
  for (const tenantId of await stores.organisations.listTenantIds()) {
    const org = (await stores.organisations.get(tenantId))?.value;
    const timeZone = org?.timeZone ?? 'Europe/Amsterdam';
    const today = formatDate(localDate(options.clock.now(), timeZone));
    const rounds = (await readAll((page) => stores.rounds.list(tenantId, page))).filter((r) => r.status === 'gestart');
    if (rounds.length === 0) continue;
    const people = await readAll((page) => stores.people.listTenant(tenantId, page), 20_000);
    for (const round of rounds) {
      if (periodOver(round, today)) {
        const current = await stores.rounds.get(tenantId, round.id);
        if (!current || current.value.status !== 'gestart') continue;
        const saved = await stores.rounds.replace({ ...current.value, status: 'afgesloten', closedAt: options.clock.now().toISOString() }, current.etag);
        summary.closed++;
        await options.recordChange?.({ tenantId, kind: 'round-changed', details: { action: 'closed', roundId: saved.value.id, name: saved.value.name } });
        await options.onRoundClosed?.(saved.value);
        continue;
      }
      const day = nudgeDue(round, today);
      if (!day) continue;
      const members = roundMembers(round, people);
      const exemptions = await stores.rounds.listExemptions(tenantId, round.id);
      // The nudge's place in the outbox is the nudge day's morning, the same on every run.
      const at = zonedTimeToUtc(parseDate(day), '08:00', timeZone).toISOString();
      const notices: AddressedNotice[] = [];
      for (const managerId of partnersOf(members)) {
        const invited = invitedOf(managerId, members, exemptions);
        if (invited.length === 0) continue;
        const conversations = await readAll((page) => stores.conversations.listForManager(tenantId, managerId, page), 5000);
        if (invited.every((p) => hasConversationInRound(p, conversations, round))) continue;
        notices.push({ tenantId, recipientId: managerId, notice: { event: 'round-nudge', roundId: round.id, day, at } });
      }
      await options.outbox.enqueue(notices);
      await options.outbox.flush(notices);
      summary.nudged += notices.length;
    }
  }
  return summary;
}
