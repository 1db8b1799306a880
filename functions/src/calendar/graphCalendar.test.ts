import https from 'node:https';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import {
  bookingTransactionId,
  CalendarConsentError,
  CalendarUnavailableError,
  meetingAgenda,
  NotFoundError,
  type CalendarPort,
  type MeetingParticipant,
} from '@koers/domain';
import { createGraphCalendar, type CalendarLogFields } from './graphCalendar';
import type { CreateEventRequestDoc, GetScheduleRequestDoc } from './__tests__/graphDocShapes';
import { forbidden, startGraphStandIn, STAND_IN_TOKEN, throttled, unavailable, type GraphStandIn } from './__tests__/graphStandIn';

const TENANT = HENDRIKS_TENANT_ID;
const jeroen: MeetingParticipant = { personId: SAMPLE_PEOPLE.jeroen.id, email: SAMPLE_PEOPLE.jeroen.email, name: SAMPLE_PEOPLE.jeroen.displayName };
const sanne: MeetingParticipant = { personId: SAMPLE_PEOPLE.sanne.id, email: SAMPLE_PEOPLE.sanne.email, name: SAMPLE_PEOPLE.sanne.displayName };
const WINDOW = { from: '2026-12-07T00:00:00.000Z', to: '2026-12-12T00:00:00.000Z' };
const CANVAS = 'https://koers.example/#/canvas/gesprek-1';

const WORKING_HOURS = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00:00.0000000',
  endTime: '17:00:00.0000000',
  timeZone: { name: 'W. Europe Standard Time' },
};

function at(dateTime: string) {
  return { dateTime: `${dateTime}.0000000`, timeZone: 'UTC' };
}

let standIn: GraphStandIn;
let agent: https.Agent;
let delays: number[];
let logs: { event: string; fields: CalendarLogFields }[];
let calendar: CalendarPort;

function makeCalendar(overrides: Partial<Parameters<typeof createGraphCalendar>[0]> = {}): CalendarPort {
  return createGraphCalendar({
    getToken: async () => STAND_IN_TOKEN,
    baseUrl: standIn.baseUrl,
    agent,
    sleep: async (ms) => {
      delays.push(ms);
    },
    now: () => Date.parse('2026-11-20T12:00:00Z'),
    log: (event, fields) => logs.push({ event, fields }),
    ...overrides,
  });
}

beforeAll(async () => {
  standIn = await startGraphStandIn();
  agent = new https.Agent({ ca: standIn.ca, keepAlive: true });
});

afterAll(async () => {
  agent.destroy();
  await standIn.close();
});

