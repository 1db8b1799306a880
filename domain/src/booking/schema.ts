import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { HolidayList } from '../holidays';
import { OrganisationSettings } from '../organisation';
import { IsoWeekday, TimeOfDay, TimeZone, WorkingHours } from '../people';

/**
 * What the slot choice needs, validated and bounded. The caller (API or bot) assembles it from
 * the two people, their calendars' busy times and the organisation's settings; `now` is passed
 * in so the choice never reads a clock.
 */

/** Graph's `showAs` / getSchedule status. Only `free` and `workingElsewhere` leave time bookable. */
export const ShowAs = z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']);
export type ShowAs = z.infer<typeof ShowAs>;

export const BusyInterval = z
  .object({
    /** UTC instants (an explicit offset is accepted too). */
    start: IsoDateTime,
    end: IsoDateTime,
    showAs: ShowAs.default('busy'),
  })
  .refine((b) => Date.parse(b.end) > Date.parse(b.start), { message: 'einde moet na het begin liggen', path: ['end'] });
export type BusyInterval = z.infer<typeof BusyInterval>;

/** People's stored working hours, plus the ordering the stored shape does not check. */
const BookableWorkingHours = WorkingHours.refine((h) => h.end > h.start, {
  message: 'einde van de werktijd moet na het begin liggen',
  path: ['end'],
}).refine((h) => !h.lunch || h.lunch.end > h.lunch.start, {
  message: 'einde van de lunch moet na het begin liggen',
  path: ['lunch', 'end'],
});

/** One participant. A `Person` plus `busy` fits as is: extra fields are ignored. */
export const BookingParty = z.object({
  timeZone: TimeZone,
  workingHours: BookableWorkingHours,
  busy: z.array(BusyInterval).max(5000).default([]),
});
export type BookingParty = z.infer<typeof BookingParty>;

export const StepMinutes = z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(20), z.literal(30), z.literal(60)]);

export const SlotPreferences = z
  .object({
    /** Never book over either person's lunch break. */
    avoidLunch: z.boolean().default(true),
    /** Keep this much air before and after every existing meeting. */
    bufferMinutes: z.number().int().min(0).max(120).default(15),
    /** Soft: a slot starting on Monday before this local time ranks last (null: no preference). */
    avoidMondayBefore: TimeOfDay.nullable().default('09:00'),
    /** Soft: a slot on Friday that runs past this local time ranks last (null: no preference). */
    avoidFridayAfter: TimeOfDay.nullable().default('12:00'),
    /** Slots start on the local clock's :00/:30 (or whatever step this is). */
    stepMinutes: StepMinutes.default(30),
    /** First window, in calendar days from the earliest allowed start. */
    windowDays: z.number().int().min(1).max(42).default(7),
    /** How far the window may widen when it holds too few slots (six weeks). */
    maxWindowDays: z.number().int().min(1).max(84).default(42),
    /** How much each widening step adds. */
    widenStepDays: z.number().int().min(1).max(42).default(7),
  })
  .refine((p) => p.maxWindowDays >= p.windowDays, {
    message: 'het venster kan niet kleiner worden dan het begint',
    path: ['maxWindowDays'],
  });
export type SlotPreferences = z.infer<typeof SlotPreferences>;

export const SlotRequest = z.object({
  now: IsoDateTime,
  /** Usually two: the manager and the employee. More are allowed; all must be free. */
  parties: z.array(BookingParty).min(1).max(8),
  /** The organisation's zone: days, the step and the local times in the result use it. Default: the first party's. */
  timeZone: TimeZone.optional(),
  holidays: HolidayList.default([]),
  leadTimeDays: OrganisationSettings.shape.leadTimeDays,
  durationMinutes: OrganisationSettings.shape.conversationMinutes,
  /** How many proposals. */
  count: z.number().int().min(1).max(10).default(3),
  /** "Andere tijden": the `next` cursor of an earlier answer; proposals then start at or after it. */
  after: IsoDateTime.optional(),
  preferences: SlotPreferences.prefault({}),
});
/** What callers pass (defaults may be left out). */
export type SlotRequestInput = z.input<typeof SlotRequest>;
/** After validation, defaults filled in. */
export type SlotRequest = z.output<typeof SlotRequest>;

/** Soft preferences a proposal does not meet; it still may be proposed when nothing better exists. */
export const SoftPenalty = z.enum(['monday-early', 'friday-afternoon']);
export type SoftPenalty = z.infer<typeof SoftPenalty>;

export const ProposedSlot = z.object({
  start: IsoDateTime,
  end: IsoDateTime,
  /** In the organisation's time zone, ready to show ("di 8 dec 10:00–11:00"). */
  date: z.string().date(),
  weekday: IsoWeekday,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  penalties: z.array(SoftPenalty),
});
export type ProposedSlot = z.infer<typeof ProposedSlot>;

export const SearchWindow = z.object({
  /** The earliest allowed start: now + lead time, or the `after` cursor if later. */
  from: IsoDateTime,
  /** Exclusive end: local midnight after the window's last day. */
  to: IsoDateTime,
  days: z.number().int().min(1),
});
export type SearchWindow = z.infer<typeof SearchWindow>;

/** Why no slot came back; the bot and tab turn the code into a sentence. */
export const NoSlotReason = z.enum(['no-common-time']);
export type NoSlotReason = z.infer<typeof NoSlotReason>;

export type SlotChoice =
  | {
      ok: true;
      /** Best first; fewer than `count` only when even the widest window held no more. */
      slots: ProposedSlot[];
      window: SearchWindow;
      /** True when the first window held fewer than `count` slots and the search looked further. */
      widened: boolean;
      /** Pass as `after` for "andere tijden": local midnight after the last proposed day. */
      next: string;
    }
  | {
      ok: false;
      reason: NoSlotReason;
      slots: [];
      window: SearchWindow;
      widened: boolean;
      /** The end of the searched window, should someone want to look even later. */
      next: string;
    };
