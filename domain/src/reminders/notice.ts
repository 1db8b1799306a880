import { z } from 'zod';
import { SlotProposalsResponse } from '../bookingApi';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { MAX_FOLLOW_UPS, PopRole } from '../pop/schema';

/**
 * Notices: what Koers tells someone in chat the moment something happened to them — a
 * conversation booked, moved or cancelled; a plan approved by the other party, or agreed by both;
 * a goal that needs help. They leave through the same durable outbox as the reminders (the
 * dispatcher's due index): a record is written BEFORE the change it reports, then the change, then
 * the dispatcher is asked to send at once. A crash anywhere in between leaves the record for the
 * next dispatcher run, which sends it only if the change really happened (`noticeVerdict`), so a
 * person is told exactly once, and never of something that did not happen.
 */

export const NOTICE_KIND = 'notice';

const Id = z.string().min(1).max(100);

/** When the change was made: the notice's place in the due index, the same on every replay of the change. */
const At = { at: IsoDateTime };

/** Which follow-up of which plan's rhythm agreement (pop/rhythm.ts) a follow-up notice is about. */
const FollowUpAbout = {
  popId: Id,
  employeeId: Guid,
  agreement: z.string().min(1).max(64),
  number: z.number().int().min(1).max(MAX_FOLLOW_UPS),
  due: z.string().date(),
};

export const Notice = z.discriminatedUnion('event', [
  /** To the employee: their manager booked the conversation (revision: the booking's, see Conversation). */
  z.object({ event: z.literal('booked'), conversationId: Id, employeeId: Guid, revision: z.number().int().min(1), ...At }),
  /** To the employee: the conversation moved from `previous` to `start`–`end`. */
  z.object({
    event: z.literal('rescheduled'),
    conversationId: Id,
    employeeId: Guid,
    start: IsoDateTime,
    end: IsoDateTime,
    previous: z.object({ start: IsoDateTime, end: IsoDateTime }),
    ...At,
  }),
  /** To the employee: the conversation is off. */
  z.object({ event: z.literal('cancelled'), conversationId: Id, employeeId: Guid, revision: z.number().int().min(1), ...At }),
  /** To the other party: `by` approved version `version`, it is their turn. */
  z.object({ event: z.literal('pop-approved'), popId: Id, employeeId: Guid, version: z.number().int().min(1), by: PopRole, ...At }),
  /** To each party: both approved version `version`; the agreements PDF is ready. */
  z.object({ event: z.literal('pop-agreed'), popId: Id, employeeId: Guid, version: z.number().int().min(1), ...At }),
  /**
   * To the manager: the employee asked for a conversation, `from`–`to` the days they said ("in
   * januari"), with the proposals Koers found for the manager when they asked (the same card as the
   * manager's own "plan een gesprek met …"). `requestId`: one request a person a day.
   */
  z.object({
    event: z.literal('conversation-requested'),
    requestId: Id,
    employeeId: Guid,
    managerId: Guid,
    wish: z.object({ from: z.string().date(), to: z.string().date() }).optional(),
    note: z.string().max(500).optional(),
    proposals: SlotProposalsResponse,
    ...At,
  }),
  /** To the manager: the employee set a goal to "hulp nodig" at `at` (the note written then, if any, is read at send time). */
  z.object({ event: z.literal('help-needed'), popId: Id, employeeId: Guid, goalId: Id, ...At }),
  /**
   * To a manager (or gesprekspartner): HR started round `roundId`; plan the conversations with
   * your members in it. Who and how many is read when it is sent, without the exempt ones.
   */
  z.object({ event: z.literal('round-started'), roundId: Id, ...At }),
  /** To a member of a round in which employees may start: you may ask for your conversation. */
  z.object({ event: z.literal('round-open'), roundId: Id, ...At }),
  /** To a manager who lags on the round's nudge day `day`: one card for everyone not planned yet. */
  z.object({ event: z.literal('round-nudge'), roundId: Id, day: z.string().date(), ...At }),
  /**
   * To the manager: follow-up `number` of the plan's agreed rhythm (`agreement`) is due on `due`;
   * the proposals Koers found in both calendars, and the plan's progress read when it is sent.
   */
  z.object({ event: z.literal('follow-up-proposed'), ...FollowUpAbout, proposals: SlotProposalsResponse, ...At }),
  /** To the employee: the same follow-up is coming; the manager got proposals to plan it. */
  z.object({ event: z.literal('follow-up-coming'), ...FollowUpAbout, ...At }),
]);
export type Notice = z.infer<typeof Notice>;
export type NoticeEvent = Notice['event'];
