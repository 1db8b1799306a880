import { planOfFollowUp, readAll, type Conversation, type Pop, type Stores } from '@koers/domain';

/** The agreed plan a vervolggesprek follows up (domain planOfFollowUp), read from the employee's plans. */
export async function followUpPlan(stores: Pick<Stores, 'pops'>, conversation: Conversation): Promise<Pop | undefined> {
  if (conversation.kind !== 'vervolggesprek') return undefined;
  const pops = await readAll((page) => stores.pops.listForEmployee(conversation.tenantId, conversation.employeeId, page));
  return planOfFollowUp(pops, conversation);
}
