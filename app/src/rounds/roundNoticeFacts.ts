import {
  conversationPartnerOf,
  hasConversationInRound,
  invitedOf,
  readAll,
  roundMembers,
  type Person,
  type Round,
  type RoundNotice,
  type Stores,
} from '@koers/domain';

/**
 * What a round's card says, read when the outbox sends it: for a manager, the members they are to
 * plan (without the exempt; for a nudge, only those with nothing planned yet); for an employee,
 * whether they are still in the round and with whom. Undefined: nothing to say (the round closed,
 * everyone is exempt or planned), and the outbox skips the card.
 */
export interface RoundNoticeFacts {
  round: Round;
  /** The manager's members to plan (round-started, round-nudge). */
  people: Person[];
  /** The employee's conversation partner (round-open). */
  partner?: Person;
}

export async function roundNoticeFacts(
  stores: Pick<Stores, 'rounds' | 'people' | 'conversations'>,
  tenantId: string,
  recipientId: string,
  notice: RoundNotice,
): Promise<RoundNoticeFacts | undefined> {
  const round = (await stores.rounds.get(tenantId, notice.roundId))?.value;
  if (!round || round.status !== 'gestart') return undefined;
  const exemptions = await stores.rounds.listExemptions(tenantId, round.id);
  if (notice.event === 'round-open') {
    const me = (await stores.people.get(tenantId, recipientId))?.value;
    if (!me || roundMembers(round, [me]).length === 0 || exemptions.some((e) => e.personId === me.id)) return undefined;
    const partnerId = conversationPartnerOf(me);
    const partner = partnerId ? (await stores.people.get(tenantId, partnerId))?.value : undefined;
    return { round, people: [], ...(partner ? { partner } : {}) };
  }
  const team = await readAll((page) => stores.people.listTeam(tenantId, recipientId, page));
  let people = invitedOf(recipientId, roundMembers(round, team), exemptions);
  if (notice.event === 'round-nudge') {
    const conversations = await readAll((page) => stores.conversations.listForManager(tenantId, recipientId, page), 5000);
    people = people.filter((p) => !hasConversationInRound(p, conversations, round));
  }
  return people.length > 0 ? { round, people } : undefined;
}
