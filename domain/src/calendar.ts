import { z } from 'zod';
import type { BusyInterval } from './booking/schema';
import { HttpUrl } from './calendarAgenda';
import { IsoDateTime } from './conversation';
import { Guid } from './people';

export { escapeHtml, HttpUrl, meetingAgenda, meetingAgendaText, type MeetingAgendaInput } from './calendarAgenda';

/**
 * The calendar port: what Koers needs from a mailbox calendar to book a career conversation.
 * Microsoft Graph implements it in Azure, the seeded Cosmos calendar locally; both behave the
 * same, down to idempotent creates and typed failures.
 */

const DAY_MS = 86_400_000;

/** Graph's getSchedule refuses windows of 62 days or more. */
export const MAX_SCHEDULE_WINDOW_DAYS = 61;

/** A person's mailbox: the Entra object id for paths and logs, the SMTP address for free/busy. */
export const Mailbox = z.object({
  personId: Guid,
  email: z.string().email().max(320),
});
export type Mailbox = z.infer<typeof Mailbox>;

/**
 * A meeting party: a mailbox plus the name shown in the invitation. `hasMailbox: false` is someone
 * without an Exchange mailbox (a frontline licence): the meeting goes into the organizer's calendar
 * only, nobody is invited, and Koers reaches them through Teams chat and the tab instead.
 */
export const MeetingParticipant = Mailbox.extend({ name: z.string().trim().min(1).max(200), hasMailbox: z.boolean().optional() });
export type MeetingParticipant = z.infer<typeof MeetingParticipant>;

export const TimeWindow = z
  .object({ from: IsoDateTime, to: IsoDateTime })
  .refine((w) => Date.parse(w.to) > Date.parse(w.from), { message: 'het einde moet na het begin liggen', path: ['to'] })
  .refine((w) => Date.parse(w.to) - Date.parse(w.from) <= MAX_SCHEDULE_WINDOW_DAYS * DAY_MS, {
    message: `hoogstens ${MAX_SCHEDULE_WINDOW_DAYS} dagen`,
    path: ['to'],
  });
export type TimeWindow = z.infer<typeof TimeWindow>;

export const MeetingTimes = z
  .object({ start: IsoDateTime, end: IsoDateTime })
  .refine((t) => Date.parse(t.end) > Date.parse(t.start), { message: 'het einde moet na het begin liggen', path: ['end'] });
export type MeetingTimes = z.infer<typeof MeetingTimes>;

export const CreateMeetingInput = z
  .object({
    organizer: MeetingParticipant,
    attendee: MeetingParticipant,
    start: IsoDateTime,
    end: IsoDateTime,
    subject: z.string().trim().min(1).max(255),
    /** The invitation's body (see meetingAgenda); already HTML, escaped by whoever built it. */
    bodyHtml: z.string().max(32_000),
    /** Idempotency key (see bookingTransactionId): a retried create returns the first event. */
    transactionId: z.string().min(1).max(100),
    /** In person at this place: the event is then not a Teams meeting (no join link). */
    location: z.string().trim().min(1).max(255).optional(),
    /**
     * The Koerskaart deep link. The local calendar has no Teams meeting to join, so it offers this
     * as the join link; Graph does not need it (the agenda in the body carries it).
     */
    canvasUrl: HttpUrl.optional(),
  })
  .refine((m) => Date.parse(m.end) > Date.parse(m.start), { message: 'het einde moet na het begin liggen', path: ['end'] })
  .refine((m) => m.organizer.personId !== m.attendee.personId, {
    message: 'organisator en genodigde zijn dezelfde persoon',
    path: ['attendee'],
  });
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>;

export interface MeetingParties {
  /** Whose calendar holds the meeting (Graph acts on the organizer's mailbox). */
  organizer: Mailbox;
  attendee: Mailbox;
}

export interface BookedMeeting {
  /** The organizer's event id: what update and cancel need. */
  eventId: string;
  /** Teams join link (Graph), or the local stand-in's link. Graph may fill it in only later. */
  joinUrl?: string;
  /** Outlook on the web link of the organizer's event. */
  webLink?: string;
}

