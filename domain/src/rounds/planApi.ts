import { z } from 'zod';
import { PersonSummary } from '../api';
import { ProposedSlot } from '../booking/schema';
import { SeriesNoSlotReason } from '../booking/series';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { RoundConversationType } from './round';

/**
 * The card's "Plan ze allemaal tegelijk" as the manager's tab page reads and confirms it: one
 * proposed time per member still to plan, spread over the round's period.
 */

/** Why a member got no proposal: the series planner's reasons, or someone outside the manager's team. */
export const RoundPlanNoSlotReason = z.union([SeriesNoSlotReason, z.literal('not-your-report')]);
export type RoundPlanNoSlotReason = z.infer<typeof RoundPlanNoSlotReason>;

/** Where a planned conversation takes place: the Teams meeting, or a place the manager named. */
const Place = { location: z.string().max(255).optional() };

export const RoundPlanItem = z.discriminatedUnion('status', [
  z.object({ status: z.literal('proposed'), employee: PersonSummary, slot: ProposedSlot }),
  /** Planned or held in the round's period already: nothing to do. */
  z.object({ status: z.literal('planned'), employee: PersonSummary, start: IsoDateTime.optional(), end: IsoDateTime.optional(), ...Place }),
  z.object({ status: z.literal('no-slot'), employee: PersonSummary, reason: RoundPlanNoSlotReason }),
]);
export type RoundPlanItem = z.infer<typeof RoundPlanItem>;

export const RoundPlanResponse = z.object({
  round: z.object({ id: z.string(), name: z.string(), period: z.object({ from: z.string(), to: z.string() }), conversationType: RoundConversationType }),
  timeZone: z.string(),
  durationMinutes: z.number().int().positive(),
  /** In name order: the members (not exempt) the manager holds this round's conversations with. */
  items: z.array(RoundPlanItem),
  /** How many calendars could not be read: those people's busy time is unknown. */
  unreadableCalendars: z.number().int().min(0),
});
export type RoundPlanResponse = z.infer<typeof RoundPlanResponse>;

export const RoundPlanBooking = z
  .object({
    employeeId: Guid,
    start: IsoDateTime,
    end: IsoDateTime,
    /** In person at this place instead of online (no Teams meeting). */
    location: z.string().trim().min(1).max(255).optional(),
    /** A time picked by hand sooner than the lead time, which the manager confirmed. */
    shortNotice: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Date.parse(b.end) > Date.parse(b.start), { message: 'het einde moet na het begin liggen', path: ['end'] });
export type RoundPlanBooking = z.infer<typeof RoundPlanBooking>;

/** "Alles bevestigen" sends every proposal; "Bevestigen" one. */
export const RoundPlanConfirmInput = z
  .object({
    bookings: z
      .array(RoundPlanBooking)
      .min(1)
      .max(200)
      .refine((list) => new Set(list.map((b) => b.employeeId.toLowerCase())).size === list.length, { message: 'iedereen hoogstens één keer' }),
  })
  .strict();
export type RoundPlanConfirmInput = z.infer<typeof RoundPlanConfirmInput>;

/**
 * Why one confirmation did not book: the time became busy or too soon in between (a new proposal
 * comes with it when one is found), or another booking failure by its code.
 */
export const RoundPlanConfirmResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), employeeId: z.string(), conversationId: z.string(), start: IsoDateTime, end: IsoDateTime, ...Place, created: z.boolean() }),
  z.object({ ok: z.literal(false), employeeId: z.string(), error: z.string().max(60), proposal: ProposedSlot.optional() }),
]);
export type RoundPlanConfirmResult = z.infer<typeof RoundPlanConfirmResult>;

export const RoundPlanConfirmResponse = z.object({ results: z.array(RoundPlanConfirmResult) });
export type RoundPlanConfirmResponse = z.infer<typeof RoundPlanConfirmResponse>;
