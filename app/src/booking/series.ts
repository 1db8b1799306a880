import {
  BookingError,
  CalendarConsentError,
  CalendarUnavailableError,
  ConcurrencyError,
  ConflictError,
  ConversationKind,
  NotFoundError,
  parseDate,
  addDays,
  proposeSeriesSlots,
  SeriesWindow,
  TemplateRef,
  startOfLocalDay,
  toPersonSummary,
  type BookingErrorCode,
  type BookingService,
  type CalendarPort,
  type Clock,
  type ConversationView,
  type Person,
  type PersonSummary,
  type ProposedSlot,
  type SeriesNoSlotReason,
  type Stores,
} from '@koers/domain';
import { z } from 'zod';
import { organisationHolidays } from '../organisation/holidays';
import { bookingParty, readSchedules } from './schedules';

/**
 * The series planner of a conversation round: times for all of one manager's employees at once,
 * spread over the round's period (proposeSeries), and booking all of them or a chosen few
 * through the ordinary booking (confirmSeries). The round calls it for the manager who pressed
 * the card's button; it checks that every employee is that manager's report.
 */

const DAY_MS = 86_400_000;

export const ProposeSeriesInput = z.object({
  tenantId: z.string().min(1),
  managerId: z.string().min(1),
  employeeIds: z.array(z.string().min(1).max(100)).min(1).max(200),
  window: SeriesWindow,
  allowSameDay: z.boolean().default(false),
  /** Starts of the manager's other conversations of the same list: their days count as taken. */
  otherStarts: z.array(z.string()).max(200).default([]),
});
export type ProposeSeriesInput = z.input<typeof ProposeSeriesInput>;

/** Besides the slot choice's reasons: not this manager's report, or already planned in the period. */
export type SeriesSkipReason = SeriesNoSlotReason | 'not-your-report' | 'already-planned';

export type SeriesEmployeeProposal =
  | { employeeId: string; employee: PersonSummary; ok: true; slot: ProposedSlot }
  | { employeeId: string; employee?: PersonSummary; ok: false; reason: SeriesSkipReason };

export interface SeriesProposals {
  proposals: SeriesEmployeeProposal[];
  timeZone: string;
  durationMinutes: number;
  /** People whose calendar could not be read: their busy time is unknown, the slots may clash. */
  unreadableCalendars: string[];
}

export const ConfirmSeriesInput = z.object({
  tenantId: z.string().min(1),
  managerId: z.string().min(1),
  /**
   * What the bookings belong to (the round's id): with the employee it makes each booking's
   * idempotency key, so confirming again books nobody twice.
   */
  seriesId: z.string().min(1).max(200),
  kind: ConversationKind.default('loopbaangesprek'),
  /** The round's template version, pinned on every conversation it books. */
  template: TemplateRef.optional(),
  bookings: z
    .array(
      z.object({
        employeeId: z.string().min(1).max(100),
        start: z.string(),
        end: z.string(),
        location: z.string().trim().min(1).max(255).optional(),
        shortNotice: z.boolean().optional(),
        /**
         * How many of this employee's conversations of the series were cancelled since: a new
         * booking after a cancellation needs its own idempotency key, a retry keeps the same.
         */
        attempt: z.number().int().min(0).max(1000).optional(),
      }),
    )
    .min(1)
    .max(200),
});
export type ConfirmSeriesInput = z.input<typeof ConfirmSeriesInput>;

/** Why one booking of a series failed, as the card or the round reports it. */
export type SeriesBookingFailure = BookingErrorCode | 'not-found' | 'conflict' | 'stale' | 'calendar-consent' | 'calendar-unavailable' | 'invalid' | 'failed';

export type SeriesBookingResult =
  | { employeeId: string; ok: true; created: boolean; conversation: ConversationView }
  | { employeeId: string; ok: false; error: SeriesBookingFailure };

export interface SeriesPlanner {
  proposeSeries(input: ProposeSeriesInput): Promise<SeriesProposals>;
  /** Books each one on its own: one failing undoes none of the others; every result is reported. */
  confirmSeries(input: ConfirmSeriesInput): Promise<SeriesBookingResult[]>;
}

export interface SeriesPlannerOptions {
  stores: Stores;
  calendar: CalendarPort;
  clock: Clock;
  booking: BookingService;
}

