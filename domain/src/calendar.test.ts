import { bookingTransactionId, CalendarConsentError, CalendarUnavailableError, CreateMeetingInput, TimeWindow } from './calendar';

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const OTHER_TENANT = '6f1c2a7e-0000-4000-8000-000000000002';

describe('bookingTransactionId', () => {
  it('gives the same key for the same tenant, conversation and revision', () => {
    expect(bookingTransactionId(TENANT, 'gesprek-1')).toBe(bookingTransactionId(TENANT, 'gesprek-1'));
    expect(bookingTransactionId(TENANT, 'gesprek-1')).toBe(bookingTransactionId(TENANT, 'gesprek-1', 1));
  });

  it('gives another key for another tenant, conversation or revision', () => {
    const keys = new Set([
      bookingTransactionId(TENANT, 'gesprek-1'),
      bookingTransactionId(OTHER_TENANT, 'gesprek-1'),
      bookingTransactionId(TENANT, 'gesprek-2'),
      bookingTransactionId(TENANT, 'gesprek-1', 2),
      // The separator keeps "a|b" + "c" apart from "a" + "b|c".
      bookingTransactionId(TENANT, `gesprek-1\u00001`),
    ]);
    expect(keys.size).toBe(5);
  });

  it('is shaped as a UUID (version 8, RFC variant) and carries no input text', () => {
    const key = bookingTransactionId(TENANT, 'Sanne Bakker <sanne@hendriks.example>');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(key).not.toContain('sanne');
  });

  it('is pinned, so a deploy never changes the key of a booking in flight', () => {
    expect(bookingTransactionId(TENANT, 'gesprek-1')).toMatchInlineSnapshot(`"210418a0-bf50-8b46-9b22-f0c4b7a7e1d7"`);
  });

  it('refuses a revision below 1', () => {
    expect(() => bookingTransactionId(TENANT, 'gesprek-1', 0)).toThrow(RangeError);
    expect(() => bookingTransactionId(TENANT, 'gesprek-1', 1.5)).toThrow(RangeError);
  });
});

describe('calendar errors', () => {
  it('names the problem the edges explain, and the missing consent in its log message', () => {
    const err = new CalendarConsentError(403);
    expect(err.problem).toBe('calendar-consent');
    expect(err.message).toContain('Calendars.ReadWrite');
  });

  it('keeps the service\'s Retry-After on the unavailable error', () => {
    const err = new CalendarUnavailableError(429, 30_000);
    expect(err.retryAfterMs).toBe(30_000);
    expect(err.problem).toBe('calendar-unavailable');
  });
});

describe('calendar inputs', () => {
  const jeroen = { personId: '0a000000-0000-4000-8000-000000000101', email: 'jeroen@hendriks.example', name: 'Jeroen Hendriks' };
  const sanne = { personId: '0a000000-0000-4000-8000-000000000106', email: 'sanne@hendriks.example', name: 'Sanne Bakker' };
  const meeting = {
    organizer: jeroen,
    attendee: sanne,
    start: '2026-12-08T09:00:00.000Z',
    end: '2026-12-08T10:00:00.000Z',
    subject: 'Loopbaangesprek',
    bodyHtml: '<p>agenda</p>',
    transactionId: bookingTransactionId(TENANT, 'gesprek-1'),
  };

  it('accepts a meeting and refuses one that ends before it starts or books a person with themselves', () => {
    expect(CreateMeetingInput.safeParse(meeting).success).toBe(true);
    expect(CreateMeetingInput.safeParse({ ...meeting, end: meeting.start }).success).toBe(false);
    expect(CreateMeetingInput.safeParse({ ...meeting, attendee: jeroen }).success).toBe(false);
  });

  it('accepts only http(s) canvas links without whitespace', () => {
    expect(CreateMeetingInput.safeParse({ ...meeting, canvasUrl: 'https://koers.example/#/canvas/1' }).success).toBe(true);
    expect(CreateMeetingInput.safeParse({ ...meeting, canvasUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(CreateMeetingInput.safeParse({ ...meeting, canvasUrl: 'https://koers.example/\nX' }).success).toBe(false);
  });

  it('refuses a free/busy window of 62 days or more (Graph\'s limit)', () => {
    expect(TimeWindow.safeParse({ from: '2026-01-01T00:00:00Z', to: '2026-03-03T00:00:00Z' }).success).toBe(true);
    expect(TimeWindow.safeParse({ from: '2026-01-01T00:00:00Z', to: '2026-03-04T00:00:00Z' }).success).toBe(false);
    expect(TimeWindow.safeParse({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }).success).toBe(false);
  });
});