/** Working hours as the calendar reports them (Graph: mailbox settings; locally: the person). */
export interface ReportedWorkingHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local "HH:mm" in `timeZone`. */
  start: string;
  end: string;
  /** As reported: an IANA name locally, a Windows name from Graph ("W. Europe Standard Time"). */
  timeZone: string;
}

/**
 * One person's free/busy. A mailbox the calendar cannot read is an ordinary answer, not an error:
 * the caller can say "Sanne's agenda is niet te lezen" and still use the other one.
 */
export type MailboxSchedule =
  | {
      personId: string;
      ok: true;
      /** Sorted by start; `free` blocks are left out, everything else is kept with its showAs. */
      busy: BusyInterval[];
      workingHours?: ReportedWorkingHours;
    }
  | {
      personId: string;
      ok: false;
      error: 'mailbox-not-found' | 'mailbox-unavailable';
      /** The calendar's own code, for the log (Graph's freeBusyError.responseCode). */
      code?: string;
    };

export interface CalendarPort {
  /** Free/busy per mailbox over `window` (≤ 61 days), in the order asked. */
  getBusy(tenantId: string, mailboxes: readonly Mailbox[], window: TimeWindow): Promise<MailboxSchedule[]>;
  /**
   * Creates the meeting in the organizer's calendar with the attendee invited, as a Teams meeting
   * (or in person at `location`). An attendee with `hasMailbox: false` is not invited. Idempotent by `transactionId`: a retry returns the same event, never a second one.
   */
  createMeeting(tenantId: string, input: CreateMeetingInput): Promise<BookedMeeting>;
  /** Moves the meeting; the attendee gets the update. NotFoundError when it does not exist. */
  updateMeeting(tenantId: string, parties: MeetingParties, eventId: string, times: MeetingTimes): Promise<void>;
  /** Cancels the meeting with a message to the attendee. NotFoundError when it does not exist. */
  cancelMeeting(tenantId: string, parties: MeetingParties, eventId: string, comment: string): Promise<void>;
}

/**
 * The calendar refused for lack of permission: only an administrator can fix it (admin consent).
 * The edges tell the person through the `calendar-consent` problem text; the message is for logs.
 */
export class CalendarConsentError extends Error {
  override readonly name = 'CalendarConsentError';
  readonly problem = 'calendar-consent' as const;
  constructor(readonly status?: number) {
    super('Koers has no admin consent for Calendars.ReadWrite');
  }
}

/** The calendar service kept failing (throttled, down, unreachable) after the retries we allow. */
export class CalendarUnavailableError extends Error {
  override readonly name = 'CalendarUnavailableError';
  readonly problem = 'calendar-unavailable' as const;
  constructor(
    readonly status?: number,
    /** The service's own Retry-After, when it gave one: pass it on to the caller. */
    readonly retryAfterMs?: number,
  ) {
    super('The calendar service is unavailable (throttled, down or unreachable)');
  }
}

/**
 * The idempotency key of one booking: the same tenant, conversation and revision always give the
 * same key, so a double click, a retried request or a bot retry books once. `revision` starts at 1
 * and goes up when a cancelled conversation is booked again (a cancelled event keeps its key).
 *
 * Shaped as a UUID (version 8, "custom": 128 bits of FNV-1a), because transactionIds in Graph's
 * examples are GUIDs and a fixed-width key of ids only is safe in any log, path or UID.
 */
export function bookingTransactionId(tenantId: string, conversationId: string, revision = 1): string {
  if (!Number.isInteger(revision) || revision < 1) throw new RangeError('revision must be a positive integer');
  const hex = fnv1a128(`koers-booking\u0000${tenantId}\u0000${conversationId}\u0000${revision}`).toString(16).padStart(32, '0');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const FNV128_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const FNV128_PRIME = 0x0000000001000000000000000000013bn;
const MASK_128 = (1n << 128n) - 1n;

/** FNV-1a over the UTF-16 code units (two octets each), 128 bits. Deterministic everywhere. */
function fnv1a128(text: string): bigint {
  let hash = FNV128_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    hash = ((hash ^ BigInt(unit >> 8)) * FNV128_PRIME) & MASK_128;
    hash = ((hash ^ BigInt(unit & 0xff)) * FNV128_PRIME) & MASK_128;
  }
  return hash;
}
