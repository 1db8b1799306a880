import { bookingTransactionId, meetingAgendaText } from '@koers/domain';
import { escapeText, foldLine, icsDateTime, toIcs, type IcsMeeting } from './ics';

/** A small reader as a calendar client would do it: unfold, split, unescape (RFC 5545 §3.1, §3.3.11). */
function parseIcs(text: string): { name: string; params: Record<string, string>; value: string }[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      let inQuotes = false;
      let colon = -1;
      for (let i = 0; i < line.length; i += 1) {
        if (line[i] === '"') inQuotes = !inQuotes;
        if (line[i] === ':' && !inQuotes) {
          colon = i;
          break;
        }
      }
      const [name = '', ...rawParams] = line.slice(0, colon).split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      const params = Object.fromEntries(rawParams.map((p) => {
        const [key = '', value = ''] = p.split(/=(.*)/s);
        return [key, value.replace(/^"|"$/g, '')];
      }));
      return { name, params, value: line.slice(colon + 1) };
    });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const uid = bookingTransactionId(TENANT, 'gesprek-1');
const description = meetingAgendaText('nl', {
  canvasUrl: 'http://localhost:53000/#/canvas/gesprek-1',
  employeeName: 'Sanne Bakker',
  managerName: 'Jeroen Hendriks',
});
const meeting: IcsMeeting = {
  uid,
  stamp: '2026-11-20T12:00:00.000Z',
  start: '2026-12-08T10:00:00+01:00',
  end: '2026-12-08T11:00:00+01:00',
  summary: 'Loopbaangesprek: Sanne; Jeroen, en een backslash \\ erbij',
  description,
  location: 'Microsoft Teams; of de kantine, 1e verdieping',
  url: 'http://localhost:53000/#/canvas/gesprek-1',
  organizer: { email: 'jeroen@hendriks.example', name: 'Jeroen Hendriks' },
  attendees: [{ email: 'sanne@hendriks.example', name: 'Sanne "Sas" Bakker' }],
};

describe('the .ics invitation', () => {
  const ics = toIcs(meeting);
  const lines = ics.split('\r\n');

  it('uses CRLF everywhere and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line at 75 octets, continuation lines starting with a space', () => {
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('is one VCALENDAR with a REQUEST and one VEVENT', () => {
    const names = parseIcs(ics).map((p) => p.name);
    expect(names[0]).toBe('BEGIN');
    expect(parseIcs(ics)[0]!.value).toBe('VCALENDAR');
    expect(parseIcs(ics).at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
    expect(parseIcs(ics).filter((p) => p.name === 'BEGIN').map((p) => p.value)).toEqual(['VCALENDAR', 'VEVENT']);
    const get = (name: string) => parseIcs(ics).find((p) => p.name === name);
    expect(get('VERSION')?.value).toBe('2.0');
    expect(get('PRODID')?.value).toBeTruthy();
    expect(get('METHOD')?.value).toBe('REQUEST');
  });

  it('gives back every field once unfolded and unescaped', () => {
    const get = (name: string) => parseIcs(ics).find((p) => p.name === name)!;
    expect(get('UID').value).toBe(uid);
    expect(get('DTSTAMP').value).toBe('20261120T120000Z');
    expect(get('DTSTART').value).toBe('20261208T090000Z');
    expect(get('DTEND').value).toBe('20261208T100000Z');
    expect(unescapeText(get('SUMMARY').value)).toBe(meeting.summary);
    expect(unescapeText(get('DESCRIPTION').value)).toBe(description);
    expect(unescapeText(get('LOCATION').value)).toBe(meeting.location);
    expect(get('URL').value).toBe(meeting.url);
    expect(get('ORGANIZER')).toEqual({ name: 'ORGANIZER', params: { CN: 'Jeroen Hendriks' }, value: 'mailto:jeroen@hendriks.example' });
    expect(get('ATTENDEE').value).toBe('mailto:sanne@hendriks.example');
    expect(get('ATTENDEE').params).toMatchObject({ CN: "Sanne 'Sas' Bakker", ROLE: 'REQ-PARTICIPANT', RSVP: 'TRUE' });
    expect(get('SEQUENCE').value).toBe('0');
    expect(get('STATUS').value).toBe('CONFIRMED');
  });

  it('marks the invitation private, so a shared or delegated calendar shows no employee name', () => {
    expect(parseIcs(ics).find((p) => p.name === 'CLASS')?.value).toBe('PRIVATE');
  });

  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(ics).toContain('SUMMARY:Loopbaangesprek: Sanne\\; Jeroen\\, en een backslash \\\\ erbij');
  });

  it('never folds inside a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\ufffd');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });

  it('writes a cancel of the same UID with a higher sequence', () => {
    const cancel = parseIcs(toIcs({ ...meeting, method: 'CANCEL', sequence: 1 }));
    const get = (name: string) => cancel.find((p) => p.name === name)!.value;
    expect([get('METHOD'), get('STATUS'), get('SEQUENCE'), get('UID')]).toEqual(['CANCEL', 'CANCELLED', '1', uid]);
  });

  it('refuses values that would break the file', () => {
    expect(() => toIcs({ ...meeting, organizer: { email: 'x@y.example\r\nATTENDEE:mailto:z@y.example', name: 'X' } })).toThrow(RangeError);
    expect(() => toIcs({ ...meeting, url: 'javascript:alert(1)' })).toThrow();
    expect(() => toIcs({ ...meeting, end: meeting.start })).toThrow(RangeError);
    expect(() => toIcs({ ...meeting, attendees: [] })).toThrow(RangeError);
  });

  it('writes instants in UTC with a Z', () => {
    expect(icsDateTime('2026-03-29T03:30:00+02:00')).toBe('20260329T013000Z');
  });
});
