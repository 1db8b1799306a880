import { noticeRecord, type AddressedNotice, type Reminder, type Stores } from '@koers/domain';

/** The POP fixtures live with the use cases (app/src/testing/popFixtures.ts); the route tests use them too. */
export { conversationWithAgreements, jsonRenderer, renderedInput, smartGoal } from '@koers/app/src/testing/popFixtures';

/** The outbox's record of this notice, as the use case put it there (undefined: never told). */
export async function outboxNotice(stores: Stores, addressed: AddressedNotice): Promise<Reminder | undefined> {
  const record = noticeRecord(addressed);
  return (await stores.reminders.get(addressed.tenantId, record.dueAt, record.id))?.value;
}

