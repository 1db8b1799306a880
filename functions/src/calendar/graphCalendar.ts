import type { Client } from '@microsoft/microsoft-graph-client';
import {
  CalendarConsentError,
  CalendarUnavailableError,
  CreateMeetingInput,
  Mailbox,
  MeetingTimes,
  NotFoundError,
  TimeWindow,
  type BusyInterval,
  type CalendarPort,
  type MailboxSchedule,
  type ReportedWorkingHours,
  type ShowAs,
} from '@koers/domain';
import { z } from 'zod';
import { createGraphClients, segment, type GraphClientOptions, type GraphLog, type GraphLogFields } from '../graph/graphClient';

/**
 * The calendar port over Microsoft Graph, app-only: free/busy with calendar/getSchedule, the
 * meeting as an event in the organizer's mailbox (a Teams meeting, idempotent by transactionId),
 * moved with PATCH and cancelled with event/cancel.
 *
 * Privacy: emails, names, subjects and bodies go to Graph and nowhere else. The log gets ids,
 * statuses and Graph's error codes only, never Graph's error messages (they quote addresses).
 * The client itself (token, retries, transport) comes from ../graph/graphClient.ts.
 */

export { GRAPH_BASE_URL } from '../graph/graphClient';

/** getSchedule answers at most 20 schedules per call. */
export const MAX_SCHEDULES_PER_CALL = 20;

export type CalendarLogFields = GraphLogFields;
export type CalendarLog = GraphLog;

export interface GraphCalendarOptions extends GraphClientOptions {
  /** Slot length of availabilityView (we read scheduleItems; a coarse view keeps answers small). */
  availabilityViewInterval?: number;
}

// --- What Koers reads from Graph's answers (lenient: Graph may add properties at any time) ---

const GraphDateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string() });

const ScheduleInformation = z.object({
  scheduleId: z.string(),
  scheduleItems: z.array(z.object({ status: z.string(), start: GraphDateTimeTimeZone, end: GraphDateTimeTimeZone })).optional(),
  workingHours: z
    .object({
      daysOfWeek: z.array(z.string()),
      startTime: z.string(),
      endTime: z.string(),
      timeZone: z.object({ name: z.string().optional() }).nullish(),
    })
    .nullish(),
  error: z.object({ responseCode: z.string().nullish(), message: z.string().nullish() }).nullish(),
});
const GetScheduleResponse = z.object({ value: z.array(ScheduleInformation) });

const EventResponse = z.object({
  id: z.string().min(1),
  webLink: z.string().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
});

const OnlineMeetingsResponse = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });

/**
 * What a career conversation's Teams meeting must be (PATCH onlineMeeting): no recording, no
 * transcript (so no recap or assistant summarises it), and only the invited two admitted
 * directly — anyone else, inside the organisation or out, waits in the lobby, dial-in too.
 */
export const CONFIDENTIAL_MEETING_SETTINGS = {
  allowRecording: false,
  allowTranscription: false,
  recordAutomatically: false,
  lobbyBypassSettings: { scope: 'invited', isDialInBypassEnabled: false },
} as const;

const STATUS: Readonly<Record<string, ShowAs>> = {
  free: 'free',
  tentative: 'tentative',
  busy: 'busy',
  oof: 'oof',
  workingelsewhere: 'workingElsewhere',
  unknown: 'unknown',
};

const WEEKDAY: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** freeBusyError.responseCode for an address Graph cannot resolve to a mailbox. */
const MAILBOX_NOT_FOUND_CODES = new Set(['5009']);