beforeEach(() => {
  standIn.reset();
  delays = [];
  logs = [];
  standIn.addMailbox({
    ...jeroen,
    workingHours: WORKING_HOURS,
    scheduleItems: [
      { status: 'Busy', start: at('2026-12-07T08:00:00'), end: at('2026-12-07T09:00:00'), subject: 'Teamoverleg' },
      { status: 'free', start: at('2026-12-08T12:00:00'), end: at('2026-12-08T13:00:00') },
    ],
  });
  standIn.addMailbox({
    ...sanne,
    workingHours: { ...WORKING_HOURS, daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday'] },
    scheduleItems: [
      { status: 'tentative', start: at('2026-12-08T09:30:00'), end: at('2026-12-08T10:00:00') },
      { status: 'oof', start: at('2026-12-10T07:00:00'), end: at('2026-12-10T16:00:00') },
      { status: 'workingElsewhere', start: at('2026-12-09T07:00:00'), end: at('2026-12-09T16:00:00') },
    ],
  });
  calendar = makeCalendar();
});

afterEach(() => {
  expect(standIn.violations).toEqual([]);
  // Ids, statuses and codes only: no address or name ever reaches the log.
  const logged = JSON.stringify(logs);
  expect(logged).not.toContain('@');
  expect(logged).not.toContain('Sanne');
  expect(logged).not.toContain('Jeroen');
});

describe('free/busy through calendar/getSchedule', () => {
  it('maps both people\'s schedule items to busy intervals in UTC, leaving out free time', async () => {
    const result = await calendar.getBusy(TENANT, [jeroen, sanne], WINDOW);

    expect(result).toEqual([
      {
        personId: jeroen.personId,
        ok: true,
        busy: [{ start: '2026-12-07T08:00:00.000Z', end: '2026-12-07T09:00:00.000Z', showAs: 'busy' }],
        workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', timeZone: 'W. Europe Standard Time' },
      },
      {
        personId: sanne.personId,
        ok: true,
        busy: [
          { start: '2026-12-08T09:30:00.000Z', end: '2026-12-08T10:00:00.000Z', showAs: 'tentative' },
          { start: '2026-12-09T07:00:00.000Z', end: '2026-12-09T16:00:00.000Z', showAs: 'workingElsewhere' },
          { start: '2026-12-10T07:00:00.000Z', end: '2026-12-10T16:00:00.000Z', showAs: 'oof' },
        ],
        workingHours: { days: [1, 2, 3, 4], start: '08:00', end: '17:00', timeZone: 'W. Europe Standard Time' },
      },
    ]);
  });

  it('sends the documented request: POST, the first mailbox\'s path, bearer token, JSON, UTC times', async () => {
    await calendar.getBusy(TENANT, [jeroen, sanne], WINDOW);

    expect(standIn.requests).toHaveLength(1);
    const [request] = standIn.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe(`/v1.0/users/${jeroen.personId}/calendar/getSchedule`);
    expect(request!.headers.authorization).toBe(`Bearer ${STAND_IN_TOKEN}`);
    expect(request!.headers['content-type']).toMatch(/^application\/json/);
    expect(request!.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(request!.body).toEqual({
      schedules: [jeroen.email, sanne.email],
      startTime: { dateTime: '2026-12-07T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-12-12T00:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 60,
    } satisfies GetScheduleRequestDoc);
  });

  it('reports a mailbox Graph cannot resolve as a typed result, and still answers for the other', async () => {
    const ghost = { personId: '0a000000-0000-4000-8000-000000000999', email: 'niemand@hendriks.example' };
    const result = await calendar.getBusy(TENANT, [jeroen, ghost], WINDOW);

    expect(result[0]).toMatchObject({ personId: jeroen.personId, ok: true });
    expect(result[1]).toEqual({ personId: ghost.personId, ok: false, error: 'mailbox-not-found', code: '5009' });
    expect(logs).toContainEqual({ event: 'graph.schedule-error', fields: { tenantId: TENANT, personId: ghost.personId, code: '5009' } });
  });

  it('asks for at most 20 schedules per call and answers in the order asked', async () => {
    const many = Array.from({ length: 45 }, (_, i) => {
      const personId = `0a000000-0000-4000-8000-${String(500 + i).padStart(12, '0')}`;
      const mailbox = { personId, email: `collega${i}@hendriks.example`, name: `Collega ${i}` };
      standIn.addMailbox({ ...mailbox, scheduleItems: [{ status: 'busy', start: at(`2026-12-07T${String(7 + (i % 9)).padStart(2, '0')}:00:00`), end: at(`2026-12-07T${String(8 + (i % 9)).padStart(2, '0')}:00:00`) }] });
      return { personId, email: mailbox.email };
    });

    const result = await calendar.getBusy(TENANT, many, WINDOW);

    const sizes = standIn.requests.map((r) => (r.body as GetScheduleRequestDoc).schedules.length);
    expect(sizes).toEqual([20, 20, 5]);
    expect(result.map((r) => r.personId)).toEqual(many.map((m) => m.personId));
    expect(result.every((r) => r.ok && r.busy.length === 1)).toBe(true);
  });

  it('waits as long as a 429 Retry-After says, then succeeds', async () => {
    standIn.script('POST', /getSchedule$/, throttled(7));

    const result = await calendar.getBusy(TENANT, [jeroen, sanne], WINDOW);

    expect(result.every((r) => r.ok)).toBe(true);
    expect(delays).toEqual([7_000]);
    expect(standIn.requests).toHaveLength(2);
    expect(logs).toContainEqual({ event: 'graph.retry', fields: { tenantId: TENANT, op: 'getSchedule', attempt: 1, status: 429, delayMs: 7_000 } });
  });

  it('retries a 503 with backoff when there is no Retry-After', async () => {
    standIn.script('POST', /getSchedule$/, unavailable());

    const result = await calendar.getBusy(TENANT, [jeroen], WINDOW);

    expect(result[0]!.ok).toBe(true);
    expect(delays).toEqual([1_000]);
  });

  it('gives up with CalendarUnavailableError when Graph stays unavailable, within the wait cap', async () => {
    standIn.script('POST', /getSchedule$/, unavailable(), unavailable(), unavailable(), unavailable(), unavailable());

    await expect(calendar.getBusy(TENANT, [jeroen], WINDOW)).rejects.toBeInstanceOf(CalendarUnavailableError);
    expect(standIn.requests).toHaveLength(4);
    expect(delays).toEqual([1_000, 2_000, 4_000]);
  });

  it('does not sleep past the cap: a Retry-After longer than the budget ends the retries at once', async () => {
    standIn.script('POST', /getSchedule$/, throttled(120));

    const failure = await calendar.getBusy(TENANT, [jeroen], WINDOW).catch((err: unknown) => err);

    expect(failure).toBeInstanceOf(CalendarUnavailableError);
    expect((failure as CalendarUnavailableError).status).toBe(429);
    expect((failure as CalendarUnavailableError).retryAfterMs).toBe(120_000);
    expect(delays).toEqual([]);
    expect(standIn.requests).toHaveLength(1);
  });

  it('turns a 403 into CalendarConsentError, which names the missing consent', async () => {
    standIn.script('POST', /getSchedule$/, forbidden());

    const failure = await calendar.getBusy(TENANT, [jeroen, sanne], WINDOW).catch((err: unknown) => err);

    expect(failure).toBeInstanceOf(CalendarConsentError);
    expect((failure as CalendarConsentError).problem).toBe('calendar-consent');
    expect((failure as Error).message).toContain('Calendars.ReadWrite');
    expect(delays).toEqual([]);
  });

  it('refuses a window of 62 days or more before asking Graph', async () => {
    await expect(calendar.getBusy(TENANT, [jeroen], { from: '2026-12-01T00:00:00Z', to: '2027-02-01T00:00:00Z' })).rejects.toThrow();
    expect(standIn.requests).toHaveLength(0);
  });
});

describe('the meeting as an event in the organizer\'s mailbox', () => {
  const transactionId = bookingTransactionId(TENANT, 'gesprek-1');
  const meeting = {
    organizer: jeroen,
    attendee: sanne,
    start: '2026-12-08T09:00:00.000Z',
    end: '2026-12-08T10:00:00.000Z',
    subject: 'Loopbaangesprek Sanne Bakker',
    bodyHtml: meetingAgenda('nl', { canvasUrl: CANVAS, employeeName: sanne.name, managerName: jeroen.name }),
    transactionId,
  };

  it('creates a private Teams meeting with the employee invited, the Dutch agenda and the canvas link', async () => {
    const booked = await calendar.createMeeting(TENANT, meeting);

    const creates = standIn.requests.filter((r) => r.path.endsWith('/events'));
    expect(creates).toHaveLength(1);
    const [request] = creates;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe(`/v1.0/users/${jeroen.personId}/events`);
    expect(request!.headers['content-type']).toMatch(/^application\/json/);
    const body = request!.body as CreateEventRequestDoc;
    expect(body).toMatchObject({
      subject: 'Loopbaangesprek Sanne Bakker',
      start: { dateTime: '2026-12-08T09:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-08T10:00:00', timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: sanne.email, name: sanne.name }, type: 'required' }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: false,
      sensitivity: 'private',
      transactionId,
    });
    expect(body.body.contentType).toBe('HTML');
    expect(body.body.content).toContain('Uitwisseling en inventarisatie');
    expect(body.body.content).toContain('Voorstellen ontwikkelen');
    expect(body.body.content).toContain('Afspraken');
    expect(body.body.content).toContain(`<a href="${CANVAS}">`);

    const event = standIn.events[0]!;
    expect(booked.eventId).toBe(event.id);
    expect(booked.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(booked.webLink).toBe(`https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`);
  });

  it('creates an in-person conversation as an ordinary event with its place, without a Teams link', async () => {
    const booked = await calendar.createMeeting(TENANT, { ...meeting, location: 'Kamer 2.14, Utrecht' });

    const body = standIn.requests[0]!.body as CreateEventRequestDoc;
    expect(body.isOnlineMeeting).toBe(false);
    expect(body.onlineMeetingProvider).toBeUndefined();
    expect(body.location).toEqual({ displayName: 'Kamer 2.14, Utrecht' });
    expect(booked.joinUrl).toBeUndefined();
    expect(standIn.violations).toEqual([]);
  });

  it('invites nobody when the employee has no mailbox, online or in person, so Exchange sends no invitation that bounces', async () => {
    const withoutMailbox = { ...meeting, attendee: { ...sanne, hasMailbox: false } };
    await calendar.createMeeting(TENANT, withoutMailbox);
    await calendar.createMeeting(TENANT, { ...withoutMailbox, location: 'Kamer 2.14, Utrecht', transactionId: bookingTransactionId(TENANT, 'gesprek-2') });

    const creates = standIn.requests.filter((r) => r.path.endsWith('/events'));
    expect(creates.map((r) => r.path)).toEqual([`/v1.0/users/${jeroen.personId}/events`, `/v1.0/users/${jeroen.personId}/events`]);
    expect(creates.map((r) => (r.body as CreateEventRequestDoc).attendees)).toEqual([[], []]);
  });

  it('books once when the answer to the create was lost and the request is sent again', async () => {
    standIn.script('POST', /\/events$/, { dropAfterHandling: true });

    const booked = await calendar.createMeeting(TENANT, meeting);

    expect(standIn.requests.filter((r) => r.path.endsWith('/events'))).toHaveLength(2);
    expect(standIn.events).toHaveLength(1);
    expect(booked.eventId).toBe(standIn.events[0]!.id);
    expect((standIn.requests[1]!.body as CreateEventRequestDoc).transactionId).toBe(transactionId);
    expect(delays).toEqual([1_000]);
  });

  it('returns the same event when the caller books again with the same transactionId', async () => {
    const first = await calendar.createMeeting(TENANT, meeting);
    const second = await calendar.createMeeting(TENANT, meeting);

    expect(second.eventId).toBe(first.eventId);
    expect(standIn.events).toHaveLength(1);
  });

  it('shows the booked meeting as busy in both calendars afterwards', async () => {
    await calendar.createMeeting(TENANT, meeting);

    const [forJeroen, forSanne] = await calendar.getBusy(TENANT, [jeroen, sanne], WINDOW);
    const slot = { start: meeting.start, end: meeting.end, showAs: 'busy' };
    expect(forJeroen!.ok && forJeroen!.busy).toContainEqual(slot);
    expect(forSanne!.ok && forSanne!.busy).toContainEqual(slot);
  });

  it('moves the meeting with a PATCH of start and end', async () => {
    const { eventId } = await calendar.createMeeting(TENANT, meeting);

    await calendar.updateMeeting(TENANT, { organizer: jeroen, attendee: sanne }, eventId, { start: '2026-12-09T13:00:00Z', end: '2026-12-09T14:00:00Z' });

    const patch = standIn.requests.find((r) => r.path.includes('/events/'))!;
    expect(patch.method).toBe('PATCH');
    expect(patch.path).toBe(`/v1.0/users/${jeroen.personId}/events/${encodeURIComponent(eventId)}`);
    expect(patch.headers.authorization).toBe(`Bearer ${STAND_IN_TOKEN}`);
    expect(patch.body).toEqual({
      start: { dateTime: '2026-12-09T13:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-09T14:00:00', timeZone: 'UTC' },
    });
  });

  it('cancels with a comment to the attendee', async () => {
    const { eventId } = await calendar.createMeeting(TENANT, meeting);

    await calendar.cancelMeeting(TENANT, { organizer: jeroen, attendee: sanne }, eventId, 'Ik ben ziek; we plannen opnieuw.');

    const cancel = standIn.requests.find((r) => r.path.endsWith('/cancel'))!;
    expect(cancel.method).toBe('POST');
    expect(cancel.path).toBe(`/v1.0/users/${jeroen.personId}/events/${encodeURIComponent(eventId)}/cancel`);
    expect(cancel.body).toEqual({ comment: 'Ik ben ziek; we plannen opnieuw.' });
    expect(standIn.events[0]!.isCancelled).toBe(true);
    const [forSanne] = await calendar.getBusy(TENANT, [sanne], WINDOW);
    expect(forSanne!.ok && forSanne!.busy.some((b) => b.start === meeting.start)).toBe(false);
  });

  it('answers NotFoundError when the event to move or cancel does not exist', async () => {
    const parties = { organizer: jeroen, attendee: sanne };
    await expect(calendar.updateMeeting(TENANT, parties, 'AAMkbestaatniet=', { start: meeting.start, end: meeting.end })).rejects.toBeInstanceOf(NotFoundError);
    await expect(calendar.cancelMeeting(TENANT, parties, 'AAMkbestaatniet=', 'weg')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('makes the Teams meeting confidential: no recording, no transcript, only the two invited let in directly', async () => {
    await calendar.createMeeting(TENANT, meeting);

    const [find, update] = standIn.requests.filter((r) => r.path.includes('/onlineMeetings'));
    expect(find).toMatchObject({ method: 'GET', path: `/v1.0/users/${jeroen.personId}/onlineMeetings` });
    expect(find!.query.$filter).toMatch(/^JoinWebUrl eq 'https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(update).toMatchObject({ method: 'PATCH' });
    expect(update!.body).toEqual({
      allowRecording: false,
      allowTranscription: false,
      recordAutomatically: false,
      lobbyBypassSettings: { scope: 'invited', isDialInBypassEnabled: false },
    });
    // The stand-in's meeting, which started with Teams' defaults, now has them.
    expect(standIn.events[0]!.meetingSettings).toMatchObject({ allowRecording: false, allowTranscription: false, lobbyBypassSettings: { scope: 'invited' } });
    expect(logs.map((l) => l.event)).toContain('graph.meeting-settings-applied');
  });

  it('still books when the tenant has no application access policy for meetings, and says which settings apply', async () => {
    standIn.script('GET', /\/onlineMeetings$/, forbidden());

    const booked = await calendar.createMeeting(TENANT, meeting);

    expect(booked.joinUrl).toBeDefined();
    expect(standIn.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(logs.filter((l) => l.event === 'graph.meeting-settings-skipped').map((l) => l.fields.reason)).toEqual(['CalendarConsentError']);
  });

  it('turns a 403 on create into CalendarConsentError', async () => {
    standIn.script('POST', /\/events$/, forbidden());
    await expect(calendar.createMeeting(TENANT, meeting)).rejects.toBeInstanceOf(CalendarConsentError);
    expect(standIn.events).toHaveLength(0);
  });
});

describe('the stand-in itself', () => {
  function rawPost(path: string, body: unknown, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = https.request(new URL(path, standIn.baseUrl), { method: 'POST', agent, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      request.on('error', reject);
      request.end(JSON.stringify(body));
    });
  }

  it('refuses what the documentation does not list, and a request without the bearer token', async () => {
    const body = {
      schedules: [jeroen.email],
      startTime: { dateTime: '2026-12-07T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-12-08T00:00:00', timeZone: 'UTC' },
      includeSubjects: true,
    };
    const path = `/v1.0/users/${jeroen.personId}/calendar/getSchedule`;
    expect(await rawPost(path, body, { Authorization: `Bearer ${STAND_IN_TOKEN}`, 'Content-Type': 'application/json' })).toBe(400);
    expect(await rawPost(path, body, { 'Content-Type': 'application/json' })).toBe(401);
    expect(standIn.violations).toEqual([expect.stringContaining('includeSubjects'), expect.stringContaining('Authorization is missing')]);
    standIn.violations.length = 0;
  });
});

describe('app-only tokens', () => {
  it('asks a token for the tenant whose calendars it reads', async () => {
    const tenants: string[] = [];
    const withTenants = makeCalendar({
      getToken: async (tenantId) => {
        tenants.push(tenantId);
        return STAND_IN_TOKEN;
      },
    });
    await withTenants.getBusy(TENANT, [jeroen], WINDOW);
    expect(tenants).toEqual([TENANT]);
  });

  it('reads "the app is unknown in this tenant" as missing consent, anything else as unavailable', async () => {
    const unknownApp = makeCalendar({
      getToken: async () => {
        throw new Error('AADSTS700016: Application with identifier was not found in the directory.');
      },
    });
    const down = makeCalendar({
      getToken: async () => {
        throw new Error('ETIMEDOUT login.microsoftonline.com');
      },
    });
    await expect(unknownApp.getBusy(TENANT, [jeroen], WINDOW)).rejects.toBeInstanceOf(CalendarConsentError);
    await expect(down.getBusy(TENANT, [jeroen], WINDOW)).rejects.toBeInstanceOf(CalendarUnavailableError);
    expect(standIn.requests).toHaveLength(0);
  });
});
