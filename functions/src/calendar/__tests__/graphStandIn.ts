import type { z } from 'zod';
import { answer, startHttpsStandIn, type Answer, type RecordedRequest, type ScriptedAnswer } from '../../graph/__tests__/httpsStandIn';
import {
  CancelEventRequestDoc,
  CreateEventRequestDoc,
  GetScheduleRequestDoc,
  UpdateEventRequestDoc,
  UpdateOnlineMeetingRequestDoc,
  graphErrorBody,
  type DateTimeTimeZoneDoc,
} from './graphDocShapes';

/**
 * A local HTTPS stand-in for the four Graph calls of the calendar adapter. It checks every
 * request against the documentation (method, path, Authorization, Content-Type, body schema),
 * records it, and answers with the documented shapes. Faults are scripted per route: 429 with
 * Retry-After, 503, 403, or an answer lost after the work was done (to prove transactionId).
 * The server itself is the shared one of ../../graph/__tests__/httpsStandIn.ts.
 */

export { forbidden, STAND_IN_TOKEN, throttled, unavailable, type RecordedRequest, type ScriptedAnswer } from '../../graph/__tests__/httpsStandIn';

type DateTimeTimeZone = z.infer<typeof DateTimeTimeZoneDoc>;

export interface ScheduleItemDoc {
  status: string;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isPrivate?: boolean;
  subject?: string;
  location?: string;
}

export interface StandInMailbox {
  personId: string;
  email: string;
  name: string;
  scheduleItems?: ScheduleItemDoc[];
  workingHours?: Record<string, unknown>;
}

interface StoredEvent {
  id: string;
  organizerId: string;
  transactionId?: string;
  request: z.infer<typeof CreateEventRequestDoc>;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isCancelled: boolean;
  cancelComment?: string;
  /** The Teams meeting's settings as the last update left them (Teams' defaults before any). */
  meetingSettings: z.infer<typeof UpdateOnlineMeetingRequestDoc>;
}

export interface GraphStandIn {
  baseUrl: string;
  /** Trust this, on an agent of the test's own. */
  ca: string;
  requests: RecordedRequest[];
  /** Everything that did not match the documentation; a test expects it empty. */
  violations: string[];
  events: StoredEvent[];
  addMailbox(mailbox: StandInMailbox): void;
  /** The next requests matching `method` + `path` get these answers, in order. */
  script(method: string, path: RegExp, ...answers: ScriptedAnswer[]): void;
  reset(): void;
  close(): Promise<void>;
}

/** "2026-12-08T09:00:00" in UTC → epoch ms. */
function utcMs(value: DateTimeTimeZone): number {
  return Date.parse(`${value.dateTime.replace(/(\.\d{3})\d*$/, '$1')}Z`);
}

/** Graph answers times with seven fractional digits. */
function graphTime(ms: number): DateTimeTimeZone {
  return { dateTime: `${new Date(ms).toISOString().slice(0, 19)}.0000000`, timeZone: 'UTC' };
}

