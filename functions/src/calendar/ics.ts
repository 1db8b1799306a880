import { HttpUrl } from '@koers/domain';

/**
 * An iCalendar invitation (RFC 5545, iTIP method REQUEST or CANCEL per RFC 5546) for the .ics
 * download of the local calendar: CRLF line endings, lines folded at 75 octets, TEXT values
 * escaped, times in UTC. Pure: the DTSTAMP comes in with the meeting, the clock stays outside.
 */

export interface IcsParty {
  email: string;
  name: string;
}

export interface IcsMeeting {
  /** UID: the booking's transactionId, so updates and the cancel replace the same invitation. */
  uid: string;
  /** DTSTAMP: when this version of the invitation was made. */
  stamp: string;
  start: string;
  end: string;
  summary: string;
  /** Plain text (see meetingAgendaText). */
  description?: string;
  location?: string;
  /** The Koerskaart or join link (http or https). */
  url?: string;
  organizer: IcsParty;
  attendees: IcsParty[];
  /** Goes up by one with every change of a sent invitation. */
  sequence?: number;
  /** CANCEL withdraws an invitation sent before (same uid, higher sequence). */
  method?: 'REQUEST' | 'CANCEL';
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Controls other than HTAB are not allowed in TEXT or parameter values (RFC 5545 §3.3.11, §3.1). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value, always quoted: no DQUOTE or controls may appear inside (RFC 5545 §3.1). */
function paramValue(value: string): string {
  return `"${value.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROLS, '').replace(/"/g, "'")}"`;
}

function mailto(email: string): string {
  const address = email.trim();
  if (!/^[^\s"<>\\:;,()[\]]+@[^\s"<>\\:;,()[\]]+$/.test(address)) throw new RangeError('not an email address Koers puts in an invitation');
  return `mailto:${address}`;
}

/** 2026-12-08T09:00:00.000Z → 20261208T090000Z (DATE-TIME in UTC, RFC 5545 §3.3.5 form 2). */
export function icsDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError('not an ISO date-time');
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

export function toIcs(meeting: IcsMeeting): string {
  const method = meeting.method ?? 'REQUEST';
  const sequence = meeting.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError('sequence must be a non-negative integer');
  if (Date.parse(meeting.end) <= Date.parse(meeting.start)) throw new RangeError('the end must lie after the start');
  if (meeting.attendees.length === 0) throw new RangeError('an invitation needs an attendee');
  const url = meeting.url === undefined ? undefined : HttpUrl.parse(meeting.url);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Koers//Loopbaangesprekken//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(meeting.uid)}`,
    `DTSTAMP:${icsDateTime(meeting.stamp)}`,
    `DTSTART:${icsDateTime(meeting.start)}`,
    `DTEND:${icsDateTime(meeting.end)}`,
    `SEQUENCE:${sequence}`,
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(meeting.summary)}`,
    // The summary names the employee: calendars shown to others show only "private".
    'CLASS:PRIVATE',
    ...(meeting.description ? [`DESCRIPTION:${escapeText(meeting.description)}`] : []),
    ...(meeting.location ? [`LOCATION:${escapeText(meeting.location)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    `ORGANIZER;CN=${paramValue(meeting.organizer.name)}:${mailto(meeting.organizer.email)}`,
    ...meeting.attendees.map(
      (a) => `ATTENDEE;CN=${paramValue(a.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(a.email)}`,
    ),
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
