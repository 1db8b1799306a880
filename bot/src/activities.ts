import { CardFactory, type Activity } from 'botbuilder';
import type { Reply } from './flows/reply';

/** An Adaptive Card attachment's type (the SDK's CardFactory.contentTypes holds it, typed `any`). */
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A flow's reply as a botbuilder chat message (the card as an Adaptive Card attachment). */
export function replyActivity(reply: Reply): Partial<Activity> {
  return reply.kind === 'text' ? { type: 'message', text: reply.text } : { type: 'message', attachments: [CardFactory.adaptiveCard(reply.card)] };
}

/**
 * Several replies as one chat message: the texts as its text, the cards as its attachments (a
 * message the outbox sends is one POST, so one notice is one message).
 */
export function repliesActivity(replies: readonly Reply[]): { type: 'message'; text?: string; attachments: { contentType: string; content: unknown }[] } {
  const text = replies.flatMap((r) => (r.kind === 'text' ? [r.text] : [])).join('\n\n');
  const attachments = replies.flatMap((r) => (r.kind === 'card' ? [{ contentType: ADAPTIVE_CARD, content: r.card }] : []));
  return { type: 'message', ...(text ? { text } : {}), attachments };
}
