/**
 * A conversation's statuses and when it counts as held, without zod: the Koerskaart's tools use
 * them and come without the schemas (conversation.ts re-exports all of this with its schemas).
 */
export const CONVERSATION_STATUSES = ['concept', 'gepland', 'gehouden', 'geannuleerd'] as const;
export type ConversationStatusValue = (typeof CONVERSATION_STATUSES)[number];

/**
 * Whether a conversation has been held — the one rule for the portfolio, the POP's offer and the
 * canvas: marked "gehouden" by one of the two ("Gesprek afronden"), or planned and its meeting is
 * over. A cancelled one never is; a canvas without a meeting (or a meeting not yet over) only
 * once marked.
 */
export function isHeld(conversation: { status: ConversationStatusValue; start?: string | undefined; end?: string | undefined }, now: Date): boolean {
  if (conversation.status === 'gehouden') return true;
  if (conversation.status !== 'gepland') return false;
  const over = conversation.end ?? conversation.start;
  return over !== undefined && Date.parse(over) <= now.getTime();
}

/**
 * When a held conversation took place: its meeting's start, unless it was marked held before that
 * start (held early, its planned meeting no longer what happened): then when it was marked held.
 * Marked held after the meeting began is the meeting's own day, so the start stays.
 */
export function heldAt(conversation: { start?: string | undefined; completedAt?: string | undefined; updatedAt: string }): string {
  const { start, completedAt } = conversation;
  if (start !== undefined && completedAt !== undefined && Date.parse(completedAt) < Date.parse(start)) return completedAt;
  return start ?? completedAt ?? conversation.updatedAt;
}