/** A UUID (version 5 layout) from the text: the same series and employee always give the same key. */
async function derivedUuid(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function failureOf(error: unknown): SeriesBookingFailure {
  if (error instanceof BookingError) return error.code;
  if (error instanceof NotFoundError) return 'not-found';
  if (error instanceof ConflictError) return 'conflict';
  if (error instanceof ConcurrencyError) return 'stale';
  if (error instanceof CalendarConsentError) return 'calendar-consent';
  if (error instanceof CalendarUnavailableError) return 'calendar-unavailable';
  if (error instanceof z.ZodError) return 'invalid';
  // Anything else still must not cost the others their booking; the round reports it as failed.
  return 'failed';
}

export function createSeriesPlanner(options: SeriesPlannerOptions): SeriesPlanner {
  const { stores, calendar, clock, booking } = options;

  async function managerOf(tenantId: string, managerId: string): Promise<Person> {
    const stored = await stores.people.get(tenantId, managerId.toLowerCase());
    if (!stored) throw new NotFoundError('Person', managerId);
    return stored.value;
  }

  async function plannedBetween(tenantId: string, employeeId: string, from: number, to: number): Promise<boolean> {
    let token: string | undefined;
    do {
      const page = await stores.conversations.listForEmployee(tenantId, employeeId, { maxItems: 100, ...(token ? { continuationToken: token } : {}) });
      const hit = page.items.some((c) => c.status !== 'geannuleerd' && c.start !== undefined && Date.parse(c.start) >= from && Date.parse(c.start) < to);
      if (hit) return true;
      token = page.continuationToken;
    } while (token);
    return false;
  }

  return {
    async proposeSeries(raw) {
      const input = ProposeSeriesInput.parse(raw);
      const manager = await managerOf(input.tenantId, input.managerId);
      const org = (await stores.organisations.get(input.tenantId))?.value;
      if (!org) throw new NotFoundError('Organisation', input.tenantId);
      const from = startOfLocalDay(parseDate(input.window.from), org.timeZone);
      const to = startOfLocalDay(addDays(parseDate(input.window.to), 1), org.timeZone);

      const skipped = new Map<string, SeriesEmployeeProposal>();
      const reports: Person[] = [];
      for (const employeeId of [...new Set(input.employeeIds)]) {
        const person = (await stores.people.get(input.tenantId, employeeId.toLowerCase()))?.value;
        if (!person || person.managerId !== manager.id) skipped.set(employeeId, { employeeId, ok: false, reason: 'not-your-report' });
        else if (await plannedBetween(input.tenantId, person.id, from, to)) skipped.set(employeeId, { employeeId, employee: toPersonSummary(person), ok: false, reason: 'already-planned' });
        else reports.push(person);
      }

      let proposed = new Map<string, SeriesEmployeeProposal>();
      let unreadable: string[] = [];
      const earliest = Math.max(from, clock.now().getTime() + org.leadTimeDays * DAY_MS);
      if (reports.length) {
        // Nothing to read when the period is already too soon: the slot choice says so by itself.
        const found = earliest < to ? await readSchedules(calendar, input.tenantId, [manager, ...reports], earliest - DAY_MS, to + DAY_MS) : [];
        unreadable = found.filter((s) => !s.ok).map((s) => s.personId);
        const slots = proposeSeriesSlots({
          now: clock.now().toISOString(),
          timeZone: org.timeZone,
          holidays: organisationHolidays(org, clock.now()),
          leadTimeDays: org.leadTimeDays,
          durationMinutes: org.conversationMinutes,
          manager: bookingParty(manager, found[0]),
          employees: reports.map((p, i) => ({ employeeId: p.id, party: bookingParty(p, found[i + 1]) })),
          window: input.window,
          allowSameDay: input.allowSameDay,
          otherStarts: input.otherStarts,
        });
        proposed = new Map(
          slots.map((s, i): [string, SeriesEmployeeProposal] => {
            const employee = toPersonSummary(reports[i]!);
            return [s.employeeId, s.ok ? { employeeId: s.employeeId, employee, ok: true, slot: s.slot } : { employeeId: s.employeeId, employee, ok: false, reason: s.reason }];
          }),
        );
      }
      const proposals = input.employeeIds.map((id) => skipped.get(id) ?? proposed.get(id.toLowerCase()) ?? proposed.get(id)!);
      return { proposals: [...new Map(proposals.map((p) => [p.employeeId, p])).values()], timeZone: org.timeZone, durationMinutes: org.conversationMinutes, unreadableCalendars: unreadable };
    },

    async confirmSeries(raw) {
      const input = ConfirmSeriesInput.parse(raw);
      const manager = await managerOf(input.tenantId, input.managerId);
      const results: SeriesBookingResult[] = [];
      // One after the other: each booking reads both calendars afresh, so two never take one slot.
      for (const wanted of input.bookings) {
        try {
          const key = [input.tenantId, manager.id, input.seriesId, wanted.employeeId.toLowerCase(), ...(wanted.attempt ? [String(wanted.attempt)] : [])];
          const requestId = await derivedUuid(key.join('\u0000'));
          const view = await booking.book(manager, {
            employeeId: wanted.employeeId,
            start: wanted.start,
            end: wanted.end,
            kind: input.kind,
            requestId,
            ...(wanted.location ? { location: wanted.location } : {}),
            ...(wanted.shortNotice ? { shortNotice: true } : {}),
          }, input.template ? { template: input.template } : undefined);
          const { created, ...conversation } = view;
          results.push({ employeeId: wanted.employeeId, ok: true, created: created ?? false, conversation });
        } catch (error) {
          results.push({ employeeId: wanted.employeeId, ok: false, error: failureOf(error) });
        }
      }
      return results;
    },
  };
}
