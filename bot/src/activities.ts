import { CardFactory, type Activity } from 'botbuilder';
import type { Reply } from './flows/reply';

/** A flow's reply as a botbuilder chat message (the card as an Adaptive Card attachment). */
export function replyActivity(reply: Reply): Partial<Activity> {
  return reply.kind === 'text' ? { type: 'message', text: reply.text } : { type: 'message', attachments: [CardFactory.adaptiveCard(reply.card)] };
}
