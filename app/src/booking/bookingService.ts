import {
  conversationPartnerOf,
  isLeaderOf,
  BookConversationRequest,
  BookingError,
  bookingTransactionId,
  CancelRequest,
  canvasLink,
  checkSlot,
  chooseSlots,
  explainSlot,
  ConcurrencyError,
  ConflictError,
  ConversationRequestInput,
  formatDate,
  isPreparationDone,
  localDate,
  parseDate,
  personLocale,
  startOfLocalDay,
  languageOf,
  meetingAgenda,
  NotFoundError,
  NOTICE_KIND,
  readAll,
  RescheduleRequest,
  SlotCheckQuery,
  SlotProposalsQuery,
  toPersonSummary,
  type AddressedNotice,
  type Outbox,
  type BookingParty,
  type BookingService,
  type CalendarPort,
  type Clock,
  type Conversation,
  type ConversationResponse,
  type ConversationView,
  type Language,
  type LinkTarget,
  type MailboxSchedule,
  type OrganisationSettings,
  type Person,
  type SlotProposalsResponse,
  type Stored,
  type Stores,
} from '@koers/domain';
import { scheduleConversationReminders } from '../reminders/scheduleConversationReminders';
import { conversationOfParty } from './conversationOfParty';
import { organisationHolidays } from '../organisation/holidays';
import { bookingParty, readSchedules } from './schedules';
import { templateForNewConversation } from '../templates/pinnedTemplate';

/**
 * The booking use case: proposals from both calendars, an idempotent booking that creates the
 * Teams meeting, reschedule, cancel and "afronden" with ETag concurrency. The HTTP routes and the
 * bot call the same object; it authorises every call itself from the actor (the signed-in
 * person). Preparing the conversation is its own use case (../preparation).
 *
 * Crash safety of a booking: the conversation is written first (status "concept", keyed by the
 * client's requestId), then the meeting is created with a transactionId derived from it, then the
 * conversation becomes "gepland". A retry after a crash at any step finds the concept and
 * finishes it; the calendar's transactionId makes the second create return the first event. The
 * employee's notice goes into the outbox before the conversation is written, and out after.
 */

export interface BookingServiceOptions {
  stores: Stores;
  calendar: CalendarPort;
  /** How the employee hears of a booking, a move or a cancellation: the durable outbox. */
  outbox: Outbox;
  clock: Clock;
  /** Where the tab lives and which Teams app it is: the Koerskaart link is built from them. */
  links: LinkTarget;
}

const DAY_MS = 86_400_000;
/** How long a shown proposal stays bookable though time moved closer to it than the lead time. */
const PROPOSAL_SLACK_MS = DAY_MS;
/** The busy window read per proposal request: the widest slot search (six weeks) plus a margin. */
const PROPOSAL_WINDOW_DAYS = 45;
const PROPOSAL_COUNT = 3;
/** How long an employee's request counts as waiting for the manager. */
const OPEN_REQUEST_DAYS = 30;

const SUBJECT: Record<Language, (employee: string, kind: Conversation['kind']) => string> = {
  nl: (employee, kind) => `${kind === 'vervolggesprek' ? 'Vervolggesprek' : 'Loopbaangesprek'} ${employee}`,
  en: (employee, kind) => `${kind === 'vervolggesprek' ? 'Follow-up conversation' : 'Career conversation'} ${employee}`,
};

const CANCEL_COMMENT: Record<Language, string> = {
  nl: 'Het loopbaangesprek is geannuleerd.',
  en: 'The career conversation has been cancelled.',
};
/** With the cancellation of a meeting whose conversation was held before its planned time. */
const HELD_EARLY_COMMENT: Record<Language, string> = {
  nl: 'Het loopbaangesprek is al gehouden; deze afspraak is niet meer nodig.',
  en: 'The career conversation has already taken place; this meeting is no longer needed.',
};