export async function startGraphStandIn(): Promise<GraphStandIn> {
  const mailboxes = new Map<string, StandInMailbox>();
  const events: StoredEvent[] = [];
  let nextId = 1;

  const byEmail = (email: string) => [...mailboxes.values()].find((m) => m.email.toLowerCase() === email.toLowerCase());
  const byId = (id: string) => [...mailboxes.values()].find((m) => m.personId === id);

  function eventResource(event: StoredEvent) {
    const organizer = byId(event.organizerId);
    const encodedId = encodeURIComponent(event.id);
    return {
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${event.organizerId}')/events/$entity`,
      '@odata.etag': 'W/"NEXywgsVrkeNsFsyVyRrtAAASBUEsA=="',
      id: event.id,
      createdDateTime: '2026-11-20T01:55:54.8022848Z',
      lastModifiedDateTime: '2026-11-20T01:55:56.5162924Z',
      changeKey: 'NEXywgsVrkeNsFsyVyRrtAAASBUEsA==',
      categories: [],
      originalStartTimeZone: 'UTC',
      originalEndTimeZone: 'UTC',
      iCalUId: `040000008200E00074C5B7101A82E008${String(nextId).padStart(8, '0')}`,
      reminderMinutesBeforeStart: 15,
      isReminderOn: true,
      hasAttachments: false,
      subject: event.request.subject,
      bodyPreview: event.request.body.content.replace(/<[^>]*>/g, '').slice(0, 255),
      importance: 'normal',
      sensitivity: 'normal',
      isAllDay: false,
      isCancelled: event.isCancelled,
      isOrganizer: true,
      responseRequested: true,
      seriesMasterId: null,
      showAs: 'busy',
      type: 'singleInstance',
      webLink: `https://outlook.office365.com/owa/?itemid=${encodedId}&exvsurl=1&path=/calendar/item`,
      onlineMeetingUrl: null,
      isOnlineMeeting: event.request.isOnlineMeeting ?? false,
      onlineMeetingProvider: event.request.onlineMeetingProvider ?? 'unknown',
      allowNewTimeProposals: event.request.allowNewTimeProposals ?? true,
      ...(event.transactionId ? { transactionId: event.transactionId } : {}),
      recurrence: null,
      responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
      body: { contentType: 'html', content: `<html>\r\n<head>\r\n</head>\r\n<body>\r\n${event.request.body.content}\r\n</body>\r\n</html>\r\n` },
      start: graphTime(utcMs(event.start)),
      end: graphTime(utcMs(event.end)),
      location: { displayName: event.request.location?.displayName ?? '', locationType: 'default', uniqueIdType: 'unknown' },
      locations: [],
      attendees: event.request.attendees.map((a) => ({ type: a.type, status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: a.emailAddress })),
      organizer: { emailAddress: { name: organizer?.name ?? '', address: organizer?.email ?? '' } },
      onlineMeeting: event.request.isOnlineMeeting
        ? {
            joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${encodedId}%40thread.v2/0?context=%7b%22Tid%22%3a%2298a79ebe%22%7d`,
            conferenceId: '291633251',
            tollNumber: '+31 20 555 0166',
          }
        : null,
    };
  }

  /** The onlineMeeting id Graph gives the event's Teams meeting (base64 of organizer and thread, shortened). */
  const meetingIdOf = (event: StoredEvent) => `MSo${Buffer.from(`${event.organizerId}|${event.id}`).toString('base64url')}`;

  function meetingResource(event: StoredEvent) {
    return {
      id: meetingIdOf(event),
      creationDateTime: '2026-11-20T01:55:56.5162924Z',
      startDateTime: `${new Date(utcMs(event.start)).toISOString()}`,
      endDateTime: `${new Date(utcMs(event.end)).toISOString()}`,
      joinWebUrl: eventResource(event).onlineMeeting?.joinUrl ?? null,
      subject: event.request.subject,
      isEntryExitAnnounced: false,
      allowedPresenters: 'everyone',
      ...event.meetingSettings,
    };
  }

  function scheduleOf(email: string, from: number, to: number, interval: number) {
    const mailbox = byEmail(email);
    if (!mailbox) {
      // As Graph answers for an address it cannot resolve (microsoft-graph-docs issue 11225).
      return { scheduleId: email, error: { message: `Unable to resolve e-mail address ${email} to an Active Directory object.`, responseCode: '5009' } };
    }
    const booked: ScheduleItemDoc[] = events
      .filter((e) => !e.isCancelled && (e.organizerId === mailbox.personId || e.request.attendees.some((a) => a.emailAddress.address.toLowerCase() === email.toLowerCase())))
      .map((e) => ({ status: 'busy', start: graphTime(utcMs(e.start)), end: graphTime(utcMs(e.end)) }));
    const items = [...(mailbox.scheduleItems ?? []), ...booked].filter((i) => utcMs(i.start) < to && utcMs(i.end) > from);
    const code: Record<string, string> = { free: '0', workingelsewhere: '0', tentative: '1', busy: '2', oof: '3' };
    let view = '';
    for (let at = from; at < to; at += interval * 60_000) {
      const slot = items.filter((i) => utcMs(i.start) < at + interval * 60_000 && utcMs(i.end) > at);
      view += slot.reduce((max, i) => Math.max(max, Number(code[i.status.toLowerCase()] ?? '2')), 0);
    }
    return { scheduleId: email, availabilityView: view, scheduleItems: items, ...(mailbox.workingHours ? { workingHours: mailbox.workingHours } : {}) };
  }

  function handle(method: string, path: string, body: unknown, query: Record<string, string>): Answer {
    let match = /^\/v1\.0\/users\/([^/]+)\/calendar\/getSchedule$/.exec(path);
    if (match && method === 'POST') {
      const request = check(GetScheduleRequestDoc, body, 'getSchedule body');
      if (!request) return answer(400, graphErrorBody('BadRequest', 'Invalid request.', 400));
      if (!byId(decodeURIComponent(match[1]!))) return answer(404, graphErrorBody('ErrorInvalidUser', 'The requested user is invalid.', 404));
      const from = utcMs(request.startTime);
      const to = utcMs(request.endTime);
      return answer(200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)',
        value: request.schedules.map((email) => scheduleOf(email, from, to, request.availabilityViewInterval ?? 30)),
      });
    }
    match = /^\/v1\.0\/users\/([^/]+)\/events$/.exec(path);
    if (match && method === 'POST') {
      const request = check(CreateEventRequestDoc, body, 'create event body');
      if (!request) return answer(400, graphErrorBody('BadRequest', 'Invalid request.', 400));
      // concepts/outlook-calendar-online-meetings.md: the provider belongs to an online meeting only.
      if (request.isOnlineMeeting === false && request.onlineMeetingProvider) violations.push('create event body: onlineMeetingProvider on an event that is not an online meeting');
      const organizerId = decodeURIComponent(match[1]!);
      if (!byId(organizerId)) return answer(404, graphErrorBody('ErrorInvalidUser', 'The requested user is invalid.', 404));
      // resources/event.md, transactionId: the server avoids a redundant POST of the same event.
      const existing = request.transactionId
        ? events.find((e) => e.organizerId === organizerId && e.transactionId === request.transactionId)
        : undefined;
      if (existing) return answer(201, eventResource(existing));
      const event: StoredEvent = {
        id: `AAMkADAGAADDdm4NAAA${nextId++}=`,
        organizerId,
        request,
        start: request.start,
        end: request.end,
        isCancelled: false,
        meetingSettings: { allowRecording: true, allowTranscription: true, lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false } },
        ...(request.transactionId ? { transactionId: request.transactionId } : {}),
      };
      events.push(event);
      return answer(201, eventResource(event));
    }
    match = /^\/v1\.0\/users\/([^/]+)\/events\/([^/]+)(\/cancel)?$/.exec(path);
    if (match && ((method === 'PATCH' && !match[3]) || (method === 'POST' && match[3]))) {
      const organizerId = decodeURIComponent(match[1]!);
      const eventId = decodeURIComponent(match[2]!);
      const event = events.find((e) => e.organizerId === organizerId && e.id === eventId && !e.isCancelled);
      const valid = match[3] ? check(CancelEventRequestDoc, body, 'cancel body') : check(UpdateEventRequestDoc, body, 'update event body');
      if (!valid) return answer(400, graphErrorBody('BadRequest', 'Invalid request.', 400));
      if (!event) return answer(404, graphErrorBody('ErrorItemNotFound', 'The specified object was not found in the store.', 404));
      if (match[3]) {
        event.isCancelled = true;
        const comment = (valid as z.infer<typeof CancelEventRequestDoc>).comment;
        if (comment !== undefined) event.cancelComment = comment;
        return answer(202);
      }
      const update = valid as z.infer<typeof UpdateEventRequestDoc>;
      if (update.start) event.start = update.start;
      if (update.end) event.end = update.end;
      return answer(200, eventResource(event));
    }
    // api/onlinemeeting-get.md, example "retrieve an online meeting by JoinWebUrl" (app-only: /users/{userId}).
    match = /^\/v1\.0\/users\/([^/]+)\/onlineMeetings$/.exec(path);
    if (match && method === 'GET') {
      const organizerId = decodeURIComponent(match[1]!);
      const filter = /^JoinWebUrl eq '(.*)'$/.exec(query.$filter ?? '');
      if (!filter) {
        violations.push(`onlineMeetings list without the documented JoinWebUrl filter: ${query.$filter ?? '(none)'}`);
        return answer(400, graphErrorBody('BadRequest', 'Filter is required.', 400));
      }
      const joinUrl = filter[1]!.replace(/''/g, "'");
      const event = events.find((e) => e.organizerId === organizerId && !e.isCancelled && eventResource(e).onlineMeeting?.joinUrl === joinUrl);
      return answer(200, {
        '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${organizerId}')/onlineMeetings`,
        value: event ? [meetingResource(event)] : [],
      });
    }
    match = /^\/v1\.0\/users\/([^/]+)\/onlineMeetings\/([^/]+)$/.exec(path);
    if (match && method === 'PATCH') {
      const organizerId = decodeURIComponent(match[1]!);
      const meetingId = decodeURIComponent(match[2]!);
      const update = check(UpdateOnlineMeetingRequestDoc, body, 'update onlineMeeting body');
      if (!update) return answer(400, graphErrorBody('BadRequest', 'Invalid request.', 400));
      const event = events.find((e) => e.organizerId === organizerId && meetingIdOf(e) === meetingId);
      if (!event) return answer(404, graphErrorBody('NotFound', 'The meeting was not found.', 404));
      event.meetingSettings = { ...event.meetingSettings, ...update };
      return answer(200, meetingResource(event));
    }
    violations.push(`no such Graph call: ${method} ${path}`);
    return answer(400, graphErrorBody('BadRequest', 'Unsupported request.', 400));
  }

  const server = await startHttpsStandIn(({ method, path, body, query }) => handle(method, path, body, query));
  const check = server.check.bind(server);
  const violations = server.violations;

  return {
    baseUrl: server.baseUrl,
    ca: server.ca,
    requests: server.requests,
    violations,
    events,
    addMailbox: (mailbox) => mailboxes.set(mailbox.personId, mailbox),
    script: server.script,
    reset() {
      server.reset();
      events.length = 0;
      mailboxes.clear();
    },
    close: server.close,
  };
}