/** A UTC instant as Graph's dateTimeTimeZone ("2019-03-15T09:00:00", "UTC"). */
export function toGraphDateTime(iso: string): { dateTime: string; timeZone: 'UTC' } {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError('not an ISO date-time');
  return { dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' };
}

/** Graph's "2019-03-15T12:00:00.0000000" in UTC → "2019-03-15T12:00:00.000Z". */
export function fromGraphDateTime(value: { dateTime: string; timeZone: string }): string {
  if (!/^(utc|etc\/utc|coordinated universal time)$/i.test(value.timeZone.trim())) {
    throw new Error(`Graph answered in time zone ${value.timeZone}, not the UTC asked for`);
  }
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z?$/.exec(value.dateTime.trim());
  if (!match) throw new Error('Graph answered a dateTime Koers cannot read');
  const iso = `${match[1]}.${(match[2] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
  if (Number.isNaN(Date.parse(iso))) throw new Error('Graph answered a dateTime Koers cannot read');
  return iso;
}

function timeOfDay(value: string): string | undefined {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  return match ? `${match[1]}:${match[2]}` : undefined;
}

function workingHoursOf(info: z.infer<typeof ScheduleInformation>): ReportedWorkingHours | undefined {
  const hours = info.workingHours;
  if (!hours) return undefined;
  const start = timeOfDay(hours.startTime);
  const end = timeOfDay(hours.endTime);
  const days = hours.daysOfWeek.map((d) => WEEKDAY[d.toLowerCase()]).filter((d): d is number => d !== undefined);
  const timeZone = hours.timeZone?.name;
  // Hours without their zone cannot be placed in time: better none than wrong ones.
  if (!start || !end || !timeZone) return undefined;
  return { days: [...new Set(days)].sort((a, b) => a - b), start, end, timeZone };
}

function busyOf(info: z.infer<typeof ScheduleInformation>): BusyInterval[] {
  const busy: BusyInterval[] = [];
  for (const item of info.scheduleItems ?? []) {
    const showAs = STATUS[item.status.toLowerCase()] ?? 'unknown';
    if (showAs === 'free') continue;
    const start = fromGraphDateTime(item.start);
    const end = fromGraphDateTime(item.end);
    if (Date.parse(end) <= Date.parse(start)) continue;
    busy.push({ start, end, showAs });
  }
  return busy.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type Operation = 'getSchedule' | 'createEvent' | 'updateEvent' | 'cancelEvent' | 'findOnlineMeeting' | 'updateOnlineMeeting';

export function createGraphCalendar(options: GraphCalendarOptions): CalendarPort {
  const graph = createGraphClients(options);
  const log = graph.log;
  const viewInterval = options.availabilityViewInterval ?? 60;

  /** Runs one Graph request and turns every failure into the port's errors. */
  async function call<T>(tenantId: string, op: Operation, notFound: { entity: string; id: string }, send: (client: Client) => Promise<unknown>, schema: z.ZodType<T>): Promise<T> {
    let answer: unknown;
    try {
      answer = await send(graph.clientFor(tenantId, op));
    } catch (err) {
      throw translate(err, tenantId, op, notFound);
    }
    const parsed = schema.safeParse(answer);
    if (!parsed.success) {
      log('graph.unexpected-answer', { tenantId, op });
      throw new Error(`Graph ${op} answered a shape Koers does not know`);
    }
    return parsed.data;
  }

  /**
   * The event's Teams meeting, found by its join URL, set to CONFIDENTIAL_MEETING_SETTINGS. App-only
   * this needs a Teams application access policy for the organizer (docs/deployment-guide.md);
   * without one Graph refuses, the booking still stands, and the tenant's meeting policy decides,
   * which the log says.
   */
  async function makeConfidential(tenantId: string, organizerId: string, joinUrl: string): Promise<void> {
    const notFound = { entity: 'OnlineMeeting', id: organizerId };
    try {
      const found = await call(
        tenantId,
        'findOnlineMeeting',
        notFound,
        (client) =>
          client
            .api(`/users/${segment(organizerId)}/onlineMeetings`)
            // As Microsoft's example does: the join URL percent-encoded whole, so its own escapes (%3a) survive the query's decoding.
            .filter(`JoinWebUrl eq '${encodeURIComponent(joinUrl.replace(/'/g, "''"))}'`)
            .get(),
        OnlineMeetingsResponse,
      );
      const meeting = found.value[0];
      if (!meeting) {
        log('graph.meeting-settings-skipped', { tenantId, organizerId, reason: 'not-found' });
        return;
      }
      await call(tenantId, 'updateOnlineMeeting', notFound, (client) => client.api(`/users/${segment(organizerId)}/onlineMeetings/${segment(meeting.id)}`).patch(CONFIDENTIAL_MEETING_SETTINGS), z.unknown());
      log('graph.meeting-settings-applied', { tenantId, organizerId });
    } catch (err) {
      log('graph.meeting-settings-skipped', { tenantId, organizerId, reason: err instanceof Error ? err.name : 'unknown' });
    }
  }

  function translate(err: unknown, tenantId: string, op: Operation, notFound: { entity: string; id: string }): Error {
    const failure = graph.classify(err, tenantId, op);
    if (failure instanceof Error) return failure;
    switch (failure.kind) {
      case 'consent':
        return new CalendarConsentError(failure.status);
      case 'unavailable':
        return new CalendarUnavailableError(failure.status, failure.retryAfterMs);
      case 'not-found':
        return new NotFoundError(notFound.entity, notFound.id);
      case 'conflict':
        return new Error(`Graph ${op} refused the request: 409`);
      case 'refused':
        return new Error(`Graph ${op} refused the request: ${failure.status} ${failure.code ?? ''}`.trim());
    }
  }

  return {
    async getBusy(tenantId, mailboxes, window) {
      const { from, to } = TimeWindow.parse(window);
      const asked = mailboxes.map((m) => Mailbox.parse(m));
      if (asked.length === 0) return [];
      // The first mailbox asks (by convention the organizer); every schedule goes by address.
      const requester = asked[0]!.personId;
      const addresses = [...new Set(asked.map((m) => m.email.toLowerCase()))];
      const found = new Map<string, z.infer<typeof ScheduleInformation>>();
      // One call after the other: Graph allows 4 concurrent calendar requests per mailbox.
      for (const schedules of chunks(addresses, MAX_SCHEDULES_PER_CALL)) {
        const answer = await call(
          tenantId,
          'getSchedule',
          { entity: 'Mailbox', id: requester },
          (client) =>
            client
              .api(`/users/${segment(requester)}/calendar/getSchedule`)
              .header('Prefer', 'outlook.timezone="UTC"')
              .post({ schedules, startTime: toGraphDateTime(from), endTime: toGraphDateTime(to), availabilityViewInterval: viewInterval }),
          GetScheduleResponse,
        );
        for (const info of answer.value) found.set(info.scheduleId.toLowerCase(), info);
      }
      return asked.map((mailbox): MailboxSchedule => {
        const info = found.get(mailbox.email.toLowerCase());
        if (!info) {
          log('graph.schedule-missing', { tenantId, personId: mailbox.personId });
          return { personId: mailbox.personId, ok: false, error: 'mailbox-unavailable' };
        }
        if (info.error) {
          const code = info.error.responseCode ?? undefined;
          log('graph.schedule-error', { tenantId, personId: mailbox.personId, code });
          return {
            personId: mailbox.personId,
            ok: false,
            error: code && MAILBOX_NOT_FOUND_CODES.has(code) ? 'mailbox-not-found' : 'mailbox-unavailable',
            ...(code ? { code } : {}),
          };
        }
        const workingHours = workingHoursOf(info);
        return { personId: mailbox.personId, ok: true, busy: busyOf(info), ...(workingHours ? { workingHours } : {}) };
      });
    },

    async createMeeting(tenantId, raw) {
      const input = CreateMeetingInput.parse(raw);
      const event = await call(
        tenantId,
        'createEvent',
        { entity: 'Mailbox', id: input.organizer.personId },
        (client) =>
          client.api(`/users/${segment(input.organizer.personId)}/events`).post({
            subject: input.subject,
            body: { contentType: 'HTML', content: input.bodyHtml },
            start: toGraphDateTime(input.start),
            end: toGraphDateTime(input.end),
            ...(input.location ? { location: { displayName: input.location } } : {}),
            // Someone without a mailbox is not invited (Exchange would bounce it): Teams chat and the tab tell them.
            attendees: input.attendee.hasMailbox === false ? [] : [{ emailAddress: { address: input.attendee.email, name: input.attendee.name }, type: 'required' }],
            // A new time proposed in Outlook would move the meeting behind Koers's back: rescheduling goes through Koers.
            allowNewTimeProposals: false,
            // In person (a location given): an ordinary event, no Teams meeting to join.
            ...(input.location ? { isOnlineMeeting: false } : { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' }),
            // The subject names the employee: delegates and shared calendars see only "private".
            sensitivity: 'private',
            transactionId: input.transactionId,
          }),
        EventResponse,
      );
      log('graph.event-created', { tenantId, organizerId: input.organizer.personId, hasJoinUrl: Boolean(event.onlineMeeting?.joinUrl) });
      if (event.onlineMeeting?.joinUrl) await makeConfidential(tenantId, input.organizer.personId, event.onlineMeeting.joinUrl);
      return {
        eventId: event.id,
        ...(event.onlineMeeting?.joinUrl ? { joinUrl: event.onlineMeeting.joinUrl } : {}),
        ...(event.webLink ? { webLink: event.webLink } : {}),
      };
    },

    async updateMeeting(tenantId, parties, eventId, times) {
      const organizer = Mailbox.parse(parties.organizer);
      const { start, end } = MeetingTimes.parse(times);
      await call(
        tenantId,
        'updateEvent',
        { entity: 'CalendarEvent', id: eventId },
        (client) =>
          client.api(`/users/${segment(organizer.personId)}/events/${segment(eventId)}`).patch({ start: toGraphDateTime(start), end: toGraphDateTime(end) }),
        z.unknown(),
      );
    },

    async cancelMeeting(tenantId, parties, eventId, comment) {
      const organizer = Mailbox.parse(parties.organizer);
      await call(
        tenantId,
        'cancelEvent',
        { entity: 'CalendarEvent', id: eventId },
        (client) => client.api(`/users/${segment(organizer.personId)}/events/${segment(eventId)}/cancel`).post({ comment }),
        z.unknown(),
      );
    },
  };
}