export function createBookingService(options: BookingServiceOptions): BookingService {
  const { stores, calendar, outbox, clock } = options;

  async function organisation(tenantId: string): Promise<OrganisationSettings> {
    const stored = await stores.organisations.get(tenantId);
    if (!stored) throw new NotFoundError('Organisation', tenantId);
    return stored.value;
  }

  async function person(tenantId: string, id: string): Promise<Person> {
    const stored = await stores.people.get(tenantId, id.toLowerCase());
    if (!stored) throw new NotFoundError('Person', id);
    return stored.value;
  }

  /** The employee, if the actor is their manager: the only one who books for them. */
  async function reportOf(actor: Person, employeeId: string): Promise<Person> {
    const stored = await stores.people.get(actor.tenantId, employeeId.toLowerCase());
    // Someone outside the actor's tenant is not found at all; someone inside but not theirs is a
    // refusal that says why, without saying more about that person.
    if (!stored) throw new NotFoundError('Person', employeeId);
    if (!isLeaderOf(stored.value, actor.id)) throw new BookingError('not-your-report');
    return stored.value;
  }

  const conversationOf = (actor: Person, conversationId: string) => conversationOfParty(stores, actor, conversationId);

  /**
   * A conversation the actor holds as its manager, as the client last saw it: only they move or
   * cancel it, and a stale view is refused before anything in a calendar changes.
   */
  async function heldBy(actor: Person, conversationId: string, ifMatch: string | undefined): Promise<Stored<Conversation>> {
    const stored = await conversationOf(actor, conversationId);
    if (stored.value.managerId !== actor.id) throw new BookingError('not-your-report');
    if (ifMatch !== undefined && ifMatch !== stored.etag) throw new ConcurrencyError('Conversation', stored.value.id);
    return stored;
  }

  const schedules = (tenantId: string, people: readonly Person[], from: number, to: number) => readSchedules(calendar, tenantId, people, from, to);

  function parties(people: readonly Person[], found: readonly MailboxSchedule[], ignore?: { start?: string; end?: string }): BookingParty[] {
    return people.map((p, index) => {
      const party = bookingParty(p, found[index]);
      // When moving a meeting, its own block must not stand in its way.
      const own = ignore?.start && ignore.end ? { start: Date.parse(ignore.start), end: Date.parse(ignore.end) } : undefined;
      return own ? { ...party, busy: party.busy.filter((b) => !(Date.parse(b.start) === own.start && Date.parse(b.end) === own.end)) } : party;
    });
  }

  async function view(stored: Stored<Conversation>, people?: { employee?: Person; manager?: Person }): Promise<ConversationView> {
    const c = stored.value;
    const [employee, manager, prep] = await Promise.all([
      people?.employee ?? person(c.tenantId, c.employeeId),
      people?.manager ?? person(c.tenantId, c.managerId),
      stores.preparations.get(c.tenantId, c.employeeId, c.id, 'employee'),
    ]);
    return {
      conversation: c,
      etag: stored.etag,
      employee: toPersonSummary(employee),
      manager: toPersonSummary(manager),
      canvasUrl: canvasLink(options.links, c.id),
      employeePrepared: isPreparationDone(prep?.value),
    };
  }

  /** What the employee hears of a change of their conversation (told after the change is stored). */
  function toEmployee(c: Pick<Conversation, 'tenantId' | 'employeeId'>, notice: AddressedNotice['notice']): AddressedNotice[] {
    return [{ tenantId: c.tenantId, recipientId: c.employeeId, notice }];
  }

  function bookedNotice(c: Pick<Conversation, 'id' | 'tenantId' | 'employeeId' | 'bookingRevision' | 'createdAt'>): AddressedNotice[] {
    return toEmployee(c, { event: 'booked', conversationId: c.id, employeeId: c.employeeId, revision: c.bookingRevision ?? 1, at: c.createdAt });
  }

  /** The reminders a planned conversation has (prep nudge, meeting day); the dispatcher sends them. */
  async function scheduleReminders(c: Conversation, employee: Person, manager: Person, org: OrganisationSettings): Promise<void> {
    await scheduleConversationReminders(stores, c, { clock, known: { employee, manager, holidays: organisationHolidays(org, clock.now()) } });
  }

  async function requireFree(tenantId: string, people: Person[], start: string, end: string, org: OrganisationSettings, ignore?: Conversation) {
    const from = Date.parse(start) - DAY_MS;
    const to = Date.parse(end) + DAY_MS;
    const found = await schedules(tenantId, people, from, to);
    const verdict = checkSlot({ now: clock.now().toISOString(), start, end, parties: parties(people, found, ignore), holidays: organisationHolidays(org, clock.now()) });
    if (verdict !== 'ok') throw new BookingError(verdict);
  }

  /**
   * Takes the conversation's meeting out of both calendars, after Koers has already written the
   * change (`written`). Already gone is what was wanted; any other refusal puts the conversation
   * back as it was (`before`), so the user can simply try again. Cancelling and "afronden" before
   * the planned time both end here.
   */
  async function cancelMeetingOrRestore(before: Conversation, written: Stored<Conversation>, organizer: Person, employee: Person, comment: string): Promise<void> {
    if (!before.meeting) return;
    try {
      await calendar.cancelMeeting(
        before.tenantId,
        { organizer: { personId: organizer.id, email: organizer.email }, attendee: { personId: employee.id, email: employee.email } },
        before.meeting.eventId,
        comment,
      );
    } catch (error) {
      if (error instanceof NotFoundError) return;
      await stores.conversations.replace(before, written.etag).catch(() => undefined);
      throw error;
    }
  }

  /** Held before its planned time (they met earlier): the meeting still ahead would only mislead. */
  async function cancelHeldEarly(before: Conversation, written: Stored<Conversation>): Promise<void> {
    if (!before.meeting) return;
    const [employee, manager] = await Promise.all([person(before.tenantId, before.employeeId), person(before.tenantId, before.managerId)]);
    await cancelMeetingOrRestore(before, written, manager, employee, HELD_EARLY_COMMENT[languageOf(personLocale(employee))]);
  }

  async function finishBooking(stored: Stored<Conversation>, employee: Person, manager: Person, org: OrganisationSettings): Promise<Stored<Conversation>> {
    const c = stored.value;
    if (c.status !== 'concept' || !c.start || !c.end) return stored;
    const language = languageOf(personLocale(employee));
    const link = canvasLink(options.links, c.id);
    const meeting = await calendar.createMeeting(c.tenantId, {
      organizer: { personId: manager.id, email: manager.email, name: manager.displayName },
      attendee: { personId: employee.id, email: employee.email, name: employee.displayName, ...(employee.hasMailbox === false ? { hasMailbox: false } : {}) },
      start: c.start,
      end: c.end,
      subject: SUBJECT[language](employee.displayName, c.kind),
      bodyHtml: meetingAgenda(language, { canvasUrl: link, employeeName: employee.displayName, managerName: manager.displayName }),
      transactionId: bookingTransactionId(c.tenantId, c.id, c.bookingRevision ?? 1),
      canvasUrl: link,
      ...(c.location ? { location: c.location } : {}),
    });
    const planned: Conversation = {
      ...c,
      status: 'gepland',
      meeting: { eventId: meeting.eventId, joinUrl: meeting.joinUrl, webLink: meeting.webLink },
      updatedAt: clock.now().toISOString(),
    };
    let written: Stored<Conversation>;
    try {
      written = await stores.conversations.replace(planned, stored.etag);
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      // A concurrent retry of the same request finished first: its result is ours.
      const current = await stores.conversations.get(c.tenantId, c.employeeId, c.id);
      if (!current) throw error;
      return current;
    }
    await scheduleReminders(planned, employee, manager, org);
    return written;
  }

  const service: BookingService = {
    async proposals(actor, rawQuery): Promise<SlotProposalsResponse> {
      const query = SlotProposalsQuery.parse(rawQuery);
      const employee = await reportOf(actor, query.employeeId);
      const org = await organisation(actor.tenantId);
      const now = clock.now();
      const earliest = Math.max(now.getTime() + org.leadTimeDays * DAY_MS, query.after ? Date.parse(query.after) : 0);
      const from = earliest - DAY_MS;
      const people = [actor, employee];
      const found = await schedules(actor.tenantId, people, from, from + PROPOSAL_WINDOW_DAYS * DAY_MS);
      const choice = chooseSlots({
        now: now.toISOString(),
        parties: parties(people, found),
        timeZone: org.timeZone,
        holidays: organisationHolidays(org, now),
        leadTimeDays: org.leadTimeDays,
        durationMinutes: org.conversationMinutes,
        count: PROPOSAL_COUNT,
        after: query.after,
      });
      return {
        employee: toPersonSummary(employee),
        slots: choice.slots,
        widened: choice.widened,
        next: choice.next,
        ...(choice.ok ? {} : { noSlotReason: choice.reason }),
        unreadableCalendars: found.filter((s) => !s.ok).map((s) => s.personId),
        timeZone: org.timeZone,
        durationMinutes: org.conversationMinutes,
      };
    },

    /** The manager's proposals for an employee who asked, from the first day they wished for. */
    async request(actor, raw) {
      const input = ConversationRequestInput.parse(raw);
      const leaderId = conversationPartnerOf(actor);
      const manager = leaderId ? (await stores.people.get(actor.tenantId, leaderId))?.value : undefined;
      if (!manager) throw new BookingError('no-manager');
      const org = await organisation(actor.tenantId);
      const after = input.wish ? new Date(startOfLocalDay(parseDate(input.wish.from), org.timeZone)).toISOString() : undefined;
      const proposals = await service.proposals(manager, { employeeId: actor.id, ...(after ? { after } : {}) });
      // One request a day: asking again the same day does not tell the manager twice.
      const requestId = `${actor.id}|${formatDate(localDate(clock.now(), org.timeZone))}`;
      const wish = { ...(input.wish ? { wish: input.wish } : {}), ...(input.note ? { note: input.note } : {}) };
      const notices: AddressedNotice[] = [
        {
          tenantId: actor.tenantId,
          recipientId: manager.id,
          notice: { event: 'conversation-requested', requestId, employeeId: actor.id, managerId: manager.id, ...wish, proposals, at: clock.now().toISOString() },
        },
      ];
      await outbox.enqueue(notices);
      await outbox.flush(notices);
      return { manager };
    },

    async book(actor, raw, pinned): Promise<ConversationResponse> {
      const request = BookConversationRequest.parse(raw);
      const employee = await reportOf(actor, request.employeeId);
      const org = await organisation(actor.tenantId);
      const id = request.requestId.toLowerCase();

      const existing = await stores.conversations.get(actor.tenantId, employee.id, id);
      if (existing) {
        if (existing.value.managerId !== actor.id || existing.value.bookingRequestId !== id) throw new ConflictError('Conversation', id);
        // A replay tells the employee only if the first attempt never did (the outbox's id).
        const notices = bookedNotice(existing.value);
        await outbox.enqueue(notices);
        const finished = await finishBooking(existing, employee, actor, org);
        await outbox.flush(notices);
        return { ...(await view(finished, { employee, manager: actor })), created: false };
      }

      await requireFree(actor.tenantId, [actor, employee], request.start, request.end, org);
      // The employee needs time to prepare: sooner than the lead time only when the manager confirmed it.
      // A proposal is about the lead time ahead when it is shown; picked or retried a while later it
      // is still what the manager was offered, so the check allows a day of slack.
      if (!request.shortNotice && Date.parse(request.start) < clock.now().getTime() + org.leadTimeDays * DAY_MS - PROPOSAL_SLACK_MS) throw new BookingError('slot-short-notice');
      const now = clock.now().toISOString();
      const concept: Conversation = {
        id,
        tenantId: actor.tenantId,
        employeeId: employee.id,
        managerId: actor.id,
        kind: request.kind,
        status: 'concept',
        start: new Date(Date.parse(request.start)).toISOString(),
        end: new Date(Date.parse(request.end)).toISOString(),
        bookingRevision: 1,
        bookingRequestId: id,
        bookedBy: actor.id,
        ...(request.location ? { location: request.location } : {}),
        // Pinned now: a template HR publishes later never changes this conversation.
        template: pinned?.template ?? (await templateForNewConversation(stores, actor.tenantId)),
        createdAt: now,
        updatedAt: now,
      };
      // Into the outbox before the booking exists: a crash after the booking still tells the employee.
      await outbox.enqueue(bookedNotice(concept));
      let created: Stored<Conversation>;
      try {
        created = await stores.conversations.create(concept);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        // A double click raced us to the create: finish whatever the winner wrote.
        const winner = await stores.conversations.get(actor.tenantId, employee.id, id);
        if (!winner || winner.value.bookingRequestId !== id || winner.value.managerId !== actor.id) throw error;
        const notices = bookedNotice(winner.value);
        await outbox.enqueue(notices);
        const finished = await finishBooking(winner, employee, actor, org);
        await outbox.flush(notices);
        return { ...(await view(finished, { employee, manager: actor })), created: false };
      }
      const finished = await finishBooking(created, employee, actor, org);
      const result = await view(finished, { employee, manager: actor });
      await outbox.flush(bookedNotice(concept));
      return { ...result, created: true };
    },

    async checkTime(actor, rawQuery) {
      const query = SlotCheckQuery.parse(rawQuery);
      const employee = await reportOf(actor, query.employeeId);
      const org = await organisation(actor.tenantId);
      const people = [actor, employee];
      const found = await schedules(actor.tenantId, people, Date.parse(query.start) - DAY_MS, Date.parse(query.end) + DAY_MS);
      const [manager, report] = parties(people, found);
      return explainSlot({
        now: clock.now().toISOString(),
        start: query.start,
        end: query.end,
        parties: [manager!, report!],
        holidays: organisationHolidays(org, clock.now()),
        timeZone: org.timeZone,
        leadTimeDays: org.leadTimeDays,
      });
    },

    async openRequest(actor) {
      const leaderId = conversationPartnerOf(actor);
      const manager = leaderId ? (await stores.people.get(actor.tenantId, leaderId))?.value : undefined;
      if (!manager) return undefined;
      const since = clock.now().getTime() - OPEN_REQUEST_DAYS * DAY_MS;
      const told = await readAll((page) => stores.reminders.listForRecipient(actor.tenantId, manager.id, page));
      const asked = told
        .flatMap((r) => (r.kind === NOTICE_KIND && r.about?.type === 'notice' && r.about.notice.event === 'conversation-requested' && r.about.notice.employeeId === actor.id ? [r.about.notice.at] : []))
        .filter((at) => Date.parse(at) >= since)
        .sort()
        .at(-1);
      if (!asked) return undefined;
      const conversations = await readAll((page) => stores.conversations.listForEmployee(actor.tenantId, actor.id, page));
      const bookedSince = conversations.some((c) => c.status !== 'geannuleerd' && Date.parse(c.createdAt) >= Date.parse(asked));
      return bookedSince ? undefined : { at: asked, manager };
    },

    async get(actor, conversationId) {
      return view(await conversationOf(actor, conversationId));
    },

    async reschedule(actor, conversationId, rawTimes, ifMatch) {
      const times = RescheduleRequest.parse(rawTimes);
      const stored = await heldBy(actor, conversationId, ifMatch);
      const c = stored.value;
      if (c.status !== 'gepland' || !c.meeting || !c.start || !c.end) throw new BookingError('not-planned');
      const employee = await person(c.tenantId, c.employeeId);
      const org = await organisation(c.tenantId);
      const start = new Date(Date.parse(times.start)).toISOString();
      const end = new Date(Date.parse(times.end)).toISOString();
      await requireFree(c.tenantId, [actor, employee], start, end, org, c);
      const previous = { start: c.start, end: c.end };
      const at = clock.now().toISOString();
      const notices = toEmployee(c, { event: 'rescheduled', conversationId: c.id, employeeId: c.employeeId, start, end, previous, at });
      await outbox.enqueue(notices);
      // Claim the change in Koers first: a stale writer loses here, before any calendar moves.
      const moved = await stores.conversations.replace({ ...c, start, end, bookedBy: actor.id, updatedAt: at }, stored.etag);
      try {
        await calendar.updateMeeting(
          c.tenantId,
          { organizer: { personId: actor.id, email: actor.email }, attendee: { personId: employee.id, email: employee.email } },
          c.meeting.eventId,
          { start, end },
        );
      } catch (error) {
        // Put Koers back where the calendar still is, so both keep telling the same story.
        await stores.conversations.replace(c, moved.etag).catch(() => undefined);
        throw error;
      }
      await scheduleReminders(moved.value, employee, actor, org);
      const result = await view(moved, { employee, manager: actor });
      await outbox.flush(notices);
      return result;
    },

    async cancel(actor, conversationId, rawRequest, ifMatch) {
      const request = CancelRequest.parse(rawRequest);
      const stored = await heldBy(actor, conversationId, ifMatch);
      const c = stored.value;
      if (c.status !== 'gepland' && c.status !== 'concept') throw new BookingError('not-planned');
      const employee = await person(c.tenantId, c.employeeId);
      const at = clock.now().toISOString();
      const cancelled: Conversation = {
        ...c,
        status: 'geannuleerd',
        bookedBy: actor.id,
        ...(request.reason ? { cancelReason: request.reason } : {}),
        updatedAt: at,
      };
      const notices = toEmployee(c, { event: 'cancelled', conversationId: c.id, employeeId: c.employeeId, revision: c.bookingRevision ?? 1, at });
      await outbox.enqueue(notices);
      const written = await stores.conversations.replace(cancelled, stored.etag);
      const language = languageOf(personLocale(employee));
      await cancelMeetingOrRestore(c, written, actor, employee, request.reason ? `${CANCEL_COMMENT[language]} ${request.reason}` : CANCEL_COMMENT[language]);
      const result = await view(written, { employee, manager: actor });
      await outbox.flush(notices);
      return result;
    },

    async complete(actor, conversationId, ifMatch) {
      let stored = await conversationOf(actor, conversationId);
      for (;;) {
        const c = stored.value;
        // Said twice (a retry, or both parties at once): it is held, that is the answer.
        if (c.status === 'gehouden') return view(stored);
        if (c.status === 'geannuleerd') throw new BookingError('conversation-cancelled');
        if (ifMatch !== undefined && ifMatch !== stored.etag) throw new ConcurrencyError('Conversation', c.id);
        const now = clock.now();
        let written: Stored<Conversation>;
        try {
          // Its reminders skip themselves from now on: they only go out for a "gepland" one.
          written = await stores.conversations.replace({ ...c, status: 'gehouden', completedAt: now.toISOString(), completedBy: actor.id, updatedAt: now.toISOString() }, stored.etag);
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
          // The other party wrote first: if that was their "afronden", ours is done too.
          stored = await conversationOf(actor, conversationId);
          if (stored.value.status !== 'gehouden') throw error;
          continue;
        }
        if (c.meeting && c.start && Date.parse(c.start) > now.getTime()) await cancelHeldEarly(c, written);
        return view(written);
      }
    },
  };
  return service;
}
