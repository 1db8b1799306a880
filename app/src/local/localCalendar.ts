import {
  createIfAbsent,
  CreateMeetingInput,
  Mailbox,
  MeetingTimes,
  NotFoundError,
  TimeWindow,
  type BusyInterval,
  type CalendarEvent,
  type CalendarPort,
  type MailboxSchedule,
  type Person,
  type Stores,
} from '@koers/domain';

/**
 * The calendar port for local mode, over the seeded calendars in the stores (calendarEvents): the
 * same contract as Graph, standing in for it in `npm start` and in the use-case tests. A meeting
 * is written into both people's calendars under one id derived from the transactionId, so a
 * retried create finds it and books nothing twice. A cancelled meeting stays as a free
 * "Geannuleerd: …" entry in both calendars, like Outlook shows it; it no longer blocks time, and
 * a late retry of the original create cannot bring it back.
 */

export interface LocalCalendarOptions {
  stores: Pick<Stores, 'calendarEvents' | 'people'>;
  /**
   * Where the tab runs: the join link falls back to it when a meeting has no canvas link. A
   * function when the address is known only once the tab's server listens (a free port).
   */
  tabUrl?: string | (() => string);
}

const MEETING_ID_PREFIX = 'koers-';
const CANCELLED_PREFIX = 'Geannuleerd: ';
const DEFAULT_TAB_URL = 'http://localhost:53000';

/**
 * The event id of a booking in the local calendar: the same in both people's calendars. Stored
 * local data holds these ids, so the text must never change (the first 32 hex digits of the
 * SHA-256 of the UTF-8 of the three parts joined by NUL).
 */
export async function localEventId(tenantId: string, organizerId: string, transactionId: string): Promise<string> {
  const text = new TextEncoder().encode([tenantId, organizerId, transactionId].join('\u0000'));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', text));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${MEETING_ID_PREFIX}${hex.slice(0, 32)}`;
}

function utc(iso: string): string {
  return new Date(Date.parse(iso)).toISOString();
}

/** An invitation sent to someone without a mailbox: what Exchange answers with a bounce. */
export class MailboxNotFoundError extends Error {
  override readonly name = 'MailboxNotFoundError';
  constructor(readonly personId: string) {
    super(`No mailbox to invite for person ${personId}`);
  }
}

function isCancelled(event: CalendarEvent): boolean {
  return event.showAs === 'free';
}


export function createLocalCalendar(options: LocalCalendarOptions): CalendarPort {
  const { calendarEvents: events, people } = options.stores;
  const tabUrl = () => {
    const configured = options.tabUrl ?? DEFAULT_TAB_URL;
    return (typeof configured === 'function' ? configured() : configured).replace(/\/+$/, '');
  };

  async function requirePerson(tenantId: string, personId: string): Promise<Person> {
    const stored = await people.get(tenantId, personId);
    if (!stored) throw new NotFoundError('Person', personId);
    return stored.value;
  }

  /** The organizer's copy of a live Koers meeting, or NotFoundError. */
  async function organizerCopy(tenantId: string, organizerId: string, eventId: string): Promise<CalendarEvent> {
    const stored = eventId.startsWith(MEETING_ID_PREFIX) ? await events.get(tenantId, organizerId, eventId) : undefined;
    if (!stored) throw new NotFoundError('CalendarEvent', eventId);
    return stored.value;
  }

  /**
   * Only where the meeting is: an attendee who never had it (a wrong `parties`) gets nothing.
   * Attendee before organizer on cancel, organizer before attendee on move: either way an
   * interrupted change leaves the organizer's copy saying what to redo, and a retry redoes it.
   */
  async function updateAttendeeCopy(tenantId: string, attendeeId: string, organizerVersion: CalendarEvent): Promise<void> {
    if (await events.get(tenantId, attendeeId, organizerVersion.id)) await events.upsert({ ...organizerVersion, ownerId: attendeeId });
  }

  return {
    async getBusy(tenantId, mailboxes, window) {
      const { from, to } = TimeWindow.parse(window);
      return Promise.all(
        mailboxes.map(async (raw): Promise<MailboxSchedule> => {
          const { personId } = Mailbox.parse(raw);
          const person = await people.get(tenantId, personId);
          if (!person) return { personId, ok: false, error: 'mailbox-not-found' };
          const busy: BusyInterval[] = (await events.listBetween(tenantId, personId, from, to))
            .filter((e) => e.showAs !== 'free')
            .map((e) => ({ start: utc(e.start), end: utc(e.end), showAs: e.showAs }));
          const { days, start, end } = person.value.workingHours;
          return { personId, ok: true, busy, workingHours: { days: [...days], start, end, timeZone: person.value.timeZone } };
        }),
      );
    },

    async createMeeting(tenantId, raw) {
      const input = CreateMeetingInput.parse(raw);
      const [, attendee] = await Promise.all([requirePerson(tenantId, input.organizer.personId), requirePerson(tenantId, input.attendee.personId)]);
      const invited = input.attendee.hasMailbox !== false;
      // Exchange would bounce an invitation to a mailbox that does not exist; here it is refused.
      if (invited && attendee.hasMailbox === false) throw new MailboxNotFoundError(input.attendee.personId);
      const id = await localEventId(tenantId, input.organizer.personId, input.transactionId);
      const copy = (ownerId: string): CalendarEvent => ({
        id,
        tenantId,
        ownerId,
        subject: input.subject,
        start: utc(input.start),
        end: utc(input.end),
        showAs: 'busy',
        ...(input.location ? { location: input.location } : {}),
      });
      // Organizer first: a create interrupted in between is completed by its retry.
      await createIfAbsent(() => events.create(copy(input.organizer.personId)));
      if (invited) await createIfAbsent(() => events.create(copy(input.attendee.personId)));
      // In person there is no meeting to join, as with Graph.
      if (input.location) return { eventId: id };
      return { eventId: id, joinUrl: input.canvasUrl ?? `${tabUrl()}/#/canvas?meeting=${encodeURIComponent(id)}` };
    },

    async updateMeeting(tenantId, parties, eventId, times) {
      const organizer = Mailbox.parse(parties.organizer);
      const attendee = Mailbox.parse(parties.attendee);
      const { start, end } = MeetingTimes.parse(times);
      const current = await organizerCopy(tenantId, organizer.personId, eventId);
      if (isCancelled(current)) throw new NotFoundError('CalendarEvent', eventId);
      const moved: CalendarEvent = { ...current, start: utc(start), end: utc(end) };
      await events.upsert(moved);
      await updateAttendeeCopy(tenantId, attendee.personId, moved);
    },

    async cancelMeeting(tenantId, parties, eventId, _comment) {
      const organizer = Mailbox.parse(parties.organizer);
      const attendee = Mailbox.parse(parties.attendee);
      const current = await organizerCopy(tenantId, organizer.personId, eventId);
      // Cancelling twice is not an error: the attendee already has the cancellation.
      if (isCancelled(current)) return;
      const cancelled: CalendarEvent = { ...current, showAs: 'free', subject: `${CANCELLED_PREFIX}${current.subject}` };
      await updateAttendeeCopy(tenantId, attendee.personId, cancelled);
      await events.upsert(cancelled);
    },
  };
}
