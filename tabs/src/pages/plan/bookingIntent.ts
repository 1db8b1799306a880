import type { BookConversationInput } from '@koers/domain';

/** What the manager chose, with the idempotency key that goes with that choice. */
export interface BookingIntent {
  employeeId: string;
  start: string;
  end: string;
  requestId: string;
}

/**
 * The same choice keeps its key, so a double click or a retry after a lost answer books once; a
 * different person or time is a new intent and gets a new key.
 */
export function intentFor(
  previous: BookingIntent | undefined,
  employeeId: string,
  slot: { start: string; end: string },
  newKey: () => string,
): BookingIntent {
  if (previous && previous.employeeId === employeeId && previous.start === slot.start && previous.end === slot.end) {
    return previous;
  }
  return { employeeId, start: slot.start, end: slot.end, requestId: newKey() };
}

export function bookRequest(intent: BookingIntent): BookConversationInput {
  return {
    employeeId: intent.employeeId,
    start: intent.start,
    end: intent.end,
    kind: 'loopbaangesprek',
    requestId: intent.requestId,
  };
}
