import { describe, expect, it } from '@jest/globals';
import { BookConversationRequest } from '@koers/domain';
import { bookRequest, intentFor } from './bookingIntent';

const ahmed = '0a000000-0000-4000-8000-000000000104';
const noor = '0a000000-0000-4000-8000-000000000105';
const slot = { start: '2026-12-08T09:00:00.000Z', end: '2026-12-08T10:00:00.000Z' };
const later = { start: '2026-12-09T13:00:00.000Z', end: '2026-12-09T14:00:00.000Z' };

function keys() {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

describe('intentFor', () => {
  it('keeps the key for the same person and time, so a retry books once', () => {
    const next = keys();
    const first = intentFor(undefined, ahmed, slot, next);
    expect(intentFor(first, ahmed, { ...slot }, next).requestId).toBe(first.requestId);
  });

  it('makes a new key for another time or another person', () => {
    const next = keys();
    const first = intentFor(undefined, ahmed, slot, next);
    const otherTime = intentFor(first, ahmed, later, next);
    const otherPerson = intentFor(otherTime, noor, later, next);
    expect(new Set([first.requestId, otherTime.requestId, otherPerson.requestId]).size).toBe(3);
  });
});

describe('bookRequest', () => {
  it('is a valid booking request for the API', () => {
    const request = bookRequest(intentFor(undefined, ahmed, slot, () => crypto.randomUUID()));
    expect(BookConversationRequest.parse(request)).toMatchObject({ employeeId: ahmed, ...slot, kind: 'loopbaangesprek' });
  });
});
