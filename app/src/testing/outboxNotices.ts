import { NOTICE_KIND, readAll, utcDay, type Notice, type NoticeEvent, type Reminder, type Stores } from '@koers/domain';

/**
 * For use-case tests: the notices the outbox holds about one conversation or plan (its subject),
 * oldest first, as the dispatcher will find them in the due index (the days from `from` on).
 */
export async function outboxNotices(
  stores: Pick<Stores, 'reminders'>,
  tenantId: string,
  subjectId: string,
  from: Date,
  days = 2,
): Promise<{ notice: Notice; recipientId: string; state: Reminder['state'] }[]> {
  const found: Reminder[] = [];
  for (let i = 0; i < days; i++) {
    const day = utcDay(new Date(from.getTime() + i * 86_400_000).toISOString());
    found.push(...(await readAll((page) => stores.reminders.listDue(tenantId, day, '9999-12-31T23:59:59.000Z', page))));
  }
  return found
    .filter((r) => r.kind === NOTICE_KIND && r.subjectId === subjectId)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id))
    .flatMap((r) => (r.about?.type === 'notice' ? [{ notice: r.about.notice, recipientId: r.recipientId, state: r.state }] : []));
}

/** The same, as event names: what a test compares. */
export async function noticesAbout(
  stores: Pick<Stores, 'reminders'>,
  tenantId: string,
  subjectId: string,
  from: Date,
  days = 2,
): Promise<{ event: NoticeEvent; recipientId: string; state: Reminder['state'] }[]> {
  return (await outboxNotices(stores, tenantId, subjectId, from, days)).map(({ notice, recipientId, state }) => ({ event: notice.event, recipientId, state }));
}
