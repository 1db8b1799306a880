import { z } from 'zod';
import type { Notice } from './notice';

/**
 * Teams activity feed notifications: the bell in Teams, for the moments that wait for a person —
 * it is your turn to approve a POP, your employee asked for help with a goal, a conversation was
 * planned for you. They leave through the same outbox as the chat notices (one record per moment,
 * sent by the dispatcher), through Microsoft Graph's `sendActivityNotification` in Azure.
 *
 * A feed notification says who and what kind of moment, never what was said: previewText and
 * templateParameters carry names and the kind of moment only, no goal titles, answers or notes
 * (the link opens the page, where the reader's own access rules apply).
 */

/** The activity types the app manifest declares (`activities.activityTypes[].type`). */
export const ActivityType = z.enum(['approvePop', 'helpAsked', 'conversationPlanned']);
export type ActivityType = z.infer<typeof ActivityType>;

/** The parameters each activity type's templateText uses (`{name}` in the manifest's text). */
export const ACTIVITY_TEMPLATE_PARAMETERS: Readonly<Record<ActivityType, readonly string[]>> = {
  approvePop: ['person'],
  helpAsked: ['employee'],
  conversationPlanned: ['manager'],
};

/**
 * How the feed and the chat share a moment:
 * - `instead-of-chat`: the feed notification is the message; the chat card follows only when the
 *   feed cannot be reached (Koers not installed for the person, no consent, Graph refusing).
 *   "Your turn to approve" says nothing more in chat than in the feed.
 * - `with-chat`: the chat card is sent as before, and the feed notification beside it, once (on
 *   the notice's first try, whether or not the chat is reachable yet); the card carries what the
 *   feed may not — the preparation questions to answer in chat, the goal and the note of a help
 *   request — and the feed's link opens the same page in the tab.
 */
export type ActivityDelivery = 'instead-of-chat' | 'with-chat';

export const ACTIVITY_DELIVERY: Readonly<Record<ActivityType, ActivityDelivery>> = {
  approvePop: 'instead-of-chat',
  helpAsked: 'with-chat',
  conversationPlanned: 'with-chat',
};

/** The feed moment of a notice, when it has one; the other notices are chat only. */
export function activityTypeOf(notice: Notice): ActivityType | undefined {
  switch (notice.event) {
    case 'pop-approved':
      return 'approvePop';
    case 'help-needed':
      return 'helpAsked';
    case 'booked':
      return 'conversationPlanned';
    default:
      return undefined;
  }
}

/** Graph's limit on what Teams shows of the preview. */
export const ACTIVITY_PREVIEW_MAX = 150;

/** One feed notification, ready for Graph (the shape of its request body, in Koers' words). */
export const ActivityNotification = z.object({
  activityType: ActivityType,
  /** What the notification is about, as plain text (topic source `text`), e.g. "POP". */
  topic: z.string().min(1).max(100),
  /** Where a click lands: the Teams deep link to the tab page (the tab's own address locally). */
  webUrl: z.string().url().max(2000),
  previewText: z.string().min(1).max(ACTIVITY_PREVIEW_MAX),
  templateParameters: z.array(z.object({ name: z.string().min(1).max(50), value: z.string().max(200) })).max(10),
});
export type ActivityNotification = z.infer<typeof ActivityNotification>;

/**
 * Why a feed notification did not arrive; the chat is the fallback for all of them. `forbidden`:
 * Koers is not installed for the person, or the admin has not granted TeamsActivity.Send (Graph
 * answers 403 to both); `unknown-person`: Graph does not know them (404).
 */
export type ActivityFailure = 'forbidden' | 'unknown-person' | 'unavailable' | 'refused';

export type ActivityResult = { ok: true } | { ok: false; failure: ActivityFailure };
